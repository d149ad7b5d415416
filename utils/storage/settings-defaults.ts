/**
 * Default settings and the allowed range of each threshold, in plain data without zod, so
 * the content script can check stored values by hand. `utils/settings-schema.ts` builds its
 * zod schema from these same numbers: one source of truth for both.
 */
import type { Site } from '../facts';

/** Numeric settings a rule may compare a fact with. */
export const THRESHOLD_KEYS = [
  'minClientRating',
  'minReviewsForRating',
  'inspectionOverdueDays',
  'clientSilentDaysCrowdworks',
  'clientSilentDaysLancers',
] as const;
export type ThresholdKey = (typeof THRESHOLD_KEYS)[number];

export interface ThresholdBounds {
  min: number;
  max: number;
  /** Whole numbers only (days, counts). */
  integer: boolean;
  /** Input step for the options form. */
  step: number;
}

export const THRESHOLD_BOUNDS: Readonly<Record<ThresholdKey, ThresholdBounds>> = {
  minClientRating: { min: 0, max: 5, integer: false, step: 0.1 },
  minReviewsForRating: { min: 0, max: 1000, integer: true, step: 1 },
  inspectionOverdueDays: { min: 1, max: 90, integer: true, step: 1 },
  clientSilentDaysCrowdworks: { min: 1, max: 90, integer: true, step: 1 },
  clientSilentDaysLancers: { min: 1, max: 90, integer: true, step: 1 },
};

/**
 * The settings as a plain type. `Settings` in utils/settings-schema.ts is inferred from zod
 * and checked there to be exactly this type.
 */
export interface SettingsValues {
  minClientRating: number;
  minReviewsForRating: number;
  inspectionOverdueDays: number;
  clientSilentDaysCrowdworks: number;
  clientSilentDaysLancers: number;
  disabledRules: string[];
  disabledSites: Site[];
  /** Browser notifications for tracked contracts' reminders when they fall due (opt-in). */
  notifyDueReminders: boolean;
}

/** Every setting at its default. Treat as read-only: copy before changing. */
export const SETTINGS_DEFAULTS: Readonly<SettingsValues> = Object.freeze({
  minClientRating: 4.0,
  minReviewsForRating: 3,
  // CrowdWorks asks clients to inspect a delivery within about one week (seed 001, FAQ 10549).
  inspectionOverdueDays: 7,
  clientSilentDaysCrowdworks: 5,
  // Lancers accepts a 連絡催促申請 after 7 days without contact (FAQ A1018/338).
  clientSilentDaysLancers: 7,
  disabledRules: [],
  disabledSites: [],
  notifyDueReminders: false,
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): SettingsValues {
  return { ...SETTINGS_DEFAULTS, disabledRules: [], disabledSites: [] };
}

/** True when `value` is a number the threshold accepts. */
export function isValidThreshold(key: ThresholdKey, value: unknown): value is number {
  const b = THRESHOLD_BOUNDS[key];
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= b.min &&
    value <= b.max &&
    (!b.integer || Number.isInteger(value))
  );
}
