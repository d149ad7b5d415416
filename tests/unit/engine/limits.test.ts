import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/engine/analyze';
import { MAX_CONDITION_DEPTH, MAX_PAGE_CHARS, MAX_SOURCE_CHARS } from '../../../utils/engine/limits';
import type { RuleSpec } from '../../../utils/engine/rule-schema';
import { NOW, SETTINGS, fires, page, rule } from './helpers';

/**
 * A hang guard, not a timing goal: these inputs take tens of milliseconds, and a quadratic
 * scan of 100k characters would take minutes. 500 ms was exceeded on a machine loaded 2.5×
 * its cores, so the bound leaves room for shared, noisy machines.
 */
const HANG_GUARD_MS = 3_000;

describe('size caps', () => {
  const r = rule({ text: { terms: ['LINE'] } });

  it('does not scan a text beyond the per-source cap, and says so', () => {
    const long = `${'あ'.repeat(MAX_SOURCE_CHARS)}LINEで連絡`;
    const result = analyze(page([long]), [r], SETTINGS, NOW);
    expect(result.findings).toEqual([]);
    expect(result.notices.map((n) => n.code)).toEqual(['text-truncated']);
    expect(result.notices[0]?.detail).toContain('text:0');
    expect(fires(r, page([`LINE${'あ'.repeat(MAX_SOURCE_CHARS)}`]))).toBe(true);
  });

  it('does not cut a surrogate pair in half at the cap', () => {
    const text = `${'あ'.repeat(MAX_SOURCE_CHARS - 1)}😀LINE`;
    const emoji = rule({ text: { terms: ['😀'] } });
    const result = analyze(page([text]), [emoji], SETTINGS, NOW);
    expect(result.findings).toEqual([]);
    expect(result.notices[0]?.code).toBe('text-truncated');
  });

  it('stops scanning once the page total is reached', () => {
    const chunk = 'あ'.repeat(MAX_SOURCE_CHARS - 10);
    const count = Math.ceil(MAX_PAGE_CHARS / chunk.length);
    const texts = Array.from({ length: count }, () => chunk);
    expect(fires(r, page([...texts.slice(0, count - 1), 'LINE']))).toBe(true);
    const result = analyze(page([...texts, 'LINEで連絡']), [r], SETTINGS, NOW);
    expect(result.findings).toEqual([]);
    expect(result.notices.map((n) => n.code)).toEqual(['text-truncated']);
  });

  it('takes other caps when asked (the benchmark lifts them to measure growth)', () => {
    const long = `${'あ'.repeat(MAX_SOURCE_CHARS)}LINE`;
    const lifted = analyze(page([long]), [r], SETTINGS, NOW, { maxSourceChars: 2 * MAX_SOURCE_CHARS });
    expect(lifted.findings).toHaveLength(1);
    expect(lifted.notices).toEqual([]);
    const tight = analyze(page(['あいうえお LINE']), [r], SETTINGS, NOW, { maxPageChars: 5 });
    expect(tight.findings).toEqual([]);
    expect(tight.notices[0]?.detail).toContain('text:0 5/10');
  });

  it('reports no notice when nothing was cut', () => {
    expect(analyze(page(['LINEで連絡']), [r], SETTINGS, NOW).notices).toEqual([]);
  });
});

describe('robustness', () => {
  it('skips a rule that cannot be compiled, says so, and runs the others', () => {
    const broken = { ...rule({ text: { regex: ['(a)\\1'] } }), id: 'threat/broken' } as RuleSpec;
    const malformed = { ...rule({ text: { terms: ['x'] } }), id: 'threat/malformed', when: { all: null } } as unknown as RuleSpec;
    const good = rule({ text: { terms: ['LINE'] } });
    const result = analyze(page(['LINE (a)a']), [broken, malformed, good], SETTINGS, NOW);
    expect(result.findings.map((f) => f.ruleId)).toEqual([good.id]);
    expect(result.notices.map((n) => n.code)).toEqual(['rule-invalid', 'rule-invalid']);
    expect(result.notices.map((n) => n.detail?.split(':')[0])).toEqual(['threat/broken', 'threat/malformed']);
  });

  it('refuses a condition tree nested absurdly deep instead of recursing into it', () => {
    let deep: RuleSpec['when'] = { text: { terms: ['LINE'] } };
    for (let i = 0; i < 20_000; i++) deep = { not: deep };
    const result = analyze(page(['LINE']), [rule(deep), rule({ text: { terms: ['LINE'] } }, { id: 'threat/ok', category: 'threat' })], SETTINGS, NOW);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['threat/ok']);
    expect(result.notices).toEqual([{ code: 'rule-invalid', detail: `off-platform-contact/test: conditions nested deeper than ${MAX_CONDITION_DEPTH}` }]);
  });
});

describe('adversarial text completes without throwing', () => {
  // Realistic patterns around the hostile characters: addresses, spaced-out letters, numbers.
  const rules: RuleSpec[] = [
    rule({ text: { terms: ['@gmail', 'gmail.com', 'line.me', '@', '.'], regex: ['@[a-z0-9-]{1,63}\\.[a-z]{2,6}'] } }),
    rule({ text: { terms: ['LINE', 'L I N E', 'らいん'], wordBoundary: true }, near: { pattern: { terms: ['連絡', '@'] }, within: 20 } }, { id: 'threat/b', category: 'threat' }),
    rule(
      { text: { regex: ['0[789]0-?[0-9]{4}-?[0-9]{4}', '[(（][^()（）]{0,20}[)）]'] }, unless: [{ scope: 'sentence', pattern: { terms: ['禁止'] } }] },
      { id: 'threat/c', category: 'threat' },
    ),
  ];
  const inputs: [string, string][] = [
    ['100k dots', '.'.repeat(100_000)],
    ['100k spaces', ' '.repeat(100_000)],
    ['100k full-width at signs', '＠'.repeat(100_000)],
    ['100k あっと', 'あっと'.repeat(100_000)],
    ['100k ドット', 'ドット'.repeat(100_000)],
    ['spaced letters', 'L I N E '.repeat(30_000)],
    ['10k-deep brackets', `${'('.repeat(10_000)}LINE${')'.repeat(10_000)}`],
    ['10k-deep mixed brackets', '（[「(【'.repeat(2_000) + '】)」]）'.repeat(2_000)],
    ['zero-width flood', '\u200b'.repeat(100_000) + 'LINE'],
    ['combining marks', `L${'\u0301'.repeat(50_000)}INE`],
    ['lone surrogates', '\ud800\udc00\ud800'.repeat(30_000)],
    ['digits', '0'.repeat(100_000)],
    ['5 MB page', 'LINEで連絡ください。'.repeat(500_000)],
  ];

  it.each(inputs)('%s', (_label, text) => {
    const started = performance.now();
    const result = analyze(page([{ id: 'message:0', kind: 'message', text }], { kind: 'messages' }), rules, SETTINGS, NOW);
    expect(performance.now() - started).toBeLessThan(HANG_GUARD_MS);
    expect(Array.isArray(result.findings)).toBe(true);
    expect(result.notices.filter((n) => n.code !== 'text-truncated')).toEqual([]);
  });
});
