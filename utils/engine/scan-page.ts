/**
 * The per-page scanning step: each text source is cut to the size caps, normalised once, and
 * scanned once by the matcher of its reader (one trie pass for all terms, then only the
 * regexes some applicable rule needs and whose required literals occur). The result lists,
 * per pattern, where it occurs.
 */
import type { TextKind } from '../facts';
import { normalize, type NormalizedText } from '../text';
import type { MatcherSet, ReaderMatcher } from './matchers';
import { readerKey } from './readers';
import { MAX_HITS_PER_PATTERN, MAX_PAGE_CHARS, MAX_SOURCE_CHARS } from './limits';
import { findSentenceEnds } from './sentences';
import { isWordBoundaryAt } from './word-boundary';
import { widenRange } from './widen';

/** One occurrence of a pattern, in normalised offsets. */
export interface Hit {
  readonly start: number;
  readonly end: number;
}

/** A text to scan: what the engine takes from PageFacts.texts or a listing card. */
export interface SourceInput {
  readonly id: string;
  readonly kind: TextKind;
  readonly text: string;
  readonly own?: boolean | null;
}

export interface ScannedSource {
  /** Position in the page's source list: orders evidence and findings. */
  readonly index: number;
  readonly id: string;
  readonly kind: TextKind;
  readonly own: boolean | null;
  /** The original text as scanned (a prefix of the page's text when a cap cut it). */
  readonly original: string;
  readonly normalized: NormalizedText;
  /** Pattern id → its occurrences, sorted by start. */
  readonly hits: ReadonlyMap<number, readonly Hit[]>;
  /** Sentence ends in `original`, computed on first use. */
  sentenceEnds(): Int32Array;
}

/** A text cut short by a cap: how much was scanned of how much. */
export interface Truncation {
  readonly id: string;
  readonly scanned: number;
  readonly total: number;
}

export interface ScannedPage {
  /** Pattern id → the sources it occurs in, in page order. */
  readonly sourcesByPattern: ReadonlyMap<number, readonly ScannedSource[]>;
  readonly truncations: readonly Truncation[];
  /** Sources that could not be processed at all (should not happen; kept for the notice). */
  readonly failedSources: readonly string[];
}

/** Cuts a text to `limit` UTF-16 units without splitting a surrogate pair. */
function cutAt(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = Math.max(0, limit);
  const last = text.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/** Appends a hit for a pattern unless the pattern already has its fill in this text. */
function record(hits: Map<number, Hit[]>, patternId: number, start: number, end: number): void {
  let list = hits.get(patternId);
  if (!list) {
    list = [];
    hits.set(patternId, list);
  }
  if (list.length < MAX_HITS_PER_PATTERN) list.push({ start, end });
}

/** Sorts and de-duplicates a pattern's hits when several generators (terms, regexes) fed it. */
function tidy(list: Hit[]): Hit[] {
  let sorted = true;
  for (let i = 1; i < list.length && sorted; i++) {
    const previous = list[i - 1] as Hit;
    const current = list[i] as Hit;
    sorted = previous.start < current.start || (previous.start === current.start && previous.end < current.end);
  }
  if (sorted) return list;
  list.sort((a, b) => a.start - b.start || a.end - b.end);
  return list.filter((hit, i) => i === 0 || hit.start !== list[i - 1]?.start || hit.end !== list[i - 1]?.end);
}

/** Whether the term pass saw a literal of every required clause of a regex. */
function gatesOpen(clauses: readonly (readonly number[])[], seen: Uint8Array): boolean {
  return clauses.every((gates) => gates.some((gate) => seen[gate] === 1));
}

/**
 * Runs one reader's matcher over a normalised text. A regex with required literals runs only
 * when the term pass saw them. Matches of a pattern with `widen` are recorded widened.
 */
function matchText(text: string, matcher: ReaderMatcher): Map<number, Hit[]> {
  const hits = new Map<number, Hit[]>();
  const gateSeen = new Uint8Array(matcher.gateCount);
  const { wideners } = matcher;
  // A pattern with `widen` records its matches widened (after the word-boundary check, which is
  // about what the pattern itself matched).
  const add = (patternId: number, start: number, end: number) => {
    const widener = wideners.size > 0 ? wideners.get(patternId) : undefined;
    if (!widener) {
      record(hits, patternId, start, end);
      return;
    }
    const wide = widenRange(text, start, end, widener);
    record(hits, patternId, wide.start, wide.end);
  };
  matcher.terms?.scan(text, (entry, start, end) => add(entry.patternId, start, end), gateSeen);
  matcher.regexes.forEach(({ regex, entries, clauses }) => {
    if (!gatesOpen(clauses, gateSeen)) return;
    regex.lastIndex = 0;
    let found = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      // Validation forbids empty matches; stepping on keeps a scan from stalling regardless.
      if (end === start) regex.lastIndex = start + 1;
      for (const entry of entries) {
        if (!entry.wordBoundary || isWordBoundaryAt(text, start, end)) add(entry.patternId, start, end);
      }
      if (++found >= MAX_HITS_PER_PATTERN) break;
    }
  });
  for (const [patternId, list] of hits) hits.set(patternId, tidy(list));
  return hits;
}

/** How much a page may still scan: in all (shared by the cards of a listing) and per source. */
export interface PageBudget {
  remaining: number;
  readonly perSource: number;
}

/**
 * Scans the sources of one page with the matchers of the applicable rules; `budget` is
 * consumed as text is scanned.
 */
export function scanSources(
  inputs: readonly SourceInput[],
  matchers: MatcherSet,
  budget: PageBudget = { remaining: MAX_PAGE_CHARS, perSource: MAX_SOURCE_CHARS },
): ScannedPage {
  const sourcesByPattern = new Map<number, ScannedSource[]>();
  const truncations: Truncation[] = [];
  const failedSources: string[] = [];

  inputs.forEach((input, index) => {
    const text = typeof input.text === 'string' ? input.text : '';
    const original = cutAt(text, Math.max(0, Math.min(budget.perSource, budget.remaining)));
    budget.remaining -= original.length;
    if (original.length < text.length) truncations.push({ id: input.id, scanned: original.length, total: text.length });
    const matcher = matchers.get(readerKey(input.kind, input.own));
    // A text no applicable rule reads (e.g. the user's own messages when every rule reads only
    // the client's) is not even normalised.
    if (original.length === 0 || !matcher || matcher.patternIds.length === 0) return;
    let normalized: NormalizedText;
    let hits: Map<number, Hit[]>;
    try {
      normalized = normalize(original);
      hits = matchText(normalized.text, matcher);
    } catch {
      failedSources.push(input.id);
      return;
    }
    let sentenceEnds: Int32Array | null = null;
    const source: ScannedSource = {
      index,
      id: input.id,
      kind: input.kind,
      own: input.own ?? null,
      original,
      normalized,
      hits,
      sentenceEnds: () => (sentenceEnds ??= findSentenceEnds(original)),
    };
    for (const patternId of hits.keys()) {
      const list = sourcesByPattern.get(patternId);
      if (list) list.push(source);
      else sourcesByPattern.set(patternId, [source]);
    }
  });

  return { sourcesByPattern, truncations, failedSources };
}
