/**
 * Shapes of the stored records, as plain types and limits (no zod), shared by the content
 * script's reader and the pages' zod schemas (./schemas.ts). Only ids, the user's own words
 * and a client's display name are stored: never page text or message text.
 */
import type { Site } from '../facts';

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

export const LIMITS = {
  idLength: 200,
  nameLength: 200,
  noteLength: 2000,
  /** Oldest dismissals are dropped beyond this, so storage cannot grow without bound. */
  dismissals: 5000,
  clients: 5000,
} as const;
