/**
 * Issue 8, static scan of the built output (both builds): no network API, no code from
 * strings and no HTML sink anywhere in the shipped JavaScript and HTML, except the
 * occurrences pinned below. Each pinned one comes from a dependency, is named by file, count
 * and the code around it, and says why our code cannot reach it. A new occurrence, a moved
 * one or a changed count fails the test, and must be judged and pinned again by hand.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../shared';

const OUT_DIR = join(REPO_ROOT, process.env.OMAMORI_OUT_DIR ?? '.output');
const BUILDS = ['chrome-mv3', 'firefox-mv2'] as const;

/**
 * Names that open a connection or run a string as code (and HTML sinks). Matched as whole
 * identifiers, so `window.fetch`, `globalThis["fetch"]` and `x=fetch` count as well as `fetch(`.
 */
const FORBIDDEN = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebTransport',
  'sendBeacon',
  'EventSource',
  'RTCPeerConnection',
  'importScripts',
  'eval',
  'Function',
  'innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
] as const;
type Forbidden = (typeof FORBIDDEN)[number];

interface Allowed {
  /**
   * Built file: `background.js`, `content-scripts/content.js`, or `chunks/*` for the chunks
   * the extension pages share (the bundler moves code between them as the code grows).
   */
  file: string;
  name: Forbidden;
  /** Occurrences of `name` in `file` that this entry explains. */
  count: number;
  /** The code around each occurrence (40 characters either side) must match this. */
  context: RegExp;
  /** Which dependency it comes from and why it cannot run (or cannot reach the network). */
  why: string;
}

const POLYFILL_FILES = ['background.js', 'content-scripts/content.js', 'chunks/*'];
const ZOD_FILES = ['background.js', 'chunks/*'];

const ALLOWED: readonly Allowed[] = [
  ...POLYFILL_FILES.flatMap((file): Allowed[] => [
    {
      file,
      name: 'eval',
      count: 1,
      context: /inspectedWindow:\{eval:\{minArgs/,
      why: 'webextension-polyfill: the API table entry for devtools.inspectedWindow.eval, a property name in a data object; never called (no devtools page, no permission).',
    },
    {
      file,
      name: 'Function',
      count: 1,
      context: /=Function\.call\.bind\(Object\.prototype\.hasOwn/,
      why: 'webextension-polyfill: `Function.call.bind(hasOwnProperty)`, a bound hasOwnProperty; no code is built from a string.',
    },
  ]),
  ...ZOD_FILES.flatMap((file): Allowed[] => [
    {
      file,
      name: 'Function',
      count: 1,
      context: /try\{return Function\(``\),!0\}catch\{return!1\}/,
      why: "zod 4 (`allowsEval`): probes whether `Function('')` is allowed. Our CSP (script-src 'self', no 'unsafe-eval') makes it throw, so zod records that eval is unavailable.",
    },
    {
      file,
      name: 'Function',
      count: 1,
      context: /compile\(\)\{let \w+=Function,/,
      why: 'zod 4 (`Doc.compile`, the object-parser JIT): used only when the `allowsEval` probe above succeeded, which our CSP forbids; and the CSP would block it anyway.',
    },
  ]),
  {
    file: 'chunks/*',
    name: 'fetch',
    count: 1,
    context: /\w+=\w+\(\w+\);fetch\(\w+\.href,\w+\)/,
    why: "Vite's modulepreload polyfill: fetches the page's own <link rel=modulepreload> chunks, and returns before that in browsers that support modulepreload (Chromium, Firefox ≥ 115; we require 128). The targets are extension files, and connect-src 'none' applies regardless.",
  },
  {
    file: 'chunks/*',
    name: 'innerHTML',
    count: 2,
    context: /\.__html!==\w+&&\(\w+\.innerHTML=\w+\)/,
    why: 'react-dom: the dangerouslySetInnerHTML prop (for built-in and custom elements). Our lint forbids that prop everywhere (eslint.config.js; tests/unit/security/lint-guards.test.ts), so no component passes it.',
  },
  {
    file: 'chunks/*',
    name: 'innerHTML',
    count: 1,
    context: /\.innerHTML=`<script><\\\/script>`/,
    why: 'react-dom: creates a <script> element from a constant string (so that it never runs); no page data.',
  },
  {
    file: 'chunks/*',
    name: 'innerHTML',
    count: 2,
    context: /case`innerHTML`:case`ref`:/,
    why: 'react-dom: the prop name as a string in a switch that skips it; not an assignment.',
  },
];

const CONTEXT_CHARS = 40;

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [path];
  });
}

/** A built file's name as the allowlist knows it: `chunks/use-stored-data-xi7HSkLz.js` → `chunks/*`. */
function stableName(build: string, path: string): string {
  const name = relative(join(OUT_DIR, build), path).split('\\').join('/');
  return name.startsWith('chunks/') ? 'chunks/*' : name;
}

interface Occurrence {
  file: string;
  name: Forbidden;
  context: string;
}

/** Every whole-identifier occurrence of a forbidden name in the build's scripts and pages. */
function occurrencesIn(build: string): Occurrence[] {
  const found: Occurrence[] = [];
  const pattern = new RegExp(`(?<![\\w$])(${FORBIDDEN.join('|')})(?![\\w$])`, 'g');
  for (const path of filesOf(join(OUT_DIR, build)).filter((p) => /\.(js|mjs|html)$/.test(p))) {
    const source = readFileSync(path, 'utf8');
    for (const match of source.matchAll(pattern)) {
      const at = match.index ?? 0;
      found.push({
        file: stableName(build, path),
        name: match[1] as Forbidden,
        context: source.slice(Math.max(0, at - CONTEXT_CHARS), at + match[0].length + CONTEXT_CHARS),
      });
    }
  }
  return found;
}

describe.each(BUILDS)('static scan of %s', (build) => {
  const occurrences = occurrencesIn(build);

  it('finds each forbidden name only where the allowlist explains it', () => {
    const unexplained = occurrences.filter(
      (o) => !ALLOWED.some((a) => a.file === o.file && a.name === o.name && a.context.test(o.context)),
    );
    expect(unexplained).toEqual([]);
  });

  it('finds exactly the pinned number of each allowed occurrence', () => {
    const counts = ALLOWED.map((a) => ({
      file: a.file,
      name: a.name,
      context: a.context.source,
      count: occurrences.filter((o) => o.file === a.file && o.name === a.name && a.context.test(o.context)).length,
    }));
    expect(counts).toEqual(ALLOWED.map((a) => ({ file: a.file, name: a.name, context: a.context.source, count: a.count })));
  });

  it('loads no script from outside the package', () => {
    for (const path of filesOf(join(OUT_DIR, build)).filter((p) => p.endsWith('.html'))) {
      const html = readFileSync(path, 'utf8');
      for (const [, src] of html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]*)"/g)) {
        expect(src, stableName(build, path)).toMatch(/^\/(?!\/)/);
      }
      // No inline script: the CSP would refuse it anyway.
      expect(html).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/);
    }
  });
});
