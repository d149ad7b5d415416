/**
 * What the content script needs from storage, read without zod or React so the script stays
 * small: the settings, the blocked clients and the dismissed findings. Bad stored values are
 * coerced to defaults by hand (./coerce.ts); nothing is written from here.
 */
import type { Settings } from '../settings-schema';
import { coerceBlockedClients, coerceDismissed, coerceSettings } from './coerce';
import { clientsItem, dismissalsItem, settingsItem } from './items';

export { clientKey, dismissalKey } from './keys';

export interface ContentSettings {
  settings: Settings;
  /** `${site}:${clientId}` of every blocked client. */
  blockedClients: Set<string>;
  /** `${site}:${subjectId}:${ruleId}` of every dismissed finding. */
  dismissed: Set<string>;
}

/** Reads settings, blocklist and dismissals; never throws (storage errors give defaults). */
export async function readContentSettings(): Promise<ContentSettings> {
  const [settings, clients, dismissals] = await Promise.all([
    settingsItem.getValue().catch(() => null),
    clientsItem.getValue().catch(() => null),
    dismissalsItem.getValue().catch(() => null),
  ]);
  return {
    settings: coerceSettings(settings),
    blockedClients: coerceBlockedClients(clients),
    dismissed: coerceDismissed(dismissals),
  };
}
