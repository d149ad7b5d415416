import { SITES } from '@/utils/facts';
import { t } from '../i18n';
import { SiteSwitch } from '../common/SiteSwitch';

/** On/off per supported site. */
export function SitesSection() {
  return (
    <section className="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options.sitesHeading')}</h2>
      {SITES.map((site) => (
        <SiteSwitch key={site} site={site} />
      ))}
    </section>
  );
}
