/**
 * User settings that rules read (thresholds) and that switch rules and sites on or off.
 * The options page edits them; storage keeps them under `local:settings` (see utils/storage).
 * Defaults and ranges live in utils/storage/settings-defaults.ts (zod-free, shared with the
 * content script); this file turns them into the zod schema.
 */
import { z } from 'zod';
import { SITES } from './facts';
import {
  SETTINGS_DEFAULTS,
  THRESHOLD_BOUNDS,
  THRESHOLD_KEYS,
  type SettingsValues,
  type ThresholdKey,
} from './storage/settings-defaults';

export { THRESHOLD_KEYS, type ThresholdKey };

function threshold(key: ThresholdKey) {
  const b = THRESHOLD_BOUNDS[key];
  const base = b.integer ? z.number().int() : z.number();
  return base.min(b.min).max(b.max).default(SETTINGS_DEFAULTS[key]);
}

export const SettingsSchema = z.object({
  /** A client rated below this (with enough reviews) gets a low-rating warning. */
  minClientRating: threshold('minClientRating'),
  /** A rating counts only with at least this many reviews. */
  minReviewsForRating: threshold('minReviewsForRating'),
  /** Days after delivery without 検収 before the "inspection overdue" reminder (seed 001: 1 week). */
  inspectionOverdueDays: threshold('inspectionOverdueDays'),
  /** Days of client silence before the 連絡催促申請 reminder, per site. */
  clientSilentDaysCrowdworks: threshold('clientSilentDaysCrowdworks'),
  clientSilentDaysLancers: threshold('clientSilentDaysLancers'),
  /** Rule ids switched off by the user. */
  disabledRules: z.array(z.string().max(200)).max(1000).default([]),
  /** Sites switched off by the user. */
  disabledSites: z.array(z.enum(SITES)).default([]),
  /**
   * Notify when a tracked contract's reminder falls due (daily check). Off until the user
   * turns it on; settings stored before it existed read as off, so no migration is needed.
   */
  notifyDueReminders: z.boolean().default(false),
});
export type Settings = z.infer<typeof SettingsSchema>;

// The zod-free copy of this shape (used by the content script) must not drift from it.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameShape: Same<Settings, SettingsValues> = true;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
