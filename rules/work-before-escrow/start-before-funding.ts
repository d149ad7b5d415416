/**
 * Asked to start (or deliver) before 仮払い: 「仮払いは納品後に」「先に作業を進めてください」.
 * CrowdWorks lists 仮払い前の作業 among prohibited acts and Lancers' rule is to start only
 * after 仮払い; work done before it has no protection if the client disappears.
 *
 * Besides the regexes for the fixed phrasings, the work asked for (「書いて」「作って」「進めて」
 * 「始めて」) is matched near the moment (「契約前ですが」「発注前に」「正式な契約の前に」) or near
 * a 仮払い put off (「仮払いは月末締めで」「仮払いが遅れていますが」「まだ仮払いはしていませんが」),
 * unless the sentence asks to wait, puts the work after the funding, or is about paperwork.
 */
import type { Condition, Pattern, RuleExamples, RuleGuidance, RuleSpec, Unless } from '../../utils/engine/rule-schema';
import { BEFORE_THE_CONTRACT, CAUTIONARY, JOB_AND_THREAD_PAGES, PAID_WORK, WORK_REQUESTED } from '../shared';
import { CW_ESCROW_FAQ, CW_PROHIBITED_FAQ, SEED_CW_CLIENT_VANISHED, SEED_LANCERS_TROUBLE } from '../sources';

/** The request is to wait, or not to start (「作業は仮払いまでお待ちください」「始めないでください」). */
const WAIT_OR_DONT: Unless = {
  scope: 'sentence',
  pattern: { terms: ['ないで', 'ないよう', 'しないでください', '禁止', 'いけません', 'ダメ', 'だめ', '控え', 'お待ちください', '待って', 'NG'] },
};

/**
 * 仮払い put off: 「仮払いは月末締めでまとめて」「仮払いが遅れていますが」「仮払いはまだですが」
 * 「まだ仮払いはしていませんが」「仮払いなしで」「仮払いは少しお待ちください」.
 */
const ESCROW_PUT_OFF: Pattern = {
  regex: [
    '仮払い?\\s{0,2}(の)?\\s{0,2}(手続き|処理|ご?対応)?\\s{0,2}(は|が)?\\s{0,2}(遅れ|遅く|まだ|少し|しばらく|後日|後ほど|のちほど|あとで|後で|後から|あとから|月末|来月|来週|まとめて|締め|間に合)',
    '仮払い?\\s{0,2}(は|を)?\\s{0,2}(なし|無し|せず|しないで|抜き)',
    // 「まだ仮払いはしていませんが」「仮払いができていませんが」.
    'まだ\\s{0,2}仮払い',
    '仮払い?\\s{0,2}(は|が|を)?\\s{0,2}(していません|しておりません|できていません|できておりません|済んでいません|完了していません)',
  ],
};

/** The work is to start only after the contract or 仮払い, or the 仮払い is done (「仮払いしましたので」). */
const AFTER_FUNDING: Unless[] = [
  {
    scope: 'sentence',
    direction: 'before',
    within: 10,
    pattern: { terms: ['てから', 'のあと', 'の後', '後に', '後から', '後で', '次第', 'したら', 'ましたら', '締結後', '契約後', '仮払い後', '確認後', '完了後'] },
  },
  {
    scope: 'sentence',
    pattern: { terms: ['仮払いしました', '仮払いいたしました', '仮払い致しました', '仮払いを行いました', '仮払い済', '仮払いが完了', '仮払い完了', '仮払いが済', '仮払いの確認が'] },
  },
];

/** Talk, paperwork and scheduling before the contract are normal (「契約前に本人確認を進めてください」). */
const NOT_THE_WORK: Unless = {
  scope: 'sentence',
  pattern: { terms: ['手続き', '本人確認', 'お話', '話を', '打ち合わせ', 'ヒアリング', '面談', '着手日', '着手可能', '着手時期', '開始日', '開始時期', 'お見積', '見積もり'] },
};

const NOT_A_REQUEST: Unless[] = [WAIT_OR_DONT, ...CAUTIONARY, ...AFTER_FUNDING, NOT_THE_WORK];

/** Job text and the client's messages. */
const WHERE: Pick<Extract<Condition, { text: unknown }>, 'kinds' | 'author'> = { kinds: ['job', 'message', 'contract'], author: 'other' };

