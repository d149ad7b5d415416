/** A small fixed rule set for the CLI contract tests (the real set changes as it grows). */
import type { RuleGuidance, RuleSpec } from '../../../utils/engine/rule-schema';

export const RULES: readonly RuleSpec[] = [
  {
    id: 'off-platform-contact/line',
    category: 'off-platform-contact',
    severity: 'warning',
    sites: ['crowdworks', 'lancers'],
    pageKinds: ['job', 'messages'],
    when: { text: { terms: ['LINE'], wordBoundary: true }, near: { pattern: { terms: ['連絡'] }, within: 10 } },
  },
  {
    id: 'low-client-rating/below-threshold',
    category: 'low-client-rating',
    severity: 'info',
    sites: ['crowdworks'],
    pageKinds: ['job'],
    when: { fact: 'client.rating', op: '<', value: { setting: 'minClientRating' } },
  },
];

const guidance = (ja: string, en: string): RuleGuidance => ({
  ja: { title: ja, why: '理由', steps: ['確認する'] },
  en: { title: en, why: 'Why', steps: ['Check'] },
  sources: [{ title: 'CrowdWorks', url: 'https://crowdworks.jp/' }],
});

export const GUIDANCE: Record<string, RuleGuidance> = {
  'off-platform-contact/line': guidance('LINEへの誘導', 'Moving to LINE'),
  'low-client-rating/below-threshold': guidance('評価の低いクライアント', 'Low-rated client'),
};
