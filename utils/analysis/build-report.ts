/**
 * Turns one analysis of a page into the report the background keeps for the tab. Only what
 * the side panel needs travels: facts about the client and contract, the findings with their
 * evidence phrases, and what was checked. The report lives in storage.session (memory).
 */
import type { PageFacts } from '../facts';
import type { AnalysisNotice, Finding } from '../findings';
import type { TabReport } from '../messages';

/** The job, contract or client the findings are about (dismissals are kept per subject). */
export function subjectIdOf(facts: PageFacts): string | undefined {
  switch (facts.kind) {
    case 'contract':
    case 'proposal':
    case 'messages':
      return facts.contract?.id ?? facts.job?.id ?? threadIdOf(facts.url);
    case 'client':
      return facts.client?.id;
    default:
      return facts.job?.id;
  }
}

export function buildReport(
  facts: PageFacts,
  findings: readonly Finding[],
  notices: readonly AnalysisNotice[],
  dismissedRuleIds: readonly string[],
  analyzedAt: number,
): TabReport {
  return {
    site: facts.site,
    kind: facts.kind,
    url: facts.url,
    subjectId: subjectIdOf(facts),
    client: facts.client,
    contract: facts.contract,
    findings: findings.slice(0, 2000),
    dismissedRuleIds: dismissedRuleIds.slice(0, 2000),
    notices: notices.slice(0, 50),
    missing: facts.missing.slice(0, 100),
    checked: { texts: facts.texts.length, cards: facts.cards.length, messages: facts.messages.length },
    analyzedAt,
  };
}

/** A thread page's own number (CrowdWorks /proposals/N, Lancers ?boardId=N), as `thread-N`. */
function threadIdOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    const id = parsed.searchParams.get('boardId') ?? /\/(\d+)\/?$/.exec(parsed.pathname)?.[1];
    return id && /^\d{1,20}$/.test(id) ? `thread-${id}` : undefined;
  } catch {
    return undefined;
  }
}
