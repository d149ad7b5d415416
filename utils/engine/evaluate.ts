/**
 * Evaluates compiled condition trees against one scanned page. Each condition answers whether
 * it holds and, when it does, what explains it: text matches (in normalised offsets, mapped
 * to the original later) and the fact values it compared.
 *
 * Unknown facts never make a comparison true: "rating < 4" is false when there is no rating.
 */
import type { PageFacts } from '../facts';
import type { CompiledCondition, CompiledTextCondition, CompiledUnless, ThresholdValue } from './compile';
import { daysSince, factText, readFact, type FactValue } from './fact-values';
import { MAX_EVIDENCE } from './limits';
import type { Hit, ScannedPage, ScannedSource } from './scan-page';
import { sentenceIndexAt } from './sentences';

/** Something that explains a finding, before offsets are mapped to the original text. */
export type EvidenceRef =
  | { readonly kind: 'text'; readonly source: ScannedSource; readonly start: number; readonly end: number }
  | { readonly kind: 'fact'; readonly source: string; readonly text: string };

export interface EvaluationContext {
  readonly facts: PageFacts;
  readonly page: ScannedPage;
  /** Threshold settings by key (minClientRating, …). */
  readonly settings: Readonly<Record<string, unknown>>;
  readonly now: Date;
}

export interface Outcome {
  readonly holds: boolean;
  readonly evidence: readonly EvidenceRef[];
}

const FALSE: Outcome = { holds: false, evidence: [] };

/** Characters between two ranges (0 when they touch or overlap). */
function gapBetween(a: Hit, b: Hit): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/** The closest occurrence of `patternId` within `within` characters of `hit`, if any. */
function nearestWithin(source: ScannedSource, patternId: number, hit: Hit, within: number): Hit | null {
  let best: Hit | null = null;
  let bestGap = Infinity;
  for (const other of source.hits.get(patternId) ?? []) {
    if (other.start > hit.end + within) break;
    const gap = gapBetween(hit, other);
    if (gap <= within && gap < bestGap) {
      best = other;
      bestGap = gap;
    }
  }
  return best;
}

/** Whether an "unless" pattern occurs where it cancels this match. */
function unlessApplies(unless: CompiledUnless, source: ScannedSource, hit: Hit, page: ScannedPage): boolean {
  if (unless.scope === 'page') return page.sourcesByPattern.has(unless.patternId);
  const candidates = source.hits.get(unless.patternId);
  if (!candidates) return false;
  const starts = source.normalized.starts;
  const sentence =
    unless.scope === 'sentence' ? sentenceIndexAt(source.sentenceEnds(), starts[hit.start] ?? 0) : -1;
  for (const other of candidates) {
    if (unless.direction === 'before' && other.start > hit.start) break;
    if (unless.direction === 'after' && other.end < hit.end) continue;
    if (unless.within !== null && gapBetween(hit, other) > unless.within) continue;
    if (sentence >= 0 && sentenceIndexAt(source.sentenceEnds(), starts[other.start] ?? 0) !== sentence) continue;
    return true;
  }
  return false;
}

/** Whether a text source is one this condition reads (kind and, for messages, author). */
function readsSource(condition: CompiledTextCondition, source: ScannedSource): boolean {
  if (condition.kinds && !condition.kinds.has(source.kind)) return false;
  if (condition.author === 'own') return source.own === true;
  if (condition.author === 'other') return source.own !== true;
  return true;
}

function evaluateText(condition: CompiledTextCondition, context: EvaluationContext): Outcome {
  const evidence: EvidenceRef[] = [];
  let matches = 0;
  for (const source of context.page.sourcesByPattern.get(condition.patternId) ?? []) {
    if (!readsSource(condition, source)) continue;
    for (const hit of source.hits.get(condition.patternId) ?? []) {
      const partner = condition.near
        ? nearestWithin(source, condition.near.patternId, hit, condition.near.within)
        : null;
      if (condition.near && !partner) continue;
      if (condition.unless.some((unless) => unlessApplies(unless, source, hit, context.page))) continue;
      evidence.push({ kind: 'text', source, start: hit.start, end: hit.end });
      if (partner) evidence.push({ kind: 'text', source, start: partner.start, end: partner.end });
      // The first few matches in page order are all a finding keeps.
      if (++matches >= MAX_EVIDENCE) return { holds: true, evidence };
    }
  }
  return matches > 0 ? { holds: true, evidence } : FALSE;
}

