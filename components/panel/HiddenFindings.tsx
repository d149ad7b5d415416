import { useId } from 'react';
import { dismissalKey } from '@/utils/storage/keys';
import type { Dismissal } from '@/utils/storage/records';
import { t, type UiLanguage } from '../i18n';
import { ruleTitle, type GuidanceMap } from './guidance';

interface HiddenFindingsProps {
  hidden: readonly Dismissal[];
  guidance: GuidanceMap;
  lang: UiLanguage;
  onUndo(key: string): void;
}

/** Findings hidden for this job/contract, each with an undo button. */
export function HiddenFindings({ hidden, guidance, lang, onUndo }: HiddenFindingsProps) {
  const headingId = useId();
  if (hidden.length === 0) return null;
  return (
    <section className="hidden-findings" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('hidden.heading', { count: hidden.length })}</h2>
      <ul>
        {hidden.map((d) => {
          const key = dismissalKey(d.site, d.subjectId, d.ruleId);
          const title = ruleTitle(d.ruleId, guidance, lang);
          return (
            <li key={key} data-rule={d.ruleId}>
              <span className="hidden-title">{title}</span>{' '}
              <span className="hint">
                ({d.reason === 'false-alarm' ? t('hidden.falseAlarm') : t('hidden.dismissed')})
              </span>{' '}
              <button type="button" className="secondary" aria-label={t('hidden.undoLabel', { title })} onClick={() => onUndo(key)}>
                {t('hidden.undo')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
