/**
 * Issue 8, hostile input end to end:
 *   - markup, `javascript:` URLs, `</style>` and right-to-left overrides in message bodies
 *     and client names stay text: on the page (our notice and highlights), in the side panel
 *     and on the options page; no element appears and no dialog opens;
 *   - page scripts cannot read the notice (closed shadow root, isolated world), cannot get
 *     the background to accept a report, and cannot stop the content script with WXT's
 *     own "newer script started" or "location changed" events.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../shared';
import { closedShadowTexts, launch, openSidePanel, type RoutedPage, type Session } from './harness';
import { handBuilt } from './fixtures';
import { readTabReport, recordDialogs, shadowElementNames, waitForTabReport } from './extension-state';

const HOSTILE_THREAD: RoutedPage = {
  url: 'https://crowdworks.jp/proposals/41000666',
  html: readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'hostile', 'crowdworks-thread-xss.html'), 'utf8'),
};

/** A client name that is markup, closes a style element and reverses the text after it. */
const HOSTILE_NAME = '<img src=x onerror=alert("client")></style>\u202engised';
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The CrowdWorks job fixture with the hostile client name wherever the page holds it, each
 * time escaped as the site escapes it: in the link text, in the JSON of a data attribute
 * and in the JSON-LD script.
 */
function jobWithHostileClient(): RoutedPage {
  const page = handBuilt('crowdworks/job-detail.html');
  const asJson = JSON.stringify(HOSTILE_NAME);
  const html = (page.html as string)
    .replace('>hoshino_design</a>', `>${escapeHtml(HOSTILE_NAME)}</a>`)
    .replace('&quot;hoshino_design&quot;', escapeHtml(asJson))
    .replaceAll('"hoshino_design"', asJson.replace(/</g, '\\u003c'));
  expect(html).not.toContain('hoshino_design');
  return { url: `${page.url}?hostile=1`, html };
}

/** What a hostile text must never have produced in a document's body. */
async function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.body.querySelectorAll('img, script, iframe, object, embed, a[href^="javascript:" i]')) {
      found.push(el.outerHTML.slice(0, 80));
    }
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) found.push(`${el.tagName}[${attr}]`);
    }
    return found;
  });
}

/** Elements allowed inside our closed shadow roots: the notice's style and button, a badge's label. */
const OWN_SHADOW_ELEMENTS = new Set(['STYLE', 'BUTTON', 'SPAN']);

describe('hostile text', () => {
  let session: Session;
  let dialogs: string[];
  beforeAll(async () => {
    session = await launch();
    dialogs = recordDialogs(session.context);
  });
  afterAll(async () => session?.close());

  it('stays text on the page: the notice shows a count, no element or handler appears', async () => {
    session.serve(HOSTILE_THREAD);
    const page = await session.open(HOSTILE_THREAD.url);
    const { report } = await waitForTabReport(session, page);
    const evidence = report.findings.flatMap((f) => f.evidence.map((e) => e.text));
    expect(evidence).toContain('ＬＩ\u202eＮＥ');
    await expect.poll(() => closedShadowTexts(page, 'omamori-notice'), { timeout: 10_000 }).toEqual([expect.stringMatching(/^お守り: 危険 \d+件$/)]);
    expect((await shadowElementNames(page, 'omamori-notice')).filter((n) => !OWN_SHADOW_ELEMENTS.has(n))).toEqual([]);
    expect(await injectedElements(page)).toEqual([]);
    // The page's own rendering of the messages is untouched: still one text node each.
    const bodies = await page.$$eval('[class*="_messageBody_"] p', (ps) => ps.map((p) => p.children.length));
    expect(bodies).toEqual([0, 0, 0, 0]);
    await page.close();
    expect(dialogs).toEqual([]);
  });

  it('stays text in the side panel, with the right-to-left override shown as a code point', async () => {
    session.serve(HOSTILE_THREAD);
    const page = await session.open(HOSTILE_THREAD.url);
    const { tabId } = await waitForTabReport(session, page);
    const panel = await openSidePanel(session, tabId);
    const finding = panel.locator('[data-rule="off-platform-contact/line"]');
    await finding.waitFor({ timeout: 10_000 });
    expect(await finding.textContent()).toContain('ＬＩ[U+202E]ＮＥ');
    expect(await panel.evaluate(() => document.body.textContent?.includes('\u202e'))).toBe(false);
    expect(await injectedElements(panel)).toEqual([]);
    await panel.close();
    await page.close();
    expect(dialogs).toEqual([]);
  });

  it('shows a hostile client name literally in the side panel and the options page', async () => {
    const routed = jobWithHostileClient();
    session.serve(routed);
    const page = await session.open(routed.url);
    const { tabId, report } = await waitForTabReport(session, page);
    expect(report.client?.name).toBe(HOSTILE_NAME);
    const shown = HOSTILE_NAME.replace('\u202e', '[U+202E]');

    const panel = await openSidePanel(session, tabId);
    const heading = panel.locator('.client-summary h2');
    await expect.poll(() => heading.textContent(), { timeout: 10_000 }).toContain(shown);
    await panel.getByRole('textbox', { name: /あなたのメモ|Your note/ }).fill('名前に細工あり');
    await panel.getByRole('button', { name: /メモを保存|Save note/ }).click();
    await panel.getByRole('status').filter({ hasText: /保存しました|Saved/ }).first().waitFor({ timeout: 10_000 });
    expect(await injectedElements(panel)).toEqual([]);
    await panel.close();

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => options.locator('body').textContent(), { timeout: 10_000 }).toContain(shown);
    expect(await injectedElements(options)).toEqual([]);
    await options.close();
    await page.close();
    expect(dialogs).toEqual([]);
  });
});

