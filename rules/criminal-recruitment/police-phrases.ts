/**
 * The wording the police single out in criminal recruiting (闇バイト): ホワイト案件, 即日即金,
 * 「違法ではない」, 「楽で、簡単、高収入」, 日給N万円. These phrases are distinctive on their own;
 * generic words from the same lists (高額, 高収入, ドライバー, 送迎) are only flagged with a
 * companion by criminal-recruitment/generic-with-companion.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, WARNS_ABOUT_CRIME } from '../shared';
import { NPA_NOTICE_2024, NPA_WHITE_PAPER_2025, NPA_YAMIBAITO } from '../sources';

export const rule = {
  id: 'criminal-recruitment/police-phrases',
  category: 'criminal-recruitment',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      terms: [
        'ホワイト案件',
        'ホワイトバイト',
        'ホワイト求人',
        '即日即金',
        '闇バイト',
        '裏バイト',
        '高額バイト',
        '受け子',
        '出し子',
        '違法ではない',
        '違法ではありません',
        '違法性はない',
        '違法性はありません',
        '違法性なし',
        '合法です',
        '捕まらない',
        '捕まることはない',
        '捕まりません',
        '逮捕されない',
        '楽で簡単な仕事',
        '楽して稼げる',
      ],
      regex: [
        '楽で\\s{0,1}、?\\s{0,1}簡単\\s{0,1}、?\\s{0,1}高収入',
        '日給\\s{0,2}([3-9]|[1-9]\\d)\\s{0,2}万',
        '(日払い|即金|即日払い|手渡し)\\s{0,2}(で)?\\s{0,2}([3-9]|[1-9]\\d)\\s{0,2}万',
      ],
    },
    unless: [WARNS_ABOUT_CRIME],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '闇バイト(犯罪の実行役)の募集によく使われる言葉です',
    why: '警察庁は、SNSなどで「高額」「即日即金」「ホワイト案件」を強調したり、「楽で、簡単、高収入」をうたったりする募集が、強盗や詐欺の実行役・受け子・運び役を集める手口だと注意を呼びかけています。応募すると匿名性の高いアプリに誘導され、身分証を送らされ、それを使って脅されて抜けられなくなる例が報告されています。',
    steps: [
      '応募・返信をせず、連絡先や身分証を送らないでください。',
      'すでにやり取りしている、身分証を送ってしまった、脅されている場合は、すぐに警察に相談してください(#9110、緊急時は110)。警察は相談した人とその家族を守ると呼びかけています。',
      '「この仕事を通報する」または「違反報告する」から事務局にも知らせてください。',
    ],
  },
  en: {
    title: 'Wording typical of criminal recruiting (闇バイト)',
    why: 'The National Police Agency warns that posts stressing “high pay”, “same-day cash” or “white (legal) jobs”, or selling “easy, simple, high income”, recruit people to carry out robberies and fraud, collect or carry cash. Applicants are moved to anonymous apps, made to send ID, and then threatened so they cannot quit.',
    steps: [
      'Do not apply or reply, and do not send contact details or ID.',
      'If you are already in contact, have sent ID or are being threatened, go to the police at once (#9110, or 110 in an emergency); the police promise to protect you and your family.',
      'Also report it to the platform with 「この仕事を通報する」 or 「違反報告する」.',
    ],
  },
  sources: [NPA_NOTICE_2024, NPA_WHITE_PAPER_2025, NPA_YAMIBAITO],
};

export const examples: RuleExamples = {
  matches: [
    '完全ホワイト案件です！即日即金OK',
    '日給5万円から。楽で、簡単、高収入',
    { text: '違法ではないので安心してください', kind: 'message' },
    '高額バイトあります。詳細はDMで。',
  ],
  doesNotMatch: [
    '闇バイトの手口に注意してください。',
    'ホワイトボードの清掃マニュアル作成です。',
    '日給1万円の軽作業(倉庫内)です。',
  ],
};
