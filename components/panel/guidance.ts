/** A rule's guidance in the UI language, looked up safely by rule id. */
import type { RuleGuidance } from '@/utils/engine/rule-schema';
import type { UiLanguage } from '../i18n';
import { GUIDANCE } from '@/rules/guidance';
import { BLOCKED_CLIENT_GUIDANCE } from '@/utils/analysis/blocked-client-guidance';

export type GuidanceMap = Readonly<Record<string, RuleGuidance>>;

/** Rule guidance plus the guidance for findings that come from the user's blocklist. */
export const PANEL_GUIDANCE: GuidanceMap = { ...GUIDANCE, ...BLOCKED_CLIENT_GUIDANCE };

export interface GuidanceView {
  title: string;
  why: string;
  steps: readonly string[];
  sources: RuleGuidance['sources'];
}

/** Guidance for `ruleId` in `lang` (Japanese when English is missing), or null. */
export function guidanceView(ruleId: string, map: GuidanceMap, lang: UiLanguage): GuidanceView | null {
  // hasOwn: a rule id such as "constructor" must not find Object.prototype members.
  if (!Object.hasOwn(map, ruleId)) return null;
  const guidance = map[ruleId]!;
  const text = lang === 'en' && guidance.en ? guidance.en : guidance.ja;
  return { ...text, sources: guidance.sources };
}

/** The title to show for a rule: its guidance title, else its id. */
export function ruleTitle(ruleId: string, map: GuidanceMap, lang: UiLanguage): string {
  return guidanceView(ruleId, map, lang)?.title ?? ruleId;
}
