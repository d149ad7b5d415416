/**
 * When the daily check runs: on a browser alarm once a day, when the browser starts or the
 * extension is installed or updated, and when the user turns notifications on. A click on a
 * reminder's notification opens its contract's page.
 */
import { browser, type Browser } from 'wxt/browser';
import { contractPageUrl } from './contract-url';
import { runDailyCheck } from './daily-check';
import { contractOfNotification } from './notification';

export const DAILY_CHECK_ALARM = 'omamori-daily-check';
export const DAILY_CHECK_PERIOD_MINUTES = 1440;

/**
 * Creates the daily alarm unless it exists: creating it again would restart its period, and
 * the background starts far more often than once a day.
 */
export async function ensureDailyCheckAlarm(): Promise<void> {
  const existing = await browser.alarms.get(DAILY_CHECK_ALARM);
  if (!existing) await browser.alarms.create(DAILY_CHECK_ALARM, { periodInMinutes: DAILY_CHECK_PERIOD_MINUTES });
}

/** The alarm listener: runs the check for our alarm, ignores any other. */
export async function handleAlarm(alarm: Browser.alarms.Alarm, now: () => Date = () => new Date()): Promise<void> {
  if (alarm.name === DAILY_CHECK_ALARM) await runDailyCheck(now());
}

/** The notification click listener: opens the contract page of one of our notifications. */
export async function handleNotificationClick(notificationId: string): Promise<void> {
  const contract = contractOfNotification(notificationId);
  const url = contract ? contractPageUrl(contract.site, contract.contractId) : null;
  if (!url) return;
  await browser.tabs.create({ url });
  await browser.notifications.clear(notificationId);
}
