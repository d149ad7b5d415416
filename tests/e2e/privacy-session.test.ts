/**
 * Issue 8, privacy end to end: one working session as a user would have it — a real listing,
 * a job page, message threads on both sites, a contract page, the side panel (note, block,
 * dismiss, reveal), the popup and the options page — and then proof that
 *   1. no extension context made a single request, and nothing left request routing;
 *   2. no text anyone wrote on those pages (any 8 characters of a message or a job
 *      description) is in storage.local or storage.sync, although the user stored notes,
 *      a block and a dismissal; the per-tab reports in storage.session hold evidence, so
 *      the same search there must find some (the check can see a leak).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openSidePanel, type RoutedPage, type Session } from './harness';
import { handBuilt, realListing, withListingApp } from './fixtures';
import { leakedWindows, storageDump, storedStrings, waitForTabReport, windowsOf } from './extension-state';
import { nodeFactsOf, writtenTexts } from './node-facts';

/** Shortest run of characters counted as "a piece of the text" (a name or an id is shorter). */
const WINDOW = 8;

/** The Lancers job fixture with a direct-deal request: its evidence is longer than WINDOW. */
function lancersJobWithDirectDeal(): RoutedPage {
  const page = handBuilt('lancers/job-detail.html');
  const html = (page.html as string).replace('■ 納品方法', '手数料がもったいないので、直接契約でお願いします。\n■ 納品方法');
  return { ...page, html };
}

describe('privacy: a full session', () => {
  let session: Session;
  const written: string[] = [];

  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => session?.close());

  async function visit(routed: RoutedPage): Promise<{ page: Page; tabId: number }> {
    session.serve(routed);
    written.push(...writtenTexts(nodeFactsOf(routed)));
    const page = await session.open(routed.url);
    const { tabId } = await waitForTabReport(session, page);
    return { page, tabId };
  }

  it('reads a listing, two jobs, two threads and a contract, with badges and reports', async () => {
    const listing = realListing('crowdworks');
    written.push(...writtenTexts(nodeFactsOf(listing)));
    session.serve({ ...listing, html: withListingApp(listing.html as string) });
    const listingPage = await session.open(listing.url);
    await expect.poll(() => listingPage.locator('omamori-card-badge').count(), { timeout: 15_000 }).toBeGreaterThan(0);

    const job = await visit(handBuilt('crowdworks/job-detail.html'));
    const thread = await visit(handBuilt('crowdworks/proposal-thread-line.html'));
    await visit(lancersJobWithDirectDeal());
    await visit(handBuilt('lancers/message-board.html'));
    await visit(handBuilt('crowdworks/contract-delivered.html'));
    expect(written.length).toBeGreaterThan(5);

    // Side panel on the job page: a note, a block and a dismissal all write storage.local.
    const jobPanel = await openSidePanel(session, job.tabId);
    const note = jobPanel.getByRole('textbox', { name: /あなたのメモ|Your note/ });
    await note.fill('前回は支払いが遅れた。');
    await jobPanel.getByRole('button', { name: /メモを保存|Save note/ }).click();
    await jobPanel.getByRole('checkbox', { name: /ブロック|Block/ }).check();
    await jobPanel.getByRole('button', { name: /この案件では非表示|Dismiss for this job/ }).first().click();
    await expect.poll(() => storageDump(session, 'local').then((l) => Object.keys(l).sort()), { timeout: 10_000 }).toEqual(
      expect.arrayContaining(['clients', 'dismissals']),
    );
    await jobPanel.close();

    // Side panel on the thread: show an evidence phrase on the page (panel → content script).
    const threadPanel = await openSidePanel(session, thread.tabId);
    const evidence = threadPanel.locator('.evidence-button').first();
    await evidence.waitFor({ timeout: 10_000 });
    await evidence.click();
    await threadPanel.close();

    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.locator('body').waitFor();
    await popup.close();

    // Options: switch a site off and on again, and look at the client list.
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const lancers = options.getByRole('switch', { name: /ランサーズ|Lancers/ });
    await lancers.click();
    await expect.poll(() => lancers.isChecked()).toBe(false);
    await lancers.click();
    await expect.poll(() => lancers.isChecked()).toBe(true);
    await expect.poll(() => options.locator('body').textContent()).toContain('hoshino_design');
    await options.close();
  });

  it('sent nothing from any extension context, and nothing escaped routing', () => {
    expect(session.extensionRequests).toEqual([]);
    expect(session.escaped()).toEqual([]);
  });

  it('kept no piece of any message or job description in storage.local or storage.sync', async () => {
    const windows = windowsOf(written, WINDOW);
    const local = await storageDump(session, 'local');
    const sync = await storageDump(session, 'sync');
    // The user's own data is there: the check runs over real stored values.
    expect(JSON.stringify(local)).toContain('前回は支払いが遅れた');
    expect(leakedWindows(storedStrings(local), windows, WINDOW)).toEqual([]);
    expect(leakedWindows(storedStrings(sync), windows, WINDOW)).toEqual([]);
  });

  it('finds the evidence in storage.session, where per-tab reports live in memory (the search sees text)', async () => {
    const windows = windowsOf(written, WINDOW);
    // Polled: switching a site off and on in the options page makes its tabs report afresh.
    await expect
      .poll(async () => leakedWindows(storedStrings(await storageDump(session, 'session')), windows, WINDOW))
      .toContain('手数料がもったいない'.slice(0, WINDOW));
  });
});
