/**
 * Other crowdsourcing sites — Coconala (coconala.com) and Craudia (www.craudia.com). They
 * are not supported for analysis, so PageFacts' site enum does not name them; this module
 * only recognises their listing pages and reads their cards, through functions separate
 * from `pageKindOf` / `extractPageFacts`.
 */
import type { ListingCard, PageKind } from '../../facts';
import { kindFromDetectors, type KindDetector } from '../types';
import { COCONALA_DETECTORS, extractCoconalaCards } from './coconala';
import { CRAUDIA_DETECTORS, extractCraudiaCards } from './craudia';

export const OTHER_SITES = ['coconala', 'craudia'] as const;
export type OtherSite = (typeof OTHER_SITES)[number];

const HOSTS: Record<string, OtherSite> = { 'coconala.com': 'coconala', 'www.craudia.com': 'craudia' };
const DETECTORS: Record<OtherSite, readonly KindDetector[]> = { coconala: COCONALA_DETECTORS, craudia: CRAUDIA_DETECTORS };
const CARD_READERS: Record<OtherSite, (doc: Document) => ListingCard[]> = {
  coconala: extractCoconalaCards,
  craudia: extractCraudiaCards,
};

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Which unsupported-but-recognised site a URL belongs to, or null. */
export function otherSiteOf(url: string): OtherSite | null {
  const parsed = parse(url);
  return parsed ? (HOSTS[parsed.host] ?? null) : null;
}

/** Site and page kind of a Coconala or Craudia URL, or null for any other URL. */
export function otherPageKindOf(url: string): { site: OtherSite; kind: PageKind } | null {
  const parsed = parse(url);
  const site = parsed ? HOSTS[parsed.host] : undefined;
  if (!parsed || !site) return null;
  return { site, kind: kindFromDetectors(DETECTORS[site], parsed) };
}

/** A recognised listing of another site and its cards. */
export interface OtherListing {
  site: OtherSite;
  kind: 'job-list';
  cards: ListingCard[];
}

/** Reads a Coconala or Craudia listing; null when the URL is not one. Never throws. */
export function extractOtherListing(doc: Document, url: string): OtherListing | null {
  const page = otherPageKindOf(url);
  if (!page || page.kind !== 'job-list') return null;
  try {
    return { site: page.site, kind: 'job-list', cards: CARD_READERS[page.site](doc) };
  } catch {
    return { site: page.site, kind: 'job-list', cards: [] };
  }
}

export { COCONALA_DETECTORS, CRAUDIA_DETECTORS };
