/**
 * Asked to start (or deliver) before 仮払い: 「仮払いは納品後に」「先に作業を進めてください」.
 * CrowdWorks lists 仮払い前の作業 among prohibited acts and Lancers' rule is to start only
 * after 仮払い; work done before it has no protection if the client disappears.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES } from '../shared';
import { CW_ESCROW_FAQ, CW_PROHIBITED_FAQ, SEED_CW_CLIENT_VANISHED, SEED_LANCERS_TROUBLE } from '../sources';

export const rule = {
  id: 'work-before-escrow/start-before-funding',
  category: 'work-before-escrow',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        '仮払い?\\s{0,2}(の)?\\s{0,2}(前|まえ)\\s{0,2}(に|から|でも)[^。\\n]{0,6}((作業|制作|執筆|撮影|編集)\\s{0,2}(を)?\\s{0,2}(開始|始め|進め|着手|して)|着手|取り掛|とりかか|書いて|作って|作成して|納品して|納品を)',
        '仮払い?\\s{0,2}(は|を)\\s{0,2}(後|あと|のち)\\s{0,2}(で|ほど|から|に)',
        '仮払い?\\s{0,2}(は|を)?\\s{0,2}(納品|完成|作業|確認|検収|完了|月末|来月)\\s{0,2}(後|の後|してから|いただいてから|し次第|次第|に)',
        '先に\\s{0,2}(作業|納品|着手|進めて|始めて|書いて|作って|制作して|取り掛かって)(を|して)?\\s{0,2}(いただ|くださ|お願い|もらえ|ほしい|おいて)',
        '先に\\s{0,2}(作業|制作|執筆|撮影|編集)\\s{0,2}(を)?\\s{0,2}(進め|始め|開始|着手|して)',
        '(契約|仮払い?)\\s{0,2}(の)?\\s{0,2}(前|まえ)\\s{0,2}(に|から)[^。\\n]{0,8}((作業|制作|執筆|撮影|編集)\\s{0,2}(を)?\\s{0,2}(開始|始め|進め|着手|して)|着手|取り掛|とりかか|書いて|作って|作成して|納品して|納品を)',
        '(契約|仮払い?)\\s{0,2}(は)?\\s{0,2}(まだ|後で|あとで)[^。\\n]{0,12}((作業|制作|執筆|撮影|編集)\\s{0,2}(を)?\\s{0,2}(開始|始め|進め|着手|して)|着手|取り掛|とりかか|書いて|作って|作成して|納品して|納品を)',
      ],
    },
    unless: [
      {
        scope: 'sentence',
        pattern: { terms: ['ないで', 'ないよう', 'しないでください', '禁止', 'いけません', 'ダメ', 'だめ', '控え', 'お待ちください', '待って', 'NG'] },
      },
    ],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '仮払いの前に作業を始めるよう求められています',
    why: '仮払いは、クライアントが報酬を先に運営へ預ける仕組みで、ワーカーはこれが済んでから作業を始めるのがルールです。クラウドワークスは仮払い前の作業を違反としており、ランサーズでも仮払い前の作業開始が初心者のよくあるトラブルとして挙げられています。仮払い前に作業して相手と連絡が取れなくなると、報酬を受け取る手段がありません。',
    steps: [
      '「仮払いの確認後に作業を開始します」とサイト内で丁寧に伝えてください。',
      '契約画面で仮払い済み(仮払いが完了)になっていることを確認してから始めてください。',
      'サンプルやテストを求められた場合も、有償のテスト契約として仮払いしてもらってください。',
      '仮払いなしでの作業を強く求められる場合は、応募や契約を見送り、「違反報告する」から報告してください。',
    ],
  },
  en: {
    title: 'You are asked to start before 仮払い (escrow)',
    why: 'With 仮払い the client deposits the reward with the platform first, and the rule is that the worker starts only after that. CrowdWorks lists work before 仮払い as prohibited, and starting before it is a common beginner’s trouble on Lancers. If you work before 仮払い and the client vanishes, you have no way to be paid.',
    steps: [
      'Reply politely on the site that you will start once 仮払い is confirmed.',
      'Check that the contract page shows 仮払い済み / 仮払いが完了 before you begin.',
      'If a sample or test is wanted, ask for it as a paid test contract with 仮払い.',
      'If they insist on work without 仮払い, do not apply or sign, and report it with 「違反報告する」.',
    ],
  },
  sources: [CW_PROHIBITED_FAQ, CW_ESCROW_FAQ, SEED_LANCERS_TROUBLE, SEED_CW_CLIENT_VANISHED],
};

export const examples: RuleExamples = {
  matches: [
    { text: '仮払いは納品後にさせていただきます。', kind: 'message' },
    { text: '急ぎなので先に作業を進めていただけますか', kind: 'message' },
    { text: '契約前に1本書いていただきたいです', kind: 'message', site: 'lancers' },
    '仮払いの前から作業を開始できる方を優先します。',
  ],
  doesNotMatch: [
    { text: '仮払いが完了しましたので、作業を開始してください。', kind: 'message' },
    { text: '仮払いの前に作業を始めないでください。', kind: 'message' },
    { text: '仮払い後に作業を開始します', kind: 'message' },
    { text: '契約前に不明点をご確認ください', kind: 'message' },
    { text: '契約前に作業内容と納期をご確認ください', kind: 'message' },
  ],
};
