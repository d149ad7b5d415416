import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { tabReportKey, TabReportSchema, type TabReport } from '@/utils/messages';

/**
 * The tab a page should describe: `?tab=N` when given (tests, links from the popup),
 * otherwise the active tab of the current window, followed as the user switches tabs.
 */
export function useTargetTab(): number | null {
  const fixed = Number(new URLSearchParams(location.search).get('tab'));
  const [tabId, setTabId] = useState<number | null>(Number.isInteger(fixed) && fixed > 0 ? fixed : null);
  useEffect(() => {
    if (Number.isInteger(fixed) && fixed > 0) return;
    let alive = true;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (alive && tab?.id !== undefined) setTabId(tab.id);
    });
    const onActivated = (info: { tabId: number }) => setTabId(info.tabId);
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [fixed]);
  return tabId;
}

/** The stored report for a tab, kept live through storage.onChanged. */
export function useTabReport(tabId: number | null): { report: TabReport | null; loaded: boolean } {
  // The state remembers which tab it describes, so a tab switch never shows the last tab's report.
  const [state, setState] = useState<{ tabId: number | null; report: TabReport | null }>({ tabId: null, report: null });
  useEffect(() => {
    if (tabId === null) return;
    const key = tabReportKey(tabId).slice('session:'.length);
    const accept = (value: unknown) => {
      const parsed = TabReportSchema.safeParse(value);
      setState({ tabId, report: parsed.success ? parsed.data : null });
    };
    let alive = true;
    void browser.storage.session.get(key).then((stored) => alive && accept(stored[key]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) accept(changes[key]?.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);
  const current = state.tabId === tabId && tabId !== null;
  return { report: current ? state.report : null, loaded: current };
}

/**
 * The tab's current address, followed as it navigates; null when unknown (the extension only
 * sees addresses on the supported sites). Lets the panel tell "still analysing" from
 * "not a supported page" while no report is stored.
 */
export function useTabUrl(tabId: number | null): string | null {
  const [url, setUrl] = useState<{ tabId: number | null; url: string | null }>({ tabId: null, url: null });
  useEffect(() => {
    if (tabId === null) return;
    let alive = true;
    void browser.tabs
      .get(tabId)
      .then((tab) => alive && setUrl({ tabId, url: tab?.url ?? null }))
      .catch(() => undefined);
    const onUpdated = (id: number, change: { url?: string }) => {
      if (id === tabId && change.url !== undefined) setUrl({ tabId, url: change.url });
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      alive = false;
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);
  return url.tabId === tabId ? url.url : null;
}
