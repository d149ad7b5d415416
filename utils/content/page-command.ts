/**
 * Commands extension pages send to the content script, checked by hand (the content script
 * carries no zod). Anything else is ignored. Mirrors PageCommandSchema in ../messages.ts.
 */
import type { PageCommand } from '../messages';

const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function toPageCommand(message: unknown): PageCommand | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (m.type === 'reanalyze') return { type: 'reanalyze' };
  if (
    m.type === 'reveal-evidence' &&
    typeof m.source === 'string' &&
    m.source.length <= 200 &&
    isOffset(m.start) &&
    isOffset(m.end)
  ) {
    return { type: 'reveal-evidence', source: m.source, start: m.start, end: m.end };
  }
  return null;
}
