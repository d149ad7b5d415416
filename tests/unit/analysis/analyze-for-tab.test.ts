import { describe, expect, it } from 'vitest';
import { analyzeForTab } from '@/utils/analysis/analyze-for-tab';
import { RULES } from '@/rules';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';
import type { PageFacts } from '@/utils/facts';
import type { ContentSettings } from '@/utils/storage/content-view';

const NOW = new Date('2026-11-21T10:00:00+09:00');

const user = (over: Partial<ContentSettings> = {}): ContentSettings => ({
  settings: DEFAULT_SETTINGS,
  blockedClients: new Set(),
  dismissed: new Set(),
  ...over,
});

const jobPage: PageFacts = {
  site: 'crowdworks',
  kind: 'job',
  url: 'https://crowdworks.jp/public/jobs/42',
  job: { id: '42', title: 'データ入力' },
  client: { id: '7', name: 'sato' },
  messages: [],
  texts: [{ id: 'job.description', kind: 'job', text: '詳細はLINEでお伝えします。LINE IDを追加してください。' }],
  cards: [],
  missing: [],
};

const listing: PageFacts = {
  site: 'crowdworks',
  kind: 'job-list',
  url: 'https://crowdworks.jp/public/jobs/category/249',
  messages: [],
  texts: [],
  cards: [
    { jobId: '1', url: 'https://crowdworks.jp/public/jobs/1', title: 'Amazonで限定商品を代理購入してください', client: { id: '9' } },
    { jobId: '2', url: 'https://crowdworks.jp/public/jobs/2', title: 'ホームページのコーディング', client: { id: '8' } },
  ],
  missing: [],
};

describe('analysis of a tab in the background', () => {
  it('reports the findings and shows them on the page', () => {
    const { report, visible } = analyzeForTab(jobPage, RULES, user(), NOW);
    expect(report.subjectId).toBe('42');
    expect(visible.map((f) => f.category)).toContain('off-platform-contact');
    expect(report.findings).toEqual(visible);
  });

  it('keeps a dismissed finding in the report but not on the page', () => {
    const first = analyzeForTab(jobPage, RULES, user(), NOW);
    const ruleId = first.visible[0]!.ruleId;
    const { report, visible } = analyzeForTab(jobPage, RULES, user({ dismissed: new Set([`crowdworks:42:${ruleId}`]) }), NOW);
    expect(report.findings.map((f) => f.ruleId)).toContain(ruleId);
    expect(report.dismissedRuleIds).toEqual([ruleId]);
    expect(visible.map((f) => f.ruleId)).not.toContain(ruleId);
  });

  it('puts a danger finding first for a client the user blocked, on pages and on cards', () => {
    const page = analyzeForTab(jobPage, RULES, user({ blockedClients: new Set(['crowdworks:7']) }), NOW);
    expect(page.visible[0]).toMatchObject({ ruleId: 'blocked-client/user-blocklist', severity: 'danger' });
    const cards = analyzeForTab(listing, RULES, user({ blockedClients: new Set(['crowdworks:8']) }), NOW).cards;
    expect(cards['2']?.[0]?.ruleId).toBe('blocked-client/user-blocklist');
  });

  it('gives listing cards their own findings and leaves clean cards out', () => {
    const { cards, report, visible } = analyzeForTab(listing, RULES, user(), NOW);
    expect(Object.keys(cards)).toEqual(['1']);
    expect(cards['1']!.map((f) => f.category)).toContain('purchase-proxy');
    expect(visible).toEqual([]);
    expect(report.findings.length).toBe(cards['1']!.length);
  });
});
