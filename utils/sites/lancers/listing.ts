/**
 * Lancers search cards (PAGES.md §2 "Search card", confidence A, fixture ln_excel.html):
 * `div.p-search-job-media`, title link `/work/detail/N` (or `goToLjpWorkDetail(N)`), price,
 * description, client avatar with `/client/…` link, `is-verified` badge and
 * `.c-avatar__subnote` 発注 N / 評価 X. External 求人 cards (`data-external-modal`) link
 * off-site and get an `external:` id. Without card markup, job links stand in.
 */
import type { ClientFacts, ListingCard } from '../../facts';
import { MAX_CARDS } from '../draft';
import { findAll, findFirst, findFirstOf } from '../dom/query';
import { lineOf, textOf } from '../dom/text';
import { cardsFromLinks } from '../listing-links';
import { toCount, toNumber } from '../numbers';
import type { ExtractContext } from '../types';

const ORIGIN = 'https://www.lancers.jp';

/** Job id of a Lancers job URL, or null. */
export function lancersJobIdOf(url: URL): string | null {
  if (url.hostname !== 'www.lancers.jp') return null;
  return /^\/work\/detail\/(\d+)\/?$/.exec(url.pathname)?.[1] ?? null;
}

function resolve(href: string | null | undefined, base: URL): URL | null {
  if (!href) return null;
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** Id and URL of a card: its Lancers job, else its external posting. */
function cardTarget(card: Element, link: Element | null, base: URL): { jobId: string; url: string } | null {
  const linkUrl = resolve(link?.getAttribute('href'), base);
  const fromLink = linkUrl ? lancersJobIdOf(linkUrl) : null;
  if (fromLink) return { jobId: fromLink, url: `${ORIGIN}/work/detail/${fromLink}` };
  const fromClick = /goToLjpWorkDetail\((\d+)\)/.exec(card.getAttribute('onclick') ?? '')?.[1];
  if (fromClick) return { jobId: fromClick, url: `${ORIGIN}/work/detail/${fromClick}` };
  const external = linkUrl ?? resolve(card.getAttribute('data-external-modal-url'), base);
  if (!external) return null;
  const lastSegment = external.pathname.split('/').filter(Boolean).pop() ?? external.hostname;
  return { jobId: `external:${external.hostname}/${lastSegment}`, url: external.href };
}

/** Client facts shown on a card's avatar block. */
function cardClient(card: Element): ClientFacts | undefined {
  const avatar = findFirst(card, '.p-search-job-media__avatar');
  if (!avatar) return undefined;
  const client: ClientFacts = {};
  const link = findFirst(avatar, 'a[href*="/client/"]');
  const id = /\/client\/([A-Za-z0-9_-]+)/.exec(link?.getAttribute('href') ?? '')?.[1];
  if (id) client.id = id;
  const name = lineOf(findFirstOf(avatar, ['.c-avatar__note', '.p-search-job-media__avatar-note']));
  if (name) client.name = name;
  for (const note of findAll(avatar, '.c-avatar__subnote', 10)) {
    const text = lineOf(note);
    if (text.startsWith('発注')) client.ordersPosted = toCount(text);
    else if (text.startsWith('評価')) client.rating = toNumber(text);
  }
  // The badge marks a 認証済み client; its absence is not proof of the opposite.
  if (findFirst(avatar, '.is-verified')) client.identityVerified = true;
  return Object.keys(client).length > 0 ? client : undefined;
}

function readCard(card: Element, base: URL): ListingCard | null {
  const link = findFirstOf(card, ['a.p-search-job-media__title', 'a.c-media__title', 'a[href*="/work/detail/"]']);
  const target = cardTarget(card, link, base);
  // NEW / 急募 / 限定公開 tags sit inside the title link.
  const title = lineOf(link, { skip: (element) => element.matches('ul, li') });
  if (!target || !title) return null;
  const result: ListingCard = { ...target, title };
  const pay = lineOf(findFirst(card, '.p-search-job-media__price'));
  if (pay) result.pay = pay;
  const description = findFirstOf(card, ['.js-job-show-description', '.c-media__description']);
  const digest = textOf(description, { whitespace: 'pre-line', maxChars: 2_000 });
  if (digest) result.digest = digest;
  const client = cardClient(card);
  if (client) result.client = client;
  return result;
}

/** All cards of a Lancers search page, in page order (a job shown twice gives two cards). */
export function extractLancersCards(context: ExtractContext): ListingCard[] {
  const cards: ListingCard[] = [];
  for (const element of findAll(context.doc, '.p-search-job-media', MAX_CARDS)) {
    const card = readCard(element, context.url);
    if (card) cards.push(card);
  }
  if (cards.length > 0) return cards;
  return cardsFromLinks(context.doc, {
    linkSelector: 'a[href*="/work/detail/"]',
    jobIdOf: lancersJobIdOf,
    baseUrl: context.url,
  });
}
