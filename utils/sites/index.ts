/**
 * Site adapters: from a page (URL + DOM) to PageFacts. The rest of the extension calls only
 * this module; each site's selectors stay in its own folder (crowdworks/, lancers/).
 *
 *   URL ─► pageKindOf ─► { site, kind }
 *   DOM + URL (+ JSON captured at document_start) ─► extractPageFacts ─► PageFacts
 *
 * Coconala and Craudia listings are recognised by the separate functions of other/.
 */
import type { PageFacts, PageKind, Site } from '../facts';
import { crowdworksAdapter } from './crowdworks';
import { emptyDraft, finishFacts } from './draft';
import { lancersAdapter } from './lancers';
import { siteOf } from './site-of';
import { kindFromDetectors, type ExtractContext, type SiteAdapter } from './types';

export { captureEmbeddedJson, EMBEDDED_JSON_IDS } from './embedded-json';
export { parseSiteDate, toJstIso } from './dates';
export { siteOf } from './site-of';
export { extractOtherListing, otherPageKindOf, otherSiteOf, OTHER_SITES, type OtherListing, type OtherSite } from './other';

const ADAPTERS: Record<Site, SiteAdapter> = { crowdworks: crowdworksAdapter, lancers: lancersAdapter };

/** The adapter of a supported site (its detectors are what the URL tests cross-check). */
export function adapterOf(site: Site): SiteAdapter {
  return ADAPTERS[site];
}

/**
 * Site and page kind of a URL: null when the URL is not on CrowdWorks or Lancers; kind
 * 'other' for pages of those sites that are not analysed.
 */
export function pageKindOf(url: string): { site: Site; kind: PageKind } | null {
  const site = siteOf(url);
  if (!site) return null;
  return { site, kind: kindFromDetectors(ADAPTERS[site].detectors, new URL(url)) };
}

export interface ExtractOptions {
  /** `captureEmbeddedJson(document)` taken at document_start, before the site's app replaces it. */
  capturedJson?: Record<string, string>;
  /** The moment relative dates ("3日前") count from; defaults to now. */
  now?: Date;
}

/**
 * Reads a CrowdWorks or Lancers page into PageFacts: what it found, plus `missing` naming
 * the facts it looked for and could not read. Never throws; returns null only when the URL
 * is not on a supported site (see `extractOtherListing` for Coconala and Craudia).
 */
export function extractPageFacts(doc: Document, url: string, options: ExtractOptions = {}): PageFacts | null {
  const page = pageKindOf(url);
  if (!page) return null;
  const draft = emptyDraft();
  const context: ExtractContext = { doc, url: new URL(url), now: options.now ?? new Date(), captured: options.capturedJson };
  try {
    ADAPTERS[page.site].extract(context, page.kind, draft);
  } catch {
    // An unexpected page shape: keep whatever was read and say the page was only partly read.
    draft.missing.push('page');
  }
  return finishFacts(page.site, page.kind, url, draft);
}
