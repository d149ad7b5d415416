/**
 * The CrowdWorks adapter: page kinds from the URL (page-kinds.ts) and, per kind, the
 * reader that turns the page into PageFacts fields.
 *
 * Pages to check by hand: https://crowdworks.jp/public/jobs/category/16 (listing),
 * any https://crowdworks.jp/public/jobs/N and https://crowdworks.jp/public/employers/N,
 * and, signed in, a proposal thread /proposals/N and a contract /contracts/N.
 */
import { missingFields, type Draft } from '../draft';
import type { ExtractContext, SiteAdapter } from '../types';
import { extractCrowdworksEmployer } from './client';
import { extractCrowdworksJobPage } from './job';
import { extractCrowdworksCards } from './listing';
import { CROWDWORKS_DETECTORS } from './page-kinds';
import { extractCrowdworksThread } from './thread';

/** The proposal form is the user's own writing; only the job it answers is recorded. */
function extractProposalForm(context: ExtractContext, draft: Draft): void {
  draft.job = { id: context.url.searchParams.get('job_offer_id') ?? undefined };
  draft.missing.push(...missingFields('job', draft.job, ['id']));
}

export const crowdworksAdapter: SiteAdapter = {
  site: 'crowdworks',
  detectors: CROWDWORKS_DETECTORS,
  extract(context, kind, draft) {
    switch (kind) {
      case 'job-list':
        draft.cards = extractCrowdworksCards(context);
        if (draft.cards.length === 0) draft.missing.push('cards');
        return;
      case 'job':
        return extractCrowdworksJobPage(context, draft);
      case 'client':
        return extractCrowdworksEmployer(context, draft);
      case 'proposal-form':
        return extractProposalForm(context, draft);
      case 'proposal':
        return extractCrowdworksThread(context, draft, 'proposal');
      case 'contract':
        return extractCrowdworksThread(context, draft, 'contract');
      case 'messages':
      case 'other':
        // The inbox lists threads without their text; other pages are not analysed.
        return;
    }
  },
};
