/**
 * One page view in the content script: read the page into facts, have the background
 * analyse them, and draw the verdict on the page. A pass runs on load and again when the
 * page's content changes (new messages, more cards); the content script makes a new view on
 * single-page navigation and disposes of the old one.
 *
 *   pass ─► extractPageFacts ─► background (engine, rules, report) ─► verdict
 *                                                                      └► notice, highlights, card badges
 */
import { extractPageFacts } from '../sites';
import type { PageFacts } from '../facts';
import type { Evidence, Finding } from '../findings';
import type { PageVerdict } from '../messages';
import { mountNotice, type NoticeHandle } from '../page-ui/notice';
import { createHighlighter } from '../page-ui/highlights';
import { BADGE_TAG, placeCardBadge } from '../page-ui/card-badges';
import { indexText, locatePhrase, type TextIndex } from '../page-ui/text-locator';
import { inFrames } from './frame-scheduler';

/** Our own elements on the page: never indexed, never a reason to re-analyse. */
export const OWN_TAGS = new Set([BADGE_TAG.toUpperCase(), 'OMAMORI-NOTICE']);
export const isOwnElement = (el: Element): boolean => OWN_TAGS.has(el.tagName) || el.matches('style[data-omamori]');

/** Time per animation frame spent placing card badges on long listings. */
const BADGE_FRAME_BUDGET_MS = 8;

export interface PageViewOptions {
  doc: Document;
  url: string;
  capturedJson?: Record<string, string>;
  /** Sends the facts to the background; resolves to its verdict (null when it gave none). */
  analyze(facts: PageFacts): Promise<PageVerdict | null>;
  openSidePanel(): void;
  now?: () => Date;
}

export interface PageView {
  /** Reads the page and, when anything changed (or `force`), has it analysed again. */
  pass(force?: boolean): Promise<void>;
  reveal(evidence: Pick<Evidence, 'source' | 'start' | 'end'>): boolean;
  dispose(): void;
}

export function createPageView(options: PageViewOptions): PageView {
  const { doc, url } = options;
  const now = options.now ?? (() => new Date());
  const highlighter = createHighlighter(doc);
  let notice: NoticeHandle | null = null;
  let stopBadges: (() => void) | null = null;
  let shown: { facts: PageFacts; findings: Finding[] } | null = null;
  let shownCards: { facts: PageFacts; cards: PageVerdict['cards'] } | null = null;
  let lastSignature = '';
  let sequence = 0;
  let disposed = false;

  const pageIndex = (): TextIndex => indexText(doc.body ?? doc.documentElement, isOwnElement);

  const showCards = (facts: PageFacts, cards: PageVerdict['cards']) => {
    const anchors = titleAnchors(doc, url);
    stopBadges?.();
    stopBadges = inFrames(
      facts.cards,
      (card) => {
        const anchor = anchors.get(pathOf(card.url, url));
        if (anchor) placeCardBadge(anchor, cards[card.jobId] ?? []);
      },
      BADGE_FRAME_BUDGET_MS,
      doc.defaultView ?? window,
    );
  };

  const showFindings = (facts: PageFacts, findings: Finding[]) => {
    notice ??= mountNotice(doc, options.openSidePanel);
    notice.update(findings);
    const index = pageIndex();
    const ranges: { range: Range; severity: Finding['severity'] }[] = [];
    for (const finding of findings) {
      for (const evidence of finding.evidence) {
        const range = rangeOf(facts, evidence, index);
        if (range) ranges.push({ range, severity: finding.severity });
      }
    }
    highlighter.show(ranges);
  };

  return {
    async pass(force = false) {
      const facts = extractPageFacts(doc, url, { capturedJson: options.capturedJson, now: now() });
      if (!facts) return;
      // Re-analyse only when what we read changed (a pass also runs on unrelated DOM churn).
      const signature = signatureOf(facts);
      if (!force && signature === lastSignature) {
        // The site's app may render the cards (their links) after we read its JSON.
        if (shownCards) showCards(shownCards.facts, shownCards.cards);
        return;
      }
      lastSignature = signature;
      const mine = ++sequence;
      const verdict = await options.analyze(facts);
      // A newer pass (or the end of this view) makes this answer stale.
      if (!verdict || disposed || mine !== sequence) return;
      if (facts.kind === 'job-list') {
        shownCards = { facts, cards: verdict.cards };
        showCards(facts, verdict.cards);
        return;
      }
      shown = { facts, findings: verdict.visible };
      showFindings(facts, verdict.visible);
    },
    reveal(target) {
      if (!shown) return false;
      const evidence = shown.findings
        .flatMap((f) => f.evidence)
        .find((e) => e.source === target.source && e.start === target.start && e.end === target.end);
      const range = evidence ? rangeOf(shown.facts, evidence, pageIndex()) : null;
      if (!range) return false;
      highlighter.flash(range);
      return true;
    },
    dispose() {
      disposed = true;
      stopBadges?.();
      notice?.remove();
      highlighter.clear();
      for (const badge of doc.querySelectorAll(BADGE_TAG)) badge.remove();
    },
  };
}

/** A cheap fingerprint of the facts that matter for analysis. */
function signatureOf(facts: PageFacts): string {
  let length = 0;
  for (const t of facts.texts) length += t.text.length;
  for (const c of facts.cards) length += c.title.length + (c.digest?.length ?? 0);
  return [
    facts.kind,
    facts.texts.length,
    length,
    facts.cards.length,
    facts.cards.at(-1)?.jobId ?? '',
    facts.messages.length,
    JSON.stringify(facts.client ?? null),
    JSON.stringify(facts.contract ?? null),
  ].join('|');
}

/**
 * Where an evidence phrase stands on the page. The phrase may occur more than once, so count
 * the occurrences in the texts read before it (texts are in page order) and take that one.
 */
function rangeOf(facts: PageFacts, evidence: Evidence, index: TextIndex): Range | null {
  if (evidence.source.startsWith('fact:')) return null;
  const phrase = evidence.text.replace(/\s+/g, '');
  if (!phrase) return null;
  let occurrence = 0;
  for (const source of facts.texts) {
    const text = source.id === evidence.source ? source.text.slice(0, evidence.start) : source.text;
    occurrence += countOccurrences(text.replace(/\s+/g, ''), phrase);
    if (source.id === evidence.source) break;
  }
  return locatePhrase(index, evidence.text, occurrence);
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

function pathOf(href: string, base: string): string {
  try {
    return new URL(href, base).pathname.replace(/\/$/, '');
  } catch {
    return href;
  }
}

/** The first link with text for each path on the page: a card's title link. */
function titleAnchors(doc: Document, base: string): Map<string, Element> {
  const anchors = new Map<string, Element>();
  for (const a of doc.querySelectorAll('a[href]')) {
    const path = pathOf(a.getAttribute('href') ?? '', base);
    if (!anchors.has(path) && a.textContent?.trim()) anchors.set(path, a);
  }
  return anchors;
}
