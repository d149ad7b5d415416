/**
 * Asked for bank or card credentials: 口座番号, 暗証番号, キャッシュカード, カード番号, net-banking
 * passwords. The platform pays rewards, so a client never needs these; they are used for
 * direct deals (Lancers names "being asked for a bank account" as one) or for fraud.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { LANCERS_CONTACT_FAQ, LANCERS_DIRECT_DEAL, NPA_YAMIBAITO } from '../sources';

export const rule = {
  id: 'personal-info-request/bank-or-card',
  category: 'personal-info-request',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        '(口座番号|口座情報|振込先|暗証番号|きゃっしゅか.?ど|通帳|くれじっとか.?ど\\s{0,2}(の)?\\s{0,2}(番号|情報)|か.?ど番号|せきゅりてぃこ.?ど|ねっとばんきんぐ\\s{0,2}(の)?\\s{0,2}(id|ぱすわ.?ど))[^。\\n]{0,10}(を|も|は)?\\s{0,2}(お?教え|送って|お送り|郵送|送付|ご提出|提出|ご記入|記入して|記載して|入力して|お?預け|お?預か|貸して|撮って|共有して|お知らせ)',
        '(ぱすわ.?ど|ろぐいん情報|ろぐいんid|認証こ.?ど|認証情報)\\s{0,2}(を|も)?\\s{0,2}(お?教え|ご提出|お知らせ|送って|お送り|ご共有|共有して(いただ|くださ|下さ|もらえ|ほしい))',
        '口座\\s{0,2}(を)?\\s{0,2}(お?教え|お知らせ)',
        // Photos of the card or passbook: 「キャッシュカードの写真をお願いします」.
        '(きゃっしゅか.?ど|通帳|くれじっとか.?ど|か.?ど)\\s{0,2}(の)?\\s{0,2}([^。\\n、をは]{1,4}の)?\\s{0,2}(写真|画像|こぴ.?|表面|裏面|両面)\\s{0,2}(を|も)?\\s{0,2}(送|お送り|お願い|撮|添付|提出|共有)',
      ],
    },
    unless: [
      ...NOT_ASKING,
      { scope: 'sentence', pattern: { terms: ['ないで', 'ないよう', '絶対に', '決して'] } },
      // Handling the client's own data, or the worker's own account on the platform.
      { scope: 'sentence', pattern: { terms: ['入力作業', 'データ入力', 'リスト', 'サイトの登録', '報酬の受取口座を登録', 'マイページ', '顧客', 'お客様', '会員の'] } },
      // Handing over a site the worker built: its admin and server logins belong to the client.
      { scope: 'sentence', pattern: { terms: ['管理画面', 'WordPress', 'サーバー', 'FTP', 'ドメイン', 'テスト環境', '納品'], wordBoundary: true } },
    ],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '口座やカードの情報を求められています',
    why: '報酬はサイトを通して支払われるので、取引相手が口座番号やカード情報を知る必要はありません。口座を直接聞かれることは、ランサーズが直接取引の例として挙げている行為です。暗証番号・キャッシュカード・ネットバンキングのログイン情報は、どんな理由でも他人に渡してはいけません。口座を他人に使わせると、犯罪の振込先にされて自分の口座が凍結されることもあります。',
    steps: [
      '口座・カード・暗証番号・ログイン情報を伝えないでください。',
      '報酬はサイト上の仮払いと検収を通して受け取ると伝えてください。',
      'すでに伝えてしまった場合は、銀行やカード会社にすぐ連絡して利用停止や変更を相談してください。',
      '「違反報告する」から報告し、被害がある場合は警察(#9110)に相談してください。',
    ],
  },
  en: {
    title: 'You are asked for bank or card details',
    why: 'Rewards are paid through the site, so the other party never needs your bank account or card. Being asked for a bank account is one of Lancers’ own examples of a direct deal. PINs, cash cards and online-banking logins must never be handed to anyone; an account lent to others can be used to receive fraud proceeds and then frozen.',
    steps: [
      'Do not give account, card, PIN or login details.',
      'Say that you will be paid through the site’s escrow and inspection.',
      'If you already gave them, call your bank or card company at once to block or change them.',
      'Report it with 「違反報告する」; if you lost money, consult the police (#9110).',
    ],
  },
  sources: [LANCERS_DIRECT_DEAL, LANCERS_CONTACT_FAQ, NPA_YAMIBAITO],
};

export const examples: RuleExamples = {
  matches: [
    { text: '報酬をお振込みしたいので口座番号を教えてください', kind: 'message' },
    { text: 'キャッシュカードをお預かりします', kind: 'message' },
    '登録のため、クレジットカード番号をご記入ください。',
    { text: '確認のためパスワードを教えていただけますか', kind: 'message' },
    { text: 'ネット銀行のログイン情報を共有してください', kind: 'message' },
    { text: '通帳の表紙の画像をお願いします', kind: 'message' },
  ],
  doesNotMatch: [
    '顧客の口座番号をデータ入力していただく作業です(守秘義務あり)。',
    '暗証番号は絶対に他人に教えないでください。',
    'パスワード管理ツールの比較記事を書いてください。',
    { text: '制作したWordPressの管理画面のログイン情報を共有してください', kind: 'message' },
  ],
};
