/**
 * Working memory of the normaliser. Allocating typed arrays dominates the cost of short
 * texts (each one is a separate native allocation, and fresh pages fault in), and a page is
 * normalised one message at a time, so the output buffer and the candidate/edit lists are
 * kept between calls and only grow. normalize is synchronous and never re-entered, so one
 * set is enough; a buffer grown past KEEP_LIMIT units by one huge text is not kept.
 */
import { IntList } from './int-list';

/** Buffers above this many units are not kept after the call. */
const KEEP_LIMIT = 1 << 21;

let scratch = new Uint16Array(1024);

/** Candidate positions and edits of the context pass, reused between calls. */
export const candidateList = new IntList(256);
export const editList = new IntList(256);

/** An output buffer with room for at least `capacity` units (contents undefined). */
export function outputBuffer(capacity: number): Uint16Array {
  if (scratch.length >= capacity) return scratch;
  const size = Math.max(capacity, Math.min(KEEP_LIMIT, scratch.length * 2));
  const fresh = new Uint16Array(size);
  if (size <= KEEP_LIMIT) scratch = fresh;
  return fresh;
}

/** A larger copy of `buffer` holding at least `needed` units, keeping the first `used`. */
export function growBuffer(buffer: Uint16Array, used: number, needed: number): Uint16Array {
  const grown = new Uint16Array(Math.max(needed, Math.ceil(buffer.length * 1.5) + 16));
  grown.set(buffer.subarray(0, used));
  if (grown.length <= KEEP_LIMIT) scratch = grown;
  return grown;
}
