/**
 * Settings as the extension pages read and change them: validated on every read and write.
 * The content script reads the same item through ./content-view.ts.
 */
import type { Site } from '../facts';
import { SettingsSchema, type Settings } from '../settings-schema';
import { settingsItem } from './items';
import { defaultSettings } from './settings-defaults';
import { loadValidated, saveValidated, type LoadResult } from './validated-item';

export function loadSettings(): Promise<LoadResult<Settings>> {
  return loadValidated('settings', settingsItem, SettingsSchema, defaultSettings);
}

/** Stores complete settings; throws (and stores nothing) when they are invalid. */
export function saveSettings(next: Settings): Promise<Settings> {
  return saveValidated(settingsItem, SettingsSchema, next);
}

/** Applies `change` to what is stored now (not to a page's possibly stale copy) and saves. */
export async function changeSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const { value } = await loadSettings();
  return saveSettings(change(value));
}

export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return changeSettings((current) => ({ ...current, ...patch }));
}

export function resetSettings(): Promise<Settings> {
  return saveSettings(defaultSettings());
}

/** Settings with one rule switched on or off. */
export function withRuleEnabled(settings: Settings, ruleId: string, enabled: boolean): Settings {
  const others = settings.disabledRules.filter((id) => id !== ruleId);
  return { ...settings, disabledRules: enabled ? others : [...others, ruleId] };
}

/** Settings with one site switched on or off. */
export function withSiteEnabled(settings: Settings, site: Site, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: enabled ? others : [...others, site] };
}
