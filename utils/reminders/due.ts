/**
 * Which reminders a tracked contract is due for now: the time reminders run through the rule
 * engine over the contract's stored state and dates, with the user's settings (thresholds,
 * rules and sites switched off, findings hidden per contract) and an injectable clock. Pure:
 * no browser API.
 */
import { analyze } from '../engine/analyze';
import { daysSince } from '../engine/fact-values';
import type { RuleSpec } from '../engine/rule-schema';
import type { PageFacts } from '../facts';
import type { Settings } from '../settings-schema';
import type { Severity } from '../severity';
import { contractKey, dismissalKey } from '../storage/keys';
import type { TrackedContract, TrackedContracts } from '../storage/records';
import { contractPageUrl } from './contract-url';
import { TIME_REMINDER_RULES, TIME_REMINDERS, type ContractDate, type TimeReminder } from './time-reminders';

export interface DueReminder {
  /** `contractKey(site, contractId)` of the tracked contract. */
  key: string;
  site: TrackedContract['site'];
  contractId: string;
  ruleId: string;
  severity: Severity;
  /** Which date the reminder counts from, and that date (ISO). */
  basisField: ContractDate;
  basis: string;
  /** Whole days (Japan time) from that date to now. */
  days: number;
}

/** The page a tracked record stands for: the contract's facts and no text at all. */
export function factsOfTracked(record: TrackedContract): PageFacts {
  return {
    site: record.site,
    kind: 'contract',
    url: contractPageUrl(record.site, record.contractId) ?? '',
    contract: {
      id: record.contractId,
      status: record.status,
      type: record.type,
      funded: record.funded,
      deliveredAt: record.deliveredAt,
      terminationRequestedAt: record.terminationRequestedAt,
      lastClientMessageAt: record.lastClientMessageAt,
      offPlatformApproved: record.offPlatformApproved,
    },
    messages: [],
    texts: [],
    cards: [],
    missing: [],
  };
}

/** The reminders one tracked contract is due for at `now`. */
export function dueRemindersOf(
  record: TrackedContract,
  settings: Settings,
  now: Date,
  reminders: readonly TimeReminder[] = TIME_REMINDERS,
  rules: readonly RuleSpec[] = TIME_REMINDER_RULES,
): DueReminder[] {
  if (settings.disabledSites.includes(record.site)) return [];
  const byId = new Map(reminders.map((reminder) => [reminder.rule.id, reminder]));
  const due: DueReminder[] = [];
  for (const finding of analyze(factsOfTracked(record), rules, settings, now).findings) {
    const reminder = byId.get(finding.ruleId);
    const basis = reminder ? record[reminder.basis] : null;
    const days = daysSince(basis ?? null, now);
    if (!reminder || !basis || days === null) continue;
    due.push({
      key: contractKey(record.site, record.contractId),
      site: record.site,
      contractId: record.contractId,
      ruleId: finding.ruleId,
      severity: finding.severity,
      basisField: reminder.basis,
      basis,
      days,
    });
  }
  return due;
}

/**
 * Every due reminder of every tracked contract, most overdue first, leaving out those the
 * user hid for that contract in the side panel (`dismissed`: dismissal keys).
 */
export function dueReminders(
  contracts: TrackedContracts,
  settings: Settings,
  now: Date,
  dismissed: ReadonlySet<string> = new Set(),
): DueReminder[] {
  return Object.values(contracts)
    .flatMap((record) => dueRemindersOf(record, settings, now))
    .filter((reminder) => !dismissed.has(dismissalKey(reminder.site, reminder.contractId, reminder.ruleId)))
    .sort((a, b) => b.days - a.days || a.key.localeCompare(b.key) || a.ruleId.localeCompare(b.ruleId));
}
