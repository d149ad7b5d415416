import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateClient } from '@/utils/storage/clients';
import { addDismissal } from '@/utils/storage/dismissals';
import { applyImport, buildExport, exportFileName, formatPath, parseImport } from '@/utils/storage/export-import';
import { readContentSettings } from '@/utils/storage/content-view';
import { loadSettings, updateSettings } from '@/utils/storage/settings';
import { loadDismissals } from '@/utils/storage/dismissals';
import { loadClients } from '@/utils/storage/clients';
import { loadTrackedContracts, trackContract } from '@/utils/storage/contracts';

async function seed() {
  await updateSettings({ minClientRating: 3.2, clientSilentDaysLancers: 10, disabledRules: ['mlm/recruiting'] });
  await addDismissal({ site: 'crowdworks', subjectId: '12345', ruleId: 'new-client/few-orders', reason: 'false-alarm' }, 1000);
  await updateClient('lancers', 'client-9', { name: '山田', note: '支払いが遅い', blocked: true }, 2000);
  await trackContract({ site: 'crowdworks', contractId: '63500001', status: 'delivered', deliveredAt: '2026-11-13T10:00:00+09:00' }, 3000);
}

describe('export and import', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips settings, dismissals, client records and tracked contracts through JSON', async () => {
    await seed();
    const exported = await buildExport(new Date('2026-11-21T00:00:00Z'));
    const text = JSON.stringify(exported);
    expect(exportFileName(new Date('2026-11-21T00:00:00Z'))).toBe('omamori-2026-11-21.json');

    fakeBrowser.reset();
    expect((await loadSettings()).value.minClientRating).toBe(4);
    const result = parseImport(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    await applyImport(result.file);

    expect((await loadSettings()).value).toEqual(exported.settings);
    expect((await loadDismissals()).value).toEqual(exported.dismissals);
    expect((await loadClients()).value).toEqual(exported.clients);
    expect((await loadTrackedContracts()).value).toEqual(exported.contracts);
    expect(Object.keys(exported.contracts)).toEqual(['crowdworks:63500001']);
    const view = await readContentSettings();
    expect(view.blockedClients).toEqual(new Set(['lancers:client-9']));
    expect(view.dismissed).toEqual(new Set(['crowdworks:12345:new-client/few-orders']));
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
  });

  it('rejects an invalid file with the path of each problem and changes nothing', async () => {
    await seed();
    const before = await fakeBrowser.storage.local.get(null);
    const file = await buildExport();
    const bad = {
      ...file,
      settings: { ...file.settings, minClientRating: 9 },
      clients: { 'lancers:client-9': { ...file.clients['lancers:client-9'], blocked: 'yes' } },
    };
    const result = parseImport(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'schema') throw new Error('expected schema problems');
    expect(result.problems.map((p) => p.path)).toEqual(['settings.minClientRating', 'clients["lancers:client-9"].blocked']);
    expect(result.problems[0]!.message).toMatch(/5/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('names the problem for foreign files, unknown keys, wrong keys and broken JSON', () => {
    const problemsOf = (value: unknown) => {
      const r = parseImport(typeof value === 'string' ? value : JSON.stringify(value));
      return r.ok ? 'ok' : r.reason === 'json' ? 'json' : r.problems.map((p) => p.path).join(' ');
    };
    const base = { app: 'omamori', format: 1, versions: { settings: 2, dismissals: 1, clients: 1 }, settings: {}, dismissals: {}, clients: {} };
    expect(problemsOf(base)).toBe('ok');
    expect(problemsOf('{"app": "omamori",')).toBe('json');
    expect(problemsOf({ ...base, app: 'other' })).toBe('app');
    expect(problemsOf({ ...base, versions: { settings: 3, dismissals: 1, clients: 1 } })).toBe('versions.settings');
    expect(problemsOf({ ...base, versions: { ...base.versions, contracts: 2 } })).toBe('versions.contracts');
    expect(problemsOf({ ...base, contracts: { 'crowdworks:1': { site: 'crowdworks', contractId: 'x' } } })).toMatch(
      /^contracts\["crowdworks:1"\]\.contractId contracts\["crowdworks:1"\]\.status /,
    );
    expect(problemsOf({ ...base, settings: { minRating: 3 } })).toBe('settings');
    expect(problemsOf({ ...base, extra: true })).toBe('');
    expect(
      problemsOf({
        ...base,
        dismissals: { wrong: { site: 'crowdworks', subjectId: '1', ruleId: 'a/b', reason: 'dismissed', at: 1 } },
      }),
    ).toBe('dismissals.wrong');
  });

  it('imports a file from before contracts were tracked as having none', async () => {
    await seed();
    const result = parseImport(
      JSON.stringify({ app: 'omamori', format: 1, versions: { settings: 2, dismissals: 1, clients: 1 }, settings: {}, dismissals: {}, clients: {} }),
    );
    if (!result.ok) throw new Error('expected ok');
    expect(result.file.contracts).toEqual({});
    await applyImport(result.file);
    expect((await loadTrackedContracts()).value).toEqual({});
  });

  it('migrates settings from an older export', async () => {
    const old = {
      app: 'omamori',
      format: 1,
      versions: { settings: 1, dismissals: 1, clients: 1 },
      settings: { clientSilentDays: 3 },
      dismissals: {},
      clients: {},
    };
    const result = parseImport(JSON.stringify(old));
    if (!result.ok) throw new Error('expected ok');
    expect(result.file.settings.clientSilentDaysCrowdworks).toBe(3);
    expect(result.file.settings.clientSilentDaysLancers).toBe(3);
    await applyImport(result.file);
    expect((await loadSettings()).value.clientSilentDaysLancers).toBe(3);
  });

  it('formats paths so record keys stay readable', () => {
    expect(formatPath(['settings', 'disabledSites', 0])).toBe('settings.disabledSites[0]');
    expect(formatPath(['clients', 'lancers:x', 'note'])).toBe('clients["lancers:x"].note');
    expect(formatPath([])).toBe('');
  });
});
