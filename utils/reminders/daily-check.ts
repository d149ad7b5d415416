/**
 * The daily check: with the current clock, every tracked contract's time reminders are
 * evaluated, and each one that has fallen due and was not notified before (for the same
 * date it counts from) raises one browser notification. Only when the user turned
 * notifications on, and not for a reminder the user hid for that contract; nothing leaves the
 * browser either way.
 */
import { browser } from 'wxt/browser';
import { GUIDANCE } from '../../rules/guidance';
import { markNotified, loadTrackedContracts } from '../storage/contracts';
import { readContentSettings } from '../storage/content-view';
import { dueReminders, type DueReminder } from './due';
import { notificationIdOf, reminderNotification } from './notification';

/** Runs the check at `now`; resolves to the reminders it notified. Never throws. */
export async function runDailyCheck(now: Date = new Date()): Promise<DueReminder[]> {
  try {
    const { settings, dismissed } = await readContentSettings();
    if (!settings.notifyDueReminders) return [];
    const { value: contracts } = await loadTrackedContracts();
    const fresh = dueReminders(contracts, settings, now, dismissed).filter(
      (reminder) => contracts[reminder.key]?.notified[reminder.ruleId] !== reminder.basis,
    );
    const notified: DueReminder[] = [];
    for (const reminder of fresh) {
      try {
        await browser.notifications.create(notificationIdOf(reminder), reminderNotification(reminder, GUIDANCE[reminder.ruleId]));
        notified.push(reminder);
      } catch {
        // Not remembered, so the next check tries this one again.
      }
    }
    await markNotified(notified);
    return notified;
  } catch {
    return [];
  }
}