/** Resolves a threshold: a literal, or a number from the settings (null when not a number). */
function resolveThreshold(value: ThresholdValue, settings: Readonly<Record<string, unknown>>): ThresholdValue {
  if (value !== null && typeof value === 'object' && 'setting' in value) {
    const setting = settings[value.setting];
    return typeof setting === 'number' && Number.isFinite(setting) ? setting : null;
  }
  return value;
}

/** Applies a comparison operator; anything unknown or of mismatched type is false. */
export function compareFact(actual: FactValue, op: string, expected: ThresholdValue): boolean {
  if (op === 'known') return actual !== null;
  if (op === 'unknown') return actual === null;
  if (actual === null || expected === null) return false;
  switch (op) {
    case '<':
    case '<=':
    case '>':
    case '>=': {
      if (typeof actual !== 'number' || typeof expected !== 'number') return false;
      if (op === '<') return actual < expected;
      if (op === '<=') return actual <= expected;
      if (op === '>') return actual > expected;
      return actual >= expected;
    }
    case '==':
      return typeof expected !== 'object' && actual === expected;
    case '!=':
      return typeof expected !== 'object' && typeof actual === typeof expected && actual !== expected;
    case 'in':
      return Array.isArray(expected) && typeof actual === 'string' && expected.includes(actual);
    default:
      return false;
  }
}

/** The fact values a subtree looks at, as evidence (used under `not`, where nothing matched). */
function factEvidenceOf(condition: CompiledCondition, context: EvaluationContext, into: EvidenceRef[]): void {
  if (condition.type === 'all' || condition.type === 'any') {
    for (const item of condition.items) factEvidenceOf(item, context, into);
  } else if (condition.type === 'not') {
    factEvidenceOf(condition.item, context, into);
  } else if (condition.type === 'fact' || condition.type === 'days') {
    into.push(factEvidence(condition.fact, readFact(context.facts, condition.fact)));
  }
}

function factEvidence(path: string, value: FactValue): EvidenceRef {
  return { kind: 'fact', source: `fact:${path}`, text: factText(value) };
}

/** Evaluates a condition tree; evidence comes from every satisfied part. */
export function evaluate(condition: CompiledCondition, context: EvaluationContext): Outcome {
  switch (condition.type) {
    case 'all': {
      const evidence: EvidenceRef[] = [];
      for (const item of condition.items) {
        const outcome = evaluate(item, context);
        if (!outcome.holds) return FALSE;
        evidence.push(...outcome.evidence);
      }
      return { holds: true, evidence };
    }
    case 'any': {
      // Every satisfied branch explains the finding, so all branches are evaluated.
      const evidence: EvidenceRef[] = [];
      let holds = false;
      for (const item of condition.items) {
        const outcome = evaluate(item, context);
        if (!outcome.holds) continue;
        holds = true;
        evidence.push(...outcome.evidence);
      }
      return holds ? { holds, evidence } : FALSE;
    }
    case 'not': {
      if (evaluate(condition.item, context).holds) return FALSE;
      const evidence: EvidenceRef[] = [];
      factEvidenceOf(condition.item, context, evidence);
      return { holds: true, evidence };
    }
    case 'text':
      return evaluateText(condition, context);
    case 'fact': {
      const actual = readFact(context.facts, condition.fact);
      const holds = compareFact(actual, condition.op, resolveThreshold(condition.value, context.settings));
      return holds ? { holds, evidence: [factEvidence(condition.fact, actual)] } : FALSE;
    }
    case 'days': {
      const elapsed = daysSince(readFact(context.facts, condition.fact), context.now);
      const holds = compareFact(elapsed, condition.op, resolveThreshold(condition.value, context.settings));
      return holds
        ? { holds, evidence: [factEvidence(condition.fact, readFact(context.facts, condition.fact))] }
        : FALSE;
    }
  }
}
