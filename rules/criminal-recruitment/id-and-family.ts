/**
 * ID held up to the camera, or the family's address and contacts: what criminal recruiters
 * collect so they can threaten the recruit and the family later (police notices).
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, WARNS_ABOUT_CRIME } from '../shared';
import { NPA_NOTICE_2024, NPA_WHITE_PAPER_2025, NPA_YAMIBAITO } from '../sources';

export const rule = {
  id: 'criminal-recruitment/id-and-family',
  category: 'criminal-recruitment',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        '(身分証|免許証|まいなんば.?(か.?ど)?|保険証|学生証|ぱすぽ.?と)\\s{0,2}(を)?\\s{0,2}(持った|持って|手に持|かざし|顔の横|と一緒に|と顔|と自撮り|とせるふぃ)',
        '(顔写真|自撮り|せるふぃ.?)\\s{0,2}(と|付き|つき|を)\\s{0,2}(身分証|免許証|まいなんば)',
        '(家族|実家|親|両親|ご両親|親御さん)\\s{0,2}(の)?\\s{0,2}(住所|連絡先|電話番号|勤務先|名前|情報)\\s{0,2}(を|も)?\\s{0,2}(お?教え|お?送|記入|記載|提出|お知らせ|ご記入)',
        // Listed with other items: 「ご実家の住所と親御さんの連絡先も教えて」.
        '(家族|実家|親|両親|ご両親|親御さん)\\s{0,2}(の)?\\s{0,2}(住所|連絡先|電話番号|勤務先|名前|情報)[^。\\nをは]{0,12}(を|も)\\s{0,2}(お?教え|お?送り|送って|記入|記載|提出|お知らせ|ご記入)',
      ],
    },
    unless: [WARNS_ABOUT_CRIME],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '身分証を持った自撮りや、家族の情報を求められています',
    why: '身分証を顔の横に持った写真や、家族の住所・連絡先は、仕事に必要なものではありません。警察庁は、闇バイトの募集役がこうした情報を集め、「家族に危害を加える」などと脅して犯罪を続けさせる手口を繰り返し注意喚起しています。',
    steps: [
      '写真や家族の情報を送らないでください。',
      'すでに送ってしまった・脅されている場合は、一人で抱えずすぐに警察に相談してください(#9110、緊急時は110)。警察は本人と家族の保護を約束しています。',
      '「違反報告する」から事務局にも知らせてください。',
    ],
  },
  en: {
    title: 'Asked for a selfie with your ID, or your family’s details',
    why: 'A photo of you holding your ID, or your family’s address and contacts, are not needed for any job. The National Police Agency repeatedly warns that criminal recruiters collect exactly this to threaten recruits (“we will hurt your family”) and keep them committing crimes.',
    steps: [
      'Do not send the photo or your family’s details.',
      'If you already did or are being threatened, do not face it alone: go to the police at once (#9110, or 110 in an emergency). They promise to protect you and your family.',
      'Also report it with 「違反報告する」.',
    ],
  },
  sources: [NPA_NOTICE_2024, NPA_WHITE_PAPER_2025, NPA_YAMIBAITO],
};

export const examples: RuleExamples = {
  matches: [
    { text: '身分証を持った自撮りを送ってください', kind: 'message' },
    { text: '念のためご家族の住所も教えてください', kind: 'message' },
    '応募時に顔写真と免許証の画像をお送りください。',
    { text: 'ご両親の名前と勤務先、携帯番号も記入してください', kind: 'message' },
  ],
  doesNotMatch: [
    '家族の住所録をExcelにまとめるテンプレートの作成です。',
    '身分証の提出は不要です。',
    '家族構成に関するアンケート結果の入力です。',
    '家族の情報管理アプリで送る通知文の作成です。',
  ],
};
