/**
 * What the extension holds, read from inside its service worker: a tab's report in
 * storage.session and the whole of storage.local / storage.sync. Plus watchers for what a
 * hostile page must never cause (dialogs, new elements). Helpers for the privacy and
 * hostile-input e2e tests; the harness itself stays untouched.
 */
import type { BrowserContext, Dialog, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TabReport } from '@/utils/messages';
import type { Session } from './harness';

/** The extension API inside the service worker (evaluated there, so no typings here). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

/** The report the background keeps for a tab, or null. */
export async function readTabReport(session: Session, tabId: number): Promise<TabReport | null> {
  return session.worker.evaluate(
    (id: number) =>
      chrome.storage.session
        .get(`tab-report-${id}`)
        .then((r: Record<string, TabReport | undefined>) => r[`tab-report-${id}`] ?? null),
    tabId,
  );
}

/** Waits until the background has a report for the page's tab; returns the tab id and report. */
export async function waitForTabReport(
  session: Session,
  page: Page,
  timeout = 15_000,
): Promise<{ tabId: number; report: TabReport }> {
  const tabId = await session.tabIdOf(page);
  await expect.poll(() => readTabReport(session, tabId), { timeout }).not.toBeNull();
  return { tabId, report: (await readTabReport(session, tabId)) as TabReport };
}

/** Everything in one storage area, as the extension itself sees it. */
export async function storageDump(session: Session, area: 'local' | 'sync' | 'session'): Promise<Record<string, unknown>> {
  return session.worker.evaluate((name: string) => chrome.storage[name].get(null), area);
}

/** Every string (keys included) inside a stored value, however deeply nested. */
export function storedStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) storedStrings(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      into.push(key);
      storedStrings(item, into);
    }
  }
  return into;
}

/** All substrings of `length` code units of the texts (whitespace runs folded to one space). */
export function windowsOf(texts: readonly string[], length: number): Set<string> {
  const windows = new Set<string>();
  for (const raw of texts) {
    const text = raw.replace(/\s+/g, ' ');
    for (let i = 0; i + length <= text.length; i++) windows.add(text.slice(i, i + length));
  }
  return windows;
}

/** The windows of `texts` that occur inside any of `stored` (empty when nothing leaked). */
export function leakedWindows(stored: readonly string[], windows: ReadonlySet<string>, length: number): string[] {
  const found = new Set<string>();
  for (const raw of stored) {
    const text = raw.replace(/\s+/g, ' ');
    for (let i = 0; i + length <= text.length; i++) {
      const slice = text.slice(i, i + length);
      if (windows.has(slice)) found.add(slice);
    }
  }
  return [...found];
}

/** Records (and dismisses) every alert/confirm/prompt any page of the context opens. */
export function recordDialogs(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('dialog', (dialog: Dialog) => {
    seen.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  return seen;
}

interface CdpNode {
  nodeType: number;
  nodeName: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * The element names inside the (closed) shadow roots of every `<tag>` on the page, read
 * through the DevTools protocol, which sees into closed roots as page scripts cannot.
 */
export async function shadowElementNames(page: Page, tag: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const names: string[] = [];
    const collect = (node: CdpNode) => {
      if (node.nodeType === 1) names.push(node.nodeName);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) collect(child);
    };
    const visit = (node: CdpNode) => {
      if (node.nodeName.toLowerCase() === tag) for (const shadow of node.shadowRoots ?? []) collect(shadow);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child);
    };
    visit(root);
    return names;
  } finally {
    await cdp.detach();
  }
}
