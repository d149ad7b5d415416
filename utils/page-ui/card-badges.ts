/**
 * Badges on risky listing cards: highest severity, count and a short label, with the top
 * reasons in a tooltip. Each badge is a zero-size inline host placed right after the card's
 * title link, with the badge absolutely positioned inside a closed shadow root, so the site's
 * layout does not shift and page scripts cannot read it.
 */
import type { Finding } from '../findings';
import { SEVERITY_RANK, type Severity } from '../severity';
import { categoryLabel } from './category-labels';

export const BADGE_TAG = 'omamori-card-badge';

const COLOURS: Record<Severity, string> = { danger: '#b3261e', warning: '#8a4b00', info: '#1f5fa8' };
const WORDS: Record<Severity, string> = { danger: '危険', warning: '注意', info: '参考' };

const STYLE = `
span { position: absolute; left: 6px; top: -1px; white-space: nowrap; font: bold 12px/1.5 system-ui, sans-serif;
  color: #fff; border-radius: 10px; padding: 1px 8px; box-shadow: 0 1px 3px rgba(0,0,0,.3); cursor: help; }`;

/** Highest severity among findings, or null when there are none worth a badge. */
export function topSeverity(findings: readonly Finding[]): Severity | null {
  let top: Severity | null = null;
  for (const f of findings) if (!top || SEVERITY_RANK[f.severity] > SEVERITY_RANK[top]) top = f.severity;
  return top;
}

/** The badge text and tooltip for a card's findings (only warning and danger count). */
export function describeCard(findings: readonly Finding[]): { severity: Severity; text: string; tooltip: string } | null {
  const risky = findings.filter((f) => f.severity !== 'info');
  const severity = topSeverity(risky);
  if (!severity) return null;
  const labels = [...new Set(risky.map((f) => categoryLabel(f.category)))];
  return {
    severity,
    text: `お守り ${WORDS[severity]} ${risky.length}`,
    tooltip: labels.slice(0, 3).join(' / ') + (labels.length > 3 ? ` ほか${labels.length - 3}件` : ''),
  };
}

/** Puts (or updates) a badge after `anchor`; removes it when there is nothing to show. */
export function placeCardBadge(anchor: Element, findings: readonly Finding[]): void {
  const doc = anchor.ownerDocument;
  const existing = anchor.nextElementSibling?.tagName.toLowerCase() === BADGE_TAG ? anchor.nextElementSibling : null;
  const description = describeCard(findings);
  if (!description) {
    existing?.remove();
    return;
  }
  const host = (existing as HTMLElement | null) ?? doc.createElement(BADGE_TAG);
  let badge = badgeOf.get(host);
  if (!badge) {
    host.style.cssText = 'all:initial;display:inline-block;position:relative;width:0;height:0;vertical-align:top;';
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    badge = doc.createElement('span');
    badge.setAttribute('role', 'note');
    root.append(style, badge);
    badgeOf.set(host, badge);
    anchor.after(host);
  }
  badge.style.background = COLOURS[description.severity];
  badge.textContent = description.text;
  badge.title = description.tooltip;
  badge.setAttribute('aria-label', `Omamori: ${description.text} — ${description.tooltip}`);
}

/** Closed shadow roots are unreachable from the host, so we keep our own handle. */
const badgeOf = new WeakMap<Element, HTMLElement>();
