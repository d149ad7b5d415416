import type { Finding } from '@/utils/findings';
import { SEVERITY_RANK } from '@/utils/severity';
import { severityLabel } from '../common/labels';
import { t, type UiLanguage } from '../i18n';
import { ruleTitle, type GuidanceMap } from '../panel/guidance';

/** The `limit` most severe findings, in report order within a severity. */
export function topFindings(findings: readonly Finding[], limit = 3): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity] || a.index - b.index)
    .slice(0, limit)
    .map((x) => x.finding);
}

interface TopFindingsProps {
  findings: readonly Finding[];
  guidance: GuidanceMap;
  lang: UiLanguage;
}

/** The popup's short list of the three most severe findings. */
export function TopFindings({ findings, guidance, lang }: TopFindingsProps) {
  const top = topFindings(findings);
  if (top.length === 0) return null;
  return (
    <section aria-labelledby="top-findings">
      <h2 id="top-findings">{t('popup.top')}</h2>
      <ul className="top-findings">
        {top.map((f, i) => (
          <li key={`${f.ruleId}-${i}`} className={`severity-${f.severity}`}>
            <span className="severity-badge">{severityLabel(f.severity)}</span> {ruleTitle(f.ruleId, guidance, lang)}
          </li>
        ))}
      </ul>
    </section>
  );
}
