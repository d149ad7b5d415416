/**
 * The background's check of the PageFacts a content script sends. The content script builds
 * them without zod (it must start fast); here they are validated with the shared schema. An
 * adapter bug in one part must not blank the whole page: when the facts as a whole do not
 * validate, each part (job, client, contract, messages, texts, cards) that validates on its
 * own is kept, and the others are named in `missing` so the panel says "page partly
 * recognised".
 */
import { PageFactsSchema, type PageFacts } from './facts';

const PARTS = ['messages', 'texts', 'cards', 'job', 'client', 'contract'] as const;

/** Valid facts (possibly with parts dropped), or null when even site, kind and url are invalid. */
export function checkPageFacts(raw: unknown): PageFacts | null {
  const whole = PageFactsSchema.safeParse(raw);
  if (whole.success) return whole.data;
  if (raw === null || typeof raw !== 'object') return null;
  const input = raw as Record<string, unknown>;
  const bare = (missing: unknown) =>
    PageFactsSchema.safeParse({ site: input.site, kind: input.kind, url: input.url, messages: [], texts: [], cards: [], missing });
  let envelope = bare(input.missing);
  if (!envelope.success) envelope = bare(['missing']);
  if (!envelope.success) return null;
  const facts: PageFacts = envelope.data;
  for (const part of PARTS) {
    if (input[part] === undefined) continue;
    const trial = PageFactsSchema.safeParse({ ...facts, [part]: input[part] });
    if (trial.success) Object.assign(facts, { [part]: trial.data[part] });
    else if (!facts.missing.includes(part)) facts.missing.push(part);
  }
  return facts;
}
