/**
 * Commands from the side panel to the content script in the tab (see PageCommand). They fail
 * quietly when the tab has no content script (e.g. it is still loading): the caller decides
 * what to tell the user.
 */
import { browser } from 'wxt/browser';
import type { Evidence } from '@/utils/findings';
import type { PageCommand } from '@/utils/messages';

async function send(tabId: number, command: PageCommand): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, command);
    return true;
  } catch {
    return false;
  }
}

/** Asks the page to scroll to and flash the highlight of one piece of evidence. */
export function revealEvidence(tabId: number, evidence: Evidence): Promise<boolean> {
  return send(tabId, { type: 'reveal-evidence', source: evidence.source, start: evidence.start, end: evidence.end });
}

/** Asks the page to analyse again (after a dismissal or a block changed what it shows). */
export function requestReanalyze(tabId: number): Promise<boolean> {
  return send(tabId, { type: 'reanalyze' });
}

/** Evidence that names a fact (`fact:client.rating`) rather than a place in the page text. */
export function isFactEvidence(evidence: Evidence): boolean {
  return evidence.source.startsWith('fact:');
}
