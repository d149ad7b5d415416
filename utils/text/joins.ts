/**
 * The second, context pass over the folded text: spelled-out symbols (あっと → @, (dot) → .)
 * and spaced-out letters (l i n e → line). It only looks at the candidate positions the
 * first pass recorded (separators and symbol starters), collects edits (drop a unit, merge
 * units into one), then applies them with block moves. Text without candidates costs nothing.
 *
 * Every edit only removes or merges units, so the map stays exact: a merged unit covers the
 * original range of everything it replaced, a dropped unit simply disappears.
 */
import type { IntList } from './int-list';
import { RecordCursor, type MapRecords } from './offset-map';
import * as classes from './unit-classes';

// Local copies: hot code must not go through module namespace getters (CommonJS transpiling).
const UNIT_CLASS = classes.UNIT_CLASS;
const kanjiDigit = classes.kanjiDigit;
const C_ALNUM = classes.C_ALNUM;
const C_HAN = classes.C_HAN;
const C_KANA = classes.C_KANA;
const C_SEP = classes.C_SEP;
const C_SYMBOL = classes.C_SYMBOL;

const DROP = 0;
const MERGE = 1;
const SPACE = 0x20;
const AT_SIGN = 0x40;
const FULL_STOP = 0x2e;
const IDEOGRAPHIC_FULL_STOP = 0x3002;

/** Spelled-out words and the symbol each stands for (longest first). */
interface SpelledWord {
  readonly word: string;
  readonly symbol: number;
  readonly kana: boolean;
}
const WORDS: readonly SpelledWord[] = [
  { word: 'あっとまーく', symbol: AT_SIGN, kana: true },
  { word: 'あっと', symbol: AT_SIGN, kana: true },
  { word: 'どっと', symbol: FULL_STOP, kana: true },
  { word: 'at', symbol: AT_SIGN, kana: false },
  { word: 'dot', symbol: FULL_STOP, kana: false },
];

/** First units of the spelled-out words, to reject most brackets at a glance. */
const WORD_INITIALS: ReadonlySet<number> = new Set(WORDS.map((entry) => entry.word.charCodeAt(0)));

/** Brackets around a spelled-out word that make it a symbol whatever surrounds it. */
const CLOSING_BRACKET: ReadonlyMap<number, number> = new Map([
  [0x28, 0x29], // ( )
  [0x5b, 0x5d], // [ ]
  [0x7b, 0x7d], // { }
  [0x3c, 0x3e], // < >
  [0x3010, 0x3011], // 【 】
]);

/** Whether `unit` (undefined or -1 outside the text) is an ASCII letter or digit. */
function isAlnum(unit: number | undefined): boolean {
  return unit !== undefined && unit >= 0 && ((UNIT_CLASS[unit] as number) & C_ALNUM) !== 0;
}

/** 1 for ASCII letters/digits, 2 for kana, 0 for units that cannot be spaced-out singles. */
function joinClass(unit: number): number {
  const cls = UNIT_CLASS[unit] as number;
  return cls & C_ALNUM ? C_ALNUM : cls & C_KANA ? C_KANA : 0;
}

/** Whether `unit` sticks to a neighbouring single of class `cls`, making it part of a word. */
function glues(cls: number, unit: number): boolean {
  const unitClass = UNIT_CLASS[unit] as number;
  return cls === C_ALNUM ? (unitClass & C_ALNUM) !== 0 : (unitClass & (C_KANA | C_HAN)) !== 0;
}

function matchesAt(out: Uint16Array, length: number, at: number, word: string): boolean {
  if (at + word.length > length) return false;
  for (let i = 0; i < word.length; i++) if (out[at + i] !== word.charCodeAt(i)) return false;
  return true;
}

const HIRAGANA_A = 0x3042;
const HIRAGANA_DO = 0x3069;

/**
 * Whether the unit just written at `at` is worth a look in the context pass, judged from the
 * units before it (which the first pass has settled by then). A separator matters only after
 * a possible single (letter, digit, kana, kanji numeral); bare あっと/どっと and 。 only after
 * an ASCII letter or digit. Filtering here keeps ordinary Japanese text off the second pass.
 */
