import { useRef, useState } from 'react';
import type { Evidence, Finding } from '@/utils/findings';
import type { TabReport } from '@/utils/messages';
import { isStorableId } from '@/utils/storage/dismissals';
import { clientKey } from '@/utils/storage/keys';
import type { DismissalReason } from '@/utils/storage/records';
import { t, uiLanguage } from '../i18n';
import { useClientsStore } from '../stores/clients-store';
import { useDismissalsStore } from '../stores/dismissals-store';
import { useSettingsStore } from '../stores/settings-store';
import { ClientSummary } from './ClientSummary';
import { FindingGroups } from './FindingGroups';
import type { GuidanceMap } from './guidance';
import { HiddenFindings } from './HiddenFindings';
import { requestReanalyze, revealEvidence } from './page-commands';
import { PageSummary } from './PageSummary';
import { NothingFound, PartialNotice, SiteDisabledNotice } from './PanelStates';
import { hiddenForReport, visibleFindings } from './visible-findings';

/** Pages where the client card is shown. */
const CLIENT_PAGES = new Set<TabReport['kind']>(['job', 'client', 'contract']);

interface SidePanelViewProps {
  tabId: number;
  report: TabReport;
  guidance: GuidanceMap;
}

/** The panel for a tab that has a report: page, client, findings, hidden findings. */
export function SidePanelView({ tabId, report, guidance }: SidePanelViewProps) {
  const lang = uiLanguage();
  const settings = useSettingsStore((s) => s.settings);
  const { dismissals, dismiss, undo } = useDismissalsStore();
  const { clients, update: updateClient } = useClientsStore();
  const saveFailed = useDismissalsStore((s) => s.saveFailed);
  const findingsHeading = useRef<HTMLHeadingElement>(null);
  const [revealFailed, setRevealFailed] = useState(false);

  const shown = visibleFindings(report, dismissals, settings.disabledRules);
  const hidden = hiddenForReport(report, dismissals);
  const subjectId = isStorableId(report.subjectId) ? report.subjectId : null;
  const client = report.client;
  const record = client?.id ? clients[clientKey(report.site, client.id)] : undefined;

  const onReveal = async (evidence: Evidence) => setRevealFailed(!(await revealEvidence(tabId, evidence)));
  const hide = async (subject: string, finding: Finding, reason: DismissalReason) => {
    await dismiss({ site: report.site, subjectId: subject, ruleId: finding.ruleId, reason });
    findingsHeading.current?.focus();
    void requestReanalyze(tabId);
  };
  const onUndo = async (key: string) => {
    await undo(key);
    void requestReanalyze(tabId);
  };
  const changeClient = async (change: { note?: string; blocked?: boolean }) => {
    if (!client?.id) return false;
    const ok = await updateClient(report.site, client.id, { ...change, name: client.name });
    if (ok && change.blocked !== undefined) void requestReanalyze(tabId);
    return ok;
  };

  return (
    <>
      <PageSummary report={report} />
      {settings.disabledSites.includes(report.site) && <SiteDisabledNotice />}
      <PartialNotice missing={report.missing} notices={report.notices} />
      <p role="status" className="error">
        {revealFailed ? t('panel.revealFailed') : saveFailed ? t('common.saveFailed') : ''}
      </p>
      {CLIENT_PAGES.has(report.kind) && (
        <ClientSummary
          site={report.site}
          client={client}
          record={record}
          onSaveNote={(note) => changeClient({ note })}
          onSetBlocked={(blocked) => changeClient({ blocked })}
        />
      )}
      {shown.length > 0 ? (
        <FindingGroups
          findings={shown}
          guidance={guidance}
          lang={lang}
          onReveal={(e) => void onReveal(e)}
          onHide={subjectId === null ? undefined : (f, reason) => void hide(subjectId, f, reason)}
          headingRef={findingsHeading}
        />
      ) : (
        <NothingFound checked={report.checked} hiddenCount={report.findings.length - shown.length} />
      )}
      <HiddenFindings hidden={hidden} guidance={guidance} lang={lang} onUndo={(key) => void onUndo(key)} />
    </>
  );
}
