/**
 * Storage keys and the ids records are filed under. Plain strings and functions only (no
 * zod), so the content script can build the same ids when it reads the stored sets.
 *
 *   local:settings      Settings (version 2)
 *   local:dismissals    per site + job/contract id + rule id (version 1)
 *   local:clients       notes and blocklist, per site + client id (version 1)
 *   local:contracts     tracked contracts: state and dates, per site + contract id (version 1)
 *   local:backup:<name>:<time>   values that failed validation, moved aside
 */
import type { Site } from '../facts';

export const SETTINGS_KEY = 'local:settings';
export const DISMISSALS_KEY = 'local:dismissals';
export const CLIENTS_KEY = 'local:clients';
export const CONTRACTS_KEY = 'local:contracts';

/** Current version of each stored item (the storage meta `v`). */
export const STORAGE_VERSIONS = { settings: 2, dismissals: 1, clients: 1, contracts: 1 } as const;
export type StoredItemName = keyof typeof STORAGE_VERSIONS;

/** Prefix (without the `local:` area) of every moved-aside value. */
export const BACKUP_PREFIX = 'backup:';

/** Where a value of item `name` that failed validation at time `at` is kept. */
export function backupKey(name: StoredItemName, at: number): `local:${string}` {
  return `local:${BACKUP_PREFIX}${name}:${at}`;
}

/** Id of one dismissal: `${site}:${subjectId}:${ruleId}`. */
export function dismissalKey(site: Site, subjectId: string, ruleId: string): string {
  return `${site}:${subjectId}:${ruleId}`;
}

/** Id of one client record: `${site}:${clientId}`. */
export function clientKey(site: Site, clientId: string): string {
  return `${site}:${clientId}`;
}

/** Id of one tracked contract: `${site}:${contractId}`. */
export function contractKey(site: Site, contractId: string): string {
  return `${site}:${contractId}`;
}
