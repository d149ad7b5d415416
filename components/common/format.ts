/** Number and date formatting for the UI language; null for a value that was not read. */
import { localeTag } from '../i18n';

export function formatNumber(value: number | null | undefined, maxFractionDigits = 0): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return new Intl.NumberFormat(localeTag(), { maximumFractionDigits: maxFractionDigits }).format(value);
}

/** A date fact (ISO 8601) as a calendar date in Japan time, where the sites operate. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  return new Intl.DateTimeFormat(localeTag(), { dateStyle: 'long', timeZone: 'Asia/Tokyo' }).format(time);
}
