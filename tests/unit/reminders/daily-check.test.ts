/**
 * The daily alarm: with a tracked contract delivered eight days ago, firing the alarm
 * raises one browser notification; the next day's alarm raises none for the same reminder.
 * Also: notifications stay off until the user turns them on, a new period of silence is a new
 * reminder, the alarm is created once, and a click opens the contract page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import {
  DAILY_CHECK_ALARM,
  ensureDailyCheckAlarm,
  handleAlarm,
  handleNotificationClick,
} from '@/utils/reminders/alarm';
import { runDailyCheck } from '@/utils/reminders/daily-check';
import { notificationIdOf } from '@/utils/reminders/notification';
import { loadTrackedContracts, trackContract } from '@/utils/storage/contracts';
import { addDismissal } from '@/utils/storage/dismissals';
import { updateSettings } from '@/utils/storage/settings';
import { setLocale } from '../ui/helpers';

const DAY = 86_400_000;
/** Day 8 after a delivery on 2026-11-13 10:00 (Japan time). */
const DAY_8 = new Date('2026-11-21T09:00:00+09:00');

let clock = DAY_8;

async function fireAlarm(at: Date): Promise<void> {
  clock = at;
  await fakeBrowser.alarms.onAlarm.trigger({ name: DAILY_CHECK_ALARM, scheduledTime: at.getTime(), periodInMinutes: 1440 });
}

async function trackDelivered(): Promise<void> {
  await trackContract(
    {
      site: 'crowdworks',
      contractId: '63500001',
      status: 'delivered',
      type: 'fixed',
      funded: true,
      deliveredAt: '2026-11-13T10:00:00+09:00',
      lastClientMessageAt: '2026-11-19T18:30:00+09:00',
    },
    DAY_8.getTime() - DAY,
  );
}

describe('the daily reminder check', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    setLocale('ja');
    // The background's listener, with the test's clock.
    browser.alarms.onAlarm.addListener((alarm) => handleAlarm(alarm, () => clock));
  });
  afterEach(() => vi.restoreAllMocks());

  it('notifies a due reminder once: on day 8 after delivery, and not again the next day', async () => {
    await updateSettings({ notifyDueReminders: true });
    await trackDelivered();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');

    await fireAlarm(new Date(DAY_8.getTime() - DAY));
    expect(create).not.toHaveBeenCalled();

    await fireAlarm(DAY_8);
    expect(create).toHaveBeenCalledTimes(1);
    const [id, options] = create.mock.calls[0] as unknown as [string, Record<string, string>];
    expect(id).toBe(notificationIdOf({ site: 'crowdworks', contractId: '63500001', ruleId: 'inspection-overdue/delivered-not-inspected' }));
    expect(options).toEqual({
      type: 'basic',
      iconUrl: `chrome-extension://${fakeBrowser.runtime.id}/icon-128.png`,
      title: 'お守り: クラウドワークス (CrowdWorks)・契約 63500001',
      message: '納品から日数が経っても検収されていません（納品から 8 日）',
    });
    expect((await loadTrackedContracts()).value['crowdworks:63500001']?.notified).toEqual({
      'inspection-overdue/delivered-not-inspected': '2026-11-13T10:00:00+09:00',
    });

    await fireAlarm(new Date(DAY_8.getTime() + DAY));
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('stays silent until the user turns notifications on', async () => {
    await trackDelivered();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await fireAlarm(DAY_8);
    expect(create).not.toHaveBeenCalled();
    expect((await loadTrackedContracts()).value['crowdworks:63500001']?.notified).toEqual({});
    await updateSettings({ notifyDueReminders: true });
    await fireAlarm(DAY_8);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('respects rules and sites the user switched off, and reminders hidden for the contract', async () => {
    await updateSettings({ notifyDueReminders: true, disabledRules: ['inspection-overdue/delivered-not-inspected'] });
    await trackDelivered();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await fireAlarm(DAY_8);
    expect(create).not.toHaveBeenCalled();
    await updateSettings({ disabledRules: [], disabledSites: ['crowdworks'] });
    await fireAlarm(DAY_8);
    expect(create).not.toHaveBeenCalled();
    await updateSettings({ disabledSites: [] });
    await addDismissal({ site: 'crowdworks', subjectId: '63500001', ruleId: 'inspection-overdue/delivered-not-inspected', reason: 'dismissed' });
    await fireAlarm(DAY_8);
    expect(create).not.toHaveBeenCalled();
  });

  it('notifies again when a new period of silence falls due', async () => {
    await updateSettings({ notifyDueReminders: true });
    await trackContract({ site: 'lancers', contractId: '123457', status: 'active', lastClientMessageAt: '2026-11-01T10:00:00+09:00' }, 1);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await fireAlarm(new Date('2026-11-08T12:00:00+09:00'));
    await fireAlarm(new Date('2026-11-09T12:00:00+09:00'));
    expect(create).toHaveBeenCalledTimes(1);
    // The client wrote on the 10th (seen on a visit), then fell silent again.
    await trackContract({ site: 'lancers', contractId: '123457', lastClientMessageAt: '2026-11-10T10:00:00+09:00' }, 2);
    await fireAlarm(new Date('2026-11-16T12:00:00+09:00'));
    expect(create).toHaveBeenCalledTimes(1);
    await fireAlarm(new Date('2026-11-17T12:00:00+09:00'));
    expect(create).toHaveBeenCalledTimes(2);
    const [, second] = create.mock.calls[1] as unknown as [string, { message: string }];
    expect(second.message).toContain('クライアントの最後の連絡から 7 日');
  });

  it('tries a reminder again when the browser could not show it', async () => {
    await updateSettings({ notifyDueReminders: true });
    await trackDelivered();
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValueOnce(new Error('no notifications'));
    expect(await runDailyCheck(DAY_8)).toEqual([]);
    expect((await runDailyCheck(DAY_8)).map((r) => r.ruleId)).toEqual(['inspection-overdue/delivered-not-inspected']);
  });

  it('creates the daily alarm once, without restarting its period', async () => {
    await ensureDailyCheckAlarm();
    const first = await fakeBrowser.alarms.get(DAILY_CHECK_ALARM);
    expect(first).toMatchObject({ name: DAILY_CHECK_ALARM, periodInMinutes: 1440 });
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await ensureDailyCheckAlarm();
    expect(create).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('ignores other alarms', async () => {
    await updateSettings({ notifyDueReminders: true });
    await trackDelivered();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: DAY_8.getTime() });
    expect(create).not.toHaveBeenCalled();
  });

  it('opens the contract page when a reminder notification is clicked, and nothing for other ids', async () => {
    const open = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await handleNotificationClick(notificationIdOf({ site: 'lancers', contractId: '123457', ruleId: 'x/y' }));
    expect(open).toHaveBeenCalledWith({ url: 'https://www.lancers.jp/mypage/message?boardId=123457' });
    await handleNotificationClick('omamori-reminder|crowdworks|javascript:alert(1)|x/y');
    await handleNotificationClick('another-extension-id');
    expect(open).toHaveBeenCalledTimes(1);
  });
});
