/**
 * Scan CLI: runs the rule engine outside the browser, for rule authors and for checking the
 * engine on real text. The contract below is stable (issue 3 §5); tests in tests/unit/cli/.
 *
 *   npm run --silent scan -- --jsonl < in.jsonl > out.jsonl
 *     in:  {"id": any, "text": string, "kind"?: "job"|"message"|"profile"|"contract",
 *           "site"?: "crowdworks"|"lancers", "client"?: {"rating"?, "reviews"?, …}}
 *     out: {"id": same, "findings": [{"ruleId", "category", "severity",
 *           "evidence": [{"text", "start", "end"}]}]}   offsets into "text"
 *     A malformed line gives {"id": … | null, "error": "…"} on its line and the run goes on.
 *     The exit code is non-zero only when nothing could be read.
 *
 *   npm run --silent scan -- FILE.txt [--kind message] [--site lancers]
 *     Human-readable report in Japanese (with English), evidence in context.
 *
 * Options for both: --rules FILE.ts (a module exporting `RULES` or one `rule`, to try a
 * rule being written), --now ISO-DATE (the clock for elapsed-time rules).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { GUIDANCE } from '../rules/guidance';
import { RULES } from '../rules/index';
import { SITES, type PageFacts, type PageKind, type Site, type TextKind } from '../utils/facts';
import type { Finding } from '../utils/findings';
import { analyze } from '../utils/engine/analyze';
import type { RuleGuidance, RuleSpec } from '../utils/engine/rule-schema';
import { DEFAULT_SETTINGS } from '../utils/settings-schema';

const INPUT_KINDS = ['job', 'message', 'profile', 'contract'] as const;
type InputKind = (typeof INPUT_KINDS)[number];

/** The page an input text stands for: a job text is read on a job page, and so on. */
const PAGE_KIND_OF: Record<InputKind, PageKind> = {
  job: 'job',
  message: 'messages',
  profile: 'client',
  contract: 'contract',
};

/** Source id of the scanned text; evidence offsets refer to it. */
const SOURCE_ID = 'input';

const InputLineSchema = z.object({
  id: z.unknown().optional(),
  text: z.string(),
  kind: z.enum(INPUT_KINDS).optional(),
  site: z.enum(SITES).optional(),
  client: z
    .object({
      rating: z.number().nullable().optional(),
      reviews: z.number().nullable().optional(),
      identityVerified: z.boolean().nullable().optional(),
      ruleChecked: z.boolean().nullable().optional(),
      ordersPosted: z.number().nullable().optional(),
      completionRate: z.number().nullable().optional(),
    })
    .optional(),
});
type InputLine = z.infer<typeof InputLineSchema>;

interface Options {
  jsonl: boolean;
  file: string | null;
  kind: InputKind;
  site: Site;
  rulesFile: string | null;
  now: Date;
}

const USAGE = `使い方 (usage):
  npm run --silent scan -- --jsonl < in.jsonl > out.jsonl
  npm run --silent scan -- FILE.txt [--kind job|message|profile|contract] [--site crowdworks|lancers]
  options: --rules FILE.ts (RULES or one rule to use), --now ISO-DATE (clock)`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(args: readonly string[]): Options {
  const options: Options = { jsonl: false, file: null, kind: 'job', site: 'crowdworks', rulesFile: null, now: new Date() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = (): string => args[++i] ?? fail(`${arg} needs a value`);
    if (arg === '--jsonl') options.jsonl = true;
    else if (arg === '--kind') {
      const kind = value();
      if (!(INPUT_KINDS as readonly string[]).includes(kind)) fail(`unknown --kind ${kind}`);
      options.kind = kind as InputKind;
    } else if (arg === '--site') {
      const site = value();
      if (!(SITES as readonly string[]).includes(site)) fail(`unknown --site ${site}`);
      options.site = site as Site;
    } else if (arg === '--rules') options.rulesFile = value();
    else if (arg === '--now') {
      options.now = new Date(value());
      if (Number.isNaN(options.now.getTime())) fail(`--now is not a date: ${args[i]}`);
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('-')) fail(`unknown option ${arg}`);
    else if (options.file === null) options.file = arg;
    else fail(`one file at a time (${options.file}, ${arg})`);
  }
  if (!options.jsonl && options.file === null) fail('give --jsonl or a FILE.txt');
  return options;
}

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