export const rule = {
  id: 'work-before-escrow/start-before-funding',
  category: 'work-before-escrow',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    any: [
      {
        text: {
          regex: [
            '仮払い?\\s{0,2}(の)?\\s{0,2}(前|まえ)\\s{0,2}(に|から|でも)[^。\\n]{0,6}((作業|制作|執筆|撮影|編集)\\s{0,2}(を)?\\s{0,2}(開始|始め|進め|着手|して)|着手|取り掛|とりかか|書いて|作って|作成して|納品して|納品を)',
            '仮払い?\\s{0,2}(は|を)\\s{0,2}(後|あと|のち)\\s{0,2}(で|ほど|から|に)',
            '仮払い?\\s{0,2}(は|を)?\\s{0,2}(納品|完成|検収|月末|来月)\\s{0,2}(後|の後|してから|いただいてから|し次第|次第|に)',
            // With 確認/完了 only after 「は」: 「仮払いを確認してから作業を」 is the worker checking it, 「仮払い完了後」 is the rule.
            '仮払い?\\s{0,2}は\\s{0,2}(作業|作業完了|確認|完了)\\s{0,2}(後|の後|してから|いただいてから|し次第|次第|に)',
            '先に\\s{0,2}(作業|納品|着手|進めて|始めて|書いて|作って|制作して|取り掛かって)(を|して)?\\s{0,2}(いただ|くださ|お願い|もらえ|ほしい|おいて)',
            '先に\\s{0,2}(作業|制作|執筆|撮影|編集)\\s{0,2}(を)?\\s{0,2}(進め|始め|開始|着手|して)',
            '(契約|仮払い?)\\s{0,2}(の)?\\s{0,2}(前|まえ)\\s{0,2}(に|から)[^。\\n]{0,8}((作業|制作|執筆|撮影|編集)\\s{0,2}(を)?\\s{0,2}(開始|始め|進め|着手|して)|着手|取り掛|とりかか|書いて|作って|作成して|納品して|納品を)',
            '(契約|仮払い?)\\s{0,2}(は)?\\s{0,2}(まだ|後で|あとで)[^。\\n]{0,12}((作業|制作|執筆|撮影|編集)\\s{0,2}(を)?\\s{0,2}(開始|始め|進め|着手|して)|着手|取り掛|とりかか|書いて|作って|作成して|納品して|納品を)',
          ],
        },
        unless: NOT_A_REQUEST,
        ...WHERE,
      },
      // 「契約前ですが、まず1本書いてみてください」「発注前に作成していただき」; a paid sample
      // before hiring (「採用前に1本書いていただきます(1,500円お支払い)」) is not counted.
      {
        text: WORK_REQUESTED,
        near: { pattern: BEFORE_THE_CONTRACT, within: 20 },
        unless: [...NOT_A_REQUEST, ...PAID_WORK],
        ...WHERE,
      },
      // 「仮払いは月末締めでまとめて行いますので、作業は今週から始めてください」.
      {
        text: WORK_REQUESTED,
        near: { pattern: ESCROW_PUT_OFF, within: 30 },
        unless: NOT_A_REQUEST,
        ...WHERE,
      },
    ],
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
    // Before the contract, 仮払い or the order, whatever the particles.
    { text: '契約前ですが、まず1本書いてみてください', kind: 'message', evidence: ['契約前', '書いて'] },
    { text: '急ぎなので、契約前ですが今日から書き始めてもらえますか', kind: 'message', evidence: ['契約前', '書き始め', '始めて'] },
    { text: '仮払い前ですが、先にデザインを作っていただけると助かります。', kind: 'message', evidence: ['仮払い前', '作って'] },
    { text: '発注前に構成案を作成していただき、それを見て判断します。', kind: 'message', evidence: ['発注前', '作成して'] },
    { text: '正式契約の前に、撮影して素材をお送りください。', kind: 'message', evidence: ['契約の前に、撮影して'] },
    // 仮払い put off, the work asked for anyway.
    { text: '仮払いは月末締めでまとめて行いますので、作業は今週から始めてください。', kind: 'message', evidence: ['仮払いは月末', '始めて'] },
    { text: 'システムの都合で仮払いが遅れていますが、納期が近いので進めておいてください', kind: 'message', evidence: ['仮払いが遅れ', '進めて'] },
    { text: '仮払いは少しお待ちください。先に構成案だけ作っていただけると助かります。', kind: 'message', evidence: ['仮払いは少し', '作って'] },
    { text: '今回は仮払いなしで進めていただけますか', kind: 'message', evidence: ['仮払いなし', '進めて'] },
    { text: 'まだ仮払いはしていませんが、先に書き始めてもらって大丈夫です', kind: 'message', evidence: ['仮払いはしていません', '書き始め', '始めて'] },
    { text: '仮払いは来月になりますが、作業は先に始めていただいて構いません', kind: 'message' },
    { text: '仮払いは確認してからにしますので、先に納品してください。', kind: 'message' },
    { text: '仮払いは作業完了後に行います。', kind: 'message' },
  ],
  doesNotMatch: [
    { text: '仮払いが完了しましたので、作業を開始してください。', kind: 'message' },
    { text: '仮払いの前に作業を始めないでください。', kind: 'message' },
    { text: '仮払い後に作業を開始します', kind: 'message' },
    { text: '契約前に不明点をご確認ください', kind: 'message' },
    { text: '契約前に作業内容と納期をご確認ください', kind: 'message' },
    { text: '仮払い後に作業を開始してください。', kind: 'message' },
    { text: '契約前の作業はお控えください。', kind: 'message' },
    { text: '契約前に作業を始めるのはトラブルの元なので注意してください。', kind: 'message' },
    { text: '契約前に、着手可能な日をお知らせください。', kind: 'message' },
    { text: '契約前に本人確認の手続きを進めてください。', kind: 'message' },
    { text: '仮払いはまだのようです。仮払いを確認してから作業を始めてください。', kind: 'message' },
    { text: '仮払いが遅れて申し訳ありません。本日仮払いいたしましたので、作業を開始してください。', kind: 'message' },
    { text: '仮払いの手続きが済みましたら、こちらからご連絡します。それまでお待ちください。', kind: 'message' },
    { text: '契約締結後に書き始めてください。', kind: 'message' },
    { text: 'まだ仮払いができていませんので、作業はお待ちください。', kind: 'message' },
    { text: '仮払いは本日中に行いますので、確認でき次第作業を開始してください', kind: 'message' },
    { text: '仮払い確認後に作業を開始してください。', kind: 'message' },
    { text: '仮払い完了後に作業を開始してください。', kind: 'message' },
    { text: '採用前にサンプル記事を1本書いていただきます（1,500円お支払いします）', kind: 'message' },
  ],
};
