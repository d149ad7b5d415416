import { describe, expect, it } from 'vitest';
import { BADGE_TAG, describeCard, placeCardBadge } from '@/utils/page-ui/card-badges';
import type { Finding } from '@/utils/findings';

const finding = (category: string, severity: Finding['severity']): Finding => ({
  ruleId: `${category}/x`,
  category,
  severity,
  evidence: [],
});

describe('listing card badges', () => {
  it('describes a card by its top severity and counts only warnings and dangers', () => {
    const d = describeCard([finding('new-client', 'info'), finding('purchase-proxy', 'danger'), finding('too-good-pay', 'warning')]);
    expect(d).toEqual({ severity: 'danger', text: 'お守り 危険 2', tooltip: '購入代行・買付け / 好条件すぎる募集' });
  });

  it('gives no badge for info-only or empty findings', () => {
    expect(describeCard([])).toBeNull();
    expect(describeCard([finding('new-client', 'info')])).toBeNull();
  });

  it('places one badge after the title link, updates it in place and removes it when clean', () => {
    document.body.innerHTML = '<div><a href="/public/jobs/1">title</a><span>pay</span></div>';
    const anchor = document.querySelector('a')!;
    placeCardBadge(anchor, [finding('mlm', 'warning')]);
    placeCardBadge(anchor, [finding('mlm', 'danger')]);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    expect(anchor.nextElementSibling?.tagName.toLowerCase()).toBe(BADGE_TAG);
    // Closed shadow root: the page cannot read the badge.
    expect((anchor.nextElementSibling as HTMLElement).shadowRoot).toBeNull();
    placeCardBadge(anchor, []);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(0);
  });
});
