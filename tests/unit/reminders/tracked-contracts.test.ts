/**
 * Tracked contracts: what the background remembers when a contract page is analysed (the
 * state and dates only, never text), how a later visit updates it, stopping tracking, a
 * corrupt stored value moved aside, and export/import of the records.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractPageFacts } from '@/utils/sites';
import { handleContentMessage } from '@/utils/tab-reports';
import { contractReadingOf } from '@/utils/reminders/tracking';
import { loadTrackedContracts, markNotified, mergeReading, stopTracking, trackContract } from '@/utils/storage/contracts';
import { listBackups } from '@/utils/storage/backups';
import { applyImport, buildExport, parseImport } from '@/utils/storage/export-import';
import type { PageFacts } from '@/utils/facts';
import { FIXTURE_NOW, handBuiltPage } from '../../fixtures/pages/manifest';
import { fixturePage } from '../sites/parse-html';

const now = new Date(FIXTURE_NOW);

function factsOf(file: string, edit?: (doc: Document) => void): PageFacts {
  const page = handBuiltPage(file);
  const doc = fixturePage(page.file);
  edit?.(doc);
  return extractPageFacts(doc, page.url, { now })!;
}

/** Analyses the page as the background does, for tab 5 showing it. */
async function visit(facts: PageFacts, at = now) {
  const sender = { id: fakeBrowser.runtime.id, url: facts.url, tab: { id: 5 } as never };
  return handleContentMessage({ type: 'analyze-page', facts }, sender, () => at);
}

const RECORD_KEYS = [
  'contractId',
  'deliveredAt',
  'funded',
  'lastClientMessageAt',
  'notified',
  'offPlatformApproved',
  'seenAt',
  'site',
  'status',
  'terminationRequestedAt',
  'type',
];

