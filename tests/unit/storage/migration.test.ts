import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineSettingsItem } from '@/utils/storage/items';
import { migrateValue, SETTINGS_MIGRATIONS, settingsV1toV2 } from '@/utils/storage/migrations';
import { loadSettings } from '@/utils/storage/settings';
import { readContentSettings } from '@/utils/storage/content-view';

/** Settings as version 1 stored them: one silence threshold for both sites. */
const V1_SETTINGS = {
  minClientRating: 3.5,
  minReviewsForRating: 5,
  inspectionOverdueDays: 10,
  clientSilentDays: 4,
  disabledRules: ['new-client/few-orders'],
  disabledSites: ['lancers'],
};

describe('settings v1 → v2 migration', () => {
  beforeEach(() => fakeBrowser.reset());

  it('splits clientSilentDays per site when the item is defined over a v1 value', async () => {
    await fakeBrowser.storage.local.set({ settings: V1_SETTINGS, settings$: { v: 1 } });
    // Defining the item is what an updated extension does at start: it runs the migrations.
    const item = defineSettingsItem();
    const migrated = await item.getValue();
    expect(migrated).toEqual({
      minClientRating: 3.5,
      minReviewsForRating: 5,
      inspectionOverdueDays: 10,
      clientSilentDaysCrowdworks: 4,
      clientSilentDaysLancers: 4,
      disabledRules: ['new-client/few-orders'],
      disabledSites: ['lancers'],
    });
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 2 });
    expect(stored.settings).not.toHaveProperty('clientSilentDays');
  });

  it('treats a value stored without a version as v1', async () => {
    await fakeBrowser.storage.local.set({ settings: V1_SETTINGS });
    await defineSettingsItem().getValue();
    const { value, movedAsideTo } = await loadSettings();
    expect(movedAsideTo).toBeNull();
    expect(value.clientSilentDaysLancers).toBe(4);
    expect((await readContentSettings()).settings.clientSilentDaysCrowdworks).toBe(4);
  });

  it('leaves v2 values and foreign shapes alone', () => {
    const v2 = { clientSilentDaysCrowdworks: 5, clientSilentDaysLancers: 7 };
    expect(settingsV1toV2(v2)).toBe(v2);
    expect(settingsV1toV2('garbage')).toBe('garbage');
    expect(settingsV1toV2(null)).toBeNull();
    expect(settingsV1toV2([1])).toEqual([1]);
    // A half-migrated value keeps the per-site numbers it already has.
    expect(settingsV1toV2({ clientSilentDays: 3, clientSilentDaysLancers: 9 })).toEqual({
      clientSilentDaysCrowdworks: 3,
      clientSilentDaysLancers: 9,
    });
  });

  it('runs the chain for imported files from any older version', () => {
    expect(migrateValue(SETTINGS_MIGRATIONS, { clientSilentDays: 6 }, 1, 2)).toEqual({
      clientSilentDaysCrowdworks: 6,
      clientSilentDaysLancers: 6,
    });
    expect(migrateValue(SETTINGS_MIGRATIONS, { clientSilentDays: 6 }, 2, 2)).toEqual({ clientSilentDays: 6 });
  });
});
