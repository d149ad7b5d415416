/**
 * Paid sign-ups, installs and requests: 「無料登録するだけ」「アプリをインストールして」, 口座開設 or
 * card applications for pay, セルフバック, 資料請求, seminar attendance for pay. CrowdWorks lists
 * app downloads, 資料請求 and attending seminars among prohibited work.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { CW_GUIDELINE_2024, CW_PROHIBITED_FAQ, LANCERS_AFFILIATE_2021 } from '../sources';

export const rule = {
  id: 'click-affiliate/signup-or-install',
  category: 'click-affiliate',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        '(無料|会員|新規|さいと|め.?るまが)\\s{0,2}登録\\s{0,2}(していただく|いただく|する|して)?\\s{0,2}(だけ|のみ|案件|で報酬|で\\d{1,5}円)',
        '(あぷり|app)\\s{0,2}(を|の)?\\s{0,2}(いんすと.?る|だうんろ.?ど|dl)\\s{0,2}(していただく|いただく|して|する|していただ|いただ|頂)?\\s{0,2}(だけ|のみ|作業|案件|お仕事|で報酬|で\\d{1,5}円|くださ)',
        '(口座開設|口座の開設|か.?ど発行|か.?どの発行|くれじっとか.?ど(の)?(発行|作成|申し?込))\\s{0,2}(する|して|いただ)?\\s{0,2}(だけ|のみ|作業|案件|で報酬|で\\d{1,5}円)',
        '(せるふばっく|自己あふぃり)',
        'あぷり\\s{0,2}(で|を)\\s{0,2}(遊ぶ|ぷれい|使う|起動する)\\s{0,2}だけ',
        '資料請求\\s{0,2}(する|して|いただく)?\\s{0,2}(だけ|のみ|作業|代行|案件|お仕事|で報酬)',
        '(せみな.?|説明会|いべんと|うぇびな.?)\\s{0,2}(に|へ|への)?\\s{0,2}(参加|出席|視聴)\\s{0,2}(する|して|いただく)?\\s{0,2}(だけ|のみ|で報酬|で\\d{1,5}円|作業)',
      ],
      wordBoundary: true,
    },
    unless: [...NOT_ASKING, { scope: 'sentence', pattern: { terms: ['登録不要', 'ありません', 'などはない', 'はないので'] } }],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '会員登録・アプリのインストール・資料請求などで報酬が出る仕事です',
    why: '無料登録やアプリのダウンロード、資料請求、セミナーへの参加で報酬を払う仕事は、アフィリエイト報酬を得るためにワーカーを使うもので、クラウドワークスは違反としています。登録に使った個人情報が勧誘や別の詐欺に使われたり、有料サービスの契約に進まされたりします。',
    steps: [
      '登録・インストール・申し込みをせず、氏名・電話番号・カード情報を入力しないでください。',
      'すでに登録した場合は、退会と有料プランの解約を確認し、カードの利用明細を見てください。',
      '「この仕事を通報する」から事務局に知らせてください。',
    ],
  },
  en: {
    title: 'Paid to sign up, install an app or request materials',
    why: 'Paying workers for free sign-ups, app downloads, document requests or seminar attendance is a way to farm affiliate rewards, and CrowdWorks prohibits it. The personal data you enter can be used for sales pitches or other scams, and some sign-ups lead into paid contracts.',
    steps: [
      'Do not sign up, install or apply, and do not enter your name, phone number or card details.',
      'If you already did, cancel the membership and any paid plan, and check your card statement.',
      'Report it with 「この仕事を通報する」.',
    ],
  },
  sources: [CW_PROHIBITED_FAQ, CW_GUIDELINE_2024, LANCERS_AFFILIATE_2021],
};

export const examples: RuleExamples = {
  matches: [
    '無料登録するだけで500円！',
    '指定のアプリをインストールしていただくだけの簡単作業です。',
    { text: 'セルフバック案件をご紹介します', kind: 'message' },
    'クレジットカードの発行だけで報酬がもらえます。',
    'オンラインセミナーに参加するだけで3000円',
  ],
  doesNotMatch: [
    'サイトに登録するなどはないのでご安心ください。',
    'スマホアプリの開発(Flutter)をお願いします。',
    '会員登録フォームのデザインをお願いします。',
    'セミナー参加者の名簿を入力するお仕事です。',
    '新規会員登録作業(申込書の内容をシステムに入力)',
  ],
};
