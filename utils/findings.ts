/**
 * Finding: what the engine reports. Evidence offsets point into the ORIGINAL text of the
 * named source (`text === original.slice(start, end)`), so the page can highlight exactly
 * the characters that triggered a rule.
 */
import { z } from 'zod';
import { SEVERITIES } from './severity';

export type { Severity } from './severity';

export const SeveritySchema = z.enum(SEVERITIES);

export const EvidenceSchema = z.object({
  text: z.string(),
  /** TextSource id the offsets refer to, e.g. "message:3". */
  source: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const FindingSchema = z.object({
  ruleId: z.string(),
  category: z.string(),
  severity: SeveritySchema,
  evidence: z.array(EvidenceSchema),
});
export type Finding = z.infer<typeof FindingSchema>;

/** A finding-free remark about the analysis itself (e.g. text cut at a size cap). */
export const AnalysisNoticeSchema = z.object({
  code: z.string(),
  detail: z.string().optional(),
});
export type AnalysisNotice = z.infer<typeof AnalysisNoticeSchema>;

