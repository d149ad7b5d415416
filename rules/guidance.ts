/**
 * Guidance for every rule, by rule id: what the side panel shows (ja/en title, why it
 * matters, steps, sources). Extension pages only — never imported by the content script.
 */
import type { RuleGuidance } from '../utils/engine/rule-schema';

export const GUIDANCE: Readonly<Record<string, RuleGuidance>> = {};
