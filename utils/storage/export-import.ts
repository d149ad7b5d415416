/**
 * Export of everything the extension stores (settings, client notes and blocklist,
 * dismissals, tracked contracts) to one JSON file, and import of such a file. Import is all or nothing: the whole file is
 * migrated to the current versions and validated with zod before anything is written, and
 * an invalid file comes back as a list of `path: problem` lines with storage untouched.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { SettingsSchema } from '../settings-schema';
import { clientsItem, contractsItem, dismissalsItem, settingsItem } from './items';
import { STORAGE_VERSIONS } from './keys';
import { migrateValue, SETTINGS_MIGRATIONS } from './migrations';
import { ClientRecordsSchema, DismissalsSchema, TrackedContractsSchema } from './schemas';
import { loadClients } from './clients';
import { loadTrackedContracts } from './contracts';
import { loadDismissals } from './dismissals';
import { loadSettings } from './settings';

export const EXPORT_APP = 'omamori';
export const EXPORT_FORMAT = 1;

/** Accepted item versions: from 1 up to the current one (older files are migrated). */
const versionOf = (current: number) => z.number().int().min(1).max(current);

const EnvelopeSchema = z
  .object({
    app: z.literal(EXPORT_APP),
    format: z.literal(EXPORT_FORMAT),
    exportedAt: z.string().max(100).optional(),
    versions: z
      .object({
        settings: versionOf(STORAGE_VERSIONS.settings),
        dismissals: versionOf(STORAGE_VERSIONS.dismissals),
        clients: versionOf(STORAGE_VERSIONS.clients),
        // Files exported before contracts were tracked have none.
        contracts: versionOf(STORAGE_VERSIONS.contracts).optional(),
      })
      .strict(),
    settings: z.unknown(),
    dismissals: z.unknown(),
    clients: z.unknown(),
    contracts: z.unknown().optional(),
  })
  .strict();

const ExportFileSchema = EnvelopeSchema.extend({
  // Strict: an unknown key is more likely a typo or a foreign file than something to drop.
  settings: SettingsSchema.strict(),
  dismissals: DismissalsSchema,
  clients: ClientRecordsSchema,
  contracts: TrackedContractsSchema.default({}),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

/** Everything stored now, as an export file. */
export async function buildExport(now = new Date()): Promise<ExportFile> {
  const [settings, dismissals, clients, contracts] = await Promise.all([
    loadSettings(),
    loadDismissals(),
    loadClients(),
    loadTrackedContracts(),
  ]);
  return {
    app: EXPORT_APP,
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    versions: { ...STORAGE_VERSIONS },
    settings: settings.value,
    dismissals: dismissals.value,
    clients: clients.value,
    contracts: contracts.value,
  };
}

/** File name for an export made at `now`, e.g. `omamori-2026-11-21.json`. */
export function exportFileName(now = new Date()): string {
  return `omamori-${now.toISOString().slice(0, 10)}.json`;
}

export interface ImportProblem {
  /** Where in the file, e.g. `settings.minClientRating`; empty for the file as a whole. */
  path: string;
  message: string;
}

export type ImportResult =
  | { ok: true; file: ExportFile }
  | { ok: false; reason: 'json' }
  | { ok: false; reason: 'schema'; problems: ImportProblem[] };

/** `a.b["odd key"][0]`: record keys such as `crowdworks:123` stay readable. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

function problemsOf(error: z.ZodError): ImportProblem[] {
  return error.issues.slice(0, 10).map((i) => ({ path: formatPath(i.path), message: i.message }));
}

/**
 * Parses and validates an export file's text. `errorMap` words zod's messages (the options
 * page passes one in the user's language).
 */
export function parseImport(text: string, errorMap?: z.core.$ZodErrorMap): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'json' };
  }
  const options = errorMap ? { error: errorMap } : undefined;
  const envelope = EnvelopeSchema.safeParse(json, options);
  if (!envelope.success) return { ok: false, reason: 'schema', problems: problemsOf(envelope.error) };
  const migrated = {
    ...envelope.data,
    settings: migrateValue(
      SETTINGS_MIGRATIONS,
      envelope.data.settings,
      envelope.data.versions.settings,
      STORAGE_VERSIONS.settings,
    ),
    versions: { ...STORAGE_VERSIONS },
  };
  const file = ExportFileSchema.safeParse(migrated, options);
  if (!file.success) return { ok: false, reason: 'schema', problems: problemsOf(file.error) };
  return { ok: true, file: file.data };
}

/**
 * Replaces settings, dismissals, client records and tracked contracts with a validated file's
 * contents (a file without tracked contracts leaves none).
 */
export async function applyImport(file: ExportFile): Promise<void> {
  // One storage.set call for all values, so a failure cannot leave a half import.
  await storage.setItems([
    { item: settingsItem, value: file.settings },
    { item: dismissalsItem, value: file.dismissals },
    { item: clientsItem, value: file.clients },
    { item: contractsItem, value: file.contracts },
  ]);
  await storage.setMetas([
    { item: settingsItem, meta: { v: STORAGE_VERSIONS.settings } },
    { item: dismissalsItem, meta: { v: STORAGE_VERSIONS.dismissals } },
    { item: clientsItem, meta: { v: STORAGE_VERSIONS.clients } },
    { item: contractsItem, meta: { v: STORAGE_VERSIONS.contracts } },
  ]);
}
