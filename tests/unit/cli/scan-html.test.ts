/**
 * Contract tests of the scan CLI on saved pages (issue 5): `--url URL FILE.html` and JSONL
 * lines with "url" and "html". Run as a real process against the registered rule set; the
 * expected findings come from the adapters and the engine called in this process.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '@/rules';
import { analyze, analyzeCards } from '@/utils/engine/analyze';
import type { Finding } from '@/utils/findings';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';
import { extractPageFacts } from '@/utils/sites';
import { readShared } from '../../shared';
import { FIXTURE_NOW } from '../../fixtures/pages/manifest';
import { fixtureHtml, parseHtml } from '../sites/parse-html';
import { jsonLines, scan } from './run-scan';
import { MAX_HTML_CHARS, readHtmlPage } from '../../../scripts/scan/html-page';

const NOW = new Date(FIXTURE_NOW);
const CW_LISTING = { url: 'https://crowdworks.jp/public/jobs/category/249?page=2', html: readShared('fixtures', 'pages', 'cw_cat249_p2.html') };
/** The real Lancers listing has no risky card: one card's description becomes a purchase-proxy request. */
const LN_LISTING = { url: 'https://www.lancers.jp/work/search?keyword=Excel', html: withRiskyLancersCard(readShared('fixtures', 'pages', 'ln_excel.html')) };
const THREAD = { url: 'https://crowdworks.jp/proposals/41000001', html: fixtureHtml('crowdworks', 'proposal-thread-line.html') };
const APPROVED = { url: 'https://crowdworks.jp/proposals/41000002', html: fixtureHtml('crowdworks', 'proposal-thread-line-approved.html') };
const COCONALA = { url: 'https://coconala.com/requests?keyword=html', html: readShared('fixtures', 'pages', 'coconala_html.html') };

function withRiskyLancersCard(html: string): string {
  const open = html.indexOf('>', html.indexOf('js-job-show-description')) + 1;
  return `${html.slice(0, open)}Amazonで指定の限定商品を購入して、ご自宅で受け取り後に転送してください。${html.slice(open)}`;
}

/** Findings as the page output writes them. */
const asOutput = (findings: readonly Finding[]) =>
  findings.map((f) => ({
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    evidence: f.evidence.map((e) => ({ text: e.text, source: e.source, start: e.start, end: e.end })),
  }));

function factsOf(page: { url: string; html: string }) {
  return extractPageFacts(parseHtml(page.html), page.url, { now: NOW })!;
}

