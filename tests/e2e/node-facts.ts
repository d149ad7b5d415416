/**
 * The facts the content script reads from a routed page, computed in Node with the same
 * adapters (happy-dom, no page script run). E2E tests use them to know which texts a page
 * holds without asking the extension.
 */
import { Window } from 'happy-dom';
import type { PageFacts } from '@/utils/facts';
import { extractPageFacts } from '@/utils/sites';
import type { RoutedPage } from './harness';

export function nodeFactsOf(routed: RoutedPage, now = new Date()): PageFacts {
  const html = typeof routed.html === 'function' ? routed.html() : routed.html;
  const win = new Window({ url: routed.url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  win.document.write(html);
  const facts = extractPageFacts(win.document as unknown as Document, routed.url, { now });
  if (!facts) throw new Error(`no facts for ${routed.url}`);
  return facts;
}

/** The texts a page's users wrote: message bodies, job descriptions and listing digests. */
export function writtenTexts(facts: PageFacts): string[] {
  const texts = facts.texts.filter((t) => t.kind === 'message' || t.id === 'job.description').map((t) => t.text);
  for (const card of facts.cards) if (card.digest) texts.push(card.digest);
  return texts;
}
