/**
 * LINE as a place to talk: 「LINEで連絡ください」「ライン交換」「友だち追加」. The platforms' own scam
 * notices name LINE as the usual first step out of the site, toward a school, an info product
 * or a side-business pitch (CrowdWorks 2025-02 notice).
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { ABOUT_THE_TOPIC, CONTACT_CONTEXT, JOB_AND_THREAD_PAGES, NOT_ASKING, OFF_PLATFORM_ADJUST, TOOL_AS_WORK_SUBJECT } from '../shared';
import { CW_OFF_PLATFORM_FAQ, CW_SCAM_NOTICE_2025, LANCERS_CONTACT_FAQ, SEED_CW_OFF_PLATFORM } from '../sources';

/** Words that end in ライン without being LINE (オンライン, ガイドライン, ラインナップ…), normalised. */
const KANA_LINE_LOOKALIKES = [
  '(おん|おふ|いん|がいど|でっど|あうと|たいむ|へっど|ぼ.?だ.?|ほっと|らいふ|すと|ふろんと|とっぷ|せかんど|ご.?る|あんだ.?|ぼとむ|ばっく|すかい|ねっく|こ.?ど|ぱいぷ|ほ.?む|だうん|あっぷ|めいん|べ.?す|しょ.?と|ぷろ)らいん',
  'らいん(なっぷ|す.?と.?ん|ま.?か.?|あ.?と|作業|工|ぺん|そ.?す|上|下|引き|を引)',
];

/**
 * For 「ライン」 in kana a narrower context than for 「LINE」: design feedback such as
 * 「ラインの色を変えてください」 must not read as a request to talk on LINE.
 */
const KANA_CONTACT_CONTEXT = {
  terms: ['連絡', '追加', '交換', '友達', '友だち', 'ともだち', '登録', 'やり取り', 'やりとり', '移行', '招待', '通話', '電話', 'ID', 'グループ', 'トーク', '送って', '教えて', '誘導', '繋が', 'つなが', '返信'],
};

export const rule = {
  id: 'off-platform-contact/line',
  category: 'off-platform-contact',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    any: [
      {
        text: { terms: ['LINE'], wordBoundary: true },
        near: { pattern: CONTACT_CONTEXT, within: 20 },
        unless: [...NOT_ASKING, ABOUT_THE_TOPIC, TOOL_AS_WORK_SUBJECT],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        text: { terms: ['ライン'] },
        near: { pattern: KANA_CONTACT_CONTEXT, within: 15 },
        unless: [
          ...NOT_ASKING,
          ABOUT_THE_TOPIC,
          TOOL_AS_WORK_SUBJECT,
          { scope: 'sentence', within: 6, pattern: { regex: KANA_LINE_LOOKALIKES } },
        ],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        // LINE without its name: 「緑のアプリ」 (to slip past filters), its オープンチャット, 「ID検索で追加」.
        text: {
          terms: ['緑のアプリ', 'みどりのアプリ', '緑色のアプリ', '緑のメッセージアプリ', 'オープンチャット', 'オプチャ'],
          regex: [
            // The name spelled out letter by letter (エル・アイ・エヌ・イー) dodges a plain 「LINE」 search.
            'える[・.\\s-]?あい[・.\\s-]?えぬ[・.\\s-]?いー?',
            'id\\s{0,2}(を)?\\s{0,2}(検索|けんさく)\\s{0,2}(して|で|から)?\\s{0,2}(追加|登録|友だち|友達)',
          ],
        },
        unless: NOT_ASKING,
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        // 「ID:abc_123 で検索して追加してください」: an ID to search for and add.
        text: { regex: ['(検索|けんさく)\\s{0,2}(して|で|から)?\\s{0,2}(追加|登録|友だち|友達)'] },
        near: { pattern: { terms: ['ID'], wordBoundary: true }, within: 20 },
        unless: [...NOT_ASKING, ABOUT_THE_TOPIC, TOOL_AS_WORK_SUBJECT],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        // 「友だち追加」 is LINE's own wording even when the app is not named.
        text: { regex: ['(友だち|友達|ともだち)(の)?(追加|登録|申請)'] },
        unless: [...NOT_ASKING, ABOUT_THE_TOPIC, TOOL_AS_WORK_SUBJECT, { scope: 'sentence', pattern: { terms: ['数', '施策', '増や'] } }],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
    ],
  },
  adjust: OFF_PLATFORM_ADJUST,
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'LINEでのやり取りに誘導されています',
    why: 'クラウドワークスでは、契約の前でも後でも、LINEなどサービス外で連絡するには事前に「サービス外連絡申請」の承認が必要です。ランサーズでは仮払いが済むまで連絡先の交換が禁止されています。申請なしでLINEに移ろうとする相手は、スクールや情報商材、別の副業への勧誘であることが多く、サイト外に出るとやり取りの記録も運営の保護も失われます。',
    steps: [
      'LINEのIDやQRコードを登録せず、連絡先も教えないでください。',
      '「なぜサイトの外で話す必要があるのか」「サービス外連絡申請(ランサーズでは連絡先公開申請)をしてもらえるか」をサイト内のメッセージで尋ねてください。',
      '申請を断られる、理由の説明がない、返事が途絶えるときは、そのまま応募や契約を見送ってください。',
      '勧誘だと感じたら、仕事ページの「この仕事を通報する」またはメッセージ画面の「違反報告する」から事務局に知らせてください。',
      'ランサーズで仮払い後に外部ツールを使う場合も、報酬の受け渡しは必ずサイト内で行ってください。',
    ],
  },
  en: {
    title: 'You are being moved to LINE',
    why: 'On CrowdWorks, talking outside the site (LINE, phone, email, chat) needs an approved off-platform contact request (サービス外連絡申請), before and after the contract. On Lancers, exchanging contacts is forbidden until the escrow payment (仮払い) is made. A client who wants LINE without that approval is often recruiting for a school, an info product or another side business, and outside the site you lose the record and the platform’s protection.',
    steps: [
      'Do not add the LINE ID or scan the QR code, and do not give your own contact details.',
      'Ask in the site’s messages why the talk has to move off the site and whether the client will file the off-platform contact request (Lancers: 連絡先公開申請).',
      'If they refuse, cannot explain, or go silent, stop there and do not apply or sign.',
      'If it looks like recruiting, report it: 「この仕事を通報する」 on the job page or 「違反報告する」 in the messages.',
      'On Lancers, even after 仮払い when outside tools are allowed, keep payment on the site.',
    ],
  },
  sources: [CW_OFF_PLATFORM_FAQ, CW_SCAM_NOTICE_2025, LANCERS_CONTACT_FAQ, SEED_CW_OFF_PLATFORM],
};

