/**
 * The reminders on the hand-built contract and work-room fixtures, read by the adapters and
 * analysed with the full rule set at the fixtures' fixed "now": what the side panel lists on
 * each page, and with which severity.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/engine/analyze';
import { extractPageFacts } from '@/utils/sites';
import { RULES } from '@/rules';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';
import { FIXTURE_NOW, handBuiltPage } from '../../fixtures/pages/manifest';
import { fixturePage } from '../sites/parse-html';

const now = new Date(FIXTURE_NOW);

/** Rule id → severity of every finding on a fixture page (after an optional edit). */
function findingsOn(file: string, edit?: (doc: Document) => void): Record<string, string> {
  const page = handBuiltPage(file);
  const doc = fixturePage(page.file);
  edit?.(doc);
  const facts = extractPageFacts(doc, page.url, { now })!;
  const { findings } = analyze(facts, RULES, DEFAULT_SETTINGS, now);
  return Object.fromEntries(findings.map((f) => [f.ruleId, f.severity]));
}

/** Adds a message from the client to a CrowdWorks thread fixture. */
function clientSays(text: string) {
  return (doc: Document) => {
    const items = doc.querySelectorAll('[class*="_messageItem_"]');
    const copy = items[0]!.cloneNode(true) as Element;
    copy.querySelector('time')!.setAttribute('datetime', '2026-11-20T12:00:00+09:00');
    copy.querySelector('p')!.textContent = text;
    items[items.length - 1]!.after(copy);
  };
}

describe('CrowdWorks contract delivered eight days ago', () => {
  it('reminds to contact the office about the inspection, and that the client is silent', () => {
    const found = findingsOn('crowdworks/contract-delivered.html');
    expect(found['inspection-overdue/delivered-not-inspected']).toBe('warning');
    expect(found['client-unresponsive/silent-client-crowdworks']).toBe('warning');
    expect(found).not.toHaveProperty('work-before-escrow/unfunded-contract');
  });

  it('warns of a LINE request without an approved サービス外連絡申請, and not once it is approved', () => {
    const line = clientSays('検収の件はLINEで連絡します。LINE IDを追加してください。');
    expect(findingsOn('crowdworks/contract-delivered.html', line)['off-platform-contact/line']).toBe('danger');
    const approved = findingsOn('crowdworks/contract-delivered.html', (doc) => {
      line(doc);
      const status = doc.createElement('p');
      status.textContent = '申請ステータス：承認済み';
      doc.querySelector('.message_notes')!.append(status);
    });
    expect(approved['off-platform-contact/line']).toBe('info');
  });
});

describe('CrowdWorks contract not yet funded', () => {
  it('says not to start before 仮払い, as a danger because the client asks for the work', () => {
    const found = findingsOn('crowdworks/contract-unfunded.html');
    expect(found['work-before-escrow/unfunded-contract']).toBe('danger');
    expect(found['work-before-escrow/start-before-funding']).toBe('danger');
  });

  it('is only a reminder while the client has not asked for the work', () => {
    const found = findingsOn('crowdworks/contract-unfunded.html', (doc) => {
      for (const item of doc.querySelectorAll('[class*="_messageItem_"]')) {
        if (item.querySelector('a[href*="/public/employers/"]')) item.remove();
      }
    });
    expect(found['work-before-escrow/unfunded-contract']).toBe('info');
    expect(found).not.toHaveProperty('work-before-escrow/start-before-funding');
  });
});

describe('CrowdWorks contract with a termination request and threats', () => {
  it('explains the pending request, says a week has passed, and flags the threats', () => {
    const found = findingsOn('crowdworks/contract-termination.html');
    expect(found['termination-pending/request-pending']).toBe('info');
    expect(found['termination-pending/one-week-unanswered']).toBe('info');
    expect(found).not.toHaveProperty('termination-pending/request-overdue');
    expect(found['threat/rating-pressure']).toBe('warning');
    expect(found['threat/legal-action']).toBe('danger');
    // The worker's own message mentions the request; only the client's words count as threats.
    expect(found).not.toHaveProperty('client-unresponsive/silent-client-crowdworks');
  });
});

describe('Lancers work rooms', () => {
  it('delivered and silent: the inspection and 連絡催促申請 reminders', () => {
    const found = findingsOn('lancers/work-room-delivered.html');
    expect(found['inspection-overdue/delivered-not-inspected']).toBe('warning');
    expect(found['client-unresponsive/silent-client-lancers']).toBe('warning');
    expect(found).not.toHaveProperty('client-unresponsive/silent-client-crowdworks');
  });

  it('outside contact after 仮払い is allowed on Lancers: only a reminder', () => {
    const found = findingsOn('lancers/message-board.html');
    const offPlatform = Object.entries(found).filter(([id]) => id.startsWith('off-platform-contact/'));
    expect(offPlatform.length).toBeGreaterThan(0);
    expect(offPlatform.every(([, severity]) => severity === 'info')).toBe(true);
  });

  it('before 仮払い the same request is a warning or worse', () => {
    const found = findingsOn('lancers/message-board.html', (doc) => {
      doc.querySelector('.board-state')!.textContent = 'プロジェクト：作業中（仮払い待ち）';
    });
    const offPlatform = Object.entries(found).filter(([id]) => id.startsWith('off-platform-contact/'));
    expect(offPlatform.length).toBeGreaterThan(0);
    expect(offPlatform.every(([, severity]) => severity !== 'info')).toBe(true);
  });
});
