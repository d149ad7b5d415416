/**
 * Applying somewhere else: 「ご応募はこちらのGoogleフォームから」, short links, link-in-bio
 * pages. CrowdWorks forbids postings that lure people to other services and simple surveys
 * posted as projects to pull people outside.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING, OFF_PLATFORM_ADJUST } from '../shared';
import { CW_GUIDELINE_2024, CW_PROHIBITED_FAQ, CW_SCAM_NOTICE_2025 } from '../sources';

export const rule = {
  id: 'off-platform-contact/outside-application',
  category: 'off-platform-contact',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        '(google\\s{0,2}ふぉ.?む|ぐ.?ぐるふぉ.?む|外部ふぉ.?む|応募ふぉ.?む|専用ふぉ.?む|forms\\.gle|docs\\.google\\.com/forms|lit\\.link|linktr\\.ee|bit\\.ly|tinyurl\\.com|外部さいと|専用さいと|専用ぺ.?じ|ぷろふぃ.?る\\s{0,2}(欄)?\\s{0,2}(の|に記載の)\\s{0,2}(url|りんく))',
      ],
      wordBoundary: true,
    },
    near: {
      pattern: { terms: ['応募', '回答', '登録', '追加', 'エントリー', '申込', '申し込', 'ご連絡', '詳細', '入力して', 'アクセス', 'こちら'] },
      within: 20,
    },
    unless: [
      ...NOT_ASKING,
      // Forms as the work: building, setting up or tallying them.
      { scope: 'sentence', pattern: { terms: ['作成', '制作', '構築', '設計', '開発', '集計', '設定', '移行作業'] } },
    ],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
  adjust: OFF_PLATFORM_ADJUST,
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'サイトの外での応募・登録に誘導されています',
    why: '応募や詳細の確認を外部フォームや外部サイトで行わせる募集は、サイト内で記録が残らず、個人情報だけを集める目的のこともあります。クラウドワークスでは、他のサービスへ誘導する宣伝や、外部へ誘い出すための簡単なアンケート募集を違反としています。',
    steps: [
      '外部フォームに氏名・連絡先・住所などを入力しないでください。',
      '応募や質問はサイト内の応募・メッセージ機能で行いたいと伝えてください。',
      '外部での登録が条件なら応募を見送り、「この仕事を通報する」から知らせてください。',
    ],
  },
  en: {
    title: 'You are sent outside the site to apply or sign up',
    why: 'Applying through an outside form or site leaves no record on the platform and is sometimes only a way to collect personal data. CrowdWorks forbids postings that advertise or lead people to other services, and simple surveys posted to pull people outside.',
    steps: [
      'Do not enter your name, contact details or address in the outside form.',
      'Say that you will apply and ask questions through the site’s own application and messages.',
      'If signing up outside is a condition, skip the job and report it with 「この仕事を通報する」.',
    ],
  },
  sources: [CW_PROHIBITED_FAQ, CW_GUIDELINE_2024, CW_SCAM_NOTICE_2025],
};

export const examples: RuleExamples = {
  matches: [
    'ご応募はこちらのGoogleフォームからお願いします。',
    '詳細は https://forms.gle/abc123 にご回答ください',
    { text: '専用サイトから登録をお願いします', kind: 'message' },
    '応募はこちら → https://lit.link/xxxx',
    'プロフィールに記載のURLから公式アカウントを追加してください。',
  ],
  doesNotMatch: [
    'Googleフォームの作成と回答の集計をお願いします。',
    '社内の申込フォームの設計・開発です。',
    '外部サイトへの登録は一切必要ありません。応募はこちらのページからどうぞ。',
    'グーグルマップで店舗を検索してください。',
  ],
};
