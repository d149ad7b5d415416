/**
 * Typed messages between the content script, the background and the extension pages.
 * Every message is validated with zod at the receiving end; unknown types are ignored.
 * The background takes the tab from `sender.tab`, never from the message body.
 */
import { z } from 'zod';
import { ClientFactsSchema, ContractFactsSchema, PageKindSchema, SiteSchema } from './facts';
import type { Finding } from './findings';
import { AnalysisNoticeSchema, FindingSchema } from './findings';

/** What the content script reports about the page shown in its tab. */
export const TabReportSchema = z.object({
  site: SiteSchema,
  kind: PageKindSchema,
  url: z.string(),
  /** Job or contract id the findings belong to (dismissals are kept per subject). */
  subjectId: z.string().optional(),
  client: z.optional(ClientFactsSchema),
  contract: z.optional(ContractFactsSchema),
  findings: z.array(FindingSchema).max(2000),
  /** Rule ids the user dismissed for this subject: still reported, not counted on the badge. */
  dismissedRuleIds: z.array(z.string()).max(2000).optional(),
  notices: z.array(AnalysisNoticeSchema).max(50),
  /** Facts the adapter could not read: non-empty means "page partly recognised". */
  missing: z.array(z.string()).max(100),
  /** What was checked, for the "nothing found" state (e.g. number of texts and cards). */
  checked: z.object({ texts: z.number().int(), cards: z.number().int(), messages: z.number().int() }),
  analyzedAt: z.number(),
});
export type TabReport = z.infer<typeof TabReportSchema>;

/** content script → background */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  /**
   * The facts read from the page: the background checks them (checkPageFacts, which keeps
   * the valid parts of partly invalid facts), analyses them and answers with PageVerdict.
   */
  z.object({ type: z.literal('analyze-page'), facts: z.unknown() }),
  /** The in-page notice was clicked: open the side panel for this tab. */
  z.object({ type: z.literal('open-side-panel') }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** The background's answer to 'analyze-page': what the page should show. */
export interface PageVerdict {
  /** Findings to show on a job, client, contract or message page (dismissed ones left out). */
  visible: Finding[];
  /** Listing pages: findings per card, by job id (cards without findings are absent). */
  cards: Record<string, Finding[]>;
}

/** extension page → content script */
export const PageCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('reveal-evidence'),
    source: z.string().max(200),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  }),
  z.object({ type: z.literal('reanalyze') }),
]);
export type PageCommand = z.infer<typeof PageCommandSchema>;

/** storage.session key holding a tab's report (read by the side panel and popup). */
export function tabReportKey(tabId: number): `session:${string}` {
  return `session:tab-report-${tabId}`;
}
