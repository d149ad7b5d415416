/** Which findings of a report the panel shows, and which the user hid for this subject. */
import type { Finding } from '@/utils/findings';
import type { TabReport } from '@/utils/messages';
import { dismissalsFor, isStorableId } from '@/utils/storage/dismissals';
import { dismissalKey } from '@/utils/storage/keys';
import type { Dismissal, Dismissals } from '@/utils/storage/records';

/** Findings not dismissed for this job/contract and whose rule the user left on. */
export function visibleFindings(report: TabReport, dismissals: Dismissals, disabledRules: readonly string[]): Finding[] {
  const disabled = new Set(disabledRules);
  const subject = isStorableId(report.subjectId) ? report.subjectId : null;
  return report.findings.filter(
    (f) => !disabled.has(f.ruleId) && !(subject && Object.hasOwn(dismissals, dismissalKey(report.site, subject, f.ruleId))),
  );
}

/** The dismissals filed under this report's job/contract (none without a storable id). */
export function hiddenForReport(report: TabReport, dismissals: Dismissals): Dismissal[] {
  return isStorableId(report.subjectId) ? dismissalsFor(dismissals, report.site, report.subjectId) : [];
}
