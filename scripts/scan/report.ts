/**
 * The human-readable report (Japanese first, English second): each finding with its guidance
 * title, rule id and evidence shown in its context.
 */
import { cardTexts } from '../../utils/engine/analyze';
import type { RuleGuidance } from '../../utils/engine/rule-schema';
import type { PageFacts } from '../../utils/facts';
import type { AnalysisNotice, Evidence, Finding } from '../../utils/findings';
import type { PageAnalysis } from './analyze-page';
import { TEXT_SOURCE_ID } from './output';

type Guidance = Readonly<Record<string, RuleGuidance>>;

const SEVERITY_LABEL = { danger: '危険 danger', warning: '注意 warning', info: '参考 info' } as const;

/** 1-based line and column of an offset, for people. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The evidence with some text around it, on one line. */
function inContext(text: string, start: number, end: number): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const before = flat(text.slice(Math.max(0, start - 20), start));
  const after = flat(text.slice(end, end + 20));
  return `…${before}【${flat(text.slice(start, end))}】${after}…`;
}

/** The original texts of a page by source id: its texts and its cards' titles and digests. */
function sourceTexts(facts: PageFacts): Map<string, string> {
  return new Map([...facts.texts, ...facts.cards.flatMap(cardTexts)].map((source) => [source.id, source.text]));
}

function evidenceLines(evidence: Evidence, text: string | undefined, showSource: boolean): string[] {
  if (evidence.source.startsWith('fact:')) return [`根拠 evidence: ${evidence.source.slice('fact:'.length)} = ${evidence.text}`];
  if (text === undefined) return [`根拠 evidence: 「${evidence.text}」 (${evidence.source})`];
  const { line, column } = lineAndColumn(text, evidence.start);
  const where = `${line}行目 ${column}文字目 (line ${line}, column ${column}${showSource ? ` of ${evidence.source}` : ''})`;
  return [`根拠 evidence: 「${evidence.text}」 ${where}`, `  ${inContext(text, evidence.start, evidence.end)}`];
}

function findingLines(findings: readonly Finding[], guidance: Guidance, textOf: (source: string) => string | undefined, showSource: boolean, indent: string): string[] {
  const out: string[] = [];
  findings.forEach((finding, i) => {
    const title = guidance[finding.ruleId]?.ja.title ?? '(ガイダンスなし no guidance)';
    out.push('', `${indent}${i + 1}. [${SEVERITY_LABEL[finding.severity]}] ${title}`, `${indent}   ルール rule: ${finding.ruleId}`);
    for (const evidence of finding.evidence) {
      for (const line of evidenceLines(evidence, textOf(evidence.source), showSource)) out.push(`${indent}   ${line}`);
    }
  });
  return out;
}

function countLine(count: number): string {
  return count === 0 ? '見つかったリスクはありません (no findings)' : `${count} 件のリスクが見つかりました (${count} finding${count === 1 ? '' : 's'})`;
}

function noticeLines(notices: readonly AnalysisNotice[]): string[] {
  return notices.map((notice) => `\nお知らせ notice: ${notice.code}${notice.detail ? ` — ${notice.detail}` : ''}`);
}

/** Report on a text file checked as one kind of text. */
export function textReport(file: string, text: string, analysis: PageAnalysis, textKind: string, guidance: Guidance): string {
  const { site, kind } = analysis.facts;
  return [
    `${file}: ${site} / ${kind} として確認 (checked as ${textKind} text, ${text.length} 文字 chars)`,
    countLine(analysis.findings.length),
    ...findingLines(analysis.findings, guidance, (source) => (source === TEXT_SOURCE_ID ? text : undefined), false, ''),
    ...noticeLines(analysis.notices),
  ].join('\n');
}

/** Report on a saved page: what was recognised, what could not be read, findings (per card on listings). */
export function pageReport(file: string, analysis: PageAnalysis, guidance: Guidance): string {
  const { facts } = analysis;
  const out = [`${file}: ${facts.site} / ${facts.kind} のページとして確認 (read as a ${facts.site} ${facts.kind} page, ${facts.url})`];
  if (facts.missing.length > 0) out.push(`一部読み取れませんでした (page partly recognised; not read): ${facts.missing.join(', ')}`);
  const texts = sourceTexts(facts);
  const textOf = (source: string) => texts.get(source);
  if (analysis.cards) {
    const risky = analysis.cards.filter((c) => c.findings.length > 0);
    out.push(`${analysis.cards.length} 件中 ${risky.length} 件の仕事にリスク (${risky.length} of ${analysis.cards.length} cards with findings)`);
    for (const { card, findings } of risky) {
      out.push('', `■ ${card.title} (${card.jobId}) ${card.url}`, ...findingLines(findings, guidance, textOf, true, '  '));
    }
  } else {
    out.push(countLine(analysis.findings.length), ...findingLines(analysis.findings, guidance, textOf, true, ''));
  }
  out.push(...noticeLines(analysis.notices));
  return out.join('\n');
}
