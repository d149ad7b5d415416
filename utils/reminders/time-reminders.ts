/**
 * The time reminders: rules that count days since one of a contract's dates (delivery, the
 * client's last message, a termination request). They are what a tracked contract can fall
 * due for between two visits, so the daily check runs exactly these. The list is derived from
 * the rule set, so a new time rule is picked up without a second registry to keep in step.
 */
import type { Condition, FactPath, RuleSpec } from '../engine/rule-schema';
import { RULES } from '../../rules';

/** The contract dates a reminder can count from. */
export const CONTRACT_DATES = ['deliveredAt', 'lastClientMessageAt', 'terminationRequestedAt'] as const;
export type ContractDate = (typeof CONTRACT_DATES)[number];

export interface TimeReminder {
  rule: RuleSpec;
  /** The date the reminder counts its days from. */
  basis: ContractDate;
}

function isContractDate(path: FactPath): ContractDate | null {
  const field = path.startsWith('contract.') ? path.slice('contract.'.length) : '';
  return (CONTRACT_DATES as readonly string[]).includes(field) ? (field as ContractDate) : null;
}

/** The first contract date a condition tree counts days from, or null. */
function basisOf(condition: Condition): ContractDate | null {
  if ('all' in condition) return firstBasis(condition.all);
  if ('any' in condition) return firstBasis(condition.any);
  if ('not' in condition) return basisOf(condition.not);
  if ('daysSince' in condition) return isContractDate(condition.daysSince);
  return null;
}

function firstBasis(conditions: readonly Condition[]): ContractDate | null {
  for (const condition of conditions) {
    const basis = basisOf(condition);
    if (basis) return basis;
  }
  return null;
}

/** The rules of `rules` that count days since a contract date and apply to contract pages. */
export function timeRemindersOf(rules: readonly RuleSpec[]): TimeReminder[] {
  const reminders: TimeReminder[] = [];
  for (const rule of rules) {
    const basis = basisOf(rule.when);
    if (basis && rule.pageKinds.includes('contract')) reminders.push({ rule, basis });
  }
  return reminders;
}

/** The time reminders of the bundled rule set. */
export const TIME_REMINDERS: readonly TimeReminder[] = timeRemindersOf(RULES);

/** Their rules as one stable array, so the engine compiles them once (it caches per array). */
export const TIME_REMINDER_RULES: readonly RuleSpec[] = TIME_REMINDERS.map((reminder) => reminder.rule);
