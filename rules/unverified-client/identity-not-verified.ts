/**
 * No 本人確認 on the client: context, never alone a warning — about half of real CrowdWorks
 * clients lack it, and seed 001 notes many of them are fine.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { CLIENT_PAGES } from '../shared';
import { CW_RULE_CHECK_2020, LANCERS_VERIFICATION_FAQ, SEED_CW_CLIENT_VANISHED } from '../sources';

export const rule = {
  id: 'unverified-client/identity-not-verified',
  category: 'unverified-client',
  severity: 'info',
  sites: ['crowdworks', 'lancers'],
  pageKinds: CLIENT_PAGES,
  when: { fact: 'client.identityVerified', op: '==', value: false },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'クライアントは本人確認をしていません',
    why: '本人確認が済んでいないこと自体は問題ではなく、きちんとしたクライアントもたくさんいます。ただ、評価の数が少なく判断しにくい場合には、本人確認の有無も判断材料の一つになります。',
    steps: [
      '評価の数と内容、過去の募集実績もあわせて見てください。',
      'クラウドワークスでは「発注ルールチェック」、ランサーズでは4つの認証(本人確認・機密保持確認・電話確認・ランサーズチェック)の表示も参考にしてください。',
      '不安があれば、契約前にサイト内で会社名や事業内容を尋ねてください。',
    ],
  },
  en: {
    title: 'The client has not verified their identity',
    why: 'An unverified client is not a problem in itself; many are perfectly sound. When there are too few ratings to judge, though, identity verification is one more thing to weigh.',
    steps: [
      'Look at the number and content of ratings and the client’s posting history as well.',
      'Also check CrowdWorks’ 発注ルールチェック badge, or Lancers’ four verifications (identity, confidentiality, phone, Lancers check).',
      'If unsure, ask on the site about the company and its business before signing.',
    ],
  },
  sources: [SEED_CW_CLIENT_VANISHED, CW_RULE_CHECK_2020, LANCERS_VERIFICATION_FAQ],
};

export const examples: RuleExamples = {
  matches: [
    { client: { identityVerified: false } },
    { client: { identityVerified: false, rating: 4.8, reviews: 30 }, pageKind: 'client' },
    { client: { identityVerified: false }, site: 'lancers', pageKind: 'job-list' },
  ],
  doesNotMatch: [
    { client: { identityVerified: true } },
    { client: { identityVerified: null } },
    { client: {} },
  ],
};
