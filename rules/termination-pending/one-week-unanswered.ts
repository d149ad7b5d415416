/**
 * A CrowdWorks termination request sent one to two weeks ago and not yet settled. Sources
 * disagree on when an ignored request ends by itself: seed 001 and every secondary source
 * found say one week, seed 003 says two weeks, and no official text was found (the two weeks
 * of the task approval deadline are the likely source of the confusion). Past one week the
 * worker should look at the contract; past two weeks request-overdue takes over.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { CONTRACT_PAGES } from '../shared';
import { CW_INQUIRY, CW_INSPECTION_FAQ, CW_TASK_APPROVAL_FAQ, SEED_CW_CLIENT_VANISHED, SEED_CW_WITHDRAWAL } from '../sources';

/** The shorter waiting period (seed 001) and the longer one (seed 003). */
const SHORT_WAIT_DAYS = 7;
const LONG_WAIT_DAYS = 14;

export const rule = {
  id: 'termination-pending/one-week-unanswered',
  category: 'termination-pending',
  severity: 'info',
  sites: ['crowdworks'],
  pageKinds: CONTRACT_PAGES,
  when: {
    all: [
      { daysSince: 'contract.terminationRequestedAt', op: '>=', value: SHORT_WAIT_DAYS },
      { daysSince: 'contract.terminationRequestedAt', op: '<=', value: LONG_WAIT_DAYS },
      { not: { fact: 'contract.status', op: 'in', value: ['completed', 'cancelled'] } },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '途中終了リクエストから1週間がたちました。契約の状態を確認してください',
    why: '返事のない途中終了リクエストは一定期間で自動的に終了するとされますが、その期間は情報源によって違います。多くの解説と体験記事は「1週間」、別の体験記事は「2週間」としており、クラウドワークス公式の記述は見つかっていません。1週間の説ならすでに終了しているはずで、2週間の説ならリクエストから2週間で終了します。相手が拒否した場合は契約中の状態に戻ります。',
    steps: [
      '契約画面で、契約が終了したか、リクエスト中のままか、拒否されて契約中に戻っていないかを確認してください。',
      'リクエスト中のままなら、リクエストした日から2週間まで待つか、問い合わせ(チャットボット)から事務局に状況を確認してください。',
      '拒否されていた場合は、理由を丁寧に説明して改めてリクエストを送れます。作業済みの部分の支払いは相手との話し合いになり、支払われないことや低評価をつけられることもあります。',
      '「訴える」などの脅しを受けている場合は、記録を残して事務局に相談してください。',
    ],
  },
  en: {
    title: 'A week since your termination request: check the contract',
    why: 'An unanswered termination request is said to end by itself after a waiting period, but sources disagree: most guides and seed 001 say one week, another article (seed 003) says two weeks, and no official CrowdWorks text was found. By the one-week account it should already have ended; by the two-week account it ends two weeks after the request. If the client refused it, the contract is active again.',
    steps: [
      'On the contract page, check whether the contract ended, is still pending, or was refused and is active again.',
      'If still pending, wait until two weeks after the request or ask the office through the inquiry chatbot.',
      'If it was refused, explain your reasons politely and send the request again. Pay for finished work is up to the two of you; it may not be paid, and a low rating can follow.',
      'If you are threatened (“I will sue you”), keep the record and ask the office.',
    ],
  },
  sources: [SEED_CW_CLIENT_VANISHED, SEED_CW_WITHDRAWAL, CW_INSPECTION_FAQ, CW_TASK_APPROVAL_FAQ, CW_INQUIRY],
};

export const examples: RuleExamples = {
  matches: [
    {
      contract: { status: 'termination-requested', terminationRequestedAt: '2026-11-14T10:00:00+09:00' },
      now: '2026-11-21T12:00:00+09:00',
      note: '7 days',
    },
    {
      contract: { status: 'termination-requested', terminationRequestedAt: '2026-11-07T10:00:00+09:00' },
      now: '2026-11-21T12:00:00+09:00',
      note: '14 days',
    },
    { contract: { status: 'active', terminationRequestedAt: '2026-11-10' }, note: 'refused: back to active' },
  ],
  doesNotMatch: [
    {
      contract: { status: 'termination-requested', terminationRequestedAt: '2026-11-15T10:00:00+09:00' },
      now: '2026-11-21T12:00:00+09:00',
      note: '6 days',
    },
    {
      contract: { status: 'termination-requested', terminationRequestedAt: '2026-11-06T10:00:00+09:00' },
      now: '2026-11-21T12:00:00+09:00',
      note: '15 days: request-overdue',
    },
    { contract: { status: 'cancelled', terminationRequestedAt: '2026-11-10' } },
    { contract: { status: 'termination-requested', terminationRequestedAt: '2026-11-10' }, site: 'lancers' },
  ],
};
