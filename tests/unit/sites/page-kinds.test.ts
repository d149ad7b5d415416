/**
 * Page-kind detectors, Refined GitHub style: every detector accepts each of its own example
 * URLs and rejects every other detector's examples (for each site).
 */
import { describe, expect, it } from 'vitest';
import { CROWDWORKS_DETECTORS } from '@/utils/sites/crowdworks/page-kinds';
import { LANCERS_DETECTORS } from '@/utils/sites/lancers/page-kinds';
import { COCONALA_DETECTORS, CRAUDIA_DETECTORS } from '@/utils/sites/other';
import { otherPageKindOf, pageKindOf, siteOf } from '@/utils/sites';
import { siteOf as legacySiteOf } from '@/utils/sites/site-of';
import type { KindDetector } from '@/utils/sites/types';

const SITES: Record<string, readonly KindDetector[]> = {
  crowdworks: CROWDWORKS_DETECTORS,
  lancers: LANCERS_DETECTORS,
  coconala: COCONALA_DETECTORS,
  craudia: CRAUDIA_DETECTORS,
};

describe.each(Object.entries(SITES))('%s detectors', (_site, detectors) => {
  it('have at least one example each', () => {
    for (const detector of detectors) expect(detector.examples.length, detector.name).toBeGreaterThan(0);
  });

  for (const detector of detectors) {
    it(`${detector.name} accepts its own URLs`, () => {
      for (const url of detector.examples) expect(detector.test(new URL(url)), url).toBe(true);
    });
    it(`${detector.name} rejects every other detector's URLs`, () => {
      const others = detectors.filter((other) => other !== detector).flatMap((other) => other.examples);
      for (const url of others) expect(detector.test(new URL(url)), url).toBe(false);
    });
  }
});

describe('pageKindOf', () => {
  it('gives the site and kind of supported URLs', () => {
    expect(pageKindOf('https://crowdworks.jp/public/jobs/category/16')).toEqual({ site: 'crowdworks', kind: 'job-list' });
    expect(pageKindOf('https://crowdworks.jp/contracts/63570481#scroll_to_message')).toEqual({ site: 'crowdworks', kind: 'contract' });
    expect(pageKindOf('https://www.lancers.jp/work/detail/5596502')).toEqual({ site: 'lancers', kind: 'job' });
    expect(pageKindOf('https://www.lancers.jp/mypage/message?boardId=1')).toEqual({ site: 'lancers', kind: 'messages' });
  });

  it("says 'other' for pages of supported sites it does not analyse", () => {
    expect(pageKindOf('https://crowdworks.jp/')).toEqual({ site: 'crowdworks', kind: 'other' });
    expect(pageKindOf('https://crowdworks.jp/public/jobs/category/16.atom')).toEqual({ site: 'crowdworks', kind: 'other' });
    expect(pageKindOf('https://crowdworks.jp/contracts/1/fiscal_works/new?date=2026-11-01')).toEqual({ site: 'crowdworks', kind: 'other' });
    expect(pageKindOf('https://www.lancers.jp/client_directory/all/industry/2116?page=2')).toEqual({ site: 'lancers', kind: 'other' });
    expect(pageKindOf('https://crowdworks.jp/proposals/new')).toEqual({ site: 'crowdworks', kind: 'other' });
  });

  it('returns null for other hosts and for look-alike hosts', () => {
    for (const url of ['https://example.com/public/jobs/1', 'https://crowdworks.jp.evil.example/public/jobs/1', 'https://lancers.jp/work/detail/1', 'not a url']) {
      expect(pageKindOf(url), url).toBeNull();
    }
  });

  it('keeps siteOf working from both modules', () => {
    expect(siteOf('https://www.lancers.jp/')).toBe('lancers');
    expect(legacySiteOf('https://crowdworks.jp/')).toBe('crowdworks');
    expect(siteOf('https://coconala.com/requests')).toBeNull();
  });
});

describe('otherPageKindOf (Coconala, Craudia: recognised, not analysed)', () => {
  it('recognises their listings apart from the supported sites', () => {
    expect(otherPageKindOf('https://coconala.com/requests?keyword=html')).toEqual({ site: 'coconala', kind: 'job-list' });
    expect(otherPageKindOf('https://www.craudia.com/work_list')).toEqual({ site: 'craudia', kind: 'job-list' });
    expect(otherPageKindOf('https://coconala.com/services/123')).toEqual({ site: 'coconala', kind: 'other' });
    expect(otherPageKindOf('https://crowdworks.jp/public/jobs/category/16')).toBeNull();
  });
});
