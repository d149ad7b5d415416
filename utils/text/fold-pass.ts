/**
 * The first pass of the normaliser: one loop over the input that folds every character
 * (char-fold.ts), composes combining marks onto the unit before them, collapses whitespace
 * runs, settles digit runs (digit-runs.ts) and records the positions the context pass
 * (joins.ts) should look at. It writes units into a reusable buffer and the irregular units
 * of the offset map into a record list (offset-map.ts).
 *
 * The common character (one table read, one unit out, outside a digit run) takes a short path
 * at the top of the loop, including those that may start a context rewrite (。 あ ど ・ . …,
 * a tenth of Japanese text), which only need a candidate check; everything else falls
 * through to the cases below it. Keeping both in one function measured faster than calling
 * out for the rare cases.
 */
import * as fold from './char-fold';
import { DigitRun } from './digit-runs';
import type { IntList } from './int-list';
import * as joins from './joins';
import { growBuffer } from './map-memory';
import type { MapRecords } from './offset-map';

// Local copies of tables and constants: hot code must not go through module namespace
// getters (what CommonJS transpilation, e.g. tsx for the CLI, turns imports into).
const BMP_ENTRIES = fold.BMP_ENTRIES;
const MULTI_OUTPUTS = fold.MULTI_OUTPUTS;
const computeBmpEntry = fold.computeBmpEntry;
const astralEntry = fold.astralEntry;
const composeUnits = fold.composeUnits;
const isCandidate = joins.isCandidate;
const K_SINGLE = fold.K_SINGLE;
const K_MULTI = fold.K_MULTI;
const K_SPACE = fold.K_SPACE;
const K_BREAK = fold.K_BREAK;
const K_MARK = fold.K_MARK;
const K_HIGH = fold.K_HIGH;
const K_ASTRAL_SAME = fold.K_ASTRAL_SAME;
const F_CAND = fold.F_CAND;
const F_DIGIT = fold.F_DIGIT;
/**
 * Entries the tight loop handles: one unit, no digit flags (dash and separator flags only
 * matter inside a run, which the tight loop never is in; candidates are checked in it).
 */
const FAST_MASK = (0xf << 16) | fold.F_DIGIT | fold.F_KANJI;
const FAST_TAG = K_SINGLE << 16;
const RUN_STARTERS = fold.F_DIGIT | fold.F_KANJI;
const SPACE = 0x20;
const NEWLINE = 0x0a;

/** The last unit (`unit`, currently ending at `lastEnd`) now ends at `end`: record that. */
function extendLast(records: MapRecords, unit: number, lastEnd: number, end: number): void {
  const at = records.length - 3;
  if (at >= 0 && records[at] === unit) records[at + 2] = end;
  // A unit without a record is regular: it starts one before its end.
  else records.push(unit, lastEnd - 1, end);
}

/** Result of the first pass. */
export interface FoldResult {
  /** The buffer holding the units: the one passed in, unless the text expanded past it. */
  readonly out: Uint16Array;
  readonly length: number;
}

/** Digit-run state, reused between calls (normalize is never re-entered). */
const digitRun = new DigitRun();

/**
 * Folds `s` into `initial` (which must hold s.length + 16 units), appending irregular units
 * to `records` and context-pass candidates to `cands`.
 */
