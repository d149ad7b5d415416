/**
 * Contract tests of the scan CLI (issue 3 §5), run as a real process: node + tsx, stdin in,
 * stdout out, exit code. A fixed rule module (--rules) keeps them independent of the rule set.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, scan } from './run-scan';

const FIXTURE_RULES = 'tests/unit/cli/fixture-rules.ts';

interface OutputFinding {
  ruleId: string;
  category: string;
  severity: string;
  evidence: { text: string; start: number; end: number }[];
}

describe('scan --jsonl', () => {
  const inputs = [
    { id: 1, text: 'まずはＬＩＮＥで連絡ください' },
    { id: 'clean', text: 'オンラインで完結するお仕事です' },
    { id: { nested: true }, text: 'LINEで連絡します', kind: 'message', site: 'lancers' },
    { id: 4, text: '普通の案件です', client: { rating: 3.2, reviews: 12, identityVerified: true } },
    { id: 5, text: '普通の案件です', site: 'lancers', client: { rating: 3.2 } },
  ];
  const lines = [...inputs.slice(0, 2).map((i) => JSON.stringify(i)), '{"id": 9, "text": ', ...inputs.slice(2).map((i) => JSON.stringify(i)), '', '{"id": "bad-kind", "text": "x", "kind": "tweet"}', '[1, 2]'];

  // One run serves the two tests below: each spawn costs the start-up of node and tsx.
  let run: ReturnType<typeof scan> | null = null;
  const mixedRun = () => (run ??= scan(['--jsonl', '--rules', FIXTURE_RULES], `${lines.join('\n')}\n`));

  it('writes one line per input line, in order, with ids echoed and errors in place', () => {
    const { code, stdout } = mixedRun();
    expect(code).toBe(0);
    const out = jsonLines(stdout);
    expect(out).toHaveLength(lines.length);
    expect(out.map((o) => o.id)).toEqual([1, 'clean', null, { nested: true }, 4, 5, null, 'bad-kind', null]);
    expect(out[2]).toEqual({ id: null, error: 'not valid JSON' });
    expect(out[6]).toEqual({ id: null, error: 'empty line' });
    expect(out[7]?.error).toMatch(/^kind: /);
    expect(typeof out[8]?.error).toBe('string');
  });

  it('reports findings with evidence offsets into the input text', () => {
    const out = jsonLines(mixedRun().stdout);
    const findingsOf = (i: number) => out[i]?.findings as OutputFinding[];
    expect(findingsOf(0)).toEqual([
      {
        ruleId: 'off-platform-contact/line',
        category: 'off-platform-contact',
        severity: 'warning',
        evidence: [
          { text: 'ＬＩＮＥ', start: 3, end: 7 },
          { text: '連絡', start: 8, end: 10 },
        ],
      },
    ]);
    for (const [index, input] of [[0, inputs[0]], [3, inputs[2]]] as const) {
      for (const finding of findingsOf(index)) {
        for (const e of finding.evidence) expect(input?.text.slice(e.start, e.end)).toBe(e.text);
      }
    }
    expect(findingsOf(1)).toEqual([]);
    // A message on Lancers is read on a messages page.
    expect(findingsOf(3).map((f) => f.ruleId)).toEqual(['off-platform-contact/line']);
    // Client facts count; the low-rating rule is CrowdWorks-only, and facts have no offsets in the text.
    expect(findingsOf(4)).toEqual([
      { ruleId: 'low-client-rating/below-threshold', category: 'low-client-rating', severity: 'info', evidence: [] },
    ]);
    expect(findingsOf(5)).toEqual([]);
  });

  it('exits non-zero only when nothing could be read', () => {
    const empty = scan(['--jsonl', '--rules', FIXTURE_RULES], '');
    expect(empty.code).not.toBe(0);
    expect(empty.stdout).toBe('');
    const allBad = scan(['--jsonl', '--rules', FIXTURE_RULES], 'nope\n{"id": 1}\n');
    expect(allBad.code).not.toBe(0);
    expect(jsonLines(allBad.stdout)).toEqual([
      { id: null, error: 'not valid JSON' },
      { id: 1, error: expect.stringMatching(/^text: /) },
    ]);
  });

  it('runs the registered rule set by default, over 300 job texts in one go', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      JSON.stringify({ id: i, text: `案件${i}: データ入力のお仕事です。詳細はLINEで連絡します。初心者歓迎、在宅で簡単な作業です。` }),
    );
    const { code, stdout } = scan(['--jsonl'], `${many.join('\n')}\n`);
    expect(code).toBe(0);
    const out = jsonLines(stdout);
    expect(out.map((o) => o.id)).toEqual(Array.from({ length: 300 }, (_, i) => i));
    expect(out.every((o) => Array.isArray(o.findings))).toBe(true);
  });
});

describe('scan FILE.txt', () => {
  const dir = mkdtempSync(join(tmpdir(), 'omamori-scan-'));

  it('prints a Japanese report with the guidance title and the evidence in context', () => {
    const file = join(dir, 'message.txt');
    writeFileSync(file, 'こんにちは。\nこの後はLINEで連絡させてください。\n');
    const { code, stdout } = scan([file, '--kind', 'message', '--rules', FIXTURE_RULES]);
    expect(code).toBe(0);
    expect(stdout).toContain('1 件のリスクが見つかりました');
    expect(stdout).toContain('[注意 warning] LINEへの誘導');
    expect(stdout).toContain('「LINE」 2行目 5文字目');
    expect(stdout).toContain('【LINE】で連絡させて');
  });

  it('says so when nothing is found, and fails on a missing file or a bad option', () => {
    const file = join(dir, 'clean.txt');
    writeFileSync(file, 'オンラインで完結するお仕事です。');
    const clean = scan([file, '--rules', FIXTURE_RULES]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('見つかったリスクはありません');
    expect(scan([join(dir, 'missing.txt'), '--rules', FIXTURE_RULES]).code).not.toBe(0);
    expect(scan([file, '--kind', 'tweet']).code).not.toBe(0);
  });
});
