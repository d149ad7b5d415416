/**
 * The bundled rule set against its own contracts: every rule file parses with the zod schemas,
 * is registered in RULES and GUIDANCE, names itself after its path, carries enough examples
 * each way, and cites sources; every category of the rule-set issue is covered.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDANCE } from '../../../rules/guidance';
import { RULES } from '../../../rules/index';
import {
  CATEGORIES,
  RuleExamplesSchema,
  RuleGuidanceSchema,
  RuleSpecSchema,
  type Condition,
  type RuleExamples,
  type RuleGuidance,
  type RuleSpec,
} from '../../../utils/engine/rule-schema';
import { REPO_ROOT } from '../../shared';

interface RuleModule {
  rule: RuleSpec;
  guidance: RuleGuidance;
  examples: RuleExamples;
}

const RULES_DIR = join(REPO_ROOT, 'rules');

/** `<category>/<slug>` for every rule file under rules/<category>/. */
function ruleFilePaths(): string[] {
  return readdirSync(RULES_DIR)
    .filter((entry) => statSync(join(RULES_DIR, entry)).isDirectory())
    .flatMap((category) =>
      readdirSync(join(RULES_DIR, category))
        .filter((file) => file.endsWith('.ts'))
        .map((file) => `${category}/${file.slice(0, -3)}`),
    )
    .sort();
}

const paths = ruleFilePaths();
const modules = new Map<string, RuleModule>();
for (const path of paths) {
  modules.set(path, (await import(join(RULES_DIR, `${path}.ts`))) as RuleModule);
}

describe('rule files', () => {
  it.each(paths)('%s is valid, registered and documented', (path) => {
    const mod = modules.get(path)!;
    const parsed = RuleSpecSchema.safeParse(mod.rule);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 2)).toBe(true);
    expect(mod.rule.id).toBe(path);

    const guidance = RuleGuidanceSchema.safeParse(mod.guidance);
    expect(guidance.success, guidance.success ? '' : JSON.stringify(guidance.error.issues)).toBe(true);
    expect(mod.guidance.ja.steps.length).toBeGreaterThanOrEqual(2);
    expect(mod.guidance.en.steps.length).toBe(mod.guidance.ja.steps.length);

    const examples = RuleExamplesSchema.safeParse(mod.examples);
    expect(examples.success, examples.success ? '' : JSON.stringify(examples.error.issues)).toBe(true);
    expect(mod.examples.matches.length).toBeGreaterThanOrEqual(3);
    expect(mod.examples.doesNotMatch.length).toBeGreaterThanOrEqual(3);

    expect(RULES).toContain(mod.rule);
    expect(GUIDANCE[mod.rule.id]).toBe(mod.guidance);
  });

  it('registers nothing that has no file, and no id twice', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(paths);
    expect(Object.keys(GUIDANCE).sort()).toEqual(paths);
  });

  it('covers every category with at least 150 examples in all', () => {
    const covered = new Set(RULES.map((r) => r.category));
    expect(CATEGORIES.filter((c) => !covered.has(c))).toEqual([]);
    const total = [...modules.values()].reduce(
      (sum, m) => sum + m.examples.matches.length + m.examples.doesNotMatch.length,
      0,
    );
    console.log(`rule set: ${RULES.length} rules, ${covered.size} categories, ${total} examples`);
    expect(total).toBeGreaterThanOrEqual(150);
  });
});

/** Every regex source in a condition tree (text, near and unless patterns). */
function regexSources(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(regexSources);
  if ('any' in condition) return condition.any.flatMap(regexSources);
  if ('not' in condition) return regexSources(condition.not);
  if (!('text' in condition)) return [];
  return [
    ...(condition.text.regex ?? []),
    ...(condition.near?.pattern.regex ?? []),
    ...(condition.unless ?? []).flatMap((u) => u.pattern.regex ?? []),
  ];
}

describe('regex sources are written in the normalised form', () => {
  // Page text is normalised before matching: katakana is folded to hiragana, ASCII is lower
  // case and full-width forms are ASCII, so a regex holding any of them can never match.
  const NOT_NORMALISED = /[\u30A1-\u30FA\u30FD-\u30FF\uFF01-\uFF5E]|(?<!\\)[A-Z]/u;
  it.each(paths)('%s', (path) => {
    const { rule } = modules.get(path)!;
    const sources = [rule.when, ...(rule.adjust ?? []).map((a) => a.when)].flatMap(regexSources);
    expect(sources.filter((source) => NOT_NORMALISED.test(source))).toEqual([]);
  });
});
