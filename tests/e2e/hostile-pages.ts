/**
 * Pages built to strain the content script, each served at a real URL of a supported site:
 * an empty body, a thread of about 5 MB, a job description nested 10,000 elements deep and
 * a listing of 2,000 cards. Built at run time from the hand-built and real fixtures, so the
 * adapters recognise them as they would the real pages.
 */
import { handBuilt, realListing, withListingApp } from './fixtures';
import type { RoutedPage } from './harness';

/** A job page whose body is empty: nothing to read but the URL. */
export function emptyJobPage(): RoutedPage {
  return { url: 'https://crowdworks.jp/public/jobs/13599001', html: '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title></title></head><body></body></html>' };
}

/** Sentences a thread repeats; the third asks to move to LINE, so rules have something to find. */
const THREAD_LINES = [
  'お世話になっております。本日分の作業を納品いたしましたので、ご確認をお願いいたします。',
  '修正点がございましたら、お手数ですがメッセージでお知らせください。',
  '今後の連絡はLINEでお願いします。IDを追加してください。',
  '承知しました。引き続きよろしくお願いいたします。',
];

/**
 * Off-screen items are left unrendered (content-visibility): Chromium's own first layout of
 * thousands of messages or cards takes seconds on a slow machine, with or without the
 * extension, and would drown what the tests look at — the content script's work. The
 * content script reads the DOM, not the layout, so it still meets every item.
 */
const SKIP_OFFSCREEN_LAYOUT = (selector: string) =>
  `<style>${selector}{content-visibility:auto;contain-intrinsic-size:auto 120px}</style>`;

/**
 * The CrowdWorks thread fixture with its messages replaced by `count` messages of about
 * `size` characters each (3,500 × 500 ≈ 5 MB of UTF-8), alternating client and worker.
 */
export function hugeThreadPage(count = 5_000, size = 500): RoutedPage {
  const base = handBuilt('crowdworks/proposal-thread-line.html');
  const html = base.html as string;
  const start = html.indexOf('<div class="_messageList_');
  const end = html.indexOf('<section class="message_notes">');
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    let body = '';
    for (let j = i; body.length < size; j++) body += THREAD_LINES[j % THREAD_LINES.length];
    const client = i % 2 === 1;
    const sender = client
      ? '<a class="_senderName_s5d4f" href="/public/employers/9100002">sato_trading</a>'
      : '<a class="_senderName_s5d4f" href="/public/employees/8800001">tanaka_worker</a>';
    const minute = String(i % 60).padStart(2, '0');
    items.push(
      `<div class="_messageItem_q9w8e"><div class="_messageBody_r7t6y">${sender}` +
        `<time datetime="2026-11-19T09:${minute}:00+09:00">2026/11/19 09:${minute}</time><p>${body}</p></div></div>`,
    );
  }
  const page = `${html.slice(0, start)}<div class="_messageList_b4n5m">${items.join('\n')}</div>\n${html.slice(end)}`;
  return {
    url: 'https://crowdworks.jp/proposals/41000777',
    html: page.replace('</head>', `${SKIP_OFFSCREEN_LAYOUT('[class*="_messageItem_"]')}</head>`),
  };
}

/**
 * The CrowdWorks job fixture whose description holds `depth` nested elements with a risky
 * sentence at the bottom. The HTML parser caps nesting (Chromium at 512), so an inline
 * script builds it with the DOM while the page is parsed, before DOMContentLoaded. The
 * nest sits in a hidden box (as collapsed text does on real pages): Chromium's own layout
 * crashes a tab whose rendered tree is more than about 2,000 levels deep, extension or not
 * (seen with Chromium 156), while a hidden subtree is never laid out. The content script
 * walks the DOM, not the layout, so it still meets all 10,000 levels.
 */
export function deepNestingJobPage(depth = 10_000): RoutedPage {
  const base = handBuilt('crowdworks/job-detail.html');
  const builder = `<script>
(() => {
  let at = document.getElementById('omamori-deep');
  for (let i = 0; i < ${depth}; i++) {
    const next = document.createElement(i % 2 ? 'span' : 'div');
    at.append(next);
    at = next;
  }
  at.textContent = '詳細はLINEでお伝えします。LINE IDを追加してください。';
})();
</script>`;
  const cell = '<td class="confirm_outside_link">';
  const at = (base.html as string).indexOf('</td>', (base.html as string).indexOf(cell));
  if (at < 0) throw new Error('job fixture has no description cell');
  const html = `${(base.html as string).slice(0, at)}<div id="omamori-deep" style="display:none"></div>${builder}${(base.html as string).slice(at)}`;
  return { url: 'https://crowdworks.jp/public/jobs/13599002', html };
}

interface ListingEntry {
  job_offer: { id: number; title: string; description_digest?: string };
  [key: string]: unknown;
}

/** The real CrowdWorks listing with its 50 jobs repeated (new ids) to `count` cards, rendered by the stand-in app. */
export function bigListingPage(count = 2_000): RoutedPage {
  const saved = realListing('crowdworks');
  const html = saved.html as string;
  const attr = /(<div[^>]*id="vue-container"[^>]*\sdata=")([^"]*)(")/.exec(html);
  if (!attr) throw new Error('listing fixture has no #vue-container[data]');
  const data = JSON.parse(unescapeAttribute(attr[2] as string)) as { searchResult: Record<string, unknown> & { job_offers: ListingEntry[] } };
  const originals = data.searchResult.job_offers;
  const entries: ListingEntry[] = [];
  for (let i = 0; i < count; i++) {
    const original = originals[i % originals.length] as ListingEntry;
    entries.push({ ...original, job_offer: { ...original.job_offer, id: 90_000_000 + i } });
  }
  data.searchResult = { ...data.searchResult, job_offers: entries, pr_diamond: [], pr_platinum: [], pr_gold: [] };
  const replaced = `${attr[1]}${escapeAttribute(JSON.stringify(data))}${attr[3]}`;
  const page = withListingApp(html.slice(0, attr.index) + replaced + html.slice(attr.index + attr[0].length));
  return {
    url: 'https://crowdworks.jp/public/jobs/category/249?page=3',
    html: page.replace('</head>', `${SKIP_OFFSCREEN_LAYOUT('#vue-container li')}</head>`),
  };
}

function unescapeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
