import { useId, type Ref } from 'react';
import type { Evidence, Finding } from '@/utils/findings';
import { SEVERITIES } from '@/utils/severity';
import type { DismissalReason } from '@/utils/storage/records';
import { severityLabel } from '../common/labels';
import { t, type UiLanguage } from '../i18n';
import { FindingCard } from './FindingCard';
import type { GuidanceMap } from './guidance';

interface FindingGroupsProps {
  findings: readonly Finding[];
  guidance: GuidanceMap;
  lang: UiLanguage;
  onReveal(evidence: Evidence): void;
  onHide?(finding: Finding, reason: DismissalReason): void;
  /** Focus lands here after a finding is hidden, so keyboard users keep their place. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** The findings, grouped danger → warning → info. */
export function FindingGroups({ findings, guidance, lang, onReveal, onHide, headingRef }: FindingGroupsProps) {
  const headingId = useId();
  return (
    <section className="findings" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('panel.findings', { count: findings.length })}
      </h2>
      {SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className={`severity-group severity-${severity}`} aria-label={severityLabel(severity)}>
            <h3>
              {severityLabel(severity)} ({group.length})
            </h3>
            <ul className="finding-list">
              {group.map((finding, i) => (
                <li key={`${finding.ruleId}-${i}`}>
                  <FindingCard
                    finding={finding}
                    guidance={guidance}
                    lang={lang}
                    onReveal={onReveal}
                    onHide={onHide ? (reason) => onHide(finding, reason) : undefined}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
