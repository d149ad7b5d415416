/**
 * A test or trial asked for unpaid or before the contract: 「無償のテストライティング」「トライアルは
 * 報酬なし」「お試しで1記事無料で書いて」「ノーギャラでサンプルを」「採用前に課題を提出」「発注前に
 * トライアルとして1記事」. Work handed over without a contract and 仮払い is unprotected, and a
 * "test" can be the actual work collected for free from many applicants.
 *
 * Written as terms plus proximity: an unpaid word near a test word or near the work asked for,
 * or a test asked for before the contract. Quiet when the test is paid (「有償」「報酬あり」
 * 「お支払いします」 or a テスト契約), when a free product trial or sample is meant (「無料トライアル
 * に申し込んで」「無料サンプルをお送りします」), for software tests (「テスト環境」), and for a
 * portfolio of past work.
 */
import type { Condition, Pattern, RuleExamples, RuleGuidance, RuleSpec, Unless } from '../../utils/engine/rule-schema';
import { ABOUT_THE_TOPIC, BEFORE_THE_CONTRACT, CAUTIONARY, JOB_AND_THREAD_PAGES, PAID_WORK } from '../shared';
import { CW_LOW_PAY_ALERT, CW_PROHIBITED_FAQ, SEED_LANCERS_TROUBLE } from '../sources';

/** Unpaid: 「無償」「無料で」「報酬なし」「ノーギャラ」「報酬はありません」. */
const UNPAID: Pattern = {
  terms: [
    '無償',
    '無料',
    '無報酬',
    '無給',
    'ノーギャラ',
    'ノーギャランティ',
    'ギャラなし',
    'ギャラ無し',
    '報酬なし',
    '報酬無し',
    '報酬はなし',
    '報酬はありません',
    '報酬はございません',
    '報酬は発生しません',
    '報酬は発生いたしません',
    '報酬が発生しません',
    '報酬は出ません',
    '報酬はでません',
    '報酬はお支払いできません',
    '報酬のお支払いはありません',
    '謝礼なし',
    '謝礼はありません',
    'タダで',
    // Not a bare 0円: it is the end of 「2,000円」.
    '報酬0円',
    '報酬は0円',
  ],
};

/** A test or trial piece: 「テスト」「トライアル」「お試し」「試し書き」「サンプル」「課題」. */
const TRIAL: Pattern = {
  terms: ['テスト', 'トライアル', 'お試し', '試し書き', '試作', 'サンプル', '課題', '選考課題'],
};

/** The work itself, right next to an unpaid word: 「無料で1本」「無償で作成して」「ノーギャラで書いて」. */
const FREE_WORK: Pattern = {
  terms: [
    '1本',
    '一本',
    '1記事',
    '一記事',
    '1件',
    '書いて',
    '書いていただ',
    '作って',
    '作成して',
    '作成いただ',
    '作成をお願い',
    '制作して',
    '制作いただ',
    '編集して',
    '編集をして',
    '撮影して',
    '描いて',
    'デザインして',
    '翻訳して',
  ],
};

/** A free product, app or sample rather than unpaid work: 「無料トライアルに申し込んで」「無料サンプルをお送りします」. */
const PRODUCT_OR_TOOL: Unless = {
  scope: 'sentence',
  pattern: {
    terms: [
      '申し込',
      '申込',
      '会員登録',
      '無料登録',
      'お試し登録',
      '登録して',
      '登録をして',
      '解約',
      '入会',
      '体験',
      'お試しいただ',
      'お試し期間',
      'トライアル期間',
      '無料期間',
      'お試しセット',
      'お試し版',
      'お試しプラン',
      'トライアルプラン',
      'キャンペーン',
      'ダウンロード',
      'インストール',
      'アプリ',
      'ツール',
      'ソフト',
      '素材',
      'テンプレ',
      '使える',
      'プレゼント',
      '配布',
      'お送りします',
      'お送りいたします',
      '送付します',
      'お届けします',
      '差し上げ',
    ],
  },
};