export function isCandidate(out: Uint16Array, at: number): boolean {
  const unit = out[at] as number;
  const cls = UNIT_CLASS[unit] as number;
  const previous = at > 0 ? (out[at - 1] as number) : -1;
  if (cls & C_SEP) {
    return previous >= 0 && (((UNIT_CLASS[previous] as number) & (C_ALNUM | C_KANA)) !== 0 || kanjiDigit(previous) >= 0);
  }
  if ((cls & C_SYMBOL) === 0) return false;
  if (unit === HIRAGANA_A || unit === HIRAGANA_DO) {
    return isAlnum(previous) || (previous === SPACE && at >= 2 && isAlnum(out[at - 2]));
  }
  if (unit === IDEOGRAPHIC_FULL_STOP) return isAlnum(previous);
  return true;
}

/** The spelled-out word at `at` (kana words only, or any), or undefined. */
function findWord(out: Uint16Array, length: number, at: number, kanaOnly: boolean): SpelledWord | undefined {
  for (const entry of WORDS) {
    if ((entry.kana || !kanaOnly) && matchesAt(out, length, at, entry.word)) return entry;
  }
  return undefined;
}

/** Collects edits as (kind, from, to, unit) quadruples, in increasing position order. */
class Edits {
  constructor(readonly list: IntList) {}
  drop(from: number, to: number): void {
    this.list.push(DROP);
    this.list.push(from);
    this.list.push(to);
    this.list.push(0);
  }
  merge(from: number, to: number, unit: number): void {
    this.list.push(MERGE);
    this.list.push(from);
    this.list.push(to);
    this.list.push(unit);
  }
}

/**
 * A spelled-out symbol starting at `at`: returns the index just past what it consumed, or -1.
 * Spaces around it are dropped when ASCII letters/digits stand on both sides (abc あっと
 * gmail → abc@gmail); the bare kana words convert only in that position (あっという間 stays).
 */
function trySymbol(out: Uint16Array, length: number, at: number, doneTo: number, edits: Edits): number {
  const first = out[at] as number;
  let symbol = 0;
  let end = at;
  let needsContext = true;
  if (first === AT_SIGN) {
    symbol = AT_SIGN;
    end = at + 1;
    needsContext = false;
  } else if (first === IDEOGRAPHIC_FULL_STOP) {
    if (!isAlnum(out[at - 1]) || at + 1 >= length || !isAlnum(out[at + 1])) return -1;
    edits.merge(at, at + 1, FULL_STOP);
    return at + 1;
  } else {
    const closing = CLOSING_BRACKET.get(first);
    if (closing !== undefined) {
      let p = at + 1;
      if (out[p] === SPACE) p++;
      if (!WORD_INITIALS.has(out[p] as number)) return -1;
      const found = findWord(out, length, p, false);
      if (!found) return -1;
      p += found.word.length;
      if (p < length && out[p] === SPACE) p++;
      if (p >= length || out[p] !== closing) return -1;
      symbol = found.symbol;
      end = p + 1;
      needsContext = false;
    } else {
      const found = findWord(out, length, at, true);
      if (!found) return -1;
      symbol = found.symbol;
      end = at + found.word.length;
    }
  }
  const leftSpace = at >= 2 && out[at - 1] === SPACE && isAlnum(out[at - 2]);
  const left = leftSpace || (at >= 1 && isAlnum(out[at - 1]));
  const rightSpace = end + 1 < length && out[end] === SPACE && isAlnum(out[end + 1]);
  const right = rightSpace || (end < length && isAlnum(out[end]));
  const absorb = left && right;
  if (needsContext && !absorb) return -1;
  if (absorb && leftSpace && at - 1 >= doneTo) edits.drop(at - 1, at);
  if (end - at > 1 || first !== symbol) edits.merge(at, end, symbol);
  if (absorb && rightSpace) {
    edits.drop(end, end + 1);
    return end + 1;
  }
  return end;
}

