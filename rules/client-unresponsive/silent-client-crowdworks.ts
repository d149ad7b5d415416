/**
 * The client has not written for N days (default 5) during a CrowdWorks project contract
 * (fixed or hourly, or a contract whose type the page did not show): the remedy is the
 * 連絡催促申請. Competitions and tasks cannot use it; silent-client-competition-or-task covers
 * them with the inquiry form.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { CONTRACT_PAGES } from '../shared';
import { CW_CONTACT_REMINDER_FAQ, CW_INQUIRY, SEED_CW_CLIENT_VANISHED, SEED_CW_TROUBLE_PREVENTION } from '../sources';

export const rule = {
  id: 'client-unresponsive/silent-client-crowdworks',
  category: 'client-unresponsive',
  severity: 'warning',
  sites: ['crowdworks'],
  pageKinds: CONTRACT_PAGES,
  when: {
    all: [
      { fact: 'contract.status', op: 'in', value: ['active', 'delivered'] },
      { daysSince: 'contract.lastClientMessageAt', op: '>=', value: { setting: 'clientSilentDaysCrowdworks' } },
      // 連絡催促申請 is for プロジェクト形式 only (FAQ 10549).
      { not: { fact: 'contract.type', op: 'in', value: ['competition', 'task'] } },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'クライアントからの連絡が途絶えています',
    why: '契約中にクライアントと連絡が取れなくなるのは、よくあるトラブルです。クラウドワークスのプロジェクト形式(固定報酬制・時間単価制)の契約中なら「連絡催促申請」が使えます。事務局が最大2営業日で確認し、承認されると相手にメールとサイト上のお知らせで連絡が届きます。ただし返事が来る保証はありません。',
    steps: [
      'まずサイト内のメッセージで、状況の確認と返信のお願いを丁寧に送ってください。',
      '返事がなければ、契約画面の「契約相手と連絡がとれない場合はこちら」から連絡催促申請をしてください。',
      '申請後も連絡がなく納品前なら、契約途中終了リクエストを検討してください(仮払いはクライアントに返金され、報酬は出ません)。納品後なら問い合わせフォームで事務局に相談してください。',
      'やり取りの記録と、作業や納品の日付を保存しておいてください。',
    ],
  },
  en: {
    title: 'The client has gone silent',
    why: 'A client who stops answering mid-contract is a common trouble. During a CrowdWorks project contract (fixed or hourly) you can file a 連絡催促申請: the office reviews it within 2 business days and, if approved, emails the client and posts a site notice. A reply is not guaranteed.',
    steps: [
      'First send a polite message on the site asking how things stand and for a reply.',
      'If there is none, file the 連絡催促申請 from 「契約相手と連絡がとれない場合はこちら」 on the contract page.',
      'If still silent and not yet delivered, consider a 契約途中終了リクエスト (the 仮払い goes back to the client; no reward). If already delivered, ask the office through the inquiry form.',
      'Keep the messages and the dates of your work and delivery.',
    ],
  },
  sources: [CW_CONTACT_REMINDER_FAQ, CW_INQUIRY, SEED_CW_TROUBLE_PREVENTION, SEED_CW_CLIENT_VANISHED],
};

export const examples: RuleExamples = {
  matches: [
    { contract: { status: 'active', lastClientMessageAt: '2026-11-16T09:00:00+09:00' }, now: '2026-11-21T12:00:00+09:00', note: '5 days' },
    { contract: { status: 'active', type: 'hourly', lastClientMessageAt: '2026-11-10' } },
    { contract: { status: 'delivered', lastClientMessageAt: '2026-11-01' } },
    {
      contract: { status: 'active', lastClientMessageAt: '2026-11-19' },
      settings: { clientSilentDaysCrowdworks: 2 },
      pageKind: 'messages',
    },
  ],
  doesNotMatch: [
    { contract: { status: 'active', lastClientMessageAt: '2026-11-17T09:00:00+09:00' }, now: '2026-11-21T12:00:00+09:00', note: '4 days' },
    { contract: { status: 'completed', lastClientMessageAt: '2026-10-01' } },
    { contract: { status: 'active', lastClientMessageAt: '2026-11-01' }, site: 'lancers' },
    { contract: { status: 'delivered', type: 'competition', lastClientMessageAt: '2026-11-01' }, note: 'no 連絡催促申請 for competitions' },
  ],
};