export const examples: RuleExamples = {
  matches: [
    '詳細はLINEでご連絡します。',
    'ご応募いただいた方にはＬＩＮＥの友だち追加をお願いしています。',
    'L I N E でやり取りしましょう',
    '🅻🅸🅽🅴で連絡ください',
    { text: 'L\u200bI\u200bN\u200bEのIDを送ります', kind: 'message' },
    { text: '回答後、オープンチャットにご参加ください', kind: 'message' },
    'ラインIDを教えてください。',
    { text: 'エル・アイ・エヌ・イーで話せますか', kind: 'message' },
    { text: 'IDはtaro_88です。こちらで検索して友達になってください', kind: 'message' },
    'こちらのらいんに追加お願いします！',
    '詳細は公式LINEで♪友だち登録してスタンプを1つ送ってください',
    { text: '採用の方は公式LINEに登録をお願いします', kind: 'message' },
    { text: '今後の連絡はLINEでお願いできますか？', kind: 'message', site: 'lancers', pageKind: 'messages' },
    {
      text: 'LINEで連絡を取りたいのでIDを送ります',
      kind: 'message',
      site: 'crowdworks',
      pageKind: 'contract',
      contract: { offPlatformApproved: true },
      severity: 'info',
      note: 'approved サービス外連絡申請 lowers it to a reminder',
    },
    {
      text: 'LINEでやり取りしませんか',
      kind: 'message',
      site: 'lancers',
      pageKind: 'contract',
      contract: { funded: true },
      severity: 'info',
      note: 'Lancers allows outside tools after 仮払い',
    },
    {
      text: 'サービス外連絡申請をしますので、承認後にLINEでやり取りさせてください。',
      kind: 'message',
      severity: 'info',
      note: 'the client announces the 申請: a reminder to check its status',
    },
  ],
  doesNotMatch: [
    'オンラインで完結するお仕事です。',
    'ガイドラインに沿って記事を作成してください。',
    'LINEスタンプのイラスト制作をお願いします。',
    'LINE公式アカウントの運用代行をお願いします。',
    'LINEでの連絡は禁止されていますので、メッセージ機能をご利用ください。',
    '外部ツールでのやり取りは行いません。LINE交換もいたしません。',
    'online meeting schedule and deadline',
    'デッドラインは来週金曜日です。連絡は随時ください。',
    { text: 'ラインの色をもう少し濃くしてください', kind: 'message' },
    '商品ラインナップの説明文を作成してください。',
    'LINEへの誘導を求める勧誘にはご注意ください。',
    { text: 'LINEのトーク画面風のイメージ画像をお願いします', kind: 'message' },
    '友だち追加ボタンをLINE公式アカウントからサイトに設置する作業です。',
    '公式LINEの友だち数を伸ばす施策を考えてください。',
    { text: 'LINEで友人に話しかけるような口調で台本を書いてください', kind: 'message' },
  ],
};
