/**
 * Demo pages: what `npm run demo` shows, each served at the site's real URL: the hand-built
 * job, thread and contract pages, and the real saved listings from ../shared when present.
 */
import { existsSync } from 'node:fs';
import type { RoutedPage } from './harness';
import { handBuilt, REAL_LISTINGS, realListing, withListingApp } from './fixtures';

export interface DemoPage extends RoutedPage {
  /** File name of the screenshot in demo-output/. */
  shot: string;
}

export function demoPages(): DemoPage[] {
  const pages: DemoPage[] = [
    { shot: 'crowdworks-job', ...handBuilt('crowdworks/job-detail.html') },
    { shot: 'crowdworks-thread-line', ...handBuilt('crowdworks/proposal-thread-line.html') },
    { shot: 'crowdworks-contract', ...handBuilt('crowdworks/contract-delivered.html') },
    { shot: 'lancers-job', ...handBuilt('lancers/job-detail.html') },
  ];
  if (existsSync(REAL_LISTINGS.crowdworks.file)) {
    pages.push({ shot: 'crowdworks-listing', ...realListing('crowdworks', (html) => withListingApp(html)) });
  }
  if (existsSync(REAL_LISTINGS.lancers.file)) pages.push({ shot: 'lancers-listing', ...realListing('lancers') });
  return pages;
}
