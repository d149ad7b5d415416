import { describe, expect, it } from 'vitest';
import type { ClientFacts, ContractFacts } from '../../../utils/facts';
import { findings, fires, page, rule } from './helpers';

const lowRating = rule(
  { fact: 'client.rating', op: '<', value: { setting: 'minClientRating' } },
  { id: 'low-client-rating/test', category: 'low-client-rating' },
);

const withClient = (client: ClientFacts) => page([], { client });
const withContract = (contract: ContractFacts) => page([], { kind: 'contract', contract });

describe('fact conditions', () => {
  it('compares a number fact with a setting, and follows the setting', () => {
    expect(fires(lowRating, withClient({ rating: 3.2 }))).toBe(true);
    expect(fires(lowRating, withClient({ rating: 4.0 }))).toBe(false);
    expect(fires(lowRating, withClient({ rating: 4.0 }), { settings: { minClientRating: 4.5 } })).toBe(true);
  });

  it('an unknown fact makes every comparison false, never true', () => {
    for (const client of [{}, { rating: null }, { rating: Number.NaN }] as ClientFacts[]) {
      expect(fires(lowRating, withClient(client))).toBe(false);
      expect(fires(rule({ fact: 'client.rating', op: '>=', value: 0 }), withClient(client))).toBe(false);
      expect(fires(rule({ fact: 'client.rating', op: '!=', value: 5 }), withClient(client))).toBe(false);
    }
    expect(fires(rule({ fact: 'client.identityVerified', op: '==', value: false }), withClient({}))).toBe(false);
    expect(fires(rule({ fact: 'client.identityVerified', op: '!=', value: true }), withClient({}))).toBe(false);
  });

  it('known / unknown test whether the adapter read the fact', () => {
    const unknownRating = rule({ fact: 'client.rating', op: 'unknown' });
    const knownRating = rule({ fact: 'client.rating', op: 'known' });
    expect(fires(unknownRating, withClient({ rating: null }))).toBe(true);
    expect(fires(unknownRating, page([]))).toBe(true);
    expect(fires(unknownRating, withClient({ rating: 0 }))).toBe(false);
    expect(fires(knownRating, withClient({ rating: 0 }))).toBe(true);
  });

  it('compares booleans, strings, lists, and page-level facts', () => {
    expect(fires(rule({ fact: 'client.reviews', op: '==', value: 0 }), withClient({ reviews: 0 }))).toBe(true);
    expect(fires(rule({ fact: 'client.identityVerified', op: '==', value: false }), withClient({ identityVerified: false }))).toBe(
      true,
    );
    const status = rule({ fact: 'contract.status', op: 'in', value: ['delivered', 'termination-requested'] });
    expect(fires(status, withContract({ status: 'delivered' }))).toBe(true);
    expect(fires(status, withContract({ status: 'active' }))).toBe(false);
    expect(fires(rule({ fact: 'site', op: '==', value: 'lancers' }), page([]))).toBe(false);
    expect(fires(rule({ fact: 'site', op: '==', value: 'crowdworks' }), page([]))).toBe(true);
    // A comparison between mismatched types is false rather than coerced.
    expect(fires(rule({ fact: 'client.reviews', op: '==', value: '0' }), withClient({ reviews: 0 }))).toBe(false);
  });

  it('explains itself with the fact value as evidence', () => {
    const found = findings(lowRating, withClient({ rating: 3.2 }));
    expect(found[0]?.evidence).toEqual([{ source: 'fact:client.rating', text: '3.2', start: 0, end: 3 }]);
    const notVerified = rule({ not: { fact: 'client.identityVerified', op: '==', value: true } });
    expect(findings(notVerified, withClient({ identityVerified: false }))[0]?.evidence).toEqual([
      { source: 'fact:client.identityVerified', text: 'false', start: 0, end: 5 },
    ]);
  });
});

describe('daysSince', () => {
  const overdue = rule(
    { daysSince: 'contract.deliveredAt', op: '>', value: { setting: 'inspectionOverdueDays' } },
    { id: 'inspection-overdue/test', category: 'inspection-overdue', pageKinds: ['contract'] },
  );
  const deliveredOn = (deliveredAt: string | null) => withContract({ status: 'delivered', deliveredAt });
  // NOW is 2026-11-21 12:00 JST; the default threshold is 7 days.

  it('counts whole calendar days in Japan time across the threshold', () => {
    expect(fires(overdue, deliveredOn('2026-11-14T09:00:00+09:00'))).toBe(false); // 7 days
    expect(fires(overdue, deliveredOn('2026-11-13T23:59:00+09:00'))).toBe(true); // 8 days
    expect(fires(overdue, deliveredOn('2026-11-21T00:00:00+09:00'))).toBe(false); // today
    expect(fires(overdue, deliveredOn('2026-12-01T00:00:00+09:00'))).toBe(false); // future
  });

  it('uses the Japanese date, not the UTC one', () => {
    // 2026-11-13 15:30 UTC is already the 14th in Japan: 7 days, not 8.
    expect(fires(overdue, deliveredOn('2026-11-13T15:30:00Z'))).toBe(false);
    expect(fires(overdue, deliveredOn('2026-11-13T14:30:00Z'))).toBe(true);
    // The clock side too: 2026-11-21 15:00 UTC is the 22nd in Japan.
    expect(fires(overdue, deliveredOn('2026-11-14T09:00:00+09:00'), { now: new Date('2026-11-21T15:00:00Z') })).toBe(true);
  });

  it('follows the setting and the clock the caller passes', () => {
    const delivered = deliveredOn('2026-11-18T10:00:00+09:00');
    expect(fires(overdue, delivered)).toBe(false);
    expect(fires(overdue, delivered, { settings: { inspectionOverdueDays: 2 } })).toBe(true);
    expect(fires(overdue, delivered, { now: new Date('2026-11-30T10:00:00+09:00') })).toBe(true);
  });

  it('is false when the date is missing or unreadable, and reads dates without an offset as Japan time', () => {
    expect(fires(overdue, deliveredOn(null))).toBe(false);
    expect(fires(overdue, deliveredOn('先週'))).toBe(false);
    expect(fires(overdue, withContract({ status: 'delivered' }))).toBe(false);
    expect(fires(overdue, deliveredOn('2026-11-13'))).toBe(true);
    expect(fires(overdue, deliveredOn('2026-11-14'))).toBe(false);
  });

  it('gives the date as evidence', () => {
    const found = findings(overdue, deliveredOn('2026-11-01T10:00:00+09:00'));
    expect(found[0]?.evidence).toEqual([
      { source: 'fact:contract.deliveredAt', text: '2026-11-01T10:00:00+09:00', start: 0, end: 25 },
    ]);
  });
});
