/**
 * Reads a saved page (HTML text + the URL it was served at) into PageFacts, in Node: the same
 * adapters the content script runs, over a happy-dom Document that runs no page script and
 * loads nothing (no scripts, stylesheets, iframes or images), so a hostile file can do no
 * more than be slow to parse, and its size is capped first. A saved page still holds its
 * embedded JSON (`#vue-container[data]`), so no document_start capture is needed here.
 */
import { Window } from 'happy-dom';
import type { PageFacts } from '../../utils/facts';
import { extractOtherListing, extractPageFacts, otherSiteOf } from '../../utils/sites';

/** Larger files are refused: a real listing page is about 100 KB, a long thread a few MB. */
export const MAX_HTML_CHARS = 20_000_000;

export type HtmlPageResult = { ok: true; facts: PageFacts } | { ok: false; error: string };

let parserWindow: Window | null = null;

/** A Document parsed from HTML text, in a window that runs and loads nothing. */
export function parseSavedPage(html: string): Document {
  parserWindow ??= new Window({
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  return new parserWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Frees the parser's window; call once when done (it is re-created if needed again). */
export async function closeHtmlParser(): Promise<void> {
  const window = parserWindow;
  parserWindow = null;
  await window?.happyDOM.close();
}

function validUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The facts of a page, or why it cannot be read: a URL that is not one, a site Omamori does
 * not analyse (Coconala and Craudia listings are recognised, and the message says so), a file
 * over the size cap. `now` is the moment relative dates on the page ("3日前") count from.
 */
export function readHtmlPage(html: string, url: string, now: Date): HtmlPageResult {
  const parsed = validUrl(url);
  if (!parsed) return { ok: false, error: `url: not a URL (${url.slice(0, 200)})` };
  if (html.length > MAX_HTML_CHARS) {
    return { ok: false, error: `html: ${html.length} chars, over the limit of ${MAX_HTML_CHARS}` };
  }
  const other = otherSiteOf(url);
  if (other) {
    const listing = extractOtherListing(parseSavedPage(html), url);
    const recognised = listing ? `a ${other} listing with ${listing.cards.length} cards` : `a ${other} page`;
    return { ok: false, error: `url: recognised as ${recognised}, but only crowdworks.jp and www.lancers.jp are analysed` };
  }
  const facts = extractPageFacts(parseSavedPage(html), url, { now });
  if (!facts) {
    return { ok: false, error: `url: ${parsed.host} is not a supported site (crowdworks.jp, www.lancers.jp over https)` };
  }
  return { ok: true, facts };
}
