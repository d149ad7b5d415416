/**
 * Scan CLI: runs the rule engine outside the browser, for rule authors and for checking the
 * engine on real text and saved pages. The contract below is stable (issues 3 §5 and 5);
 * tests in tests/unit/cli/.
 *
 *   npm run --silent scan -- --jsonl < in.jsonl > out.jsonl
 *     in, a text:  {"id": any, "text": string, "kind"?: "job"|"message"|"profile"|"contract",
 *                   "site"?: "crowdworks"|"lancers", "client"?: {"rating"?, "reviews"?, …}}
 *     out:         {"id": same, "findings": [{"ruleId", "category", "severity",
 *                   "evidence": [{"text", "start", "end"}]}]}   offsets into "text"
 *     in, a page:  {"id": any, "url": string, "html": string}   (the address it was served at)
 *     out:         {"id": same, "page": {"site", "kind", "missing": [...]},
 *                   "findings": [{…, "evidence": [{"text", "source", "start", "end"}]}],
 *                   "cards": [{"jobId", "url", "findings": [...]}]}   ("cards" on listings only)
 *       Evidence offsets point into the page text named by "source" ("job.description",
 *       "message:3", "card:<jobId>:title"…); "fact:…" sources are page facts. On listings,
 *       "findings" is every card's findings, most severe first (what the side panel lists).
 *     Either may carry "notices" (text cut at the size cap, a rule that failed).
 *     A malformed line gives {"id": … | null, "error": "…"} on its line and the run goes on.
 *     The exit code is non-zero only when nothing could be read.
 *
 *   npm run --silent scan -- FILE.txt [--kind message] [--site lancers]
 *   npm run --silent scan -- --url URL FILE.html
 *     Human-readable report in Japanese (with English), evidence in context.
 *
 * Options for all: --rules FILE.ts (a module exporting `RULES` or one `rule`, to try a
 * rule being written), --now ISO-DATE (the clock for elapsed-time rules and for the relative
 * dates on a page, "3日前").
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { GUIDANCE } from '../rules/guidance';
import { RULES } from '../rules/index';
import type { RuleGuidance, RuleSpec } from '../utils/engine/rule-schema';
import { analyzePage } from './scan/analyze-page';
import { closeHtmlParser, readHtmlPage } from './scan/html-page';
import { parseInputLine, textPage, type InputLine } from './scan/inputs';
import { fail, parseArgs, type Options } from './scan/options';
import { pageOutput, textOutput } from './scan/output';
import { pageReport, textReport } from './scan/report';

/** Rules and guidance: the registered set, or the ones a module under test exports. */
async function loadRules(file: string | null): Promise<{ rules: readonly RuleSpec[]; guidance: Readonly<Record<string, RuleGuidance>> }> {
  if (file === null) return { rules: RULES, guidance: GUIDANCE };
  const module = (await import(pathToFileURL(resolve(file)).href)) as {
    RULES?: readonly RuleSpec[];
    rule?: RuleSpec;
    GUIDANCE?: Record<string, RuleGuidance>;
    guidance?: RuleGuidance;
  };
  const rules = module.RULES ?? (module.rule ? [module.rule] : null);
  if (!rules) fail(`${file} exports neither RULES nor rule`);
  const guidance = module.GUIDANCE ?? (module.rule && module.guidance ? { [module.rule.id]: module.guidance } : {});
  return { rules, guidance };
}

/** The output line of one readable input. */
function outputOf(id: unknown, input: InputLine, rules: readonly RuleSpec[], now: Date): object {
  if (input.type === 'text') {
    const { text, kind, site, client } = input.line;
    return textOutput(id, analyzePage(textPage(text, kind ?? 'job', site ?? 'crowdworks', client), rules, now));
  }
  const page = readHtmlPage(input.line.html, input.line.url, now);
  return page.ok ? pageOutput(id, analyzePage(page.facts, rules, now)) : { id, error: page.error };
}

async function runJsonl(options: Options, rules: readonly RuleSpec[]): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let readable = 0;
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) process.stdout.write(pending.join(''));
    pending = [];
  };
  for await (const line of lines) {
    let output: object;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      raw = undefined;
    }
    const id = raw !== null && typeof raw === 'object' && 'id' in raw ? ((raw as { id: unknown }).id ?? null) : null;
    if (raw === undefined) output = { id: null, error: line.trim() === '' ? 'empty line' : 'not valid JSON' };
    else {
      const parsed = parseInputLine(raw);
      output = parsed.ok ? outputOf(id, parsed.input, rules, options.now) : { id, error: parsed.error };
      if (!('error' in output)) readable++;
    }
    pending.push(`${JSON.stringify(output)}\n`);
    if (pending.length >= 256) flush();
  }
  flush();
  if (readable === 0) process.stderr.write('scan: no input line could be read\n');
  return readable === 0 ? 1 : 0;
}

function runFile(options: Options, rules: readonly RuleSpec[], guidance: Readonly<Record<string, RuleGuidance>>): number {
  const file = options.file as string;
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`scan: ${file} を読めません (cannot read): ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  let report: string;
  if (options.url === null) {
    const analysis = analyzePage(textPage(content, options.kind, options.site), rules, options.now);
    report = textReport(file, content, analysis, options.kind, guidance);
  } else {
    const page = readHtmlPage(content, options.url, options.now);
    if (!page.ok) {
      process.stderr.write(`scan: ${file} を確認できません (cannot check): ${page.error}\n`);
      return 1;
    }
    report = pageReport(file, analyzePage(page.facts, rules, options.now), guidance);
  }
  process.stdout.write(`${report}\n`);
  return 0;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const { rules, guidance } = await loadRules(options.rulesFile);
  const code = options.jsonl ? await runJsonl(options, rules) : runFile(options, rules, guidance);
  await closeHtmlParser();
  process.exitCode = code;
}

// A closed pipe (e.g. `| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

await main();