export function foldPass(s: string, initial: Uint16Array, records: MapRecords, cands: IntList): FoldResult {
  const n = s.length;
  // Locals, so the optimiser keeps them in registers instead of reloading module bindings.
  const table = BMP_ENTRIES;
  const fastMask = FAST_MASK;
  const fastTag = FAST_TAG;
  const run = digitRun;
  run.reset();
  let runOpen = false;
  let out = initial;
  let w = 0;
  // Original end of the last unit written: a unit starting there with width 1 is regular.
  let lastEnd = 0;
  // Index of the last whitespace unit written, to collapse runs into it.
  let wsAt = -1;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    let e = table[c] as number;
    if (e === 0) e = computeBmpEntry(c);
    // The common character: one unit out, no context needed. The ones that follow it in a
    // row are regular (each starts where the previous one ended), so they need no record.
    if ((e & fastMask) === fastTag && !runOpen) {
      if (i !== lastEnd) records.push(w, i, i + 1);
      out[w] = e & 0xffff;
      if (e & F_CAND && isCandidate(out, w)) cands.push(w);
      w++;
      i++;
      while (i < n) {
        const next = table[s.charCodeAt(i)] as number;
        if ((next & fastMask) !== fastTag) break;
        out[w] = next & 0xffff;
        if (next & F_CAND && isCandidate(out, w)) cands.push(w);
        w++;
        i++;
      }
      lastEnd = i;
      continue;
    }
    let size = 1;
    let kind = (e >>> 16) & 0xf;
    if (kind === K_HIGH) {
      const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        e = astralEntry(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        size = 2;
      } else {
        e = (K_SINGLE << 16) | 0xfffd;
      }
      kind = (e >>> 16) & 0xf;
    }
    const next = i + size;
    if (kind === K_SINGLE) {
      const unit = e & 0xffff;
      // Separators and dashes only matter inside an open run.
      if (runOpen || e & RUN_STARTERS) run.step(e, unit, w, 1, false, out, cands);
      out[w] = unit;
      if (i !== lastEnd || size !== 1) records.push(w, i, next);
      lastEnd = next;
      if (e & F_CAND && isCandidate(out, w)) cands.push(w);
      w++;
    } else if (kind === K_SPACE || kind === K_BREAK) {
      if (wsAt === w - 1 && w > 0) {
        // Extend the whitespace unit just written; a line break anywhere makes it "\n".
        extendLast(records, w - 1, lastEnd, next);
        if (kind === K_BREAK && out[w - 1] !== NEWLINE) {
          out[w - 1] = NEWLINE;
          if (run.waitsOn(w - 1)) run.finish(out);
        }
      } else {
        if (runOpen) {
          if (kind === K_BREAK) run.finish(out);
          else run.step(0, SPACE, w, 1, true, out, cands);
        }
        out[w] = kind === K_BREAK ? NEWLINE : SPACE;
        if (i !== lastEnd || size !== 1) records.push(w, i, next);
        if (kind === K_SPACE && isCandidate(out, w)) cands.push(w);
        wsAt = w;
        w++;
      }
      lastEnd = next;
    } else if (kind === K_MULTI || kind === K_ASTRAL_SAME) {
      const text = kind === K_MULTI ? (MULTI_OUTPUTS[e & 0xffff] as string) : s.slice(i, next);
      // Keep room for the rest of the input at one unit per unit (the other kinds never expand).
      const needed = w + text.length + (n - next);
      if (needed > out.length) out = growBuffer(out, w, needed);
      if (runOpen || e & F_DIGIT) run.step(e, text.charCodeAt(0), w, text.length, false, out, cands);
      // Every unit of a multi-unit output maps to the whole character.
      for (let k = 0; k < text.length; k++) {
        out[w] = text.charCodeAt(k);
        records.push(w, i, next);
        if (e & F_CAND && isCandidate(out, w)) cands.push(w);
        w++;
      }
      lastEnd = next;
    } else if (kind === K_MARK) {
      // Compose onto the previous unit (not onto whitespace); otherwise drop the mark.
      if (w > 0 && wsAt !== w - 1) {
        const composed = composeUnits(out[w - 1] as number, e & 0xffff);
        if (composed !== 0) {
          out[w - 1] = composed;
          extendLast(records, w - 1, lastEnd, next);
          lastEnd = next;
          if (isCandidate(out, w - 1)) cands.pushOnce(w - 1);
        }
      }
    }
    // K_DROP writes nothing.
    runOpen = run.count !== 0;
    i = next;
  }
  run.finish(out);
  return { out, length: w };
}
