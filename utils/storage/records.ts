/**
 * Shapes of the stored records, as plain types and limits (no zod), shared by the content
 * script's reader and the pages' zod schemas (./schemas.ts). Only ids, the user's own words,
 * a client's display name and a tracked contract's state and dates are stored: never page
 * text or message text.
 */
import type { ContractFacts, Site } from '../facts';

/** Why a finding was hidden: for this job/contract only, or judged a false alarm. */
export const DISMISSAL_REASONS = ['dismissed', 'false-alarm'] as const;
export type DismissalReason = (typeof DISMISSAL_REASONS)[number];

export interface Dismissal {
  site: Site;
  /** Job or contract id (TabReport.subjectId). */
  subjectId: string;
  ruleId: string;
  reason: DismissalReason;
  /** When it was hidden (ms since epoch). */
  at: number;
}
/** Keyed by `dismissalKey(site, subjectId, ruleId)`. */
export type Dismissals = Record<string, Dismissal>;

export interface ClientRecord {
  site: Site;
  clientId: string;
  /** Display name as last seen, so the options page can list the client. */
  name?: string;
  /** The user's own note. */
  note: string;
  blocked: boolean;
  updatedAt: number;
}
/** Keyed by `clientKey(site, clientId)`. */
export type ClientRecords = Record<string, ClientRecord>;

/**
 * A contract the user opened, as the daily reminder check needs it: its state and dates, read
 * from the contract page, and nothing else (no title, no names, no message text).
 */
export interface TrackedContract {
  site: Site;
  /** The site's contract number (CrowdWorks /contracts/N, Lancers boardId): digits only. */
  contractId: string;
  status: NonNullable<ContractFacts['status']>;
  type: NonNullable<ContractFacts['type']> | null;
  /** 仮払い done; null when the page did not show it. */
  funded: boolean | null;
  /** ISO 8601 dates in Japan time, null when the page showed none. */
  deliveredAt: string | null;
  terminationRequestedAt: string | null;
  lastClientMessageAt: string | null;
  offPlatformApproved: boolean | null;
  /** When the contract page was last read (ms since epoch). */
  seenAt: number;
  /**
   * Reminders already notified: rule id → the date the reminder counted from. A new date (the
   * client wrote again, then fell silent again) makes the reminder new.
   */
  notified: Record<string, string>;
}
/** Keyed by `contractKey(site, contractId)`. */
export type TrackedContracts = Record<string, TrackedContract>;

/** The contract facts a tracked record keeps, in the order the options page shows them. */
export const TRACKED_FACTS = [
  'status',
  'type',
  'funded',
  'deliveredAt',
  'terminationRequestedAt',
  'lastClientMessageAt',
  'offPlatformApproved',
] as const satisfies readonly (keyof TrackedContract)[];
export type TrackedFact = (typeof TRACKED_FACTS)[number];

export const LIMITS = {
  idLength: 200,
  nameLength: 200,
  noteLength: 2000,
  /** Oldest dismissals are dropped beyond this, so storage cannot grow without bound. */
  dismissals: 5000,
  clients: 5000,
  /** Least recently seen contracts are dropped beyond this. */
  contracts: 500,
  /** Notified reminders remembered per contract (there are a handful of time reminders). */
  notifiedPerContract: 50,
} as const;
