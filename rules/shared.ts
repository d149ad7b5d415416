/**
 * Building blocks shared by the rule files: page-kind groups, the "unless" clauses that keep
 * rules quiet on negated or cautionary sentences, and the site/state severity adjustments of
 * the off-platform-contact rules. Plain data only, so the content script can bundle it.
 */
import type { Condition, Pattern, RuleSpec, Unless } from '../utils/engine/rule-schema';

type PageKinds = RuleSpec['pageKinds'];
type Adjustments = NonNullable<RuleSpec['adjust']>;

/** Where job text is read: the job page itself and the cards of a listing. */
export const JOB_PAGES: PageKinds = ['job', 'job-list'];

/** Where a conversation with the client is read. */
export const THREAD_PAGES: PageKinds = ['messages', 'proposal', 'contract'];

/** Job text and conversations: for risks that show up in both. */
export const JOB_AND_THREAD_PAGES: PageKinds = ['job', 'job-list', 'messages', 'proposal', 'contract'];

/** Pages that show a client's record (rating, orders, 本人確認). */
export const CLIENT_PAGES: PageKinds = ['job', 'job-list', 'client', 'proposal-form'];

/** Contract-state reminders. */
export const CONTRACT_PAGES: PageKinds = ['contract', 'messages', 'proposal'];

/**
 * The sentence says the practice is NOT wanted (「LINEでの連絡は禁止です」「直接取引は行いません」).
 * Short, specific endings only: a broad word such as 「しない」 would also swallow threats like
 * 「LINEで連絡しないと…」.
 */
export const NEGATED: Unless[] = [
  {
    scope: 'sentence',
    pattern: {
      terms: [
        '禁止',
        '不可',
        'ご遠慮',
        'お控え',
        '控えて',
        'お断り',
        'できかねます',
        '致しかねます',
        'いたしかねます',
        '行っておりません',
        'しておりません',
        '使用しない',
        '利用しない',
        '行わない',
        '応じかねます',
        '不要',
        '一切ありません',
        '違反',
        '規約上',
        '規約により',
        '認められていません',
        '許可されていません',
      ],
      // 「…しません」 negates, 「…しませんか」 invites: the question form must not count.
      regex: [
        '(でき|出来|いたし|致し|行い|おこない|し|てい|使い|利用し|使用し|応じ|応じられ|ござい)ません([^か]|$)',
        '(必要|予定)(は)?(ありません|ない)',
      ],
    },
  },
  { scope: 'sentence', pattern: { terms: ['NG'], wordBoundary: true } },
  // 「LINEではなくメッセージで」 negates only when it follows the tool's name.
  { scope: 'sentence', direction: 'after', within: 4, pattern: { terms: ['ではなく', 'じゃなく'] } },
];

/**
 * NEGATED limited to N characters around the match: for rules whose sentences often carry an
 * unrelated negation (「口コミ投稿(来店不要)」 negates the visit, not the review).
 */
export function negatedWithin(within: number): Unless[] {
  return NEGATED.map((unless) => ({ ...unless, within: Math.min(unless.within ?? within, within) }));
}

/**
 * The sentence orders content ABOUT the practice (「着手金と報酬金の違いの解説記事」「即日払い制度を
 * 紹介する記事」「マルチ商法の勧誘を断る方法」), which is writing work, not the practice itself.
 * Only explanation words count: a bare 「記事作成」 also opens lure posts (「記事作成で月10万」).
 */
export const ABOUT_THE_TOPIC: Unless = {
  scope: 'sentence',
  pattern: {
    regex: [
      // Not 「解説動画」「紹介資料」: lures promise exactly those (「LINE登録で稼ぎ方の解説動画をプレゼント」).
      '(解説|紹介|比較|啓発|考察|注意喚起)\\s{0,2}(する|した|している|用の|の)?\\s{0,2}(記事|ぶろぐ|こらむ|原稿|台本|まんが|漫画)',
      '(解説|比較|説明)\\s{0,2}(する|した|用の|の)?\\s{0,2}(ぺ.?じ|こんてんつ)',
      '(に関する|に関して|についての|について)\\s{0,2}(の)?\\s{0,2}(記事|ぶろぐ|こらむ|原稿|台本)',
      '(という|の)\\s{0,2}てーま',
      '(断る|見分ける|防ぐ|避ける)\\s{0,2}(方法|こつ|ための)',
      '(見分け方|断り方|対処法|対策法)',
      // 「宿題代行サービスの問題点を論じるコラム」.
      '(問題点|是非|実態|危険性|りすく)\\s{0,2}(を|について)?\\s{0,2}(論じ|解説|まとめ|考察|紹介|検証)',
    ],
  },
};

