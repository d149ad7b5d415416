/**
 * Tracked contracts: the state and dates of each contract page the user opened, kept so the
 * daily check can remind them when something falls due. Written by the background (after it
 * analyses a contract page, and after it notifies); removed from the options page.
 */
import type { Site } from '../facts';
import { contractsItem } from './items';
import { contractKey } from './keys';
import { LIMITS, TRACKED_FACTS, type TrackedContract, type TrackedContracts, type TrackedFact } from './records';
import { TrackedContractsSchema } from './schemas';
import { loadValidated, saveValidated, type LoadResult } from './validated-item';

/** What one reading of a contract page says; a fact left undefined was not read and keeps its stored value. */
export type ContractReading = Pick<TrackedContract, 'site' | 'contractId'> & Partial<Pick<TrackedContract, TrackedFact>>;

/** One reminder that was notified, to remember so it is not notified again. */
export interface NotifiedReminder {
  site: Site;
  contractId: string;
  ruleId: string;
  /** The date the reminder counted from (e.g. the delivery date). */
  basis: string;
}

export function loadTrackedContracts(): Promise<LoadResult<TrackedContracts>> {
  return loadValidated('contracts', contractsItem, TrackedContractsSchema, () => ({}));
}

// Read-modify-write steps of one extension context run one after another, so a page read and
// the daily check finishing at the same moment cannot undo each other's change.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(step: () => Promise<T>): Promise<T> {
  const run = queue.then(step, step);
  queue = run.catch(() => undefined);
  return run;
}

/** The later of two ISO dates (either may be missing): a client's last message only moves forward. */
function later(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

function emptyRecord(site: Site, contractId: string, now: number): TrackedContract {
  return {
    site,
    contractId,
    status: 'unknown',
    type: null,
    funded: null,
    deliveredAt: null,
    terminationRequestedAt: null,
    lastClientMessageAt: null,
    offPlatformApproved: null,
    seenAt: now,
    notified: {},
  };
}

/** A stored record updated with a new reading: facts the page did not show stay as they were. */
export function mergeReading(previous: TrackedContract | undefined, reading: ContractReading, now: number): TrackedContract {
  const next: TrackedContract = { ...(previous ?? emptyRecord(reading.site, reading.contractId, now)) };
  for (const field of TRACKED_FACTS) {
    const value = reading[field];
    if (value === undefined || (field === 'status' && value === 'unknown')) continue;
    (next as Record<TrackedFact, unknown>)[field] = value;
  }
  next.lastClientMessageAt = later(previous?.lastClientMessageAt, reading.lastClientMessageAt);
  next.seenAt = now;
  return next;
}

/** Keeps the `max` most recently seen contracts, so storage stays bounded. */
function keepRecent(all: TrackedContracts, max: number): TrackedContracts {
  const entries = Object.entries(all);
  if (entries.length <= max) return all;
  entries.sort(([, a], [, b]) => b.seenAt - a.seenAt);
  return Object.fromEntries(entries.slice(0, max));
}

/**
 * Records what a contract page showed. Throws (storing nothing) when the reading holds
 * something a record may not (an id that is not a number, a date that is not a date).
 */
export function trackContract(reading: ContractReading, now = Date.now()): Promise<TrackedContracts> {
  return serially(async () => {
    const { value } = await loadTrackedContracts();
    const key = contractKey(reading.site, reading.contractId);
    const next = keepRecent({ ...value, [key]: mergeReading(value[key], reading, now) }, LIMITS.contracts);
    return saveValidated(contractsItem, TrackedContractsSchema, next);
  });
}

/** Stops tracking a contract: its record, notified reminders included, is deleted. */
export function stopTracking(key: string): Promise<TrackedContracts> {
  return serially(async () => {
    const { value } = await loadTrackedContracts();
    if (!(key in value)) return value;
    const { [key]: _removed, ...rest } = value;
    return saveValidated(contractsItem, TrackedContractsSchema, rest);
  });
}

/** Remembers notified reminders (for contracts still tracked). */
export function markNotified(reminders: readonly NotifiedReminder[]): Promise<TrackedContracts> {
  return serially(async () => {
    const { value } = await loadTrackedContracts();
    if (reminders.length === 0) return value;
    const next: TrackedContracts = { ...value };
    for (const reminder of reminders) {
      const key = contractKey(reminder.site, reminder.contractId);
      const record = next[key];
      if (!record) continue;
      next[key] = { ...record, notified: { ...record.notified, [reminder.ruleId]: reminder.basis } };
    }
    return saveValidated(contractsItem, TrackedContractsSchema, next);
  });
}
