import { describe, expect, it } from 'vitest';
import type { ListingCard } from '../../../utils/facts';
import type { AnalysisNotice } from '../../../utils/findings';
import { analyzeCards } from '../../../utils/engine/analyze';
import { MAX_PAGE_CHARS } from '../../../utils/engine/limits';
import type { RuleSpec } from '../../../utils/engine/rule-schema';
import { NOW, SETTINGS, page, rule } from './helpers';

const lure = rule({ text: { terms: ['高収入', '日給5万'] } }, { id: 'criminal-recruitment/test', category: 'criminal-recruitment', pageKinds: ['job-list'] });
const lowRating: RuleSpec = rule(
  { fact: 'client.rating', op: '<', value: { setting: 'minClientRating' } },
  { id: 'low-client-rating/test', category: 'low-client-rating', severity: 'info', pageKinds: ['job-list'] },
);
const jobPageOnly = rule({ text: { terms: ['データ入力'] } }, { id: 'threat/job-page-only', category: 'threat', pageKinds: ['job'] });

const card = (jobId: string, title: string, extra: Partial<ListingCard> = {}): ListingCard => ({
  jobId,
  url: `https://crowdworks.jp/public/jobs/${jobId}`,
  title,
  ...extra,
});

describe('analyzeCards', () => {
  it('analyses each card as its own small listing page', () => {
    const cards = [
      card('1', 'データ入力の簡単なお仕事'),
      card('2', '在宅ワーク', { digest: '高収入！スマホで完結', client: { rating: 4.8 } }),
      card('3', 'データ入力', { client: { rating: 2.5 } }),
    ];
    const results = analyzeCards(page([], { kind: 'job-list', cards }), [lure, lowRating, jobPageOnly], SETTINGS, NOW);
    expect([...results.keys()]).toEqual(['1', '2', '3']);
    expect(results.get('1')).toEqual([]);
    expect(results.get('2')).toEqual([
      {
        ruleId: 'criminal-recruitment/test',
        category: 'criminal-recruitment',
        severity: 'warning',
        evidence: [{ source: 'card:2:digest', text: '高収入', start: 0, end: 3 }],
      },
    ]);
    expect(results.get('3')?.map((f) => f.ruleId)).toEqual(['low-client-rating/test']);
  });

  it('keeps card findings apart: one card never explains another', () => {
    const cards = [card('a', '高収入'), card('b', '普通の仕事'), card('c', '日給5万円')];
    const results = analyzeCards(page([], { kind: 'job-list', cards }), [lure], SETTINGS, NOW);
    expect(results.get('a')?.[0]?.evidence.map((e) => e.source)).toEqual(['card:a:title']);
    expect(results.get('b')).toEqual([]);
    expect(results.get('c')?.[0]?.evidence.map((e) => e.source)).toEqual(['card:c:title']);
  });

  it('handles 2,000 cards, sharing the page budget and reporting what was cut', () => {
    const long = 'あ'.repeat(1_000);
    const cards = Array.from({ length: 2_000 }, (_, i) => card(String(i), `案件${i} 高収入`, { digest: long }));
    const notices: AnalysisNotice[] = [];
    const results = analyzeCards(page([], { kind: 'job-list', cards }), [lure, lowRating], SETTINGS, NOW, { notices });
    expect(results.size).toBe(2_000);
    expect(results.get('0')?.map((f) => f.ruleId)).toEqual(['criminal-recruitment/test']);
    // About MAX_PAGE_CHARS / 1,000 cards fit the budget; the last ones are not scanned.
    expect(results.get('1999')).toEqual([]);
    expect(2_000 * (long.length + 10)).toBeGreaterThan(MAX_PAGE_CHARS);
    expect(notices.map((n) => n.code)).toEqual(['text-truncated']);
  });
});
