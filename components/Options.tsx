import { GUIDANCE } from '@/rules/guidance';
import { RULES } from '@/rules/index';
import type { RuleSpec } from '@/utils/engine/rule-schema';
import { t } from './i18n';
import { BackupNotice } from './options/BackupNotice';
import { ClientsSection } from './options/ClientsSection';
import { DataSection } from './options/DataSection';
import { RemindersSection } from './options/RemindersSection';
import { RulesSection } from './options/RulesSection';
import { SitesSection } from './options/SitesSection';
import { ThresholdsSection } from './options/ThresholdsSection';
import type { GuidanceMap } from './panel/guidance';
import { LoadingState } from './panel/PanelStates';
import { useClientsStore } from './stores/clients-store';
import { useContractsStore } from './stores/contracts-store';
import { useDismissalsStore } from './stores/dismissals-store';
import { useSettingsStore } from './stores/settings-store';
import { useStoredData } from './stores/use-stored-data';

interface OptionsProps {
  rules?: readonly Pick<RuleSpec, 'id' | 'category' | 'severity'>[];
  guidance?: GuidanceMap;
}

/**
 * Options page: rules, thresholds, sites, client notes and blocklist, reminders (notification
 * opt-in, tracked contracts), export/import/reset.
 */
export function Options({ rules = RULES, guidance = GUIDANCE }: OptionsProps) {
  const loaded = useStoredData();
  // Any value moved aside while loading changes this key, so the backup notice looks again.
  const movedAside = [
    useSettingsStore((s) => s.movedAsideTo),
    useDismissalsStore((s) => s.movedAsideTo),
    useClientsStore((s) => s.movedAsideTo),
    useContractsStore((s) => s.movedAsideTo),
  ].join('|');
  return (
    <main className="options" aria-labelledby="options-title">
      <h1 id="options-title">{t('options.title')}</h1>
      {!loaded ? (
        <LoadingState />
      ) : (
        <>
          <BackupNotice refreshKey={movedAside} />
          <RulesSection rules={rules} guidance={guidance} />
          <ThresholdsSection />
          <SitesSection />
          <ClientsSection />
          <RemindersSection guidance={guidance} />
          <DataSection />
        </>
      )}
    </main>
  );
}
