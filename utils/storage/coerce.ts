/**
 * Hand-written checks of stored values for the content script, which must not bundle zod.
 * They never throw and never write: a bad field falls back to its default, a bad record is
 * skipped. (The extension pages validate strictly and move bad values aside instead.)
 */
import type { Site } from '../facts';
import { isRecord } from '../json-fields';
import type { Settings } from '../settings-schema';
import { clientKey, dismissalKey } from './keys';
import { defaultSettings, isValidThreshold, THRESHOLD_KEYS } from './settings-defaults';

// Written out rather than imported: utils/facts.ts pulls in zod. The Record type makes the
// compiler flag a site added there but missing here.
const KNOWN_SITES: Record<Site, true> = { crowdworks: true, lancers: true };

function isSite(value: unknown): value is Site {
  return typeof value === 'string' && Object.hasOwn(KNOWN_SITES, value);
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200;
}

/** Settings with every bad or missing field replaced by its default. */
export function coerceSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (!isRecord(raw)) return settings;
  for (const key of THRESHOLD_KEYS) {
    if (isValidThreshold(key, raw[key])) settings[key] = raw[key];
  }
  if (Array.isArray(raw.disabledRules)) settings.disabledRules = raw.disabledRules.filter(isId);
  if (Array.isArray(raw.disabledSites)) settings.disabledSites = raw.disabledSites.filter(isSite);
  if (typeof raw.notifyDueReminders === 'boolean') settings.notifyDueReminders = raw.notifyDueReminders;
  return settings;
}

/** Ids (`${site}:${subjectId}:${ruleId}`) of every well-formed dismissal. */
export function coerceDismissed(raw: unknown): Set<string> {
  const ids = new Set<string>();
  if (!isRecord(raw)) return ids;
  for (const value of Object.values(raw)) {
    if (isRecord(value) && isSite(value.site) && isId(value.subjectId) && isId(value.ruleId)) {
      ids.add(dismissalKey(value.site, value.subjectId, value.ruleId));
    }
  }
  return ids;
}

/** Ids (`${site}:${clientId}`) of every blocked client. */
export function coerceBlockedClients(raw: unknown): Set<string> {
  const ids = new Set<string>();
  if (!isRecord(raw)) return ids;
  for (const value of Object.values(raw)) {
    if (isRecord(value) && value.blocked === true && isSite(value.site) && isId(value.clientId)) {
      ids.add(clientKey(value.site, value.clientId));
    }
  }
  return ids;
}
