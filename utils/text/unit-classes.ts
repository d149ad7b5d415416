/**
 * Classes of UTF-16 units of the folded text, looked up by the passes that work on context
 * (digit runs, spelled-out symbols, spaced-out letters). One byte per BMP unit, built once
 * from plain ranges so start-up costs no Unicode regex.
 */

/** ASCII letter or digit. */
export const C_ALNUM = 1;
/** Kana (hiragana after folding, plus ー): can be a spaced-out single character. */
export const C_KANA = 2;
/** Ideographs and surrogate halves: they glue neighbouring kana into a word. */
export const C_HAN = 4;
/** A separator between spaced-out letters: space - ・ . _ / | · */
export const C_SEP = 8;
/** May start a spelled-out symbol: あ(っと) ど(っと) brackets @ 。 */
export const C_SYMBOL = 16;

function buildUnitClasses(): Uint8Array {
  const classes = new Uint8Array(0x10000);
  const mark = (from: number, to: number, bits: number): void => {
    for (let u = from; u <= to; u++) classes[u] = (classes[u] as number) | bits;
  };
  mark(0x30, 0x39, C_ALNUM);
  mark(0x41, 0x5a, C_ALNUM);
  mark(0x61, 0x7a, C_ALNUM);
  mark(0x3041, 0x3096, C_KANA);
  mark(0x309d, 0x309f, C_KANA);
  mark(0x30a1, 0x30fa, C_KANA);
  mark(0x30fc, 0x30ff, C_KANA);
  mark(0x31f0, 0x31ff, C_KANA);
  mark(0x3005, 0x3007, C_HAN);
  mark(0x3400, 0x4dbf, C_HAN);
  mark(0x4e00, 0x9fff, C_HAN);
  mark(0xf900, 0xfaff, C_HAN);
  mark(0xd800, 0xdfff, C_HAN);
  for (const sep of ' -._/|\u00b7\u30fb') mark(sep.charCodeAt(0), sep.charCodeAt(0), C_SEP);
  for (const sym of 'あど([{<【@。') mark(sym.charCodeAt(0), sym.charCodeAt(0), C_SYMBOL);
  return classes;
}

/** Class bits of every BMP unit (index by UTF-16 unit). */
export const UNIT_CLASS: Uint8Array = buildUnitClasses();

/** Units that read as a hyphen between two digits (after folding). 一 is handled apart. */
const DASHES: ReadonlySet<number> = new Set([
  0x2d, 0x30fc, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212,
]);

export function isDash(unit: number): boolean {
  return DASHES.has(unit);
}

/** The kanji numeral 一, which is also written as a dash between ASCII digits. */
export const ICHI = 0x4e00;
/** The kanji zero 〇, always read as 0. */
export const KANJI_ZERO = 0x3007;

const KANJI_DIGITS: ReadonlyMap<number, number> = new Map(
  (
    [
      ['零', 0], ['一', 1], ['壱', 1], ['壹', 1], ['二', 2], ['弐', 2], ['貳', 2],
      ['三', 3], ['参', 3], ['參', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7],
      ['八', 8], ['九', 9],
    ] as const
  ).map(([kanji, value]) => [kanji.charCodeAt(0), value]),
);

/** Digit value of a kanji numeral converted by context (〇 is not one: it is always 0), or -1. */
export function kanjiDigit(unit: number): number {
  return KANJI_DIGITS.get(unit) ?? -1;
}

/** Line-break code points: a whitespace run holding one becomes "\n". */
export function isLineBreak(cp: number): boolean {
  return (cp >= 0x0a && cp <= 0x0d) || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}