/**
 * A run of spaced-out singles whose first separator is at `sep`: at least three single
 * letters/digits (or three single kana) each one separator apart. Returns the index just
 * past the run, or -1. A single must not touch a letter of its kind (「LINE ID」 stays).
 */
function tryRun(out: Uint16Array, length: number, sep: number, doneTo: number, edits: Edits): number {
  const first = sep - 1;
  if (first < doneTo || first < 0) return -1;
  const cls = joinClass(out[first] as number);
  if (cls === 0 || (first > 0 && glues(cls, out[first - 1] as number))) return -1;
  let last = first;
  let count = 1;
  let gap = sep;
  while (gap + 1 < length && (UNIT_CLASS[out[gap] as number] as number) & C_SEP) {
    const next = gap + 1;
    if (joinClass(out[next] as number) !== cls) break;
    if (next + 1 < length && glues(cls, out[next + 1] as number)) break;
    last = next;
    count++;
    gap = next + 1;
  }
  if (count < 3) return -1;
  for (let s = first + 1; s < last; s += 2) edits.drop(s, s + 1);
  return last + 1;
}

/** Appends a record for a unit unless it is regular after a unit ending at `previousEnd`. */
function record(records: MapRecords, index: number, start: number, end: number, previousEnd: number): void {
  if (start !== previousEnd || end !== start + 1) records.push(index, start, end);
}

/**
 * Applies the collected edits: moves the kept blocks of `out` down in place and rebuilds the
 * map records (indexes shift, and the first unit after a removed one stops being regular).
 */
function applyEdits(out: Uint16Array, length: number, records: MapRecords, list: IntList): JoinResult {
  const items = list.items;
  const cursor = new RecordCursor(records);
  const rebuilt: MapRecords = [];
  let read = 0;
  let write = 0;
  let previousEnd = 0;
  const keep = (from: number, to: number): void => {
    if (to <= from) return;
    if (write !== from) out.copyWithin(write, from, to);
    record(rebuilt, write, cursor.start(from), cursor.end(from), previousEnd);
    // Records inside the block keep their ranges; only their indexes move.
    for (let r = cursor.position; r < records.length && (records[r] as number) < to; r += 3) {
      rebuilt.push((records[r] as number) - from + write, records[r + 1] as number, records[r + 2] as number);
    }
    previousEnd = cursor.end(to - 1);
    write += to - from;
  };
  for (let e = 0; e < list.length; e += 4) {
    const from = items[e + 1] as number;
    const to = items[e + 2] as number;
    keep(read, from);
    if (items[e] === MERGE) {
      const start = cursor.start(from);
      const end = cursor.end(to - 1);
      out[write] = items[e + 3] as number;
      record(rebuilt, write, start, end, previousEnd);
      previousEnd = end;
      write++;
    }
    read = to;
  }
  keep(read, length);
  return { length: write, records: rebuilt };
}

/** The text length and map records after the context pass. */
export interface JoinResult {
  readonly length: number;
  readonly records: MapRecords;
}

/**
 * Runs the context pass over the first `length` units of `out` at the sorted candidate
 * positions. Each candidate is looked at once and each scan is bounded by the edits it
 * makes, so the pass is linear.
 */
export function applyJoins(
  out: Uint16Array,
  length: number,
  records: MapRecords,
  candidates: IntList,
  scratch: IntList,
): JoinResult {
  const edits = new Edits(scratch);
  let doneTo = 0;
  for (let c = 0; c < candidates.length; c++) {
    const at = candidates.items[c] as number;
    if (at < doneTo || at >= length) continue;
    const cls = UNIT_CLASS[out[at] as number] as number;
    if (cls & C_SYMBOL) {
      const next = trySymbol(out, length, at, doneTo, edits);
      if (next >= 0) {
        doneTo = next;
        continue;
      }
    }
    if (cls & C_SEP) {
      const next = tryRun(out, length, at, doneTo, edits);
      if (next >= 0) doneTo = next;
    }
  }
  return scratch.length === 0 ? { length, records } : applyEdits(out, length, records, scratch);
}
