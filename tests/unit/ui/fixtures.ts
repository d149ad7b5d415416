/** Test data for the UI tests: reports and guidance written for the tests, not real rules. */
import type { GuidanceMap } from '@/components/panel/guidance';
import type { Finding } from '@/utils/findings';
import type { TabReport } from '@/utils/messages';

export const LINE_FINDING: Finding = {
  ruleId: 'off-platform-contact/line-id',
  category: 'off-platform-contact',
  severity: 'danger',
  evidence: [{ text: 'LINEで連絡ください', source: 'job.description', start: 10, end: 20 }],
};

export const RATING_FINDING: Finding = {
  ruleId: 'low-client-rating/below-threshold',
  category: 'low-client-rating',
  severity: 'warning',
  evidence: [{ text: '評価 2.1', source: 'fact:client.rating', start: 0, end: 0 }],
};

export const NEW_CLIENT_FINDING: Finding = {
  ruleId: 'new-client/few-orders',
  category: 'new-client',
  severity: 'info',
  evidence: [],
};

export const GUIDANCE: GuidanceMap = {
  'off-platform-contact/line-id': {
    ja: {
      title: 'サイト外の連絡先 (LINE) に誘っています',
      why: 'サイト外でのやり取りは運営の保護の外です。',
      steps: ['サイトのメッセージで返信する', 'サービス外連絡申請があるか確認する', '怪しければ通報する'],
    },
    en: {
      title: 'Asks you to move to LINE',
      why: 'Talks outside the site are not protected by it.',
      steps: ['Reply through the site', 'Check for an approved request', 'Report it if in doubt'],
    },
    sources: [
      { title: 'サービス外連絡申請について', url: 'https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10562' },
      { title: '偽の公式ページ', url: 'https://crowdworks.jp.evil.example/faq' },
      { title: '平文のページ', url: 'http://crowdworks.jp/faq' },
      { title: 'スクリプト', url: 'javascript:alert(1)' },
      { title: '外部連絡の注意 (記事)', seed: '004_df2b4355e9f85b37.txt' },
    ],
  },
  'low-client-rating/below-threshold': {
    ja: { title: 'クライアントの評価が低めです', why: '評価が低い相手とは揉めやすいです。', steps: ['過去の評価を読む'] },
    en: { title: 'The client is rated low', why: 'Low-rated clients are more often in disputes.', steps: ['Read past reviews'] },
    sources: [{ title: 'トラブル解決', seed: '000_7e05edcb8c4bfb8d.txt' }],
  },
};

export function makeReport(overrides: Partial<TabReport> = {}): TabReport {
  return {
    site: 'crowdworks',
    kind: 'job',
    url: 'https://crowdworks.jp/public/jobs/12345',
    subjectId: '12345',
    client: {
      id: '777',
      name: '株式会社テスト',
      rating: 4.62,
      reviews: 38,
      ordersPosted: 120,
      completionRate: 95.5,
      identityVerified: true,
      ruleChecked: false,
      certified: null,
      registeredAt: '2021-04-01T10:00:00+09:00',
    },
    findings: [NEW_CLIENT_FINDING, RATING_FINDING, LINE_FINDING],
    notices: [],
    missing: [],
    checked: { texts: 3, cards: 0, messages: 0 },
    analyzedAt: 1,
    ...overrides,
  };
}
