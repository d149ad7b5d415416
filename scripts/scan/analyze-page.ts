/**
 * The analysis the extension shows for a page, without the browser: page findings on job,
 * client, contract and message pages; each card's findings on listings (the side panel's
 * list is every card's findings, most severe first). No user settings: defaults, no
 * blocklist, nothing dismissed.
 */
import { listingFindings } from '../../utils/analysis/analyze-for-tab';
import { analyze, analyzeCards } from '../../utils/engine/analyze';
import type { RuleSpec } from '../../utils/engine/rule-schema';
import type { ListingCard, PageFacts } from '../../utils/facts';
import type { AnalysisNotice, Finding } from '../../utils/findings';
import { DEFAULT_SETTINGS } from '../../utils/settings-schema';

export interface CardAnalysis {
  card: ListingCard;
  findings: Finding[];
}

export interface PageAnalysis {
  facts: PageFacts;
  /** Everything found on the page; on listings, every card's findings. */
  findings: Finding[];
  /** Listings only: every card in page order, with its findings (empty when clean). */
  cards: CardAnalysis[] | null;
  notices: AnalysisNotice[];
}

export function analyzePage(facts: PageFacts, rules: readonly RuleSpec[], now: Date): PageAnalysis {
  if (facts.kind !== 'job-list') {
    const { findings, notices } = analyze(facts, rules, DEFAULT_SETTINGS, now);
    return { facts, findings, cards: null, notices };
  }
  const notices: AnalysisNotice[] = [];
  const byJob = analyzeCards(facts, rules, DEFAULT_SETTINGS, now, { notices });
  const cards = facts.cards.map((card) => ({ card, findings: byJob.get(card.jobId) ?? [] }));
  // A job shown twice (e.g. in a paid slot and in the list) is counted once.
  return { facts, findings: listingFindings(byJob.values()), cards, notices };
}
