/**
 * Rule set validation, run at build time (a WXT hook) and by the completeness test: the zod
 * schema, plus the checks a schema cannot express — duplicate ids, guidance for every rule,
 * fact comparisons that make sense for the fact's type, terms that survive normalisation.
 * Every problem names the rule and the path inside it, e.g.
 *   off-platform-contact/line: when.any[1].text.regex[0]: backreferences and lookaround are not allowed
 */
import type { z } from 'zod';
import { CONTRACT_STATUSES, PAGE_KINDS, PAYMENT_TYPES, SITES } from '../facts';
import { normalizeTerm } from '../text';
import { MAX_CONDITION_DEPTH } from './limits';
import { RuleGuidanceSchema, RuleSpecSchema, type Condition, type FactPath, type Pattern, type RuleSpec } from './rule-schema';

/** Longer terms are refused: the term matcher's cost per position grows with the longest term. */
export const MAX_TERM_LENGTH = 64;

type FactType = 'number' | 'boolean' | 'date' | 'string';

const FACT_TYPES: Record<FactPath, FactType> = {
  'client.rating': 'number',
  'client.reviews': 'number',
  'client.ordersPosted': 'number',
  'client.completionRate': 'number',
  'client.identityVerified': 'boolean',
  'client.ruleChecked': 'boolean',
  'client.certified': 'boolean',
  'client.registeredAt': 'date',
  'job.budgetMin': 'number',
  'job.budgetMax': 'number',
  'job.paymentType': 'string',
  'job.applicants': 'number',
  'contract.status': 'string',
  'contract.type': 'string',
  'contract.funded': 'boolean',
  'contract.deliveredAt': 'date',
  'contract.terminationRequestedAt': 'date',
  'contract.lastClientMessageAt': 'date',
  'contract.offPlatformApproved': 'boolean',
  site: 'string',
  kind: 'string',
};

/** The values a string fact can take, to catch typos such as 'deliverd'. */
const FACT_VALUES: Partial<Record<FactPath, readonly string[]>> = {
  site: SITES,
  kind: PAGE_KINDS,
  'contract.status': CONTRACT_STATUSES,
  'contract.type': PAYMENT_TYPES,
  'job.paymentType': PAYMENT_TYPES,
};

/** `['when', 'any', 1, 'text']` → `when.any[1].text`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** Depth of the deepest path among issues (unions resolved), to pick the branch that got furthest. */
function issueDepth(issue: z.core.$ZodIssue): number {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    return issue.path.length + Math.max(...issue.errors.map((branch) => Math.max(0, ...branch.map(issueDepth))));
  }
  return issue.path.length;
}

/**
 * Flattens zod issues into "path: message" lines. For a union (a condition can be one of six
 * shapes) the branch that got furthest explains the problem best: a text condition with a bad
 * regex fails deep inside `text.regex`, while the other shapes fail at the top.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      let best = issue.errors[0] as z.core.$ZodIssue[];
      let bestDepth = -1;
      for (const branch of issue.errors) {
        const depth = Math.max(0, ...branch.map(issueDepth));
        if (depth > bestDepth) {
          best = branch;
          bestDepth = depth;
        }
      }
      lines.push(...describeIssues(best, path));
    } else {
      lines.push(path.length === 0 ? issue.message : `${formatPath(path)}: ${issue.message}`);
    }
  }
  return lines;
}

/** Checks the schema cannot express, on a rule that already passed the schema. */
function checkCondition(condition: Condition, path: readonly PropertyKey[], depth: number, out: string[]): void {
  const at = formatPath(path);
  if (depth > MAX_CONDITION_DEPTH) {
    out.push(`${at}: conditions nested deeper than ${MAX_CONDITION_DEPTH}`);
    return;
  }
  if ('all' in condition) condition.all.forEach((c, i) => checkCondition(c, [...path, 'all', i], depth + 1, out));
  else if ('any' in condition) condition.any.forEach((c, i) => checkCondition(c, [...path, 'any', i], depth + 1, out));
  else if ('not' in condition) checkCondition(condition.not, [...path, 'not'], depth + 1, out);
  else if ('text' in condition) {
    checkPattern(condition.text, [...path, 'text'], out);
    if (condition.near) checkPattern(condition.near.pattern, [...path, 'near', 'pattern'], out);
    condition.unless?.forEach((u, i) => {
      checkPattern(u.pattern, [...path, 'unless', i, 'pattern'], out);
      if (u.scope === 'page' && (u.within !== undefined || (u.direction ?? 'both') !== 'both')) {
        out.push(`${formatPath([...path, 'unless', i])}: "within" and "direction" do not apply to scope "page"`);
      }
    });
  } else if ('daysSince' in condition) {
    if (FACT_TYPES[condition.daysSince] !== 'date') {
      out.push(`${formatPath([...path, 'daysSince'])}: ${condition.daysSince} is not a date`);
    }
  } else if ('fact' in condition) {
    const problem = factConditionProblem(condition.fact, condition.op, condition.value);
    if (problem) out.push(`${at}: ${problem}`);
  }
}

