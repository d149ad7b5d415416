/**
 * End-to-end harness: the built extension (.output/chrome-mv3) in Debian's Chromium, driven
 * by playwright-core. Pages are answered at the sites' real URLs from fixture files; every
 * other request is aborted and recorded. A local catch-all proxy records anything that slips
 * past routing (e.g. a request from the extension's service worker), so a test can prove the
 * extension sent nothing anywhere.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { REPO_ROOT } from '../shared';

export const EXTENSION_DIR = join(REPO_ROOT, process.env.OMAMORI_OUT_DIR ?? '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A URL served from a file (or a string of HTML) instead of the network. */
export interface RoutedPage {
  url: string;
  html: string | (() => string);
}

export interface RecordedRequest {
  url: string;
  /**
   * 'page': a site page asked for something the fixtures do not answer (aborted);
   * 'extension': made by an extension context; 'escaped': reached the catch-all proxy;
   * 'browser': Chromium's own service traffic that reached the proxy.
   */
  from: 'page' | 'extension' | 'escaped' | 'browser';
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Requests for anything the fixtures do not answer (aborted), and anything that reached the proxy. */
  blocked: RecordedRequest[];
  /** Requests that left routing for anywhere but Chromium's own services: must stay empty. */
  escaped(): RecordedRequest[];
  /** Requests made by an extension context, answered or not: must stay empty. */
  extensionRequests: RecordedRequest[];
  serve(page: RoutedPage): void;
  open(url: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/** The extension API as seen inside the service worker (evaluated there, so no typings here). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

/**
 * Chromium itself (not the extension) calls Google's update and account services at start-up
 * even with background networking disabled; those hosts are set aside as browser traffic.
 */
const BROWSER_OWN_HOSTS = /^(?:connect:\/\/|https?:\/\/)?[a-z0-9.-]*\.(?:google\.com|googleapis\.com|gstatic\.com|gvt1\.com)(?::\d+)?(?:\/|$)/;

/**
 * The browser fetches a page's favicon (and may pre-open a connection to the page's host)
 * outside request routing; a bare tunnel to a supported site's host is that, not a request.
 */
const SITE_TUNNEL = /^connect:\/\/(?:crowdworks\.jp|www\.lancers\.jp):443$/;

function record(into: RecordedRequest[], url: string): void {
  const from = BROWSER_OWN_HOSTS.test(url) ? 'browser' : SITE_TUNNEL.test(url) ? 'page' : 'escaped';
  into.push({ url, from });
}

function startCatchAllProxy(escaped: RecordedRequest[]): Promise<Server> {
  const server = createServer((req, res) => {
    record(escaped, req.url ?? '');
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    record(escaped, `connect://${req.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function launch(options: { extensionDir?: string; headless?: boolean } = {}): Promise<Session> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const blocked: RecordedRequest[] = [];
  const extensionRequests: RecordedRequest[] = [];
  const proxy = await startCatchAllProxy(blocked);
  const proxyPort = (proxy.address() as AddressInfo).port;
  const userDataDir = mkdtempSync(join(tmpdir(), 'omamori-e2e-'));
  const routes = new Map<string, RoutedPage['html']>();

  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    locale: 'ja-JP',
    // On Linux the browser's UI language (what extension i18n follows) comes from the environment.
    env: { ...process.env, LANGUAGE: 'ja', LANG: 'ja_JP.UTF-8' },
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      '--proxy-bypass-list=<-loopback>',
      '--lang=ja',
    ],
  });

  context.on('request', (request) => {
    const frameUrl = safe(() => request.frame().url()) ?? '';
    if (request.serviceWorker() || frameUrl.startsWith('chrome-extension://')) {
      if (!request.url().startsWith('chrome-extension://')) {
        extensionRequests.push({ url: request.url(), from: 'extension' });
      }
    }
  });

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) {
      await route.continue();
      return;
    }
    const html = routes.get(stripHash(url));
    if (html !== undefined) {
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: typeof html === 'function' ? html() : html,
      });
      return;
    }
    blocked.push({ url, from: 'page' });
    await route.abort('blockedbyclient');
  });

  const worker = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs }));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    worker,
    blocked,
    extensionRequests,
    escaped: () => blocked.filter((r) => r.from === 'escaped'),
    serve(page) {
      routes.set(stripHash(page.url), page.html);
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      const id = await worker.evaluate(async (target: string) => {
        const tabs = await chrome.tabs.query({});
        return (tabs as Array<{ url?: string; id?: number }>).find((t) => t.url === target)?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`no tab found for ${url}`);
      return id;
    },
    async close() {
      await context.close();
      await new Promise((resolve) => proxy.close(resolve));
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function isOurs(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://') && worker.url().endsWith('/background.js');
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

function safe<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/** Reads a fixture file as UTF-8 (saved pages may declare another charset in <meta>; we serve UTF-8). */
export function fixtureHtml(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Badge text the extension set for a tab. */
export async function badgeTextOf(session: Session, tabId: number): Promise<string> {
  return session.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Opens the side panel page in a tab of its own, pointed at `tabId`. */
export async function openSidePanel(session: Session, tabId: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
  return page;
}

interface CdpNode {
  nodeName: string;
  nodeValue?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * The text inside the closed shadow roots of every `<tag>` element on the page. Page scripts
 * cannot see into them, so the test reads them through the DevTools protocol, which can.
 */
export async function closedShadowTexts(page: Page, tag: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const texts: string[] = [];
    const textOf = (node: CdpNode): string =>
      node.nodeName === 'STYLE' ? '' : (node.nodeValue ?? '') + (node.children ?? []).map(textOf).join('');
    const visit = (node: CdpNode) => {
      if (node.nodeName.toLowerCase() === tag) {
        texts.push((node.shadowRoots ?? []).map(textOf).join('').trim());
      }
      for (const child of node.children ?? []) visit(child);
      for (const shadow of node.shadowRoots ?? []) visit(shadow);
    };
    visit(root);
    return texts;
  } finally {
    await cdp.detach();
  }
}
