/**
 * Per-character folding: what one code point becomes on its own (NFKC, homoglyphs, lower
 * case, katakana → hiragana, decimal digits → ASCII, invisible characters dropped), packed
 * into one 32-bit entry so the main loop needs one typed-array read per character.
 *
 * Entries are computed the first time a character is met and cached (BMP in an Int32Array,
 * astral code points in a bounded Map), so the Unicode work is paid once per distinct
 * character, not once per occurrence.
 *
 * Entry layout: bits 0–15 payload (a UTF-16 unit or an index into MULTI_OUTPUTS),
 * bits 16–19 kind, bits 20–24 flags.
 */
import { homoglyphOf } from './homoglyphs';
import { C_SEP, C_SYMBOL, KANJI_ZERO, UNIT_CLASS, isDash, isLineBreak, kanjiDigit } from './unit-classes';

/** One output unit (payload). */
export const K_SINGLE = 1;
/** Several output units: payload indexes MULTI_OUTPUTS. */
export const K_MULTI = 2;
/** No output (format characters, variation selectors, fillers). */
export const K_DROP = 3;
/** Horizontal whitespace: runs collapse into one " ". */
export const K_SPACE = 4;
/** Line break: a whitespace run holding one collapses into "\n". */
export const K_BREAK = 5;
/** A combining mark (payload) that composes onto the previous output unit or is dropped. */
export const K_MARK = 6;
/** A high surrogate: look at the next unit. */
export const K_HIGH = 7;
/** An astral code point that folds to itself (two units copied as they are). */
export const K_ASTRAL_SAME = 8;

/** Output is ASCII digits only. */
export const F_DIGIT = 1 << 20;
/** Output is a kanji numeral (or 〇), converted to a digit by context. */
export const F_KANJI = 1 << 21;
/** Output is a dash that becomes "-" between two digits. */
export const F_DASH = 1 << 22;
/** Output is a separator for spaced-out letters and digit runs. */
export const F_SEP = 1 << 23;
/** Output may start a context rewrite (separator or spelled-out symbol). */
export const F_CAND = 1 << 24;

const KIND_SHIFT = 16;

/** Kind of an entry. */
export function kindOf(entry: number): number {
  return (entry >>> KIND_SHIFT) & 0xf;
}


/** Multi-unit outputs, indexed by entry payload. */
export const MULTI_OUTPUTS: string[] = [];
const multiIndex = new Map<string, number>();

/** Cached entries of BMP units; 0 means not computed yet. */
export const BMP_ENTRIES = new Int32Array(0x10000);
const astralEntries = new Map<number, number>();
const ASTRAL_CACHE_LIMIT = 50_000;

const FORMAT_RE = /^\p{Cf}$/u;
const MARK_RE = /^\p{M}$/u;
const WHITE_SPACE_RE = /^\s$/u;
const DECIMAL_RE = /^\p{Nd}$/u;

/** Invisible characters that are removed: format (Cf), variation selectors, Hangul fillers. */
export function isRemovable(cp: number): boolean {
  if (cp < 0xad) return false;
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return true;
  if ((cp >= 0x180b && cp <= 0x180d) || cp === 0x180f) return true;
  if (cp === 0x115f || cp === 0x1160 || cp === 0x3164 || cp === 0xffa0) return true;
  return FORMAT_RE.test(String.fromCodePoint(cp));
}

function isMark(cp: number): boolean {
  return cp >= 0x300 && MARK_RE.test(String.fromCodePoint(cp));
}

/** Spacing dakuten and handakuten act like the combining ones: か゛ reads as が. */
const SPACING_VOICE_MARKS: ReadonlyMap<number, string> = new Map([
  [0x309b, '\u3099'],
  [0x309c, '\u309a'],
]);

/** Voiced ヷヸヹヺ have no precomposed hiragana; they fold to わゐゑを, like ﾜﾞ does. */
const VOICED_WA_ROW = 'わゐゑを';

/** Folds one lower-cased code point: katakana → hiragana, other decimal digits → ASCII. */
function foldLowerCodePoint(cp: number): string {
  if (cp >= 0x30a1 && cp <= 0x30f6) return String.fromCharCode(cp - 0x60);
  if (cp >= 0x30f7 && cp <= 0x30fa) return VOICED_WA_ROW[cp - 0x30f7] as string;
  if (cp === 0x30fd || cp === 0x30fe) return String.fromCharCode(cp - 0x60);
  if (cp > 0x7f && DECIMAL_RE.test(String.fromCodePoint(cp))) return String(decimalValue(cp));
  return homoglyphOf(cp) ?? String.fromCodePoint(cp);
}

/**
 * Value of a decimal digit. Unicode assigns Nd digits only in contiguous runs of ten, 0 to 9,
 * so the value is the distance to the start of the run, modulo 10.
 */
