/**
 * A termination request still pending after 14 days: past the waiting period under either
 * account (1 week or 2 weeks), so something is off and the office should look at it.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { CONTRACT_PAGES } from '../shared';
import { CW_INQUIRY, CW_INSPECTION_FAQ, SEED_CW_CLIENT_VANISHED, SEED_CW_WITHDRAWAL } from '../sources';

/** The longer of the two waiting periods the sources give (seed 003). */
const LONGEST_WAIT_DAYS = 14;

export const rule = {
  id: 'termination-pending/request-overdue',
  category: 'termination-pending',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: CONTRACT_PAGES,
  when: {
    all: [
      { daysSince: 'contract.terminationRequestedAt', op: '>', value: LONGEST_WAIT_DAYS },
      { not: { fact: 'contract.status', op: 'in', value: ['completed', 'cancelled'] } },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '途中終了リクエストから2週間以上たっても終了していません',
    why: '放置された途中終了リクエストの自動終了までの期間は、情報源によって1週間とも2週間ともされますが、どちらの期間も過ぎています。相手が拒否して契約中に戻っている、リクエストが届いていない、などの可能性があります。',
    steps: [
      '契約画面で、リクエストの状態(拒否されていないか)を確認してください。',
      '状態が分からない・進まない場合は、問い合わせ(チャットボット)から事務局に相談してください。',
      '拒否されていた場合は、理由を丁寧に説明して改めてリクエストを送ってください。',
    ],
  },
  en: {
    title: 'Termination request pending for over two weeks',
    why: 'Sources put the automatic end of an ignored termination request at one week or two weeks; both have passed. The client may have refused it (the contract is active again), or the request may not have gone through.',
    steps: [
      'Check the request’s status on the contract page (was it refused?).',
      'If unclear or stuck, ask the office through the inquiry chatbot.',
      'If it was refused, explain your reasons politely and send the request again.',
    ],
  },
  sources: [CW_INSPECTION_FAQ, CW_INQUIRY, SEED_CW_CLIENT_VANISHED, SEED_CW_WITHDRAWAL],
};

export const examples: RuleExamples = {
  matches: [
    { contract: { status: 'termination-requested', terminationRequestedAt: '2026-11-06T10:00:00+09:00' }, now: '2026-11-21T12:00:00+09:00', note: '15 days' },
    { contract: { status: 'active', terminationRequestedAt: '2026-10-01' } },
    { contract: { terminationRequestedAt: '2026-10-15' }, site: 'lancers' },
  ],
  doesNotMatch: [
    { contract: { status: 'termination-requested', terminationRequestedAt: '2026-11-07T10:00:00+09:00' }, now: '2026-11-21T12:00:00+09:00', note: '14 days' },
    { contract: { status: 'cancelled', terminationRequestedAt: '2026-10-01' } },
    { contract: { status: 'termination-requested' } },
  ],
};
