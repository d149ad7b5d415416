/**
 * `npm run bench`: how long the rule engine takes, as JSON figures (no pass/fail).
 *
 * Scenarios, built at run time from real Japanese text (../shared/seeds/*.txt and the
 * CrowdWorks listing in ../shared/fixtures/texts/):
 *   job        a typical job page (title + ~2,000-character description, client facts)
 *   thread     a 1,000-message thread (~500k characters)
 *   thread×10  the same thread ten times (~5M characters): once with the default page cap
 *              (what a page gets) and once with the caps lifted (to show linear growth)
 * Each figure is the median of several runs, next to the median of one
 * `text.normalize('NFKC')` over the same text in the same run (goal: ratio ≤ 3), and the time
 * spent in the normaliser alone, so the engine's own share is visible.
 * Then the worst time over adversarial inputs (goal ≤ 50 ms each).
 * Then, from the built extension (OMAMORI_OUT_DIR or .output), the browser figures of
 * scripts/bench-browser.ts: content script size, page load with and without the extension,
 * the content script's longest task (`--no-browser` leaves the browser runs out).
 *
 * Rules: the registered RULES (rules/index.ts), the set the extension ships.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../rules/index';
import type { PageFacts, TextSource } from '../utils/facts';
import { analyze, type AnalysisLimits } from '../utils/engine/analyze';
import type { RuleSpec } from '../utils/engine/rule-schema';
import { DEFAULT_SETTINGS } from '../utils/settings-schema';
import { normalize } from '../utils/text';
import { benchBrowser, contentScriptSizes } from './bench-browser';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '..', 'shared');
const NOW = new Date('2026-11-21T12:00:00+09:00');

// ---------------------------------------------------------------- material

/** Sentences of the seed articles and the listing digests, in a fixed order. */
function loadSentences(): { sentences: string[]; jobs: { title: string; digest: string }[] } {
  const seedDir = join(SHARED, 'seeds');
  const seeds = readdirSync(seedDir)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((f) => readFileSync(join(seedDir, f), 'utf8'));
  const listing = readFileSync(join(SHARED, 'fixtures', 'texts', 'crowdworks_cat249_p2_listing_2026-09.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { title: string; description_digest: string })
    .map((job) => ({ title: job.title, digest: job.description_digest }));
  const sentences = [...seeds, ...listing.map((j) => j.digest)]
    .flatMap((text) => text.split(/(?<=[。！？\n])/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 8);
  return { sentences, jobs: listing };
}

/** Requests a client might slip into a thread now and then, so rules have something to find. */
const RISKY_LINES = [
  '今後のやり取りはLINEでお願いします。IDを送りますので追加してください。',
  '手数料がもったいないので、次回からは直接契約でいかがでしょうか。',
  '作業開始前にマニュアル代として3,000円をお振込みください。',
  '納品ありがとうございます。検収まで少しお待ちください。',
];

/** A thread of `count` messages of about 500 characters, alternating authors. */
function buildThread(sentences: readonly string[], count: number): TextSource[] {
  const messages: TextSource[] = [];
  let cursor = 0;
  for (let i = 0; i < count; i++) {
    let text = i % 50 === 7 ? `${RISKY_LINES[(i / 50) % RISKY_LINES.length | 0]}\n` : '';
    while (text.length < 500) text += `${sentences[cursor++ % sentences.length]}\n`;
    messages.push({ id: `message:${i}`, kind: 'message', text, own: i % 2 === 0 });
  }
  return messages;
}

function jobPage(sentences: readonly string[], job: { title: string; digest: string }): PageFacts {
  let description = `${job.digest}\n`;
  for (let i = 0; description.length < 2_000; i++) description += `${sentences[(i * 7) % sentences.length]}\n`;
  return {
    site: 'crowdworks',
    kind: 'job',
    url: 'https://crowdworks.jp/public/jobs/1',
    client: { rating: 4.2, reviews: 8, identityVerified: false, ruleChecked: true },
    job: { title: job.title, paymentType: 'fixed', budgetMin: 5_000, budgetMax: 10_000 },
    messages: [],
    texts: [
      { id: 'job.title', kind: 'job', text: job.title },
      { id: 'job.description', kind: 'job', text: description },
    ],
    cards: [],
    missing: [],
  };
}

function threadPage(messages: TextSource[]): PageFacts {
  return {
    site: 'crowdworks',
    kind: 'messages',
    url: 'https://crowdworks.jp/contracts/1/messages',
    contract: { status: 'active', funded: true, offPlatformApproved: false },
    messages: [],
    texts: messages,
    cards: [],
    missing: [],
  };
}

// ---------------------------------------------------------------- measuring

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Median wall time of `fn` in ms, after warming up (at least 3 calls and 200 ms) so the JIT has settled. */
function time(fn: () => unknown, runs: number): number {
  const warmUntil = performance.now() + 200;
  for (let i = 0; i < 3 || performance.now() < warmUntil; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return median(times);
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

interface Scenario {
  readonly name: string;
  readonly facts: PageFacts;
  readonly runs: number;
  readonly limits?: AnalysisLimits;
}

function measure(scenario: Scenario, rules: readonly RuleSpec[]) {
  const joined = scenario.facts.texts.map((t) => t.text).join('\n');
  const analyzeMs = time(() => analyze(scenario.facts, rules, DEFAULT_SETTINGS, NOW, scenario.limits), scenario.runs);
  const nfkcMs = time(() => joined.normalize('NFKC'), scenario.runs);
  const result = analyze(scenario.facts, rules, DEFAULT_SETTINGS, NOW, scenario.limits);
  return {
    chars: joined.length,
    analyzeMs: round(analyzeMs),
    nfkcMs: round(nfkcMs),
    ratioToNfkc: round(analyzeMs / nfkcMs),
    findings: result.findings.length,
    notices: result.notices.map((n) => n.code),
  };
}

/** Time spent normalising the scenario's texts alone (the engine's share is the rest). */
function normalizeOnly(scenario: Scenario): number {
  const cap = scenario.limits?.maxPageChars ?? 1_000_000;
  let budget = cap;
  const texts = scenario.facts.texts.map((t) => {
    const text = t.text.slice(0, Math.max(0, Math.min(budget, scenario.limits?.maxSourceChars ?? 200_000)));
    budget -= text.length;
    return text;
  });
  return round(time(() => texts.forEach((t) => normalize(t)), scenario.runs));
}

const ADVERSARIAL: [string, string][] = [
  ['100k "."', '.'.repeat(100_000)],
  ['100k spaces', ' '.repeat(100_000)],
  ['100k "＠"', '＠'.repeat(100_000)],
  ['100k "あっと"', 'あっと'.repeat(100_000)],
  ['100k "ドット"', 'ドット'.repeat(100_000)],
  ['30k "L I N E "', 'L I N E '.repeat(30_000)],
  ['10k-deep "(…)"', `${'('.repeat(10_000)}LINE${')'.repeat(10_000)}`],
  ['10k-deep mixed brackets', `${'（[「【('.repeat(2_000)}LINE${')】」]）'.repeat(2_000)}`],
  ['100k digits', '0'.repeat(100_000)],
];

function adversarial(rules: readonly RuleSpec[]) {
  const results: Record<string, number> = {};
  for (const [label, text] of ADVERSARIAL) {
    const asJob: PageFacts = { ...threadPage([]), kind: 'job', texts: [{ id: 'job.description', kind: 'job', text }] };
    const asMessage = threadPage([{ id: 'message:0', kind: 'message', text, own: false }]);
    results[label] = round(
      Math.max(
        time(() => analyze(asJob, rules, DEFAULT_SETTINGS, NOW), 3),
        time(() => analyze(asMessage, rules, DEFAULT_SETTINGS, NOW), 3),
      ),
    );
  }
  const worst = Object.entries(results).sort((a, b) => b[1] - a[1])[0] as [string, number];
  return { msEach: results, worst: { input: worst[0], ms: worst[1] } };
}

/** The browser figures (scripts/bench-browser.ts), or why they were left out. */
async function browserFigures() {
  const outDir = resolve(ROOT, process.env.OMAMORI_OUT_DIR ?? '.output');
  const contentScript = contentScriptSizes(outDir);
  if (contentScript.length === 0) return { skipped: `no build in ${outDir}: run \`npm run build\` first` };
  if (process.argv.includes('--no-browser')) return { contentScript, skipped: 'browser figures left out (--no-browser)' };
  return { contentScript, contentScriptGoalKB: 40, ...(await benchBrowser({ outDir })) };
}

async function main(): Promise<void> {
  const { sentences, jobs } = loadSentences();
  const thread = buildThread(sentences, 1_000);
  const threadTimes10 = Array.from({ length: 10 }, (_, round) =>
    thread.map((m, i) => ({ ...m, id: `message:${round * thread.length + i}` })),
  ).flat();
  const scenarios: Scenario[] = [
    { name: '(a) job page', facts: jobPage(sentences, jobs[0] as { title: string; digest: string }), runs: 101 },
    { name: '(b) thread, 1,000 messages', facts: threadPage(thread), runs: 9 },
    { name: '(c) thread ×10, default caps', facts: threadPage(threadTimes10), runs: 5 },
    { name: '(c) thread ×10, caps lifted', facts: threadPage(threadTimes10), runs: 5, limits: { maxPageChars: 10_000_000 } },
  ];
  const report = {
    note:
      'median ms per analysis; ratioToNfkc = analyzeMs / one String.normalize("NFKC") over the same text ' +
      '(goal ≤ 3); normalizeOnlyMs = utils/text normalize() alone over the texts that are scanned; ' +
      'adversarial goal ≤ 50 ms each',
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    rules: RULES.length,
    scenarios: scenarios.map((scenario) => ({
      scenario: scenario.name,
      normalizeOnlyMs: normalizeOnly(scenario),
      ...measure(scenario, RULES),
    })),
    adversarial: adversarial(RULES),
    browser: await browserFigures(),
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
