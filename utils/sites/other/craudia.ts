/**
 * Craudia work list items (PAGES.md §4, confidence A, fixture craudia_list.html):
 * `.work-list__item`, title link `a.work-list__title` to `/work_detail/{code}`, reward
 * `.work-list__reward`, client `.work-list__client a` (`/app/user_detail/{id}`).
 * Recognised only: Craudia is not analysed.
 */
import type { ListingCard } from '../../facts';
import { MAX_CARDS } from '../draft';
import { findAll, findFirst } from '../dom/query';
import { lineOf } from '../dom/text';
import type { KindDetector } from '../types';

const ORIGIN = 'https://www.craudia.com';

/** Work lists: all, paged, by category. */
export const isCraudiaJobList = (url: URL): boolean =>
  /^\/work_list(?:\/\d+|\/category[12]\/\d+)?\/?$/.test(url.pathname);
export const isCraudiaJobListExamples = [
  `${ORIGIN}/work_list`,
  `${ORIGIN}/work_list/2`,
  `${ORIGIN}/work_list/category1/6`,
  `${ORIGIN}/work_list/category2/602?s_accepting=1`,
] as const;

/** One work. */
export const isCraudiaJob = (url: URL): boolean => /^\/work_detail\/[a-z0-9]+\/?$/i.test(url.pathname);
export const isCraudiaJobExamples = [`${ORIGIN}/work_detail/wua8150`] as const;

export const CRAUDIA_DETECTORS: readonly KindDetector[] = [
  { kind: 'job-list', name: 'isCraudiaJobList', test: isCraudiaJobList, examples: isCraudiaJobListExamples },
  { kind: 'job', name: 'isCraudiaJob', test: isCraudiaJob, examples: isCraudiaJobExamples },
];

/** The cards of a Craudia work list. */
export function extractCraudiaCards(doc: Document): ListingCard[] {
  const cards: ListingCard[] = [];
  for (const item of findAll(doc, '.work-list__item', MAX_CARDS)) {
    const link = findFirst(item, 'a.work-list__title');
    const jobId = /\/work_detail\/([A-Za-z0-9]+)/.exec(link?.getAttribute('href') ?? '')?.[1];
    const title = lineOf(link);
    if (!jobId || !title) continue;
    const card: ListingCard = { jobId, url: `${ORIGIN}/work_detail/${jobId}`, title };
    const pay = lineOf(findFirst(item, '.work-list__reward'));
    if (pay) card.pay = pay;
    const digest = [lineOf(findFirst(item, '.work-list__category-list')), lineOf(findFirst(item, '.work-list__characteristic'))]
      .filter(Boolean)
      .join('\n');
    if (digest) card.digest = digest;
    const clientLink = findFirst(findFirst(item, '.work-list__client'), 'a');
    const name = lineOf(clientLink);
    const id = /\/user_detail\/([A-Za-z0-9]+)/.exec(clientLink?.getAttribute('href') ?? '')?.[1];
    if (name || id) card.client = { ...(id ? { id } : {}), ...(name ? { name } : {}) };
    cards.push(card);
  }
  return cards;
}
