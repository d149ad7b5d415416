/**
 * Listing cards found from job links alone, for when a site's card markup or embedded data
 * is missing: each link to a job becomes one card, whose element is the largest ancestor
 * holding links to that job only. Title from the link, pay from the first line with 円,
 * digest from the rest of the card's text.
 */
import type { ListingCard } from '../facts';
import { MAX_CARDS } from './draft';
import { findAll } from './dom/query';
import { lineOf, textOf } from './dom/text';

export interface LinkCardOptions {
  /** Compound selector of job links, e.g. `a[href*="/work/detail/"]`. */
  linkSelector: string;
  /** The job id a link points to, or null when it is not a job link. */
  jobIdOf: (url: URL) => string | null;
  /** The page URL, to resolve relative links. */
  baseUrl: URL;
}

const MAX_CLIMB = 8;

function resolve(link: Element, base: URL): URL | null {
  const href = link.getAttribute('href');
  if (!href) return null;
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

function cardElement(link: Element, jobId: string, options: LinkCardOptions): Element {
  let card: Element = link;
  for (let level = 0; level < MAX_CLIMB; level += 1) {
    const parent = card.parentElement;
    if (!parent || /^(BODY|HTML|MAIN)$/i.test(parent.tagName)) break;
    const others = findAll(parent, options.linkSelector, 50).some((other) => {
      const url = resolve(other, options.baseUrl);
      const id = url ? options.jobIdOf(url) : null;
      return id !== null && id !== jobId;
    });
    if (others) break;
    card = parent;
  }
  return card;
}

/** Cards from job links under `root`, in page order (see the module comment). */
export function cardsFromLinks(root: Document | Element | null, options: LinkCardOptions): ListingCard[] {
  if (!root) return [];
  const cards: ListingCard[] = [];
  let lastCard: Element | null = null;
  for (const link of findAll(root, options.linkSelector, MAX_CARDS * 3)) {
    if (cards.length >= MAX_CARDS) break;
    const url = resolve(link, options.baseUrl);
    const jobId = url ? options.jobIdOf(url) : null;
    const title = lineOf(link);
    if (!url || !jobId || !title) continue;
    // A second link to the same job inside the card just read ("詳細を見る") is not a new card.
    if (lastCard && lastCard.contains(link)) continue;
    const element = cardElement(link, jobId, options);
    lastCard = element;
    const lines = textOf(element, { whitespace: 'normal' }).split('\n').map((line) => line.trim());
    const pay = lines.find((line) => line !== title && /\d[\d,]*\s*(?:千|万)?\s*円/.test(line) && line.length <= 80);
    const digest = lines
      .filter((line) => line && line !== title && line !== pay)
      .join('\n')
      .slice(0, 300);
    const card: ListingCard = { jobId, url: url.href, title };
    if (digest) card.digest = digest;
    if (pay) card.pay = pay;
    cards.push(card);
  }
  return cards;
}
