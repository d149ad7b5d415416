/**
 * The rule engine's entry points: `analyze` for a page and `analyzeCards` for the cards of a
 * job listing. Both are pure and deterministic — same facts, rules, settings and clock, same
 * findings — and neither throws: a rule that fails is skipped and reported as a notice.
 */
import type { ListingCard, PageFacts, TextSource } from '../facts';
import type { AnalysisNotice, Finding } from '../findings';
import type { Settings } from '../settings-schema';
import { SEVERITY_RANK, type Severity } from '../severity';
import { compileRules, type CompiledRule, type CompiledRuleSet } from './compile';
import { evaluate, type EvaluationContext, type EvidenceRef } from './evaluate';
import { finalizeEvidence, type PlacedEvidence } from './evidence';
import { MAX_PAGE_CHARS, MAX_SOURCE_CHARS } from './limits';
import type { RuleSpec } from './rule-schema';
import { scanSources, type PageBudget, type ScannedPage, type SourceInput } from './scan-page';

export interface AnalysisResult {
  findings: Finding[];
  notices: AnalysisNotice[];
}

/** Size caps, normally left at their defaults (limits.ts); the benchmark lifts them to measure growth. */
export interface AnalysisLimits {
  readonly maxSourceChars?: number;
  readonly maxPageChars?: number;
}

/** Options of analyzeCards: its caps, and where to put its notices. */
export interface CardAnalysisOptions extends AnalysisLimits {
  /** Receives the notices (truncation, failing rules), one per kind of problem. */
  readonly notices?: AnalysisNotice[];
}

/** The rules that apply to a page, and the patterns they need (by id). */
interface Applicable {
  readonly rules: readonly CompiledRule[];
  readonly needed: Uint8Array;
}

function selectRules(compiled: CompiledRuleSet, facts: Pick<PageFacts, 'site' | 'kind'>, settings: Settings): Applicable {
  const disabled = new Set(settings.disabledRules ?? []);
  const rules = compiled.rules.filter(
    (rule) => rule.sites.has(facts.site) && rule.pageKinds.has(facts.kind) && !disabled.has(rule.id),
  );
  const needed = new Uint8Array(compiled.patternCount);
  for (const rule of rules) for (const id of rule.patternIds) needed[id] = 1;
  return { rules, needed };
}

interface RankedFinding {
  readonly finding: Finding;
  readonly sourceIndex: number;
  readonly start: number;
}

/** Evaluates one rule; null when it does not fire (or is adjusted to 'off'). */
function runRule(rule: CompiledRule, context: EvaluationContext): RankedFinding | null {
  const outcome = evaluate(rule.when, context);
  if (!outcome.holds) return null;
  let severity: Severity | 'off' = rule.severity;
  const refs: EvidenceRef[] = [...outcome.evidence];
  for (const adjustment of rule.adjust) {
    const adjusted = evaluate(adjustment.when, context);
    if (!adjusted.holds) continue;
    severity = adjustment.severity;
    refs.push(...adjusted.evidence);
    break;
  }
  if (severity === 'off') return null;
  const placed: PlacedEvidence[] = finalizeEvidence(refs);
  const first = placed[0];
  return {
    finding: { ruleId: rule.id, category: rule.category, severity, evidence: placed.map((p) => p.evidence) },
    sourceIndex: first ? first.sourceIndex : Infinity,
    start: first && Number.isFinite(first.sourceIndex) ? first.evidence.start : 0,
  };
}

/** Severity first (danger, warning, info), then where the first evidence is, then rule id. */
function byPriority(a: RankedFinding, b: RankedFinding): number {
  const severity = SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity];
  if (severity !== 0) return severity;
  if (a.sourceIndex !== b.sourceIndex) return a.sourceIndex < b.sourceIndex ? -1 : 1;
  if (a.start !== b.start) return a.start - b.start;
  return a.finding.ruleId < b.finding.ruleId ? -1 : a.finding.ruleId > b.finding.ruleId ? 1 : 0;
}

