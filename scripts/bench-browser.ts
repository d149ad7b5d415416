/**
 * Browser figures for `npm run bench` (called from scripts/bench.ts), measured in Chromium
 * on the real saved listing pages (../shared/fixtures/pages, served at their real URLs):
 *
 *   contentScript   size of the built content script, raw and gzip (goal ≤ 40 KB gzip)
 *   pageLoad        load time (navigation start → load event end) with the extension and
 *                   without it: two browsers in this one process, the same routing, pages
 *                   opened in alternating order, several rounds; medians and the slowdown
 *                   (goal ≤ 5 %)
 *   longestTask     from a DevTools trace of each page with the extension: the longest
 *                   main-thread task that ran content-script code, and the content script's
 *                   own time inside it (goal ≤ 50 ms)
 *
 * Figures only: nothing here passes or fails.
 */
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM } from '../tests/e2e/harness';
import { REAL_LISTINGS, realListing, withListingApp } from '../tests/e2e/fixtures';

export interface BrowserBenchOptions {
  /** The built output directory (holds chrome-mv3/). */
  outDir: string;
  /** Paired load rounds per page. */
  rounds?: number;
  /** Traced loads per page. */
  traces?: number;
}

interface Routed {
  name: string;
  url: string;
  html: string;
}

/** The listing pages as users see them (CrowdWorks cards rendered by the stand-in app). */
function listingPages(): Routed[] {
  return (Object.keys(REAL_LISTINGS) as (keyof typeof REAL_LISTINGS)[]).map((name) => {
    const page = realListing(name, name.startsWith('crowdworks') ? (html) => withListingApp(html) : undefined);
    return { name, url: page.url, html: page.html as string };
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** Size of each built content script, raw and gzip (level 9, as the bundle check counts it). */
export function contentScriptSizes(outDir: string): { file: string; rawBytes: number; gzipBytes: number; gzipKB: number }[] {
  const dir = join(outDir, 'chrome-mv3', 'content-scripts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const source = readFileSync(join(dir, file));
      const gzipBytes = gzipSync(source, { level: 9 }).length;
      return { file, rawBytes: source.length, gzipBytes, gzipKB: round(gzipBytes / 1024) };
    });
}

interface Browser {
  context: BrowserContext;
  extensionId: string | null;
  close(): Promise<void>;
}

/** A Chromium with or without the extension; both answer the same pages and abort the rest. */
async function launchBrowser(pages: Routed[], extensionDir: string | null): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'omamori-bench-'));
  const extensionArgs = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'ja-JP',
    viewport: { width: 1280, height: 900 },
    args: [
      ...extensionArgs,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Nothing may reach the network: anything routing does not answer goes to a dead proxy.
      '--proxy-server=http://127.0.0.1:9',
      '--proxy-bypass-list=<-loopback>',
    ],
  });
  const byUrl = new Map(pages.map((p) => [p.url, p.html]));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const html = byUrl.get(url);
    if (html === undefined) return route.abort('blockedbyclient');
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  let extensionId: string | null = null;
  if (extensionDir) {
    const isOurs = (w: { url(): string }) => w.url().startsWith('chrome-extension://') && w.url().endsWith('/background.js');
    const worker = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Load time of one fresh page: navigation start → end of the load event, from Navigation Timing. */
async function loadTime(browser: Browser, url: string): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const ms = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return nav ? nav.loadEventEnd - nav.startTime : Number.NaN;
  });
  // Let the page finish what it does after load (our badges, the stand-in app) before the next one.
  await page.waitForTimeout(300);
  await page.close();
  return ms;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

async function readTrace(cdp: CDPSession, stream: string): Promise<TraceEvent[]> {
  let text = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle: stream })) as { data: string; eof: boolean; base64Encoded?: boolean };
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** Loads `url` while tracing; returns the trace once the page has been quiet for `settleMs`. */
async function tracePage(browser: Browser, url: string, settleMs: number): Promise<TraceEvent[]> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,toplevel',
    transferMode: 'ReturnAsStream',
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream ?? '')));
  await cdp.send('Tracing.end');
  const events = await readTrace(cdp, await done);
  await cdp.detach();
  await page.close();
  return events;
}

/** Total length of the union of intervals (script events nest; count each moment once). */
function coveredLength(intervals: [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of sorted) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}

/**
 * From a trace: the longest main-thread task in which content-script code ran, and the
 * script's own time in that task and in the busiest task. Times in ms.
 */
