import { useId } from 'react';
import type { Evidence } from '@/utils/findings';
import { PageText } from '../common/PageText';
import { t } from '../i18n';
import { isFactEvidence } from './page-commands';
import { readFact } from './fact-evidence';

/** Past this many, the rest are counted rather than listed (a page can repeat a phrase). */
const MAX_SHOWN = 8;

interface EvidenceListProps {
  evidence: readonly Evidence[];
  onReveal(evidence: Evidence): void;
}

/**
 * The exact phrases that triggered a finding. Phrases in the page text are buttons that
 * show them on the page; facts (`fact:` sources, e.g. a rating) are plain text.
 */
export function EvidenceList({ evidence, onReveal }: EvidenceListProps) {
  const hintId = useId();
  if (evidence.length === 0) return null;
  const shown = evidence.slice(0, MAX_SHOWN);
  const anyOnPage = shown.some((e) => !isFactEvidence(e));
  return (
    <div className="evidence">
      <h5>{t('finding.evidence')}</h5>
      {anyOnPage && (
        <p id={hintId} className="hint">
          {t('finding.evidenceHint')}
        </p>
      )}
      <ul className="evidence-list">
        {shown.map((e, i) =>
          isFactEvidence(e) ? (
            <li key={i} className="evidence-fact">
              <FactLine evidence={e} />
            </li>
          ) : (
            <li key={i}>
              <button type="button" className="evidence-button" aria-describedby={hintId} onClick={() => onReveal(e)}>
                <PageText text={e.text} max={120} />
              </button>
            </li>
          ),
        )}
      </ul>
      {evidence.length > MAX_SHOWN && (
        <p className="hint">{t('finding.moreEvidence', { count: evidence.length - MAX_SHOWN })}</p>
      )}
    </div>
  );
}

/** A fact behind a finding, as "label: value" in the UI language. */
function FactLine({ evidence }: { evidence: Evidence }) {
  const { label, value } = readFact(evidence);
  return (
    <>
      <span className="fact-tag">{label}</span> <PageText text={value} max={120} />
    </>
  );
}
