/**
 * A Japanese phone number written into a posting or a message (any digit form: 〇九〇, 全角,
 * spaced or hyphenated). Sharing one is contact exchange, which both platforms restrict.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, OFF_PLATFORM_ADJUST } from '../shared';
import { CW_OFF_PLATFORM_FAQ, LANCERS_CONTACT_FAQ, SEED_CW_OFF_PLATFORM, SEED_LANCERS_TROUBLE } from '../sources';

/** Separators people put between digit groups (hyphens of every width, dots, spaces, brackets). */
const SEP = '[-‐‑–—―−ー.\\s()]';

export const rule = {
  id: 'off-platform-contact/phone-number',
  category: 'off-platform-contact',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        // Mobile and IP phones: 070/080/090/050, 11 digits, separators optional.
        `0[5789]0${SEP}{0,2}\\d{4}${SEP}{0,2}\\d{4}`,
        // Landlines need separators, or they are indistinguishable from other numbers.
        `0\\d{1,4}${SEP}{1,2}\\d{1,4}${SEP}{1,2}\\d{4}`,
        `\\+81${SEP}{0,2}\\d{1,4}${SEP}{0,2}\\d{1,4}${SEP}{0,2}\\d{4}`,
      ],
      wordBoundary: true,
    },
    unless: [
      // Help-line numbers quoted in the platforms' or the police's warnings.
      { scope: 'sentence', pattern: { terms: ['#9110', '消費者ホットライン', '警察相談'] } },
    ],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
  adjust: OFF_PLATFORM_ADJUST,
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '電話番号が書かれています',
    why: '電話番号のやり取りはサイト外での連絡にあたります。クラウドワークスでは契約の前後を問わずサービス外連絡申請の承認が必要で、ランサーズでは仮払い前の連絡先交換が禁止されています。電話に移ると会話の記録が残らず、勧誘や直接取引の持ちかけ、トラブル時の言った言わないにつながります。',
    steps: [
      'その番号に電話をかけず、自分の番号も伝えないでください。',
      '電話が本当に必要な理由を、サイト内のメッセージで確認してください。',
      'クラウドワークスではサービス外連絡申請、ランサーズでは仮払い後か連絡先公開申請を通してからにしてもらいましょう。',
      '申請を拒まれる・直接取引を持ちかけられる場合は、「違反報告する」から事務局へ報告してください。',
    ],
  },
  en: {
    title: 'A phone number is written here',
    why: 'Exchanging phone numbers is contact outside the site. CrowdWorks requires an approved off-platform contact request before and after the contract; Lancers forbids exchanging contacts before 仮払い. On the phone nothing is recorded, which opens the door to recruiting pitches, direct-deal offers and disputes over what was said.',
    steps: [
      'Do not call the number and do not give yours.',
      'Ask in the site’s messages why a call is really needed.',
      'Have it go through the off-platform contact request on CrowdWorks, or wait for 仮払い / a 連絡先公開申請 on Lancers.',
      'If they refuse the request or propose a direct deal, report it with 「違反報告する」.',
    ],
  },
  sources: [CW_OFF_PLATFORM_FAQ, LANCERS_CONTACT_FAQ, SEED_CW_OFF_PLATFORM, SEED_LANCERS_TROUBLE],
};

export const examples: RuleExamples = {
  matches: [
    'ご不明点は090-1234-5678までお電話ください。',
    '〇八〇 一二三四 五六七八 に連絡ください',
    { text: '私の携帯は０７０ー１２３４ー５６７８です', kind: 'message' },
    '事務所 03-1234-5678 (平日10時〜)',
    { text: 'こちら+81 90 1234 5678 までSMSください', kind: 'message' },
  ],
  doesNotMatch: [
    '案件番号 13426451 をご確認ください。',
    '納期は2026-09-04です。',
    'リストに店舗名、住所、電話番号の情報が記載されています。',
    '困ったときは警察相談専用電話 #9110 へ。',
    '商品コード 1090-1234-56789',
  ],
};
