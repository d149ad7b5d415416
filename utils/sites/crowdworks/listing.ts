/**
 * CrowdWorks listings (search, category, group): cards from `#vue-container[data]`
 * (`searchResult`, PAGES.md §1, confidence A), else from job links in the rendered page.
 */
import type { ListingCard } from '../../facts';
import { MAX_CARDS } from '../draft';
import { readEmbeddedJson } from '../embedded-json';
import { cardsFromLinks } from '../listing-links';
import { formatYen, formatYenRange, toNumber } from '../numbers';
import type { ExtractContext } from '../types';
import { readJobOfferEntry, readListingSlots, type JobOfferEntry } from './embedded';

const ORIGIN = 'https://crowdworks.jp';

/** The pay line a card shows, built from the entry's payment block. */
export function payOfEntry(payment: JobOfferEntry['payment']): string | undefined {
  if (!payment) return undefined;
  if (payment.fixed_price_payment) {
    const p = payment.fixed_price_payment;
    return `固定報酬制 ${formatYenRange(toNumber(p.min_budget), toNumber(p.max_budget)) ?? '予算の記載なし'}`;
  }
  if (payment.hourly_payment) {
    const p = payment.hourly_payment;
    return `時間単価制 ${formatYenRange(toNumber(p.min_hourly_wage), toNumber(p.max_hourly_wage)) ?? '予算の記載なし'} / 時間`;
  }
  if (payment.task_payment) {
    const price = toNumber(payment.task_payment.task_price);
    return `タスク形式 1件 ${price === null ? '単価の記載なし' : formatYen(price)}`;
  }
  if (payment.fixed_price_writing_payment) {
    const price = toNumber(payment.fixed_price_writing_payment.article_price);
    return `記事単価 ${price === null ? '単価の記載なし' : formatYen(price)}`;
  }
  return undefined;
}

function cardOfEntry(entry: JobOfferEntry): ListingCard {
  const offer = entry.job_offer;
  const jobId = String(offer.id);
  const card: ListingCard = { jobId, url: `${ORIGIN}/public/jobs/${jobId}`, title: offer.title.trim() };
  if (offer.description_digest) card.digest = offer.description_digest.replace(/\r\n?/g, '\n');
  const pay = payOfEntry(entry.payment);
  if (pay) card.pay = pay;
  if (entry.client) {
    const client: NonNullable<ListingCard['client']> = {};
    if (entry.client.user_id !== null && entry.client.user_id !== undefined) client.id = String(entry.client.user_id);
    if (entry.client.username) client.name = entry.client.username;
    if (typeof entry.client.is_employer_certification === 'boolean') client.certified = entry.client.is_employer_certification;
    card.client = client;
  }
  return card;
}

/**
 * Cards from the listing JSON, one per slot on the page (paid slots included), or null when
 * the JSON is absent or has no `searchResult`.
 */
export function cardsFromListingJson(data: unknown): ListingCard[] | null {
  const slots = readListingSlots(data);
  if (!slots) return null;
  const cards: ListingCard[] = [];
  for (const entries of slots) {
    for (const raw of entries) {
      if (cards.length >= MAX_CARDS) return cards;
      const entry = readJobOfferEntry(raw);
      if (entry) cards.push(cardOfEntry(entry));
    }
  }
  return cards;
}

/** Job id of a CrowdWorks job URL, or null. */
export function crowdworksJobIdOf(url: URL): string | null {
  if (url.hostname !== 'crowdworks.jp') return null;
  return /^\/public\/jobs\/(\d+)\/?$/.exec(url.pathname)?.[1] ?? null;
}

/** All cards of a CrowdWorks listing page: embedded JSON first, rendered links second. */
export function extractCrowdworksCards(context: ExtractContext): ListingCard[] {
  const fromJson = cardsFromListingJson(readEmbeddedJson(context.doc, 'vue-container', context.captured));
  if (fromJson && fromJson.length > 0) return fromJson;
  return cardsFromLinks(context.doc, {
    linkSelector: 'a[href*="/public/jobs/"]',
    jobIdOf: crowdworksJobIdOf,
    baseUrl: context.url,
  });
}
