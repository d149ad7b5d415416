import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { Site } from '@/utils/facts';
import type { TabReport } from '@/utils/messages';
import { t, uiLanguage } from '../i18n';
import type { GuidanceMap } from '../panel/guidance';
import { visibleFindings } from '../panel/visible-findings';
import { useDismissalsStore } from '../stores/dismissals-store';
import { useSettingsStore } from '../stores/settings-store';
import { openSidePanel } from '@/utils/open-side-panel';
import { SiteSwitch } from '../common/SiteSwitch';
import { DueReminders } from './DueReminders';
import { TopFindings } from './TopFindings';

interface PopupViewProps {
  tabId: number | null;
  report: TabReport | null;
  /** The tab's site, known even before a report arrives; null when unsupported. */
  site: Site | null;
  guidance: GuidanceMap;
}

/**
 * The popup: the warning count, the top three findings, the panel button, the reminders due
 * on tracked contracts, the site switch.
 */
export function PopupView({ tabId, report, site, guidance }: PopupViewProps) {
  const settings = useSettingsStore((s) => s.settings);
  const dismissals = useDismissalsStore((s) => s.dismissals);
  const [openFailed, setOpenFailed] = useState(false);
  const shown = report ? visibleFindings(report, dismissals, settings.disabledRules) : [];
  const count = shown.filter((f) => f.severity !== 'info').length;

  const onOpen = () => {
    void openSidePanel(tabId).then((ok) => (ok ? window.close() : setOpenFailed(true)));
  };

  return (
    <>
      {site ? (
        <p role="status" className={`count ${count > 0 ? 'has-count' : ''}`}>
          {count > 0 ? t('popup.count', { count }) : report ? t('popup.none') : t('panel.analysing')}
        </p>
      ) : (
        <p role="status">{t('panel.unsupportedTitle')}</p>
      )}
      <TopFindings findings={shown} guidance={guidance} lang={uiLanguage()} />
      <div className="actions">
        <button type="button" onClick={onOpen}>
          {t('popup.openPanel')}
        </button>
        {openFailed && (
          <p role="alert" className="error">
            {t('popup.openFailed')}
          </p>
        )}
      </div>
      <DueReminders guidance={guidance} />
      {site && <SiteSwitch site={site} />}
      <p>
        <button type="button" className="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('common.openOptions')}
        </button>
      </p>
    </>
  );
}