/** Runs the applicable rules over a scanned page; failing rules become notices. */
function evaluatePage(
  applicable: Applicable,
  facts: PageFacts,
  page: ScannedPage,
  settings: Settings,
  now: Date,
  notices: AnalysisNotice[],
): Finding[] {
  const context: EvaluationContext = { facts, page, settings: settings as unknown as Record<string, unknown>, now };
  const ranked: RankedFinding[] = [];
  for (const rule of applicable.rules) {
    try {
      const result = runRule(rule, context);
      if (result) ranked.push(result);
    } catch (error) {
      notices.push({ code: 'rule-error', detail: `${rule.id}: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return ranked.sort(byPriority).map((r) => r.finding);
}

/** Notices for what scanning could not cover. */
function scanNotices(page: ScannedPage): AnalysisNotice[] {
  const notices: AnalysisNotice[] = [];
  if (page.truncations.length > 0) {
    const listed = page.truncations
      .slice(0, 5)
      .map((t) => `${t.id} ${t.scanned}/${t.total}`)
      .join(', ');
    const more = page.truncations.length > 5 ? ` (+${page.truncations.length - 5})` : '';
    notices.push({
      code: 'text-truncated',
      detail: `長い文章は先頭だけを確認しました (long text: only the beginning was checked): ${listed}${more}`,
    });
  }
  if (page.failedSources.length > 0) {
    notices.push({ code: 'text-error', detail: page.failedSources.slice(0, 5).join(', ') });
  }
  return notices;
}

/** Notices for rules that could not be compiled (they are skipped). */
function compileNotices(compiled: CompiledRuleSet): AnalysisNotice[] {
  return compiled.problems.map((p) => ({ code: 'rule-invalid', detail: `${p.ruleId}: ${p.message}` }));
}

/**
 * Analyses one page: every rule whose sites and page kinds include the page's (and that the
 * user has not switched off) is evaluated over `facts.texts` and the page's facts. Findings
 * come one per rule, ordered by severity then by the position of their first evidence.
 * Text over the caps (per source and per page, see limits.ts; `limits` overrides them) is
 * not scanned; a `text-truncated` notice says so.
 */
export function analyze(
  facts: PageFacts,
  rules: readonly RuleSpec[],
  settings: Settings,
  now: Date,
  limits: AnalysisLimits = {},
): AnalysisResult {
  const compiled = compileRules(rules);
  const applicable = selectRules(compiled, facts, settings);
  if (applicable.rules.length === 0) return { findings: [], notices: compileNotices(compiled) };
  const inputs: SourceInput[] = (facts.texts ?? []).map((t) => ({ id: t.id, kind: t.kind, text: t.text, own: t.own }));
  const page = scanSources(inputs, compiled.matchersFor(applicable.needed), budgetFor(limits));
  const notices = [...compileNotices(compiled), ...scanNotices(page)];
  const findings = evaluatePage(applicable, facts, page, settings, now, notices);
  return { findings, notices };
}

function budgetFor(limits: AnalysisLimits): PageBudget {
  return {
    remaining: limits.maxPageChars ?? MAX_PAGE_CHARS,
    perSource: limits.maxSourceChars ?? MAX_SOURCE_CHARS,
  };
}

/** The small page a listing card stands for: its title and digest, and its client. */
/** The texts of a listing card as the engine scans them; evidence names these ids. */
export function cardTexts(card: ListingCard): TextSource[] {
  const texts: TextSource[] = [{ id: `card:${card.jobId}:title`, kind: 'job', text: card.title }];
  if (card.digest) texts.push({ id: `card:${card.jobId}:digest`, kind: 'job', text: card.digest });
  return texts;
}

function cardFacts(facts: PageFacts, card: ListingCard): PageFacts {
  const texts = cardTexts(card);
  return {
    site: facts.site,
    kind: 'job-list',
    url: card.url,
    client: card.client,
    messages: [],
    texts,
    cards: [],
    missing: [],
  };
}

/**
 * Analyses each listing card as its own small page (kind 'job-list', texts
 * `card:<jobId>:title` and `card:<jobId>:digest`, client = the card's client). Returns an
 * entry for every card (an empty list when nothing was found); a repeated job id is analysed
 * once. All cards share the page's character budget; notices (truncation, failing rules) go
 * to `options.notices` when given.
 */
export function analyzeCards(
  facts: PageFacts,
  rules: readonly RuleSpec[],
  settings: Settings,
  now: Date,
  options: CardAnalysisOptions = {},
): Map<string, Finding[]> {
  const { notices } = options;
  const results = new Map<string, Finding[]>();
  const compiled = compileRules(rules);
  const applicable = selectRules(compiled, { site: facts.site, kind: 'job-list' }, settings);
  const budget = budgetFor(options);
  const matchers = compiled.matchersFor(applicable.needed);
  const collected: AnalysisNotice[] = [];
  const truncated: ScannedPage['truncations'][number][] = [];
  for (const card of facts.cards ?? []) {
    if (results.has(card.jobId)) continue;
    if (applicable.rules.length === 0) {
      results.set(card.jobId, []);
      continue;
    }
    const small = cardFacts(facts, card);
    const page = scanSources(small.texts, matchers, budget);
    truncated.push(...page.truncations);
    results.set(card.jobId, evaluatePage(applicable, small, page, settings, now, collected));
  }
  if (notices) {
    notices.push(...compileNotices(compiled));
    notices.push(...scanNotices({ sourcesByPattern: new Map(), truncations: truncated, failedSources: [] }));
    // One notice per failing rule is enough, however many cards it failed on.
    const seen = new Set<string>();
    for (const notice of collected) {
      const key = `${notice.code}\u0000${notice.detail ?? ''}`;
      if (!seen.has(key)) notices.push(notice);
      seen.add(key);
    }
  }
  return results;
}