/** Tests of software or of a school, and 課題 as a business problem. */
const OTHER_TESTS: Unless = {
  scope: 'sentence',
  pattern: {
    terms: [
      'テスト環境',
      'テストコード',
      'テストケース',
      'テスト項目',
      'テスト仕様',
      'テストサーバ',
      'テストアカウント',
      'テストデータ',
      'テスト送信',
      'テスト配信',
      'テスト用',
      'テストプレイ',
      'テスト運用',
      '単体テスト',
      '結合テスト',
      '総合テスト',
      '動作テスト',
      '負荷テスト',
      '自動テスト',
      'ユーザーテスト',
      'ABテスト',
      'テスト対策',
      'テスト勉強',
      '課題解決',
      '課題を解決',
      '経営課題',
      '課題感',
      '課題点',
    ],
  },
};

/** Past work asked for, not new work: 「ポートフォリオ(過去のサンプル)をご提示ください」. */
const PAST_WORK: Unless = {
  scope: 'sentence',
  pattern: { terms: ['ポートフォリオ', '過去', '実績', 'これまで', '既存の', 'ご提示', 'ご確認ください', 'ご覧ください', 'ご参照'] },
};

/**
 * The test is NOT asked for (「無償のテストをお願いすることはありません」). Not shared.NEGATED: its
 * 「…しません」「ございません」 endings are how the unpaid phrases themselves end (「報酬は発生しません」).
 */
const NOT_REQUESTED: Unless = {
  scope: 'sentence',
  pattern: {
    terms: [
      'お願いしておりません',
      'お願いしていません',
      'お願いすることはありません',
      'お願いすることはございません',
      'お願いすることは一切',
      '求めておりません',
      '求めていません',
      '求めることはありません',
      '行っておりません',
      '実施しておりません',
      '実施していません',
      '一切ありません',
      '必要はありません',
      '必要ありません',
      'ではありません',
      'ではなく',
      'ないでください',
      'しないで',
      'ご遠慮',
      'お控え',
      '控えて',
      '禁止',
      '不可',
      '不要',
      '違反',
    ],
  },
};

const COMMON_UNLESS: Unless[] = [NOT_REQUESTED, ...CAUTIONARY, ...PAID_WORK, ABOUT_THE_TOPIC, OTHER_TESTS];

/** Job text and the client's messages. */
const WHERE: Pick<Extract<Condition, { text: unknown }>, 'kinds' | 'author'> = { kinds: ['job', 'message', 'contract'], author: 'other' };

