/**
 * PageFacts: everything the rule engine may look at, extracted from a page by a site adapter
 * (utils/sites/<site>/). It is the only input rules see, so rules behave the same on every site.
 *
 * Dates travel as ISO 8601 strings with an offset (e.g. "2026-11-21T10:00:00+09:00") so the
 * facts survive extension messaging (JSON) unchanged; the engine parses them.
 * Numbers are numbers; a fact the adapter could not read is absent or null, and its name is
 * listed in `missing` so the UI can say "page partly recognised".
 */
// zod/mini (tree-shakable functions) because the adapters validate facts inside the
// size-budgeted content script; the schemas compose with classic zod elsewhere.
import * as z from 'zod/mini';

export const SITES = ['crowdworks', 'lancers'] as const;
export const SiteSchema = z.enum(SITES);
export type Site = z.infer<typeof SiteSchema>;

export const PAGE_KINDS = [
  'job-list',
  'job',
  'client',
  'proposal-form',
  'proposal',
  'messages',
  'contract',
  'other',
] as const;
export const PageKindSchema = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof PageKindSchema>;

/** What kind of text a source holds; rules can be limited to some kinds. */
export const TEXT_KINDS = ['job', 'message', 'profile', 'contract', 'page'] as const;
export const TextKindSchema = z.enum(TEXT_KINDS);
export type TextKind = z.infer<typeof TextKindSchema>;

const isoDate = z.string().check(z.minLength(1));

export const ClientFactsSchema = z.object({
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  /** Average rating, 0–5. */
  rating: z.optional(z.nullable(z.number())),
  reviews: z.optional(z.nullable(z.number())),
  ordersPosted: z.optional(z.nullable(z.number())),
  /** Project completion rate in percent, 0–100. */
  completionRate: z.optional(z.nullable(z.number())),
  identityVerified: z.optional(z.nullable(z.boolean())),
  /** CrowdWorks 発注ルールチェック. */
  ruleChecked: z.optional(z.nullable(z.boolean())),
  /** CrowdWorks 認定クライアント / Lancers 認定. */
  certified: z.optional(z.nullable(z.boolean())),
  /** Lancers 認証 items: 本人確認, 機密保持確認, 電話確認, ランサーズチェック. */
  verifications: z.optional(z.record(z.string(), z.boolean())),
  registeredAt: z.optional(z.nullable(isoDate)),
});
export type ClientFacts = z.infer<typeof ClientFactsSchema>;

export const PAYMENT_TYPES = ['fixed', 'hourly', 'task', 'competition', 'writing', 'recruit'] as const;

export const JobFactsSchema = z.object({
  id: z.optional(z.string()),
  title: z.optional(z.string()),
  description: z.optional(z.string()),
  paymentType: z.optional(z.nullable(z.enum(PAYMENT_TYPES))),
  budgetMin: z.optional(z.nullable(z.number())),
  budgetMax: z.optional(z.nullable(z.number())),
  deadline: z.optional(z.nullable(isoDate)),
  applicants: z.optional(z.nullable(z.number())),
  openings: z.optional(z.nullable(z.number())),
});
export type JobFacts = z.infer<typeof JobFactsSchema>;

export const MessageFactsSchema = z.object({
  author: z.optional(z.string()),
  /** True when the signed-in user wrote it; null when unknown. */
  own: z.nullable(z.boolean()),
  at: z.optional(z.nullable(isoDate)),
  text: z.string(),
});
export type MessageFacts = z.infer<typeof MessageFactsSchema>;

export const CONTRACT_STATUSES = [
  'negotiating',
  'active',
  'delivered',
  'termination-requested',
  'completed',
  'cancelled',
  'unknown',
] as const;

export const ContractFactsSchema = z.object({
  id: z.optional(z.string()),
  status: z.optional(z.enum(CONTRACT_STATUSES)),
  type: z.optional(z.nullable(z.enum(PAYMENT_TYPES))),
  /** 仮払い done. */
  funded: z.optional(z.nullable(z.boolean())),
  deliveredAt: z.optional(z.nullable(isoDate)),
  terminationRequestedAt: z.optional(z.nullable(isoDate)),
  lastClientMessageAt: z.optional(z.nullable(isoDate)),
  /** CrowdWorks サービス外連絡申請 / Lancers 連絡先公開申請 approved. */
  offPlatformApproved: z.optional(z.nullable(z.boolean())),
});
export type ContractFacts = z.infer<typeof ContractFactsSchema>;

export const ListingCardSchema = z.object({
  jobId: z.string(),
  url: z.string(),
  title: z.string(),
  digest: z.optional(z.string()),
  pay: z.optional(z.string()),
  client: z.optional(ClientFactsSchema),
});
export type ListingCard = z.infer<typeof ListingCardSchema>;

/**
 * A piece of text the engine scans. `id` names where it comes from ("job.title",
 * "job.description", "message:3", "card:12345"), and is what evidence points back to.
 */
export const TextSourceSchema = z.object({
  id: z.string(),
  kind: TextKindSchema,
  text: z.string(),
  /** For messages: true when the signed-in user wrote it (rules may skip own messages). */
  own: z.optional(z.nullable(z.boolean())),
});
export type TextSource = z.infer<typeof TextSourceSchema>;

export const PageFactsSchema = z.object({
  site: SiteSchema,
  kind: PageKindSchema,
  url: z.string(),
  job: z.optional(JobFactsSchema),
  client: z.optional(ClientFactsSchema),
  contract: z.optional(ContractFactsSchema),
  messages: z.array(MessageFactsSchema),
  texts: z.array(TextSourceSchema),
  cards: z.array(ListingCardSchema),
  /** Names of the facts the adapter looked for and could not read. */
  missing: z.array(z.string()),
});
export type PageFacts = z.infer<typeof PageFactsSchema>;
