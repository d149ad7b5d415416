/**
 * The fuzz run shared by `npm run fuzz` (scripts/fuzz.ts, 100,000 inputs) and the unit test
 * (a fixed seed, a few thousand inputs): every generated text goes through `normalize` and
 * through `analyze` with the shipped RULES, as a job description, a message or a profile on
 * either site. Recorded as failures: anything thrown, a broken offset map, evidence that is
 * not the original text it points at, and a rule or text the engine had to skip because it
 * threw inside. Each input is timed; the slowest is kept so the run can report it.
 */
// Relative imports: this module also runs under plain tsx (scripts/fuzz.ts), without the alias.
import { RULES } from '../../rules/index';
import type { PageFacts, PageKind, Site, TextKind } from '../../utils/facts';
import { analyze } from '../../utils/engine/analyze';
import { DEFAULT_SETTINGS } from '../../utils/settings-schema';
import { normalize, toOriginalRange } from '../../utils/text';
import { createRandom, nextInput, type FuzzInput } from './inputs';

const NOW = new Date('2026-11-21T12:00:00+09:00');
const WARM_UP_INPUTS = 500;

/** The pages an input is read on, in turn: where each text kind is scanned. */
const PAGES: readonly { kind: PageKind; text: TextKind; id: string }[] = [
  { kind: 'job', text: 'job', id: 'job.description' },
  { kind: 'proposal', text: 'message', id: 'message:0' },
  { kind: 'messages', text: 'message', id: 'message:0' },
  { kind: 'contract', text: 'message', id: 'message:0' },
  { kind: 'client', text: 'profile', id: 'profile' },
];
const SITES: readonly Site[] = ['crowdworks', 'lancers'];

export interface FuzzOptions {
  seed: number;
  count: number;
  /** An input slower than this is timed again; it counts as slow only if it stays slower. */
  limitMs: number;
  /** Called every `progressEvery` inputs (for the command line). */
  onProgress?: (done: number) => void;
  progressEvery?: number;
}

export interface SlowestInput {
  index: number;
  kind: string;
  length: number;
  /** The first 60 characters, with invisible and odd characters escaped. */
  sample: string;
  normalizeMs: number;
  analyzeMs: number;
  totalMs: number;
  /**
   * Fastest of three more runs of the same input: tells a slow input from a pause (GC, another
   * process taking the CPU), which the fastest run is the least likely to include.
   */
  retimedMs: number;
}

export interface FuzzFailure {
  index: number;
  kind: string;
  sample: string;
  problem: string;
}

export interface FuzzReport {
  seed: number;
  count: number;
  chars: number;
  findings: number;
  elapsedMs: number;
  limitMs: number;
  slowest: SlowestInput | null;
  /**
   * Of the inputs slowest on their first run, the one slowest when run again: the costliest
   * input itself, without the pauses that land on a first run.
   */
  slowestRetimed: SlowestInput | null;
  /** Inputs that stayed over `limitMs` when timed again. */
  slow: SlowestInput[];
  /** Inputs over `limitMs` the first time only (a GC pause or a recompilation, not the input). */
  pauses: number;
  failures: FuzzFailure[];
  inputsByKind: Record<string, number>;
}

/** Printable start of a text: anything outside printable ASCII and common Japanese is escaped. */
export function sampleOf(text: string, length = 60): string {
  return Array.from(text.slice(0, length * 2))
    .slice(0, length)
    .map((c) => (/[\x20-\x7e\u3001-\u303f\u3041-\u30ff\u4e00-\u9fff\uff01-\uff5e]/.test(c) ? c : `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`))
    .join('');
}

function factsFor(input: FuzzInput, index: number): PageFacts {
  const page = PAGES[index % PAGES.length] as (typeof PAGES)[number];
  const site = SITES[Math.floor(index / PAGES.length) % SITES.length] as Site;
  return {
    site,
    kind: page.kind,
    url: site === 'crowdworks' ? 'https://crowdworks.jp/proposals/1' : 'https://www.lancers.jp/work/detail/1',
    messages: [],
    texts: [{ id: page.id, kind: page.text, text: input.text, own: page.text === 'message' ? false : undefined }],
    cards: [],
    missing: [],
  };
}

/** Problems with the normaliser's map: every unit must map inside the original, in order. */
function mapProblem(text: string): string | null {
  const n = normalize(text);
  if (n.starts.length !== n.text.length || n.ends.length !== n.text.length) return 'map length differs from text length';
  for (let i = 0; i < n.text.length; i++) {
    const start = n.starts[i] as number;
    const end = n.ends[i] as number;
    if (!(start < end && end <= text.length)) return `unit ${i} maps to [${start}, ${end}) of ${text.length}`;
    if (i > 0 && start < (n.starts[i - 1] as number)) return `unit ${i} maps before unit ${i - 1}`;
  }
  if (n.text.length > 0) {
    const whole = toOriginalRange(n, 0, n.text.length);
    if (whole.start < 0 || whole.end > text.length || whole.start >= whole.end) return `whole range maps to [${whole.start}, ${whole.end})`;
  }
  return null;
}

