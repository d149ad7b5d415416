/**
 * An unpaid test before the contract: 「無償のテストライティング」「トライアルは報酬なし」. Work
 * handed over without a contract and 仮払い is unprotected, and a "test" can be the actual
 * work collected for free from many applicants.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES } from '../shared';
import { CW_LOW_PAY_ALERT, CW_PROHIBITED_FAQ, SEED_LANCERS_TROUBLE } from '../sources';

export const rule = {
  id: 'work-before-escrow/unpaid-trial',
  category: 'work-before-escrow',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        '(無償|無料|無報酬|報酬なし)\\s{0,2}(の|で)?\\s{0,2}(てすと|とらいある|試し書き|さんぷる作成|さんぷる記事|課題)',
        '(てすと|とらいある|試し書き|さんぷる)\\s{0,2}(らいてぃんぐ|記事|作業|制作|課題)?\\s{0,2}(は|の報酬は)?\\s{0,2}(無償|無料|無報酬|報酬なし|報酬は発生しません|0円)',
      ],
    },
    unless: [
      // A free trial of a product is click-affiliate's business, not an unpaid test.
      { scope: 'sentence', pattern: { terms: ['申し込', '申込', '会員登録', '体験', 'お試しいただけ', 'ではありません', '有償'] } },
    ],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '無償のテスト作業を求められています',
    why: '契約と仮払いのないまま作品や記事を渡すと、その作業は保護されず、報酬を求める手段もありません。応募者から無償で「テスト」を集めて実際に使う手口もあります。クラウドワークスは仮払い前の作業を違反とし、実績や成長を理由に相場より低い報酬で働かせる募集も違反としています。',
    steps: [
      'テストは有償のテスト契約にしてもらい、仮払いの後に行ってください。',
      '無償が条件なら、ポートフォリオや過去の実績の提示で代えられないか相談してください。',
      '大量の無償テストを課す募集は応募を見送り、違反と思われる場合は「この仕事を通報する」から報告してください。',
    ],
  },
  en: {
    title: 'An unpaid test is required',
    why: 'Work handed over without a contract and 仮払い has no protection and no way to claim pay. Some posts collect “tests” from many applicants for free and use them. CrowdWorks forbids work before 仮払い and posts that pay with “experience” or “growth” below market rates.',
    steps: [
      'Ask for the test as a paid test contract, done after 仮払い.',
      'If it must be unpaid, offer your portfolio or past work instead.',
      'Skip posts that demand large unpaid tests; report them with 「この仕事を通報する」 if they look prohibited.',
    ],
  },
  sources: [CW_PROHIBITED_FAQ, CW_LOW_PAY_ALERT, SEED_LANCERS_TROUBLE],
};

export const examples: RuleExamples = {
  matches: [
    '応募者全員に無償のテストライティング(3000字)をお願いしています。',
    'トライアル記事は無報酬となります。',
    { text: '選考のため、無料で課題を1本作成してください', kind: 'message' },
  ],
  doesNotMatch: [
    'テストライティングは有償(1記事1,000円)で行います。',
    '無料トライアルに申し込んで感想を書いてください。',
    'テスト環境の構築をお願いします。',
  ],
};
