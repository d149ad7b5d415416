/**
 * A termination request (CrowdWorks 契約途中終了リクエスト) is pending. What happens if it is
 * ignored or refused, and the honest state of the waiting period: secondary sources and seed
 * 001 say 1 week, seed 003 says 2 weeks, and no official text was found.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { CONTRACT_PAGES } from '../shared';
import { CW_CONTACT_REMINDER_FAQ, CW_INSPECTION_FAQ, CW_TASK_APPROVAL_FAQ, SEED_CW_CLIENT_VANISHED, SEED_CW_WITHDRAWAL } from '../sources';

export const rule = {
  id: 'termination-pending/request-pending',
  category: 'termination-pending',
  severity: 'info',
  sites: ['crowdworks', 'lancers'],
  pageKinds: CONTRACT_PAGES,
  when: {
    any: [
      { fact: 'contract.status', op: '==', value: 'termination-requested' },
      {
        all: [
          { fact: 'contract.terminationRequestedAt', op: 'known' },
          { not: { fact: 'contract.status', op: 'in', value: ['completed', 'cancelled'] } },
        ],
      },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '契約途中終了リクエストの返事待ちです',
    why: '途中終了に相手が同意すれば契約は終了し、仮払いは全額クライアントに返金されます(報酬は出ません)。相手が放置した場合は一定期間で自動的に終了するとされますが、その期間は情報源によって違います。体験記事や多くの解説は「1週間」、別の体験記事は「2週間」としており、クラウドワークス公式の記述は見つかっていません(2週間はタスク形式の承認期限と混同されている可能性があります)。相手が拒否すると契約中の状態に戻ります。',
    steps: [
      '相手にはサイト内で、終了したい理由を丁寧に説明してください。',
      '作業済みの部分がある場合は、その分の支払いを話し合ってください(支払われない可能性もあります)。低評価をつけられることもあります。',
      '拒否された場合は、理由を説明したうえで改めてリクエストを送れます。',
      '2週間たっても終了しない、または脅しのような言葉がある場合は、事務局に相談してください。',
    ],
  },
  en: {
    title: 'Waiting for an answer to your termination request',
    why: 'If the client agrees to early termination, the contract ends and the 仮払い is refunded in full to the client (no reward for you). If the client ignores it, it is said to end automatically after a waiting period — but sources disagree: most guides and seed 001 say one week, another article (seed 003) says two weeks, and no official CrowdWorks text was found (two weeks is the task format’s approval period, a likely source of the confusion). If the client refuses, the contract goes back to active.',
    steps: [
      'Explain politely on the site why you want to end the contract.',
      'If part of the work is done, discuss pay for it (it may not be paid). A low rating can follow.',
      'If refused, you may explain your reasons and send the request again.',
      'If it has not ended after two weeks, or you receive threats, ask the office.',
    ],
  },
  sources: [CW_INSPECTION_FAQ, CW_CONTACT_REMINDER_FAQ, CW_TASK_APPROVAL_FAQ, SEED_CW_CLIENT_VANISHED, SEED_CW_WITHDRAWAL],
};

export const examples: RuleExamples = {
  matches: [
    { contract: { status: 'termination-requested' } },
    { contract: { status: 'active', terminationRequestedAt: '2026-11-19T10:00:00+09:00' } },
    { contract: { status: 'termination-requested', terminationRequestedAt: '2026-11-01' }, site: 'lancers' },
  ],
  doesNotMatch: [
    { contract: { status: 'active' } },
    { contract: { status: 'cancelled', terminationRequestedAt: '2026-11-01' } },
    { contract: { status: 'completed' } },
  ],
};