function decimalValue(cp: number): number {
  let start = cp;
  while (start > 0 && cp - start < 100 && DECIMAL_RE.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/**
 * What one code point folds to on its own, as a string. Combining marks that end up inside
 * the result and do not compose are dropped; a result that is a single mark is kept, for the
 * caller to compose onto the previous character.
 */
export function foldCodePoint(cp: number): string {
  if (isRemovable(cp)) return '';
  const voice = SPACING_VOICE_MARKS.get(cp);
  if (voice !== undefined) return voice;
  const direct = homoglyphOf(cp);
  if (direct !== undefined) return direct;
  let folded = '';
  for (const part of String.fromCodePoint(cp).normalize('NFKC')) {
    const partCp = part.codePointAt(0) as number;
    if (isRemovable(partCp)) continue;
    const glyph = homoglyphOf(partCp);
    if (glyph !== undefined) {
      folded += glyph;
      continue;
    }
    for (const lower of part.toLowerCase()) folded += foldLowerCodePoint(lower.codePointAt(0) as number);
  }
  folded = folded.normalize('NFC');
  let result = '';
  let index = 0;
  for (const part of folded) {
    const partCp = part.codePointAt(0) as number;
    // Keep a mark only when it is the whole result (it then composes with what precedes it).
    if (!isMark(partCp) || (index === 0 && part.length === folded.length)) result += part;
    index++;
  }
  return result;
}

/** Flags of a single output unit. */
function unitFlags(unit: number): number {
  let flags = 0;
  if (unit >= 0x30 && unit <= 0x39) flags |= F_DIGIT;
  if (kanjiDigit(unit) >= 0) flags |= F_KANJI;
  if (isDash(unit)) flags |= F_DASH;
  const cls = UNIT_CLASS[unit] as number;
  if (cls & C_SEP) flags |= F_SEP;
  if (cls & (C_SEP | C_SYMBOL)) flags |= F_CAND;
  return flags;
}

function entry(kind: number, payload: number): number {
  return (kind << KIND_SHIFT) | payload;
}

/** Entry for a folded string (what foldCodePoint returned). */
function entryForFolded(folded: string): number {
  if (folded === '') return entry(K_DROP, 0);
  const first = folded.charCodeAt(0);
  if (folded.length === 1) {
    if (isMark(first)) return entry(K_MARK, first);
    if (first === 0x20) return entry(K_SPACE, 0x20);
    if (first === KANJI_ZERO) return entry(K_SINGLE, 0x30) | F_DIGIT | F_KANJI;
    return entry(K_SINGLE, first) | unitFlags(first);
  }
  // An astral combining mark cannot compose onto a BMP unit here: drop it.
  if (folded.length === 2 && isMark(folded.codePointAt(0) as number)) return entry(K_DROP, 0);
  let index = multiIndex.get(folded);
  if (index === undefined) {
    if (MULTI_OUTPUTS.length >= 0xffff) return entry(K_DROP, 0);
    index = MULTI_OUTPUTS.length;
    MULTI_OUTPUTS.push(folded);
    multiIndex.set(folded, index);
  }
  let flags = /^[0-9]+$/.test(folded) ? F_DIGIT : 0;
  for (let i = 0; i < folded.length; i++) {
    if ((UNIT_CLASS[folded.charCodeAt(i)] as number) & (C_SEP | C_SYMBOL)) flags |= F_CAND;
  }
  return entry(K_MULTI, index) | flags;
}

/** Ranges that fold to themselves with no Unicode lookup: ideographs, Hangul, hiragana. */
function isStableBmp(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0x3041 && c <= 0x3096)
  );
}

function computeEntry(cp: number): number {
  if (isRemovable(cp)) return entry(K_DROP, 0);
  if (isLineBreak(cp)) return entry(K_BREAK, 0x0a);
  if (WHITE_SPACE_RE.test(String.fromCodePoint(cp))) return entry(K_SPACE, 0x20);
  if (cp < 0x10000 && isStableBmp(cp)) return entry(K_SINGLE, cp) | unitFlags(cp);
  return entryForFolded(foldCodePoint(cp));
}

/** Computes and caches the entry of a BMP unit (lone low surrogates become U+FFFD). */
export function computeBmpEntry(unit: number): number {
  let result: number;
  if (unit >= 0xd800 && unit <= 0xdbff) result = entry(K_HIGH, 0);
  else if (unit >= 0xdc00 && unit <= 0xdfff) result = entry(K_SINGLE, 0xfffd);
  else result = computeEntry(unit);
  BMP_ENTRIES[unit] = result;
  return result;
}

/** Entry of an astral code point (cached up to a bound, so hostile input cannot grow memory). */
export function astralEntry(cp: number): number {
  const cached = astralEntries.get(cp);
  if (cached !== undefined) return cached;
  let result: number;
  // Emoji, supplementary ideographs, unassigned planes 4–13 and private use planes 15–16
  // need no Unicode lookup: they fold to themselves (plane 14 holds tags and selectors).
  if (
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x2f7ff) ||
    (cp >= 0x30000 && cp <= 0xdffff) ||
    cp >= 0xf0000
  ) {
    result = entry(K_ASTRAL_SAME, 0);
  } else {
    const folded = computeEntry(cp);
    const same = kindOf(folded) === K_MULTI && MULTI_OUTPUTS[folded & 0xffff] === String.fromCodePoint(cp);
    result = same ? entry(K_ASTRAL_SAME, 0) : folded;
  }
  if (astralEntries.size < ASTRAL_CACHE_LIMIT) astralEntries.set(cp, result);
  return result;
}

const compositions = new Map<number, number>();
const COMPOSITION_CACHE_LIMIT = 20_000;

/**
 * The unit that `base` followed by combining `mark` composes to (NFC, then folded like any
 * character), or 0 when they do not compose into one BMP unit.
 */
export function composeUnits(base: number, mark: number): number {
  const key = base * 0x10000 + mark;
  const cached = compositions.get(key);
  if (cached !== undefined) return cached;
  let result = 0;
  if (base < 0xd800 || base > 0xdfff) {
    const composed = (String.fromCharCode(base) + String.fromCharCode(mark)).normalize('NFC');
    if (composed.length === 1) {
      const unit = composed.charCodeAt(0);
      const folded = BMP_ENTRIES[unit] || computeBmpEntry(unit);
      result = kindOf(folded) === K_SINGLE ? folded & 0xffff : unit;
    }
  }
  if (compositions.size < COMPOSITION_CACHE_LIMIT) compositions.set(key, result);
  return result;
}
