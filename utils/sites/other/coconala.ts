/**
 * Coconala 公開依頼 (requests) search cards (PAGES.md §3, confidence A, fixture
 * coconala_html.html): `.c-searchItemWrapper`, link `/requests/N`, title `.c-itemInfo_title`,
 * description `.c-itemInfo_description`, budget `.c-itemTile_tile-budget .d-requestBudget`,
 * client `.c-itemInfoUser_name`. Recognised only: Coconala is not analysed.
 */
import type { ListingCard } from '../../facts';
import { MAX_CARDS } from '../draft';
import { findAll, findFirst, findFirstOf } from '../dom/query';
import { lineOf, textOf } from '../dom/text';
import type { KindDetector } from '../types';

const ORIGIN = 'https://coconala.com';

/** Request listings: search and category pages. */
export const isCoconalaJobList = (url: URL): boolean => /^\/requests(?:\/categories\/\d+)?\/?$/.test(url.pathname);
export const isCoconalaJobListExamples = [`${ORIGIN}/requests?keyword=html`, `${ORIGIN}/requests/categories/510`] as const;

/** One request. */
export const isCoconalaJob = (url: URL): boolean => /^\/requests\/\d+\/?$/.test(url.pathname);
export const isCoconalaJobExamples = [`${ORIGIN}/requests/5238751`] as const;

export const COCONALA_DETECTORS: readonly KindDetector[] = [
  { kind: 'job-list', name: 'isCoconalaJobList', test: isCoconalaJobList, examples: isCoconalaJobListExamples },
  { kind: 'job', name: 'isCoconalaJob', test: isCoconalaJob, examples: isCoconalaJobExamples },
];

/** The cards of a Coconala requests listing. */
export function extractCoconalaCards(doc: Document): ListingCard[] {
  const cards: ListingCard[] = [];
  for (const wrapper of findAll(doc, '.c-searchItemWrapper', MAX_CARDS)) {
    const titleBox = findFirst(wrapper, '.c-itemInfo_title');
    const link = findFirstOf(wrapper, ['a.c-searchItem_detailLink', 'a[href*="/requests/"]']) ?? findFirst(titleBox, 'a');
    const jobId = /\/requests\/(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1];
    const title = lineOf(titleBox);
    if (!jobId || !title) continue;
    const card: ListingCard = { jobId, url: `${ORIGIN}/requests/${jobId}`, title };
    const digest = textOf(findFirst(wrapper, '.c-itemInfo_description'), { whitespace: 'pre-line', maxChars: 2_000 });
    if (digest) card.digest = digest;
    const pay = lineOf(findFirst(findFirst(wrapper, '.c-itemTile_tile-budget'), '.d-requestBudget'));
    if (pay) card.pay = pay;
    const name = lineOf(findFirst(wrapper, '.c-itemInfoUser_name'));
    if (name) card.client = { name };
    cards.push(card);
  }
  return cards;
}
