/**
 * The client has not written for N days (default 7) during a Lancers contract: the
 * 連絡催促申請 opens after 7 days without contact in messages or the workspace.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { CONTRACT_PAGES } from '../shared';
import { LANCERS_REMINDER_AFTER_FAQ, LANCERS_REMINDER_FAQ, SEED_LANCERS_TROUBLE } from '../sources';

export const rule = {
  id: 'client-unresponsive/silent-client-lancers',
  category: 'client-unresponsive',
  severity: 'warning',
  sites: ['lancers'],
  pageKinds: CONTRACT_PAGES,
  when: {
    all: [
      { fact: 'contract.status', op: 'in', value: ['active', 'delivered'] },
      { daysSince: 'contract.lastClientMessageAt', op: '>=', value: { setting: 'clientSilentDaysLancers' } },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'クライアントからの連絡が途絶えています(ランサーズ)',
    why: 'ランサーズでは、プロジェクトまたは固定報酬の直接依頼が進行中で、メッセージやワークスペースで7日以上連絡がない場合に「連絡催促申請」ができます。相手の回答期限は申請から7日で、回答がなければ、完了報告済みなら支払い確定、仮払い済みなら仮払いキャンセルとなり、連絡しなかった側にはマイナス評価がつきます。即時ではなく、サポートが個別に対応します。',
    steps: [
      'まずメッセージで丁寧に状況を尋ねてください(目安として3回ほど送り、3日ほど待つことが勧められています)。',
      'それでも返事がなければ、連絡催促申請をしてください。計画変更の申請中は使えません。',
      '完了報告をまだしていない場合は、納品できる状態なら完了報告を済ませておくと、回答がないときに支払い確定へ進みます。',
      '解決しない場合は、ランサーズのサポートに問い合わせてください。',
    ],
  },
  en: {
    title: 'The client has gone silent (Lancers)',
    why: 'On Lancers, when a project or fixed-price direct order is in progress and there has been no contact in messages or the workspace for 7+ days, you can file a 連絡催促申請. The client has 7 days to answer; if not, a reported completion is confirmed for payment, a funded plan’s 仮払い is cancelled, and the silent side gets a negative rating. Support handles each case; it is not instant.',
    steps: [
      'First ask politely in the messages (Lancers suggests about three messages and waiting about three days).',
      'If there is still no reply, file the 連絡催促申請. It cannot be used while a plan change is pending.',
      'If the work is ready, file the completion report first: with no answer, that leads to payment being confirmed.',
      'If that does not resolve it, contact Lancers support.',
    ],
  },
  sources: [LANCERS_REMINDER_FAQ, LANCERS_REMINDER_AFTER_FAQ, SEED_LANCERS_TROUBLE],
};

export const examples: RuleExamples = {
  matches: [
    { contract: { status: 'active', lastClientMessageAt: '2026-11-14T09:00:00+09:00' }, now: '2026-11-21T12:00:00+09:00' },
    { contract: { status: 'delivered', lastClientMessageAt: '2026-10-20' } },
    { contract: { status: 'active', lastClientMessageAt: '2026-11-18' }, settings: { clientSilentDaysLancers: 3 } },
  ],
  doesNotMatch: [
    { contract: { status: 'active', lastClientMessageAt: '2026-11-15T09:00:00+09:00' }, now: '2026-11-21T12:00:00+09:00', note: '6 days' },
    { contract: { status: 'negotiating', lastClientMessageAt: '2026-10-01' } },
    { contract: { status: 'active' } },
  ],
};
