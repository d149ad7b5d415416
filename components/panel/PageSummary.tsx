import type { TabReport } from '@/utils/messages';
import { pageKindLabel, siteLabel } from '../common/labels';
import { t } from '../i18n';

/** Which site and which kind of page the panel is describing. */
export function PageSummary({ report }: { report: TabReport }) {
  return (
    <dl className="page-summary" aria-label={t('panel.pageSummary')}>
      <div>
        <dt>{t('panel.site')}</dt>
        <dd>{siteLabel(report.site)}</dd>
      </div>
      <div>
        <dt>{t('panel.pageKind')}</dt>
        <dd>{pageKindLabel(report.kind)}</dd>
      </div>
    </dl>
  );
}
