/**
 * Small builders for engine tests: a page with given texts and facts, a rule with defaults,
 * and a fixed clock, so each test states only what it is about.
 */
import type { PageFacts, TextSource } from '../../../utils/facts';
import type { Evidence, Finding } from '../../../utils/findings';
import { analyze } from '../../../utils/engine/analyze';
import type { RuleSpec } from '../../../utils/engine/rule-schema';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings-schema';

/** The tests' clock: 2026-11-21 12:00 in Japan. */
export const NOW = new Date('2026-11-21T12:00:00+09:00');

export const SETTINGS: Settings = DEFAULT_SETTINGS;

/** A page on CrowdWorks of the given kind; texts given as strings are job descriptions. */
export function page(texts: readonly (string | TextSource)[], extra: Partial<PageFacts> = {}): PageFacts {
  return {
    site: 'crowdworks',
    kind: 'job',
    url: 'https://crowdworks.jp/public/jobs/1',
    messages: [],
    cards: [],
    missing: [],
    texts: texts.map((t, i) => (typeof t === 'string' ? { id: `text:${i}`, kind: 'job' as const, text: t } : t)),
    ...extra,
  };
}

/** A rule with the given condition, for both sites and the job/messages pages. */
export function rule(when: RuleSpec['when'], extra: Partial<RuleSpec> = {}): RuleSpec {
  return {
    id: 'off-platform-contact/test',
    category: 'off-platform-contact',
    severity: 'warning',
    sites: ['crowdworks', 'lancers'],
    pageKinds: ['job', 'messages', 'contract', 'client'],
    when,
    ...extra,
  };
}

/** Runs one rule (or several) and returns the findings. */
export function findings(
  rules: RuleSpec | readonly RuleSpec[],
  facts: PageFacts,
  options: { settings?: Partial<Settings>; now?: Date } = {},
): Finding[] {
  const list = Array.isArray(rules) ? (rules as readonly RuleSpec[]) : [rules as RuleSpec];
  return analyze(facts, list, { ...SETTINGS, ...options.settings }, options.now ?? NOW).findings;
}

/** Whether one rule fires on a page. */
export function fires(r: RuleSpec, facts: PageFacts, options?: Parameters<typeof findings>[2]): boolean {
  return findings(r, facts, options).some((f) => f.ruleId === r.id);
}

/** Evidence texts of the only finding (fails the test through undefined access otherwise). */
export function evidenceTexts(found: readonly Finding[]): string[] {
  return (found[0]?.evidence ?? []).map((e: Evidence) => e.text);
}
