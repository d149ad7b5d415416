/**
 * Listing pages: the real saved pages in ../shared/fixtures/pages/ (see its SOURCES.md).
 * Every card must come out with id, title and pay.
 */
import { describe, expect, it } from 'vitest';
import { captureEmbeddedJson, extractOtherListing, extractPageFacts } from '@/utils/sites';
import type { ListingCard } from '@/utils/facts';
import { parseHtml, sharedPage } from './parse-html';

const CW_CAT16 = 'https://crowdworks.jp/public/jobs/category/16';
const CW_CAT249 = 'https://crowdworks.jp/public/jobs/category/249?page=2';
const LN_EXCEL = 'https://www.lancers.jp/work/search?keyword=Excel';

function expectComplete(cards: readonly ListingCard[]) {
  for (const card of cards) {
    expect(card.jobId, JSON.stringify(card)).not.toBe('');
    expect(card.title.trim(), card.jobId).not.toBe('');
    expect(card.pay?.trim(), card.jobId).toBeTruthy();
    expect(() => new URL(card.url)).not.toThrow();
  }
}

/** The job ids in the page's own JSON, slot by slot, read independently of the adapter. */
function jsonIds(doc: Document): { slot: string; ids: string[] }[] {
  const data = JSON.parse(doc.getElementById('vue-container')?.getAttribute('data') ?? '{}') as {
    searchResult: Record<string, { job_offer: { id: number } }[] | unknown>;
  };
  return ['pr_diamond', 'pr_platinum', 'pr_gold', 'job_offers', 'recommendation'].map((slot) => {
    const entries = data.searchResult[slot];
    return { slot, ids: Array.isArray(entries) ? entries.map((entry: { job_offer: { id: number } }) => String(entry.job_offer.id)) : [] };
  });
}

describe('CrowdWorks listings (embedded JSON)', () => {
  it('cw_cat16: 14 jobs, each with id, title and pay', () => {
    const doc = sharedPage('cw_cat16.html');
    const facts = extractPageFacts(doc, CW_CAT16)!;
    expect(facts).toMatchObject({ site: 'crowdworks', kind: 'job-list', missing: [], texts: [] });
    expect(facts.cards).toHaveLength(14);
    expectComplete(facts.cards);
    expect(facts.cards.map((card) => card.jobId)).toEqual(jsonIds(doc).flatMap((slot) => slot.ids));
    expect(facts.cards[0]).toMatchObject({
      jobId: '13426523',
      url: 'https://crowdworks.jp/public/jobs/13426523',
      title: 'ウェブサイトの新規コーディング',
      pay: '固定報酬制 100,000円 〜 150,000円',
      client: { id: '3108232', name: 'mhsc0803', certified: false },
    });
    expect(facts.cards[0]?.digest).toMatch(/^新規ウェブサイトのコーディングを依頼できる方を募集します。\n\n以下条件/);
  });

  it('cw_cat249_p2: 50 jobs plus the pr_gold slot, hourly and open budgets included', () => {
    const doc = sharedPage('cw_cat249_p2.html');
    const facts = extractPageFacts(doc, CW_CAT249)!;
    const slots = jsonIds(doc);
    expect(slots.find((slot) => slot.slot === 'job_offers')?.ids).toHaveLength(50);
    expect(slots.find((slot) => slot.slot === 'pr_gold')?.ids).toEqual(['13422606']);
    expect(facts.cards).toHaveLength(51);
    expectComplete(facts.cards);
    expect(facts.cards[0]?.jobId).toBe('13422606');
    expect(new Set(facts.cards.map((card) => card.jobId)).size).toBe(51);
    expect(facts.cards.filter((card) => card.pay?.startsWith('時間単価制'))).toHaveLength(3);
    expect(facts.cards.find((card) => card.pay?.startsWith('時間単価制'))?.pay).toMatch(/^時間単価制 [\d,]+円 〜 [\d,]+円 \/ 時間$/);
    expect(facts.cards.some((card) => card.pay === '固定報酬制 予算の記載なし')).toBe(true);
    expect(facts.cards.some((card) => card.pay === '固定報酬制 〜 4,400円')).toBe(true);
    // The zero-width characters CrowdWorks left in one digest are kept for the normaliser to fold.
    expect(facts.cards.find((card) => card.jobId === '13424848')?.digest).toContain('\u200b');
  });

  it('uses JSON captured at document_start after the app has replaced the container', () => {
    const doc = sharedPage('cw_cat16.html');
    const captured = captureEmbeddedJson(doc);
    expect(Object.keys(captured)).toEqual(['vue-container']);
    const container = doc.getElementById('vue-container')!;
    container.removeAttribute('data');
    container.replaceChildren();
    expect(extractPageFacts(doc, CW_CAT16)!.missing).toEqual(['cards']);
    expect(extractPageFacts(doc, CW_CAT16, { capturedJson: captured })!.cards).toHaveLength(14);
  });

  it('captures only the embedded JSON elements asked for', () => {
    const doc = sharedPage('cw_cat16.html');
    expect(captureEmbeddedJson(doc, [])).toEqual({});
    expect(captureEmbeddedJson(doc, ['client_detail_information_container'])).toEqual({});
    expect(Object.keys(captureEmbeddedJson(doc, ['vue-container']))).toEqual(['vue-container']);
  });

  it('falls back to rendered job links when no JSON is available', () => {
    const doc = parseHtml(`<html><body><main><div id="vue-container"><ul>
      <li class="_jobCard_a1"><h3><a href="/public/jobs/111">記事作成（初心者歓迎）</a></h3>
        <div class="_pay_b2"><span>固定報酬制</span> <b>5,000円 〜 10,000円</b></div><p>簡単な記事を書いていただきます。</p>
        <a href="/public/jobs/111">詳細を見る</a></li>
      <li class="_jobCard_a1"><h3><a href="https://crowdworks.jp/public/jobs/222">データ入力</a></h3>
        <div class="_pay_b2">時間単価制 1,200円 / 時間</div></li>
      <li><a href="/public/jobs/search?order=new">新着順</a></li>
    </ul></div></main></body></html>`);
    const cards = extractPageFacts(doc, CW_CAT16)!.cards;
    expect(cards.map((card) => [card.jobId, card.title, card.pay])).toEqual([
      ['111', '記事作成（初心者歓迎）', '固定報酬制 5,000円 〜 10,000円'],
      ['222', 'データ入力', '時間単価制 1,200円 / 時間'],
    ]);
    expect(cards[0]?.digest).toContain('簡単な記事を書いていただきます。');
  });
});

