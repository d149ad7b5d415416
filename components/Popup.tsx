import { PANEL_GUIDANCE } from './panel/guidance';
import { siteOf } from '@/utils/sites/site-of';
import { t } from './i18n';
import type { GuidanceMap } from './panel/guidance';
import { LoadingState } from './panel/PanelStates';
import { PopupView } from './popup/PopupView';
import { useStoredData } from './stores/use-stored-data';
import { useTabReport, useTabUrl, useTargetTab } from './use-tab-report';

/** Toolbar popup for the active tab. */
export function Popup({ guidance = PANEL_GUIDANCE }: { guidance?: GuidanceMap }) {
  const tabId = useTargetTab();
  const { report, loaded } = useTabReport(tabId);
  const tabUrl = useTabUrl(tabId);
  const storedLoaded = useStoredData();
  const site = report?.site ?? (tabUrl ? siteOf(tabUrl) : null);
  return (
    <main className="popup" aria-labelledby="popup-title">
      <h1 id="popup-title">{t('app.name')}</h1>
      {loaded && storedLoaded ? (
        <PopupView tabId={tabId} report={report} site={site} guidance={guidance} />
      ) : (
        <LoadingState />
      )}
    </main>
  );
}
