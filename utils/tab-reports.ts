/**
 * The background's book of tab reports: validates what content scripts send, keeps one
 * report per tab in storage.session (memory only, never written to disk) and keeps the
 * toolbar badge in step. Written against `browser` so it runs under fakeBrowser in tests.
 */
import { browser, type Browser } from 'wxt/browser';
import { ContentMessageSchema, tabReportKey, type TabReport } from './messages';
import { siteOf } from './sites/site-of';
import { SEVERITY_RANK, type Severity } from './severity';

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
  for (const f of report.findings) {
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
 * Handles one runtime message. Returns true when it was a valid report from a trusted
 * sender and was stored; anything else is ignored without throwing.
 */
export async function handleContentMessage(message: unknown, sender: Sender): Promise<boolean> {
  const tabId = trustedTabOf(sender);
  if (tabId === null) return false;
  const parsed = ContentMessageSchema.safeParse(message);
  if (!parsed.success) return false;
  switch (parsed.data.type) {
    case 'tab-report':
      await saveTabReport(tabId, parsed.data.report);
      return true;
  }
}
