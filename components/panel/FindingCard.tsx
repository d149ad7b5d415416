import { useId } from 'react';
import type { Evidence, Finding } from '@/utils/findings';
import type { DismissalReason } from '@/utils/storage/records';
import { categoryLabel, severityLabel } from '../common/labels';
import { t, type UiLanguage } from '../i18n';
import { EvidenceList } from './EvidenceList';
import { FindingActions } from './FindingActions';
import { GuidanceSources } from './GuidanceSources';
import { guidanceView, type GuidanceMap } from './guidance';

export interface FindingCardProps {
  finding: Finding;
  guidance: GuidanceMap;
  lang: UiLanguage;
  onReveal(evidence: Evidence): void;
  onHide?(reason: DismissalReason): void;
}

/**
 * One finding: title, the evidence, why it matters, the steps to take, the sources and the
 * hide actions. Without guidance for its rule it still shows the rule id and category.
 */
export function FindingCard({ finding, guidance, lang, onReveal, onHide }: FindingCardProps) {
  const titleId = useId();
  const view = guidanceView(finding.ruleId, guidance, lang);
  const title = view?.title ?? finding.ruleId;
  return (
    <article
      className={`finding severity-${finding.severity}`}
      aria-labelledby={titleId}
      data-rule={finding.ruleId}
    >
      <header className="finding-header">
        <span className="severity-badge">{severityLabel(finding.severity)}</span>
        <h4 id={titleId}>{title}</h4>
      </header>
      {!view && (
        <p className="hint">
          {t('finding.noGuidance')} <code>{finding.ruleId}</code> · {categoryLabel(finding.category)}
        </p>
      )}
      <EvidenceList evidence={finding.evidence} onReveal={onReveal} />
      {view && (
        <>
          <h5>{t('finding.why')}</h5>
          <p>{view.why}</p>
          <h5>{t('finding.steps')}</h5>
          <ol className="steps">
            {view.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
          <GuidanceSources sources={view.sources} />
        </>
      )}
      <FindingActions title={title} onHide={onHide} />
    </article>
  );
}
