/**
 * Asked for private details unrelated to doing the work: home address, date of birth, real
 * name, workplace, family. Useful to a scammer or a stalker, rarely to a client; the
 * platforms' own profiles and verification cover what a client legitimately needs.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { CW_OFF_PLATFORM_FAQ, LANCERS_CONTACT_FAQ, SEED_CW_OFF_PLATFORM } from '../sources';

export const rule = {
  id: 'personal-info-request/private-details',
  category: 'personal-info-request',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        '(ご?住所|ご?自宅|お住まい|生年月日|ご?年齢|本名|ふるね.?む|家族構成|勤務先|お勤め先|最寄り駅|年収|顔写真|お顔の写真)\\s{0,2}(を|も|と)?\\s{0,2}(お?教え|送って|お送り|ご記入|記入して|記載して|お知らせ|ご提出|共有して|伺え|伺っても|お伺い)',
        // A photo that shows the face, in any wording, with a count: 「お顔がわかる写真を1枚送って」.
        '(お?顔)\\s{0,2}(が|の)?[^。\\n、を]{0,8}(写真|画像|自撮り)\\s{0,2}(を|も)?\\s{0,2}(\\d{1,2}\\s{0,2}枚|数枚)?\\s{0,2}(ほど|程度|くらい)?\\s{0,2}(お?教え|送って|お送り|ご提出|提出して|添付して|共有して|撮って)',
        // Listed with other items: 「住所と電話番号、メールアドレスを送ってください」.
        '(ご?住所|お住まい|生年月日|本名|ふるね.?む|家族構成|勤務先|お勤め先|顔写真)[^。\\nをは]{0,14}(を|も)\\s{0,2}([^。\\nをは]{0,8}(で|に|へ|まで))?\\s{0,2}(お?教え|送って|お送り|送付|ご送付|添付|ご記入|記入して|記載して|お知らせ|ご提出|共有して|お伺い)',
      ],
    },
    unless: [
      ...NOT_ASKING,
      // Addresses and names as the data being processed.
      { scope: 'sentence', pattern: { terms: ['リスト', '入力作業', 'データ入力', '顧客', '店舗', '施設', '企業の'] } },
    ],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '仕事に関係のない個人情報を求められています',
    why: '自宅の住所・生年月日・本名・勤務先・家族のことなどは、多くの仕事では必要ありません。サイトの外で個人情報を渡すと、勧誘や詐欺、つきまといに使われるおそれがあり、サイトも取り戻してはくれません。サイト外での連絡先や個人情報の交換は、クラウドワークスでは申請が必要で、ランサーズでは仮払い前は禁止されています。',
    steps: [
      '何のために必要なのかをサイト内で確認し、納得できるまで伝えないでください。',
      '商品の送り先などで住所が本当に必要な場合も、仮払いの後に、必要最小限だけにしてください。',
      '理由の説明がない・しつこく求められる場合は「違反報告する」から報告してください。',
    ],
  },
  en: {
    title: 'You are asked for private details the work does not need',
    why: 'Most jobs need neither your home address, date of birth, real name, workplace nor family details. Given away off the site they can be used for pitches, fraud or stalking, and the platform cannot take them back. Exchanging personal information off the site needs a request on CrowdWorks and is forbidden before 仮払い on Lancers.',
    steps: [
      'Ask on the site what it is needed for, and do not give it until that makes sense.',
      'If an address is really needed (e.g. to ship goods), give only that, and only after 仮払い.',
      'If there is no reason or they keep pressing, report it with 「違反報告する」.',
    ],
  },
  sources: [CW_OFF_PLATFORM_FAQ, LANCERS_CONTACT_FAQ, SEED_CW_OFF_PLATFORM],
};

export const examples: RuleExamples = {
  matches: [
    { text: 'ご住所と生年月日を教えていただけますか？', kind: 'message' },
    '応募の際は本名・年齢・最寄り駅をご記入ください。',
    { text: 'お顔の写真を送ってください', kind: 'message' },
    { text: '顔がはっきり写った写真を2枚ほど添付してください', kind: 'message' },
    '応募の際は生年月日と最終学歴、電話番号を記入してください。',
    { text: 'ご年齢をお伺いしてもよろしいでしょうか', kind: 'message' },
    '顔写真と経歴書を添付のうえご応募ください。',
    '生年月日・住所・携帯番号をチャットで送ってください。',
  ],
  doesNotMatch: [
    'リストに店舗名、住所、電話番号の情報が記載されております。',
    '顧客の住所を記入していく入力作業です。',
    '住所の記入は不要です。',
    '顧客リストの住所と電話番号を教えていただいた形式で入力してください。',
  ],
};
