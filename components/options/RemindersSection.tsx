import { useId, type ReactNode } from 'react';
import { dueRemindersOf } from '@/utils/reminders/due';
import { contractLabel } from '@/utils/reminders/notification';
import { contractKey, dismissalKey } from '@/utils/storage/keys';
import type { TrackedContract } from '@/utils/storage/records';
import { formatDate } from '../common/format';
import { t, uiLanguage } from '../i18n';
import { ruleTitle, type GuidanceMap } from '../panel/guidance';
import { useContractsStore, useTrackedContracts } from '../stores/contracts-store';
import { useDismissalsStore } from '../stores/dismissals-store';
import { useSettingsStore } from '../stores/settings-store';

const STATUS_LABELS: Record<TrackedContract['status'], () => string> = {
  negotiating: () => t('evidenceFact.status.negotiating'),
  active: () => t('evidenceFact.status.active'),
  delivered: () => t('evidenceFact.status.delivered'),
  'termination-requested': () => t('evidenceFact.status.terminationRequested'),
  completed: () => t('evidenceFact.status.completed'),
  cancelled: () => t('evidenceFact.status.cancelled'),
  unknown: () => t('evidenceFact.status.unknown'),
};

const TYPE_LABELS: Record<NonNullable<TrackedContract['type']>, () => string> = {
  fixed: () => t('tracked.type.fixed'),
  hourly: () => t('tracked.type.hourly'),
  task: () => t('tracked.type.task'),
  competition: () => t('tracked.type.competition'),
  writing: () => t('tracked.type.writing'),
  recruit: () => t('tracked.type.recruit'),
};

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact-row">
      <dt>{label}</dt>
      <dd>{children ?? <span className="unknown">{t('common.unknown')}</span>}</dd>
    </div>
  );
}

function funding(funded: boolean | null): string | null {
  if (funded === null) return null;
  return funded ? t('evidenceFact.funded') : t('evidenceFact.notFunded');
}

function ContractRow({ record, guidance, now }: { record: TrackedContract; guidance: GuidanceMap; now: Date }) {
  const stop = useContractsStore((s) => s.stop);
  const settings = useSettingsStore((s) => s.settings);
  const dismissals = useDismissalsStore((s) => s.dismissals);
  const label = contractLabel(record.site, record.contractId);
  const due = dueRemindersOf(record, settings, now).filter(
    (reminder) => !Object.hasOwn(dismissals, dismissalKey(record.site, record.contractId, reminder.ruleId)),
  );
  return (
    <li className="client-row" data-contract={contractKey(record.site, record.contractId)}>
      <h3>{label}</h3>
      <dl className="tracked-facts">
        <Fact label={t('fact.contractStatus')}>{STATUS_LABELS[record.status]()}</Fact>
        <Fact label={t('evidenceFact.contractType')}>{record.type && TYPE_LABELS[record.type]()}</Fact>
        <Fact label={t('fact.contractFunded')}>{funding(record.funded)}</Fact>
        <Fact label={t('fact.contractDeliveredAt')}>{formatDate(record.deliveredAt) ?? '—'}</Fact>
        <Fact label={t('evidenceFact.contractTerminationRequestedAt')}>{formatDate(record.terminationRequestedAt) ?? '—'}</Fact>
        <Fact label={t('fact.contractLastClientMessageAt')}>{formatDate(record.lastClientMessageAt)}</Fact>
        <Fact label={t('tracked.seenAt')}>{formatDate(new Date(record.seenAt).toISOString())}</Fact>
      </dl>
      {due.length > 0 && (
        <div className="notice">
          <p>{t('tracked.due')}</p>
          <ul>
            {due.map((reminder) => (
              <li key={reminder.ruleId} data-reminder={reminder.ruleId}>
                {ruleTitle(reminder.ruleId, guidance, uiLanguage())}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button
        type="button"
        className="secondary"
        aria-label={t('tracked.stopLabel', { contract: label })}
        onClick={() => void stop(contractKey(record.site, record.contractId))}
      >
        {t('tracked.stop')}
      </button>
    </li>
  );
}

/**
 * The notification opt-in and every tracked contract (state, dates, reminders due now), each
 * with "stop tracking", which deletes its record.
 */
export function RemindersSection({ guidance, now = () => new Date() }: { guidance: GuidanceMap; now?: () => Date }) {
  const notifyId = useId();
  const loaded = useTrackedContracts();
  const contracts = useContractsStore((s) => s.contracts);
  const saveFailed = useContractsStore((s) => s.saveFailed);
  const notify = useSettingsStore((s) => s.settings.notifyDueReminders);
  const update = useSettingsStore((s) => s.update);
  const records = Object.values(contracts).sort((a, b) => b.seenAt - a.seenAt);
  const at = now();
  return (
    <section className="card" aria-labelledby="tracked-heading">
      <h2 id="tracked-heading">{t('tracked.heading')}</h2>
      <p className="hint">{t('tracked.intro')}</p>
      <div className="row">
        <input
          id={notifyId}
          type="checkbox"
          checked={notify}
          aria-describedby={`${notifyId}-hint`}
          onChange={(e) => void update({ notifyDueReminders: e.target.checked })}
        />
        <label htmlFor={notifyId}>{t('tracked.notify')}</label>
      </div>
      <p id={`${notifyId}-hint`} className="hint">
        {t('tracked.notifyHint')}
      </p>
      {!loaded ? null : records.length === 0 ? (
        <p>{t('tracked.empty')}</p>
      ) : (
        <ul className="client-list">
          {records.map((record) => (
            <ContractRow key={contractKey(record.site, record.contractId)} record={record} guidance={guidance} now={at} />
          ))}
        </ul>
      )}
      {saveFailed && (
        <p role="alert" className="error">
          {t('common.saveFailed')}
        </p>
      )}
    </section>
  );
}
