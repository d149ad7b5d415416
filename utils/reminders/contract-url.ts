/**
 * The address of a tracked contract's page, rebuilt from its site and number: the CrowdWorks
 * contract page, or the Lancers message board (PAGES.md §1; lancers/page-kinds.ts).
 */
import type { Site } from '../facts';

/** Contract numbers are digits; anything else gets no address. */
export function contractPageUrl(site: Site, contractId: string): string | null {
  if (!/^\d{1,20}$/.test(contractId)) return null;
  return site === 'crowdworks'
    ? `https://crowdworks.jp/contracts/${contractId}`
    : `https://www.lancers.jp/mypage/message?boardId=${contractId}`;
}
