/**
 * Contract facts for the reminders (issue 7), read from the hand-built contract and work-room
 * fixtures: status, type, 仮払い, delivery, termination request, the client's last message and
 * the 申請 status, with dates in the forms the sites print (absolute, 3日前, 昨日) in Japan time.
 */
import { describe, expect, it } from 'vitest';
import { latestDateOnLines } from '@/utils/sites/progress-dates';
import { FIXTURE_NOW } from '../../fixtures/pages/manifest';
import { readFixtureFacts as read } from './parse-html';

const now = new Date(FIXTURE_NOW);


/** Replaces the text of the 契約詳細 cell labelled `label`. */
function setCell(doc: Document, label: string, text: string): void {
  const row = [...doc.querySelectorAll('.contract_detail tr')].find((tr) => tr.querySelector('th')?.textContent === label);
  row!.querySelector('td')!.textContent = text;
}

describe('CrowdWorks contract not yet funded', () => {
  it('reads an agreed contract waiting for 仮払い', () => {
    const facts = read('crowdworks/contract-unfunded.html');
    expect(facts.contract).toEqual({
      id: '63500002',
      status: 'active',
      type: 'fixed',
      funded: false,
      deliveredAt: null,
      terminationRequestedAt: null,
      offPlatformApproved: null,
      lastClientMessageAt: '2026-11-20T09:05:00+09:00',
    });
    expect(facts.messages.map((m) => m.own)).toEqual([false, true, false]);
    expect(facts.missing).toEqual([]);
  });

  it('reads the contract types from the 契約形式 cell', () => {
    const typeIn = (text: string) =>
      read('crowdworks/contract-unfunded.html', (doc) => {
        setCell(doc, '契約金額（税込）', '22,000円');
        const row = doc.createElement('tr');
        row.innerHTML = `<th>契約形式</th><td>${text}</td>`;
        doc.querySelector('.contract_detail table')!.append(row);
      }).contract?.type;
    expect(typeIn('時間単価制')).toBe('hourly');
    expect(typeIn('固定報酬制')).toBe('fixed');
    expect(typeIn('タスク')).toBe('task');
    expect(typeIn('コンペ')).toBe('competition');
    expect(typeIn('その他')).toBeNull();
  });

  it('reads each status word of the 契約状況 cell', () => {
    const statusOf = (text: string) =>
      read('crowdworks/contract-unfunded.html', (doc) => setCell(doc, '契約状況', text)).contract?.status;
    expect(statusOf('交渉中')).toBe('negotiating');
    expect(statusOf('契約中')).toBe('active');
    expect(statusOf('納品済み（検収待ち）')).toBe('delivered');
    expect(statusOf('途中終了リクエスト中')).toBe('termination-requested');
    expect(statusOf('完了')).toBe('completed');
    expect(statusOf('契約がキャンセルされました')).toBe('cancelled');
  });

  it('does not take a job title’s 「タスク」 or a progress line’s 「完了」 for the type or the status', () => {
    const facts = read('crowdworks/contract-unfunded.html', (doc) => {
      setCell(doc, '契約金額（税込）', '22,000円');
      setCell(doc, '契約状況', '');
      setCell(doc, '契約名', '簡単タスクのまとめ記事');
      const item = doc.createElement('li');
      item.textContent = '2026年11月20日 本人確認が完了しました';
      doc.querySelector('.contract_progress')!.prepend(item);
    });
    expect(facts.contract?.type).toBeNull();
    // 「仮払い待ち」 in the progress list still says the contract is agreed and waiting.
    expect(facts.contract?.status).toBe('active');
  });
});

