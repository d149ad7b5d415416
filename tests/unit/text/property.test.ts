/**
 * Property test over thousands of random strings (fixed seed, so a failure reproduces):
 * normalize never throws, the offset map keeps every promise (map-invariants.ts), each unit's
 * original slice re-normalises to something containing that unit, and invisible characters
 * inserted anywhere change nothing.
 */
import { describe, expect, it } from 'vitest';
import { normalize, normalizeTerm, toOriginalRange } from '@/utils/text';
import { readSharedJsonl } from '../../shared';
import { mapViolation, splitsPair } from './map-invariants';

/** Mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD', '\u202E', '\u2060', '\uFE0F', '\u{E0100}'];

/** Pools the generator draws pieces from; words and separators make the context rules fire. */
const POOLS: readonly (readonly string[])[] = [
  [...'abcxyzLINEID0123456789@.-_/|()[]{}<>!?'],
  [...'ＡＢＣＬＩＮＥ０１２９＠．－（）！？　'],
  [...'あいうえおかがっとどらりんをーゝ'],
  [...'アイウエオカガットドラリンヴヶヷー'],
  [...'ｱｲｳｴｵｶﾞﾊﾟﾗｲﾝｯﾄﾞｰﾞﾟ'],
  [...'〇零一二三四五六七八九壱弐参壹緒日度第十'],
  ['😀', '👍', '🅻', '🇯', '𝐋', '𠮷', '\uD800', '\uDC00'],
  INVISIBLE,
  ['\u0301', '\u3099', '\u309A', '\u0332', '\u20E3', '゛', '゜'],
  [' ', ' ', '\u3000', '-', '・', '.', '_', '/', '|', '·', '\t', '\n', '\r\n', '\u2028'],
  ['あっと', 'アット', 'アットマーク', 'ドット', 'どっと', '(at)', '[dot]', '( at )', '【at】', '。'],
  ['ー', 'ｰ', '−', '―', '‐', '一'],
  ['\u0430', '\u0435', '\u039F', 'ℓ', 'ʟ', 'β', 'İ', 'ﬁ', '㈱', '①', '⑩', '㍿', 'ﷺ'],
];

function randomString(next: () => number): string {
  const length = Math.floor(next() * 40);
  let text = '';
  for (let i = 0; i < length; i++) {
    const pool = POOLS[Math.floor(next() * POOLS.length)] as readonly string[];
    text += pool[Math.floor(next() * pool.length)] as string;
  }
  return text;
}

/** Units whose value depends on their neighbours, with the slices that may produce them. */
function isContextProduct(unit: string, slice: string): boolean {
  const alone = normalize(slice).text;
  if (/^[0-9]$/.test(unit)) return /^[零一二三四五六七八九壱弐参壹貳參]$/.test(slice);
  if (unit === '-') return /^[ー－‐‑‒–—―−⁃ｰ一]$/.test(slice);
  if (unit === '@') return ['あっと', 'あっとまーく'].includes(alone) || /^[([{<【]/.test(alone);
  if (unit === '.') return alone === 'どっと' || alone === '。' || /^[([{<【]/.test(alone);
  return false;
}

const CASES = 4000;

describe('normalize: properties over random strings', () => {
  const next = prng(0x5eed);
  const inputs = Array.from({ length: CASES }, () => randomString(next));

  it('never throws and keeps the offset map valid', () => {
    for (const input of inputs) {
      expect(() => normalize(input)).not.toThrow();
      const violation = mapViolation(input);
      expect(violation, JSON.stringify(input)).toBeNull();
    }
  });

  it('maps every normalised range back to a valid original range', () => {
    const pick = prng(7);
    for (const input of inputs) {
      const n = normalize(input);
      for (let k = 0; k < 5; k++) {
        const a = Math.floor(pick() * (n.text.length + 1));
        const b = a + Math.floor(pick() * (n.text.length - a + 1));
        const range = toOriginalRange(n, a, b);
        const context = `${JSON.stringify(input)} [${a}, ${b})`;
        expect(range.start <= range.end && range.end <= input.length, context).toBe(true);
        if (b > a) expect(range.start < range.end, context).toBe(true);
        expect(splitsPair(input, range.start) || splitsPair(input, range.end), context).toBe(false);
      }
    }
  });

  it('re-normalising the original slice of a unit gives that unit back (or its context form)', () => {
    for (const input of inputs) {
      const n = normalize(input);
      for (let i = 0; i < n.text.length; i++) {
        const { start, end } = toOriginalRange(n, i, i + 1);
        const slice = input.slice(start, end);
        const unit = n.text[i] as string;
        const ok = normalize(slice).text.includes(unit) || isContextProduct(unit, slice);
        expect(ok, `${JSON.stringify(input)} unit ${i} ${JSON.stringify(unit)} from ${JSON.stringify(slice)}`).toBe(true);
      }
    }
  });

  it('ignores invisible characters inserted between any two characters', () => {
    const pick = prng(99);
    for (const input of inputs) {
      const chars = [...input];
      let noisy = '';
      for (const char of chars) {
        noisy += char;
        if (pick() < 0.3) noisy += INVISIBLE[Math.floor(pick() * INVISIBLE.length)] as string;
      }
      expect(normalize(noisy).text, JSON.stringify(noisy)).toBe(normalize(input).text);
    }
  });
});

describe('normalize: real texts from ../shared/fixtures/texts', () => {
  const jobs = readSharedJsonl<{ job_offer_id: number; title: string; description_digest: string }>(
    'fixtures',
    'texts',
    'crowdworks_cat249_p2_listing_2026-09.jsonl',
  );
  const phrases = readSharedJsonl<{ text: string }>('fixtures', 'texts', 'official_phrase_lists.jsonl');
  const texts = [...jobs.flatMap((job) => [job.title, job.description_digest]), ...phrases.map((p) => p.text)];

  it('keeps the offset map valid on every text', () => {
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) expect(mapViolation(text), text).toBeNull();
  });

  it('finds every hand-labelled evidence span, normalised as a term, in its normalised job text', () => {
    const labels = readSharedJsonl<{ id: number; evidence: Record<string, string> }>(
      'fixtures',
      'texts',
      'crowdworks_cat249_p2_listing_2026-09.labels.jsonl',
    );
    const byId = new Map(jobs.map((job) => [job.job_offer_id, job]));
    let checked = 0;
    for (const label of labels) {
      const job = byId.get(label.id);
      if (!job) continue;
      const text = normalize(`${job.title}\n${job.description_digest}`).text;
      for (const span of Object.values(label.evidence)) {
        expect(text.includes(normalizeTerm(span)), span).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
