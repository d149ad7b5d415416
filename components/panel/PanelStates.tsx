/** The panel's messages for states other than "here are the findings". */
import type { AnalysisNotice } from '@/utils/findings';
import type { TabReport } from '@/utils/messages';
import { factLabel } from '../common/labels';
import { t } from '../i18n';

export function LoadingState() {
  return (
    <p role="status" className="state">
      {t('panel.loading')}
    </p>
  );
}

/** The tab is on a supported site but its report has not arrived yet. */
export function AnalysingState() {
  return (
    <p role="status" className="state">
      {t('panel.analysing')}
    </p>
  );
}

export function UnsupportedState() {
  return (
    <div role="status" className="state">
      <h2>{t('panel.unsupportedTitle')}</h2>
      <p>{t('panel.unsupportedBody')}</p>
    </div>
  );
}

export function SiteDisabledNotice() {
  return (
    <p role="note" className="notice">
      {t('panel.siteDisabled')}
    </p>
  );
}

/** "Page partly recognised": names each fact the adapter could not read. */
export function PartialNotice({ missing, notices }: { missing: readonly string[]; notices: readonly AnalysisNotice[] }) {
  if (missing.length === 0 && notices.length === 0) return null;
  return (
    <section className="notice" aria-label={t('panel.partialTitle')}>
      {missing.length > 0 && (
        <>
          <h2>{t('panel.partialTitle')}</h2>
          <p>{t('panel.partialBody')}</p>
          <ul>
            {[...new Set(missing.map(factLabel))].map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </>
      )}
      {notices.length > 0 && (
        <>
          <h3>{t('panel.noticesTitle')}</h3>
          <ul>
            {notices.map((n, i) => (
              <li key={i}>
                <code>{n.code}</code>
                {n.detail ? `: ${n.detail}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** "Nothing found", with what was checked so the user knows how far it looked. */
export function NothingFound({ checked, hiddenCount }: { checked: TabReport['checked']; hiddenCount: number }) {
  return (
    <div role="status" className="state nothing-found">
      <h2>{t('panel.nothingTitle')}</h2>
      <p>{t('panel.checked', { texts: checked.texts, cards: checked.cards, messages: checked.messages })}</p>
      {hiddenCount > 0 && <p>{t('panel.someHidden', { count: hiddenCount })}</p>}
      <p className="hint">{t('panel.nothingAdvice')}</p>
    </div>
  );
}