/** The sentence warns about the practice rather than doing it (「LINEへ誘導する詐欺にご注意」). */
export const CAUTIONARY: Unless[] = [
  {
    scope: 'sentence',
    pattern: { terms: ['注意', '詐欺', '気をつけ', '気を付け', '通報', '違反報告', '警戒', '被害'] },
  },
];

/** Negated or cautionary: the usual pair of exceptions for prohibited-practice rules. */
export const NOT_ASKING: Unless[] = [...NEGATED, ...CAUTIONARY];

const isCrowdworks: Condition = { fact: 'site', op: '==', value: 'crowdworks' };
const isLancers: Condition = { fact: 'site', op: '==', value: 'lancers' };

/** The page's facts show outside contact is allowed (approved 申請, or Lancers after 仮払い). */
export const APPROVED_BY_FACTS: Adjustments = [
  { when: { all: [isCrowdworks, { fact: 'contract.offPlatformApproved', op: '==', value: true }] }, severity: 'info' },
  { when: { all: [isLancers, { fact: 'contract.funded', op: '==', value: true }] }, severity: 'info' },
  { when: { all: [isLancers, { fact: 'contract.offPlatformApproved', op: '==', value: true }] }, severity: 'info' },
];

/**
 * Off-platform contact is allowed once the platform has approved it: on CrowdWorks an approved
 * サービス外連絡申請 (required before and after the contract), on Lancers any time after 仮払い
 * (or an approved 連絡先公開申請); a thread message reporting the approval counts too. A posting
 * or message announcing that the 申請 will be filed is what a rule-abiding client does (seed
 * 004), so it is only a reminder to check the 申請ステータス.
 */
export const OFF_PLATFORM_ADJUST: Adjustments = [
  ...APPROVED_BY_FACTS,
  // The thread reports the approval (「申請が承認されました」) or the client announces the 申請.
  {
    when: {
      text: {
        regex: [
          '(さ.?びす外連絡|連絡先公開)申請\\s{0,2}(が|は)?\\s{0,2}(承認|許可)\\s{0,2}(されました|済み|されています|いただけました)',
          '(さ.?びす外連絡|連絡先公開)申請(を|は|が)?(します|いたします|致します|行います|出します|提出|済|させて|しました|お願い)',
        ],
      },
      unless: [{ scope: 'sentence', pattern: { terms: ['特別に', '不要', 'なしで', 'せずに', 'しないで', 'いりません', '面倒'] } }],
    },
    severity: 'info',
  },
];

/** Words that make a chat-tool mention a request to talk there (「LINEで連絡」「ID交換」). */
export const CONTACT_CONTEXT = {
  terms: [
    '連絡',
    '追加',
    '交換',
    '友達',
    '友だち',
    'ともだち',
    '登録',
    'やり取り',
    'やりとり',
    '移行',
    '移動',
    '招待',
    '通話',
    '電話',
    '送って',
    '送ります',
    '送信',
    '教えて',
    'ください',
    '下さい',
    'グループ',
    'トーク',
    '誘導',
    '繋が',
    'つなが',
    '返信',
    '質問',
    '相談',
    '面談',
    '詳細',
    'ご案内',
    'お伝え',
    '説明',
    '参加',
    // Joining a server or a group: 「Discordのサーバーに入ってください」.
    '入って',
    '入れて',
    '入室',
    '加入',
    '合流',
    // A conversation offered: 「Skypeでお話ししませんか」.
    'お話',
    '話し',
    '話せ',
    '会話',
    'しませんか',
    'しましょう',
    'ID',
  ],
};

/**
 * The tool is the subject of the work (「LINEスタンプ制作」「Discord bot 開発」「Slack 連携」), not
 * a place to talk. Checked in the same sentence.
 */
