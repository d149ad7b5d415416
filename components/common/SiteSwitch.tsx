import { useId } from 'react';
import type { Site } from '@/utils/facts';
import { siteLabel } from '../common/labels';
import { t } from '../i18n';
import { useSettingsStore } from '../stores/settings-store';

/** On/off switch for Omamori on one site. */
export function SiteSwitch({ site }: { site: Site }) {
  const id = useId();
  const enabled = useSettingsStore((s) => !s.settings.disabledSites.includes(site));
  const setSiteEnabled = useSettingsStore((s) => s.setSiteEnabled);
  return (
    <div className="switch-row">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={enabled}
        onChange={(e) => void setSiteEnabled(site, e.target.checked)}
      />
      <label htmlFor={id}>{t('popup.siteSwitch', { site: siteLabel(site) })}</label>
    </div>
  );
}
