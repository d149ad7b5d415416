/**
 * The rule format. A rule is data: which pages it applies to, a condition tree, and how its
 * severity changes with the page's state. Guidance (what a person reads) and examples (what
 * the rule tester runs) live beside it in the same rule file but in separate exports, so the
 * content script bundles only the detection part.
 *
 *   rules/<category>/<slug>.ts
 *     export const rule: RuleSpec          // detection: bundled into the content script
 *     export const guidance: RuleGuidance  // ja/en text and sources: extension pages only
 *     export const examples: RuleExamples  // matches / doesNotMatch: tests only
 *
 * Text patterns are matched against NORMALISED text (see utils/text): lower-case ASCII,
 * hiragana for all kana, ASCII digits, '@' and '.' for spelled-out symbols, spaced-out
 * letters joined. `terms` are written naturally (「ライン」「ＬＩＮＥ」) and normalised by the
 * engine the same way; `regex` sources are written against the normalised form and may not
 * use backreferences or lookaround, so matching stays linear.
 */
import { z } from 'zod';
import { PAGE_KINDS, SITES, TEXT_KINDS } from '../facts';
import { SEVERITIES } from '../severity';
import { THRESHOLD_KEYS } from '../settings-schema';
import { charClassProblem, regexSourceProblem } from './regex-safety';

/** Categories from DESIGN.md plus the two added by the rule-set issue. */
export const CATEGORIES = [
  'off-platform-contact',
  'direct-deal',
  'purchase-proxy',
  'upfront-fee',
  'advance-payment',
  'mlm',
  'review-request',
  'click-affiliate',
  'homework-ghostwriting',
  'external-tos-violation',
  'personal-info-request',
  'threat',
  'abusive-language',
  'scope-creep',
  'work-before-escrow',
  'inspection-overdue',
  'client-unresponsive',
  'termination-pending',
  'low-client-rating',
  'unverified-client',
  'new-client',
  'too-good-pay',
  'course-or-info-product-lure',
  'criminal-recruitment',
] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

/**
 * Regex sources may not contain backreferences or lookaround (linear-time matching only) and
 * may not match the empty string; see regex-safety.ts (shared with the compiler).
 */
export const RegexSourceSchema = z
  .string()
  .min(1)
  .superRefine((src, ctx) => {
    const problem = regexSourceProblem(src);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** One character class in the normalised form, for `widen`: 「[a-z0-9_.+-]」. */
export const CharClassSchema = z.string().superRefine((src, ctx) => {
  const problem = charClassProblem(src);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** A set of alternatives: any term or any regex. */
export const PatternSchema = z
  .object({
    terms: z.array(z.string().min(1)).optional(),
    regex: z.array(RegexSourceSchema).optional(),
    /** Require that the match is not glued to other ASCII letters/digits (「line」 not in 「online」). */
    wordBoundary: z.boolean().optional(),
    /**
     * Widen every match over the run of characters of a class directly before and/or after it
     * (at most MAX_WIDEN each way, in the normalised text), so the evidence shows the whole
     * token while the regex stays short. An email regex cannot start with the local part:
     * any repeat in front of its required 「@」 makes an unanchored search quadratic, so it
     * matches from the last character before 「@」 and widens back over the rest.
     */
    widen: z
      .object({ before: CharClassSchema.optional(), after: CharClassSchema.optional() })
      .strict()
      .refine((w) => w.before !== undefined || w.after !== undefined, 'widen needs "before" or "after"')
      .optional(),
  })
  .refine((p) => (p.terms?.length ?? 0) + (p.regex?.length ?? 0) > 0, 'a pattern needs terms or regex');
export type Pattern = z.infer<typeof PatternSchema>;

/** Where an "unless" pattern is looked for, relative to a match. */
export const UnlessSchema = z.object({
  pattern: PatternSchema,
  /** sentence: the sentence holding the match; text: the same text source; page: any text. */
  scope: z.enum(['sentence', 'text', 'page']).default('sentence'),
  /** With scope "sentence" or "text": only within N characters before/after the match. */
  within: z.number().int().positive().optional(),
  direction: z.enum(['before', 'after', 'both']).default('both'),
});
export type Unless = z.input<typeof UnlessSchema>;

export const TextConditionSchema = z.object({
  text: PatternSchema,
  /** Proximity: another pattern must occur within N characters of the match. */
  near: z.object({ pattern: PatternSchema, within: z.number().int().positive() }).optional(),
  unless: z.array(UnlessSchema).optional(),
  /** Only texts of these kinds (default: all). */
  kinds: z.array(z.enum(TEXT_KINDS)).optional(),
  /** For messages: whose messages to read (default: any). */
  author: z.enum(['other', 'own', 'any']).optional(),
});

export const FACT_PATHS = [
  'client.rating',
  'client.reviews',
  'client.ordersPosted',
  'client.completionRate',
  'client.identityVerified',
  'client.ruleChecked',
  'client.certified',
  'client.registeredAt',
  'job.budgetMin',
  'job.budgetMax',
  'job.paymentType',
  'job.applicants',
  'contract.status',
  'contract.type',
  'contract.funded',
  'contract.deliveredAt',
  'contract.terminationRequestedAt',
  'contract.lastClientMessageAt',
  'contract.offPlatformApproved',
  'site',
  'kind',
] as const;
export type FactPath = (typeof FACT_PATHS)[number];

const SettingRefSchema = z.object({ setting: z.enum(THRESHOLD_KEYS) });
const NumberOrSetting = z.union([z.number(), SettingRefSchema]);

export const FactConditionSchema = z.object({
  fact: z.enum(FACT_PATHS),
  /** `known`/`unknown`: whether the adapter read the fact at all. */
  op: z.enum(['<', '<=', '>', '>=', '==', '!=', 'in', 'known', 'unknown']),
  value: z
    .union([z.number(), z.boolean(), z.string(), z.array(z.string()), SettingRefSchema])
    .optional(),
});

/** Elapsed whole days (Japan time) from a date fact to the engine's `now`. */
export const DaysSinceConditionSchema = z.object({
  daysSince: z.enum(FACT_PATHS),
  op: z.enum(['<', '<=', '>', '>=']),
  value: NumberOrSetting,
});

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | z.input<typeof TextConditionSchema>
  | z.input<typeof FactConditionSchema>
  | z.input<typeof DaysSinceConditionSchema>;

export const ConditionSchema: z.ZodType<Condition, Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ not: ConditionSchema }).strict(),
    TextConditionSchema.strict(),
    FactConditionSchema.strict(),
    DaysSinceConditionSchema.strict(),
  ]),
);

