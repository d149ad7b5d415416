/**
 * `npm run fuzz [-- SEED [COUNT]]`: fuzzes the normaliser and the rule engine with generated
 * text (tests/fuzz/inputs.ts) and prints the figures as JSON: inputs, characters, findings,
 * the slowest input (goal ≤ 50 ms each) and every failure. By default 100,000 inputs from
 * seed 1; the same seed always gives the same inputs, so a failure can be replayed.
 * Exits non-zero when any input failed or stayed over the limit when timed again.
 */
import { runFuzz, type SlowestInput } from '../tests/fuzz/run-fuzz';

const LIMIT_MS = 50;
const DEFAULT_SEED = 1;
const DEFAULT_COUNT = 100_000;

function positiveInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < 0) {
    process.stderr.write(`fuzz: ${name} must be a non-negative integer, got "${value}"\n`);
    process.exit(2);
  }
  return parsed;
}

function main(): void {
  const [seedArg, countArg] = process.argv.slice(2).filter((a) => a !== '--');
  const seed = positiveInteger(seedArg, DEFAULT_SEED, 'SEED');
  const count = positiveInteger(countArg, DEFAULT_COUNT, 'COUNT');
  const report = runFuzz({
    seed,
    count,
    limitMs: LIMIT_MS,
    progressEvery: 10_000,
    onProgress: (done) => process.stderr.write(`fuzz: ${done.toLocaleString('en')} / ${count.toLocaleString('en')}\n`),
  });
  const round = (ms: number) => Number(ms.toFixed(2));
  const rounded = (input: SlowestInput | null) =>
    input && {
      ...input,
      normalizeMs: round(input.normalizeMs),
      analyzeMs: round(input.analyzeMs),
      totalMs: round(input.totalMs),
      retimedMs: round(input.retimedMs),
    };
  const summary = {
    note:
      `each input: normalize() + analyze() with RULES; goal ≤ ${LIMIT_MS} ms per input; retimedMs = fastest of 3 reruns; ` +
      'slowest = slowest first run; slowestRetimed = of the 20 slowest first runs, the slowest on rerun; ' +
      'overLimit = inputs still over the goal when rerun; pausesOverLimit = over it on the first run only (GC, load)',
    node: process.version,
    seed: report.seed,
    inputs: report.count,
    chars: report.chars,
    findings: report.findings,
    elapsedMs: round(report.elapsedMs),
    meanMsPerInput: round(report.elapsedMs / Math.max(1, report.count)),
    slowest: rounded(report.slowest),
    slowestRetimed: rounded(report.slowestRetimed),
    overLimit: report.slow.length,
    pausesOverLimit: report.pauses,
    slow: report.slow.slice(0, 10),
    failures: report.failures.length,
    failureSamples: report.failures.slice(0, 20),
    inputsByKind: report.inputsByKind,
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  process.exit(report.failures.length > 0 || report.slow.length > 0 ? 1 : 0);
}

main();
