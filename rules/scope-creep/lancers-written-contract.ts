/**
 * Lancers issues no contract document of its own (seed 000); on a large job the worker can ask
 * the client for one. Quiet, and only for jobs worth at least 100,000 yen on Lancers.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { SEED_LANCERS_TROUBLE } from '../sources';

/** From this budget a separate written contract is worth asking for. */
const LARGE_JOB_YEN = 100_000;

export const rule = {
  id: 'scope-creep/lancers-written-contract',
  category: 'scope-creep',
  severity: 'info',
  sites: ['lancers'],
  pageKinds: ['job', 'proposal-form', 'proposal'],
  when: {
    any: [
      { fact: 'job.budgetMax', op: '>=', value: LARGE_JOB_YEN },
      { fact: 'job.budgetMin', op: '>=', value: LARGE_JOB_YEN },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '大きな案件では契約書の発行を相談しましょう(ランサーズ)',
    why: 'ランサーズのシステムでは契約書を発行できません。金額の大きい案件や長期の案件では、作業範囲・納期・修正・権利・支払い条件を書いた契約書があると、認識のずれやトラブルを防ぎやすくなります。',
    steps: [
      '契約前に、クライアントに契約書(または発注書)を発行してもらえるか尋ねてください。',
      '契約書がなくても、作業範囲・納期・修正回数・納品物の権利をメッセージで確認し、記録に残してください。',
      '報酬の受け渡しは、契約書があってもランサーズの仮払いを通してください。',
    ],
  },
  en: {
    title: 'On a large job, ask for a written contract (Lancers)',
    why: 'Lancers’ system cannot issue contract documents. For large or long jobs, a contract stating scope, deadlines, revisions, rights and payment terms prevents misunderstandings and disputes.',
    steps: [
      'Before the contract, ask the client whether they can issue a contract (or purchase order).',
      'Even without one, confirm scope, deadline, revisions and rights in the messages so there is a record.',
      'Keep the payment on Lancers’ 仮払い even with a written contract.',
    ],
  },
  sources: [SEED_LANCERS_TROUBLE],
};

export const examples: RuleExamples = {
  matches: [
    { job: { budgetMax: 300000 } },
    { job: { budgetMin: 100000, budgetMax: 200000 }, pageKind: 'proposal-form' },
    { job: { budgetMax: 150000, paymentType: 'fixed' }, pageKind: 'proposal' },
  ],
  doesNotMatch: [
    { job: { budgetMax: 50000 } },
    { job: { budgetMax: 300000 }, site: 'crowdworks' },
    { job: { budgetMax: null } },
    { text: '予算は30万円です' },
  ],
};
