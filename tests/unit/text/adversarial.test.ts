/**
 * Hostile input: long repeats of the characters the context rules react to, invisible
 * characters, marks, lone surrogates and a multi-megabyte page. Each must finish without
 * throwing; the time limit is only a hang guard (linear work takes a few milliseconds; a
 * quadratic slip on 100k characters would take seconds).
 */
import { describe, expect, it } from 'vitest';
import { normalize, toOriginalRange } from '@/utils/text';

// Generous on purpose: the suite may share a loaded machine; a quadratic slip on 100k characters
// (10^10 steps) would still take far longer.
const HANG_GUARD_MS = 1000;
const N = 100_000;

const CASES: Record<string, string> = {
  dots: '.'.repeat(N),
  'fullwidth at signs': '＠'.repeat(N),
  'あっと repeated': 'あっと'.repeat(N),
  'あっと between letters': 'a あっと '.repeat(N / 4),
  'どっと between letters': 'aどっと'.repeat(N / 4),
  spaces: ' '.repeat(N),
  'ideographic spaces': '\u3000'.repeat(N),
  newlines: '\r\n'.repeat(N / 2),
  'letters and spaces': 'a '.repeat(N / 2),
  'alternating separators': 'a.b-c・d_e/f|'.repeat(N / 12),
  'kana and separators': 'ら・'.repeat(N / 2),
  'brackets at': '(at)'.repeat(N / 4),
  'open brackets': '('.repeat(N),
  'unclosed bracket words': '( at'.repeat(N / 4),
  'zero-width': '\u200B'.repeat(N),
  'variation selectors': '\uFE0F'.repeat(N),
  'combining marks': 'a' + '\u0301'.repeat(N),
  'voicing marks': 'ｶ' + 'ﾞ'.repeat(N),
  'kanji numerals': '一'.repeat(N),
  'digits and long vowels': '1ー'.repeat(N / 2),
  'digits and 一': '1一'.repeat(N / 2),
  'spaced digits': '0 '.repeat(N / 2),
  'lone high surrogates': '\uD800'.repeat(N),
  'lone low surrogates': '\uDC00'.repeat(N),
  emoji: '😀'.repeat(N / 2),
  'expanding characters': 'ﷺ'.repeat(N / 10),
  // Each new character costs one Unicode lookup the first time it is met.
  'distinct astral characters': Array.from({ length: N / 10 }, (_, i) => String.fromCodePoint(0x10000 + i * 5)).join(''),
};

describe('normalize: adversarial input', () => {
  it.each(Object.entries(CASES))('%s finishes quickly and stays consistent', (_name, input) => {
    // Warm up on a short prefix first, so the guard measures the algorithm, not the JIT.
    normalize(input.slice(0, 10_000));
    const began = performance.now();
    const n = normalize(input);
    const elapsed = performance.now() - began;
    expect(elapsed).toBeLessThan(HANG_GUARD_MS);
    if (n.text.length > 0) {
      const whole = toOriginalRange(n, 0, n.text.length);
      expect(whole.start).toBeGreaterThanOrEqual(0);
      expect(whole.end).toBeLessThanOrEqual(input.length);
      expect(n.starts.length).toBe(n.text.length);
    }
  });

  it('collapses and joins what it should even at this size', () => {
    expect(normalize(' '.repeat(N)).text).toBe(' ');
    expect(normalize('\u200B'.repeat(N)).text).toBe('');
    expect(normalize('a '.repeat(N / 2)).text).toBe('a'.repeat(N / 2) + ' ');
    expect(normalize('(at)'.repeat(N / 4)).text).toBe('@'.repeat(N / 4));
    expect(normalize('ｶ' + 'ﾞ'.repeat(N)).text).toBe('が');
  });

  it('handles a multi-megabyte page', () => {
    const page = '求人：ＬＩＮＥ　ＩＤ　ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ　〇九〇ー一二三四ー五六七八\n'.repeat(80_000);
    const began = performance.now();
    const n = normalize(page);
    expect(performance.now() - began).toBeLessThan(10 * HANG_GUARD_MS);
    expect(n.text.startsWith('求人:line id taro@example.jp 090-1234-5678\n')).toBe(true);
    expect(toOriginalRange(n, n.text.length - 1, n.text.length).end).toBe(page.length);
  });

  it('never throws on non-string input at run time', () => {
    const loose = normalize as (value: unknown) => { text: string };
    expect(loose(undefined).text).toBe('');
    expect(loose(null).text).toBe('');
    expect(loose(12).text).toBe('12');
  });
});
