/**
 * Paid sign-ups, installs and requests: 「無料登録するだけ」「アプリをインストールして」, 口座開設 or
 * card applications for pay, セルフバック, 資料請求, seminar attendance for pay. CrowdWorks lists
 * app downloads, 資料請求 and attending seminars among prohibited work.
 */
import type { RuleExamples, RuleGuidance, RuleSpec, Unless } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { CW_GUIDELINE_2024, CW_PROHIBITED_FAQ, LANCERS_AFFILIATE_2021 } from '../sources';

/** Negated, or about the app rather than signing up for pay. */
const NOT_PAID_SIGNUP: Unless[] = [
  ...NOT_ASKING,
  { scope: 'sentence', pattern: { terms: ['登録不要', 'ありません', 'などはない', 'はないので'] } },
  // Explaining or testing an app is not installing it for pay.
  { scope: 'sentence', pattern: { terms: ['手順', 'マニュアル', '分析', '動作確認', '動作テスト', 'テスト端末', '解説'] } },
];

export const rule = {
  id: 'click-affiliate/signup-or-install',
  category: 'click-affiliate',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    any: [
      {
        text: {
          regex: [
            '(無料|会員|新規|さいと|め.?るまが)\\s{0,2}登録\\s{0,2}(していただく|いただく|する|して)?\\s{0,2}(だけ|のみ|案件|で報酬|で\\d{1,5}円)',
            '(あぷり|app)\\s{0,2}(を|の)?\\s{0,2}(いんすと.?る|だうんろ.?ど|dl)\\s{0,2}(していただく|いただく|して|する|していただ|いただ|頂)?\\s{0,2}(だけ|のみ|作業|案件|お仕事|で報酬|で\\d{1,5}円|くださ)',
            // A second step after the install: 「インストールして起動するだけ」「ダウンロードして会員登録していただく」.
            '(あぷり|app)\\s{0,2}(を|の)?\\s{0,2}(いんすと.?る|だうんろ.?ど|dl|入れ|導入)[^。\\n]{0,12}(だけ|のみ)',
            // Game milestones for pay: 「チュートリアルを終えるだけ」「レベル20まで上げる」.
            '(ちゅ.?とりある|れべる\\s{0,2}\\d{1,3})\\s{0,2}(を|まで)?\\s{0,2}(終え|くりあ|完了|突破|到達|上げ)[^。\\n]{0,6}(だけ|のみ|で報酬|で\\d{1,5}円|作業|案件)',
            '(あぷり|app)\\s{0,2}(を|の)?\\s{0,2}(いんすと.?る|だうんろ.?ど|dl)\\s{0,2}(して|し)[^。\\n]{0,12}(登録|起動|ろぐいん)\\s{0,2}(して|する|していただ|いただ)',
            // Any word order of account opening or card issuing: 「口座を開設するだけ」「カードを発行していただく案件」.
            '(口座|か.?ど|くれじっとか.?ど)\\s{0,2}(を|の)?\\s{0,2}(開設|発行|作成|申し?込|作っ|作る)\\s{0,2}(み)?\\s{0,2}(て|して|する)?\\s{0,2}(いただく|もらう)?\\s{0,2}(だけ|のみ|作業|案件|で報酬|で\\d{1,5}円)',
            '(口座|か.?ど|くれじっとか.?ど)\\s{0,2}(に|を|の)?\\s{0,2}(開設|発行|申し?込)[^。\\n]{0,15}(\\d{1,5}\\s{0,2}円|報酬)',
            // Signing up only to cancel again: 「お試し登録をして解約するだけ」.
            '(登録|申し?込|契約|加入)[^。\\n]{0,15}(解約|退会|きゃんせる)\\s{0,2}(する|して|いただく)?\\s{0,2}(だけ|のみ|までが|作業|で報酬)',
            '(お試し|無料)\\s{0,2}(の)?\\s{0,2}(お試し)?\\s{0,2}(登録|申し?込|体験)\\s{0,2}(を)?\\s{0,2}(する|して|していただく|いただく)?\\s{0,2}(だけ|のみ|作業|案件|で報酬|で\\d{1,5}円)',
            '(せるふばっく|自己あふぃり)',
            // Watching ads for pay: 「広告動画を最後まで見るだけ」.
            '(広告|cm|ぷろもーしょん)\\s{0,2}(動画|映像)?\\s{0,2}(を)?[^。\\n]{0,8}(見る|見て|視聴|再生)\\s{0,2}(する|して|いただく)?\\s{0,2}(だけ|のみ|で報酬|作業)',
            'あぷり\\s{0,2}(で|を)\\s{0,2}(遊ぶ|ぷれい|使う|起動する)\\s{0,2}だけ',
            '資料請求\\s{0,2}(を)?\\s{0,2}(する|して|いただく|していただく)?\\s{0,2}(だけ|のみ|作業|代行|案件|お仕事|で報酬)',
            '(せみな.?|説明会|いべんと|うぇびな.?)\\s{0,2}(に|へ|への|を)?\\s{0,2}(参加|出席|視聴)\\s{0,2}(する|して|いただく|していただく)?\\s{0,2}(だけ|のみ|で報酬|で\\d{1,5}円|作業)',
          ],
          wordBoundary: true,
        },
        unless: NOT_PAID_SIGNUP,
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        // A link to sign up through, paid per sign-up: 「こちらのURLから申し込んでいただけると1件3,000円」.
        text: { regex: ['(url|りんく)\\s{0,2}(から|経由で|より)[^。\\n]{0,20}(申し?込|登録|開設|いんすと.?る)'], wordBoundary: true },
        near: { pattern: { regex: ['\\d{1,5}\\s{0,2}円', '報酬'] }, within: 20 },
        unless: NOT_PAID_SIGNUP,
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
    ],
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
    'ゲームアプリをダウンロードして10分遊ぶだけ!',
    '専用アプリをダウンロードしてログインしていただく簡単なお仕事',
    'ネット銀行の口座を開設していただく案件です(1件2000円)。',
    '下記リンクからカードに申し込むと報酬1,500円',
    '無料説明会を視聴するだけで謝礼をお支払いします。',
    '保険の資料請求をしていただくだけです。',
    '動画配信サービスに申し込み、翌日に解約するだけで報酬がもらえます。',
    'お試し体験をしていただくだけの案件です。',
    'スマホにゲームを入れて、レベル10まで上げるだけの作業',
    'CM動画を最後まで視聴するだけで報酬',
    '証券会社の口座を作っていただくだけの簡単な案件',
  ],
  doesNotMatch: [
    'サイトに登録するなどはないのでご安心ください。',
    'スマホアプリの開発(Flutter)をお願いします。',
    '会員登録フォームのデザインをお願いします。',
    'セミナー参加者の名簿を入力するお仕事です。',
    '新規会員登録作業(申込書の内容をシステムに入力)',
    'アプリをダウンロードして起動するまでの手順書を作ってください。',
    '銀行口座の開設方法を解説する記事の作成です。',
  ],
};
