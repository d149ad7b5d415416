/**
 * Issue 5 end to end: badges on risky listing cards (and none on clean ones), the notice and
 * the evidence highlight on a message thread with an obfuscated LINE ID, silence once the
 * サービス外連絡申請 is approved, and messages that arrive after load.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeCards } from '@/utils/engine/analyze';
import { RULES } from '@/rules';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';
import { closedShadowTexts, launch, openSidePanel, type Session } from './harness';
import { handBuilt, realListing, withListingApp } from './fixtures';
import { nodeFactsOf } from './node-facts';
import type { RoutedPage } from './harness';
import type { Page } from 'playwright-core';

/** Job paths whose title link the page shows a badge after. */
async function badgedPaths(page: Page): Promise<string[]> {
  return page.$$eval('a[href]', (links) =>
    links
      .filter((a) => a.nextElementSibling?.tagName.toLowerCase() === 'omamori-card-badge')
      .map((a) => new URL(a.getAttribute('href')!, location.href).pathname),
  );
}

/** The same analysis in Node, on the same HTML: which cards should carry a badge. */
function expectedRiskyPaths(routed: RoutedPage): string[] {
  const facts = nodeFactsOf(routed);
  const byJob = analyzeCards(facts, RULES, DEFAULT_SETTINGS, new Date());
  const paths = new Set<string>();
  for (const card of facts.cards) {
    if ((byJob.get(card.jobId) ?? []).some((f) => f.severity !== 'info')) paths.add(new URL(card.url, routed.url).pathname);
  }
  return [...paths].sort();
}

async function waitForReport(session: Session, page: Page): Promise<number> {
  const tabId = await session.tabIdOf(page);
  await expect
    .poll(() => session.worker.evaluate((id: number) => chrome.storage.session.get(`tab-report-${id}`).then((r: Record<string, unknown>) => Object.keys(r).length), tabId), { timeout: 15_000 })
    .toBe(1);
  return tabId;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

describe('listing badges', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => session?.close());

  it('marks the risky cards of a real CrowdWorks listing and leaves the clean ones alone', async () => {
    const saved = realListing('crowdworks');
    const expected = expectedRiskyPaths(saved);
    // Served with a stand-in for the site's app, which renders the cards and drops the JSON.
    const routed = { ...saved, html: withListingApp(saved.html as string) };
    session.serve(routed);
    expect(expected.length).toBeGreaterThan(0);
    const page = await session.open(routed.url);
    await expect.poll(() => badgedPaths(page).then((p) => [...new Set(p)].sort()), { timeout: 15_000 }).toEqual(expected);
    const texts = await closedShadowTexts(page, 'omamori-card-badge');
    expect(texts.every((t) => /^お守り (危険|注意) \d+$/.test(t))).toBe(true);
    await page.close();
  });

  it('marks a risky card on a real Lancers listing and no other', async () => {
    // One real card's description is swapped for a purchase-proxy request.
    const routed = realListing('lancers', (html) => {
      const at = html.indexOf('js-job-show-description');
      const open = html.indexOf('>', at) + 1;
      return `${html.slice(0, open)}Amazonで指定の限定商品を購入して、ご自宅で受け取り後に転送してください。購入代金は後日お支払いします。${html.slice(open)}`;
    });
    session.serve(routed);
    const expected = expectedRiskyPaths(routed);
    expect(expected).toHaveLength(1);
    const page = await session.open(routed.url);
    await expect.poll(() => badgedPaths(page).then((p) => [...new Set(p)].sort()), { timeout: 15_000 }).toEqual(expected);
    await page.close();
  });
});

describe('message thread', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => session?.close());

  it('shows the notice, highlights the obfuscated LINE ID and lists the exact phrase in the side panel', async () => {
    const routed = handBuilt('crowdworks/proposal-thread-line.html');
    session.serve(routed);
    const page = await session.open(routed.url);
    const tabId = await waitForReport(session, page);
    await expect.poll(() => closedShadowTexts(page, 'omamori-notice'), { timeout: 10_000 }).toEqual([expect.stringMatching(/^お守り: (危険|注意) \d+件$/)]);
    const highlighted = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...registry.values()].flatMap((h) => [...h].map((r) => r.toString()));
    });
    expect(highlighted.some((t) => t.includes('ＬＩＮＥ'))).toBe(true);
    const panel = await openSidePanel(session, tabId);
    const finding = panel.locator('[data-rule^="off-platform-contact/"]').first();
    await finding.waitFor({ timeout: 10_000 });
    expect(await finding.textContent()).toContain('ＬＩＮＥ');
    await panel.close();
    await page.close();
  });

  it('gives no warning for the same request once the サービス外連絡申請 is approved', async () => {
    const routed = handBuilt('crowdworks/proposal-thread-line-approved.html');
    session.serve(routed);
    const page = await session.open(routed.url);
    const tabId = await waitForReport(session, page);
    const severities = await session.worker.evaluate(
      (id: number) =>
        chrome.storage.session
          .get(`tab-report-${id}`)
          .then((r: Record<string, { findings: { category: string; severity: string }[] }>) =>
            r[`tab-report-${id}`]!.findings.filter((f) => f.category === 'off-platform-contact').map((f) => f.severity),
          ),
      tabId,
    );
    expect(severities.filter((s: string) => s !== 'info')).toEqual([]);
    await page.close();
  });

  it('analyses messages that arrive after the page loaded', async () => {
    const routed = handBuilt('crowdworks/proposal-thread-line-approved.html');
    session.serve({ url: `${routed.url}?later=1`, html: routed.html });
    const page = await session.open(`${routed.url}?later=1`);
    const tabId = await waitForReport(session, page);
    const categories = () =>
      session.worker.evaluate(
        (id: number) =>
          chrome.storage.session
            .get(`tab-report-${id}`)
            .then((r: Record<string, { findings: { category: string }[] } | undefined>) => r[`tab-report-${id}`]?.findings.map((f) => f.category) ?? []),
        tabId,
      );
    expect(await categories()).not.toContain('direct-deal');
    await page.evaluate(() => {
      const items = document.querySelectorAll('[class*="_messageItem_"]');
      const last = items[items.length - 1]!;
      const copy = last.cloneNode(true) as Element;
      const body = copy.querySelector('p')!;
      body.textContent = '手数料がもったいないので、次回からは契約外で直接お振込みします。口座番号を教えてください。';
      const sender = copy.querySelector('a')!;
      sender.textContent = 'sato_trading';
      sender.setAttribute('href', '/public/employers/9100002');
      last.after(copy);
    });
    await expect.poll(categories, { timeout: 10_000 }).toContain('direct-deal');
    await page.close();
  });
});
