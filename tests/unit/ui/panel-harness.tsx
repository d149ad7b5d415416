/** Opens the real SidePanel for a fake tab, as the extension does with `?tab=<id>`. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { act } from 'react';
import { SidePanel } from '@/components/SidePanel';
import type { TabReport } from '@/utils/messages';
import { GUIDANCE } from './fixtures';
import { render, settle } from './helpers';

export async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

export async function storeReport(tabId: number, report: TabReport | null): Promise<void> {
  await act(async () => {
    if (report) await fakeBrowser.storage.session.set({ [`tab-report-${tabId}`]: report });
    else await fakeBrowser.storage.session.remove(`tab-report-${tabId}`);
  });
  await settle();
}

export async function renderPanel(tabId: number) {
  history.replaceState(null, '', `/sidepanel.html?tab=${tabId}`);
  return render(<SidePanel guidance={GUIDANCE} />);
}
