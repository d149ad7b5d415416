/**
 * Completeness: every rule file is a whole rule (detection, guidance, examples), named after
 * its file, registered in both registries, and the registered set validates.
 */
import { describe, expect, it } from 'vitest';
import { GUIDANCE } from '../../../rules/guidance';
import { RULES } from '../../../rules/index';
import { CATEGORIES, RuleExamplesSchema, RuleGuidanceSchema } from '../../../utils/engine/rule-schema';
import { validateRuleSet } from '../../../utils/engine/validate';
import { RULE_FILES, type RuleFile } from './rule-files';

/** Examples each way every rule must have (the rule set aims for at least 3). */
const MIN_EXAMPLES_EACH_WAY = 1;

/** Everything wrong with one rule file, one line each. */
function problemsOf(file: RuleFile): string[] {
  const problems: string[] = [];
  const { rule, guidance, examples } = file.exports;
  for (const name of ['rule', 'guidance', 'examples'] as const) {
    if (!file.exports[name]) problems.push(`does not export \`${name}\``);
  }
  if (!(CATEGORIES as readonly string[]).includes(file.folder)) problems.push(`folder ${file.folder} is not a category`);
  if (rule) {
    const expectedId = `${file.folder}/${file.slug}`;
    if (rule.id !== expectedId) problems.push(`id ${rule.id} does not match the file (${expectedId})`);
    if (rule.category !== file.folder) problems.push(`category ${rule.category} does not match the folder`);
    if (!RULES.includes(rule)) problems.push('not registered in rules/index.ts RULES');
    if (GUIDANCE[rule.id] !== guidance) problems.push('its guidance is not registered in rules/guidance.ts GUIDANCE');
  }
  if (guidance) {
    const parsed = RuleGuidanceSchema.safeParse(guidance);
    if (!parsed.success) problems.push(`guidance: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    else if (parsed.data.sources.length === 0 || parsed.data.ja.title.trim() === '') problems.push('guidance lacks ja text or sources');
  }
  if (examples) {
    const parsed = RuleExamplesSchema.safeParse(examples);
    if (!parsed.success) problems.push(`examples: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    const matches = examples.matches?.length ?? 0;
    const doesNotMatch = examples.doesNotMatch?.length ?? 0;
    if (matches < MIN_EXAMPLES_EACH_WAY) problems.push(`${matches} matches examples (need ${MIN_EXAMPLES_EACH_WAY})`);
    if (doesNotMatch < MIN_EXAMPLES_EACH_WAY) {
      problems.push(`${doesNotMatch} doesNotMatch examples (need ${MIN_EXAMPLES_EACH_WAY})`);
    }
  }
  return problems;
}

describe('rule completeness', () => {
  it.each(RULE_FILES.map((f) => [f.path, f] as const))('%s', (_path, file) => {
    expect(problemsOf(file)).toEqual([]);
  });

  it('every registered rule comes from a rule file', () => {
    const fromFiles = new Set(RULE_FILES.map((f) => f.exports.rule));
    expect(RULES.filter((rule) => !fromFiles.has(rule)).map((rule) => rule.id)).toEqual([]);
  });

  it('the registered rule set validates (schema, ids, guidance, fact comparisons)', () => {
    expect(validateRuleSet(RULES, GUIDANCE)).toEqual([]);
  });

  it('catches an incomplete or misnamed rule file', () => {
    const stray: RuleFile = {
      path: 'threat/stray.ts',
      folder: 'threat',
      slug: 'stray',
      exports: {
        rule: {
          id: 'mlm/other',
          category: 'mlm',
          severity: 'warning',
          sites: ['crowdworks'],
          pageKinds: ['job'],
          when: { text: { terms: ['MLM'] } },
        },
        guidance: {
          ja: { title: 'マルチ商法の勧誘', why: '理由', steps: ['報告する'] },
          en: { title: 'MLM recruiting', why: 'Why', steps: ['Report it'] },
          sources: [{ title: 'CrowdWorks', url: 'https://crowdworks.jp/' }],
        },
        examples: { matches: [], doesNotMatch: ['普通の仕事'] },
      },
    };
    expect(problemsOf(stray)).toEqual([
      'id mlm/other does not match the file (threat/stray)',
      'category mlm does not match the folder',
      'not registered in rules/index.ts RULES',
      'its guidance is not registered in rules/guidance.ts GUIDANCE',
      expect.stringMatching(/^examples: matches /),
      '0 matches examples (need 1)',
    ]);
    expect(problemsOf({ path: 'nowhere/empty.ts', folder: 'nowhere', slug: 'empty', exports: {} })).toEqual([
      'does not export `rule`',
      'does not export `guidance`',
      'does not export `examples`',
      'folder nowhere is not a category',
    ]);
  });
});
