/**
 * Matchers: for each reader, one term trie holding every term of the patterns it looks for
 * plus the required literals ("gates") of their regexes, and the regexes themselves.
 */
import type { PatternDef, PatternTable } from './pattern-table';
import { ALL_READERS, type ReaderKey } from './readers';
import { requiredLiterals } from './regex-literals';
import { buildTermMatcher, type TermEntry, type TermMatcher } from './term-matcher';
import { compileWidener, type Widener } from './widen';

/** A rule regex, compiled once, with every pattern that lists it. */
export interface CompiledRegex {
  readonly regex: RegExp;
  readonly entries: readonly TermEntry[];
  /**
   * The regex's required-literal clauses (regex-literals.ts), each a list of gate numbers (one
   * per distinct literal, term entries with that `gate`): the regex runs only on texts where
   * the term pass saw a literal of every clause.
   */
  readonly clauses: readonly (readonly number[])[];
}

/** What scanning a text of one reader runs: one trie for all terms and regex gates, then the regexes. */
export interface ReaderMatcher {
  /** The patterns this matcher looks for. */
  readonly patternIds: readonly number[];
  readonly terms: TermMatcher | null;
  readonly regexes: readonly CompiledRegex[];
  readonly gateCount: number;
  /** Pattern id → how its matches are widened (only patterns with a `widen`). */
  readonly wideners: ReadonlyMap<number, Widener>;
}

/** Each regex source compiled and analysed once, whichever matchers use it. */
type RegexCache = Map<string, { readonly regex: RegExp; readonly literals: readonly (readonly string[])[] }>;

/** Builds one matcher over the given patterns: their terms, their regexes and the regexes' gates. */
function buildMatcher(table: PatternTable, patternIds: readonly number[], cache: RegexCache): ReaderMatcher {
  const terms: [string, TermEntry][] = [];
  const regexEntries = new Map<string, TermEntry[]>();
  const wideners = new Map<number, Widener>();
  for (const patternId of patternIds) {
    const def = table.defs[patternId] as PatternDef;
    const widener = compileWidener(def);
    if (widener) wideners.set(patternId, widener);
    const entry: TermEntry = { patternId, wordBoundary: def.wordBoundary, gate: -1 };
    for (const term of def.terms) terms.push([term, entry]);
    for (const source of def.regexes) {
      const list = regexEntries.get(source) ?? [];
      list.push(entry);
      regexEntries.set(source, list);
    }
  }
  // One gate per distinct literal, however many regexes require it.
  const gates = new Map<string, number>();
  const gateOf = (literal: string): number => {
    let gate = gates.get(literal);
    if (gate === undefined) {
      gate = gates.size;
      gates.set(literal, gate);
      terms.push([literal, { patternId: -1, wordBoundary: false, gate }]);
    }
    return gate;
  };
  const regexes = [...regexEntries].map(([source, entries]): CompiledRegex => {
    let compiled = cache.get(source);
    if (!compiled) {
      compiled = { regex: new RegExp(source, 'gu'), literals: requiredLiterals(source) ?? [] };
      cache.set(source, compiled);
    }
    const clauses = compiled.literals.map((clause) => clause.map(gateOf));
    return { regex: compiled.regex, entries, clauses };
  });
  return { patternIds, terms: buildTermMatcher(terms), regexes, gateCount: gates.size, wideners };
}

/** The matchers of every reader, for one set of needed patterns. */
export type MatcherSet = ReadonlyMap<ReaderKey, ReaderMatcher>;

/**
 * Builds matchers on demand, for the patterns the applicable rules need (a job page does not
 * carry the terms of contract-page rules), and keeps them: a page kind is analysed again and
 * again (every listing card, every re-render) with the same rules.
 */
export class MatcherCache {
  private readonly regexes: RegexCache = new Map();
  private readonly byPatterns = new Map<string, ReaderMatcher>();
  private readonly byNeeded = new Map<string, MatcherSet>();

  constructor(private readonly table: PatternTable) {}

  /** Matchers for the patterns marked in `needed` (by pattern id). */
  get(needed: Uint8Array): MatcherSet {
    const neededIds = this.table.defs.map((_, id) => id).filter((id) => needed[id] === 1);
    const neededKey = neededIds.join(',');
    let set = this.byNeeded.get(neededKey);
    if (set) return set;
    const matchers = new Map<ReaderKey, ReaderMatcher>();
    for (const reader of ALL_READERS) {
      const patternIds = neededIds.filter((id) => this.table.readers[id]?.has(reader));
      // Readers that look for the same patterns share one matcher.
      const key = patternIds.join(',');
      let matcher = this.byPatterns.get(key);
      if (!matcher) {
        matcher = buildMatcher(this.table, patternIds, this.regexes);
        this.byPatterns.set(key, matcher);
      }
      matchers.set(reader, matcher);
    }
    set = matchers;
    this.byNeeded.set(neededKey, set);
    return set;
  }
}

