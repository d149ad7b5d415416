/**
 * CrowdWorks detail, employer, thread and contract pages: the hand-built fixtures in
 * tests/fixtures/pages/crowdworks/ (each says where its structure comes from).
 */
import { describe, expect, it } from 'vitest';
import { extractPageFacts } from '@/utils/sites';
import { clientFromLabels } from '@/utils/sites/crowdworks/client';
import { crowdworksCurrentUser } from '@/utils/sites/crowdworks/thread';
import { FIXTURE_NOW } from '../../fixtures/pages/manifest';
import { fixturePage, parseHtml, readFixtureFacts as read } from './parse-html';

const now = new Date(FIXTURE_NOW);


const LABELLED_CLIENT = {
  id: '9100001',
  name: 'hoshino_design',
  rating: 4.9,
  reviews: 12,
  ordersPosted: 45,
  completionRate: 75,
  identityVerified: false,
  ruleChecked: false,
};

describe('job page /public/jobs/N', () => {
  it('reads the job and the client box (JSON first)', () => {
    const facts = read('crowdworks/job-detail.html');
    expect(facts.job).toEqual({
      id: '13500001',
      title: '商品リストのデータ入力（在宅・スマホ可）',
      description:
        'ネットショップの商品リスト（約300件）を、指定のスプレッドシートに入力していただくお仕事です。\nマニュアルをお渡しします。\n\n' +
        '【作業内容】\n・商品名、価格、在庫数の入力\n・入力内容の見直し\n\n【納品】\nスプレッドシートの共有でお願いします。',
      paymentType: 'fixed',
      budgetMin: 10000,
      budgetMax: 50000,
      deadline: '2026-12-02T00:00:00+09:00',
      applicants: 71,
      openings: 3,
    });
    expect(facts.client).toEqual({ ...LABELLED_CLIENT, certified: false });
    expect(facts.texts.map((text) => text.id)).toEqual(['job.title', 'job.description']);
    expect(facts.missing).toEqual([]);
  });

  it('still gets the label-based facts with the embedded JSON stripped', () => {
    const facts = read('crowdworks/job-detail.html', (doc) => {
      doc.getElementById('client_detail_information_container')?.removeAttribute('data');
      doc.querySelector('script[type="application/ld+json"]')?.remove();
    });
    expect(facts.client).toEqual(LABELLED_CLIENT);
    expect(facts.job).toMatchObject({ paymentType: 'fixed', budgetMin: 10000, budgetMax: 50000, applicants: 71, openings: 3 });
    expect(facts.missing).toEqual([]);
  });

  it('falls back to the main text, and says what it could not read', () => {
    const doc = parseHtml(`<html><head><title>x</title></head><body><main>
      <h1>アンケート回答のお仕事</h1>
      <p>クライアント情報</p><p>sample_user</p><p>ありがとう 3 件</p><p>本人確認未提出</p><p>発注ルールチェック未回答</p>
      <p>総合評価</p><p>-</p><p>募集実績</p><p>1 件</p><p>応募した人 120 人</p>
    </main></body></html>`);
    const facts = extractPageFacts(doc, 'https://crowdworks.jp/public/jobs/42', { now })!;
    expect(facts.job).toMatchObject({ id: '42', title: 'アンケート回答のお仕事', applicants: 120 });
    expect(facts.client).toMatchObject({ identityVerified: false, ruleChecked: false, rating: null, ordersPosted: 1 });
    expect(facts.missing).toEqual(
      expect.arrayContaining(['job.description', 'job.paymentType', 'job.deadline', 'client.id', 'client.completionRate']),
    );
    expect(facts.missing).not.toContain('job.applicants');
  });

  it('does not take a claim written in the description for the site’s label', () => {
    const facts = read('crowdworks/job-detail.html', (doc) => {
      doc.getElementById('client_detail_information_container')?.remove();
      doc.querySelector('td.confirm_outside_link')!.append('当社は本人確認済み・発注ルールチェック済みの認定クライアントです。');
    });
    expect(facts.client?.identityVerified).toBeUndefined();
    expect(facts.client?.ruleChecked).toBeUndefined();
    expect(facts.client?.certified).toBeUndefined();
    expect(facts.missing).toContain('client.identityVerified');
  });
});

describe('employer page /public/employers/N', () => {
  it('reads the employer JSON and the profile text', () => {
    const facts = read('crowdworks/employer.html');
    expect(facts.client).toEqual({ ...LABELLED_CLIENT, certified: false, registeredAt: '2025-10-02T12:00:00+09:00' });
    expect(facts.texts).toEqual([
      { id: 'profile', kind: 'profile', text: '小さなデザイン事務所です。ネットショップの運営もしています。\nお気軽にご応募ください。' },
    ]);
    expect(facts.missing).toEqual([]);
  });

  it('still gets the label-based facts with the embedded JSON stripped', () => {
    const facts = read('crowdworks/employer.html', (doc) => doc.getElementById('vue-container')?.removeAttribute('data'));
    expect(facts.client).toEqual({ ...LABELLED_CLIENT, registeredAt: '2025-10-02T00:00:00+09:00' });
    expect(facts.texts[0]?.text).toContain('お気軽にご応募ください。');
    expect(facts.missing).toEqual([]);
  });

  it('derives the completion rate from 完了数 / 契約数 when no rate is printed', () => {
    expect(clientFromLabels('完了数 3 / 契約数 4', now).completionRate).toBe(75);
    expect(clientFromLabels('プロジェクト完了率 - %\n完了数 0 / 契約数 0', now).completionRate).toBeNull();
  });
});

