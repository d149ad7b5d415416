import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeCount, handleContentMessage, loadTabReport } from '@/utils/tab-reports';
import type { TabReport } from '@/utils/messages';

const report: TabReport = {
  site: 'crowdworks',
  kind: 'job',
  url: 'https://crowdworks.jp/public/jobs/1',
  findings: [
    { ruleId: 'a/b', category: 'a', severity: 'warning', evidence: [] },
    { ruleId: 'a/c', category: 'a', severity: 'info', evidence: [] },
  ],
  notices: [],
  missing: [],
  checked: { texts: 1, cards: 0, messages: 0 },
  analyzedAt: 1,
};

function senderFor(tabId: number | undefined, url = 'https://crowdworks.jp/public/jobs/1') {
  return { id: fakeBrowser.runtime.id, url, tab: tabId === undefined ? undefined : ({ id: tabId } as never) };
}

describe('background tab reports', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a valid report under the sender tab, not a tab named in the body', async () => {
    const message = { type: 'tab-report', report, tabId: 99 };
    expect(await handleContentMessage(message, senderFor(7))).toBe(true);
    expect(await loadTabReport(7)).toEqual(report);
    expect(await loadTabReport(99)).toBeNull();
  });

  it('ignores unknown types, invalid payloads, missing tabs and foreign senders', async () => {
    expect(await handleContentMessage({ type: 'nope' }, senderFor(7))).toBe(false);
    expect(await handleContentMessage({ type: 'tab-report', report: { ...report, findings: 'x' } }, senderFor(7))).toBe(false);
    expect(await handleContentMessage({ type: 'tab-report', report }, senderFor(undefined))).toBe(false);
    expect(await handleContentMessage({ type: 'tab-report', report }, { ...senderFor(7), id: 'other-extension' })).toBe(false);
    expect(await handleContentMessage({ type: 'tab-report', report }, senderFor(7, 'https://evil.example/'))).toBe(false);
    expect(await handleContentMessage(null, senderFor(7))).toBe(false);
    expect(await loadTabReport(7)).toBeNull();
  });

  it('counts only warnings and dangers on the badge', () => {
    expect(badgeCount(report)).toEqual({ count: 1, top: 'warning' });
  });
});
