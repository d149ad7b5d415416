import { PANEL_GUIDANCE } from './panel/guidance';
import { siteOf } from '@/utils/sites/site-of';
import { t } from './i18n';
import type { GuidanceMap } from './panel/guidance';
import { AnalysingState, LoadingState, UnsupportedState } from './panel/PanelStates';
import { SidePanelView } from './panel/SidePanelView';
import { useStoredData } from './stores/use-stored-data';
import { useTabReport, useTabUrl, useTargetTab } from './use-tab-report';

/** The side panel: what Omamori found on the active tab, kept live as the tab changes. */
export function SidePanel({ guidance = PANEL_GUIDANCE }: { guidance?: GuidanceMap }) {
  const tabId = useTargetTab();
  const { report, loaded } = useTabReport(tabId);
  const tabUrl = useTabUrl(tabId);
  const storedLoaded = useStoredData();
  let body;
  if (tabId === null || !loaded || !storedLoaded) body = <LoadingState />;
  else if (report) body = <SidePanelView tabId={tabId} report={report} guidance={guidance} />;
  else if (tabUrl && siteOf(tabUrl)) body = <AnalysingState />;
  else body = <UnsupportedState />;
  return (
    <main className="panel" aria-labelledby="panel-title">
      <h1 id="panel-title">{t('app.name')}</h1>
      {body}
    </main>
  );
}
