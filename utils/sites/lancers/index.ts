/**
 * The Lancers adapter: page kinds from the URL (page-kinds.ts) and, per kind, the reader
 * that turns the page into PageFacts fields.
 *
 * Pages to check by hand: https://www.lancers.jp/work/search?keyword=Excel (listing), any
 * https://www.lancers.jp/work/detail/N and its client's https://www.lancers.jp/client/NAME,
 * and, signed in, a message board under https://www.lancers.jp/mypage/message.
 */
import { missingFields, type Draft } from '../draft';
import type { ExtractContext, SiteAdapter } from '../types';
import { extractLancersProfile } from './client';
import { extractLancersJobPage } from './job';
import { extractLancersCards } from './listing';
import { LANCERS_DETECTORS } from './page-kinds';
import { extractLancersThread } from './thread';

/** Proposal form and proposals list: only the job they belong to is recorded. */
function extractJobIdOnly(context: ExtractContext, draft: Draft): void {
  draft.job = { id: /\/work\/(?:propose_start|proposals)\/(\d+)/.exec(context.url.pathname)?.[1] };
  draft.missing.push(...missingFields('job', draft.job, ['id']));
}

export const lancersAdapter: SiteAdapter = {
  site: 'lancers',
  detectors: LANCERS_DETECTORS,
  extract(context, kind, draft) {
    switch (kind) {
      case 'job-list':
        draft.cards = extractLancersCards(context);
        if (draft.cards.length === 0) draft.missing.push('cards');
        return;
      case 'job':
        return extractLancersJobPage(context, draft);
      case 'client':
        return extractLancersProfile(context, draft);
      case 'proposal-form':
      case 'proposal':
        return extractJobIdOnly(context, draft);
      case 'messages':
        return extractLancersThread(context, draft);
      case 'contract':
      case 'other':
        return;
    }
  },
};
