import type { DismissalReason } from '@/utils/storage/records';
import { t } from '../i18n';

interface FindingActionsProps {
  title: string;
  /** Absent when the page gave no job/contract id to file the dismissal under. */
  onHide?(reason: DismissalReason): void;
}

/** "Dismiss for this job" and "not a risk (false alarm)"; both can be undone. */
export function FindingActions({ title, onHide }: FindingActionsProps) {
  if (!onHide) return <p className="hint">{t('finding.cannotHide')}</p>;
  return (
    <div className="finding-actions" role="group" aria-label={t('finding.actionsFor', { title })}>
      <button type="button" className="secondary" onClick={() => onHide('dismissed')}>
        {t('finding.dismiss')}
      </button>
      <button type="button" className="secondary" onClick={() => onHide('false-alarm')}>
        {t('finding.falseAlarm')}
      </button>
    </div>
  );
}
