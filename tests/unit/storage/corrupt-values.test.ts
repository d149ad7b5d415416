import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listBackups, removeBackups } from '@/utils/storage/backups';
import { loadClients } from '@/utils/storage/clients';
import { readContentSettings } from '@/utils/storage/content-view';
import { loadDismissals } from '@/utils/storage/dismissals';
import { loadSettings } from '@/utils/storage/settings';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';

const BAD_SETTINGS = { minClientRating: 'high', minReviewsForRating: -3, disabledSites: ['coconala'] };

describe('a stored value that fails validation', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is moved aside under a backup key, and defaults are used', async () => {
    await fakeBrowser.storage.local.set({ settings: BAD_SETTINGS, settings$: { v: 2 } });
    const { value, movedAsideTo } = await loadSettings();
    expect(value).toEqual(DEFAULT_SETTINGS);
    expect(movedAsideTo).toMatch(/^local:backup:settings:\d+$/);

    const all = await fakeBrowser.storage.local.get(null);
    expect(all.settings).toBeUndefined();
    const backupKey = movedAsideTo!.slice('local:'.length);
    expect(all[backupKey]).toMatchObject({ item: 'local:settings', version: 2, value: BAD_SETTINGS });
    const problems = (all[backupKey] as { problems: string[] }).problems.join('\n');
    expect(problems).toContain('minClientRating');
    expect(problems).toContain('disabledSites.0');

    // Loading again finds nothing bad: no second backup.
    expect((await loadSettings()).movedAsideTo).toBeNull();
    expect(await listBackups()).toHaveLength(1);
  });

  it('keeps each item apart: a bad dismissals value does not touch clients', async () => {
    const client = { site: 'lancers', clientId: 'abc', note: 'ok', blocked: true, updatedAt: 1 };
    await fakeBrowser.storage.local.set({
      dismissals: { 'crowdworks:1:x/y': { site: 'crowdworks', subjectId: '1', ruleId: 'x/y', reason: 'maybe', at: 1 } },
      clients: { 'lancers:abc': client },
    });
    expect((await loadDismissals()).value).toEqual({});
    expect((await loadClients()).value).toEqual({ 'lancers:abc': client });
    const backups = await listBackups();
    expect(backups.map((b) => b.item)).toEqual(['local:dismissals']);
    await removeBackups(backups.map((b) => b.key));
    expect(await listBackups()).toEqual([]);
  });

  it('a record filed under the wrong key is invalid (the content script rebuilds keys)', async () => {
    await fakeBrowser.storage.local.set({
      clients: { 'lancers:zzz': { site: 'lancers', clientId: 'abc', note: '', blocked: true, updatedAt: 1 } },
    });
    const { value, movedAsideTo } = await loadClients();
    expect(value).toEqual({});
    expect(movedAsideTo).not.toBeNull();
  });

  it('the content view coerces bad fields to defaults by hand and writes nothing', async () => {
    const stored = {
      settings: { ...BAD_SETTINGS, inspectionOverdueDays: 12, disabledRules: ['a/b', 7] },
      dismissals: {
        good: { site: 'crowdworks', subjectId: '9', ruleId: 'threat/x', reason: 'dismissed', at: 1 },
        bad: { site: 'elsewhere', subjectId: '9', ruleId: 'threat/x' },
      },
      clients: [1, 2, 3],
    };
    await fakeBrowser.storage.local.set(stored);
    const view = await readContentSettings();
    expect(view.settings).toEqual({
      ...DEFAULT_SETTINGS,
      inspectionOverdueDays: 12,
      disabledRules: ['a/b'],
      disabledSites: [],
    });
    expect(view.dismissed).toEqual(new Set(['crowdworks:9:threat/x']));
    expect(view.blockedClients).toEqual(new Set());
    expect(await fakeBrowser.storage.local.get(null)).toEqual(stored);
  });
});
