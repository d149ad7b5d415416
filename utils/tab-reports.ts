/**
 * The background's book of tab reports: validates what content scripts send, keeps one
 * report per tab in storage.session (memory only, never written to disk) and keeps the
 * toolbar badge in step. Written against `browser` so it runs under fakeBrowser in tests.
 */
import { browser, type Browser } from 'wxt/browser';
import { checkPageFacts } from './facts-check';
import { ContentMessageSchema, tabReportKey, type PageVerdict, type TabReport } from './messages';
import { analyzeForTab } from './analysis/analyze-for-tab';
import { readContentSettings } from './storage/content-view';
import { RULES } from '../rules';
import { siteOf } from './sites/site-of';
import { SEVERITY_RANK, type Severity } from './severity';
import { openSidePanel } from './open-side-panel';
import { trackPageContract } from './reminders/tracking';

/** Badge colours by top severity; both pass WCAG AA against white text. */
const BADGE_COLOURS: Record<Severity, string> = {
  danger: '#b3261e',
  warning: '#8a4b00',
  info: '#1f5fa8',
};

type Sender = Browser.runtime.MessageSender;

/**
 * Accepts a message only when it comes from this extension's own content script running in
 * a tab on a supported site. Returns the tab id to file it under, or null to ignore it.
 */
export function trustedTabOf(sender: Sender): number | null {
  if (sender.id !== browser.runtime.id) return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return null;
  const url = sender.url ?? sender.tab?.url;
  if (!url || !siteOf(url)) return null;
  return tabId;
}

/** Number the badge shows: warning and danger findings only (info is context, not alarm). */
export function badgeCount(report: TabReport): { count: number; top: Severity | null } {
  let count = 0;
  let top: Severity | null = null;
  const dismissed = new Set(report.dismissedRuleIds ?? []);
  for (const f of report.findings) {
    if (dismissed.has(f.ruleId)) continue;
    if (f.severity !== 'info') count++;
    if (!top || SEVERITY_RANK[f.severity] > SEVERITY_RANK[top]) top = f.severity;
  }
  return { count, top };
}

function actionApi() {
  // Chrome MV3 has `action`; Firefox MV2 builds have `browserAction`.
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

export async function showBadge(tabId: number, report: TabReport | null): Promise<void> {
  const action = actionApi();
  if (!action) return;
  const { count, top } = report ? badgeCount(report) : { count: 0, top: null };
  await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  if (top) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[top] });
}

export async function saveTabReport(tabId: number, report: TabReport): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: report });
  await showBadge(tabId, report);
}

export async function clearTabReport(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
  await showBadge(tabId, null);
}

export async function loadTabReport(tabId: number): Promise<TabReport | null> {
  const key = keyOf(tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as TabReport | undefined) ?? null;
}

function keyOf(tabId: number): string {
  return tabReportKey(tabId).slice('session:'.length);
}

/**
 * Handles one runtime message. Answers an 'analyze-page' from a trusted sender with the
 * page's verdict (after storing the tab's report and, on a contract page, recording the
 * contract for the reminders), an 'open-side-panel' with true; anything
 * else (unknown type, invalid payload, foreign sender, facts about another site) gets null
 * and changes nothing. Never throws.
 */
export async function handleContentMessage(
  message: unknown,
  sender: Sender,
  now: () => Date = () => new Date(),
): Promise<PageVerdict | true | null> {
  const tabId = trustedTabOf(sender);
  if (tabId === null) return null;
  const parsed = ContentMessageSchema.safeParse(message);
  if (!parsed.success) return null;
  switch (parsed.data.type) {
    case 'analyze-page': {
      const facts = checkPageFacts(parsed.data.facts);
      if (!facts) return null;
      // A content script speaks only for the site its tab shows.
      if (siteOf(facts.url) !== siteOf(sender.url ?? sender.tab?.url ?? '')) return null;
      const user = await readContentSettings();
      if (user.settings.disabledSites.includes(facts.site)) {
        await clearTabReport(tabId);
        return { visible: [], cards: {} };
      }
      const at = now();
      const analysis = analyzeForTab(facts, RULES, user, at);
      await saveTabReport(tabId, analysis.report);
      // A contract page's state and dates are remembered for the daily reminder check; a
      // failure to record them must not cost the page its verdict.
      await trackPageContract(facts, at).catch(() => false);
      return { visible: analysis.visible, cards: analysis.cards };
    }
    case 'open-side-panel':
      await openSidePanel(tabId);
      return true;
  }
}
