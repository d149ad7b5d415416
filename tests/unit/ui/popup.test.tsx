import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/Popup';
import { topFindings } from '@/components/popup/TopFindings';
import { addDismissal } from '@/utils/storage/dismissals';
import { loadSettings } from '@/utils/storage/settings';
import type { Finding } from '@/utils/findings';
import { GUIDANCE, LINE_FINDING, makeReport, NEW_CLIENT_FINDING, RATING_FINDING } from './fixtures';
import { buttonByText, cleanup, click, fieldByLabel, freshPage, render } from './helpers';
import { openTab, storeReport } from './panel-harness';

const FINDINGS: Finding[] = [
  NEW_CLIENT_FINDING,
  RATING_FINDING,
  { ...NEW_CLIENT_FINDING, ruleId: 'too-good-pay/high', category: 'too-good-pay' },
  LINE_FINDING,
  { ...RATING_FINDING, ruleId: 'unverified-client/no-id', category: 'unverified-client' },
];

async function renderPopup(tabId: number) {
  history.replaceState(null, '', `/popup.html?tab=${tabId}`);
  return render(<Popup guidance={GUIDANCE} />);
}

type PanelApis = { sidePanel?: unknown; sidebarAction?: unknown };

describe('popup', () => {
  beforeEach(() => freshPage());
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    delete (fakeBrowser as PanelApis).sidePanel;
    delete (fakeBrowser as PanelApis).sidebarAction;
  });

  it('counts warnings and dangers and lists the three most severe', async () => {
    const tab = await openTab('https://crowdworks.jp/public/jobs/12345');
    await storeReport(tab, makeReport({ findings: FINDINGS }));
    const { container } = await renderPopup(tab);
    expect(container.querySelector('[role="status"]')?.textContent).toBe('危険・注意が 3 件あります');
    expect([...container.querySelectorAll('.top-findings li')].map((li) => li.textContent)).toEqual([
      '危険 サイト外の連絡先 (LINE) に誘っています',
      '注意 クライアントの評価が低めです',
      '注意 unverified-client/no-id',
    ]);
    expect(topFindings(FINDINGS, 1)).toEqual([LINE_FINDING]);
  });

  it('leaves dismissed findings out of the count', async () => {
    await addDismissal({ site: 'crowdworks', subjectId: '12345', ruleId: LINE_FINDING.ruleId, reason: 'dismissed' });
    const tab = await openTab('https://crowdworks.jp/public/jobs/12345');
    await storeReport(tab, makeReport({ findings: FINDINGS }));
    const { container } = await renderPopup(tab);
    expect(container.querySelector('[role="status"]')?.textContent).toBe('危険・注意が 2 件あります');
  });

  it('opens the side panel for the tab in Chrome, and the sidebar in Firefox', async () => {
    const tab = await openTab('https://crowdworks.jp/public/jobs/12345');
    await storeReport(tab, makeReport());
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const open = vi.fn().mockResolvedValue(undefined);
    (fakeBrowser as PanelApis).sidePanel = { open };
    const { container } = await renderPopup(tab);
    await click(buttonByText(container, 'サイドパネルで詳しく見る'));
    expect(open).toHaveBeenCalledWith({ tabId: tab });
    expect(close).toHaveBeenCalled();

    delete (fakeBrowser as PanelApis).sidePanel;
    const sidebarOpen = vi.fn().mockRejectedValue(new Error('no gesture'));
    (fakeBrowser as PanelApis).sidebarAction = { open: sidebarOpen };
    await click(buttonByText(container, 'サイドパネルで詳しく見る'));
    expect(sidebarOpen).toHaveBeenCalled();
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('サイドパネルを開けませんでした');
  });

  it('switches Omamori off and on for the current site', async () => {
    const tab = await openTab('https://www.lancers.jp/work/detail/1');
    const { container } = await renderPopup(tab);
    expect(container.textContent).toContain('このページを確認しています…');
    const toggle = fieldByLabel(container, 'ランサーズ (Lancers) でお守りを使う') as HTMLInputElement;
    expect(toggle.getAttribute('role')).toBe('switch');
    expect(toggle.checked).toBe(true);
    await click(toggle);
    expect((await loadSettings()).value.disabledSites).toEqual(['lancers']);
    expect(toggle.checked).toBe(false);
    await click(toggle);
    expect((await loadSettings()).value.disabledSites).toEqual([]);
  });

  it('has no site switch on unsupported pages', async () => {
    const tab = await openTab('https://example.com/');
    const { container } = await renderPopup(tab);
    expect(container.textContent).toContain('このページは対象外です');
    expect(container.querySelector('input[role="switch"]')).toBeNull();
  });
});
