/**
 * Reading facts for fact and daysSince conditions: the value at a fact path, how it prints in
 * evidence, and elapsed calendar days in Japan time (the platforms count deadlines such as
 * "検収 within 1 week" in JST).
 */
import type { PageFacts } from '../facts';
import type { FactPath } from './rule-schema';

/** A fact's value as rules see it; null when the adapter could not read it. */
export type FactValue = number | boolean | string | null;

/** Reads a fact from the page; anything absent, NaN or of an unexpected type is null. */
export function readFact(facts: PageFacts, path: FactPath): FactValue {
  let raw: unknown;
  if (path === 'site') raw = facts.site;
  else if (path === 'kind') raw = facts.kind;
  else {
    const [group, key] = path.split('.') as ['client' | 'job' | 'contract', string];
    const record = facts[group] as Record<string, unknown> | undefined;
    raw = record?.[key];
  }
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw === 'boolean' || typeof raw === 'string') return raw;
  return null;
}

/** How a fact value is shown as evidence text. */
export function factText(value: FactValue): string {
  return value === null ? 'unknown' : String(value);
}

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** ISO 8601 date or date-time, with an optional offset (a missing offset means Japan time). */
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses a fact date to epoch milliseconds, or null. Dates without an offset are taken as
 * Japan time, never as the machine's local zone, so the result is the same everywhere.
 */
export function parseFactDate(value: string): number | null {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [, day, time, fraction, zone] = match;
  // Rebuilt in the one shape Date.parse reads the same in every engine.
  const clock = time && time.length === 5 ? `${time}:00` : (time ?? '00:00:00');
  const millis = fraction ? `.${fraction.slice(0, 3).padEnd(3, '0')}` : '';
  const offset = !zone ? '+09:00' : zone === 'Z' || zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const iso = `${day}T${clock}${millis}${offset}`;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** Calendar day number in Japan time (days since 1970-01-01 JST). */
function jstDayNumber(ms: number): number {
  return Math.floor((ms + JST_OFFSET_MS) / DAY_MS);
}

/**
 * Whole calendar days from the date fact to `now`, counted in Japan time: delivered on the
 * 10th at 23:00 and now the 11th at 01:00 is 1 day. Null when the date is missing or invalid.
 */
export function daysSince(value: FactValue, now: Date): number | null {
  if (typeof value !== 'string') return null;
  const then = parseFactDate(value);
  const nowMs = now.getTime();
  if (then === null || Number.isNaN(nowMs)) return null;
  return jstDayNumber(nowMs) - jstDayNumber(then);
}
