/**
 * Compiles a rule list once into what analysis needs: every distinct pattern numbered, the
 * condition trees rewritten to point at those numbers, and (on demand, per set of applicable
 * rules) one matcher per reader (text kind and authorship) holding all the terms (one trie)
 * and regexes that may apply to such texts.
 *
 * Compilation never throws: a rule that cannot be compiled (bad regex, absurd nesting) is
 * left out and listed in `problems`, so one broken rule cannot take the others down in the
 * page. Build-time validation (validate.ts) is what stops such a rule from shipping.
 *
 * Imports no DOM or browser API, and no zod beyond the facts' zod/mini enums: it runs in
 * the content script and in Node.
 */
import type { PageKind, Site } from '../facts';
import type { Severity } from '../severity';
import { MAX_CONDITION_DEPTH } from './limits';
import { MatcherCache, type MatcherSet } from './matchers';
import { PatternTable } from './pattern-table';
import { ALL_READERS, readersOf, type ReaderKey } from './readers';
import type { Condition, FactPath, Pattern, RuleSpec } from './rule-schema';

export type CompiledUnless = {
  readonly patternId: number;
  readonly scope: 'sentence' | 'text' | 'page';
  readonly within: number | null;
  readonly direction: 'before' | 'after' | 'both';
};

export type CompiledTextCondition = {
  readonly type: 'text';
  readonly patternId: number;
  readonly near: { readonly patternId: number; readonly within: number } | null;
  readonly unless: readonly CompiledUnless[];
  /** Null: texts of every kind. */
  readonly kinds: ReadonlySet<string> | null;
  readonly author: 'own' | 'other' | 'any';
};

export type ThresholdValue = number | boolean | string | readonly string[] | { readonly setting: string } | null;

export type CompiledCondition =
  | { readonly type: 'all'; readonly items: readonly CompiledCondition[] }
  | { readonly type: 'any'; readonly items: readonly CompiledCondition[] }
  | { readonly type: 'not'; readonly item: CompiledCondition }
  | CompiledTextCondition
  | { readonly type: 'fact'; readonly fact: FactPath; readonly op: string; readonly value: ThresholdValue }
  | {
      readonly type: 'days';
      readonly fact: FactPath;
      readonly op: '<' | '<=' | '>' | '>=';
      readonly value: number | { readonly setting: string };
    };

export interface CompiledRule {
  readonly id: string;
  readonly category: string;
  readonly severity: Severity;
  readonly sites: ReadonlySet<Site>;
  readonly pageKinds: ReadonlySet<PageKind>;
  readonly when: CompiledCondition;
  readonly adjust: readonly { readonly when: CompiledCondition; readonly severity: Severity | 'off' }[];
  /** Every pattern the rule looks for, to skip regexes no applicable rule needs. */
  readonly patternIds: readonly number[];
}

export interface CompiledRuleSet {
  readonly rules: readonly CompiledRule[];
  readonly patternCount: number;
  /**
   * Matchers by reader key for the patterns marked in `needed` (built on first use, then
   * cached). A thread's own messages get a matcher without the patterns of conditions limited
   * to the other party's messages, and the other way round.
   */
  matchersFor(needed: Uint8Array): MatcherSet;
  /** Rules left out, with the reason. */
  readonly problems: readonly { readonly ruleId: string; readonly message: string }[];
}

/** Compiles one condition tree; patterns are registered for the readers that may read them. */
function compileCondition(
  condition: Condition,
  table: PatternTable,
  used: Set<number>,
  depth = 1,
): CompiledCondition {
  if (depth > MAX_CONDITION_DEPTH) throw new Error(`conditions nested deeper than ${MAX_CONDITION_DEPTH}`);
  const inner = (c: Condition) => compileCondition(c, table, used, depth + 1);
  if ('all' in condition) return { type: 'all', items: condition.all.map(inner) };
  if ('any' in condition) return { type: 'any', items: condition.any.map(inner) };
  if ('not' in condition) return { type: 'not', item: inner(condition.not) };
  if ('text' in condition) {
    const readers = readersOf(condition.kinds, condition.author ?? 'any');
    const register = (pattern: Pattern, inReaders: readonly ReaderKey[]): number => {
      const id = table.add(pattern, inReaders);
      used.add(id);
      return id;
    };
    return {
      type: 'text',
      patternId: register(condition.text, readers),
      near: condition.near
        ? { patternId: register(condition.near.pattern, readers), within: condition.near.within }
        : null,
      unless: (condition.unless ?? []).map((unless) => {
        const scope = unless.scope ?? 'sentence';
        return {
          // "page" looks at every text on the page, whatever the kinds and author of the condition.
          patternId: register(unless.pattern, scope === 'page' ? ALL_READERS : readers),
          scope,
          within: unless.within ?? null,
          direction: unless.direction ?? 'both',
        };
      }),
      kinds: condition.kinds && condition.kinds.length > 0 ? new Set(condition.kinds) : null,
      author: condition.author ?? 'any',
    };
  }
  if ('daysSince' in condition) {
    return { type: 'days', fact: condition.daysSince, op: condition.op, value: condition.value };
  }
  if ('fact' in condition) {
    return { type: 'fact', fact: condition.fact, op: condition.op, value: condition.value ?? null };
  }
  throw new Error('unknown condition');
}

function compileUncached(specs: readonly RuleSpec[]): CompiledRuleSet {
  const table = new PatternTable();
  const rules: CompiledRule[] = [];
  const problems: { ruleId: string; message: string }[] = [];
  for (const spec of specs) {
    const ruleId = typeof spec?.id === 'string' ? spec.id : '(no id)';
    try {
      const used = new Set<number>();
      const when = compileCondition(spec.when, table, used);
      const adjust = (spec.adjust ?? []).map((entry) => ({
        when: compileCondition(entry.when, table, used),
        severity: entry.severity,
      }));
      rules.push({
        id: spec.id,
        category: spec.category,
        severity: spec.severity,
        sites: new Set(spec.sites),
        pageKinds: new Set(spec.pageKinds),
        when,
        adjust,
        patternIds: [...used],
      });
    } catch (error) {
      problems.push({ ruleId, message: error instanceof Error ? error.message : String(error) });
    }
  }
  const matchers = new MatcherCache(table);
  return { rules, patternCount: table.defs.length, matchersFor: (needed) => matchers.get(needed), problems };
}

const cache = new WeakMap<readonly RuleSpec[], CompiledRuleSet>();

/**
 * Compiles `rules` (cached per array: pass the same array, e.g. RULES, to reuse the result).
 * Terms are normalised with the same normaliser as page text.
 */
export function compileRules(rules: readonly RuleSpec[]): CompiledRuleSet {
  let compiled = cache.get(rules);
  if (!compiled) {
    compiled = compileUncached(rules);
    cache.set(rules, compiled);
  }
  return compiled;
}
