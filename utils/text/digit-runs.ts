/**
 * Digit runs: decides, as the folded text streams out, which kanji numerals are digits and
 * which dashes are hyphens. Both depend on what comes next, so the run's units are written
 * first and rewritten in place when the run ends.
 *
 * A run is a sequence of digit-like units (ASCII digits, 〇, kanji numerals) where one
 * separator (space, - ・ . _ / | ·, or a dash such as ー − ―) may stand between two of them.
 * - Kanji numerals become digits only if the run holds at least two digit-like units
 *   (〇九〇 → 090, 一3 → 13); a lone one stays (一緒, 三日, 第一).
 * - A dash between two digit-like units becomes "-" (090ー1234 → 090-1234).
 * - 一 directly between two ASCII digits is read as a dash (090一1234 → 090-1234); next to
 *   other kanji numerals it is the numeral 1 (〇九〇一二 → 09012); right after an ASCII digit
 *   with no digit after it, it stays 一 (5一緒).
 */
import * as fold from './char-fold';
import type { IntList } from './int-list';
import * as classes from './unit-classes';

// Local copies: hot code must not go through module namespace getters (CommonJS transpiling).
const F_DASH = fold.F_DASH;
const F_DIGIT = fold.F_DIGIT;
const F_KANJI = fold.F_KANJI;
const F_SEP = fold.F_SEP;
const ICHI = classes.ICHI;
const kanjiDigit = classes.kanjiDigit;

const HYPHEN = 0x2d;

export class DigitRun {
  /** Digit-like units in the current run; 0 when no run is open. */
  count = 0;
  /** Output index just past the last digit-like unit. */
  private end = -1;
  /** Whether the last digit-like unit was an ASCII digit (not a kanji numeral). */
  private plain = false;
  /** Output index of a separator waiting for a digit after it, or -1. */
  private sepAt = -1;
  private sepIsDash = false;
  /** Output index of a 一 after an ASCII digit: a dash or a numeral, decided by what follows. */
  private ichiAt = -1;
  /** Output indexes of kanji numerals to convert if the run reaches two digit-like units. */
  private readonly pending: number[] = [];

  /**
   * Called before a unit (or a multi-unit output of `length` units) is written at `at`, when
   * a run is open or the entry is a digit or kanji numeral. `isSpace` marks a new space unit.
   */
  step(flags: number, unit: number, at: number, length: number, isSpace: boolean, out: Uint16Array, cands: IntList): void {
    if (flags & F_DIGIT) {
      const plain = (flags & F_KANJI) === 0;
      if (this.count > 0) this.bridge(plain, out, cands);
      this.count++;
      this.end = at + length;
      this.plain = plain;
      return;
    }
    if (flags & F_KANJI) {
      if (unit === ICHI && this.count > 0 && this.end === at && this.plain && this.ichiAt < 0) {
        this.ichiAt = at;
        return;
      }
      if (this.count > 0) this.bridge(false, out, cands);
      this.pending.push(at);
      this.count++;
      this.end = at + length;
      this.plain = false;
      return;
    }
    const separator = isSpace || (flags & (F_SEP | F_DASH)) !== 0;
    if (separator && this.count > 0 && this.sepAt < 0 && this.ichiAt < 0 && this.end === at) {
      this.sepAt = at;
      this.sepIsDash = (flags & F_DASH) !== 0;
      return;
    }
    this.finish(out);
  }

  /** Forgets any state left from an earlier text. */
  reset(): void {
    this.count = 0;
    this.end = -1;
    this.plain = false;
    this.sepAt = -1;
    this.ichiAt = -1;
    if (this.pending.length > 0) this.pending.length = 0;
  }

  /** Whether the unit at `at` is the separator the run is waiting on. */
  waitsOn(at: number): boolean {
    return this.sepAt === at;
  }

  /** A digit-like unit follows: settle the pending 一 and separator between it and the run. */
  private bridge(nextIsPlain: boolean, out: Uint16Array, cands: IntList): void {
    if (this.ichiAt >= 0) {
      if (nextIsPlain) {
        out[this.ichiAt] = HYPHEN;
        cands.pushOnce(this.ichiAt);
      } else {
        this.pending.push(this.ichiAt);
        this.count++;
      }
      this.ichiAt = -1;
    }
    if (this.sepAt >= 0) {
      if (this.sepIsDash) {
        out[this.sepAt] = HYPHEN;
        cands.pushOnce(this.sepAt);
      }
      this.sepAt = -1;
    }
  }

  /**
   * Closes the run: converts its kanji numerals if it held two or more digit-like units. A
   * 一 still waiting after an ASCII digit stays 一 (「5一緒」 keeps its word).
   */
  finish(out: Uint16Array): void {
    if (this.count === 0) return;
    if (this.count >= 2) {
      for (const at of this.pending) out[at] = 0x30 + kanjiDigit(out[at] as number);
    }
    this.reset();
  }
}
