/**
 * The JSONL output lines (the stable contract in scripts/scan.ts):
 *   text input: {"id", "findings": [{…, "evidence": [{"text", "start", "end"}]}]} with offsets
 *     into the input text (fact evidence, which has no offsets there, is left out);
 *   page input: {"id", "page": {"site", "kind", "missing"}, "findings", "cards"?} with evidence
 *     {"text", "source", "start", "end"}: offsets into the named text of the page
 *     ("job.description", "message:3", "card:<jobId>:title"…) or "fact:…" for a page fact;
 *   both: "notices" when the analysis has something to say about itself (text cut at the
 *     size cap, a rule that failed).
 */
import type { AnalysisNotice, Finding } from '../../utils/findings';
import type { PageAnalysis } from './analyze-page';

/** Source id of a scanned text input; evidence offsets refer to it. */
export const TEXT_SOURCE_ID = 'input';

function withNotices<T extends object>(line: T, notices: readonly AnalysisNotice[]): T & { notices?: AnalysisNotice[] } {
  return notices.length > 0 ? { ...line, notices: [...notices] } : line;
}

/** A finding as an output line writes it, with its evidence shaped by the caller. */
function findingOutput(finding: Finding, evidence: readonly object[]) {
  return { ruleId: finding.ruleId, category: finding.category, severity: finding.severity, evidence };
}

export function textOutput(id: unknown, analysis: PageAnalysis) {
  const findings = analysis.findings.map((f) =>
    findingOutput(
      f,
      f.evidence.filter((e) => e.source === TEXT_SOURCE_ID).map((e) => ({ text: e.text, start: e.start, end: e.end })),
    ),
  );
  return withNotices({ id, findings }, analysis.notices);
}

function pageFindings(findings: readonly Finding[]) {
  return findings.map((f) => findingOutput(f, f.evidence.map((e) => ({ text: e.text, source: e.source, start: e.start, end: e.end }))));
}

export function pageOutput(id: unknown, analysis: PageAnalysis) {
  const { site, kind, missing } = analysis.facts;
  const line = { id, page: { site, kind, missing }, findings: pageFindings(analysis.findings) };
  const cards = analysis.cards?.map(({ card, findings }) => ({ jobId: card.jobId, url: card.url, findings: pageFindings(findings) }));
  return withNotices(cards ? { ...line, cards } : line, analysis.notices);
}
