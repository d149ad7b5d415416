/**
 * The offset map on hand-checked examples: which original characters each normalised unit
 * comes from, and how toOriginalRange answers for evidence ranges, edges and bad input.
 */
import { describe, expect, it } from 'vitest';
import { normalize, toOriginalRange, type NormalizedText } from '@/utils/text';

function ranges(n: NormalizedText): [number, number][] {
  return Array.from(n.starts, (start, i) => [start, n.ends[i] as number]);
}

/** Finds `needle` in the normalised text and returns the original characters it came from. */
function evidence(original: string, needle: string): string {
  const n = normalize(original);
  const at = n.text.indexOf(needle);
  expect(at, `${needle} in ${n.text}`).toBeGreaterThanOrEqual(0);
  const { start, end } = toOriginalRange(n, at, at + needle.length);
  return original.slice(start, end);
}

describe('offset map', () => {
  it('maps a voiced half-width kana to both of its characters', () => {
    const n = normalize('ｶﾞｲﾄﾞ');
    expect(n.text).toBe('がいど');
    expect(ranges(n)).toEqual([[0, 2], [2, 3], [3, 5]]);
  });

  it('maps every unit of an expanded character to the whole character', () => {
    const n = normalize('a㈱b');
    expect(n.text).toBe('a(株)b');
    expect(ranges(n)).toEqual([[0, 1], [1, 2], [1, 2], [1, 2], [2, 3]]);
  });

  it('maps both halves of a surrogate pair to the pair', () => {
    const n = normalize('x😀y𝐋');
    expect(n.text).toBe('x😀yl');
    expect(ranges(n)).toEqual([[0, 1], [1, 3], [1, 3], [3, 4], [4, 6]]);
  });

  it('skips removed characters and covers collapsed whitespace', () => {
    const n = normalize('a\u200Bb \r\n c');
    expect(n.text).toBe('ab\nc');
    expect(ranges(n)).toEqual([[0, 1], [2, 3], [3, 7], [7, 8]]);
  });

  it('maps a spelled-out symbol to its word and keeps joined letters exact', () => {
    const n = normalize('L I N E: x あっと y');
    expect(n.text).toBe('line: x@y');
    expect(ranges(n)).toEqual([[0, 1], [2, 3], [4, 5], [6, 7], [7, 8], [8, 9], [9, 10], [11, 14], [15, 16]]);
  });

  it('gives the exact original evidence for matches found in normalised text', () => {
    expect(evidence('詳しくはＬ　Ｉ　Ｎ　Ｅで', 'line')).toBe('Ｌ　Ｉ　Ｎ　Ｅ');
    expect(evidence('連絡先: taro あっと example どっと jp まで', 'taro@example.jp')).toBe('taro あっと example どっと jp');
    expect(evidence('電話は〇九〇ー一二三四ー五六七八です', '090-1234-5678')).toBe('〇九〇ー一二三四ー五六七八');
    expect(evidence('ﾗ\u200Bｲﾝで', 'らいん')).toBe('ﾗ\u200Bｲﾝ');
    expect(evidence('abc（ａｔ）gmail', '@')).toBe('（ａｔ）');
  });
});

describe('toOriginalRange', () => {
  const original = 'ab😀ｶﾞ';
  const n = normalize(original);

  it('covers whole characters', () => {
    expect(n.text).toBe('ab😀が');
    expect(toOriginalRange(n, 2, 3)).toEqual({ start: 2, end: 4 });
    expect(toOriginalRange(n, 3, 5)).toEqual({ start: 2, end: 6 });
    expect(toOriginalRange(n, 0, n.text.length)).toEqual({ start: 0, end: original.length });
  });

  it('gives an empty range at the matching position for an empty range', () => {
    expect(toOriginalRange(n, 1, 1)).toEqual({ start: 1, end: 1 });
    expect(toOriginalRange(n, n.text.length, n.text.length)).toEqual({ start: 6, end: 6 });
    expect(toOriginalRange(normalize(''), 0, 0)).toEqual({ start: 0, end: 0 });
  });

  it('clamps out-of-range, reversed and non-integer input instead of throwing', () => {
    expect(toOriginalRange(n, -5, 1)).toEqual({ start: 0, end: 1 });
    expect(toOriginalRange(n, 4, 99)).toEqual({ start: 4, end: 6 });
    expect(toOriginalRange(n, 3, 1)).toEqual({ start: 2, end: 2 });
    expect(toOriginalRange(n, Number.NaN, 1.7)).toEqual({ start: 0, end: 1 });
    expect(toOriginalRange(n, 0, Number.POSITIVE_INFINITY)).toEqual({ start: 0, end: 6 });
  });

  it('answers the same before and after the full arrays are built', () => {
    const fresh = normalize('x あっと y ｶﾞ\n\n😀 L I N E');
    const before = Array.from({ length: fresh.text.length }, (_, i) => toOriginalRange(fresh, i, i + 1));
    expect(fresh.starts.length).toBe(fresh.text.length);
    const after = Array.from({ length: fresh.text.length }, (_, i) => toOriginalRange(fresh, i, i + 1));
    expect(after).toEqual(before);
  });

  it('accepts any object with the NormalizedText shape', () => {
    const plain: NormalizedText = {
      text: 'ab',
      starts: Uint32Array.from([0, 3]),
      ends: Uint32Array.from([3, 4]),
    };
    expect(toOriginalRange(plain, 0, 2)).toEqual({ start: 0, end: 4 });
    expect(toOriginalRange(plain, 1, 2)).toEqual({ start: 3, end: 4 });
  });
});