export const TOOL_AS_WORK_SUBJECT: Unless = {
  scope: 'sentence',
  pattern: {
    // Stamps as artwork (「スタンプ制作」), not 「友だち登録後にスタンプを送ってください」, a LINE sign-up step.
    regex: ['すたんぷ\\s{0,2}(の)?\\s{0,2}(制作|作成|でざいん|いらすと|画像|販売|申請|審査|案|あいであ|清書|を作|を描)'],
    terms: [
      'BOT',
      'ボット',
      'API',
      '開発',
      '実装',
      '連携',
      '構築',
      'プログラム',
      'ミニアプリ',
      'Lステップ',
      'エルステップ',
      'プロライン',
      '運用代行',
      '運用サポート',
      'アカウント運用',
      '導入支援',
      '広告',
      'マーケティング',
      '施策',
      '友だち数',
      '友達数',
      '登録者数',
      '集客代行',
      '配信代行',
      '配信作成',
      '配信文',
      'マンガ',
      '漫画',
      'ヤフー',
      'Yahoo',
      '文字起こし',
      '録画',
      'サーバー構築',
      'サーバー管理',
      'サーバー運営',
      'コミュニティ運営',
      'チャンネル運営',
      'グループ運営',
      'コミュニティマネージャー',
      'モデレーター',
      'リッチメニュー',
      'あいさつメッセージ',
      'ステップ配信',
      '自動応答',
      'チャットボット',
      'LIFF',
      'アイコン',
      'ロゴ',
      'イラスト',
      '使い方',
      '解説記事',
      '比較記事',
      '記事作成',
      '記事の作成',
      '記事の執筆',
      'ライティング',
      'マニュアル作成',
      '手順書',
      '操作方法',
      '操作手順',
      '資料作成',
      '詳細設定',
      '開設代行',
      '公式アカウントの開設',
      '公式アカウント開設',
      // The app's screens and widgets as design or web work (「トーク画面風の画像」「友だち追加ボタンの設置」).
      'トーク画面',
      '画面風',
      'モックアップ',
      '画像を作成',
      '画像の作成',
      '画像作成',
      '画像制作',
      '設置',
      // Its tone as a writing style (「LINEで送るような文体で」).
      '文体',
      '口調',
      'トンマナ',
    ],
  },
};

/** Sentences that warn about criminal recruiting rather than offer a job (「闇バイトの手口に注意」). */
export const WARNS_ABOUT_CRIME: Unless = {
  scope: 'sentence',
  pattern: {
    terms: ['気をつけ', '気を付け', '警戒', '手口', '見分け', '引き込まれ', '巻き込まれ', '加担しない', '応募しない'],
    regex: ['(に|へ|を|は)\\s{0,2}(ご|要)?注意'],
  },
};

/**
 * Before the contract, 仮払い, the order or the hiring decision: 「契約前ですが」「正式な契約の前に」
 * 「仮払い前」「発注前」「採用前に」. Only the moment: rules pair it with the work asked for.
 */
export const BEFORE_THE_CONTRACT: Pattern = {
  terms: [
    '契約前',
    '契約の前',
    '契約する前',
    '契約をする前',
    '契約させていただく前',
    '契約締結前',
    '契約締結の前',
    '契約より前',
    '仮払い前',
    '仮払前',
    '仮払いの前',
    '仮払の前',
    '仮払いする前',
    '仮払いをする前',
    '仮払いより前',
    '発注前',
    '発注の前',
    '発注する前',
    '採用前',
    '採用の前',
    '採用する前',
    '採用決定前',
    '採用決定の前',
  ],
};

/** The work itself asked for: 「書いて」「作って」「作成して」「進めて」「納品して」「着手」. */
export const WORK_REQUESTED: Pattern = {
  terms: [
    '書いて',
    '書き始め',
    '書き進め',
    '作って',
    '作成して',
    '作成を開始',
    '作成を始め',
    '作成いただ',
    '制作して',
    '制作を開始',
    '制作を始め',
    '制作いただ',
    '撮影して',
    '編集して',
    '編集をして',
    '描いて',
    'デザインして',
    '翻訳して',
    '納品して',
    '納品を',
    '着手',
    '取り掛',
    'とりかか',
    '進めて',
    '進めといて',
    '始めて',
    '開始して',
    '作業を開始',
    '作業開始',
  ],
};

/**
 * The test or trial itself is paid: 「有償」「報酬あり」「お支払いします」「1,500円お支払い」 in the
 * sentence or right next to it (「テスト記事もお願いします。もちろん報酬はお支払いします」), or a
 * paid test contract.
 * Whole phrases only: 「報酬が発生」 would also cancel 「報酬が発生しません」.
 */
export const PAID_WORK: Unless[] = (() => {
  const pattern: Pattern = {
    terms: [
      '有償',
      '報酬あり',
      '報酬有り',
      '謝礼あり',
      'お支払いあり',
      'お支払いします',
      'お支払いいたします',
      'お支払い致します',
      'お支払いさせていただきます',
      '支払います',
      'お支払いしております',
      '報酬が発生します',
      '報酬は発生します',
      '報酬も発生します',
      '報酬も発生いたします',
      '報酬が出ます',
      '報酬も出ます',
      'テスト契約',
      'テスト発注',
    ],
    // A price handed over: 「(1,500円お支払い)」「3,000円をお渡しします」. Not 「円の報酬」, which
    // also names the pay that comes only after an unpaid test.
    regex: ['[1-9]\\d{0,2}(,\\d{3}){0,2}\\s{0,2}(円|万円)\\s{0,2}(を)?\\s{0,2}(お?支払|お渡し)'],
  };
  return [
    { scope: 'sentence', pattern },
    { scope: 'text', within: 25, pattern },
  ];
})();
