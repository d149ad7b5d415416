/**
 * Which pages are contracts to track, and what of them is kept: a CrowdWorks contract page
 * `/contracts/N`, or a Lancers message board once its state shows a contract (agreed,
 * delivered, ending or ended). Only the contract's number, state and dates leave the page's
 * facts; no title, name or message text does.
 */
import type { PageFacts } from '../facts';
import type { ContractReading } from '../storage/contracts';
import { trackContract } from '../storage/contracts';

/** Lancers board states that mean a contract exists (before it, the board is a negotiation). */
const LANCERS_CONTRACT_STATES = new Set(['active', 'delivered', 'termination-requested', 'completed', 'cancelled']);

/** Dates as the adapters write them; anything else is dropped rather than stored. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;

function dateOf(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/** What to remember of a page, or null when the page is not a contract to track. */
export function contractReadingOf(facts: PageFacts): ContractReading | null {
  const contract = facts.contract;
  const id = contract?.id;
  if (!contract || !id || !/^\d{1,20}$/.test(id)) return null;
  const isContractPage =
    (facts.site === 'crowdworks' && facts.kind === 'contract') ||
    (facts.site === 'lancers' && facts.kind === 'messages' && LANCERS_CONTRACT_STATES.has(contract.status ?? 'unknown'));
  if (!isContractPage) return null;
  return {
    site: facts.site,
    contractId: id,
    status: contract.status,
    type: contract.type,
    funded: contract.funded,
    deliveredAt: dateOf(contract.deliveredAt),
    terminationRequestedAt: dateOf(contract.terminationRequestedAt),
    lastClientMessageAt: dateOf(contract.lastClientMessageAt),
    offPlatformApproved: contract.offPlatformApproved,
  };
}

/** Records the page's contract when it is one to track. Resolves true when something was recorded. */
export async function trackPageContract(facts: PageFacts, now: Date): Promise<boolean> {
  const reading = contractReadingOf(facts);
  if (!reading) return false;
  await trackContract(reading, now.getTime());
  return true;
}