describe('page scripts against the extension', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => session?.close());

  it('cannot reach the notice, even by patching attachShadow before the page loads', async () => {
    const routed = handBuilt('crowdworks/proposal-thread-line.html');
    session.serve(routed);
    const page = await session.context.newPage();
    // Runs in the page's world before any of its scripts: tries to capture every shadow root.
    await page.addInitScript(() => {
      const captured: ShadowRoot[] = [];
      (window as unknown as { capturedRoots: ShadowRoot[] }).capturedRoots = captured;
      const original = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init: ShadowRootInit) {
        const root = original.call(this, { ...init, mode: 'open' });
        captured.push(root);
        return root;
      };
    });
    await page.goto(routed.url, { waitUntil: 'domcontentloaded' });
    await waitForTabReport(session, page);
    await expect.poll(() => closedShadowTexts(page, 'omamori-notice'), { timeout: 10_000 }).toHaveLength(1);
    const seen = await page.evaluate(() => {
      const host = document.querySelector('omamori-notice');
      return {
        host: host !== null,
        shadowRoot: host?.shadowRoot ?? null,
        hostText: host?.textContent ?? null,
        captured: (window as unknown as { capturedRoots: ShadowRoot[] }).capturedRoots.length,
        bodyText: document.body.innerText.includes('お守り'),
      };
    });
    expect(seen).toEqual({ host: true, shadowRoot: null, hostText: '', captured: 0, bodyText: false });
    await page.close();
  });

  it('cannot forge a report, nor stop the content script with WXT events', async () => {
    const routed = handBuilt('crowdworks/proposal-thread-line.html');
    session.serve(routed);
    const page = await session.open(routed.url);
    const { tabId, report: before } = await waitForTabReport(session, page);
    await expect.poll(() => closedShadowTexts(page, 'omamori-notice'), { timeout: 10_000 }).toHaveLength(1);

    const attempts = await page.evaluate((extensionId: string) => {
      const forged = {
        type: 'analyze-page',
        facts: { site: 'crowdworks', kind: 'proposal', url: location.href, messages: [], texts: [], cards: [], missing: [] },
      };
      const outcomes: string[] = [];
      window.postMessage(forged, '*');
      window.postMessage({ ...forged, tabId: 1 }, '*');
      const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => unknown } } }).chrome?.runtime;
      try {
        if (typeof runtime?.sendMessage !== 'function') outcomes.push('no runtime.sendMessage in the page');
        else {
          runtime.sendMessage(extensionId, forged);
          outcomes.push('sent');
        }
      } catch (error) {
        outcomes.push(`threw: ${String(error)}`);
      }
      // WXT's own events, whose names are public: "a newer copy started", "the URL changed".
      const started = `${extensionId}:content:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
      window.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
      const moved = new Event(`${extensionId}:content:wxt:locationchange`);
      Object.assign(moved, { newUrl: new URL('https://crowdworks.jp/public/jobs/1'), oldUrl: new URL(location.href) });
      window.dispatchEvent(moved);
      return outcomes;
    }, session.extensionId);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).not.toBe('sent');

    await page.waitForTimeout(1_000);
    expect(await readTabReport(session, tabId)).toEqual(before);
    expect(await closedShadowTexts(page, 'omamori-notice')).toEqual([expect.stringMatching(/^お守り: 危険 \d+件$/)]);

    // The content script still works: a real new message from the client is analysed.
    await page.evaluate(() => {
      const items = document.querySelectorAll('[class*="_messageItem_"]');
      const client = items[1]!.cloneNode(true) as Element;
      client.querySelector('[class*="_collapsed_"]')?.remove();
      client.querySelector('p')!.textContent = '手数料がもったいないので、次回からは契約外で直接お振込みします。';
      items[items.length - 1]!.after(client);
    });
    await expect
      .poll(() => readTabReport(session, tabId).then((r) => r?.findings.map((f) => f.category) ?? []), { timeout: 10_000 })
      .toContain('direct-deal');
    await page.close();
  });
});
