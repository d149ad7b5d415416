/**
 * Lancers (www.lancers.jp) page kinds from the URL, each detector beside the real URLs it
 * must accept (PAGES.md §2). The test suite cross-checks every detector against every
 * other detector's URLs.
 *
 * Message pages (confidence C): the inbox `/mypage/message` is named by three public
 * scripts (id 61209341827, which notes it was checked on the live site on 2026-06-03; id
 * 60390134576; the @exclude of userscript id 42804920928). A thread ("work room") is
 * `/mypage/message?boardId=N` according to one of them (id 61209341827) and
 * `/mypage/message/?userId=X&workId=Y` according to another (id 60764417639); `/message`
 * appears only as a constant in two scripts (id 60764417639, id 56691343087).
 *
 * No public source shows a Lancers contract page URL, so there is no `isContract` here:
 * on Lancers the contract's state (仮払い, 連絡先公開申請) is read from the message board.
 */
import type { KindDetector } from '../types';

const ORIGIN = 'https://www.lancers.jp';

/** Search listings: keyword search and category search. */
export const isJobList = (url: URL): boolean => /^\/work\/search(?:\/[a-z0-9_-]+){0,2}\/?$/i.test(url.pathname);
export const isJobListExamples = [
  `${ORIGIN}/work/search?keyword=Excel`,
  `${ORIGIN}/work/search?keyword=Excel&open=1&sort=started`,
  `${ORIGIN}/work/search/system/website?open=1`,
  `${ORIGIN}/work/search/web/lp`,
  `${ORIGIN}/work/search?open=1&show_description=0&sort=started&work_category_ids%5B%5D=80`,
] as const;

/** Job detail. */
export const isJob = (url: URL): boolean => /^\/work\/detail\/\d+\/?$/.test(url.pathname);
export const isJobExamples = [`${ORIGIN}/work/detail/5596502`] as const;

/** Client profile, `/client/{username}` (letters, digits, `_`, `-`). */
export const isClient = (url: URL): boolean => /^\/client\/[A-Za-z0-9_-]+\/?$/.test(url.pathname);
export const isClientExamples = [`${ORIGIN}/client/abc123`, `${ORIGIN}/client/Capri_Co`, `${ORIGIN}/client/ezgate`] as const;

/** Proposal form for a job. */
export const isProposalForm = (url: URL): boolean => /^\/work\/propose_start\/\d+\/?$/.test(url.pathname);
export const isProposalFormExamples = [`${ORIGIN}/work/propose_start/1`] as const;

/** A job's public list of proposals. */
export const isProposal = (url: URL): boolean => /^\/work\/proposals\/\d+\/?$/.test(url.pathname);
export const isProposalExamples = [`${ORIGIN}/work/proposals/1`, `${ORIGIN}/work/proposals/5596502`] as const;

/** Message inbox and message boards (work rooms); confidence C, see the module comment. */
export const isMessages = (url: URL): boolean => /^\/(?:mypage\/)?message\/?$/.test(url.pathname);
export const isMessagesExamples = [
  `${ORIGIN}/mypage/message`,
  `${ORIGIN}/mypage/message?boardId=123456`,
  `${ORIGIN}/mypage/message/?userId=1&workId=5596502`,
  `${ORIGIN}/message`,
] as const;

/** All Lancers detectors, most specific first. */
export const LANCERS_DETECTORS: readonly KindDetector[] = [
  { kind: 'job-list', name: 'isJobList', test: isJobList, examples: isJobListExamples },
  { kind: 'job', name: 'isJob', test: isJob, examples: isJobExamples },
  { kind: 'client', name: 'isClient', test: isClient, examples: isClientExamples },
  { kind: 'proposal-form', name: 'isProposalForm', test: isProposalForm, examples: isProposalFormExamples },
  { kind: 'proposal', name: 'isProposal', test: isProposal, examples: isProposalExamples },
  { kind: 'messages', name: 'isMessages', test: isMessages, examples: isMessagesExamples },
];
