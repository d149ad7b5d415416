/**
 * Placeholder analysis used until the real adapters and engine are wired in: flags the word
 * 「LINE」 in the page's text. It exists so the whole path content → background → side panel
 * can be exercised end to end.
 */
import type { Finding } from './findings';

export function findLineMentions(text: string, source: string): Finding[] {
  const start = text.indexOf('LINE');
  if (start < 0) return [];
  return [
    {
      ruleId: 'off-platform-contact/placeholder-line',
      category: 'off-platform-contact',
      severity: 'warning',
      evidence: [{ text: 'LINE', source, start, end: start + 4 }],
    },
  ];
}
