/**
 * Whole-word checks done in code, because lookaround is banned from rule regexes. Only ASCII
 * letters and digits make words here: 「line」 inside 「online」 is not a match, but 「lineで」
 * is, since Japanese text has no spaces between words.
 */

/** True for a-z, A-Z, 0-9 at `index` (false outside the string). */
export function isAsciiAlnumAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** True when text[start, end) is not glued to ASCII letters or digits on either side. */
export function isWordBoundaryAt(text: string, start: number, end: number): boolean {
  if (end <= start) return true;
  if (isAsciiAlnumAt(text, start) && isAsciiAlnumAt(text, start - 1)) return false;
  if (isAsciiAlnumAt(text, end - 1) && isAsciiAlnumAt(text, end)) return false;
  return true;
}
