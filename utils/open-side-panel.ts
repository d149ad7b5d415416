/**
 * Opens the browser's side panel: Chrome's `sidePanel.open` for the tab, or Firefox's
 * `sidebarAction.open`. Must be called straight from a click (both browsers require a user
 * gesture), so nothing is awaited before the call.
 */
import { browser } from 'wxt/browser';

interface PanelApis {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

export async function openSidePanel(tabId: number | null): Promise<boolean> {
  const apis = browser as unknown as PanelApis;
  try {
    if (apis.sidePanel && tabId !== null) await apis.sidePanel.open({ tabId });
    else if (apis.sidebarAction) await apis.sidebarAction.open();
    else return false;
    return true;
  } catch {
    return false;
  }
}
