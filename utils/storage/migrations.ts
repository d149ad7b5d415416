/**
 * Migrations of stored values from one version to the next, zod-free so every extension
 * context (the content script included) can run them. Each one is total: a value it does
 * not recognise is returned unchanged, and validation later moves it aside if it is bad.
 */
import { isRecord } from '../json-fields';

/**
 * Settings v1 → v2: v1 had one `clientSilentDays` for both sites; v2 keeps one per site
 * because the platforms' remedies differ (Lancers' 連絡催促申請 needs 7 days of silence).
 * Both sites start from the user's old value.
 */
export function settingsV1toV2(value: unknown): unknown {
  if (!isRecord(value) || !('clientSilentDays' in value)) return value;
  const { clientSilentDays, ...rest } = value;
  return {
    ...rest,
    clientSilentDaysCrowdworks: rest.clientSilentDaysCrowdworks ?? clientSilentDays,
    clientSilentDaysLancers: rest.clientSilentDaysLancers ?? clientSilentDays,
  };
}

/** Settings migrations by target version, in the form `storage.defineItem` expects. */
export const SETTINGS_MIGRATIONS: Record<number, (value: unknown) => unknown> = {
  2: settingsV1toV2,
};

/** Runs the migrations from `fromVersion` up to `toVersion` (used for imported files). */
export function migrateValue(
  migrations: Record<number, (value: unknown) => unknown>,
  value: unknown,
  fromVersion: number,
  toVersion: number,
): unknown {
  let current = value;
  for (let v = fromVersion + 1; v <= toVersion; v++) current = migrations[v]?.(current) ?? current;
  return current;
}