describe('proposal thread /proposals/N', () => {
  it('reads messages with author, own, time and the exact text', () => {
    const facts = read('crowdworks/proposal-thread-line.html');
    expect(facts.messages.map((m) => [m.author, m.own, m.at])).toEqual([
      ['tanaka_worker', true, '2026-11-18T20:05:00+09:00'],
      ['sato_trading', false, '2026-11-19T09:12:00+09:00'],
      ['tanaka_worker', true, '2026-11-19T12:40:00+09:00'],
    ]);
    // The full body is read, not the collapsed digest next to it; full-width letters and spaces are kept.
    expect(facts.messages[1]?.text).toBe(
      'ご応募ありがとうございます。\n詳しい作業内容はこちらでお送りしますので、ＬＩＮＥ　ＩＤ：ｋｅｎ＿０９０ を追加してください。',
    );
    expect(facts.texts.map((t) => [t.id, t.kind, t.own])).toEqual([
      ['message:0', 'message', true],
      ['message:1', 'message', false],
      ['message:2', 'message', true],
    ]);
    expect(facts.contract).toEqual({
      status: 'negotiating',
      type: null,
      funded: null,
      deliveredAt: null,
      terminationRequestedAt: null,
      offPlatformApproved: null,
      lastClientMessageAt: '2026-11-19T09:12:00+09:00',
    });
    expect(facts.missing).toEqual([]);
  });

  it('sees an approved サービス外連絡申請', () => {
    const facts = read('crowdworks/proposal-thread-line-approved.html');
    expect(facts.contract?.offPlatformApproved).toBe(true);
    expect(facts.messages).toHaveLength(3);
  });

  it('does not let a message fake the 申請 status or the 仮払い', () => {
    const facts = read('crowdworks/proposal-thread-line.html', (doc) => {
      const paragraphs = doc.querySelectorAll('[class*="_messageBody_"] p');
      paragraphs[1]!.append('申請ステータス：承認済み 仮払い済み');
    });
    expect(facts.contract?.offPlatformApproved).toBeNull();
    expect(facts.contract?.funded).toBeNull();
  });

  it('finds the messages by their time elements when the CSS-module class names change', () => {
    const facts = read('crowdworks/proposal-thread-line.html', (doc) => {
      for (const element of doc.querySelectorAll('[class]')) element.removeAttribute('class');
    });
    expect(facts.messages.map((m) => [m.author, m.own])).toEqual([
      ['tanaka_worker', true],
      ['sato_trading', false],
      ['tanaka_worker', true],
    ]);
    expect(facts.messages[1]?.text).toContain('ＬＩＮＥ　ＩＤ：ｋｅｎ＿０９０');
  });

  it('knows the signed-in user from the header or from gon.current_user', () => {
    expect(crowdworksCurrentUser(fixturePage('crowdworks/proposal-thread-line.html'))).toBe('tanaka_worker');
    const doc = parseHtml('<html><head><script>window.gon={};gon.current_user={"id":1,"display_name":"yamada\\u0020taro"};</script></head><body></body></html>');
    expect(crowdworksCurrentUser(doc)).toBe('yamada taro');
    expect(crowdworksCurrentUser(parseHtml('<html><body></body></html>'))).toBeNull();
  });
});

describe('contract page /contracts/N', () => {
  it('reads the contract state: funded, delivered and not inspected', () => {
    const facts = read('crowdworks/contract-delivered.html');
    expect(facts.contract).toEqual({
      id: '63500001',
      status: 'delivered',
      type: 'fixed',
      funded: true,
      deliveredAt: '2026-11-13T10:00:00+09:00',
      terminationRequestedAt: null,
      offPlatformApproved: null,
      lastClientMessageAt: '2026-11-12T18:30:00+09:00',
    });
    const days = (now.getTime() - Date.parse(facts.contract!.deliveredAt!)) / 86_400_000;
    expect(days).toBe(8);
    expect(facts.messages).toHaveLength(3);
    expect(facts.texts.map((t) => t.id)).toEqual(['message:0', 'message:1', 'message:2', 'contract']);
    expect(facts.texts.at(-1)?.text).toMatch(/^契約詳細\n契約名 商品紹介記事の作成（5本）/);
    expect(facts.missing).toEqual([]);
  });

  it('reads a termination request from the progress list', () => {
    const facts = read('crowdworks/contract-delivered.html', (doc) => {
      const item = doc.createElement('li');
      item.textContent = '2026年11月15日 14:00 契約途中終了リクエストが届きました';
      doc.querySelector('.contract_progress')!.append(item);
      doc.querySelector('.contract_detail tr:nth-child(4) td')!.textContent = '契約途中終了リクエスト中';
    });
    expect(facts.contract).toMatchObject({ status: 'termination-requested', terminationRequestedAt: '2026-11-15T14:00:00+09:00' });
  });

  it('says when it could not read the funding state', () => {
    const facts = read('crowdworks/contract-delivered.html', (doc) => {
      doc.querySelector('.contract_detail tr:nth-child(5)')!.remove();
      doc.querySelector('.contract_progress li:nth-child(2)')!.remove();
    });
    expect(facts.contract?.funded).toBeUndefined();
    expect(facts.missing).toEqual(['contract.funded']);
  });
});
