import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadClients, removeClient, updateClient } from '@/utils/storage/clients';
import { addDismissal, dismissalsFor, loadDismissals, removeDismissal } from '@/utils/storage/dismissals';
import { LIMITS } from '@/utils/storage/records';
import { loadSettings, resetSettings, updateSettings, withRuleEnabled, withSiteEnabled } from '@/utils/storage/settings';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';

describe('stored records', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds and removes dismissals per site, subject and rule', async () => {
    await addDismissal({ site: 'crowdworks', subjectId: '1', ruleId: 'a/b', reason: 'dismissed' }, 10);
    await addDismissal({ site: 'crowdworks', subjectId: '1', ruleId: 'a/c', reason: 'false-alarm' }, 20);
    await addDismissal({ site: 'lancers', subjectId: '1', ruleId: 'a/b', reason: 'dismissed' }, 30);
    const all = (await loadDismissals()).value;
    expect(dismissalsFor(all, 'crowdworks', '1').map((d) => d.ruleId)).toEqual(['a/c', 'a/b']);
    await removeDismissal('crowdworks:1:a/b');
    expect(Object.keys((await loadDismissals()).value).sort()).toEqual(['crowdworks:1:a/c', 'lancers:1:a/b']);
  });

  it('refuses ids it could not store, writing nothing', async () => {
    const tooLong = 'x'.repeat(LIMITS.idLength + 1);
    await expect(addDismissal({ site: 'crowdworks', subjectId: tooLong, ruleId: 'a/b', reason: 'dismissed' })).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get('dismissals')).toEqual({});
  });

  it('keeps only the newest dismissals beyond the limit', async () => {
    const many = Object.fromEntries(
      Array.from({ length: LIMITS.dismissals }, (_, i) => [
        `crowdworks:${i}:a/b`,
        { site: 'crowdworks', subjectId: String(i), ruleId: 'a/b', reason: 'dismissed', at: i + 1 },
      ]),
    );
    await fakeBrowser.storage.local.set({ dismissals: many });
    await addDismissal({ site: 'lancers', subjectId: 'new', ruleId: 'a/b', reason: 'dismissed' }, 1e12);
    const kept = (await loadDismissals()).value;
    expect(Object.keys(kept)).toHaveLength(LIMITS.dismissals);
    expect(kept['lancers:new:a/b']).toBeDefined();
    expect(kept['crowdworks:0:a/b']).toBeUndefined();
  });

  it('stores a client only while it has a note or is blocked', async () => {
    await updateClient('crowdworks', '77', { name: '  田中  ', note: '丁寧' }, 5);
    expect((await loadClients()).value).toEqual({
      'crowdworks:77': { site: 'crowdworks', clientId: '77', name: '田中', note: '丁寧', blocked: false, updatedAt: 5 },
    });
    await updateClient('crowdworks', '77', { blocked: true }, 6);
    await updateClient('crowdworks', '77', { note: '' }, 7);
    expect((await loadClients()).value['crowdworks:77']).toMatchObject({ note: '', blocked: true, updatedAt: 7 });
    await updateClient('crowdworks', '77', { blocked: false }, 8);
    expect((await loadClients()).value).toEqual({});
    await updateClient('lancers', 'x', { blocked: true });
    await removeClient('lancers:x');
    expect((await loadClients()).value).toEqual({});
  });

  it('updates, toggles and resets settings, rejecting out-of-range values', async () => {
    await updateSettings({ minClientRating: 4.5 });
    await expect(updateSettings({ inspectionOverdueDays: 0 })).rejects.toThrow();
    expect((await loadSettings()).value.inspectionOverdueDays).toBe(7);
    const off = withSiteEnabled(withRuleEnabled(DEFAULT_SETTINGS, 'a/b', false), 'lancers', false);
    expect(off.disabledRules).toEqual(['a/b']);
    expect(off.disabledSites).toEqual(['lancers']);
    expect(withRuleEnabled(off, 'a/b', true).disabledRules).toEqual([]);
    await resetSettings();
    expect((await loadSettings()).value).toEqual(DEFAULT_SETTINGS);
  });
});
