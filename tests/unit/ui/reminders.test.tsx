/**
 * Reminders in the extension pages: the popup lists the reminders due on tracked contracts
 * (contract, site, title, days); the options page turns notifications on and off and lists
 * the tracked contracts, each with "stop tracking", which deletes its record.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Options } from '@/components/Options';
import { Popup } from '@/components/Popup';
import { useContractsStore } from '@/components/stores/contracts-store';
import { GUIDANCE } from '@/rules/guidance';
import { RULES } from '@/rules';
import { toJstIso } from '@/utils/sites/dates';
import { loadTrackedContracts, trackContract } from '@/utils/storage/contracts';
import { loadSettings } from '@/utils/storage/settings';
import { addDismissal } from '@/utils/storage/dismissals';
import { buttonByText, cleanup, click, fieldByLabel, freshPage, render } from './helpers';
import { openTab } from './panel-harness';

const DAY = 86_400_000;

/** A moment `days` days before the real clock (the pages use it). */
const daysAgo = (days: number) => toJstIso(new Date(Date.now() - days * DAY));

async function trackSome(): Promise<void> {
  await trackContract({ site: 'crowdworks', contractId: '63500001', status: 'delivered', type: 'fixed', funded: true, deliveredAt: daysAgo(8) }, Date.now() - DAY);
  await trackContract({ site: 'lancers', contractId: '123457', status: 'active', funded: true, lastClientMessageAt: daysAgo(2) }, Date.now());
}

function resetContractsStore(): void {
  (useContractsStore.setState as (s: unknown, replace: true) => void)(useContractsStore.getInitialState(), true);
}

describe('reminders in the popup', () => {
  beforeEach(() => {
    freshPage();
    resetContractsStore();
  });
  afterEach(() => cleanup());

  it('lists each due reminder with its contract, site, title and days, and links to the contract', async () => {
    await trackSome();
    const tab = await openTab('https://example.com/');
    history.replaceState(null, '', `/popup.html?tab=${tab}`);
    const { container } = await render(<Popup guidance={GUIDANCE} />);
    const items = [...container.querySelectorAll('.due-reminders li')];
    expect(items.map((li) => li.getAttribute('data-reminder'))).toEqual(['inspection-overdue/delivered-not-inspected']);
    const text = items[0]!.textContent ?? '';
    expect(text).toContain('納品から日数が経っても検収されていません');
    expect(text).toContain('クラウドワークス (CrowdWorks)・契約 63500001');
    expect(text).toContain('納品から 8 日');
    expect(items[0]!.querySelector('a')?.getAttribute('href')).toBe('https://crowdworks.jp/contracts/63500001');
    expect(container.querySelector('#due-reminders')?.textContent).toBe('期限が来たリマインダー');
  });

  it('leaves out a reminder the user hid for that contract', async () => {
    await trackSome();
    await addDismissal({ site: 'crowdworks', subjectId: '63500001', ruleId: 'inspection-overdue/delivered-not-inspected', reason: 'dismissed' });
    const tab = await openTab('https://example.com/');
    history.replaceState(null, '', `/popup.html?tab=${tab}`);
    const { container } = await render(<Popup guidance={GUIDANCE} />);
    expect(container.querySelector('.due-reminders')).toBeNull();
  });

  it('shows no reminder section when nothing is due', async () => {
    await trackContract({ site: 'crowdworks', contractId: '1', status: 'delivered', deliveredAt: daysAgo(3) });
    const tab = await openTab('https://crowdworks.jp/public/jobs/1');
    history.replaceState(null, '', `/popup.html?tab=${tab}`);
    const { container } = await render(<Popup guidance={GUIDANCE} />);
    expect(container.querySelector('.due-reminders')).toBeNull();
  });
});

describe('reminders in the options page', () => {
  beforeEach(() => {
    freshPage();
    resetContractsStore();
  });
  afterEach(() => cleanup());

  it('turns notifications on and off (off by default)', async () => {
    const { container } = await render(<Options rules={RULES} guidance={GUIDANCE} />);
    const toggle = fieldByLabel(container, '期限が来たリマインダーをブラウザーの通知で知らせる（1日1回確認）') as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    await click(toggle);
    expect((await loadSettings()).value.notifyDueReminders).toBe(true);
    await click(toggle);
    expect((await loadSettings()).value.notifyDueReminders).toBe(false);
  });

  it('lists tracked contracts with their state, and stops tracking one', async () => {
    await trackSome();
    const { container } = await render(<Options rules={RULES} guidance={GUIDANCE} />);
    const rows = () => [...container.querySelectorAll('[data-contract]')];
    expect(rows().map((row) => row.getAttribute('data-contract'))).toEqual(['lancers:123457', 'crowdworks:63500001']);
    const crowdworks = rows()[1]!;
    expect(crowdworks.querySelector('h3')?.textContent).toBe('クラウドワークス (CrowdWorks)・契約 63500001');
    expect(crowdworks.textContent).toContain('納品済み（検収待ち）');
    expect(crowdworks.textContent).toContain('固定報酬');
    expect(crowdworks.querySelector('[data-reminder="inspection-overdue/delivered-not-inspected"]')).not.toBeNull();
    expect(rows()[0]!.querySelector('[data-reminder]')).toBeNull();

    await click(crowdworks.querySelector('button[aria-label="クラウドワークス (CrowdWorks)・契約 63500001 の追跡をやめる"]'));
    expect(Object.keys((await loadTrackedContracts()).value)).toEqual(['lancers:123457']);
    expect(rows().map((row) => row.getAttribute('data-contract'))).toEqual(['lancers:123457']);
    expect(buttonByText(container, '追跡をやめる')).toBeDefined();
  });

  it('says when no contract is tracked yet', async () => {
    const { container } = await render(<Options rules={RULES} guidance={GUIDANCE} />);
    expect(container.querySelector('[aria-labelledby="tracked-heading"]')?.textContent).toContain(
      'まだありません。契約のページを開くと、ここに追加されます。',
    );
  });
});
