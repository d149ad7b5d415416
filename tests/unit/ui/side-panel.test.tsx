import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateSettings } from '@/utils/storage/settings';
import { loadDismissals } from '@/utils/storage/dismissals';
import { LINE_FINDING, makeReport } from './fixtures';
import { buttonByText, cleanup, click, freshPage } from './helpers';
import { openTab, renderPanel, storeReport } from './panel-harness';

const JOB_URL = 'https://crowdworks.jp/public/jobs/12345';

function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? '');
}

describe('side panel', () => {
  let sendMessage: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    freshPage();
    sendMessage = vi.fn().mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(sendMessage as never);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('says when the page is not supported', async () => {
    const tab = await openTab('https://example.com/');
    const { container } = await renderPanel(tab);
    expect(container.querySelector('[role="status"] h2')?.textContent).toBe('このページは対象外です');
  });

  it('shows "checking" on a supported page until the report arrives, then updates live', async () => {
    const tab = await openTab(JOB_URL);
    const { container } = await renderPanel(tab);
    expect(container.textContent).toContain('このページを確認しています…');
    await storeReport(tab, makeReport());
    expect(container.textContent).toContain('クラウドワークス (CrowdWorks)');
    expect(container.textContent).toContain('仕事の詳細');
    expect(container.querySelector('.findings h2')?.textContent).toBe('見つかった注意点 (3 件)');
  });

  it('groups findings danger → warning → info', async () => {
    const tab = await openTab(JOB_URL);
    await storeReport(tab, makeReport());
    const { container } = await renderPanel(tab);
    expect(texts(container, '.severity-group > h3')).toEqual(['危険 (1)', '注意 (1)', '参考 (1)']);
    expect([...container.querySelectorAll('.finding')].map((f) => f.getAttribute('data-rule'))).toEqual([
      'off-platform-contact/line-id',
      'low-client-rating/below-threshold',
      'new-client/few-orders',
    ]);
  });

  it('says which facts could not be read when the page is partly recognised', async () => {
    const tab = await openTab(JOB_URL);
    await storeReport(tab, makeReport({ missing: ['client.rating', 'job.deadline', 'mystery.fact'] }));
    const { container } = await renderPanel(tab);
    expect(container.textContent).toContain('ページの一部を読み取れませんでした');
    expect(texts(container, '.notice li')).toEqual(['評価', '募集期限', 'mystery.fact']);
  });

  it('says what was checked when nothing was found', async () => {
    const tab = await openTab(JOB_URL);
    await storeReport(tab, makeReport({ findings: [], checked: { texts: 4, cards: 0, messages: 2 } }));
    const { container } = await renderPanel(tab);
    expect(container.textContent).toContain('注意点は見つかりませんでした');
    expect(container.textContent).toContain('本文 4 件、仕事カード 0 件、メッセージ 2 件');
  });

  it('sends reveal-evidence to the tab and says so when the page cannot show it', async () => {
    const tab = await openTab(JOB_URL);
    await storeReport(tab, makeReport());
    const { container } = await renderPanel(tab);
    await click(container.querySelector('[data-rule="off-platform-contact/line-id"] .evidence-button'));
    expect(sendMessage).toHaveBeenCalledWith(tab, { type: 'reveal-evidence', source: 'job.description', start: 10, end: 20 });
    sendMessage.mockRejectedValueOnce(new Error('no content script'));
    await click(container.querySelector('[data-rule="off-platform-contact/line-id"] .evidence-button'));
    expect(container.textContent).toContain('ページ上で該当箇所を表示できませんでした');
  });

  it('hides a finding for this job, keeps it hidden after a reload, and undoes it', async () => {
    const tab = await openTab(JOB_URL);
    await storeReport(tab, makeReport());
    let { container } = await renderPanel(tab);
    const card = () => container.querySelector('[data-rule="off-platform-contact/line-id"].finding');
    await click(buttonByText(card()!, 'この案件では非表示'));

    expect(card()).toBeNull();
    expect((await loadDismissals()).value['crowdworks:12345:off-platform-contact/line-id']).toMatchObject({
      reason: 'dismissed',
    });
    expect(sendMessage).toHaveBeenCalledWith(tab, { type: 'reanalyze' });
    expect(document.activeElement?.textContent).toBe('見つかった注意点 (2 件)');

    // Reload the panel: the dismissal comes back from storage.
    cleanup();
    ({ container } = await renderPanel(tab));
    expect(card()).toBeNull();
    const hidden = container.querySelector('.hidden-findings');
    expect(hidden?.querySelector('h2')?.textContent).toBe('非表示にした注意点 (1 件)');
    expect(hidden?.textContent).toContain('サイト外の連絡先 (LINE) に誘っています');

    await click(buttonByText(hidden!, '元に戻す'));
    expect(card()).not.toBeNull();
    expect(container.querySelector('.hidden-findings')).toBeNull();
    expect((await loadDismissals()).value).toEqual({});
  });

  it('files "not a risk" as a false alarm for this job only', async () => {
    const tab = await openTab(JOB_URL);
    await storeReport(tab, makeReport());
    const { container } = await renderPanel(tab);
    await click(buttonByText(container.querySelector('[data-rule="new-client/few-orders"]')!, 'リスクではない（誤検知）'));
    expect((await loadDismissals()).value).toEqual({
      'crowdworks:12345:new-client/few-orders': expect.objectContaining({ reason: 'false-alarm', subjectId: '12345' }),
    });
    // The same rule on another job is still shown.
    await storeReport(tab, makeReport({ subjectId: '99999' }));
    expect(container.querySelector('[data-rule="new-client/few-orders"].finding')).not.toBeNull();
    expect(container.querySelector('.hidden-findings')).toBeNull();
  });

  it('offers no hiding without a job id, and leaves out rules the user switched off', async () => {
    await updateSettings({ disabledRules: ['new-client/few-orders'], disabledSites: ['crowdworks'] });
    const tab = await openTab(JOB_URL);
    await storeReport(tab, makeReport({ subjectId: undefined, findings: [LINE_FINDING, { ...LINE_FINDING, ruleId: 'new-client/few-orders', severity: 'info' }] }));
    const { container } = await renderPanel(tab);
    expect(container.querySelectorAll('.finding')).toHaveLength(1);
    expect(buttonByText(container, 'この案件では非表示')).toBeUndefined();
    expect(container.textContent).toContain('このサイトではお守りをオフにしています');
  });

  it('has one h1 and labelled regions', async () => {
    const tab = await openTab(JOB_URL);
    await storeReport(tab, makeReport());
    const { container } = await renderPanel(tab);
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    for (const region of container.querySelectorAll('section[aria-labelledby], article[aria-labelledby], main')) {
      const id = region.getAttribute('aria-labelledby');
      expect(id && container.querySelector(`[id="${id}"]`)?.textContent).toBeTruthy();
    }
  });
});
