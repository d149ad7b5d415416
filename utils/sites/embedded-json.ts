/**
 * JSON that CrowdWorks embeds in `data` attributes (PAGES.md §1, confidence A/B):
 * `#vue-container[data]` on listings and employer pages, and
 * `#client_detail_information_container[data]` on job pages.
 *
 * The site's Vue app may replace `#vue-container` once it mounts, so the content script
 * captures these attributes at document_start (`captureEmbeddedJson`) and passes the
 * strings to `extractPageFacts`; without a capture they are read from the live DOM.
 */
import { byId } from './dom/query';

/** Element ids whose `data` attribute holds JSON. */
export const EMBEDDED_JSON_IDS = ['vue-container', 'client_detail_information_container'] as const;
export type EmbeddedJsonId = (typeof EMBEDDED_JSON_IDS)[number];

/** Larger attributes are ignored: a real listing holds ~100 KB. */
export const MAX_EMBEDDED_JSON_CHARS = 8_000_000;

/**
 * Reads the `data` attribute of every embedded-JSON element present, by element id (all of
 * them, or only `ids`: a caller that already holds one need not copy its 100 KB again).
 */
export function captureEmbeddedJson(doc: Document, ids: readonly EmbeddedJsonId[] = EMBEDDED_JSON_IDS): Record<string, string> {
  const captured: Record<string, string> = {};
  for (const id of ids) {
    const raw = byId(doc, id)?.getAttribute('data');
    if (raw && raw.length <= MAX_EMBEDDED_JSON_CHARS) captured[id] = raw;
  }
  return captured;
}

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    // A capture taken from page source (not from getAttribute) still has its HTML escapes.
    try {
      return JSON.parse(raw.replace(/&(?:quot|#39|#x27|lt|gt|amp);/g, (e) => ENTITIES[e] ?? e)) as unknown;
    } catch {
      return undefined;
    }
  }
}

/**
 * The parsed JSON of one embedded element: from `captured` when given, else from the DOM.
 * undefined when absent, too large or not JSON.
 */
export function readEmbeddedJson(
  doc: Document,
  id: EmbeddedJsonId,
  captured?: Record<string, string>,
): unknown {
  const raw = captured?.[id] ?? byId(doc, id)?.getAttribute('data') ?? null;
  if (!raw || raw.length > MAX_EMBEDDED_JSON_CHARS) return undefined;
  return parseJson(raw);
}
