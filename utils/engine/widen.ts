/**
 * Widening a match over the characters of a class right next to it (a pattern's `widen`), so
 * evidence shows a whole token — an email address from its first character — while the regex
 * that found it stays short and linear. The walk tests one character at a time and stops after
 * MAX_WIDEN characters each way, so it is linear whatever the text.
 */
import { MAX_WIDEN } from './limits';
import type { PatternDef } from './pattern-table';

/** A pattern's widening, compiled: one anchored single-character test per side. */
export interface Widener {
  readonly before: RegExp | null;
  readonly after: RegExp | null;
}

const compileClass = (source: string | null): RegExp | null => (source === null ? null : new RegExp(`^${source}$`, 'u'));

/** The compiled widening of a pattern, or null when it has none. */
export function compileWidener(def: PatternDef): Widener | null {
  return def.widen ? { before: compileClass(def.widen.before), after: compileClass(def.widen.after) } : null;
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Where the run of class characters ending at `index` starts (at most MAX_WIDEN units back). */
function runStart(text: string, index: number, test: RegExp): number {
  const limit = Math.max(0, index - MAX_WIDEN);
  let at = index;
  while (at > limit) {
    let from = at - 1;
    if (from > limit && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) from -= 1;
    if (!test.test(text.slice(from, at))) break;
    at = from;
  }
  return at;
}

/** Where the run of class characters starting at `index` ends (at most MAX_WIDEN units on). */
function runEnd(text: string, index: number, test: RegExp): number {
  const limit = Math.min(text.length, index + MAX_WIDEN);
  let at = index;
  while (at < limit) {
    let to = at + 1;
    if (to < limit && isHigh(text.charCodeAt(at)) && isLow(text.charCodeAt(to))) to += 1;
    if (!test.test(text.slice(at, to))) break;
    at = to;
  }
  return at;
}

/** [start, end) widened by `widener`; the match itself is never shortened. */
export function widenRange(text: string, start: number, end: number, widener: Widener): { start: number; end: number } {
  return {
    start: widener.before ? runStart(text, start, widener.before) : start,
    end: widener.after ? runEnd(text, end, widener.after) : end,
  };
}