export const rule = {
  id: 'work-before-escrow/unpaid-trial',
  category: 'work-before-escrow',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    any: [
      // 「無償のテストライティング」「トライアル記事は無報酬」「ノーギャラで恐縮ですが、サンプルとして」.
      { text: TRIAL, near: { pattern: UNPAID, within: 12 }, unless: [...COMMON_UNLESS, PRODUCT_OR_TOOL], ...WHERE },
      // 「無料で1本動画編集をして」「無償で作成してください」.
      { text: FREE_WORK, near: { pattern: UNPAID, within: 8 }, unless: [...COMMON_UNLESS, PRODUCT_OR_TOOL], ...WHERE },
      // 「採用前に課題を提出」「発注前にトライアルとして1記事」「契約前にお試しで」.
      { text: TRIAL, near: { pattern: BEFORE_THE_CONTRACT, within: 15 }, unless: [...COMMON_UNLESS, PAST_WORK], ...WHERE },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '無償または契約前のテスト作業を求められています',
    why: '契約と仮払いのないまま作品や記事を渡すと、その作業は保護されず、報酬を求める手段もありません。応募者から無償で「テスト」を集めて実際に使う手口もあります。クラウドワークスは仮払い前の作業を違反とし、実績や成長を理由に相場より低い報酬で働かせる募集も違反としています。',
    steps: [
      'テストは有償のテスト契約にしてもらい、仮払いの後に行ってください。',
      '無償が条件なら、ポートフォリオや過去の実績の提示で代えられないか相談してください。',
      '大量の無償テストを課す募集は応募を見送り、違反と思われる場合は「この仕事を通報する」から報告してください。',
    ],
  },
  en: {
    title: 'An unpaid or pre-contract test is required',
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
    { text: '応募者全員に無償のテストライティング(3000字)をお願いしています。', evidence: ['無償', 'テスト'] },
    { text: 'トライアル記事は無報酬となります。', evidence: ['トライアル', '無報酬'] },
    { text: '選考のため、無料で課題を1本作成してください', kind: 'message', evidence: ['無料', '課題', '1本', '作成して'] },
    { text: '無報酬のテストをお願いします', kind: 'message', evidence: ['無報酬', 'テスト'] },
    { text: 'お試しで1記事無料で書いてください', kind: 'message', evidence: ['お試し', '1記事', '無料', '書いて'] },
    { text: 'テストライティング（無償）', evidence: ['テスト', '無償'] },
    { text: 'テストライティング（無報酬）を1本お願いしています', evidence: ['テスト', '無報酬', '1本'] },
    { text: 'お試しで1記事無料で書いていただけますか？', kind: 'message', evidence: ['お試し', '1記事', '無料', '書いていただ'] },
    { text: 'テスト記事は報酬なしでお願いします。', evidence: ['テスト', '報酬なし'] },
    { text: 'ノーギャラで恐縮ですが、サンプルとしてロゴ案を2〜3点作っていただけますか', kind: 'message', evidence: ['ノーギャラ', 'サンプル'] },
    { text: 'まずは無料で1本動画編集をしていただき、クオリティを確認させてください', evidence: ['無料', '1本', '編集をして'] },
    { text: 'サンプル作成の報酬は発生しませんのでご了承ください。', evidence: ['サンプル', '報酬は発生しません'] },
    { text: '採用前に課題を提出していただきます。', evidence: ['採用前', '課題'] },
    { text: '応募者の方には、採用前に課題（1,500文字程度の記事）を提出していただきます。課題の報酬はありません。', evidence: ['採用前', '課題', '課題', '報酬はありません'] },
    { text: '発注前にトライアルとして1記事お願いします。', kind: 'message', evidence: ['発注前', 'トライアル'] },
    { text: '正式な契約の前に、お試しで1本だけ書いてもらえますか？', kind: 'message', evidence: ['契約の前', 'お試し'] },
    { text: '仮払い前ですが、テストとして短い記事を1本お願いします。', kind: 'message', evidence: ['仮払い前', 'テスト'] },
    // Pay named only for the work after the test does not make the test paid.
    {
      text: 'テスト記事（無償）を1本お願いします。合格された方には本契約で1記事3,000円お支払いします。',
      evidence: ['テスト', '無償'],
    },
  ],
  doesNotMatch: [
    'テストライティングは有償(1記事1,000円)で行います。',
    '無料トライアルに申し込んで感想を書いてください。',
    '無料のお試し登録をしていただき、その後解約するだけ！1件500円',
    'テスト環境の構築をお願いします。',
    // Paid tests, in the sentence or right after it.
    'テスト記事も報酬をお支払いします（1記事1,500円）。',
    { text: '有償テストです。テスト契約を結んで仮払いしてから始めていただきます。', kind: 'message' },
    { text: '採用前にテストライティングをお願いします。もちろん報酬あり（1本1,000円）です。', kind: 'message' },
    'トライアル記事は1本2,000円の固定報酬でお願いしています',
    { text: '採用前にサンプル記事を1本書いていただきます（1,500円お支払い）', kind: 'message' },
    'お試し期間（1ヶ月）も通常どおり報酬が発生します',
    // Warnings, past work and free products or tools.
    { text: '契約前の作業はお控えください。', kind: 'message' },
    { text: '無償のテストをお願いすることはありません。', kind: 'message' },
    { text: '過去のサンプルを送ります。', kind: 'message', own: true },
    { text: '過去に書かれたサンプル記事があれば、採用前にURLをご提示ください。', kind: 'message' },
    { text: 'サンプル品は弊社から無料でお送りします。ご購入いただく必要はありません。', kind: 'message' },
    '無料で使える画像素材サイトを使って作成してください',
    '契約前に、弊社のサンプル記事をご確認ください。',
    '契約前にテスト環境の有無を教えてください。',
    '無料相談会の告知記事を1本書いてください（1本3,000円）。',
    '無償ボランティアについての解説記事を書いてください。',
  ],
};
