/** Command-line options of the scan CLI, checked with a clear message for each mistake. */
import { SITES, type Site } from '../../utils/facts';
import { INPUT_KINDS, type InputKind } from './inputs';

export interface Options {
  jsonl: boolean;
  file: string | null;
  /** The address a saved page (FILE.html) was served at: it tells the site and page kind. */
  url: string | null;
  kind: InputKind;
  site: Site;
  rulesFile: string | null;
  now: Date;
}

export const USAGE = `使い方 (usage):
  npm run --silent scan -- --jsonl < in.jsonl > out.jsonl
  npm run --silent scan -- FILE.txt [--kind job|message|profile|contract] [--site crowdworks|lancers]
  npm run --silent scan -- --url URL FILE.html
  options: --rules FILE.ts (RULES or one rule to use), --now ISO-DATE (clock)`;

export function fail(message: string): never {
  process.stderr.write(`scan: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

export function parseArgs(args: readonly string[]): Options {
  const options: Options = { jsonl: false, file: null, url: null, kind: 'job', site: 'crowdworks', rulesFile: null, now: new Date() };
  const given = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = (): string => args[++i] ?? fail(`${arg} needs a value`);
    if (arg.startsWith('--')) given.add(arg);
    if (arg === '--jsonl') options.jsonl = true;
    else if (arg === '--kind') {
      const kind = value();
      if (!(INPUT_KINDS as readonly string[]).includes(kind)) fail(`unknown --kind ${kind}`);
      options.kind = kind as InputKind;
    } else if (arg === '--site') {
      const site = value();
      if (!(SITES as readonly string[]).includes(site)) fail(`unknown --site ${site}`);
      options.site = site as Site;
    } else if (arg === '--url') options.url = value();
    else if (arg === '--rules') options.rulesFile = value();
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
  if (options.jsonl && options.file !== null) fail(`--jsonl reads standard input, not ${options.file}`);
  if (options.jsonl && options.url !== null) fail('--url is for one FILE.html; in --jsonl mode each line gives its "url"');
  if (!options.jsonl && options.file === null) fail('give --jsonl, a FILE.txt, or --url URL FILE.html');
  if (options.url !== null && (given.has('--kind') || given.has('--site'))) {
    fail('--kind and --site are for text files; with --url the site and page kind come from the URL');
  }
  if (options.url === null && options.file !== null && /\.html?$/i.test(options.file)) {
    fail(`${options.file} looks like a saved page: give the URL it was served at with --url`);
  }
  return options;
}