function checkPattern(pattern: Pattern, path: readonly PropertyKey[], out: string[]): void {
  pattern.terms?.forEach((term, i) => {
    const at = formatPath([...path, 'terms', i]);
    if (term.length > MAX_TERM_LENGTH) out.push(`${at}: longer than ${MAX_TERM_LENGTH} characters`);
    else if (normalizeTerm(term) === '') out.push(`${at}: ${JSON.stringify(term)} is empty once normalised`);
  });
}

/** Whether a fact comparison can ever be true, given the fact's type. */
function factConditionProblem(fact: FactPath, op: string, value: unknown): string | null {
  const type = FACT_TYPES[fact];
  const isSetting = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (op === 'known' || op === 'unknown') return value === undefined ? null : `"${op}" takes no value`;
  if (value === undefined) return `"${op}" needs a value`;
  if (op === 'in') {
    if (type !== 'string' || !Array.isArray(value)) return `"in" needs a string fact and a list of strings`;
    return unknownValues(fact, value);
  }
  if (Array.isArray(value)) return `"${op}" cannot compare with a list (use "in")`;
  if (type === 'date') return `${fact} is a date: use daysSince`;
  if (op === '<' || op === '<=' || op === '>' || op === '>=') {
    return type === 'number' && (typeof value === 'number' || isSetting) ? null : `"${op}" needs a number fact and a number or setting`;
  }
  // == and !=
  if (isSetting) return type === 'number' ? null : `${fact} cannot be compared with a setting`;
  if (typeof value !== type) return `${fact} is a ${type}, not a ${typeof value}`;
  return typeof value === 'string' ? unknownValues(fact, [value]) : null;
}

function unknownValues(fact: FactPath, values: readonly unknown[]): string | null {
  const allowed = FACT_VALUES[fact];
  if (!allowed) return null;
  const unknown = values.filter((v) => typeof v !== 'string' || !allowed.includes(v));
  return unknown.length === 0 ? null : `${fact} is never ${unknown.map((v) => JSON.stringify(v)).join(', ')}`;
}

/**
 * Validates a whole rule set with its guidance. Returns readable problems (empty when
 * valid), each starting with the rule id: schema errors with their path, duplicate ids,
 * rules without guidance (or guidance without a rule), and semantic checks.
 */
export function validateRuleSet(
  rules: readonly unknown[],
  guidance: Readonly<Record<string, unknown>>,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    const rawId = (rule as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' && rawId !== '' ? rawId : `rules[${index}]`;
    if (seen.has(id)) {
      problems.push(`${id}: duplicate rule id`);
      return;
    }
    seen.add(id);

    let parsed: ReturnType<typeof RuleSpecSchema.safeParse>;
    try {
      parsed = RuleSpecSchema.safeParse(rule);
    } catch (error) {
      // e.g. a condition tree so deep that the recursive schema overflows the stack.
      problems.push(`${id}: could not be validated (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    if (!parsed.success) {
      for (const line of describeIssues(parsed.error.issues)) problems.push(`${id}: ${line}`);
    } else {
      const spec = rule as RuleSpec;
      const semantic: string[] = [];
      checkCondition(spec.when, ['when'], 1, semantic);
      spec.adjust?.forEach((entry, i) => checkCondition(entry.when, ['adjust', i, 'when'], 1, semantic));
      for (const line of semantic) problems.push(`${id}: ${line}`);
    }

    if (!(id in guidance)) {
      problems.push(`${id}: no guidance (add it to rules/guidance.ts)`);
    } else {
      const parsedGuidance = RuleGuidanceSchema.safeParse(guidance[id]);
      if (!parsedGuidance.success) {
        for (const line of describeIssues(parsedGuidance.error.issues, ['guidance'])) problems.push(`${id}: ${line}`);
      }
    }
  });
  for (const id of Object.keys(guidance)) {
    if (!seen.has(id)) problems.push(`${id}: guidance for a rule that is not registered in rules/index.ts`);
  }
  return problems;
}

/** Throws one Error listing every problem of the rule set (used by the build hook). */
export function assertValidRuleSet(rules: readonly unknown[], guidance: Readonly<Record<string, unknown>>): void {
  const problems = validateRuleSet(rules, guidance);
  if (problems.length > 0) {
    throw new Error(`Invalid rule set (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
  }
}
