import { describe, expect, it } from 'vitest';
import { parseSiteDate, toJstIso } from '@/utils/sites/dates';

// 2026-11-21 10:00 in Japan (01:00 UTC).
const now = new Date('2026-11-21T10:00:00+09:00');
const read = (text: string, yearless?: 'past' | 'future') => parseSiteDate(text, { now, yearless });

describe('toJstIso', () => {
  it('writes the Japan wall-clock time with +09:00', () => {
    expect(toJstIso(new Date('2026-11-20T16:30:05Z'))).toBe('2026-11-21T01:30:05+09:00');
  });
});

describe('parseSiteDate', () => {
  it('reads absolute dates in the sites’ forms', () => {
    expect(read('2026年11月21日')).toBe('2026-11-21T00:00:00+09:00');
    expect(read('2026年09月17日(水) 23:59')).toBe('2026-09-17T23:59:00+09:00');
    expect(read('2026/11/21 10:00')).toBe('2026-11-21T10:00:00+09:00');
    expect(read('2026-09-17')).toBe('2026-09-17T00:00:00+09:00');
    expect(read('2026.1.5')).toBe('2026-01-05T00:00:00+09:00');
    expect(read('2026年9月2日 水曜日 16:33')).toBe('2026-09-02T16:33:00+09:00');
    expect(read('２０２６年１１月２１日 １０時５分')).toBe('2026-11-21T10:05:00+09:00');
  });

  it('finds the date inside a labelled value', () => {
    expect(read('応募期限 2026年12月02日まで')).toBe('2026-12-02T00:00:00+09:00');
    expect(read('仮払い済み（2026年11月02日）')).toBe('2026-11-02T00:00:00+09:00');
  });

  it('converts ISO strings with any offset to Japan time', () => {
    expect(read('2026-09-03T16:41:21+09:00')).toBe('2026-09-03T16:41:21+09:00');
    expect(read('2026-09-03T07:41:21Z')).toBe('2026-09-03T16:41:21+09:00');
    expect(read('2026-09-03T07:41:21.123+00:00')).toBe('2026-09-03T16:41:21+09:00');
  });

  it('puts dates without a year next to now', () => {
    expect(read('11月20日 18:30')).toBe('2026-11-20T18:30:00+09:00');
    expect(read('12/24')).toBe('2025-12-24T00:00:00+09:00');
    expect(read('12/24', 'future')).toBe('2026-12-24T00:00:00+09:00');
    expect(read('1月5日', 'future')).toBe('2027-01-05T00:00:00+09:00');
  });

  it('reads relative forms from now', () => {
    expect(read('3日前')).toBe('2026-11-18T10:00:00+09:00');
    expect(read('5分前')).toBe('2026-11-21T09:55:00+09:00');
    expect(read('2時間前')).toBe('2026-11-21T08:00:00+09:00');
    expect(read('1ヶ月前')).toBe('2026-10-21T10:00:00+09:00');
    expect(read('昨日')).toBe('2026-11-20T00:00:00+09:00');
    expect(read('昨日 18:30')).toBe('2026-11-20T18:30:00+09:00');
    expect(read('一昨日 9:05')).toBe('2026-11-19T09:05:00+09:00');
    expect(read('今日 10:00')).toBe('2026-11-21T10:00:00+09:00');
    expect(read('本日')).toBe('2026-11-21T00:00:00+09:00');
    expect(read('あと6日')).toBe('2026-11-27T10:00:00+09:00');
    expect(read('たった今')).toBe('2026-11-21T10:00:00+09:00');
  });

  it('uses the Japan calendar day near midnight UTC', () => {
    // 2026-11-21 00:30 in Japan is still 11-20 in UTC: "昨日" must be 11-20 in Japan.
    const early = new Date('2026-11-20T15:30:00Z');
    expect(parseSiteDate('昨日 23:00', { now: early })).toBe('2026-11-20T23:00:00+09:00');
  });

  it('rejects non-dates and impossible dates', () => {
    for (const text of ['', '募集中', '2026年2月30日', '2026/13/01', '25:00', '応募した人 71 人']) {
      expect(read(text), text).toBeNull();
    }
    expect(parseSiteDate(null)).toBeNull();
  });
});
