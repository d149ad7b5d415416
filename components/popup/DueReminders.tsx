import { dueReminders } from '@/utils/reminders/due';
import { contractPageUrl } from '@/utils/reminders/contract-url';
import { contractLabel, sinceText } from '@/utils/reminders/notification';
import { severityLabel } from '../common/labels';
import { t, uiLanguage } from '../i18n';
import { ruleTitle, type GuidanceMap } from '../panel/guidance';
import { useContractsStore, useTrackedContracts } from '../stores/contracts-store';
import { useDismissalsStore } from '../stores/dismissals-store';
import { useSettingsStore } from '../stores/settings-store';

/**
 * The reminders of every tracked contract that are due now: which contract (site and
 * number), what to do (the reminder's title) and how many days have passed; reminders hidden
 * for a contract in the side panel are left out. Nothing due: nothing shown.
 */
export function DueReminders({ guidance, now = () => new Date() }: { guidance: GuidanceMap; now?: () => Date }) {
  const loaded = useTrackedContracts();
  const contracts = useContractsStore((s) => s.contracts);
  const settings = useSettingsStore((s) => s.settings);
  const dismissals = useDismissalsStore((s) => s.dismissals);
  if (!loaded) return null;
  const due = dueReminders(contracts, settings, now(), new Set(Object.keys(dismissals)));
  if (due.length === 0) return null;
  const lang = uiLanguage();
  return (
    <section aria-labelledby="due-reminders">
      <h2 id="due-reminders">{t('reminders.heading')}</h2>
      <ul className="due-reminders">
        {due.map((reminder) => {
          const url = contractPageUrl(reminder.site, reminder.contractId);
          return (
            <li key={`${reminder.key}|${reminder.ruleId}`} className={`severity-${reminder.severity}`} data-reminder={reminder.ruleId}>
              <span className="severity-badge">{severityLabel(reminder.severity)}</span>{' '}
              <span className="reminder-title">{ruleTitle(reminder.ruleId, guidance, lang)}</span>
              <br />
              <span className="hint">
                {contractLabel(reminder.site, reminder.contractId)} · {sinceText(reminder)}
              </span>{' '}
              {url && (
                <a href={url} target="_blank" rel="noreferrer">
                  {t('reminders.open')}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