function contentScriptTasks(events: TraceEvent[], scriptPrefix: string) {
  const ours = events.filter((e) => e.ph === 'X' && (e.args?.data?.url ?? e.args?.data?.scriptName ?? '').startsWith(scriptPrefix));
  const threads = new Set(ours.map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && threads.has(`${e.pid}:${e.tid}`));
  let longestTask = 0;
  let scriptInLongest = 0;
  let busiestScript = 0;
  let count = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = ours.filter((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < end);
    if (inside.length === 0) continue;
    count++;
    const script = coveredLength(inside.map((e) => [e.ts, Math.min(end, e.ts + (e.dur ?? 0))]));
    busiestScript = Math.max(busiestScript, script);
    if ((task.dur ?? 0) > longestTask) {
      longestTask = task.dur ?? 0;
      scriptInLongest = script;
    }
  }
  return { tasks: count, longestTaskMs: longestTask / 1000, scriptInLongestTaskMs: scriptInLongest / 1000, longestScriptMs: busiestScript / 1000 };
}

async function browserVersion(browser: Browser): Promise<string> {
  const page = await browser.context.newPage();
  const agent = await page.evaluate(() => navigator.userAgent);
  await page.close();
  return /(?:HeadlessChrome|Chrome)\/[\d.]+/.exec(agent)?.[0] ?? agent;
}

/** Runs the paired load rounds and the traces; returns the figures as plain JSON data. */
export async function benchBrowser(options: BrowserBenchOptions) {
  const extensionDir = join(options.outDir, 'chrome-mv3');
  const rounds = options.rounds ?? 9;
  const traces = options.traces ?? 3;
  const pages = listingPages();
  const withExtension = await launchBrowser(pages, extensionDir);
  const without = await launchBrowser(pages, null);
  try {
    // One unmeasured load of each page in each browser: caches, compilation, the service worker.
    for (const page of pages) {
      await loadTime(withExtension, page.url);
      await loadTime(without, page.url);
    }
    const samples = new Map(pages.map((p) => [p.name, { with: [] as number[], without: [] as number[] }]));
    for (let r = 0; r < rounds; r++) {
      for (const page of pages) {
        const sample = samples.get(page.name)!;
        // Alternate which browser goes first, so neither always gets the warmer machine.
        const order = r % 2 === 0 ? ([withExtension, without] as const) : ([without, withExtension] as const);
        for (const browser of order) (browser === withExtension ? sample.with : sample.without).push(await loadTime(browser, page.url));
      }
    }
    const pageLoad = pages.map((page) => {
      const sample = samples.get(page.name)!;
      const withMs = median(sample.with);
      const withoutMs = median(sample.without);
      return { page: page.name, url: page.url, rounds, withExtensionMs: round(withMs), withoutMs: round(withoutMs), slowdownPercent: round((withMs / withoutMs - 1) * 100) };
    });

    const prefix = `chrome-extension://${withExtension.extensionId}/content-scripts/`;
    const longestTask = [];
    for (const page of pages) {
      const runs = [];
      for (let t = 0; t < traces; t++) runs.push(contentScriptTasks(await tracePage(withExtension, page.url, 1_500), prefix));
      const worst = runs.reduce((a, b) => (b.longestTaskMs > a.longestTaskMs ? b : a));
      longestTask.push({
        page: page.name,
        traces,
        longestTaskMs: round(worst.longestTaskMs, 2),
        scriptInLongestTaskMs: round(worst.scriptInLongestTaskMs, 2),
        longestScriptMs: round(Math.max(...runs.map((r) => r.longestScriptMs)), 2),
        medianLongestTaskMs: round(median(runs.map((r) => r.longestTaskMs)), 2),
        tasksWithContentScript: worst.tasks,
      });
    }
    return {
      note:
        'pageLoad: median navigation start → loadEventEnd over paired rounds (goal: slowdown ≤ 5 %); ' +
        'longestTask: worst over traced loads of the longest main-thread task running content-script code, and the script’s own time in it (goal ≤ 50 ms)',
      chromium: await browserVersion(withExtension),
      pageLoad,
      worstSlowdownPercent: Math.max(...pageLoad.map((p) => p.slowdownPercent)),
      longestTask,
      worstLongestTaskMs: Math.max(...longestTask.map((t) => t.longestTaskMs)),
    };
  } finally {
    await withExtension.close();
    await without.close();
  }
}
