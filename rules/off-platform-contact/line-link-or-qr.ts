/**
 * LINE reached without typing the name: lin.ee / line.me invitation links and 「QRコードから
 * 追加」. A link or code is a one-tap exit from the site, so it counts like a LINE ID.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING, OFF_PLATFORM_ADJUST } from '../shared';
import { CW_OFF_PLATFORM_FAQ, CW_SCAM_NOTICE_2025, LANCERS_CONTACT_FAQ } from '../sources';

export const rule = {
  id: 'off-platform-contact/line-link-or-qr',
  category: 'off-platform-contact',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    any: [
      {
        text: { terms: ['lin.ee', 'line.me'], wordBoundary: true },
        unless: NOT_ASKING,
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        text: { regex: ['qr\\s{0,2}(こ.?ど)?'] , wordBoundary: true },
        near: {
          pattern: { terms: ['追加', '読み取', '読み込', '友だち', '友達', 'スキャン', '登録', 'LINE', 'ライン', '参加'] },
          within: 15,
        },
        unless: [
          ...NOT_ASKING,
          // QR codes as the work: payment systems, flyers, generators.
          { scope: 'sentence', pattern: { terms: ['決済', '作成', '生成', 'デザイン', '印刷', 'チラシ', '開発', 'メニュー', '実装'] } },
        ],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
    ],
  },
  adjust: OFF_PLATFORM_ADJUST,
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'LINEの招待リンクやQRコードが送られています',
    why: 'lin.ee や line.me のリンク、QRコードは、タップ一つでサイトの外のLINEにつながります。クラウドワークスでは承認されたサービス外連絡申請なしに外部で連絡することはできず、ランサーズでも仮払い前の連絡先交換は禁止です。公式の注意喚起でも、簡単な仕事を入口にLINEへ誘い、スクールや別サービスの登録に進ませる手口が挙げられています。',
    steps: [
      'リンクを開いたりQRコードを読み取ったりせず、友だち追加もしないでください。',
      'サイト内のメッセージで、外部で話す理由と、サービス外連絡申請(ランサーズは連絡先公開申請)をするかを確認してください。',
      '説明がない・申請を断られる場合は応募や契約を見送り、「この仕事を通報する」または「違反報告する」から事務局へ知らせてください。',
    ],
  },
  en: {
    title: 'A LINE invitation link or QR code was sent',
    why: 'A lin.ee or line.me link or a QR code is a one-tap exit to LINE, off the site. CrowdWorks does not allow outside contact without an approved off-platform contact request, and Lancers forbids exchanging contacts before 仮払い. The platforms’ own warnings describe simple jobs used as bait to pull people onto LINE and then into a school or another sign-up.',
    steps: [
      'Do not open the link, scan the code or add the account.',
      'Ask in the site’s messages why the talk must move off the site and whether the client will file the off-platform contact request (Lancers: 連絡先公開申請).',
      'If there is no reason or they refuse, do not apply or sign, and report it with 「この仕事を通報する」 or 「違反報告する」.',
    ],
  },
  sources: [CW_OFF_PLATFORM_FAQ, CW_SCAM_NOTICE_2025, LANCERS_CONTACT_FAQ],
};

export const examples: RuleExamples = {
  matches: [
    '詳しくはこちらから https://lin.ee/AbCdEfG',
    'ご応募の方は https://line.me/R/ti/p/@123abcd まで',
    'QRコードを読み取って友だち追加してください。',
    { text: '下のQRから追加お願いします', kind: 'message' },
    { text: 'ｌｉｎ．ｅｅ／xyz12 から登録してください', kind: 'message' },
  ],
  doesNotMatch: [
    'QRコード決済システムの開発をお願いします。',
    '店舗用チラシにQRコードを印刷するデザインです。',
    'lin.ee 形式のリンクの送付は禁止されています。',
    'linear regression の解説記事を書いてください。',
    'online.me のドメイン設定',
  ],
};
