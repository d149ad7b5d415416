/**
 * The rule registry: the detection part of every rule, in one list. The content script
 * imports only this file, so only `rule` exports are bundled (guidance and examples are
 * tree-shaken away). Add each new rule file here and in ./guidance.ts; the completeness
 * test fails when a rule file is missing from either.
 */
import type { RuleSpec } from '../utils/engine/rule-schema';

export const RULES: readonly RuleSpec[] = [];