describe('tracking the contracts the user opens', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers a CrowdWorks contract page: state and dates, nothing else', async () => {
    const facts = factsOf('crowdworks/contract-delivered.html');
    expect(await visit(facts)).toMatchObject({ cards: {} });
    const { value } = await loadTrackedContracts();
    expect(Object.keys(value)).toEqual(['crowdworks:63500001']);
    const record = value['crowdworks:63500001']!;
    expect(record).toEqual({
      site: 'crowdworks',
      contractId: '63500001',
      status: 'delivered',
      type: 'fixed',
      funded: true,
      deliveredAt: '2026-11-13T10:00:00+09:00',
      terminationRequestedAt: null,
      lastClientMessageAt: '2026-11-12T18:30:00+09:00',
      offPlatformApproved: null,
      seenAt: now.getTime(),
      notified: {},
    });
    expect(Object.keys(record).sort()).toEqual(RECORD_KEYS);
    // No page text: not the title, not a name, not a word of any message.
    const stored = JSON.stringify(await fakeBrowser.storage.local.get('contracts'));
    for (const text of [...facts.texts.map((t) => t.text.slice(0, 8)), '商品紹介記事', 'kato_media', 'tanaka_worker']) {
      expect(stored).not.toContain(text);
    }
  });

  it('remembers a Lancers work room once it shows a contract, but not a negotiation or another page', async () => {
    await visit(factsOf('lancers/work-room-delivered.html'));
    await visit(factsOf('lancers/message-board.html', (doc) => {
      doc.querySelector('.board-state')!.textContent = 'プロジェクト：提案中';
    }));
    await visit(factsOf('crowdworks/proposal-thread-line.html'));
    await visit(factsOf('crowdworks/job-detail.html'));
    const { value } = await loadTrackedContracts();
    expect(Object.keys(value)).toEqual(['lancers:123457']);
    expect(value['lancers:123457']).toMatchObject({ status: 'delivered', deliveredAt: '2026-11-13T11:00:00+09:00' });
  });

  it('does not track pages of a site the user switched off', async () => {
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['crowdworks'] } });
    await visit(factsOf('crowdworks/contract-delivered.html'));
    expect((await loadTrackedContracts()).value).toEqual({});
  });

  it('updates a record on the next visit, keeping what that page did not show', async () => {
    await visit(factsOf('crowdworks/contract-delivered.html'));
    const later = new Date(now.getTime() + 86_400_000);
    // The next visit shows the contract completed, but no messages (and so no last message).
    await visit(
      factsOf('crowdworks/contract-delivered.html', (doc) => {
        doc.querySelector('.contract_detail tr:nth-child(4) td')!.textContent = '完了';
        doc.querySelector('[class*="_messageList_"]')!.remove();
        doc.querySelector('.contract_detail tr:nth-child(5)')!.remove();
        doc.querySelector('.contract_progress li:nth-child(2)')!.remove();
      }),
      later,
    );
    const record = (await loadTrackedContracts()).value['crowdworks:63500001']!;
    expect(record).toMatchObject({
      status: 'completed',
      funded: true,
      lastClientMessageAt: '2026-11-12T18:30:00+09:00',
      seenAt: later.getTime(),
    });
  });

  it('merges readings: an unreadable status keeps the old one, the last client message only moves forward', () => {
    const first = mergeReading(undefined, { site: 'lancers', contractId: '9', status: 'active', lastClientMessageAt: '2026-11-10T10:00:00+09:00' }, 1);
    const second = mergeReading(first, { site: 'lancers', contractId: '9', status: 'unknown', lastClientMessageAt: '2026-11-05T10:00:00+09:00', funded: false }, 2);
    expect(second).toMatchObject({ status: 'active', funded: false, lastClientMessageAt: '2026-11-10T10:00:00+09:00', seenAt: 2 });
    const third = mergeReading(second, { site: 'lancers', contractId: '9', lastClientMessageAt: '2026-11-12T08:00:00+09:00' }, 3);
    expect(third.lastClientMessageAt).toBe('2026-11-12T08:00:00+09:00');
  });

  it('refuses a reading that could carry text instead of a number or a date', async () => {
    const facts = factsOf('crowdworks/contract-delivered.html');
    expect(contractReadingOf({ ...facts, contract: { ...facts.contract, id: 'ご連絡は LINE で' } })).toBeNull();
    expect(contractReadingOf({ ...facts, contract: { ...facts.contract, deliveredAt: '納品しました' } })?.deliveredAt).toBeUndefined();
    await expect(trackContract({ site: 'crowdworks', contractId: 'abc' })).rejects.toThrow();
    await expect(trackContract({ site: 'crowdworks', contractId: '1', deliveredAt: 'LINE: ken_090' })).rejects.toThrow();
    expect((await loadTrackedContracts()).value).toEqual({});
  });

  it('stops tracking: the record and its notified reminders are deleted', async () => {
    await visit(factsOf('crowdworks/contract-delivered.html'));
    await visit(factsOf('crowdworks/contract-termination.html'));
    await markNotified([
      { site: 'crowdworks', contractId: '63500001', ruleId: 'inspection-overdue/delivered-not-inspected', basis: '2026-11-13T10:00:00+09:00' },
    ]);
    expect((await loadTrackedContracts()).value['crowdworks:63500001']?.notified).toEqual({
      'inspection-overdue/delivered-not-inspected': '2026-11-13T10:00:00+09:00',
    });
    await stopTracking('crowdworks:63500001');
    const { value } = await loadTrackedContracts();
    expect(Object.keys(value)).toEqual(['crowdworks:63500003']);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('63500001');
  });

  it('moves a corrupt stored value aside and starts empty', async () => {
    const bad = { 'crowdworks:1': { site: 'crowdworks', contractId: '1', status: 'delivered', note: 'LINE で連絡' } };
    await fakeBrowser.storage.local.set({ contracts: bad, contracts$: { v: 1 } });
    const { value, movedAsideTo } = await loadTrackedContracts();
    expect(value).toEqual({});
    expect(movedAsideTo).toMatch(/^local:backup:contracts:\d+$/);
    const backups = await listBackups();
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ item: 'local:contracts', version: 1, value: bad });
    expect((await fakeBrowser.storage.local.get('contracts')).contracts).toBeUndefined();
    // Tracking works again on the next visit.
    await visit(factsOf('crowdworks/contract-delivered.html'));
    expect(Object.keys((await loadTrackedContracts()).value)).toEqual(['crowdworks:63500001']);
  });

  it('keeps the most recently seen contracts when there are too many', async () => {
    for (let i = 0; i < 502; i += 1) await trackContract({ site: 'crowdworks', contractId: String(1000 + i), status: 'active' }, i);
    const { value } = await loadTrackedContracts();
    expect(Object.keys(value)).toHaveLength(500);
    expect(value['crowdworks:1000']).toBeUndefined();
    expect(value['crowdworks:1501']).toBeDefined();
  });
});

describe('tracked contracts in export and import', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trip, notified reminders included', async () => {
    await visit(factsOf('lancers/work-room-delivered.html'));
    await markNotified([{ site: 'lancers', contractId: '123457', ruleId: 'client-unresponsive/silent-client-lancers', basis: '2026-11-12T09:30:00+09:00' }]);
    const exported = await buildExport(now);
    expect(exported.versions.contracts).toBe(1);
    fakeBrowser.reset();
    const result = parseImport(JSON.stringify(exported));
    if (!result.ok) throw new Error('expected the export to import');
    await applyImport(result.file);
    expect((await loadTrackedContracts()).value).toEqual(exported.contracts);
    expect(await fakeBrowser.storage.local.get('contracts$')).toEqual({ contracts$: { v: 1 } });
  });

  it('reject a record with text in it, naming where', () => {
    const file = {
      app: 'omamori',
      format: 1,
      versions: { settings: 2, dismissals: 1, clients: 1, contracts: 1 },
      settings: {},
      dismissals: {},
      clients: {},
      contracts: { 'crowdworks:1': { site: 'crowdworks', contractId: '1', status: 'active', memo: 'LINE' } },
    };
    const result = parseImport(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'schema') throw new Error('expected schema problems');
    expect(result.problems.map((p) => p.path)).toContain('contracts["crowdworks:1"]');
  });
});