describe('scan --jsonl with saved pages', () => {
  const lines = [
    { id: 'cw', ...CW_LISTING },
    { id: 'ln', ...LN_LISTING },
    { id: 'thread', ...THREAD },
    { id: 'approved', ...APPROVED },
    { id: 'text', text: 'まずはＬＩＮＥで連絡ください' },
    { id: 'no-url', html: '<p>x</p>' },
    { id: 'both', text: 'x', html: '<p>x</p>', url: THREAD.url },
    { id: 'elsewhere', url: 'https://example.com/jobs/1', html: '<p>x</p>' },
    { id: 'plain-http', url: 'http://crowdworks.jp/public/jobs/1', html: '<p>x</p>' },
    { id: 'bad-url', url: 'not a url', html: '<p>x</p>' },
    { id: 'coconala', ...COCONALA },
  ];
  let run: ReturnType<typeof scan> | null = null;
  const output = () => {
    run ??= scan(['--jsonl', '--now', FIXTURE_NOW], `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
    expect(run.code, run.stderr).toBe(0);
    const out = jsonLines(run.stdout);
    expect(out.map((o) => o.id)).toEqual(lines.map((line) => line.id));
    return new Map(out.map((o) => [o.id, o]));
  };

  it('gives every card of a listing with its findings, as the extension computes them', () => {
    for (const [id, page] of [['cw', CW_LISTING], ['ln', LN_LISTING]] as const) {
      const facts = factsOf(page);
      const expected = analyzeCards(facts, RULES, DEFAULT_SETTINGS, NOW);
      const line = output().get(id) as { page: unknown; cards: { jobId: string; url: string; findings: unknown[] }[]; findings: unknown[] };
      expect(line.page).toEqual({ site: facts.site, kind: 'job-list', missing: [] });
      expect(line.cards.map((c) => [c.jobId, c.url])).toEqual(facts.cards.map((c) => [c.jobId, c.url]));
      for (const card of line.cards) expect(card.findings, card.jobId).toEqual(asOutput(expected.get(card.jobId) ?? []));
      // Both kinds of card are there, so the comparison says something.
      expect(line.cards.some((c) => c.findings.length > 0)).toBe(true);
      expect(line.cards.some((c) => c.findings.length === 0)).toBe(true);
      // The page's findings are every job's (a job shown twice counts once), most severe first.
      const perJob = new Map(line.cards.map((c) => [c.jobId, c.findings.length]));
      expect(line.findings).toHaveLength([...perJob.values()].reduce((n, count) => n + count, 0));
      const ranks = (line.findings as { severity: string }[]).map((f) => ['info', 'warning', 'danger'].indexOf(f.severity));
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    }
    expect((output().get('cw') as { cards: unknown[] }).cards).toHaveLength(51);
    expect((output().get('ln') as { cards: unknown[] }).cards).toHaveLength(5);
  });

  it('points evidence on a thread at the exact characters of the message that holds them', () => {
    const facts = factsOf(THREAD);
    const line = output().get('thread') as { page: unknown; cards?: unknown; findings: ReturnType<typeof asOutput> };
    expect(line.page).toEqual({ site: 'crowdworks', kind: 'proposal', missing: facts.missing });
    expect(line.cards).toBeUndefined();
    expect(line.findings).toEqual(asOutput(analyze(facts, RULES, DEFAULT_SETTINGS, NOW).findings));
    const line_ = line.findings.find((f) => f.ruleId === 'off-platform-contact/line');
    expect(line_?.evidence[0]).toMatchObject({ text: 'ＬＩＮＥ', source: 'message:1' });
    for (const e of line_?.evidence ?? []) {
      expect(facts.texts.find((t) => t.id === e.source)?.text.slice(e.start, e.end)).toBe(e.text);
    }
    // Once the サービス外連絡申請 is approved, the same request is only a reminder.
    const approved = output().get('approved') as { findings: { ruleId: string; severity: string }[] };
    expect(approved.findings.filter((f) => f.ruleId === 'off-platform-contact/line').map((f) => f.severity)).toEqual(['info']);
    expect(approved.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('keeps text lines as they were, and explains each page line it cannot read', () => {
    const out = output();
    expect(out.get('text')).toEqual({
      id: 'text',
      findings: [expect.objectContaining({ ruleId: 'off-platform-contact/line', evidence: expect.arrayContaining([{ text: 'ＬＩＮＥ', start: 3, end: 7 }]) })],
    });
    expect(out.get('no-url')?.error).toMatch(/^url: /);
    expect(out.get('both')?.error).toBe('line: give "text" or "html", not both');
    expect(out.get('elsewhere')?.error).toMatch(/example\.com is not a supported site/);
    expect(out.get('plain-http')?.error).toMatch(/not a supported site .*https/);
    expect(out.get('bad-url')?.error).toMatch(/^url: not a URL/);
    expect(out.get('coconala')?.error).toMatch(/recognised as a coconala listing with 5 cards, but only crowdworks\.jp and www\.lancers\.jp are analysed/);
  });
});

describe('scan --url URL FILE.html', () => {
  const dir = mkdtempSync(join(tmpdir(), 'omamori-scan-html-'));
  const listingFile = join(dir, 'listing.html');
  writeFileSync(listingFile, CW_LISTING.html);

  it('reports a listing card by card in Japanese, with the evidence in context', () => {
    const { code, stdout, stderr } = scan(['--url', CW_LISTING.url, '--now', FIXTURE_NOW, listingFile]);
    expect(code, stderr).toBe(0);
    const risky = analyzeCards(factsOf(CW_LISTING), RULES, DEFAULT_SETTINGS, NOW);
    const riskyCount = [...risky.values()].filter((findings) => findings.length > 0).length;
    expect(stdout).toContain(`crowdworks / job-list のページとして確認`);
    expect(stdout).toContain(`51 件中 ${riskyCount} 件の仕事にリスク`);
    expect(stdout).toMatch(/根拠 evidence: 「[^」]+」 \d+行目 \d+文字目 \(line \d+, column \d+ of card:\d+:(title|digest)\)/);
    expect(stdout).toMatch(/^ {7}….*【.+】.*…$/m);
  });

  it('says what it could not read, and refuses what it cannot check with a reason', () => {
    const partial = join(dir, 'employer.html');
    writeFileSync(partial, '<html><body><h1>クライアント</h1></body></html>');
    const read = scan(['--url', 'https://crowdworks.jp/public/employers/9100001', partial]);
    expect(read.code).toBe(0);
    expect(read.stdout).toMatch(/一部読み取れませんでした \(page partly recognised; not read\): .*client\./);

    const noUrl = scan([listingFile]);
    expect(noUrl.code).toBe(2);
    expect(noUrl.stderr).toContain('give the URL it was served at with --url');
    const withKind = scan(['--url', CW_LISTING.url, '--kind', 'message', listingFile]);
    expect(withKind.code).toBe(2);
    expect(withKind.stderr).toContain('with --url the site and page kind come from the URL');
    const elsewhere = scan(['--url', 'https://example.com/', listingFile]);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toContain('example.com is not a supported site');
  });
});

describe('readHtmlPage', () => {
  it('refuses a page over the size cap before parsing it', () => {
    const started = performance.now();
    const result = readHtmlPage('<p>'.padEnd(MAX_HTML_CHARS + 1, 'x'), THREAD.url, NOW);
    expect(result).toEqual({ ok: false, error: `html: ${MAX_HTML_CHARS + 1} chars, over the limit of ${MAX_HTML_CHARS}` });
    // Hang guard only: parsing 20 MB would take far longer.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('reads a deeply nested hostile page without throwing', () => {
    const html = `${'<div>'.repeat(10_000)}ＬＩＮＥで連絡ください${'</div>'.repeat(10_000)}`;
    const result = readHtmlPage(html, 'https://crowdworks.jp/public/jobs/13500001', NOW);
    expect(result.ok).toBe(true);
  });
});
