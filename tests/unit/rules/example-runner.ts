/**
 * The rule tester's core: turns one of a rule's own examples into a page, runs the engine
 * with that rule alone, and says what is wrong (null when the example behaves as declared).
 *
 * - A string example is a text of the rule's first allowed text kind (default 'job'), on the
 *   rule's first site and first page kind.
 * - An object example can set the text kind, author, site, page kind, client/job/contract
 *   facts, settings and the clock (`now`); `severity` is the severity it must produce.
 * - On a 'job-list' page the text is the title of one listing card, analysed as cards are.
 * - A match example that lists `evidence` must show exactly those text evidence items, in page
 *   order (so an example can prove that the whole address is highlighted, not its tail).
 */
import * as z from 'zod/mini';
import {
  ClientFactsSchema,
  ContractFactsSchema,
  JobFactsSchema,
  type PageFacts,
  type TextKind,
  type TextSource,
} from '../../../utils/facts';
import type { Finding } from '../../../utils/findings';
import { analyze, analyzeCards } from '../../../utils/engine/analyze';
import type { Condition, Example, RuleSpec } from '../../../utils/engine/rule-schema';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../utils/settings-schema';

/** The clock examples run at unless they set `now`: 2026-11-21 12:00 in Japan. */
export const EXAMPLE_NOW = '2026-11-21T12:00:00+09:00';

/** Source ids by text kind, like the ones the site adapters use. */
const SOURCE_ID: Record<TextKind, string> = {
  job: 'job.description',
  message: 'message:0',
  profile: 'client.profile',
  contract: 'contract.body',
  page: 'page.text',
};

const CARD_ID = 'example';

/** The first text kind a rule's conditions allow (depth-first), or 'job'. */
export function firstTextKind(rule: RuleSpec): TextKind {
  const visit = (condition: Condition): TextKind | null => {
    if ('all' in condition) return firstOf(condition.all);
    if ('any' in condition) return firstOf(condition.any);
    if ('not' in condition) return visit(condition.not);
    if ('text' in condition) return condition.kinds?.[0] ?? null;
    return null;
  };
  const firstOf = (list: readonly Condition[]): TextKind | null => {
    for (const item of list) {
      const kind = visit(item);
      if (kind) return kind;
    }
    return null;
  };
  return visit(rule.when) ?? 'job';
}

/** Short label of an example for messages: its text, cut. */
export function describeExample(example: Example): string {
  const text = typeof example === 'string' ? example : (example.text ?? JSON.stringify(example));
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

interface ExampleRun {
  readonly finding: Finding | undefined;
  /** Original text of every source the engine saw, by id (for the exactness check). */
  readonly texts: ReadonlyMap<string, string>;
}

const singleRuleSets = new WeakMap<RuleSpec, readonly RuleSpec[]>();

/** The rule alone, as one stable array so the compiled form is reused between examples. */
function alone(rule: RuleSpec): readonly RuleSpec[] {
  let list = singleRuleSets.get(rule);
  if (!list) {
    list = [rule];
    singleRuleSets.set(rule, list);
  }
  return list;
}

/** Runs one example through the engine. Throws on an example that is itself malformed. */
export function runExample(rule: RuleSpec, example: Example): ExampleRun {
  const spec = typeof example === 'string' ? { text: example } : example;
  const kind = spec.kind ?? firstTextKind(rule);
  const pageKind = spec.pageKind ?? rule.pageKinds[0] ?? 'job';
  // Strict parsing catches a misspelt fact name, which would otherwise just be "unknown".
  const client = spec.client ? z.strictObject(ClientFactsSchema.shape).parse(spec.client) : undefined;
  const job = spec.job ? z.strictObject(JobFactsSchema.shape).parse(spec.job) : undefined;
  const contract = spec.contract ? z.strictObject(ContractFactsSchema.shape).parse(spec.contract) : undefined;
  const settings = SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...spec.settings });
  const now = new Date(spec.now ?? EXAMPLE_NOW);
  if (Number.isNaN(now.getTime())) throw new Error(`now is not a date: ${spec.now}`);

  const texts: TextSource[] = [];
  if (spec.text !== undefined) {
    texts.push({
      id: SOURCE_ID[kind],
      kind,
      text: spec.text,
      ...(kind === 'message' ? { own: spec.own ?? false } : {}),
    });
  }
  const facts: PageFacts = {
    site: spec.site ?? rule.sites[0] ?? 'crowdworks',
    kind: pageKind,
    url: '',
    client,
    job,
    contract,
    messages: [],
    texts,
    cards: [],
    missing: [],
  };

  if (pageKind === 'job-list') {
    const card = { jobId: CARD_ID, url: '', title: spec.text ?? '', client };
    const results = analyzeCards({ ...facts, texts: [], cards: [card] }, alone(rule), settings, now);
    const finding = results.get(CARD_ID)?.find((f) => f.ruleId === rule.id);
    return { finding, texts: new Map([[`card:${CARD_ID}:title`, card.title]]) };
  }
  const finding = analyze(facts, alone(rule), settings, now).findings.find((f) => f.ruleId === rule.id);
  return { finding, texts: new Map(texts.map((t) => [t.id, t.text])) };
}

/** Why a finding's evidence is not exact, or null. */
function evidenceProblem(finding: Finding, texts: ReadonlyMap<string, string>): string | null {
  if (finding.evidence.length === 0) return 'the finding has no evidence';
  for (const e of finding.evidence) {
    if (e.text === '') return `empty evidence from ${e.source}`;
    if (e.source.startsWith('fact:')) continue;
    const original = texts.get(e.source);
    if (original === undefined) return `evidence from an unknown source ${e.source}`;
    if (original.slice(e.start, e.end) !== e.text) {
      return `evidence ${JSON.stringify(e.text)} is not the original text at ${e.start}–${e.end}`;
    }
  }
  return null;
}

/**
 * Checks one example: 'match' must produce the rule's finding with exact, non-empty evidence
 * (and the example's severity when it gives one); 'no-match' must not produce it.
 */
export function checkExample(rule: RuleSpec, example: Example, expected: 'match' | 'no-match'): string | null {
  let run: ExampleRun;
  try {
    run = runExample(rule, example);
  } catch (error) {
    return `malformed example: ${error instanceof Error ? error.message : String(error)}`;
  }
  const { finding } = run;
  if (expected === 'no-match') {
    return finding ? `should not match, but found ${finding.evidence.map((e) => JSON.stringify(e.text)).join(', ')}` : null;
  }
  if (!finding) return 'should match, but the rule found nothing';
  const wanted = typeof example === 'string' ? undefined : example.severity;
  if (wanted && finding.severity !== wanted) return `severity ${finding.severity}, expected ${wanted}`;
  const problem = evidenceProblem(finding, run.texts);
  if (problem) return problem;
  const expectedTexts = typeof example === 'string' ? undefined : example.evidence;
  if (expectedTexts) {
    const shown = finding.evidence.filter((e) => !e.source.startsWith('fact:')).map((e) => e.text);
    if (JSON.stringify(shown) !== JSON.stringify(expectedTexts)) {
      return `evidence ${JSON.stringify(shown)}, expected ${JSON.stringify(expectedTexts)}`;
    }
  }
  return null;
}
