/**
 * 「事務局から特別に許可をもらっています」: a claim used to make outside contact or a direct deal
 * look approved. Lancers warns that such claims are a red flag; real approvals show on the
 * site (CrowdWorks' 申請ステータス), not in the other party's words.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { APPROVED_BY_FACTS, JOB_AND_THREAD_PAGES } from '../shared';
import { CW_IMPERSONATION_2023, CW_OFF_PLATFORM_FAQ, LANCERS_OFFICE_PERMISSION_2019 } from '../sources';

export const rule = {
  id: 'off-platform-contact/office-permission-claim',
  category: 'off-platform-contact',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        '(事務局|運営|さぽ.?と|くらうどわ.?くす|らんさ.?ず)\\s{0,2}(から|に|より|の)?\\s{0,2}(は)?\\s{0,2}特別に?\\s{0,2}(許可|承認|了承|認め)',
        '(事務局|運営|くらうどわ.?くす|らんさ.?ず)\\s{0,2}(から|に|より)\\s{0,2}(は)?\\s{0,2}(許可|了承)\\s{0,2}(を)?\\s{0,2}(得て|得た|もらって|もらった|いただいて|いただいた|頂いて|取って|とって|取れて|とれて|済み|取得済)',
        '(事務局|運営)\\s{0,2}(公認|認定)\\s{0,2}(の)?\\s{0,2}(案件|お仕事|業者|あかうんと)',
      ],
    },
    unless: [{ scope: 'sentence', pattern: { terms: ['申請ステータス', '承認されましたら', '承認後', '申請します', '申請いたします'] } }],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
  // Only a real approval on the page lowers it; the thread's own words are what is in doubt.
  adjust: APPROVED_BY_FACTS,
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '「事務局から特別に許可を得ている」と言われています',
    why: '相手の言葉だけで「運営が許可している」と言われても、確かめようがありません。ランサーズは「事務局が特別に許可」と称する連絡に注意を呼びかけており、クラウドワークスも事務局がLINEやチャットワークで募集することはないとしています。本当にサイト外連絡が認められた場合は、申請ステータスなどサイト上に表示されます。',
    steps: [
      'サイト上の表示(クラウドワークスのサービス外連絡申請のステータスなど)で、承認が本当にあるか確認してください。',
      '表示がなければ、外部での連絡や直接の取引には応じないでください。',
      '事務局をかたる連絡は「違反報告する」から報告し、必要なら事務局に直接問い合わせて確かめてください。',
    ],
  },
  en: {
    title: 'They claim the platform “specially approved” it',
    why: 'A claim that the platform approved something cannot be checked from the other party’s words. Lancers warns about messages claiming “special permission from the office”, and CrowdWorks says its office never recruits through LINE or Chatwork. A real approval of outside contact shows on the site, e.g. as the request’s status.',
    steps: [
      'Check the site itself (e.g. the status of CrowdWorks’ off-platform contact request) for an actual approval.',
      'Without it, do not move off the site or into a direct deal.',
      'Report messages that claim to speak for the office with 「違反報告する」, and ask the office directly if in doubt.',
    ],
  },
  sources: [LANCERS_OFFICE_PERMISSION_2019, CW_IMPERSONATION_2023, CW_OFF_PLATFORM_FAQ],
};

export const examples: RuleExamples = {
  matches: [
    { text: '事務局から特別に許可をもらっているので、LINEで大丈夫です', kind: 'message' },
    { text: 'ランサーズから了承を得ていますので直接やり取りできます', kind: 'message', site: 'lancers' },
    '運営公認の案件です。',
  ],
  doesNotMatch: [
    { text: 'サービス外連絡申請をいたしますので、事務局の承認後にご連絡します', kind: 'message' },
    { text: '事務局にお問い合わせください', kind: 'message' },
    '運営チームの特別なサポートはありません。',
  ],
};
