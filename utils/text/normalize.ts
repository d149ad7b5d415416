/**
 * The Japanese text normaliser: page text → matchable text, plus a map from every unit of the
 * matchable text back to the original characters that produced it, so evidence found in the
 * normalised text can be highlighted exactly in the original.
 *
 * THE NORMALISED FORM (rule terms are normalised the same way by normalizeTerm; regexes are
 * written against this form):
 *
 * 1. Per character: NFKC (全角英数 → ASCII, 半角カナ → 全角, ①→1, Ⓛ→l, ㈱→(株), ㌔→きろ), then
 *    lower case. Half-width and combining (ﾞ ﾟ ゛ ゜ U+3099 U+309A) voicing marks compose onto
 *    the preceding character: ｶﾞ → が, か゛ → が. A combining mark that cannot compose is
 *    dropped (l̲i̲n̲e̲ → line, keycap 1️⃣ → 1). NFKC is applied per character, so Hangul jamo
 *    sequences are not composed.
 * 2. Katakana → hiragana (ア→あ, ヴ→ゔ, ヶ→ゖ); ー stays. ヷヸヹヺ become わゐゑを (hiragana has
 *    no voiced forms of them; ﾜﾞ gives わ too).
 * 3. Removed: format characters \p{Cf} (ZWSP, ZWJ, ZWNJ, BOM, bidi marks, soft hyphen),
 *    variation selectors, Hangul fillers. Lone surrogates become U+FFFD.
 * 4. Look-alike letters → ASCII: Cyrillic/Greek/Armenian letters that look Latin (а е о р с
 *    у х і ј ѕ ԁ ο ν ρ τ α Α Β Ε Η Ι Κ Μ Ν Ο Ρ Τ Χ Υ Ζ …), ℓ, small capitals (ʟɪɴᴇ), and the
 *    negative circled/squared and regional-indicator letters (🅻🅸🅽🅴 → line; so 🇯🇵 → jp).
 *    β, μ and other letters that look like no Latin letter stay.
 * 5. Digits: every decimal digit (fullwidth, Arabic-Indic, …) → ASCII. 〇 is always 0.
 *    Kanji numerals 零一二三四五六七八九 壱弐参 壹貳參 become digits character by character
 *    ONLY inside a run of at least two digit-like characters (digits, 〇, kanji numerals,
 *    one separator allowed between them): 〇九〇 → 090, 九〇-一二 → 90-12, 一3 → 13,
 *    三〇〇〇円 → 3000円. Alone they stay, so write terms as you would: 一緒に, 三日, 一度,
 *    第一. 十百千万 are not digits (二十一 stays). Consequence to know: 〇〇一覧 → 001覧.
 * 6. Dashes between two digits → "-": ー ｰ － ‐ ‑ ‒ – — ― − ⁃ (090ー1234ー5678 →
 *    090-1234-5678), and 一 when it stands directly between two ASCII digits (090一1234).
 *    一 right after an ASCII digit with no digit or numeral after it stays 一 (5一緒).
 * 7. Whitespace: a run of whitespace (and removed characters) becomes one " ", or one "\n"
 *    when it holds a line break (\r\n, \u2028 …). Sentence ends 。！？!? survive as 。!?.
 * 8. Spelled-out symbols → @ and ".":
 *    - (at) [at] {at} <at> 【at】 ( at ) and the same with あっと / あっとまーく (アット,
 *      アットマーク) → @; with dot / どっと (ドット) → "." — always.
 *    - bare あっと / あっとまーく → @ and どっと → "." only between ASCII letters/digits
 *      (abcあっとgmail → abc@gmail); あっという間, どっと笑う stay.
 *    - 。 directly between ASCII letters/digits → "." (gmail。com → gmail.com).
 *    - Around @ and a converted symbol, a single space on each side is dropped when ASCII
 *      letters/digits stand on both sides (abc ＠ gmail どっと com → abc@gmail.com).
 * 9. Spaced-out singles are joined: a run of ≥ 3 single ASCII letters/digits (or ≥ 3 single
 *    kana) each one separator apart, separators being space (any whitespace run without a
 *    line break), - ・ . _ / | · : L I N E, L-I-N-E, L.I.N.E, ら い ん, ラ・イ・ン → line,
 *    らいん. A single letter must not touch another ASCII letter/digit, and a single kana
 *    must not touch kana or kanji, so 「LINE ID」 and 「a b」 stay; so do 「はら い ん」.
 *    Digits count too: 0 9 0 → 090, 1.2.3 → 123, but 1.5 and 2024/1/5 stay.
 *
 * Offsets: for each UTF-16 unit i of `text`, original[starts[i], ends[i]) is what produced it;
 * starts and ends are both non-decreasing, starts[i] < ends[i], and every range lies on code
 * point boundaries (a character that became several units maps each of them to the whole
 * character; a composed or collapsed unit covers everything it replaced).
 *
 * The map is kept compact (only units that are not one-to-one are recorded) and the full
 * `starts`/`ends` arrays are built on first access; toOriginalRange never needs them.
 *
 * Cost: one pass over the input with one table read per character (entries are computed once
 * per distinct character), plus a context pass over candidate positions only. No regex runs
 * on the text and nothing backtracks; the working buffer is reused between calls. Never
 * throws.
 */