export const RuleSpecSchema = z
  .object({
    /** `<category>/<slug>`, kebab-case; the file is rules/<category>/<slug>.ts. */
    id: z.string().regex(/^[a-z]+(?:-[a-z]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/),
    category: CategorySchema,
    severity: z.enum(SEVERITIES),
    sites: z.array(z.enum(SITES)).min(1),
    pageKinds: z.array(z.enum(PAGE_KINDS)).min(1),
    when: ConditionSchema,
    /** First matching entry changes the severity ('off' silences the rule on that page). */
    adjust: z
      .array(z.object({ when: ConditionSchema, severity: z.enum([...SEVERITIES, 'off']) }))
      .optional(),
  })
  .strict()
  .refine((r) => r.id.startsWith(`${r.category}/`), 'id must start with its category');
export type RuleSpec = z.input<typeof RuleSpecSchema>;

const SourceSchema = z
  .object({
    title: z.string().min(1),
    /** Official help page or article address. */
    url: z.string().url().optional(),
    /** Or a seed article's file name (../shared/seeds/). */
    seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/).optional(),
  })
  .refine((s) => s.url || s.seed, 'a source needs a url or a seed file name');

const GuidanceTextSchema = z.object({
  title: z.string().min(1),
  /** Why it matters, one short paragraph. */
  why: z.string().min(1),
  /** Steps to take, in order. */
  steps: z.array(z.string().min(1)).min(1),
});

export const RuleGuidanceSchema = z.object({
  ja: GuidanceTextSchema,
  en: GuidanceTextSchema,
  sources: z.array(SourceSchema).min(1),
});
export type RuleGuidance = z.infer<typeof RuleGuidanceSchema>;

/** One example: plain text (scanned as the rule's first text kind) or a full case. */
export const ExampleSchema = z.union([
  z.string().min(1),
  z
    .object({
      text: z.string().optional(),
      kind: z.enum(TEXT_KINDS).optional(),
      own: z.boolean().optional(),
      site: z.enum(SITES).optional(),
      pageKind: z.enum(PAGE_KINDS).optional(),
      client: z.record(z.string(), z.unknown()).optional(),
      job: z.record(z.string(), z.unknown()).optional(),
      contract: z.record(z.string(), z.unknown()).optional(),
      /** ISO date-time the engine's clock is set to. */
      now: z.string().optional(),
      settings: z.record(z.string(), z.unknown()).optional(),
      /** Expected severity when it differs from the rule's own (adjust). */
      severity: z.enum(SEVERITIES).optional(),
      /**
       * For `matches`: the text evidence the finding must show, exactly and in page order
       * (fact evidence aside), e.g. the whole address and not a part of it.
       */
      evidence: z.array(z.string().min(1)).min(1).optional(),
      note: z.string().optional(),
    })
    .strict(),
]);
export type Example = z.input<typeof ExampleSchema>;

export const RuleExamplesSchema = z.object({
  matches: z.array(ExampleSchema).min(1),
  doesNotMatch: z.array(ExampleSchema).min(1),
  /** Known gaps (reported, not failing), like Semgrep's todoruleid. */
  todo: z.array(z.object({ example: ExampleSchema, expect: z.enum(['match', 'no-match']), why: z.string() })).optional(),
});
export type RuleExamples = z.input<typeof RuleExamplesSchema>;
