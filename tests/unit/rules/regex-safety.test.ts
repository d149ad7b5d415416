/**
 * ReDoS check: every regex of every registered rule is analysed by recheck and must come out
 * safe (linear or better) as the engine runs it — unanchored, flags "gu". Terms need no such
 * check: they are matched by a trie walk bounded by the longest term, not by a regex.
 */
import { check, type Diagnostics } from 'recheck';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../rules/index';
import type { Condition, Pattern, RuleSpec } from '../../../utils/engine/rule-schema';

/** Every regex source a rule uses, with where it is (rule id and path). */
function regexesOf(rule: RuleSpec): Map<string, string> {
  const found = new Map<string, string>();
  const addPattern = (pattern: Pattern, path: string) =>
    pattern.regex?.forEach((source, i) => found.set(source, `${rule.id}: ${path}.regex[${i}]`));
  const visit = (condition: Condition, path: string): void => {
    if ('all' in condition) condition.all.forEach((c, i) => visit(c, `${path}.all[${i}]`));
    else if ('any' in condition) condition.any.forEach((c, i) => visit(c, `${path}.any[${i}]`));
    else if ('not' in condition) visit(condition.not, `${path}.not`);
    else if ('text' in condition) {
      addPattern(condition.text, `${path}.text`);
      if (condition.near) addPattern(condition.near.pattern, `${path}.near.pattern`);
      condition.unless?.forEach((u, i) => addPattern(u.pattern, `${path}.unless[${i}].pattern`));
    }
  };
  visit(rule.when, 'when');
  rule.adjust?.forEach((a, i) => visit(a.when, `adjust[${i}].when`));
  return found;
}

/** Null when recheck proves the regex safe, else a readable reason. */
async function unsafeReason(source: string): Promise<string | null> {
  // A fixed seed keeps recheck's fuzzing the same on every run, so a verdict cannot flicker.
  const result: Diagnostics = await check(source, 'gu', { timeout: 20_000, randomSeed: 20261121 });
  if (result.status === 'safe') return null;
  if (result.status === 'vulnerable') return `${result.complexity.summary}, e.g. ${result.attack.pattern}`;
  return `could not be proven safe (${result.error.kind})`;
}

describe('regex safety (recheck)', () => {
  it('every rule regex is safe', { timeout: 60_000 }, async () => {
    const all = new Map<string, string>();
    for (const rule of RULES) for (const [source, where] of regexesOf(rule)) if (!all.has(source)) all.set(source, where);
    const verdicts = await Promise.all(
      [...all].map(async ([source, where]) => {
        const reason = await unsafeReason(source);
        return reason ? `${where} /${source}/: ${reason}` : null;
      }),
    );
    expect(verdicts.filter((v) => v !== null)).toEqual([]);
  });

  it('flags what backtracks, including unbounded repeats before a required tail', async () => {
    expect(await unsafeReason('(a|a)*b')).toMatch(/exponential/);
    // Unanchored search: each start position rescans the digits, so this is quadratic.
    expect(await unsafeReason('[0-9]+円')).toMatch(/polynomial/);
    expect(await unsafeReason('[0-9]{1,8}円')).toBeNull();
  });
});
