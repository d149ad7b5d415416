/**
 * Sentence boundaries for "unless … in the same sentence". They are found in the ORIGINAL
 * text, because normalisation folds 「．」 into an ASCII '.' that also occurs inside addresses
 * such as line.me, which must not end a sentence.
 */

/** Whether a UTF-16 code unit ends a sentence: 。｡．！？!? and line breaks. */
function endsSentence(code: number): boolean {
  switch (code) {
    case 0x3002: // 。
    case 0xff61: // ｡
    case 0xff0e: // ．
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x21: // !
    case 0x3f: // ?
    case 0x0a:
    case 0x0d:
      return true;
    default:
      return false;
  }
}

/** Sorted original offsets of every sentence-ending character. */
export function findSentenceEnds(original: string): Int32Array {
  const ends: number[] = [];
  for (let i = 0; i < original.length; i++) {
    if (endsSentence(original.charCodeAt(i))) ends.push(i);
  }
  return Int32Array.from(ends);
}

/**
 * Which sentence an original offset falls in: sentences are numbered from 0, and a
 * sentence-ending character belongs to the sentence it ends (binary search over `ends`).
 */
export function sentenceIndexAt(ends: Int32Array, offset: number): number {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ends[middle] as number) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
