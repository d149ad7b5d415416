/**
 * Each contract reminder driven across its threshold with a fixed clock: just below, at and
 * just above, with the default settings and with the user's own. Days are whole calendar days
 * in Japan time, so the clock is set at odd hours on purpose.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/engine/analyze';
import { RULES } from '@/rules';
import type { ContractFacts, PageFacts, Site } from '@/utils/facts';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings-schema';
import { TIME_REMINDERS } from '@/utils/reminders/time-reminders';

const NOW = new Date('2026-11-21T09:30:00+09:00');
const DAY = 86_400_000;

/** 18:00 Japan time on the calendar day `days` days before NOW (later in the day than NOW). */
function daysAgo(days: number): string {
  const japanDate = new Date(NOW.getTime() - days * DAY + 9 * 3_600_000).toISOString().slice(0, 10);
  return `${japanDate}T18:00:00+09:00`;
}

function contractPage(site: Site, contract: ContractFacts): PageFacts {
  return { site, kind: 'contract', url: 'https://crowdworks.jp/contracts/1', contract, messages: [], texts: [], cards: [], missing: [] };
}

/** Rule ids the full rule set reports for a contract page with these facts. */
function firing(site: Site, contract: ContractFacts, settings: Partial<Settings> = {}): string[] {
  return analyze(contractPage(site, contract), RULES, { ...DEFAULT_SETTINGS, ...settings }, NOW).findings.map((f) => f.ruleId);
}

describe('the clock helper', () => {
  it('places dates the given number of Japan calendar days back', () => {
    expect(daysAgo(0)).toBe('2026-11-21T18:00:00+09:00');
    expect(daysAgo(8)).toBe('2026-11-13T18:00:00+09:00');
  });
});

describe('delivered and not inspected (default 7 days, inspectionOverdueDays)', () => {
  const rule = 'inspection-overdue/delivered-not-inspected';
  const delivered = (days: number) => ({ status: 'delivered' as const, deliveredAt: daysAgo(days) });

  it('is not due up to the threshold and due the day after it', () => {
    expect(firing('crowdworks', delivered(6))).not.toContain(rule);
    expect(firing('crowdworks', delivered(7))).not.toContain(rule);
    expect(firing('crowdworks', delivered(8))).toContain(rule);
    expect(firing('lancers', delivered(8))).toContain(rule);
  });

  it('follows the user’s threshold', () => {
    const settings = { inspectionOverdueDays: 3 };
    expect(firing('crowdworks', delivered(3), settings)).not.toContain(rule);
    expect(firing('crowdworks', delivered(4), settings)).toContain(rule);
  });

  it('stops once the contract is completed', () => {
    expect(firing('crowdworks', { ...delivered(20), status: 'completed' })).not.toContain(rule);
  });

  it('counts calendar days in Japan time: 23:30 on the 13th to 00:30 on the 21st is 8 days', () => {
    const facts = contractPage('crowdworks', { status: 'delivered', deliveredAt: '2026-11-13T23:30:00+09:00' });
    const at = (iso: string) => analyze(facts, RULES, DEFAULT_SETTINGS, new Date(iso)).findings.map((f) => f.ruleId);
    expect(at('2026-11-20T23:59:00+09:00')).not.toContain(rule);
    expect(at('2026-11-21T00:30:00+09:00')).toContain(rule);
  });
});

