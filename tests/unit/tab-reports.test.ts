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
    expect(await handleContentMessage({ type: 'analyze-page', facts: { ...facts, url: 5 } }, senderFor(7))).toBeNull();
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

describe('background: hostile messages', () => {
  beforeEach(() => fakeBrowser.reset());

  const valid = { type: 'analyze-page', facts };

  it('ignores senders that are not our content script in a tab of a supported site', async () => {
    const senders = [
      { url: facts.url, tab: { id: 7 } },
      { id: fakeBrowser.runtime.id, tab: { id: 7 } },
      { id: fakeBrowser.runtime.id, url: facts.url, tab: { id: -1 } },
      { id: fakeBrowser.runtime.id, url: facts.url, tab: { id: 'seven' } },
      { id: fakeBrowser.runtime.id, url: facts.url },
      { id: fakeBrowser.runtime.id, url: 'https://crowdworks.jp.evil.example/public/jobs/1', tab: { id: 7 } },
      { id: fakeBrowser.runtime.id, url: 'https://evil.example/?https://crowdworks.jp/', tab: { id: 7 } },
      { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html`, tab: { id: 7 } },
      {},
    ];
    for (const sender of senders) {
      await expect(handleContentMessage(valid, sender as never)).resolves.toBeNull();
      await expect(handleContentMessage({ type: 'open-side-panel' }, sender as never)).resolves.toBeNull();
    }
    expect(await loadTabReport(7)).toBeNull();
  });

  it('ignores payloads whose site, kind or url fail the schema, without throwing', async () => {
    const payloads: unknown[] = [
      undefined,
      'analyze-page',
      42,
      [valid],
      { type: 'analyze-page' },
      { type: 'analyze-page', facts: null },
      { type: 'analyze-page', facts: { ...facts, site: 'coconala' } },
      { type: 'analyze-page', facts: { ...facts, kind: 'admin' } },
      { type: 'analyze-page', facts: { ...facts, url: undefined } },
      { type: 'analyze-page', facts: 'facts' },
      { type: 'ANALYZE-PAGE', facts },
      { type: ['analyze-page'], facts },
      { type: { toString: () => 'analyze-page' }, facts },
    ];
    for (const payload of payloads) await expect(handleContentMessage(payload, senderFor(7))).resolves.toBeNull();
    expect(await loadTabReport(7)).toBeNull();
  });

  it('keeps the valid parts of partly invalid facts and names the others missing', async () => {
    const partly = { ...facts, messages: [{ text: 'hi' }], client: { rating: '5' }, missing: ['job.deadline'] };
    const verdict = await handleContentMessage({ type: 'analyze-page', facts: partly }, senderFor(7));
    expect((verdict as { visible: { category: string }[] }).visible.map((f) => f.category)).toContain('off-platform-contact');
    const report = await loadTabReport(7);
    expect(report?.missing).toEqual(['job.deadline', 'messages', 'client']);
    expect(report?.client).toBeUndefined();

    await handleContentMessage({ type: 'analyze-page', facts: { ...facts, texts: [{ id: 'x', kind: 'job', text: 5 }] } }, senderFor(8));
    expect((await loadTabReport(8))?.missing).toEqual(['texts']);
  });

  it('ignores unknown types, including commands meant for pages and forged reports', async () => {
    const forgedReport: TabReport = {
      site: 'crowdworks',
      kind: 'job',
      url: facts.url,
      findings: [],
      notices: [],
      missing: [],
      checked: { texts: 0, cards: 0, messages: 0 },
      analyzedAt: 1,
    };
    const messages = [
      { type: 'reveal-evidence', source: 'job.description', start: 0, end: 4 },
      { type: 'reanalyze' },
      { type: 'tab-report', report: forgedReport },
      { type: 'save-report', tabId: 7, report: forgedReport },
      { type: '__proto__' },
      { type: 'constructor' },
    ];
    for (const message of messages) await expect(handleContentMessage(message, senderFor(7))).resolves.toBeNull();
    expect(await loadTabReport(7)).toBeNull();
  });

  it('keeps the analysed report, not one slipped into the message next to the facts', async () => {
    const slipped = { type: 'analyze-page', facts, report: { findings: [] }, findings: [{ ruleId: 'fake/rule' }] };
    await handleContentMessage(slipped, senderFor(7));
    const report = await loadTabReport(7);
    expect(report?.findings.map((f) => f.category)).toContain('off-platform-contact');
    expect(report?.findings.map((f) => f.ruleId)).not.toContain('fake/rule');
  });

  it('is not polluted by a __proto__ key in a message (messages arrive as parsed JSON)', async () => {
    const message = JSON.parse(`{"type":"analyze-page","facts":${JSON.stringify(facts)},"__proto__":{"polluted":true}}`) as unknown;
    await handleContentMessage(message, senderFor(7));
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(await loadTabReport(7)).not.toBeNull();
  });

  it('the background listener answers junk with a settled promise, never a throw or a rejection', async () => {
    const { default: background } = await import('@/entrypoints/background');
    background.main();
    const junk: [unknown, unknown][] = [
      [undefined, undefined],
      [{ type: 'analyze-page', facts }, undefined],
      [{ type: 'analyze-page', facts }, null],
      [{ type: 'analyze-page', facts }, { tab: { id: 7 } }],
      [{ type: 'nope' }, senderFor(7)],
      [Symbol('x'), senderFor(7)],
    ];
    for (const [message, sender] of junk) {
      const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
      expect(answers.every((a) => a === null || a === false)).toBe(true);
    }
    expect(await loadTabReport(7)).toBeNull();
  });
});

describe('which pages count as the supported sites', () => {
  it('accepts only the exact hosts over https', async () => {
    const { siteOf } = await import('@/utils/sites/site-of');
    expect(siteOf('https://crowdworks.jp/public/jobs/1')).toBe('crowdworks');
    expect(siteOf('https://www.lancers.jp/work/detail/1')).toBe('lancers');
    expect(siteOf('http://crowdworks.jp/public/jobs/1')).toBeNull();
    expect(siteOf('https://crowdworks.jp.evil.example/')).toBeNull();
    expect(siteOf('https://lancers.jp/')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });
});
