/**
 * How a fact that backs a finding reads in the panel: the engine reports facts in their raw
 * form (`fact:contract.status` = "delivered", `fact:client.identityVerified` = "false", ISO
 * dates); people read a label and a value in their language, with dates as calendar dates
 * and how many days ago.
 */
import type { Evidence } from '@/utils/findings';
import { formatDate, formatNumber } from '../common/format';
import { t } from '../i18n';

export interface FactReading {
  label: string;
  value: string;
}

const DAY_MS = 86_400_000;

const yesNo = (raw: string) => (raw === 'true' ? t('client.yes') : raw === 'false' ? t('client.no') : raw);

function dateWithAge(raw: string, now: number): string {
  const date = formatDate(raw);
  if (!date) return raw;
  const days = Math.floor((now - Date.parse(raw)) / DAY_MS);
  return days >= 1 ? t('evidenceFact.daysAgo', { date, days: String(days) }) : date;
}

function statusLabel(raw: string): string {
  switch (raw) {
    case 'negotiating':
      return t('evidenceFact.status.negotiating');
    case 'active':
      return t('evidenceFact.status.active');
    case 'delivered':
      return t('evidenceFact.status.delivered');
    case 'termination-requested':
      return t('evidenceFact.status.terminationRequested');
    case 'completed':
      return t('evidenceFact.status.completed');
    case 'cancelled':
      return t('evidenceFact.status.cancelled');
    default:
      return t('evidenceFact.status.unknown');
  }
}

/** Label and readable value of a `fact:` evidence item; unknown facts keep their raw text. */
export function readFact(evidence: Evidence, now = Date.now()): FactReading {
  const raw = evidence.text;
  switch (evidence.source.slice('fact:'.length)) {
    case 'client.rating':
      return { label: t('client.rating'), value: t('client.ratingValue', { value: formatNumber(Number(raw), 2) ?? raw }) };
    case 'client.reviews':
      return { label: t('client.reviews'), value: raw };
    case 'client.ordersPosted':
      return { label: t('client.ordersPosted'), value: raw };
    case 'client.completionRate':
      return { label: t('client.completionRate'), value: `${raw}%` };
    case 'client.identityVerified':
      return { label: t('client.identityVerified'), value: yesNo(raw) };
    case 'client.ruleChecked':
      return { label: t('client.ruleChecked'), value: yesNo(raw) };
    case 'client.certified':
      return { label: t('client.certified'), value: yesNo(raw) };
    case 'client.registeredAt':
      return { label: t('client.registeredAt'), value: dateWithAge(raw, now) };
    case 'client.id':
      return { label: t('evidenceFact.blockedClient'), value: raw };
    case 'contract.status':
      return { label: t('fact.contractStatus'), value: statusLabel(raw) };
    case 'contract.funded':
      return {
        label: t('fact.contractFunded'),
        value: raw === 'true' ? t('evidenceFact.funded') : raw === 'false' ? t('evidenceFact.notFunded') : raw,
      };
    case 'contract.deliveredAt':
      return { label: t('fact.contractDeliveredAt'), value: dateWithAge(raw, now) };
    case 'contract.lastClientMessageAt':
      return { label: t('fact.contractLastClientMessageAt'), value: dateWithAge(raw, now) };
    case 'contract.terminationRequestedAt':
      return { label: t('evidenceFact.contractTerminationRequestedAt'), value: dateWithAge(raw, now) };
    case 'contract.offPlatformApproved':
      return {
        label: t('evidenceFact.contractOffPlatformApproved'),
        value: raw === 'true' ? t('evidenceFact.approved') : raw === 'false' ? t('evidenceFact.notApproved') : raw,
      };
    case 'contract.type':
      return { label: t('evidenceFact.contractType'), value: raw };
    case 'job.paymentType':
      return { label: t('fact.jobPaymentType'), value: raw };
    case 'job.budgetMin':
    case 'job.budgetMax':
      return { label: t('fact.jobBudget'), value: `${formatNumber(Number(raw)) ?? raw}円` };
    case 'job.applicants':
      return { label: t('evidenceFact.jobApplicants'), value: raw };
    case 'site':
      return { label: t('evidenceFact.site'), value: raw === 'lancers' ? t('site.lancers') : raw === 'crowdworks' ? t('site.crowdworks') : raw };
    default:
      return { label: t('finding.fact'), value: raw };
  }
}
