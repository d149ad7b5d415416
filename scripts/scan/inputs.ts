/**
 * What the scan CLI reads: a text with what it stands for (kind, site, client facts), or a
 * saved page (url + html). JSONL lines are checked here; a text becomes the PageFacts of the
 * page it would be read on.
 */
import { z } from 'zod';
import { SITES, type PageFacts, type PageKind, type Site } from '../../utils/facts';
import { TEXT_SOURCE_ID } from './output';

export const INPUT_KINDS = ['job', 'message', 'profile', 'contract'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** The page an input text stands for: a job text is read on a job page, and so on. */
const PAGE_KIND_OF: Record<InputKind, PageKind> = {
  job: 'job',
  message: 'messages',
  profile: 'client',
  contract: 'contract',
};

const ClientSchema = z.object({
  rating: z.number().nullable().optional(),
  reviews: z.number().nullable().optional(),
  identityVerified: z.boolean().nullable().optional(),
  ruleChecked: z.boolean().nullable().optional(),
  ordersPosted: z.number().nullable().optional(),
  completionRate: z.number().nullable().optional(),
});
type ClientInput = z.infer<typeof ClientSchema>;

const TextLineSchema = z.object({
  id: z.unknown().optional(),
  text: z.string(),
  kind: z.enum(INPUT_KINDS).optional(),
  site: z.enum(SITES).optional(),
  client: ClientSchema.optional(),
});

const PageLineSchema = z.object({
  id: z.unknown().optional(),
  url: z.string(),
  html: z.string(),
});

export type InputLine = { type: 'text'; line: z.infer<typeof TextLineSchema> } | { type: 'page'; line: z.infer<typeof PageLineSchema> };

/** Short reason for a rejected line, with the field that was wrong. */
function describeError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'line'}: ${issue.message}`)
    .join('; ');
}

/** A JSONL line's input, or why it cannot be read. A line has "text" or "html" (with "url"), not both. */
export function parseInputLine(raw: unknown): { ok: true; input: InputLine } | { ok: false; error: string } {
  const has = (key: string) => raw !== null && typeof raw === 'object' && key in raw;
  if (has('text') && has('html')) return { ok: false, error: 'line: give "text" or "html", not both' };
  if (has('html') || (has('url') && !has('text'))) {
    const parsed = PageLineSchema.safeParse(raw);
    return parsed.success ? { ok: true, input: { type: 'page', line: parsed.data } } : { ok: false, error: describeError(parsed.error) };
  }
  const parsed = TextLineSchema.safeParse(raw);
  return parsed.success ? { ok: true, input: { type: 'text', line: parsed.data } } : { ok: false, error: describeError(parsed.error) };
}

/** The facts of a page holding only this text (and the client facts given with it). */
export function textPage(text: string, kind: InputKind, site: Site, client?: ClientInput): PageFacts {
  return {
    site,
    kind: PAGE_KIND_OF[kind],
    url: '',
    client,
    messages: [],
    texts: [{ id: TEXT_SOURCE_ID, kind, text }],
    cards: [],
    missing: [],
  };
}