describe('Lancers listing (card markup)', () => {
  it('ln_excel: 5 cards (one job shown twice, one external 求人), each with id, title and pay', () => {
    const facts = extractPageFacts(sharedPage('ln_excel.html'), LN_EXCEL)!;
    expect(facts).toMatchObject({ site: 'lancers', kind: 'job-list', missing: [] });
    expect(facts.cards).toHaveLength(5);
    expectComplete(facts.cards);
    expect(facts.cards.map((card) => card.jobId)).toEqual([
      '5596555',
      '5596502',
      '5596376',
      'external:tech-agent.lancers.jp/006168118248489991b8d9549',
      '5596555',
    ]);
    const [limited, buyma, care, external] = facts.cards;
    expect(limited).toMatchObject({ title: '限定公開の仕事', pay: '20,000 円 ~ 50,000 円 / 固定', client: { ordersPosted: 3 } });
    expect(buyma).toMatchObject({
      url: 'https://www.lancers.jp/work/detail/5596502',
      title: '【隙間時間でお小遣い稼ぎ】バイマの出品作業をお手伝いしてくださる方大募集!!',
      client: { id: 'Capri_Co', name: 'Capri_Co', ordersPosted: 7, rating: 3.6, identityVerified: true },
    });
    expect(buyma?.digest).toMatch(/^■ 依頼の目的・背景\n\n初めまして！/);
    // Tags inside the title link (NEW, 提案非公開) are not part of the title.
    expect(care).toMatchObject({ title: '居宅介護支援・訪問介護を行っている法人のコーポレートサイト（TOPデザイン）', pay: '33,000 円' });
    expect(care?.client).toEqual({ id: 'ezgate', name: '担当者', ordersPosted: 663, rating: 4.7 });
    expect(external).toMatchObject({ title: '【定番】【フルリモ / VBA / 週3日〜】VBでの実装機能開発', pay: '410,000 円 ~ 880,000 円 / 月 週3日･4日･5日' });
    for (const card of facts.cards) expect(card.digest ?? '').not.toContain('\r');
  });
});

describe('Coconala and Craudia listings (recognised, not analysed)', () => {
  it('coconala: a listing with 5 cards', () => {
    const listing = extractOtherListing(sharedPage('coconala_html.html'), 'https://coconala.com/requests?keyword=html')!;
    expect(listing).toMatchObject({ site: 'coconala', kind: 'job-list' });
    expect(listing.cards).toHaveLength(5);
    expectComplete(listing.cards);
    expect(listing.cards.map((card) => card.pay)).toContain('5千円 〜 1万円');
    expect(listing.cards.map((card) => card.pay)).toContain('見積り希望');
  });

  it('craudia: a listing with 15 cards', () => {
    const listing = extractOtherListing(sharedPage('craudia_list.html'), 'https://www.craudia.com/work_list')!;
    expect(listing).toMatchObject({ site: 'craudia', kind: 'job-list' });
    expect(listing.cards).toHaveLength(15);
    expectComplete(listing.cards);
    expect(listing.cards.find((card) => card.jobId === 'lcr2110')).toMatchObject({
      title: '【完全リモート/未経験歓迎】SNSマーケティング業務の事務アシスタント募集！',
      pay: '50,000～100,000 円',
      client: { id: '9iUmcP', name: 'yukito08454' },
    });
  });

  it('is not a supported site for extractPageFacts', () => {
    expect(extractPageFacts(sharedPage('craudia_list.html'), 'https://www.craudia.com/work_list')).toBeNull();
  });
});
