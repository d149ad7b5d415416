/**
 * Zod schemas of the stored records, for the extension pages: strict validation on read
 * (./validated-read.ts) and on import (./export-import.ts). The content script never
 * imports this file; it checks the same shapes by hand (./coerce.ts).
 */
import { z } from 'zod';
import { CONTRACT_STATUSES, PAYMENT_TYPES, SiteSchema } from '../facts';
import { clientKey, contractKey, dismissalKey } from './keys';
import {
  DISMISSAL_REASONS,
  LIMITS,
  type ClientRecords,
  type Dismissals,
  type TrackedContracts,
} from './records';

/**
 * Custom issue reasons. Issues carry no fixed message: the importer words them in the
 * user's language, and backups describe them by reason (./validated-item.ts).
 */
export const CUSTOM_REASONS = ['key-mismatch', 'too-many'] as const;
export type CustomReason = (typeof CUSTOM_REASONS)[number];

const IdSchema = z.string().min(1).max(LIMITS.idLength);
const TimeSchema = z.number().int().nonnegative();

export const DismissalSchema = z
  .object({
    site: SiteSchema,
    subjectId: IdSchema,
    ruleId: IdSchema,
    reason: z.enum(DISMISSAL_REASONS),
    at: TimeSchema,
  })
  .strict();

export const ClientRecordSchema = z
  .object({
    site: SiteSchema,
    clientId: IdSchema,
    name: z.string().max(LIMITS.nameLength).optional(),
    note: z.string().max(LIMITS.noteLength),
    blocked: z.boolean(),
    updatedAt: TimeSchema,
  })
  .strict();

/** An ISO 8601 date or date-time (what the adapters write), never free text. */
const IsoDateSchema = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/);

export const TrackedContractSchema = z
  .object({
    site: SiteSchema,
    // Digits only: a contract number, so no page text can be stored under its name.
    contractId: z.string().regex(/^\d{1,20}$/),
    status: z.enum(CONTRACT_STATUSES),
    type: z.enum(PAYMENT_TYPES).nullable(),
    funded: z.boolean().nullable(),
    deliveredAt: IsoDateSchema.nullable(),
    terminationRequestedAt: IsoDateSchema.nullable(),
    lastClientMessageAt: IsoDateSchema.nullable(),
    offPlatformApproved: z.boolean().nullable(),
    seenAt: TimeSchema,
    notified: z
      .record(IdSchema, IsoDateSchema)
      .refine((notified) => Object.keys(notified).length <= LIMITS.notifiedPerContract, {
        params: { reason: 'too-many', max: LIMITS.notifiedPerContract },
      }),
  })
  .strict();

/**
 * A record keyed by an id derived from each value: the key must be exactly that id, so the
 * content script (which rebuilds ids from the values) and the pages agree on every entry.
 */
function keyedRecord<T extends z.ZodType>(value: T, keyOf: (v: z.infer<T>) => string, max: number) {
  return z.record(z.string(), value).superRefine((record, ctx) => {
    const entries = Object.entries(record);
    if (entries.length > max) {
      ctx.addIssue({ code: 'custom', params: { reason: 'too-many', max } });
    }
    for (const [key, v] of entries) {
      if (key !== keyOf(v)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          params: { reason: 'key-mismatch', expected: keyOf(v) },
        });
      }
    }
  });
}

export const DismissalsSchema = keyedRecord(
  DismissalSchema,
  (d) => dismissalKey(d.site, d.subjectId, d.ruleId),
  LIMITS.dismissals,
);

export const ClientRecordsSchema = keyedRecord(
  ClientRecordSchema,
  (c) => clientKey(c.site, c.clientId),
  LIMITS.clients,
);

export const TrackedContractsSchema = keyedRecord(
  TrackedContractSchema,
  (c) => contractKey(c.site, c.contractId),
  LIMITS.contracts,
);

// The zod shapes and the plain types in ./records.ts must stay the same.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _dismissalsMatch: Same<z.infer<typeof DismissalsSchema>, Dismissals> = true;
const _clientsMatch: Same<z.infer<typeof ClientRecordsSchema>, ClientRecords> = true;
const _contractsMatch: Same<z.infer<typeof TrackedContractsSchema>, TrackedContracts> = true;