/** Problems with a result: evidence must be the exact original text it points at. */
function resultProblem(facts: PageFacts, result: ReturnType<typeof analyze>): string | null {
  const broken = result.notices.find((n) => n.code === 'rule-error' || n.code === 'text-error');
  if (broken) return `${broken.code}: ${broken.detail ?? ''}`;
  for (const finding of result.findings) {
    for (const e of finding.evidence) {
      if (e.source.startsWith('fact:')) continue;
      const source = facts.texts.find((t) => t.id === e.source);
      if (!source) return `${finding.ruleId}: evidence from unknown source ${e.source}`;
      if (source.text.slice(e.start, e.end) !== e.text) return `${finding.ruleId}: evidence [${e.start}, ${e.end}) is not its text`;
    }
  }
  return null;
}

/** Runs `options.count` inputs from `options.seed`; never throws (failures are in the report). */
export function runFuzz(options: FuzzOptions): FuzzReport {
  const random = createRandom(options.seed);
  const report: FuzzReport = {
    seed: options.seed,
    count: options.count,
    chars: 0,
    findings: 0,
    elapsedMs: 0,
    limitMs: options.limitMs,
    slowest: null,
    slowestRetimed: null,
    slow: [],
    pauses: 0,
    failures: [],
    inputsByKind: {},
  };
  // Rules are compiled on first use and the JIT optimises the hot paths after a while; that
  // one-time cost is not an input's, so a stream from another seed runs first, untimed.
  const warmUp = createRandom(options.seed ^ 0x5bd1e995);
  for (let i = 0; i < WARM_UP_INPUTS; i++) {
    const input = nextInput(warmUp);
    try {
      normalize(input.text);
      analyze(factsFor(input, i), RULES, DEFAULT_SETTINGS, NOW);
    } catch (error) {
      report.failures.push({ index: -1 - i, kind: `warm-up ${input.kind}`, sample: sampleOf(input.text), problem: `threw: ${String(error)}` });
    }
  }
  const candidates: Candidate[] = [];
  const began = performance.now();
  for (let index = 0; index < options.count; index++) {
    const input = nextInput(random);
    report.chars += input.text.length;
    report.inputsByKind[input.kind] = (report.inputsByKind[input.kind] ?? 0) + 1;
    const facts = factsFor(input, index);
    try {
      const t0 = performance.now();
      normalize(input.text);
      const t1 = performance.now();
      const result = analyze(facts, RULES, DEFAULT_SETTINGS, NOW);
      const t2 = performance.now();
      report.findings += result.findings.length;
      const problem = mapProblem(input.text) ?? resultProblem(facts, result);
      if (problem) report.failures.push({ index, kind: input.kind, sample: sampleOf(input.text), problem });
      const totalMs = t2 - t0;
      keepAmongSlowest(candidates, { index, input, facts, normalizeMs: t1 - t0, analyzeMs: t2 - t1, totalMs });
      if (!report.slowest || totalMs > report.slowest.totalMs || totalMs > options.limitMs) {
        const timed: SlowestInput = {
          index,
          kind: input.kind,
          length: input.text.length,
          sample: sampleOf(input.text),
          normalizeMs: t1 - t0,
          analyzeMs: t2 - t1,
          totalMs,
          retimedMs: retime(input.text, facts),
        };
        if (!report.slowest || totalMs > report.slowest.totalMs) report.slowest = timed;
        if (totalMs > options.limitMs) {
          if (timed.retimedMs > options.limitMs) report.slow.push(timed);
          else report.pauses++;
        }
      }
    } catch (error) {
      report.failures.push({ index, kind: input.kind, sample: sampleOf(input.text), problem: `threw: ${String(error)}` });
    }
    if (options.onProgress && (index + 1) % (options.progressEvery ?? 10_000) === 0) options.onProgress(index + 1);
  }
  report.elapsedMs = performance.now() - began;
  for (const c of candidates) {
    const retimed: SlowestInput = {
      index: c.index,
      kind: c.input.kind,
      length: c.input.text.length,
      sample: sampleOf(c.input.text),
      normalizeMs: c.normalizeMs,
      analyzeMs: c.analyzeMs,
      totalMs: c.totalMs,
      retimedMs: retime(c.input.text, c.facts),
    };
    if (!report.slowestRetimed || retimed.retimedMs > report.slowestRetimed.retimedMs) report.slowestRetimed = retimed;
  }
  return report;
}

/** Inputs kept to be timed again at the end (the slowest first runs). */
const CANDIDATES = 20;

interface Candidate {
  index: number;
  input: FuzzInput;
  facts: PageFacts;
  normalizeMs: number;
  analyzeMs: number;
  totalMs: number;
}

/** Keeps the CANDIDATES slowest first runs, slowest first. */
function keepAmongSlowest(kept: Candidate[], candidate: Candidate): void {
  if (kept.length === CANDIDATES && candidate.totalMs <= (kept[kept.length - 1] as Candidate).totalMs) return;
  kept.push(candidate);
  kept.sort((a, b) => b.totalMs - a.totalMs);
  if (kept.length > CANDIDATES) kept.pop();
}

/** Fastest of three more runs of normalize + analyze on the same input. */
function retime(text: string, facts: PageFacts): number {
  let fastest = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    normalize(text);
    analyze(facts, RULES, DEFAULT_SETTINGS, NOW);
    fastest = Math.min(fastest, performance.now() - t0);
  }
  return fastest;
}
