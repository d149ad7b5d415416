/**
 * The walking skeleton, end to end: the content script runs on both sites, its report reaches
 * the background (badge) and the side panel lists it; the options page renders; no extension
 * context makes a network request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeTextOf, launch, openSidePanel, type Session } from './harness';

const jobPage = (title: string, body: string) =>
  `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><h1>${title}</h1><div class="job_offer_detail_table"><p>${body}</p></div></body></html>`;

describe('walking skeleton', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const [site, url] of [
    ['CrowdWorks', 'https://crowdworks.jp/public/jobs/9000001'],
    ['Lancers', 'https://www.lancers.jp/work/detail/9000002'],
  ] as const) {
    it(`analyses a ${site} job page and lists the finding in the side panel`, async () => {
      session.serve({ url, html: jobPage('データ入力', '詳細はLINEでお伝えします。友だち追加してください。') });
      const page = await session.open(url);
      const tabId = await session.tabIdOf(page);
      await expect.poll(() => badgeTextOf(session, tabId), { timeout: 15_000 }).not.toBe('');
      const panel = await openSidePanel(session, tabId);
      const item = panel.locator('[data-rule^="off-platform-contact/"]').first();
      await item.waitFor({ timeout: 15_000 });
      expect(await item.textContent()).toContain('LINE');
      await panel.close();
      await page.close();
    });
  }

  it('renders the options page', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('Omamori');
    await page.close();
  });

  it('sent nothing from any extension context, and nothing escaped routing', () => {
    expect(session.extensionRequests).toEqual([]);
    expect(session.escaped()).toEqual([]);
  });
});
