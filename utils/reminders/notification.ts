/**
 * The browser notification for a reminder that fell due: who it is about (site and contract
 * number), the reminder's title and how many days have passed, in the UI language. Its id
 * carries the contract, so a click can open that contract's page.
 */
import { browser, type Browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { RuleGuidance } from '../engine/rule-schema';
import type { Site } from '../facts';
import type { DueReminder } from './due';

/** The extension's own icon (public/icon-128.png), so the notification says who sent it. */
export function notificationIconUrl(): string {
  return browser.runtime.getURL('/icon-128.png');
}

const ID_PREFIX = 'omamori-reminder';

/** Notification id of one reminder of one contract. */
export function notificationIdOf(reminder: Pick<DueReminder, 'site' | 'contractId' | 'ruleId'>): string {
  return [ID_PREFIX, reminder.site, reminder.contractId, reminder.ruleId].join('|');
}

/** The contract a notification id names, or null for any other id. */
export function contractOfNotification(id: string): { site: Site; contractId: string } | null {
  const [prefix, site, contractId] = id.split('|');
  if (prefix !== ID_PREFIX || (site !== 'crowdworks' && site !== 'lancers') || !/^\d{1,20}$/.test(contractId ?? '')) return null;
  return { site, contractId: contractId! };
}

function siteName(site: Site): string {
  return site === 'crowdworks' ? i18n.t('site.crowdworks') : i18n.t('site.lancers');
}

/** "N days since …", worded for the date the reminder counts from. */
export function sinceText(reminder: Pick<DueReminder, 'basisField' | 'days'>): string {
  const days = String(reminder.days);
  switch (reminder.basisField) {
    case 'deliveredAt':
      return i18n.t('reminders.sinceDelivered', { days });
    case 'lastClientMessageAt':
      return i18n.t('reminders.sinceClientMessage', { days });
    case 'terminationRequestedAt':
      return i18n.t('reminders.sinceTermination', { days });
  }
}

/** "CrowdWorks, contract N" in the UI language. */
export function contractLabel(site: Site, contractId: string): string {
  return i18n.t('reminders.contract', { site: siteName(site), id: contractId });
}

/** The notification options for a due reminder; `guidance` gives its title. */
export function reminderNotification(
  reminder: DueReminder,
  guidance: RuleGuidance | undefined,
): Browser.notifications.NotificationCreateOptions {
  const lang = i18n.t('meta.lang') === 'en' ? 'en' : 'ja';
  const title = guidance?.[lang].title ?? reminder.ruleId;
  return {
    type: 'basic',
    iconUrl: notificationIconUrl(),
    title: i18n.t('reminders.notificationTitle', { contract: contractLabel(reminder.site, reminder.contractId) }),
    message: i18n.t('reminders.notificationMessage', { title, since: sinceText(reminder) }),
  };
}
