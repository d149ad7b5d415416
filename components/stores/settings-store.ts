/**
 * Settings as the pages see them: loaded once (validated, bad values moved aside), kept in
 * step with storage, changed through actions that write to storage first.
 */
import { create } from 'zustand';
import type { Site } from '@/utils/facts';
import type { Settings } from '@/utils/settings-schema';
import { settingsItem } from '@/utils/storage/items';
import { defaultSettings } from '@/utils/storage/settings-defaults';
import {
  changeSettings,
  loadSettings,
  resetSettings,
  updateSettings,
  withRuleEnabled,
  withSiteEnabled,
} from '@/utils/storage/settings';

export interface SettingsState {
  settings: Settings;
  loaded: boolean;
  /** Backup key when the stored settings were invalid and moved aside. */
  movedAsideTo: string | null;
  /** True after a write failed; the UI says so. */
  saveFailed: boolean;
  load(): Promise<void>;
  update(patch: Partial<Settings>): Promise<boolean>;
  setRuleEnabled(ruleId: string, enabled: boolean): Promise<boolean>;
  setSiteEnabled(site: Site, enabled: boolean): Promise<boolean>;
  reset(): Promise<boolean>;
  /** Follows changes made by other extension pages; returns the unsubscribe function. */
  watch(): () => void;
}

export const useSettingsStore = create<SettingsState>()((set, get) => {
  /** Runs a write; the stored result becomes the state. */
  const write = async (run: () => Promise<Settings>): Promise<boolean> => {
    try {
      set({ settings: await run(), saveFailed: false });
      return true;
    } catch {
      set({ saveFailed: true });
      return false;
    }
  };
  return {
    settings: defaultSettings(),
    loaded: false,
    movedAsideTo: null,
    saveFailed: false,
    async load() {
      const { value, movedAsideTo } = await loadSettings();
      set({ settings: value, loaded: true, movedAsideTo: movedAsideTo ?? get().movedAsideTo });
    },
    update: (patch) => write(() => updateSettings(patch)),
    setRuleEnabled: (ruleId, enabled) => write(() => changeSettings((s) => withRuleEnabled(s, ruleId, enabled))),
    setSiteEnabled: (site, enabled) => write(() => changeSettings((s) => withSiteEnabled(s, site, enabled))),
    reset: () => write(resetSettings),
    watch: () => settingsItem.watch(() => void get().load()),
  };
});
