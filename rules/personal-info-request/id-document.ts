/**
 * Asked for an identity document or a photo of one (身分証, 免許証, マイナンバー, 保険証, パスポート)
 * by the other party. The platforms run their own 本人確認; a client collecting ID images
 * is how criminal recruiters get leverage (police notices) and how identities get stolen.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { NPA_NOTICE_2024, NPA_WHITE_PAPER_2025, SEED_CW_OFF_PLATFORM } from '../sources';

export const rule = {
  id: 'personal-info-request/id-document',
  category: 'personal-info-request',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        '(身分証|身分証明書|本人確認書類|運転免許証|免許証|まいなんば.?(か.?ど)?|保険証|ぱすぽ.?と|在留か.?ど|住民票|学生証)\\s{0,2}(の)?\\s{0,2}(写真|画像|こぴ.?|pdf|表裏|両面|番号)?\\s{0,2}(を|も)?\\s{0,2}(送|提出|添付|撮|あっぷ|お送り|ご提出|提示|確認させ|見せ|共有|お預か|お預け|教え)',
        // Listed with other items or with a destination in between: 「身分証明書の写真と住所、電話番号を送って」
        // 「免許証の表裏の画像を送付」「身分証のコピーをこちらのメッセージに添付」. The gap may hold no
        // を/は, so 「免許証をお持ちの方は、履歴書を送って」 does not read as a request for the licence.
        '(身分証|身分証明書|本人確認書類|運転免許証|免許証|まいなんば.?(か.?ど)?|保険証|ぱすぽ.?と|在留か.?ど|住民票|学生証)[^。\\nをは]{0,14}(を|も)\\s{0,2}([^。\\nをは]{0,10}(に|へ|まで|から))?\\s{0,2}(送って|送付|送信|お送り|ご送付|提出|ご提出|添付|ご添付|あっぷろ.?ど|撮って|撮影|見せて|提示|ご提示|共有|教えて|お教え|ご用意|お願い)',
      ],
    },
    unless: [
      ...NOT_ASKING,
      // The platform's own verification (本人確認済み) is what should be used instead.
      { scope: 'sentence', pattern: { terms: ['クラウドワークス', 'ランサーズ', '本人確認済', '本人確認を完了', '本人確認が完了', '本人確認機能'] } },
      // Whether one holds a licence, not the document: 「運転免許証の取得状況」「免許証の有無」.
      // (Inside or right after the match: the listed-items form spans the words in between.)
      { scope: 'sentence', within: 4, pattern: { terms: ['取得', '所持', '保有', '有無', 'お持ち', 'の種類'] } },
      // Tax paperwork (支払調書) is a legitimate reason for My Number, handled after the contract.
      { scope: 'sentence', pattern: { terms: ['税務', '支払調書', '源泉徴収', '法定調書', '確定申告'] } },
    ],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
  adjust: [
    // Asked before any contract or as a condition to apply: the police's recruiting pattern.
    {
      when: {
        text: { regex: ['(応募時|応募の際|応募前|事前に|最初に|まず|契約前|面談前|採用前|登録時|作業前|作業開始前|着手前)'] },
        near: { pattern: { regex: ['(身分証|免許証|まいなんば.?|保険証|ぱすぽ.?と|在留か.?ど|学生証)'] }, within: 20 },
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      severity: 'danger',
    },
  ],
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '身分証や個人番号の提出を求められています',
    why: 'クラウドワークスやランサーズには運営による本人確認の仕組みがあり、取引相手に身分証の画像を渡す必要は通常ありません。警察は、闇バイトの募集で応募者に身分証の写真を送らせ、それを使って抜けられないよう脅す手口を繰り返し注意喚起しています。画像が他人名義の口座やスマホの契約に使われることもあります。',
    steps: [
      '身分証やマイナンバーの画像は送らないでください。',
      '相手の本人確認はサイトの表示(本人確認済みかどうか)で確かめ、なぜ必要なのかをサイト内で確認してください。',
      '税務上マイナンバーが必要と言われた場合も、契約・仮払いの後に、相手の会社の正式な手続きで扱うよう求めてください。',
      '応募の条件として求められる・サイトの外で送るよう言われる場合は応募をやめ、「違反報告する」から報告してください。身の危険を感じたら警察(#9110)に相談してください。',
    ],
  },
  en: {
    title: 'You are asked for an ID document or your My Number',
    why: 'CrowdWorks and Lancers verify identities themselves; there is normally no reason to send ID images to the other party. The police repeatedly warn that criminal recruiters collect ID photos from applicants and then use them to threaten people who want out. The images can also be used to open accounts or phone contracts in your name.',
    steps: [
      'Do not send images of your ID or My Number card.',
      'Check the client’s own verification status on the site, and ask on the site why they need it.',
      'If My Number is said to be needed for tax, ask that it be handled after the contract and 仮払い, through the company’s formal procedure.',
      'If it is a condition to apply or you are told to send it off the site, stop and report with 「違反報告する」; if you feel unsafe, call the police consultation line #9110.',
    ],
  },
  sources: [NPA_NOTICE_2024, NPA_WHITE_PAPER_2025, SEED_CW_OFF_PLATFORM],
};

export const examples: RuleExamples = {
  matches: [
    { text: '採用後に運転免許証のコピーをご提出いただきます。', kind: 'job' },
    { text: '応募時に身分証の写真を送ってください。', severity: 'danger' },
    { text: 'まずはマイナンバーカードの画像をお送りください', kind: 'message', severity: 'danger' },
    { text: '保険証の両面を撮影して送ってもらえますか', kind: 'message' },
    { text: '在留カードの表面と裏面、それぞれの画像を送ってください', kind: 'message' },
    { text: '免許証のスキャンを下記のフォームにアップロードしてください', kind: 'message' },
    { text: '確認のため、在留カードの両面の画像をお願いします', kind: 'message' },
  ],
  doesNotMatch: [
    'クラウドワークスの本人確認を完了している方を優先します(身分証の提出は不要です)。',
    'マイナンバーカードの申請方法を解説する記事を書いてください。',
    '身分証の提出は一切不要です。',
    '運転免許証をお持ちの方は、職務経歴書を送ってください。',
    { text: '運転免許証の有無を教えてください(現地取材があるため)', kind: 'message' },
  ],
};
