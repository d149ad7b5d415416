/**
 * The facts an adapter has gathered so far, and how they become a valid PageFacts.
 *
 * Convention: a field left `undefined` was looked for and not read (it is named in
 * `missing`); `null` means the page was read and shows no value (e.g. no rating yet).
 */
import type {
  ClientFacts,
  ContractFacts,
  JobFacts,
  ListingCard,
  MessageFacts,
  PageFacts,
  PageKind,
  Site,
  TextKind,
  TextSource,
} from '../facts';

/** Caps on what one page can contribute (hostile pages stay cheap downstream). */
export const MAX_CARDS = 5_000;
export const MAX_MESSAGES = 2_000;
export const MAX_TEXT_SOURCES = 2_100;
export const MAX_TEXT_LENGTH = 100_000;

export interface Draft {
  job?: JobFacts;
  client?: ClientFacts;
  contract?: ContractFacts;
  messages: MessageFacts[];
  texts: TextSource[];
  cards: ListingCard[];
  missing: string[];
}

export function emptyDraft(): Draft {
  return { messages: [], texts: [], cards: [], missing: [] };
}

/** Adds a scannable text unless it is empty. */
export function addText(draft: Draft, id: string, kind: TextKind, text: string | null | undefined, own?: boolean | null): void {
  const clean = (text ?? '').trim();
  if (!clean || draft.texts.length >= MAX_TEXT_SOURCES) return;
  const source: TextSource = { id, kind, text: clean.slice(0, MAX_TEXT_LENGTH) };
  if (own !== undefined) source.own = own;
  draft.texts.push(source);
}

/** Names `prefix.field` for every listed field that is undefined in `facts`. */
export function missingFields<T extends object>(prefix: string, facts: T | undefined, fields: readonly (keyof T & string)[]): string[] {
  return fields.filter((field) => facts?.[field] === undefined).map((field) => `${prefix}.${field}`);
}

/** Fields of `primary` that are undefined are taken from `fallback` (JSON first, labels second). */
export function preferFirst<T extends object>(primary: T | undefined, fallback: T | undefined): T | undefined {
  if (!primary) return fallback;
  if (!fallback) return primary;
  const merged: Record<string, unknown> = { ...(fallback as Record<string, unknown>) };
  for (const [key, value] of Object.entries(primary)) if (value !== undefined) merged[key] = value;
  return merged as T;
}

function withoutUndefined<T extends object>(value: T | undefined): T | undefined {
  if (!value) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key] = field;
  return Object.keys(out).length > 0 ? (out as T) : undefined;
}

/**
 * Turns a draft into PageFacts: the parts that were read, capped in size, with what could not
 * be read named in `missing`. Not validated here (the content script carries no zod): the
 * background checks the facts with the shared schema (utils/facts-check.ts), and the
 * adapter tests check every fixture's facts against it.
 */
export function finishFacts(site: Site, kind: PageKind, url: string, draft: Draft): PageFacts {
  const facts: PageFacts = {
    site,
    kind,
    url,
    messages: draft.messages.slice(0, MAX_MESSAGES),
    texts: draft.texts.slice(0, MAX_TEXT_SOURCES),
    cards: draft.cards.slice(0, MAX_CARDS),
    missing: [...new Set(draft.missing)].slice(0, 100),
  };
  const job = withoutUndefined(draft.job);
  const client = withoutUndefined(draft.client);
  const contract = withoutUndefined(draft.contract);
  if (job) facts.job = job;
  if (client) facts.client = client;
  if (contract) facts.contract = contract;
  return facts;
}
