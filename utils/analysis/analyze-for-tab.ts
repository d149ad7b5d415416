/**
 * The analysis of one page for one tab, as the background runs it: the rule engine over the
 * page's facts, the user's blocklist, and the user's dismissals. Pure (no browser API), so it
 * runs the same in tests.
 *
 * The engine and the rule set run here, in the background, rather than in the content
 * script: the rules alone weigh more than half the content script's 40 KB budget and grow
 * with every risk we learn about, while the background has no such limit. The content
 * script sends the facts it read and draws what comes back.
 */
import { analyze, analyzeCards } from '../engine/analyze';
import type { RuleSpec } from '../engine/rule-schema';
import type { PageFacts } from '../facts';
import type { AnalysisNotice, Finding } from '../findings';
import type { TabReport } from '../messages';
import { SEVERITY_RANK } from '../severity';
import type { ContentSettings } from '../storage/content-view';
import { dismissalKey } from '../storage/keys';
import { blockedClientFinding } from './blocked-client';
import { buildReport, subjectIdOf } from './build-report';

export interface TabAnalysis {
  /** What the side panel and popup read (all findings, dismissed ones marked). */
  report: TabReport;
  /** What the page shows: findings not dismissed by the user. */
  visible: Finding[];
  /** Listing pages: each card's findings (with the blocklist applied), by job id. */
  cards: Record<string, Finding[]>;
}

/**
 * A listing's findings as one list, most severe first: every job's findings (one entry per
 * job), told apart by their evidence sources (card:<id>:title).
 */
export function listingFindings(perJob: Iterable<readonly Finding[]>): Finding[] {
  return [...perJob].flat().sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
}

export function analyzeForTab(
  facts: PageFacts,
  rules: readonly RuleSpec[],
  user: ContentSettings,
  now: Date,
): TabAnalysis {
  if (facts.kind === 'job-list') {
    const notices: AnalysisNotice[] = [];
    const byJob = analyzeCards(facts, rules, user.settings, now, { notices });
    const cards: Record<string, Finding[]> = {};
    for (const card of facts.cards) {
      const findings = [...(byJob.get(card.jobId) ?? [])];
      const blocked = blockedClientFinding(facts.site, card.client, user.blockedClients);
      if (blocked) findings.unshift(blocked);
      if (findings.length > 0) cards[card.jobId] = findings;
    }
    return { report: buildReport(facts, listingFindings(Object.values(cards)), notices, [], now.getTime()), visible: [], cards };
  }
  const { findings, notices } = analyze(facts, rules, user.settings, now);
  const blocked = blockedClientFinding(facts.site, facts.client, user.blockedClients);
  if (blocked) findings.unshift(blocked);
  const subject = subjectIdOf(facts);
  const dismissed = new Set(
    subject ? findings.filter((f) => user.dismissed.has(dismissalKey(facts.site, subject, f.ruleId))).map((f) => f.ruleId) : [],
  );
  return {
    report: buildReport(facts, findings, notices, [...dismissed], now.getTime()),
    visible: findings.filter((f) => !dismissed.has(f.ruleId)),
    cards: {},
  };
}
