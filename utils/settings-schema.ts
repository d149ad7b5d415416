/**
 * User settings that rules read (thresholds) and that switch rules and sites on or off.
 * The options page edits them; storage keeps them under `local:settings` (see utils/storage).
 */
import { z } from 'zod';

export const SettingsSchema = z.object({
  /** A client rated below this (with enough reviews) gets a low-rating warning. */
  minClientRating: z.number().min(0).max(5).default(4.0),
  /** A rating counts only with at least this many reviews. */
  minReviewsForRating: z.number().int().min(0).max(1000).default(3),
  /** Days after delivery without 検収 before the "inspection overdue" reminder (seed 001: 1 week). */
  inspectionOverdueDays: z.number().int().min(1).max(90).default(7),
  /** Days of client silence before the 連絡催促申請 reminder, per site. */
  clientSilentDaysCrowdworks: z.number().int().min(1).max(90).default(5),
  clientSilentDaysLancers: z.number().int().min(1).max(90).default(7),
  /** Rule ids switched off by the user. */
  disabledRules: z.array(z.string()).default([]),
  /** Sites switched off by the user. */
  disabledSites: z.array(z.enum(['crowdworks', 'lancers'])).default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Numeric settings a rule may compare a fact with. */
export const THRESHOLD_KEYS = [
  'minClientRating',
  'minReviewsForRating',
  'inspectionOverdueDays',
  'clientSilentDaysCrowdworks',
  'clientSilentDaysLancers',
] as const;
export type ThresholdKey = (typeof THRESHOLD_KEYS)[number];

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
