/**
 * The rule tester: every rule file's own examples, run through the engine. `matches` must
 * produce the rule's finding with exact evidence, `doesNotMatch` must not; `todo` entries
 * (known gaps) are reported, not failed.
 */
import { describe, expect, it } from 'vitest';
import type { Example, RuleSpec } from '../../../utils/engine/rule-schema';
import { checkExample, describeExample, firstTextKind } from './example-runner';
import { RULE_FILES } from './rule-files';

const withExamples = RULE_FILES.filter((f) => f.exports.rule && f.exports.examples);

/** Every problem of one rule's examples, one line each. */
function problemsOf(rule: RuleSpec, matches: readonly Example[], doesNotMatch: readonly Example[]): string[] {
  const problems: string[] = [];
  matches.forEach((example, i) => {
    const problem = checkExample(rule, example, 'match');
    if (problem) problems.push(`matches[${i}] ${describeExample(example)}: ${problem}`);
  });
  doesNotMatch.forEach((example, i) => {
    const problem = checkExample(rule, example, 'no-match');
    if (problem) problems.push(`doesNotMatch[${i}] ${describeExample(example)}: ${problem}`);
  });
  return problems;
}

describe('rule examples', () => {
  it.each(withExamples.map((f) => [f.path, f] as const))('%s', (_path, file) => {
    const rule = file.exports.rule as RuleSpec;
    const examples = file.exports.examples as NonNullable<typeof file.exports.examples>;
    expect(problemsOf(rule, examples.matches, examples.doesNotMatch)).toEqual([]);
    for (const todo of examples.todo ?? []) {
      const stillAGap = checkExample(rule, todo.example, todo.expect === 'match' ? 'match' : 'no-match') !== null;
      console.info(
        `todo ${rule.id} ${describeExample(todo.example)} (expect ${todo.expect}): ` +
          (stillAGap ? `known gap — ${todo.why}` : 'now passes: move it to the examples'),
      );
    }
  });
});

describe('the rule tester itself', () => {
  const rule: RuleSpec = {
    id: 'off-platform-contact/tester-check',
    category: 'off-platform-contact',
    severity: 'warning',
    sites: ['lancers'],
    pageKinds: ['messages', 'job'],
    when: {
      any: [
        { text: { terms: ['LINE'] }, kinds: ['message'], author: 'other' },
        { fact: 'client.identityVerified', op: '==', value: false },
      ],
    },
    adjust: [{ when: { fact: 'client.reviews', op: '==', value: 0 }, severity: 'danger' }],
  };

  it('reads string examples as the first allowed text kind, on the first site and page kind', () => {
    expect(firstTextKind(rule)).toBe('message');
    expect(checkExample(rule, 'LINEで連絡します', 'match')).toBeNull();
    expect(checkExample(rule, { text: 'LINEで連絡します', own: true }, 'no-match')).toBeNull();
  });

  it('reports a wrong expectation either way', () => {
    expect(checkExample(rule, 'メールで連絡します', 'match')).toBe('should match, but the rule found nothing');
    expect(checkExample(rule, 'LINEで連絡します', 'no-match')).toBe('should not match, but found "LINE"');
  });

  it('checks the expected severity and counts fact evidence for fact-only matches', () => {
    expect(checkExample(rule, { client: { identityVerified: false } }, 'match')).toBeNull();
    expect(checkExample(rule, { client: { identityVerified: false, reviews: 0 }, severity: 'danger' }, 'match')).toBeNull();
    expect(checkExample(rule, { client: { identityVerified: false }, severity: 'danger' }, 'match')).toBe(
      'severity warning, expected danger',
    );
  });

  it('refuses malformed examples instead of letting them pass silently', () => {
    expect(checkExample(rule, { client: { identityVerifed: false } }, 'no-match')).toMatch(/^malformed example: /);
    expect(checkExample(rule, { text: 'LINE', now: 'yesterday' }, 'match')).toMatch(/^malformed example: now is not a date/);
  });

  it('checks the expected evidence texts when an example lists them', () => {
    expect(checkExample(rule, { text: '明日LINEで連絡します', evidence: ['LINE'] }, 'match')).toBeNull();
    expect(checkExample(rule, { text: '明日LINEで連絡します', evidence: ['LINEで'] }, 'match')).toBe(
      'evidence ["LINE"], expected ["LINEで"]',
    );
    expect(checkExample(rule, { text: 'LINEかLINE', evidence: ['LINE'] }, 'match')).toBe(
      'evidence ["LINE","LINE"], expected ["LINE"]',
    );
  });

  it('runs job-list examples as a listing card', () => {
    const listing: RuleSpec = { ...rule, pageKinds: ['job-list'], when: { text: { terms: ['高収入'] } } };
    expect(checkExample(listing, '高収入のお仕事', 'match')).toBeNull();
    expect(checkExample(listing, '普通のお仕事', 'no-match')).toBeNull();
  });
});
