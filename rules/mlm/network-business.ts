/**
 * Recruiting into multi-level marketing: マルチ商法, ネットワークビジネス, 権利収入, 「紹介するだけで
 * 報酬」, ダウンライン. Both platforms list MLM recruiting among prohibited acts.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { CW_PROHIBITED_FAQ, LANCERS_MLM_2018, SEED_CW_TROUBLE_PREVENTION } from '../sources';

export const rule = {
  id: 'mlm/network-business',
  category: 'mlm',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      terms: [
        'マルチ商法',
        'マルチレベル',
        'マルチまがい',
        'MLM',
        'ネットワークビジネス',
        'ネットワーク・ビジネス',
        'ねずみ講',
        'ネズミ講',
        '権利収入',
        'ダウンライン',
        'アップライン',
        '人を紹介するだけ',
        '紹介するだけで報酬',
        '紹介するだけで収入',
        '紹介するだけで稼',
        '紹介報酬が永久',
        '友達を紹介すると',
        '友人を紹介すると',
        '知人を紹介',
        'グループ報酬',
        'タイトル報酬',
      ],
      wordBoundary: true,
    },
    unless: [
      ...NOT_ASKING,
      { scope: 'sentence', pattern: { terms: ['ではありません', 'ではない', 'ではございません'] } },
    ],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'マルチ商法(ネットワークビジネス)への勧誘の可能性があります',
    why: 'クラウドワークスはMLM・ねずみ講やその関連の仕事を違反としており、ランサーズも勧誘に注意を呼びかけています。「人を紹介すると報酬」「権利収入」という説明の仕事は、商品の購入や会員登録の費用を自分で負担させ、友人や家族を勧誘させる形になりがちです。',
    steps: [
      '会員登録・商品購入・説明会への参加をしないでください。',
      '知人や家族を紹介・勧誘しないでください。',
      '勧誘を受けたら「違反報告する」または「この仕事を通報する」から報告してください。',
      'すでに契約してしまった場合は、消費者ホットライン(188)に相談してください。クーリング・オフできることがあります。',
    ],
  },
  en: {
    title: 'This may be recruiting for multi-level marketing',
    why: 'CrowdWorks lists MLM, pyramid schemes and related work as violations, and Lancers warns about such recruiting. Work described as “earn by introducing people” or “residual income” usually makes you pay for products or membership and recruit friends and family.',
    steps: [
      'Do not register, buy products or attend the briefing.',
      'Do not recruit friends or family.',
      'Report the approach with 「違反報告する」 or 「この仕事を通報する」.',
      'If you already signed up, call the consumer hotline 188; a cooling-off cancellation may be possible.',
    ],
  },
  sources: [CW_PROHIBITED_FAQ, LANCERS_MLM_2018, SEED_CW_TROUBLE_PREVENTION],
};

export const examples: RuleExamples = {
  matches: [
    '知人を紹介するだけで権利収入が得られるお仕事です。',
    { text: 'ネットワークビジネスの仲間を募集しています', kind: 'message' },
    { text: 'ダウンラインが増えると報酬が増えます', kind: 'message', site: 'lancers' },
    'MLM経験者歓迎',
  ],
  doesNotMatch: [
    'ネットワークエンジニアの募集です。',
    'マルチタスクが得意な方歓迎。',
    '当社はマルチ商法ではありません。',
    'XMLMapperの設定ファイルを修正してください。',
  ],
};
