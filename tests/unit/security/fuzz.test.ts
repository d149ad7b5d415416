// @vitest-environment node
/**
 * A short, fixed-seed fuzz run of the normaliser and the engine (the long run is
 * `npm run fuzz`, 100,000 inputs): nothing throws, the offset map and the evidence stay
 * exact, and no input hangs. The time bound is generous on purpose — it catches a hang or
 * a quadratic slip, not a slow machine; the speed goal (≤ 50 ms) is reported by the long run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runFuzz, sampleOf, type FuzzReport } from '../../fuzz/run-fuzz';
import { createRandom, nextInput } from '../../fuzz/inputs';

const SEED = 20_261_121;
const COUNT = 3_000;
const HANG_GUARD_MS = 1_000;

describe('fuzz: normalize and analyze with the shipped rules', () => {
  let report: FuzzReport;
  beforeAll(() => {
    report = runFuzz({ seed: SEED, count: COUNT, limitMs: HANG_GUARD_MS });
  }, 120_000);

  it(`runs ${COUNT} generated inputs without a failure`, () => {
    expect(report.failures).toEqual([]);
    expect(report.count).toBe(COUNT);
  });

  it('has no input that stays over the hang guard', () => {
    expect(report.slow).toEqual([]);
    expect(report.slowest?.retimedMs ?? 0).toBeLessThan(HANG_GUARD_MS);
  });

  it('draws from every generator and reaches the rules (the inputs are not all noise)', () => {
    expect(Object.keys(report.inputsByKind).sort()).toEqual(['disguised-phrase', 'japanese-mix', 'long-run', 'separators', 'short-run', 'unicode']);
    expect(report.findings).toBeGreaterThan(COUNT / 10);
  });
});

describe('fuzz input generator', () => {
  it('gives the same inputs for the same seed, and other inputs for another seed', () => {
    const take = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 50 }, () => nextInput(random).text);
    };
    expect(take(7)).toEqual(take(7));
    expect(take(8)).not.toEqual(take(7));
  });

  it('prints samples with invisible characters escaped', () => {
    expect(sampleOf('LINE\u200bＩＤ\u202e')).toBe('LINE\\u{200b}ＩＤ\\u{202e}');
  });
});
