/**
 * Numbers as the sites print them: "1,234", "71 人", "4.9", "75 %", "5千", "1.5万", full-width
 * digits. Pure, no DOM.
 */

const MULTIPLIER: Record<string, number> = { 千: 1_000, 万: 10_000, 億: 100_000_000 };

function clean(text: string): string {
  return text.normalize('NFKC').slice(0, 2_000);
}

/** The first number in the text (commas allowed, 千/万 applied), or null. */
export function toNumber(text: string | number | null | undefined): number | null {
  if (typeof text === 'number') return Number.isFinite(text) ? text : null;
  if (!text) return null;
  const m = /(-?\d[\d,]*(?:\.\d+)?)\s*(千|万|億)?/.exec(clean(text));
  if (!m) return null;
  const value = Number((m[1] ?? '').replace(/,/g, '')) * (MULTIPLIER[m[2] ?? ''] ?? 1);
  return Number.isFinite(value) ? value : null;
}

/** The first whole number in the text, or null. */
export function toCount(text: string | number | null | undefined): number | null {
  const value = toNumber(text);
  return value === null ? null : Math.trunc(value);
}

/** A money range read from text such as "10,000円 〜 50,000円", "〜 33,000円", "5千円〜1万円". */
export interface YenRange {
  min: number | null;
  max: number | null;
}

const AMOUNT = /(\d[\d,]*(?:\.\d+)?)\s*(千|万|億)?\s*(円)?/g;
const RANGE_SIGN = /[〜~～]|から/;

/** Reads a yen amount or range; null when the text holds no amount. */
export function toYenRange(text: string | null | undefined): YenRange | null {
  if (!text) return null;
  const source = clean(text);
  const amounts: { value: number; yen: boolean; start: number; end: number }[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(source); m && amounts.length < 20; m = AMOUNT.exec(source)) {
    const value = Number((m[1] ?? '').replace(/,/g, '')) * (MULTIPLIER[m[2] ?? ''] ?? 1);
    // A multiplier (5千) counts as money even when 円 follows later ("5千 円").
    if (Number.isFinite(value)) amounts.push({ value, yen: Boolean(m[3] || m[2]), start: m.index, end: m.index + m[0].length });
  }
  // Prefer amounts marked as money, so "週3日" next to a salary is ignored.
  const money = amounts.some((a) => a.yen) ? amounts.filter((a) => a.yen) : amounts;
  const first = money[0];
  if (!first) return null;
  const second = money[1];
  if (second && RANGE_SIGN.test(source.slice(first.end, second.start))) return { min: first.value, max: second.value };
  if (RANGE_SIGN.test(source.slice(0, first.start))) return { min: null, max: first.value };
  const after = source.slice(first.end, first.end + 4);
  if (RANGE_SIGN.test(after) || /^\s*以上/.test(after)) return { min: first.value, max: null };
  if (/^\s*(?:未満|以下|まで)/.test(after)) return { min: null, max: first.value };
  return { min: first.value, max: first.value };
}

/**
 * Digits grouped by three ("1234567" → "1,234,567"). Written out rather than with Intl: in a
 * fresh page the first Intl.NumberFormat costs about 30 ms and `toLocaleString(locale)`
 * about 0.5 ms per call, which made formatting a listing's pay the content script's biggest
 * cost (npm run bench, longest task).
 */
function groupDigits(value: number): string {
  const digits = String(Math.abs(value));
  // Not a plain run of digits (NaN, Infinity, 1e+21 and beyond): shown as it is.
  if (!/^\d+$/.test(digits)) return String(value);
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return value < 0 ? `-${grouped}` : grouped;
}

/** "100,000円". */
export function formatYen(value: number): string {
  return `${groupDigits(Math.round(value))}円`;
}

/** "100,000円 〜 150,000円", "〜 33,000円", "10,000円 〜", or null when both ends are unknown. */
export function formatYenRange(min: number | null | undefined, max: number | null | undefined): string | null {
  const low = typeof min === 'number' && Number.isFinite(min) ? min : null;
  const high = typeof max === 'number' && Number.isFinite(max) ? max : null;
  if (low === null && high === null) return null;
  if (low !== null && high !== null) return low === high ? formatYen(low) : `${formatYen(low)} 〜 ${formatYen(high)}`;
  return low !== null ? `${formatYen(low)} 〜` : `〜 ${formatYen(high as number)}`;
}
