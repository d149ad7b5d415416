/**
 * The user's notes on clients and the blocklist, per site + client id. A record with no
 * note that is not blocked is removed, so only what the user chose to keep is stored.
 */
import type { Site } from '../facts';
import { clientsItem } from './items';
import { clientKey } from './keys';
import { LIMITS, type ClientRecord, type ClientRecords } from './records';
import { ClientRecordsSchema } from './schemas';
import { loadValidated, saveValidated, type LoadResult } from './validated-item';

export function loadClients(): Promise<LoadResult<ClientRecords>> {
  return loadValidated('clients', clientsItem, ClientRecordsSchema, () => ({}));
}

export interface ClientChange {
  /** Display name as shown on the page (kept so the options page can list the client). */
  name?: string;
  note?: string;
  blocked?: boolean;
}

function withChange(current: ClientRecord, change: ClientChange, now: number): ClientRecord {
  const next: ClientRecord = { ...current, updatedAt: now };
  if (change.name !== undefined) next.name = change.name.trim().slice(0, LIMITS.nameLength) || undefined;
  if (change.note !== undefined) next.note = change.note;
  if (change.blocked !== undefined) next.blocked = change.blocked;
  if (next.name === undefined) delete next.name;
  return next;
}

/** Changes a client's note, name or blocked state. Throws (storing nothing) when invalid. */
export async function updateClient(
  site: Site,
  clientId: string,
  change: ClientChange,
  now = Date.now(),
): Promise<ClientRecords> {
  const { value } = await loadClients();
  const key = clientKey(site, clientId);
  const current = value[key] ?? { site, clientId, note: '', blocked: false, updatedAt: now };
  const record = withChange(current, change, now);
  const { [key]: _old, ...others } = value;
  const next = record.note.trim() === '' && !record.blocked ? others : { ...others, [key]: record };
  return saveValidated(clientsItem, ClientRecordsSchema, next);
}

export async function removeClient(key: string): Promise<ClientRecords> {
  const { value } = await loadClients();
  if (!(key in value)) return value;
  const { [key]: _removed, ...rest } = value;
  return saveValidated(clientsItem, ClientRecordsSchema, rest);
}
