/**
 * Hostile and broken pages: the adapters return what they can and never throw. Time limits
 * here are generous hang guards, not benchmarks.
 */
import { describe, expect, it } from 'vitest';
import { extractPageFacts } from '@/utils/sites';
import { textOf } from '@/utils/sites/dom/text';
import { PageFactsSchema } from '@/utils/facts';
import { parseHtml } from './parse-html';

const HANG_GUARD_MS = 60_000;

const URLS = [
  'https://crowdworks.jp/public/jobs/category/16',
  'https://crowdworks.jp/public/jobs/1',
  'https://crowdworks.jp/public/employers/1',
  'https://crowdworks.jp/proposals/1',
  'https://crowdworks.jp/contracts/1',
  'https://www.lancers.jp/work/search?keyword=x',
  'https://www.lancers.jp/work/detail/1',
  'https://www.lancers.jp/client/x',
  'https://www.lancers.jp/mypage/message?boardId=1',
];

function expectValid(doc: Document, url: string) {
  const facts = extractPageFacts(doc, url);
  expect(facts, url).not.toBeNull();
  expect(PageFactsSchema.safeParse(facts).success, url).toBe(true);
  return facts!;
}

describe('deep nesting', () => {
  const depth = 10_000;
  const html =
    '<html><body><main>' +
    '<div class="x">'.repeat(depth) +
    '<h1>深い</h1><time datetime="2026-11-20T10:00:00+09:00">昨日</time><p>本人確認未提出 LINEで連絡ください</p>' +
    '<a href="/public/jobs/5">求人</a><div class="p-search-job-media"><a href="/work/detail/9">仕事</a></div>' +
    '</div>'.repeat(depth) +
    '</main></body></html>';
  const doc = parseHtml(html);

  it(
    'a 10,000-deep page is read on every page kind without throwing',
    () => {
      // No reader gave up half-way ('page' would name an exception caught at the top).
      for (const url of URLS) expect(expectValid(doc, url).missing, url).not.toContain('page');
      // The deepest text is still reached.
      expect(expectValid(doc, 'https://crowdworks.jp/public/jobs/1').client?.identityVerified).toBe(false);
    },
    HANG_GUARD_MS,
  );

  it('text extraction walks it without recursion', () => {
    expect(textOf(doc.body)).toContain('LINEで連絡ください');
  });
});

describe('large listings', () => {
  it(
    'a 2,000-card Lancers listing gives 2,000 cards',
    () => {
      const card = (i: number) =>
        `<div onclick="goToLjpWorkDetail(${i})" class="p-search-job-media c-media"><a class="p-search-job-media__title" href="/work/detail/${i}">案件 ${i}</a>` +
        `<span class="p-search-job-media__price"><span class="p-search-job-media__number">${i},000</span> 円 / 固定</span>` +
        `<div class="c-media__description js-job-show-description">説明 ${i}</div>` +
        `<div class="p-search-job-media__avatar"><a href="/client/c${i}">c${i}</a><span class="c-avatar__subnote">発注 <strong>${i % 9}</strong></span></div></div>`;
      const doc = parseHtml(`<html><body>${Array.from({ length: 2000 }, (_, i) => card(i + 1)).join('')}</body></html>`);
      const facts = expectValid(doc, 'https://www.lancers.jp/work/search?keyword=x');
      expect(facts.cards).toHaveLength(2000);
      expect(facts.cards[1999]).toMatchObject({ jobId: '2000', title: '案件 2000', pay: '2000,000 円 / 固定' });
    },
    HANG_GUARD_MS,
  );

  it(
    'a 2,000-job CrowdWorks listing JSON gives 2,000 cards',
    () => {
      const offers = Array.from({ length: 2000 }, (_, i) => ({
        job_offer: { id: i + 1, title: `案件 ${i + 1}`, description_digest: '説明' },
        payment: { fixed_price_payment: { min_budget: 1000, max_budget: 2000 } },
        client: { user_id: i, username: `u${i}`, is_employer_certification: false },
      }));
      const data = JSON.stringify({ searchResult: { job_offers: offers, pr_gold: [] } });
      const doc = parseHtml('<html><body><div id="vue-container"></div></body></html>');
      doc.getElementById('vue-container')!.setAttribute('data', data);
      const facts = expectValid(doc, 'https://crowdworks.jp/public/jobs/search?order=new');
      expect(facts.cards).toHaveLength(2000);
      expect(facts.cards.every((card) => card.pay === '固定報酬制 1,000円 〜 2,000円')).toBe(true);
    },
    HANG_GUARD_MS,
  );
});

describe('broken data', () => {
  it('an empty document gives valid facts that say what is missing', () => {
    const doc = parseHtml('<html><body></body></html>');
    for (const url of URLS) expectValid(doc, url);
    expect(expectValid(doc, URLS[0]!).missing).toEqual(['cards']);
    expect(expectValid(doc, 'https://crowdworks.jp/public/jobs/1').missing).toEqual(
      expect.arrayContaining(['job.title', 'job.description', 'client.rating', 'client.identityVerified']),
    );
    expect(expectValid(doc, 'https://crowdworks.jp/contracts/1').missing).toEqual(['messages', 'contract.funded', 'contract.status']);
    expect(expectValid(doc, 'https://www.lancers.jp/mypage/message').contract).toBeUndefined();
  });

  it('malformed or wrongly typed embedded JSON is ignored, the rest still read', () => {
    const malformed = parseHtml('<html><body><div id="vue-container" data="{not json"></div><a href="/public/jobs/7">案件</a> 5,000円</body></html>');
    expect(expectValid(malformed, URLS[0]!).cards.map((card) => card.jobId)).toEqual(['7']);

    const wrong = parseHtml('<html><body><div id="vue-container"></div></body></html>');
    wrong
      .getElementById('vue-container')!
      .setAttribute('data', JSON.stringify({ searchResult: { job_offers: [{ job_offer: { id: {}, title: 5 } }, { job_offer: { id: 8, title: '正常' } }] } }));
    expect(expectValid(wrong, URLS[0]!).cards.map((card) => card.jobId)).toEqual(['8']);

    const client = parseHtml('<html><body><div id="client_detail_information_container" data="[1,2,3]"></div></body></html>');
    expect(expectValid(client, 'https://crowdworks.jp/public/jobs/1').client).toBeUndefined();
  });

  it('a very long message is capped, not dropped', () => {
    const long = 'あ'.repeat(300_000);
    const doc = parseHtml(`<html><body><main><div><time datetime="2026-11-20T10:00:00+09:00"></time><p>${long}</p></div></main></body></html>`);
    const facts = expectValid(doc, 'https://crowdworks.jp/proposals/1');
    expect(facts.messages).toHaveLength(1);
    expect(facts.messages[0]!.text.length).toBeLessThanOrEqual(100_000);
  });
});
