/**
 * Background: receives each tab's report from the content script, keeps it in
 * storage.session and sets the toolbar badge. Makes no network request of any kind.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { clearTabReport, handleContentMessage } from '@/utils/tab-reports';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    return handleContentMessage(message, sender).catch(() => false);
  });
  // A page that navigates away loses its report; the content script sends a fresh one.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void clearTabReport(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabReport(tabId));
});