function pageFor(text: string, kind: TextKind & InputKind, site: PageFacts['site'], client?: InputLine['client']): PageFacts {
  return {
    site,
    kind: PAGE_KIND_OF[kind],
    url: '',
    client,
    messages: [],
    texts: [{ id: SOURCE_ID, kind, text }],
    cards: [],
    missing: [],
  };
}

/** The JSONL output shape: only evidence inside the text (fact values have no offsets there). */
function toOutputFindings(findings: readonly Finding[]) {
  return findings.map((f) => ({
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    evidence: f.evidence.filter((e) => e.source === SOURCE_ID).map((e) => ({ text: e.text, start: e.start, end: e.end })),
  }));
}

/** Short reason for a rejected line, with the field that was wrong. */
function describeError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'line'}: ${issue.message}`)
    .join('; ');
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
    let output: unknown;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      output = { id: null, error: line.trim() === '' ? 'empty line' : 'not valid JSON' };
    }
    if (output === undefined) {
      const parsed = InputLineSchema.safeParse(raw);
      const id = raw !== null && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id ?? null : null;
      if (!parsed.success) output = { id, error: describeError(parsed.error) };
      else {
        const input = parsed.data;
        const facts = pageFor(input.text, input.kind ?? 'job', input.site ?? 'crowdworks', input.client);
        const { findings } = analyze(facts, rules, DEFAULT_SETTINGS, options.now);
        output = { id, findings: toOutputFindings(findings) };
        readable++;
      }
    }
    pending.push(`${JSON.stringify(output)}\n`);
    if (pending.length >= 256) flush();
  }
  flush();
  if (readable === 0) process.stderr.write('scan: no input line could be read\n');
  return readable === 0 ? 1 : 0;
}

const SEVERITY_LABEL = { danger: '危険 danger', warning: '注意 warning', info: '参考 info' } as const;

/** 1-based line and column of an offset, for people. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The evidence with some text around it, on one line. */
function inContext(text: string, start: number, end: number): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const before = flat(text.slice(Math.max(0, start - 20), start));
  const after = flat(text.slice(end, end + 20));
  return `…${before}【${flat(text.slice(start, end))}】${after}…`;
}

function runFile(options: Options, rules: readonly RuleSpec[], guidance: Readonly<Record<string, RuleGuidance>>): number {
  const file = options.file as string;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`scan: ${file} を読めません (cannot read): ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const facts = pageFor(text, options.kind, options.site, undefined);
  const { findings, notices } = analyze(facts, rules, DEFAULT_SETTINGS, options.now);
  const out: string[] = [];
  out.push(`${file}: ${options.site} / ${facts.kind} として確認 (checked as ${options.kind} text, ${text.length} 文字 chars)`);
  if (findings.length === 0) out.push('見つかったリスクはありません (no findings)');
  else out.push(`${findings.length} 件のリスクが見つかりました (${findings.length} finding${findings.length === 1 ? '' : 's'})`);
  findings.forEach((finding, i) => {
    const title = guidance[finding.ruleId]?.ja.title ?? '(ガイダンスなし no guidance)';
    out.push('');
    out.push(`${i + 1}. [${SEVERITY_LABEL[finding.severity]}] ${title}`);
    out.push(`   ルール rule: ${finding.ruleId}`);
    for (const evidence of finding.evidence) {
      if (evidence.source === SOURCE_ID) {
        const { line, column } = lineAndColumn(text, evidence.start);
        out.push(`   根拠 evidence: 「${evidence.text}」 ${line}行目 ${column}文字目 (line ${line}, column ${column})`);
        out.push(`     ${inContext(text, evidence.start, evidence.end)}`);
      } else {
        out.push(`   根拠 evidence: ${evidence.source.replace(/^fact:/, '')} = ${evidence.text}`);
      }
    }
  });
  for (const notice of notices) out.push(`\nお知らせ notice: ${notice.code}${notice.detail ? ` — ${notice.detail}` : ''}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const { rules, guidance } = await loadRules(options.rulesFile);
  const code = options.jsonl ? await runJsonl(options, rules) : runFile(options, rules, guidance);
  process.exitCode = code;
}

// A closed pipe (e.g. `| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

await main();