import { foldPass } from './fold-pass';
import * as joins from './joins';
import { candidateList, editList, outputBuffer } from './map-memory';
import { CompactNormalizedText, type MapRecords } from './offset-map';

export interface NormalizedText {
  /** The matchable text. */
  readonly text: string;
  /** For each UTF-16 index i of `text`: the original UTF-16 offset where the character(s) that produced it start. */
  readonly starts: Uint32Array;
  /** ...and where they end (exclusive). Always starts[i] < ends[i] <= original.length. */
  readonly ends: Uint32Array;
}

const applyJoins = joins.applyJoins;
const SPACE = 0x20;
const NEWLINE = 0x0a;

const decoder = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Builds the string from UTF-16 units (the units never hold a lone surrogate). */
function unitsToString(out: Uint16Array, length: number): string {
  if (length > 16) return decoder.decode(out.subarray(0, length));
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(out[i] as number);
  return text;
}

/**
 * Normalises page text into the matchable form described at the top of this file, with a
 * map from every unit back to the original. Linear in the input; never throws.
 */
export function normalize(original: string): NormalizedText {
  const s = asString(original);
  try {
    return normalizeString(s);
  } catch {
    // Unreachable by design; if it ever happens (say, memory runs out on a giant text), the
    // unchanged text with its one-to-one map is still a correct, matchable answer.
    return new CompactNormalizedText(s, []);
  }
}

/** The input as a string, whatever a caller outside TypeScript passed. */
function asString(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return value == null ? '' : String(value);
  } catch {
    return '';
  }
}

function normalizeString(s: string): NormalizedText {
  const cands = candidateList;
  cands.length = 0;
  const records: MapRecords = [];
  const { out, length } = foldPass(s, outputBuffer(s.length + 16), records, cands);
  let result: joins.JoinResult = { length, records };
  if (cands.length > 0) {
    editList.length = 0;
    result = applyJoins(out, length, records, cands, editList);
  }
  return new CompactNormalizedText(unitsToString(out, result.length), result.records);
}

/**
 * Maps a range [start, end) of normalised text back to the smallest original range covering
 * it. The result never splits a surrogate pair and satisfies 0 <= start < end <=
 * original.length for a non-empty range. Out-of-range or reversed input is clamped; an empty
 * range gives an empty range at the matching original position.
 */
export function toOriginalRange(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  const length = n.text.length;
  const from = clampIndex(start, length);
  const to = Math.max(from, clampIndex(end, length));
  if (from === to) {
    const at = from < length ? startAt(n, from) : length > 0 ? endAt(n, length - 1) : 0;
    return { start: at, end: at };
  }
  // Starts and ends are both non-decreasing, so the first start and the last end bound the range.
  return { start: startAt(n, from), end: endAt(n, to - 1) };
}

function startAt(n: NormalizedText, unit: number): number {
  return n instanceof CompactNormalizedText ? n.startOf(unit) : (n.starts[unit] as number);
}

function endAt(n: NormalizedText, unit: number): number {
  return n instanceof CompactNormalizedText ? n.endOf(unit) : (n.ends[unit] as number);
}

function clampIndex(value: number, length: number): number {
  if (!Number.isFinite(value)) return value > 0 ? length : 0;
  return Math.min(length, Math.max(0, Math.floor(value)));
}

/**
 * Normalises a rule term (a literal phrase written naturally by a rule author) to the same
 * form as page text. It equals normalize(term).text except that whitespace at either end is
 * trimmed, so a term never has to match a space it did not mean.
 */
export function normalizeTerm(term: string): string {
  const text = normalize(term).text;
  let from = 0;
  let to = text.length;
  while (from < to && (text.charCodeAt(from) === SPACE || text.charCodeAt(from) === NEWLINE)) from++;
  while (to > from && (text.charCodeAt(to - 1) === SPACE || text.charCodeAt(to - 1) === NEWLINE)) to--;
  return text.slice(from, to);
}
