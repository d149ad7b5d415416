import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FindingCard } from '@/components/panel/FindingCard';
import { revealEvidence } from '@/components/panel/page-commands';
import type { Finding } from '@/utils/findings';
import { GUIDANCE, LINE_FINDING, RATING_FINDING } from './fixtures';
import { buttonByText, cleanup, click, freshPage, render, setLocale } from './helpers';

function renderCard(finding: Finding, options: { onHide?: (r: string) => void; lang?: 'ja' | 'en' } = {}) {
  const onReveal = vi.fn();
  const rendered = render(
    <FindingCard finding={finding} guidance={GUIDANCE} lang={options.lang ?? 'ja'} onReveal={onReveal} onHide={options.onHide} />,
  );
  return { rendered, onReveal };
}

describe('FindingCard', () => {
  beforeEach(() => {
    freshPage();
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows title, why, numbered steps and the evidence as a button', async () => {
    const { rendered } = renderCard(LINE_FINDING);
    const { container } = await rendered;
    expect(container.querySelector('h4')?.textContent).toBe('サイト外の連絡先 (LINE) に誘っています');
    expect(container.textContent).toContain('サイト外でのやり取りは運営の保護の外です。');
    const steps = [...container.querySelectorAll('ol.steps > li')].map((li) => li.textContent);
    expect(steps).toEqual(['サイトのメッセージで返信する', 'サービス外連絡申請があるか確認する', '怪しければ通報する']);
    expect(container.querySelector('article')?.getAttribute('aria-labelledby')).toBe(container.querySelector('h4')?.id);
    expect(container.querySelector('.severity-badge')?.textContent).toBe('危険');
  });

  it('uses the English guidance when the UI is English', async () => {
    setLocale('en');
    const { container } = await renderCard(LINE_FINDING, { lang: 'en' }).rendered;
    expect(container.querySelector('h4')?.textContent).toBe('Asks you to move to LINE');
    expect(container.textContent).toContain('Why it matters');
  });

  it('an evidence button asks the page to reveal exactly that evidence', async () => {
    const { rendered, onReveal } = renderCard(LINE_FINDING);
    const { container } = await rendered;
    await click(container.querySelector('.evidence-button'));
    expect(onReveal).toHaveBeenCalledWith(LINE_FINDING.evidence[0]);

    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    expect(await revealEvidence(42, LINE_FINDING.evidence[0]!)).toBe(true);
    expect(send).toHaveBeenCalledWith(42, { type: 'reveal-evidence', source: 'job.description', start: 10, end: 20 });
    send.mockRejectedValue(new Error('no receiver'));
    expect(await revealEvidence(42, LINE_FINDING.evidence[0]!)).toBe(false);
  });

  it('shows fact evidence as text, not as a button', async () => {
    const { rendered, onReveal } = renderCard(RATING_FINDING);
    const { container } = await rendered;
    expect(container.querySelector('.evidence-button')).toBeNull();
    const fact = container.querySelector('.evidence-fact');
    expect(fact?.textContent).toContain('評価 2.1');
    expect(fact?.closest('button')).toBeNull();
    expect(onReveal).not.toHaveBeenCalled();
  });

  it('links only the official https sources, in a new tab without referrer', async () => {
    const { container } = await renderCard(LINE_FINDING).rendered;
    const links = [...container.querySelectorAll('.sources a')];
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe('https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10562');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(links[0]!.getAttribute('rel')).toBe('noreferrer');
    const items = [...container.querySelectorAll('.sources li')].map((li) => li.textContent ?? '');
    // Look-alike host, plain http and javascript: stay titles; the seed shows as an article title.
    expect(items.slice(1)).toEqual(['偽の公式ページ', '平文のページ', 'スクリプト', '外部連絡の注意 (記事) (参考記事)']);
    expect(container.innerHTML).not.toContain('javascript:');
    expect(container.innerHTML).not.toContain('evil.example');
  });

  it('never turns page text into links, even when it is an address', async () => {
    const finding: Finding = {
      ...LINE_FINDING,
      evidence: [{ text: 'https://line.me/ti/p/abcdef', source: 'message:2', start: 0, end: 27 }],
    };
    const { container } = await renderCard(finding).rendered;
    expect(container.querySelector('.evidence a')).toBeNull();
    expect(container.querySelector('.evidence-button')?.textContent).toBe('https://line.me/ti/p/abcdef');
  });

  it('renders hostile page text literally: no markup, direction controls made visible', async () => {
    const hostile = '<img src=x onerror=alert(1)>\u202Eenil\u202C LINE\u200B';
    const finding: Finding = { ...LINE_FINDING, evidence: [{ text: hostile, source: 'message:1', start: 0, end: 10 }] };
    const { container } = await renderCard(finding).rendered;
    expect(container.querySelector('img')).toBeNull();
    const button = container.querySelector('.evidence-button');
    expect(button?.textContent).toBe('<img src=x onerror=alert(1)>[U+202E]enil[U+202C] LINE[U+200B]');
    expect(button?.querySelector('bdi')).not.toBeNull();
    expect(button?.textContent).not.toContain('\u202E');
  });

  it('without guidance shows the rule id and its category', async () => {
    const finding: Finding = { ruleId: 'threat/damages-claim', category: 'threat', severity: 'danger', evidence: [] };
    const { container } = await renderCard(finding).rendered;
    expect(container.querySelector('h4')?.textContent).toBe('threat/damages-claim');
    expect(container.querySelector('code')?.textContent).toBe('threat/damages-claim');
    expect(container.textContent).toContain('脅し');
    expect(container.querySelector('ol.steps')).toBeNull();
  });

  it('offers both hide actions, or says why it cannot', async () => {
    const onHide = vi.fn();
    const { container } = await renderCard(LINE_FINDING, { onHide }).rendered;
    await click(buttonByText(container, 'この案件では非表示'));
    await click(buttonByText(container, 'リスクではない（誤検知）'));
    expect(onHide.mock.calls).toEqual([['dismissed'], ['false-alarm']]);
    expect(container.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe(
      '「サイト外の連絡先 (LINE) に誘っています」の操作',
    );
    cleanup();
    const without = await renderCard(LINE_FINDING).rendered;
    expect(buttonByText(without.container, 'この案件では非表示')).toBeUndefined();
    expect(without.container.textContent).toContain('非表示にできません');
  });
});