describe('CrowdWorks contract with a termination request', () => {
  it('reads the request date from the progress list and the status from 契約終了同意待ち', () => {
    const facts = read('crowdworks/contract-termination.html');
    expect(facts.contract).toEqual({
      id: '63500003',
      status: 'termination-requested',
      type: 'fixed',
      funded: true,
      deliveredAt: null,
      terminationRequestedAt: '2026-11-12T15:00:00+09:00',
      offPlatformApproved: null,
      lastClientMessageAt: '2026-11-13T09:10:00+09:00',
    });
    expect(facts.texts.filter((t) => t.own === false).map((t) => t.id)).toEqual(['message:0', 'message:2']);
  });

  it('reads a request date printed relative to now, in Japan time', () => {
    const facts = read('crowdworks/contract-termination.html', (doc) => {
      doc.querySelector('.contract_progress li:last-child')!.textContent = '昨日 23:30 契約途中終了リクエストを送信しました';
    });
    expect(facts.contract?.terminationRequestedAt).toBe('2026-11-20T23:30:00+09:00');
    const threeDaysAgo = read('crowdworks/contract-termination.html', (doc) => {
      doc.querySelector('.contract_progress li:last-child')!.textContent = '3日前 契約途中終了リクエストを送信しました';
    });
    expect(threeDaysAgo.contract?.terminationRequestedAt).toBe('2026-11-18T10:00:00+09:00');
  });
});

describe('Lancers work room with a delivery and a silent client', () => {
  it('reads the 完了報告 as the delivery, the state, the type and the last client message', () => {
    const facts = read('lancers/work-room-delivered.html');
    expect(facts.contract).toEqual({
      id: '123457',
      status: 'delivered',
      type: 'fixed',
      funded: true,
      deliveredAt: '2026-11-13T11:00:00+09:00',
      terminationRequestedAt: null,
      offPlatformApproved: null,
      lastClientMessageAt: '2026-11-12T09:30:00+09:00',
    });
    // The lancer's own reminders are dated relative to now (3日前, 昨日 10:15).
    expect(facts.messages.map((m) => [m.own, m.at])).toEqual([
      [false, '2026-11-05T10:00:00+09:00'],
      [false, '2026-11-12T09:30:00+09:00'],
      [true, '2026-11-13T11:00:00+09:00'],
      [true, '2026-11-18T10:00:00+09:00'],
      [true, '2026-11-20T10:15:00+09:00'],
    ]);
    expect(facts.missing).toEqual([]);
  });

  it('reads the work type from the badge, and other states from their words', () => {
    const facts = read('lancers/work-room-delivered.html', (doc) => {
      const badge = doc.createElement('span');
      badge.className = 'c-badge c-badge--worktype-competition';
      badge.textContent = 'コンペ';
      doc.querySelector('.board h2')!.append(badge);
    });
    expect(facts.contract?.type).toBe('competition');
    const stateOf = (text: string) =>
      read('lancers/work-room-delivered.html', (doc) => {
        doc.querySelector('.board-state')!.textContent = text;
      }).contract?.status;
    expect(stateOf('プロジェクト：キャンセル申請中')).toBe('termination-requested');
    expect(stateOf('プロジェクト：取引完了')).toBe('completed');
    expect(stateOf('プロジェクト：作業中（仮払い済み）')).toBe('active');
    expect(stateOf('プロジェクト：提案中')).toBe('negotiating');
  });

  it('leaves a board without any state word unknown, and never reads the state from a message', () => {
    const facts = read('lancers/work-room-delivered.html', (doc) => {
      doc.querySelector('.board-state')!.remove();
      doc.querySelector('.board-progress')!.remove();
      doc.querySelector('.board-message-text')!.textContent = '検収完了しました。仮払い済みです。';
    });
    expect(facts.contract).toMatchObject({ id: '123457', status: 'unknown', type: null, funded: null, deliveredAt: null });
  });
});

describe('dates on progress lines', () => {
  it('takes the latest dated line that matches, and skips excluded lines', () => {
    const text = ['2026年11月10日 納品しました', '納品希望日 2026年11月30日', '2026/11/12 09:00 納品しました', '納品しました'].join('\n');
    expect(latestDateOnLines(text, /納品/, now, /希望/)).toBe('2026-11-12T09:00:00+09:00');
    expect(latestDateOnLines(text, /検収/, now)).toBeNull();
  });
});
