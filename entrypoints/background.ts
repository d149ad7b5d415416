/**
 * Background: receives each tab's report from the content script, keeps it in
 * storage.session and sets the toolbar badge; remembers the contracts the user opens and
 * checks them once a day for reminders that fell due (a browser notification, when the user
 * turned them on). Makes no network request of any kind.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { clearTabReport, handleContentMessage } from '@/utils/tab-reports';
import { ensureDailyCheckAlarm, handleAlarm, handleNotificationClick } from '@/utils/reminders/alarm';
import { runDailyCheck } from '@/utils/reminders/daily-check';
import { settingsItem } from '@/utils/storage/items';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    return handleContentMessage(message, sender).catch(() => false);
  });
  // A page that navigates away loses its report; the content script sends a fresh one.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void clearTabReport(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabReport(tabId));

  // Reminders for tracked contracts: daily, at browser start, after install or update, and
  // as soon as the user turns notifications on.
  void ensureDailyCheckAlarm();
  browser.alarms.onAlarm.addListener((alarm) => void handleAlarm(alarm));
  browser.runtime.onStartup.addListener(() => void runDailyCheck());
  browser.runtime.onInstalled.addListener(() => void runDailyCheck());
  settingsItem.watch((next, previous) => {
    if (next?.notifyDueReminders && !previous?.notifyDueReminders) void runDailyCheck();
  });
  browser.notifications.onClicked.addListener((id) => void handleNotificationClick(id));
});
