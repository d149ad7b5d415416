import { describe, expect, it } from 'vitest';
import type { PageFacts } from '../../../utils/facts';
import type { Finding } from '../../../utils/findings';
import { analyze } from '../../../utils/engine/analyze';
import type { RuleSpec } from '../../../utils/engine/rule-schema';
import { NOW, SETTINGS, evidenceTexts, findings, fires, page, rule } from './helpers';

/** Every text evidence must be exactly the original characters at its offsets. */
function expectExactEvidence(found: readonly Finding[], facts: PageFacts): void {
  for (const finding of found) {
    for (const e of finding.evidence) {
      if (e.source.startsWith('fact:')) continue;
      const source = facts.texts.find((t) => t.id === e.source);
      expect(source, `source ${e.source}`).toBeDefined();
      expect(source?.text.slice(e.start, e.end)).toBe(e.text);
    }
  }
}

describe('severity adjustments', () => {
  const r = rule(
    { text: { terms: ['LINE'] } },
    {
      severity: 'warning',
      adjust: [
        { when: { fact: 'contract.offPlatformApproved', op: '==', value: true }, severity: 'off' },
        { when: { fact: 'client.identityVerified', op: '==', value: false }, severity: 'danger' },
        { when: { fact: 'client.reviews', op: '==', value: 0 }, severity: 'info' },
      ],
    },
  );
  const severityOn = (extra: Partial<PageFacts>) => findings(r, page(['LINEで連絡'], extra))[0]?.severity;

  it('keeps the rule severity when no adjustment holds', () => {
    expect(severityOn({})).toBe('warning');
  });

  it('applies the first adjustment that holds, and adds its evidence', () => {
    expect(severityOn({ client: { identityVerified: false, reviews: 0 } })).toBe('danger');
    expect(severityOn({ client: { identityVerified: true, reviews: 0 } })).toBe('info');
    const found = findings(r, page(['LINEで連絡'], { client: { identityVerified: false } }));
    expect(found[0]?.evidence.map((e) => e.source)).toEqual(['text:0', 'fact:client.identityVerified']);
  });

  it("'off' silences the rule on that page", () => {
    expect(severityOn({ contract: { offPlatformApproved: true }, client: { identityVerified: false } })).toBeUndefined();
  });
});

describe('evidence offsets point at the original characters', () => {
  const r = rule({ text: { terms: ['LINE', 'ライン', '電話'], regex: ['0[789]0-?[0-9]{4}-?[0-9]{4}'] } });

  it.each([
    ['zero-width characters inside the match', 'まずは L\u200bI\u200dNE で', 'L\u200bI\u200dNE'],
    ['zero-width characters before the match', '\u200b\u200b\u200bLINE', 'LINE'],
    ['full-width letters', 'ＬＩＮＥで', 'ＬＩＮＥ'],
    ['half-width katakana', 'ｶﾞｲﾄﾞ ﾗｲﾝで', 'ﾗｲﾝ'],
    ['surrogate pairs before the match', '😀👍🏻𠮷 LINE', 'LINE'],
    ['full-width digits and dashes', '番号は０９０－１２３４－５６７８です', '０９０－１２３４－５６７８'],
  ])('%s', (_label, text, expected) => {
    const facts = page([text]);
    const found = findings(r, facts);
    expect(evidenceTexts(found)).toContain(expected);
    expectExactEvidence(found, facts);
  });

  it('maps matches after a removed character and across several sources', () => {
    const facts = page([
      { id: 'job.title', kind: 'job', text: '😀 電話 😀' },
      { id: 'job.description', kind: 'job', text: '\u200b\u200bＬ\u200bＩＮＥ、ﾗｲﾝ、電話' },
    ]);
    const found = findings(r, facts);
    expect(found[0]?.evidence.map((e) => [e.source, e.text])).toEqual([
      ['job.title', '電話'],
      ['job.description', 'Ｌ\u200bＩＮＥ'],
      ['job.description', 'ﾗｲﾝ'],
      ['job.description', '電話'],
    ]);
    expectExactEvidence(found, facts);
  });
});

describe('findings', () => {
  it('gives one finding per rule, with de-duplicated evidence capped at five', () => {
    const r = rule({
      any: [{ text: { terms: ['LINE'] } }, { text: { terms: ['ライン', 'LINE'] } }, { text: { regex: ['line'] } }],
    });
    const text = Array.from({ length: 12 }, (_, i) => `${i}: LINEで連絡`).join('\n');
    const found = findings(r, page([text]));
    expect(found).toHaveLength(1);
    const evidence = found[0]?.evidence ?? [];
    expect(evidence).toHaveLength(5);
    expect(new Set(evidence.map((e) => e.start)).size).toBe(5);
    // The first ones in page order are kept.
    expect(evidence.map((e) => e.start)).toEqual([...evidence.map((e) => e.start)].sort((a, b) => a - b));
    expect(evidence[0]?.start).toBe(text.indexOf('LINE'));
  });

  it('orders findings by severity, then by the position of their first evidence', () => {
    const make = (id: string, term: string, severity: RuleSpec['severity']): RuleSpec =>
      rule({ text: { terms: [term] } }, { id: `threat/${id}`, category: 'threat', severity });
    const rules = [
      make('late-warning', 'ゴール', 'warning'),
      make('info', 'スタート', 'info'),
      make('danger', 'ゴール', 'danger'),
      make('early-warning', 'スタート', 'warning'),
      rule({ fact: 'client.reviews', op: '==', value: 0 }, { id: 'new-client/fact', category: 'new-client' }),
    ];
    const facts = page(['スタートからゴールまで'], { client: { reviews: 0 } });
    expect(findings(rules, facts).map((f) => f.ruleId)).toEqual([
      'threat/danger',
      'threat/early-warning',
      'threat/late-warning',
      // Fact-only findings come after those with text evidence of the same severity.
      'new-client/fact',
      'threat/info',
    ]);
  });

  it('applies only rules for the page: site, page kind, and not switched off', () => {
    const r = rule({ text: { terms: ['LINE'] } }, { sites: ['lancers'], pageKinds: ['messages'] });
    const lancersMessages = page([{ id: 'message:0', kind: 'message', text: 'LINEで' }], {
      site: 'lancers',
      kind: 'messages',
    });
    expect(fires(r, lancersMessages)).toBe(true);
    expect(fires(r, { ...lancersMessages, site: 'crowdworks' })).toBe(false);
    expect(fires(r, { ...lancersMessages, kind: 'job' })).toBe(false);
    expect(fires(r, lancersMessages, { settings: { disabledRules: [r.id] } })).toBe(false);
  });

  it('is deterministic and leaves its inputs untouched', () => {
    const rules = [rule({ text: { terms: ['LINE'] } }), rule({ text: { terms: ['連絡'] } }, { id: 'direct-deal/x', category: 'direct-deal' })];
    const facts = page(['LINEで連絡。LINEで連絡。'], { client: { rating: 3 } });
    const snapshot = JSON.stringify(facts);
    const first = analyze(facts, rules, SETTINGS, NOW);
    const second = analyze(structuredClone(facts), [...rules], SETTINGS, NOW);
    expect(second).toEqual(first);
    expect(JSON.stringify(facts)).toBe(snapshot);
  });
});
