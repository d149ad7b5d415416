/**
 * Dates of a contract's events as contract pages list them, one event per line
 * ("2026年11月13日 10:00 納品しました", "3日前 契約途中終了リクエストを送信しました"). Shared by the
 * CrowdWorks and Lancers thread readers.
 */
import { parseSiteDate } from './dates';

/** Lines looked at per page; a progress list is short, a hostile page need not be read whole. */
const MAX_LINES = 5_000;

/**
 * The latest date on any line of `text` matching `pattern` and not `exclude`, as an ISO
 * string in Japan time, or null when no such line carries a date.
 */
export function latestDateOnLines(text: string, pattern: RegExp, now: Date, exclude?: RegExp): string | null {
  let latest: { iso: string; time: number } | null = null;
  const lines = text.split('\n', MAX_LINES);
  for (const line of lines) {
    if (!pattern.test(line) || (exclude && exclude.test(line))) continue;
    const iso = parseSiteDate(line, { now });
    const time = iso ? Date.parse(iso) : Number.NaN;
    if (iso && !Number.isNaN(time) && (!latest || time > latest.time)) latest = { iso, time };
  }
  return latest?.iso ?? null;
}
