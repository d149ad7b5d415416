/**
 * Dates as the sites show them, read in Japan time (UTC+9, no daylight saving) and turned
 * into ISO 8601 strings with a "+09:00" offset, the form PageFacts carries.
 *
 * Understood forms (full-width digits are fine):
 * - absolute: 2026年11月21日, 2026年09月17日(水) 23:59, 2026/11/21 10:00, 2026-11-21, 2026.11.21
 * - ISO with an offset or Z (e.g. a `time[datetime]` attribute): 2026-09-03T16:41:21+09:00
 * - without a year: 11月21日 10:00, 11/21 (the year is taken from `now`, see `yearless`)
 * - relative: たった今, 5分前, 3時間前, 3日前, 2週間前, 1ヶ月前, 昨日, 一昨日, 今日 10:00, 本日, 明日,
 *   あと6日, 3日後
 *
 * Pure: no DOM, no clock except the `now` passed in.
 */

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface DateReadOptions {
  /** The moment relative forms count from; defaults to the current time. */
  now?: Date;
  /**
   * A date shown without a year is put in `now`'s year, then moved one year back ('past',
   * the default: post and message times) or forward ('future': deadlines) when it would
   * otherwise land on the wrong side of `now` by more than a day.
   */
  yearless?: 'past' | 'future';
}

/** Formats a moment as "YYYY-MM-DDTHH:mm:ss+09:00". */
export function toJstIso(date: Date): string {
  const shifted = new Date(date.getTime() + JST_OFFSET_MS);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return (
    `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}+09:00`
  );
}

/** The moment of a Japan wall-clock time, or null when the fields do not form a real date. */
function jstMoment(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  // Reject roll-overs such as 2月30日.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return new Date(utc - JST_OFFSET_MS);
}

/** Japan calendar date (year, month, day) of a moment. */
function jstCalendar(date: Date): { year: number; month: number; day: number } {
  const shifted = new Date(date.getTime() + JST_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[（(][月火水木金土日](?:曜日?)?[）)]/g, ' ')
    .replace(/[月火水木金土日]曜日/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const TIME = /^\s*T?(\d{1,2})\s*(?::\s*(\d{2})(?::(\d{2}))?|時\s*(?:(\d{1,2})\s*分)?)/;
const FULL_DATE = /(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?/;
const YEARLESS_DATE = /(?:^|[^\d/])(\d{1,2})\s*(?:月\s*(\d{1,2})\s*日|\/(\d{1,2})(?![\d/]))/;
const AGO = /(\d+)\s*(秒|分|時間|日|週間|か月|ヶ月|ヵ月|カ月|ケ月|年)\s*前/;
const AHEAD = /(?:あと\s*(\d+)\s*(分|時間|日|週間)|(\d+)\s*(分|時間|日|週間)\s*後)/;

const UNIT_MS: Record<string, number> = { 秒: 1000, 分: MINUTE, 時間: HOUR, 日: DAY, 週間: 7 * DAY };

function timeAfter(rest: string): { hour: number; minute: number; second: number } {
  const m = TIME.exec(rest);
  if (!m) return { hour: 0, minute: 0, second: 0 };
  return { hour: Number(m[1]), minute: Number(m[2] ?? m[4] ?? 0), second: Number(m[3] ?? 0) };
}

function shiftMonths(date: Date, months: number): Date {
  const { year, month, day } = jstCalendar(date);
  const shifted = new Date(date.getTime() + JST_OFFSET_MS);
  const target = new Date(
    Date.UTC(year, month - 1 - months, Math.min(day, 28), shifted.getUTCHours(), shifted.getUTCMinutes()),
  );
  return new Date(target.getTime() - JST_OFFSET_MS);
}

function readIso(text: string): Date | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const date = new Date(text.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? null : date;
}

function readFullDate(text: string): Date | null {
  const m = FULL_DATE.exec(text);
  if (!m) return null;
  const { hour, minute, second } = timeAfter(text.slice(m.index + m[0].length));
  return jstMoment(Number(m[1]), Number(m[2]), Number(m[3]), hour, minute, second);
}

function readYearless(text: string, now: Date, prefer: 'past' | 'future'): Date | null {
  const m = YEARLESS_DATE.exec(text);
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2] ?? m[3]);
  const { hour, minute, second } = timeAfter(text.slice(m.index + m[0].length));
  const year = jstCalendar(now).year;
  const guess = jstMoment(year, month, day, hour, minute, second);
  if (!guess) return null;
  if (prefer === 'past' && guess.getTime() > now.getTime() + DAY) return jstMoment(year - 1, month, day, hour, minute, second);
  if (prefer === 'future' && guess.getTime() < now.getTime() - DAY) return jstMoment(year + 1, month, day, hour, minute, second);
  return guess;
}

function readRelative(text: string, now: Date): Date | null {
  if (/たった今|^今$|ただいま/.test(text)) return now;
  const ago = AGO.exec(text);
  if (ago) {
    const amount = Number(ago[1]);
    const unit = ago[2] ?? '';
    if (unit === '年') return shiftMonths(now, amount * 12);
    if (/月/.test(unit)) return shiftMonths(now, amount);
    return new Date(now.getTime() - amount * (UNIT_MS[unit] ?? DAY));
  }
  const ahead = AHEAD.exec(text);
  if (ahead) {
    const amount = Number(ahead[1] ?? ahead[3]);
    const unit = ahead[2] ?? ahead[4] ?? '日';
    return new Date(now.getTime() + amount * (UNIT_MS[unit] ?? DAY));
  }
  const dayWord = /(一昨日|おととい|昨日|きのう|今日|本日|きょう|明日|あした)/.exec(text);
  if (!dayWord) return null;
  const word = dayWord[1] ?? '';
  const offsetDays = /一昨日|おととい/.test(word) ? -2 : /昨日|きのう/.test(word) ? -1 : /明日|あした/.test(word) ? 1 : 0;
  const { year, month, day } = jstCalendar(new Date(now.getTime() + offsetDays * DAY));
  const { hour, minute, second } = timeAfter(text.slice(dayWord.index + word.length));
  return jstMoment(year, month, day, hour, minute, second);
}

/**
 * The first date found in `text`, as an ISO string in Japan time ("…+09:00"), or null.
 * Labels around the date are fine ("応募期限 2026年11月21日まで").
 */
export function parseSiteDate(text: string | null | undefined, options: DateReadOptions = {}): string | null {
  if (!text) return null;
  const clean = normalise(text.length > 500 ? text.slice(0, 500) : text);
  if (!clean) return null;
  const now = options.now ?? new Date();
  const date =
    readIso(clean) ??
    readFullDate(clean) ??
    readYearless(clean, now, options.yearless ?? 'past') ??
    readRelative(clean, now);
  return date ? toJstIso(date) : null;
}
