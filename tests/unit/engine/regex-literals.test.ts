import { describe, expect, it } from 'vitest';
import type { Condition, RuleExamples, RuleSpec } from '../../../utils/engine/rule-schema';
import { requiredLiterals } from '../../../utils/engine/regex-literals';
import { normalize } from '../../../utils/text';

describe('requiredLiterals', () => {
  it.each([
    ['line', [['line']]],
    ['らいん(で|に)連絡', [['らいんで連絡', 'らいんに連絡']]],
    ['(着手金|前金)', [['前金', '着手金']]],
    ['(ご)?自身の口座', [['自身の口座']]],
    ['[a-z0-9._-]{1,64}@[a-z0-9-]{1,63}\\.[a-z]{2,6}', [['@']]],
    ['仮払い?\\s{0,2}(の)?\\s{0,2}前', [['仮払'], ['前']]],
    ['(契約|仮払い?)\\s{0,2}(の)?\\s{0,2}(前|まえ)\\s{0,2}(に|から).{0,8}(作業|着手)', [['仮払', '契約'], ['作業', '着手'], ['まえ', '前']]],
    ['(?<word>ab){2}c', [['ababc']]],
    ['\\u3042\\u{1F600}x', [['あ😀x']]],
    ['[あい]うえお', [['あうえお', 'いうえお']]],
    ['0[789]0-?[0-9]{4}', [['070', '080', '090']]],
    ['[かけ]ず', [['かず', 'けず']]],
    ['くず(が|だ)', [['くずが', 'くずだ']]],
    ['(^|[^\\d,.])0\\s?円', [['円']]],
  ])('%s → %j', (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  it.each([
    ['\\d{3}-?\\d{4}'],
    ['(line|\\d+)'],
    ['[^あ]{2,5}'],
    ['.{1,3}'],
    ['(line)?'],
    ['a*b?'],
    ['(に|で)[0-9]{1,3}'],
    // Literals too common to filter anything out are not used.
    ['0?[0-9]{2,4}'],
    ['(し|な)(て|い)[0-9]{1,3}'],
  ])('%s has no required literal', (source) => {
    expect(requiredLiterals(source)).toBeNull();
  });
});

/** Every regex of every rule file, and the texts of its examples (normalised as the engine sees them). */
const ruleFiles = import.meta.glob('../../../rules/*/*.ts', { eager: true }) as Record<
  string,
  { rule?: RuleSpec; examples?: RuleExamples }
>;

function regexesIn(condition: Condition, into: Set<string>): void {
  if ('all' in condition) condition.all.forEach((c) => regexesIn(c, into));
  else if ('any' in condition) condition.any.forEach((c) => regexesIn(c, into));
  else if ('not' in condition) regexesIn(condition.not, into);
  else if ('text' in condition) {
    for (const pattern of [condition.text, condition.near?.pattern, ...(condition.unless ?? []).map((u) => u.pattern)]) {
      for (const source of pattern?.regex ?? []) into.add(source);
    }
  }
}

describe('required literals never skip a text the regex matches', () => {
  const sources = new Set<string>(['0[789]0-?[0-9]{4}', '(^|[^\\d,.])0\\s?円', 'a(b|c{2})?d', '(ab|a)(c|bc)d']);
  const texts: string[] = [];
  for (const { rule, examples } of Object.values(ruleFiles)) {
    if (!rule) continue;
    regexesIn(rule.when, sources);
    rule.adjust?.forEach((a) => regexesIn(a.when, sources));
    for (const example of [...(examples?.matches ?? []), ...(examples?.doesNotMatch ?? [])]) {
      const text = typeof example === 'string' ? example : example.text;
      if (text) texts.push(normalize(text).text);
    }
  }

  /** Deterministic random strings over the characters a regex mentions. */
  function randomTexts(source: string, count: number): string[] {
    const alphabet = [...new Set([...source.replace(/\\[dswbDSWBpPu]\{?[^}]*\}?/g, ''), '0', '1', ' ', 'x'])];
    let state = source.length * 7919;
    const next = () => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state / 0x7fffffff;
    };
    return Array.from({ length: count }, () =>
      Array.from({ length: Math.floor(next() * 24) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
    );
  }

  it('on the rule examples and on random texts made of each regex’s own characters', () => {
    const failures: string[] = [];
    let matched = 0;
    for (const source of sources) {
      const literals = requiredLiterals(source);
      if (!literals) continue;
      const regex = new RegExp(source, 'u');
      for (const text of [...texts, ...randomTexts(source, 400)]) {
        if (!regex.test(text)) continue;
        matched++;
        for (const clause of literals) {
          if (!clause.some((literal) => text.includes(literal))) failures.push(`/${source}/ on ${JSON.stringify(text)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(matched).toBeGreaterThan(20);
  });
});
