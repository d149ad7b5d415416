/**
 * The patterns of a rule set, numbered: terms normalised like page text, identical patterns
 * shared, and for each the readers it may be looked for in.
 */
import { normalizeTerm } from '../text';
import type { ReaderKey } from './readers';
import { charClassProblem, regexSourceProblem } from './regex-safety';
import type { Pattern } from './rule-schema';

/** A pattern after normalisation of its terms, keyed so identical patterns are shared. */
export interface PatternDef {
  readonly terms: readonly string[];
  readonly regexes: readonly string[];
  readonly wordBoundary: boolean;
  /** Character classes a match is widened over (before / after it), null for none. */
  readonly widen: { readonly before: string | null; readonly after: string | null } | null;
}

/** Collects patterns and which readers (text kind and authorship) each may be looked for in. */
export class PatternTable {
  readonly defs: PatternDef[] = [];
  readonly readers: Set<ReaderKey>[] = [];
  private readonly byKey = new Map<string, number>();

  /** Registers a pattern for some readers; returns its number. Throws on an unusable pattern. */
  add(pattern: Pattern, readers: readonly ReaderKey[]): number {
    const terms = [...new Set((pattern.terms ?? []).map((term) => normalizeTerm(term)).filter((t) => t !== ''))];
    const regexes = [...new Set(pattern.regex ?? [])];
    for (const source of regexes) {
      const problem = regexSourceProblem(source);
      if (problem) throw new Error(`regex ${JSON.stringify(source)}: ${problem}`);
    }
    if (terms.length + regexes.length === 0) throw new Error('a pattern has no usable terms or regex');
    const widen = pattern.widen ? { before: pattern.widen.before ?? null, after: pattern.widen.after ?? null } : null;
    for (const source of [widen?.before, widen?.after]) {
      const problem = typeof source === 'string' ? charClassProblem(source) : null;
      if (problem) throw new Error(`widen ${JSON.stringify(source)}: ${problem}`);
    }
    const def: PatternDef = {
      terms: terms.sort(),
      regexes: regexes.sort(),
      wordBoundary: pattern.wordBoundary ?? false,
      widen: widen && (widen.before !== null || widen.after !== null) ? widen : null,
    };
    const key = JSON.stringify(def);
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.defs.length;
      this.defs.push(def);
      this.readers.push(new Set());
      this.byKey.set(key, id);
    }
    for (const reader of readers) this.readers[id]?.add(reader);
    return id;
  }
}

