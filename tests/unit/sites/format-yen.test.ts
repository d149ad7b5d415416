/**
 * Yen amounts are grouped by hand (no Intl: a formatter is slow to create in a fresh page);
 * the result must match what `toLocaleString('en-US')` gives for every amount a page shows.
 */
import { describe, expect, it } from 'vitest';
import { formatYen } from '@/utils/sites/numbers';

describe('formatYen', () => {
  it('groups digits as en-US does, for amounts of every length', () => {
    const amounts = [0, 7, 99, 100, 999, 1_000, 9_999, 12_345, 100_000, 999_999, 1_000_000, 12_345_678, 987_654_321_012, 1e15];
    for (const amount of amounts) expect(formatYen(amount)).toBe(`${amount.toLocaleString('en-US')}円`);
  });

  it('rounds first, and keeps the sign of negative amounts', () => {
    expect(formatYen(999_999.6)).toBe('1,000,000円');
    expect(formatYen(1_234.4)).toBe('1,234円');
    expect(formatYen(-1_234)).toBe('-1,234円');
  });

  it('shows what is not a plain number as it is', () => {
    expect(formatYen(Number.NaN)).toBe('NaN円');
    expect(formatYen(Number.POSITIVE_INFINITY)).toBe('Infinity円');
  });
});
