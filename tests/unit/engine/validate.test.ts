import { describe, expect, it } from 'vitest';
import type { RuleGuidance, RuleSpec } from '../../../utils/engine/rule-schema';
import { assertValidRuleSet, validateRuleSet } from '../../../utils/engine/validate';
import { rule } from './helpers';

const guidance: RuleGuidance = {
  ja: { title: 'LINEへの誘導', why: 'サービス外の連絡は保護の対象外です。', steps: ['サービス外連絡申請を確認する'] },
  en: { title: 'Moving to LINE', why: 'Contact outside the platform is not protected.', steps: ['Check for an approved request'] },
  sources: [{ title: 'CrowdWorks help', url: 'https://help.crowdworks.jp/' }],
};

const line = rule({ text: { terms: ['LINE'] } }, { id: 'off-platform-contact/line' });

/** Validates one rule (with guidance for it) and returns the problems. */
const problemsOf = (spec: unknown) => validateRuleSet([spec], { 'off-platform-contact/line': guidance });

describe('validateRuleSet', () => {
  it('accepts a valid rule with its guidance', () => {
    expect(validateRuleSet([line], { [line.id]: guidance })).toEqual([]);
  });

  it('names the rule id and the exact path of a bad regex inside a condition union', () => {
    const bad = { ...line, when: { any: [{ text: { terms: ['LINE'] } }, { text: { regex: ['(a)\\1'] } }] } };
    expect(problemsOf(bad)).toEqual([
      'off-platform-contact/line: when.any[1].text.regex[0]: backreferences and lookaround are not allowed',
    ]);
    const lookahead = { ...line, when: { not: { text: { terms: ['x'], regex: ['line(?=で)'] } } } };
    expect(problemsOf(lookahead)).toEqual([
      'off-platform-contact/line: when.not.text.regex[0]: backreferences and lookaround are not allowed',
    ]);
  });

  it('refuses regexes that are invalid or match the empty string', () => {
    expect(problemsOf({ ...line, when: { text: { regex: ['(unclosed'] } } })).toEqual([
      'off-platform-contact/line: when.text.regex[0]: not a valid regular expression (u flag)',
    ]);
    expect(problemsOf({ ...line, when: { text: { regex: ['x*'] } } })).toEqual([
      'off-platform-contact/line: when.text.regex[0]: the regular expression matches the empty string',
    ]);
  });

  it('reports schema errors of the rule itself with their path', () => {
    const problems = problemsOf({ ...line, severity: 'critical', sites: ['yahoo'] });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^off-platform-contact\/line: severity: /);
    expect(problems[1]).toMatch(/^off-platform-contact\/line: sites\[0\]: /);
    expect(problemsOf({ ...line, id: 'threat/line' })).toContain('threat/line: id must start with its category');
  });

  it('checks that fact comparisons make sense for the fact', () => {
    const check = (when: unknown) => problemsOf({ ...line, when });
    expect(check({ fact: 'client.identityVerified', op: '<', value: 3 })).toEqual([
      'off-platform-contact/line: when: "<" needs a number fact and a number or setting',
    ]);
    expect(check({ fact: 'contract.status', op: '==', value: 'deliverd' })).toEqual([
      'off-platform-contact/line: when: contract.status is never "deliverd"',
    ]);
    expect(check({ all: [{ text: { terms: ['x'] } }, { daysSince: 'client.rating', op: '>', value: 3 }] })).toEqual([
      'off-platform-contact/line: when.all[1].daysSince: client.rating is not a date',
    ]);
    expect(check({ fact: 'client.rating', op: 'known', value: 3 })).toEqual([
      'off-platform-contact/line: when: "known" takes no value',
    ]);
    expect(check({ fact: 'contract.deliveredAt', op: '<', value: 3 })).toEqual([
      'off-platform-contact/line: when: contract.deliveredAt is a date: use daysSince',
    ]);
    expect(check({ fact: 'client.rating', op: '<', value: { setting: 'minClientRating' } })).toEqual([]);
  });

  it('accepts widen only as single character classes', () => {
    const widen = (value: unknown) => problemsOf({ ...line, when: { text: { terms: ['@'], widen: value } } });
    expect(widen({ before: '[a-z0-9_.+-]', after: '[a-z0-9.-]' })).toEqual([]);
    expect(widen({ before: '[a-z]+' })).toEqual([
      'off-platform-contact/line: when.text.widen.before: must be one character class such as "[a-z0-9_.+-]"',
    ]);
    expect(widen({ after: '(a|b)' })).toEqual([
      'off-platform-contact/line: when.text.widen.after: must be one character class such as "[a-z0-9_.+-]"',
    ]);
    expect(widen({ after: '[z-a]' })).toEqual([
      'off-platform-contact/line: when.text.widen.after: not a valid character class (u flag)',
    ]);
    expect(widen({})).toEqual(['off-platform-contact/line: when.text.widen: widen needs "before" or "after"']);
  });

  it('refuses terms that vanish in normalisation and absurd nesting', () => {
    expect(problemsOf({ ...line, when: { text: { terms: ['LINE', '\u200b'] } } })).toEqual([
      'off-platform-contact/line: when.text.terms[1]: "\u200b" is empty once normalised',
    ]);
    let deep: unknown = { text: { terms: ['x'] } };
    for (let i = 0; i < 30; i++) deep = { not: deep };
    expect(problemsOf({ ...line, when: deep })).toEqual([
      expect.stringMatching(/^off-platform-contact\/line: when(\.not){24}: conditions nested deeper than 24$/),
    ]);
  });

  it('finds duplicate ids and guidance that is missing, invalid or orphaned', () => {
    const other = rule({ text: { terms: ['Chatwork'] } }, { id: 'off-platform-contact/chatwork' });
    const problems = validateRuleSet([line, line, other], {
      [line.id]: { ...guidance, sources: [] },
      'threat/gone': guidance,
    });
    expect(problems).toEqual([
      expect.stringMatching(/^off-platform-contact\/line: guidance\.sources: /),
      'off-platform-contact/line: duplicate rule id',
      'off-platform-contact/chatwork: no guidance (add it to rules/guidance.ts)',
      'threat/gone: guidance for a rule that is not registered in rules/index.ts',
    ]);
  });

  it('assertValidRuleSet throws one error listing every problem', () => {
    expect(() => assertValidRuleSet([line], { [line.id]: guidance })).not.toThrow();
    const bad = { ...line, when: { text: { regex: ['(?<!x)y'] } } } as RuleSpec;
    expect(() => assertValidRuleSet([bad, { id: 'threat/x' }], {})).toThrow(
      /Invalid rule set \(\d+ problems\):\n {2}off-platform-contact\/line: when\.text\.regex\[0\]: backreferences[\s\S]*threat\/x: /,
    );
  });
});
