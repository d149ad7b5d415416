import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeCount, handleContentMessage, loadTabReport } from '@/utils/tab-reports';
import type { PageFacts } from '@/utils/facts';
import type { TabReport } from '@/utils/messages';

const facts: PageFacts = {
  site: 'crowdworks',
  kind: 'job',
  url: 'https://crowdworks.jp/public/jobs/1',
  job: { id: '1', title: '商品説明文の作成' },
  messages: [],
  texts: [{ id: 'job.description', kind: 'job', text: '詳しくはLINEで連絡します。LINE IDを追加してください。' }],
  cards: [],
  missing: [],
};

function senderFor(tabId: number | undefined, url = 'https://crowdworks.jp/public/jobs/1') {
  return { id: fakeBrowser.runtime.id, url, tab: tabId === undefined ? undefined : ({ id: tabId } as never) };
}

describe('background: analysing a tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('analyses the facts, stores the report under the sender tab (not one named in the body) and answers the page', async () => {
    const verdict = await handleContentMessage({ type: 'analyze-page', facts, tabId: 99 }, senderFor(7));
    expect(verdict).toMatchObject({ cards: {} });
    const visible = (verdict as { visible: { category: string }[] }).visible;
    expect(visible.map((f) => f.category)).toContain('off-platform-contact');
    const report = await loadTabReport(7);
    expect(report?.findings.map((f) => f.ruleId)).toEqual(visible.map((f) => (f as { ruleId?: string }).ruleId));
    expect(report?.subjectId).toBe('1');
    expect(await loadTabReport(99)).toBeNull();
  });

  it('ignores unknown types, invalid payloads, missing tabs, foreign senders and facts about another site', async () => {
    const valid = { type: 'analyze-page', facts };
    expect(await handleContentMessage({ type: 'nope' }, senderFor(7))).toBeNull();
    expect(await handleContentMessage({ type: 'analyze-page', facts: { ...facts, texts: 'x' } }, senderFor(7))).toBeNull();
    expect(await handleContentMessage(valid, senderFor(undefined))).toBeNull();
    expect(await handleContentMessage(valid, { ...senderFor(7), id: 'other-extension' })).toBeNull();
    expect(await handleContentMessage(valid, senderFor(7, 'https://evil.example/'))).toBeNull();
    expect(await handleContentMessage(valid, senderFor(7, 'https://www.lancers.jp/work/detail/1'))).toBeNull();
    expect(await handleContentMessage(null, senderFor(7))).toBeNull();
    expect(await loadTabReport(7)).toBeNull();
  });

  it('counts only warnings and dangers that are not dismissed on the badge', () => {
    const report: TabReport = {
      site: 'crowdworks',
      kind: 'job',
      url: facts.url,
      findings: [
        { ruleId: 'a/b', category: 'a', severity: 'warning', evidence: [] },
        { ruleId: 'a/c', category: 'a', severity: 'info', evidence: [] },
        { ruleId: 'a/d', category: 'a', severity: 'danger', evidence: [] },
      ],
      dismissedRuleIds: ['a/d'],
      notices: [],
      missing: [],
      checked: { texts: 1, cards: 0, messages: 0 },
      analyzedAt: 1,
    };
    expect(badgeCount(report)).toEqual({ count: 1, top: 'warning' });
  });
});
