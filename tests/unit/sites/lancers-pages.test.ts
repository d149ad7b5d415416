/**
 * Lancers detail, client profile and message-board pages: the hand-built fixtures in
 * tests/fixtures/pages/lancers/ (each says where its structure comes from and how sure it is).
 */
import { describe, expect, it } from 'vitest';
import { contactDisclosureApprovalOf } from '@/utils/sites/lancers/thread';
import { readFixtureFacts as read } from './parse-html';


describe('job page /work/detail/N', () => {
  it('reads the labels, the description and the client box', () => {
    const facts = read('lancers/job-detail.html');
    expect(facts.job).toEqual({
      id: '5600001',
      title: 'ECサイトの商品登録作業（100点）',
      description:
        '自社ECサイトに商品を登録していただくお仕事です。\n商品画像と商品情報はこちらでご用意します。\n\n■ 作業内容\n' +
        '・商品名、価格、説明文の入力（100点）\n・画像のアップロード\n\n■ 納品方法\n管理画面への登録完了をもって納品とします。',
      paymentType: 'fixed',
      budgetMin: 10000,
      budgetMax: 50000,
      deadline: '2026-11-30T23:59:00+09:00',
      applicants: 12,
      openings: 2,
    });
    expect(facts.client).toEqual({ id: 'sample_client', name: 'サンプル商事', reviews: 19, identityVerified: true });
    expect(facts.texts.map((t) => t.id)).toEqual(['job.title', 'job.description']);
    expect(facts.missing).toEqual([]);
  });

  it('leaves verification unknown without the statement, and ignores the statement inside the description', () => {
    const facts = read('lancers/job-detail.html', (doc) => {
      doc.querySelector('.p-work-detail-client-box__verified')!.remove();
      doc.querySelectorAll('dd.c-definition-list__description')[6]!.append('認証済みのクライアントからの依頼です');
    });
    expect(facts.client?.identityVerified).toBeNull();
  });

  it('reads other work types from the badge', () => {
    const facts = read('lancers/job-detail.html', (doc) => {
      doc.querySelector('.c-badge--worktype-project')!.className = 'c-badge--worktype-competition';
      doc.querySelector('dl.c-definition-list dt')!.remove();
      doc.querySelector('dl.c-definition-list dd')!.remove();
    });
    expect(facts.job?.paymentType).toBe('competition');
    expect(facts.missing).toEqual(['job.budgetMin', 'job.budgetMax']);
  });
});

describe('client profile /client/NAME', () => {
  it('reads the 認証 items, summary numbers, registration date and self-introduction', () => {
    const facts = read('lancers/client-profile.html');
    expect(facts.client).toEqual({
      id: 'sample_client',
      name: 'サンプル商事',
      rating: 4.8,
      ordersPosted: 58,
      identityVerified: true,
      certified: true,
      verifications: { 本人確認: true, 機密保持確認: true, 電話確認: false, ランサーズチェック: false },
      registeredAt: '2019-04-01T00:00:00+09:00',
    });
    expect(facts.texts).toHaveLength(1);
    expect(facts.texts[0]).toMatchObject({ id: 'profile', kind: 'profile' });
    expect(facts.texts[0]?.text).toContain('商品登録や画像加工をお願いできる方を継続して探しています。');
    expect(facts.missing).toEqual([]);
  });

  it('reads the summary by position when the labels are missing', () => {
    const facts = read('lancers/client-profile.html', (doc) => {
      for (const title of doc.querySelectorAll('.c-table-summary__col-title')) title.remove();
    });
    expect(facts.client).toMatchObject({ ordersPosted: 58, rating: 4.8 });
  });
});

describe('message board /mypage/message?boardId=N', () => {
  it('reads messages by structure, senders by profile link, and the board state', () => {
    const facts = read('lancers/message-board.html');
    expect(facts.messages.map((m) => [m.author, m.own, m.at])).toEqual([
      ['サンプル商事', false, '2026-11-17T10:00:00+09:00'],
      ['suzuki_lancer', true, '2026-11-17T12:30:00+09:00'],
      ['サンプル商事', false, '2026-11-19T18:45:00+09:00'],
    ]);
    expect(facts.messages[2]?.text).toBe('今後の連絡はチャットワークでお願いします。\nID: sample_cw を追加してください。');
    expect(facts.contract).toEqual({
      id: '123456',
      status: 'active',
      type: 'fixed',
      funded: true,
      deliveredAt: null,
      terminationRequestedAt: null,
      offPlatformApproved: false,
      lastClientMessageAt: '2026-11-19T18:45:00+09:00',
    });
    expect(facts.texts.map((t) => [t.id, t.own])).toEqual([
      ['message:0', false],
      ['message:1', true],
      ['message:2', false],
    ]);
    expect(facts.missing).toEqual([]);
  });

  it('says so when a board shows no messages it can read', () => {
    const facts = read('lancers/message-board.html', (doc) => {
      for (const time of doc.querySelectorAll('time')) time.remove();
    });
    expect(facts.messages).toEqual([]);
    expect(facts.missing).toEqual(['messages']);
  });

  it('reads the 連絡先公開申請 state', () => {
    expect(contactDisclosureApprovalOf('連絡先公開申請：承認済み')).toBe(true);
    expect(contactDisclosureApprovalOf('連絡先公開申請 ステータス 公開済み')).toBe(true);
    expect(contactDisclosureApprovalOf('連絡先公開申請：申請中')).toBe(false);
    expect(contactDisclosureApprovalOf('連絡先公開申請')).toBeNull();
  });
});
