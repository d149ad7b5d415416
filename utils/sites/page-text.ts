/**
 * Page-level readers shared by the adapters: the main content area, headed sections found
 * by their heading text, and JobPosting data from JSON-LD.
 */
import { findAll, findFirst, findFirstOf } from './dom/query';
import { lineOf, textOf, type TextOptions } from './dom/text';

/** The page's main content element (`main`, `[role=main]`, else `body`). */
export function mainElement(doc: Document): Element | null {
  return findFirstOf(doc, ['main', '[role="main"]', 'body']) ?? doc.documentElement;
}

/**
 * The document's <title> text. Read through the bounded lookup: `document.title` is
 * computed recursively by some DOM implementations.
 */
export function pageTitle(doc: Document): string {
  return lineOf(findFirst(doc, 'title'));
}

/** The main content's text, bounded (see dom/text.ts). */
export function mainText(doc: Document, options: TextOptions = {}): string {
  return textOf(mainElement(doc), options);
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', '.cw-sub_head'];

/**
 * The section introduced by a heading whose text contains `title`: the heading's closest
 * `section`, else its parent. Null when no heading has that text.
 */
export function sectionByHeading(doc: Document | Element, title: string): Element | null {
  for (const selector of HEADINGS) {
    for (const heading of findAll(doc, selector, 200)) {
      if (!lineOf(heading).replace(/\s+/g, '').includes(title)) continue;
      let node: Element | null = heading.parentElement;
      for (let level = 0; node && level < 4; level += 1) {
        if (node.tagName.toUpperCase() === 'SECTION') return node;
        node = node.parentElement;
      }
      return heading.parentElement;
    }
  }
  return null;
}

/** Plain text of an HTML fragment held in a string (JSON-LD descriptions), without a DOM. */
export function htmlFragmentToText(html: string): string {
  return html
    .slice(0, 200_000)
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|div|li|h[1-6])>/gi, '\n')
    .replace(/<[^<>]*>/g, '')
    .replace(/&(?:quot|#39|lt|gt|nbsp|amp);/g, (e) => ({ '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>', '&nbsp;': ' ', '&amp;': '&' })[e] ?? e)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The first JSON-LD object of the given @type (also inside arrays and @graph). */
export function jsonLdOfType(doc: Document, type: string): Record<string, unknown> | null {
  for (const script of findAll(doc, 'script[type="application/ld+json"]', 20)) {
    const raw = script.textContent ?? '';
    if (raw.length > 1_000_000) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      continue;
    }
    const queue: unknown[] = [parsed];
    for (let i = 0; i < queue.length && i < 200; i += 1) {
      const item = queue[i];
      if (Array.isArray(item)) queue.push(...item.slice(0, 50));
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        const itemType = record['@type'];
        if (itemType === type || (Array.isArray(itemType) && itemType.includes(type))) return record;
        if (Array.isArray(record['@graph'])) queue.push(record['@graph']);
      }
    }
  }
  return null;
}
