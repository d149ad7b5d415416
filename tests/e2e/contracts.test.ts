/**
 * Issue 7 end to end: a CrowdWorks contract delivered eight days ago shows the inspection
 * reminder in the side panel; the background tracks the contract (state and dates only) and
 * keeps a daily alarm; turning notifications on in the options page notifies each due reminder
 * once; the popup lists the due reminder. The browser's clock is the real one, so the fixture's dates
 * are moved at serve time to keep their distance from its fixed "now".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURE_NOW } from '../fixtures/pages/manifest';
import { handBuilt } from './fixtures';
import { launch, openSidePanel, type Session } from './harness';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

const DAY = 86_400_000;
const JST = 9 * 3_600_000;
const INSPECTION = 'inspection-overdue/delivered-not-inspected';
const SILENT = 'client-unresponsive/silent-client-crowdworks';
const CONTRACT_KEY = 'crowdworks:63500001';

/** Calendar day number in Japan time. */
const jstDay = (time: number) => Math.floor((time + JST) / DAY);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Moves every date written in the fixture (2026年11月13日, 2026/11/13, 2026-11-13T…) by the
 * whole days between its fixed "now" and today in Japan, so every distance stays the same.
 */
function shiftedToToday(html: string, now = Date.now()): string {
  const days = jstDay(now) - jstDay(Date.parse(FIXTURE_NOW));
  const shift = (y: string, m: string, d: string) => {
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d) + days));
    return [pad(date.getUTCFullYear(), 4), pad(date.getUTCMonth() + 1), pad(date.getUTCDate())] as const;
  };
  return html
    .replace(/(\d{4})年(\d{1,2})月(\d{1,2})日/g, (_, y: string, m: string, d: string) => {
      const [yy, mm, dd] = shift(y, m, d);
      return `${yy}年${mm}月${dd}日`;
    })
    .replace(/(\d{4})\/(\d{2})\/(\d{2})/g, (_, y: string, m: string, d: string) => shift(y, m, d).join('/'))
    .replace(/(\d{4})-(\d{2})-(\d{2})(?=T)/g, (_, y: string, m: string, d: string) => shift(y, m, d).join('-'));
}

/** A date of the served fixture, `daysBefore` days before today, as the adapter writes it. */
function servedIso(daysBefore: number, time: string, now = Date.now()): string {
  const day = new Date((jstDay(now) - daysBefore) * DAY);
  return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}T${time}:00+09:00`;
}

/** Delivered eight days before "now"; the client last wrote nine days before it. */
const servedDeliveryIso = () => servedIso(8, '10:00');
const servedLastClientMessageIso = () => servedIso(9, '18:30');

async function waitForReport(session: Session, page: Page): Promise<number> {
  const tabId = await session.tabIdOf(page);
  await expect
    .poll(
      () =>
        session.worker.evaluate(
          (id: number) => chrome.storage.session.get(`tab-report-${id}`).then((r: Record<string, unknown>) => Object.keys(r).length),
          tabId,
        ),
      { timeout: 15_000 },
    )
    .toBe(1);
  return tabId;
}

describe('contract reminders', () => {
  let session: Session;
  let tabId: number;
  const routed = handBuilt('crowdworks/contract-delivered.html');

  beforeAll(async () => {
    session = await launch();
    session.serve({ url: routed.url, html: () => shiftedToToday(routed.html as string) });
  });
  afterAll(async () => session?.close());

  it('serves the fixture with its dates moved to today', () => {
    const html = shiftedToToday(routed.html as string);
    expect(html).not.toContain('2026年11月13日 10:00');
    expect(html).toContain(`${servedDeliveryIso().slice(0, 10).replace(/-/g, '/')} 10:00`);
  });

  it('shows the inspection-overdue reminder in the side panel', async () => {
    const page = await session.open(routed.url);
    tabId = await waitForReport(session, page);
    const panel = await openSidePanel(session, tabId);
    const reminder = panel.locator(`[data-rule^="inspection-overdue/"]`).first();
    await reminder.waitFor({ timeout: 15_000 });
    expect(await reminder.textContent()).toContain('納品から日数が経っても検収されていません');
    await panel.close();
  });

  it('tracks the contract (state and dates only) and keeps a daily alarm', async () => {
    const record = await session.worker.evaluate(
      (key: string) => chrome.storage.local.get('contracts').then((r: { contracts?: Record<string, unknown> }) => r.contracts?.[key]),
      CONTRACT_KEY,
    );
    expect(record).toMatchObject({ site: 'crowdworks', contractId: '63500001', status: 'delivered', funded: true, deliveredAt: servedDeliveryIso() });
    expect(Object.keys(record as object).sort()).toEqual([
      'contractId',
      'deliveredAt',
      'funded',
      'lastClientMessageAt',
      'notified',
      'offPlatformApproved',
      'seenAt',
      'site',
      'status',
      'terminationRequestedAt',
      'type',
    ]);
    const alarm = await session.worker.evaluate(() => chrome.alarms.get('omamori-daily-check'));
    expect(alarm).toMatchObject({ name: 'omamori-daily-check', periodInMinutes: 1440 });
  });

  it('notifies each due reminder once the user turns notifications on in the options page', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const toggle = options.getByLabel('期限が来たリマインダーをブラウザーの通知で知らせる（1日1回確認）');
    // The box follows the stored setting, so it turns checked once the write is done.
    await toggle.click({ timeout: 15_000 });
    await expect.poll(() => toggle.isChecked(), { timeout: 10_000 }).toBe(true);
    const ids = () => session.worker.evaluate(() => chrome.notifications.getAll().then((all: object) => Object.keys(all).sort()));
    await expect
      .poll(ids, { timeout: 15_000 })
      .toEqual([`omamori-reminder|crowdworks|63500001|${SILENT}`, `omamori-reminder|crowdworks|63500001|${INSPECTION}`]);
    await expect
      .poll(
        () =>
          session.worker.evaluate(
            (key: string) => chrome.storage.local.get('contracts').then((r: { contracts: Record<string, { notified: object }> }) => r.contracts[key]?.notified),
            CONTRACT_KEY,
          ),
        { timeout: 10_000 },
      )
      .toEqual({ [INSPECTION]: servedDeliveryIso(), [SILENT]: servedLastClientMessageIso() });
    // The options page lists the tracked contract with its due reminder.
    await options.reload();
    await options.locator(`[data-contract="${CONTRACT_KEY}"] [data-reminder="${INSPECTION}"]`).waitFor({ timeout: 15_000 });
    await options.close();
  });

  it('lists the due reminder in the popup', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    const item = popup.locator(`.due-reminders [data-reminder="${INSPECTION}"]`);
    await item.waitFor({ timeout: 15_000 });
    const text = (await item.textContent()) ?? '';
    expect(text).toContain('契約 63500001');
    expect(text).toContain('納品から 8 日');
    await popup.close();
  });

  it('sent nothing from any extension context, and nothing escaped routing', () => {
    expect(session.extensionRequests).toEqual([]);
    expect(session.escaped()).toEqual([]);
  });
});
