/**
 * Names of sites, page kinds, severities, categories and facts in the UI language. Each
 * function falls back to the raw id for a value it does not know, so new ids still show.
 */
import type { PageKind, Site } from '@/utils/facts';
import type { Severity } from '@/utils/severity';
import { t } from '../i18n';

export function siteLabel(site: Site): string {
  return site === 'crowdworks' ? t('site.crowdworks') : t('site.lancers');
}

const KIND_LABELS: Record<PageKind, () => string> = {
  'job-list': () => t('kind.jobList'),
  job: () => t('kind.job'),
  client: () => t('kind.client'),
  'proposal-form': () => t('kind.proposalForm'),
  proposal: () => t('kind.proposal'),
  messages: () => t('kind.messages'),
  contract: () => t('kind.contract'),
  other: () => t('kind.other'),
};

export function pageKindLabel(kind: PageKind): string {
  return KIND_LABELS[kind]();
}

const SEVERITY_LABELS: Record<Severity, () => string> = {
  danger: () => t('severity.danger'),
  warning: () => t('severity.warning'),
  info: () => t('severity.info'),
};

export function severityLabel(severity: Severity): string {
  return SEVERITY_LABELS[severity]();
}

const CATEGORY_LABELS: Record<string, () => string> = {
  'off-platform-contact': () => t('category.offPlatformContact'),
  'direct-deal': () => t('category.directDeal'),
  'purchase-proxy': () => t('category.purchaseProxy'),
  'upfront-fee': () => t('category.upfrontFee'),
  'advance-payment': () => t('category.advancePayment'),
  mlm: () => t('category.mlm'),
  'review-request': () => t('category.reviewRequest'),
  'click-affiliate': () => t('category.clickAffiliate'),
  'homework-ghostwriting': () => t('category.homeworkGhostwriting'),
  'external-tos-violation': () => t('category.externalTosViolation'),
  'personal-info-request': () => t('category.personalInfoRequest'),
  threat: () => t('category.threat'),
  'abusive-language': () => t('category.abusiveLanguage'),
  'scope-creep': () => t('category.scopeCreep'),
  'work-before-escrow': () => t('category.workBeforeEscrow'),
  'inspection-overdue': () => t('category.inspectionOverdue'),
  'client-unresponsive': () => t('category.clientUnresponsive'),
  'termination-pending': () => t('category.terminationPending'),
  'low-client-rating': () => t('category.lowClientRating'),
  'unverified-client': () => t('category.unverifiedClient'),
  'new-client': () => t('category.newClient'),
  'too-good-pay': () => t('category.tooGoodPay'),
  'course-or-info-product-lure': () => t('category.courseOrInfoProductLure'),
  'criminal-recruitment': () => t('category.criminalRecruitment'),
};

export function categoryLabel(category: string): string {
  return Object.hasOwn(CATEGORY_LABELS, category) ? CATEGORY_LABELS[category]!() : category;
}

/** Facts an adapter may report as missing (`TabReport.missing`), by fact path. */
const FACT_LABELS: Record<string, () => string> = {
  client: () => t('fact.client'),
  'client.id': () => t('fact.clientId'),
  'client.name': () => t('fact.clientName'),
  'client.rating': () => t('client.rating'),
  'client.reviews': () => t('client.reviews'),
  'client.ordersPosted': () => t('client.ordersPosted'),
  'client.completionRate': () => t('client.completionRate'),
  'client.identityVerified': () => t('client.identityVerified'),
  'client.ruleChecked': () => t('client.ruleChecked'),
  'client.certified': () => t('client.certified'),
  'client.verifications': () => t('client.verifications'),
  'client.registeredAt': () => t('client.registeredAt'),
  job: () => t('fact.job'),
  'job.id': () => t('fact.jobId'),
  'job.title': () => t('fact.jobTitle'),
  'job.description': () => t('fact.jobDescription'),
  'job.paymentType': () => t('fact.jobPaymentType'),
  'job.budgetMin': () => t('fact.jobBudget'),
  'job.budgetMax': () => t('fact.jobBudget'),
  'job.deadline': () => t('fact.jobDeadline'),
  contract: () => t('fact.contract'),
  'contract.status': () => t('fact.contractStatus'),
  'contract.funded': () => t('fact.contractFunded'),
  'contract.deliveredAt': () => t('fact.contractDeliveredAt'),
  'contract.lastClientMessageAt': () => t('fact.contractLastClientMessageAt'),
  messages: () => t('fact.messages'),
  cards: () => t('fact.cards'),
};

export function factLabel(path: string): string {
  return Object.hasOwn(FACT_LABELS, path) ? FACT_LABELS[path]!() : path;
}

/** Lancers' 認証 items; adapters may key them by the Japanese name or a short id. */
const VERIFICATION_LABELS: Record<string, () => string> = {
  本人確認: () => t('verification.identity'),
  identity: () => t('verification.identity'),
  機密保持確認: () => t('verification.nda'),
  nda: () => t('verification.nda'),
  電話確認: () => t('verification.phone'),
  phone: () => t('verification.phone'),
  ランサーズチェック: () => t('verification.lancersCheck'),
  lancersCheck: () => t('verification.lancersCheck'),
};

export function verificationLabel(key: string): string {
  return Object.hasOwn(VERIFICATION_LABELS, key) ? VERIFICATION_LABELS[key]!() : key;
}
