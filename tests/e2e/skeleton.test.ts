/**
 * The walking skeleton, end to end: the content script runs on both sites, the background
 * analyses what it read and sets the badge, the side panel lists the finding; the options
 * page renders; no extension context makes a network request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeTextOf, launch, openSidePanel, type Session } from './harness';
import { handBuilt } from './fixtures';

/** The Lancers job fixture with a request to move to LINE added to its description. */
function lancersJobWithLine() {
  const page = handBuilt('lancers/job-detail.html');
  const html = (page.html as string).replace('■ 納品方法', '※ 詳細はLINEでお伝えします。LINE IDを追加してください。\n■ 納品方法');
  return { ...page, html };
}

describe('walking skeleton', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const [site, routed, category] of [
    ['CrowdWorks', handBuilt('crowdworks/job-detail.html'), 'purchase-proxy'],
    ['Lancers', lancersJobWithLine(), 'off-platform-contact'],
  ] as const) {
    it(`analyses a ${site} job page, sets the badge and lists the finding in the side panel`, async () => {
      session.serve(routed);
      const page = await session.open(routed.url);
      const tabId = await session.tabIdOf(page);
      await expect.poll(() => badgeTextOf(session, tabId), { timeout: 15_000 }).toMatch(/^[1-9]\d*$/);
      const panel = await openSidePanel(session, tabId);
      const item = panel.locator(`[data-rule^="${category}/"]`).first();
      await item.waitFor({ timeout: 15_000 });
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
