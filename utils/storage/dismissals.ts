/**
 * Findings the user hid, per site + job/contract id + rule id: "dismiss for this job" or
 * "not a risk (false alarm)". Both hide the finding for that subject only; both can be undone.
 */
import type { Site } from '../facts';
import { dismissalsItem } from './items';
import { dismissalKey } from './keys';
import { LIMITS, type Dismissal, type Dismissals } from './records';
import { DismissalsSchema } from './schemas';
import { loadValidated, saveValidated, type LoadResult } from './validated-item';

export function loadDismissals(): Promise<LoadResult<Dismissals>> {
  return loadValidated('dismissals', dismissalsItem, DismissalsSchema, () => ({}));
}

/** Keeps the newest `max` dismissals, so storage stays bounded. */
function keepNewest(all: Dismissals, max: number): Dismissals {
  const entries = Object.entries(all);
  if (entries.length <= max) return all;
  entries.sort(([, a], [, b]) => b.at - a.at);
  return Object.fromEntries(entries.slice(0, max));
}

/** Hides a finding for one subject. Throws (storing nothing) when an id is not storable. */
export async function addDismissal(input: Omit<Dismissal, 'at'>, now = Date.now()): Promise<Dismissals> {
  const { value } = await loadDismissals();
  const key = dismissalKey(input.site, input.subjectId, input.ruleId);
  const next = keepNewest({ ...value, [key]: { ...input, at: now } }, LIMITS.dismissals);
  return saveValidated(dismissalsItem, DismissalsSchema, next);
}

/** Undoes a dismissal. */
export async function removeDismissal(key: string): Promise<Dismissals> {
  const { value } = await loadDismissals();
  if (!(key in value)) return value;
  const { [key]: _removed, ...rest } = value;
  return saveValidated(dismissalsItem, DismissalsSchema, rest);
}

/** The dismissals of one job/contract, newest first. */
export function dismissalsFor(all: Dismissals, site: Site, subjectId: string): Dismissal[] {
  return Object.values(all)
    .filter((d) => d.site === site && d.subjectId === subjectId)
    .sort((a, b) => b.at - a.at);
}

/** True when an id can be stored (dismissals and client records reject longer ones). */
export function isStorableId(id: string | undefined): id is string {
  return typeof id === 'string' && id.length > 0 && id.length <= LIMITS.idLength;
}