describe('client silent (CrowdWorks 5 days, Lancers 7 days)', () => {
  const silent = (days: number, type: ContractFacts['type'] = 'fixed') => ({
    status: 'active' as const,
    type,
    lastClientMessageAt: daysAgo(days),
  });

  it('CrowdWorks projects: the 連絡催促申請 reminder from day 5', () => {
    const rule = 'client-unresponsive/silent-client-crowdworks';
    expect(firing('crowdworks', silent(4))).not.toContain(rule);
    expect(firing('crowdworks', silent(5))).toContain(rule);
    expect(firing('crowdworks', silent(6, 'hourly'))).toContain(rule);
    expect(firing('crowdworks', silent(2), { clientSilentDaysCrowdworks: 2 })).toContain(rule);
  });

  it('CrowdWorks competitions and tasks: the contact form instead, on the same threshold', () => {
    for (const type of ['competition', 'task'] as const) {
      expect(firing('crowdworks', silent(4, type))).toEqual([]);
      expect(firing('crowdworks', silent(5, type))).toEqual(['client-unresponsive/silent-client-competition-or-task']);
      expect(firing('crowdworks', silent(6, type))).toEqual(['client-unresponsive/silent-client-competition-or-task']);
    }
  });

  it('Lancers: from day 7, as the 連絡催促申請 requires', () => {
    const rule = 'client-unresponsive/silent-client-lancers';
    expect(firing('lancers', silent(6))).not.toContain(rule);
    expect(firing('lancers', silent(7))).toContain(rule);
    expect(firing('lancers', silent(8))).toContain(rule);
    expect(firing('lancers', silent(6), { clientSilentDaysLancers: 6 })).toContain(rule);
    expect(firing('lancers', silent(7))).not.toContain('client-unresponsive/silent-client-crowdworks');
  });

  it('says nothing before a contract or after it ends', () => {
    const silence = (ids: string[]) => ids.filter((id) => id.startsWith('client-unresponsive/'));
    expect(silence(firing('crowdworks', { ...silent(30), status: 'negotiating' }))).toEqual([]);
    expect(silence(firing('lancers', { ...silent(30), status: 'completed' }))).toEqual([]);
  });
});

describe('termination requested (waiting period: 1 week or 2 weeks by source)', () => {
  const requested = (days: number) => ({ status: 'termination-requested' as const, terminationRequestedAt: daysAgo(days) });
  const termination = (ids: string[]) => ids.filter((id) => id.startsWith('termination-pending/')).sort();

  it('is pending at once, a week later says to check, and past two weeks says it is overdue', () => {
    expect(termination(firing('crowdworks', requested(0)))).toEqual(['termination-pending/request-pending']);
    expect(termination(firing('crowdworks', requested(6)))).toEqual(['termination-pending/request-pending']);
    expect(termination(firing('crowdworks', requested(7)))).toEqual([
      'termination-pending/one-week-unanswered',
      'termination-pending/request-pending',
    ]);
    expect(termination(firing('crowdworks', requested(14)))).toEqual([
      'termination-pending/one-week-unanswered',
      'termination-pending/request-pending',
    ]);
    expect(termination(firing('crowdworks', requested(15)))).toEqual([
      'termination-pending/request-overdue',
      'termination-pending/request-pending',
    ]);
  });

  it('goes quiet once the contract ended', () => {
    expect(termination(firing('crowdworks', { ...requested(9), status: 'cancelled' }))).toEqual([]);
  });
});

describe('not funded (no 仮払い yet)', () => {
  const rule = 'work-before-escrow/unfunded-contract';
  const withMessage = (text: string): PageFacts => ({
    ...contractPage('crowdworks', { status: 'active', type: 'fixed', funded: false }),
    texts: [{ id: 'message:0', kind: 'message', text, own: false }],
  });
  const severityOf = (facts: PageFacts) =>
    analyze(facts, RULES, DEFAULT_SETTINGS, NOW).findings.find((f) => f.ruleId === rule)?.severity;

  it('is a reminder, and a danger when the client already asks for the work', () => {
    expect(severityOf(withMessage('契約ありがとうございます。よろしくお願いします。'))).toBe('info');
    expect(severityOf(withMessage('急ぎなので本日から作業を始めてください。'))).toBe('danger');
    expect(severityOf(withMessage('仮払い後に作業を開始してください。'))).toBe('info');
    expect(severityOf({ ...withMessage('本日から作業を始めてください。'), contract: { status: 'active', funded: true } })).toBeUndefined();
  });
});

describe('the time reminders the daily check runs', () => {
  it('are the rules that count days since a contract date, each with that date', () => {
    expect(TIME_REMINDERS.map((r) => [r.rule.id, r.basis]).sort()).toEqual([
      ['client-unresponsive/silent-client-competition-or-task', 'lastClientMessageAt'],
      ['client-unresponsive/silent-client-crowdworks', 'lastClientMessageAt'],
      ['client-unresponsive/silent-client-lancers', 'lastClientMessageAt'],
      ['inspection-overdue/delivered-not-inspected', 'deliveredAt'],
      ['termination-pending/one-week-unanswered', 'terminationRequestedAt'],
      ['termination-pending/request-overdue', 'terminationRequestedAt'],
    ]);
  });
});
