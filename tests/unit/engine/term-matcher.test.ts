import { describe, expect, it } from 'vitest';
import { buildTermMatcher, type TermEntry } from '../../../utils/engine/term-matcher';
import { isWordBoundaryAt } from '../../../utils/engine/word-boundary';

type Found = [pattern: number, start: number, end: number];

/** The obvious quadratic reference: every term at every position. */
function naive(terms: readonly (readonly [string, TermEntry])[], text: string): Found[] {
  const out: Found[] = [];
  for (let start = 0; start < text.length; start++) {
    for (const [term, entry] of terms) {
      const end = start + term.length;
      if (text.startsWith(term, start) && (!entry.wordBoundary || isWordBoundaryAt(text, start, end))) {
        out.push([entry.patternId, start, end]);
      }
    }
  }
  return out;
}

function scanAll(terms: readonly (readonly [string, TermEntry])[], text: string): Found[] {
  const out: Found[] = [];
  buildTermMatcher(terms)?.scan(text, (entry, start, end) => out.push([entry.patternId, start, end]));
  return out;
}

const sorted = (list: Found[]) => [...list].sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[0] - b[0]);

/** Small deterministic PRNG (mulberry32) so failures reproduce. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('term matcher', () => {
  it('reports overlapping and nested occurrences of every term', () => {
    const terms = [
      ['line', { patternId: 0, wordBoundary: false, gate: -1 }],
      ['lineid', { patternId: 1, wordBoundary: false, gate: -1 }],
      ['nei', { patternId: 2, wordBoundary: false, gate: -1 }],
      ['@', { patternId: 3, wordBoundary: false, gate: -1 }],
    ] as const;
    expect(sorted(scanAll(terms, 'lineid@@'))).toEqual([
      [0, 0, 4],
      [1, 0, 6],
      [2, 2, 5],
      [3, 6, 7],
      [3, 7, 8],
    ]);
  });

  it('applies word boundaries per pattern', () => {
    const terms = [
      ['line', { patternId: 0, wordBoundary: true, gate: -1 }],
      ['line', { patternId: 1, wordBoundary: false, gate: -1 }],
    ] as const;
    expect(sorted(scanAll(terms, 'online line'))).toEqual([
      [1, 2, 6],
      [0, 7, 11],
      [1, 7, 11],
    ]);
  });

  it('handles astral characters and the very end of the text', () => {
    const terms = [
      ['😀', { patternId: 0, wordBoundary: false, gate: -1 }],
      ['𠮷野', { patternId: 1, wordBoundary: false, gate: -1 }],
      ['x', { patternId: 2, wordBoundary: false, gate: -1 }],
    ] as const;
    expect(sorted(scanAll(terms, 'a😀𠮷野x'))).toEqual([
      [0, 1, 3],
      [1, 3, 6],
      [2, 6, 7],
    ]);
    expect(buildTermMatcher([])).toBeNull();
  });

  it('agrees with the naive scan on random texts and term sets', () => {
    const alphabet = ['a', 'b', 'l', 'i', 'n', 'e', '1', 'ら', 'い', 'ん', '@', '.', ' ', '😀'];
    const next = random(42);
    const pick = () => alphabet[Math.floor(next() * alphabet.length)] as string;
    for (let round = 0; round < 200; round++) {
      const terms: [string, TermEntry][] = [];
      const termCount = 1 + Math.floor(next() * 8);
      for (let i = 0; i < termCount; i++) {
        const length = 1 + Math.floor(next() * 4);
        const term = Array.from({ length }, pick).join('');
        terms.push([term, { patternId: i % 3, wordBoundary: next() < 0.3, gate: -1 }]);
      }
      const text = Array.from({ length: Math.floor(next() * 60) }, pick).join('');
      const unique = (list: Found[]) => [...new Map(list.map((f) => [f.join(','), f])).values()];
      expect(sorted(unique(scanAll(terms, text))), `terms ${JSON.stringify(terms)} text ${JSON.stringify(text)}`).toEqual(
        sorted(unique(naive(terms, text))),
      );
    }
  });
});
