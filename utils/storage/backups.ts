/**
 * Values that failed validation, kept aside under `local:backup:<item>:<time>` instead of
 * being deleted. The options page lists them, offers them for export, and removes them only
 * when the user asks.
 */
import { storage } from 'wxt/utils/storage';
import { BACKUP_PREFIX, backupKey, type StoredItemName } from './keys';

export interface StoredBackup {
  /** Full storage key, `local:backup:<item>:<time>`. */
  key: string;
  /** The item the value came from, e.g. `local:settings`. */
  item: string;
  /** The item's stored version when the value was moved aside. */
  version: number;
  savedAt: number;
  /** Where validation failed (`path: message`), to help whoever reads the backup. */
  problems: string[];
  value: unknown;
}

/** Moves a bad value aside and removes it from its item. Returns the backup key. */
export async function moveAside(
  name: StoredItemName,
  itemKey: string,
  version: number,
  value: unknown,
  problems: string[],
  now = Date.now(),
): Promise<string> {
  const key = backupKey(name, now);
  const backup: StoredBackup = { key, item: itemKey, version, savedAt: now, problems, value };
  // Write the copy first: if anything fails after this, the value still exists somewhere.
  await storage.setItem(key, backup);
  await storage.removeItem(itemKey as `local:${string}`);
  return key;
}

/** Every stored backup, oldest first. */
export async function listBackups(): Promise<StoredBackup[]> {
  const all = await storage.snapshot('local');
  return Object.entries(all)
    .filter(([key]) => key.startsWith(BACKUP_PREFIX) && !key.endsWith('$'))
    .map(([, value]) => value as StoredBackup)
    .filter((b) => typeof b === 'object' && b !== null && typeof b.key === 'string')
    .sort((a, b) => a.savedAt - b.savedAt);
}

/** Removes the given backups (after the user exported or dismissed them). */
export async function removeBackups(keys: readonly string[]): Promise<void> {
  await storage.removeItems(keys.filter((k) => k.startsWith(`local:${BACKUP_PREFIX}`)) as `local:${string}`[]);
}
