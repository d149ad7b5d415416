/**
 * Letters from other scripts that render like Latin letters and are used to slip words past
 * filters (Cyrillic 「ｌіnе」, Greek 「ΟΚ」, small capitals 「ʟɪɴᴇ」, 🅻🅸🅽🅴). Each maps to the
 * lower-case ASCII letter it imitates. Only look-alikes are listed: Greek β or Cyrillic н
 * look like no Latin letter, so they stay (「β版」 keeps its β).
 *
 * Applied after NFKC, so fullwidth, mathematical, circled and squared letters are already
 * plain ASCII by the time this table is consulted.
 */

const PAIRS: readonly (readonly [number, string])[] = [
  // Cyrillic capitals
  [0x0405, 's'], [0x0406, 'i'], [0x0408, 'j'], [0x0410, 'a'], [0x0412, 'b'], [0x0415, 'e'],
  [0x041a, 'k'], [0x041c, 'm'], [0x041d, 'h'], [0x041e, 'o'], [0x0420, 'p'], [0x0421, 'c'],
  [0x0422, 't'], [0x0423, 'y'], [0x0425, 'x'], [0x04ae, 'y'], [0x04c0, 'l'], [0x051a, 'q'],
  [0x051c, 'w'],
  // Cyrillic small letters
  [0x0430, 'a'], [0x0435, 'e'], [0x043e, 'o'], [0x0440, 'p'], [0x0441, 'c'], [0x0443, 'y'],
  [0x0445, 'x'], [0x0455, 's'], [0x0456, 'i'], [0x0458, 'j'], [0x04bb, 'h'], [0x04af, 'y'],
  [0x04cf, 'l'], [0x0501, 'd'], [0x051b, 'q'], [0x051d, 'w'],
  // Greek capitals
  [0x0391, 'a'], [0x0392, 'b'], [0x0395, 'e'], [0x0396, 'z'], [0x0397, 'h'], [0x0399, 'i'],
  [0x039a, 'k'], [0x039c, 'm'], [0x039d, 'n'], [0x039f, 'o'], [0x03a1, 'p'], [0x03a4, 't'],
  [0x03a5, 'y'], [0x03a7, 'x'],
  // Greek small letters
  [0x03b1, 'a'], [0x03b9, 'i'], [0x03ba, 'k'], [0x03bd, 'v'], [0x03bf, 'o'], [0x03c1, 'p'],
  [0x03c4, 't'], [0x03c5, 'u'],
  // Armenian
  [0x0570, 'h'], [0x0578, 'n'], [0x057d, 'u'], [0x0585, 'o'],
  // Latin variants: dotless i/j, script a/g, script l
  [0x0131, 'i'], [0x0237, 'j'], [0x0251, 'a'], [0x0261, 'g'], [0x0269, 'i'], [0x2113, 'l'],
  // Latin small capitals ("fancy text" generators)
  [0x1d00, 'a'], [0x0299, 'b'], [0x1d04, 'c'], [0x1d05, 'd'], [0x1d07, 'e'], [0xa730, 'f'],
  [0x0262, 'g'], [0x029c, 'h'], [0x026a, 'i'], [0x1d0a, 'j'], [0x1d0b, 'k'], [0x029f, 'l'],
  [0x1d0d, 'm'], [0x0274, 'n'], [0x1d0f, 'o'], [0x1d18, 'p'], [0x0280, 'r'], [0xa731, 's'],
  [0x1d1b, 't'], [0x1d1c, 'u'], [0x1d20, 'v'], [0x1d21, 'w'], [0x028f, 'y'], [0x1d22, 'z'],
];

const TABLE: ReadonlyMap<number, string> = new Map(PAIRS);

/** Letter blocks without a compatibility decomposition that spell A–Z in order. */
const LETTER_BLOCKS: readonly number[] = [
  0x1f150, // negative circled capitals 🅐
  0x1f170, // negative squared capitals 🅰
  0x1f1e6, // regional indicator symbols 🇦 (shown as letters when not paired into a flag)
];

/** The lower-case ASCII letter a look-alike code point imitates, or undefined. */
export function homoglyphOf(cp: number): string | undefined {
  const mapped = TABLE.get(cp);
  if (mapped !== undefined) return mapped;
  for (const first of LETTER_BLOCKS) {
    if (cp >= first && cp < first + 26) return String.fromCharCode(0x61 + cp - first);
  }
  return undefined;
}
