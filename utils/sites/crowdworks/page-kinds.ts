/**
 * CrowdWorks (crowdworks.jp) page kinds from the URL. Each detector sits beside the real
 * URLs it must accept (PAGES.md §1 "URL patterns"); the test suite checks every detector
 * against its own URLs and against every other detector's URLs.
 */
import type { KindDetector } from '../types';

const ORIGIN = 'https://crowdworks.jp';

/** Search, category and group listings. */
export const isJobList = (url: URL): boolean =>
  /^\/public\/jobs\/(?:search|category\/\d+|group\/[a-z0-9_]+)\/?$/.test(url.pathname);
export const isJobListExamples = [
  `${ORIGIN}/public/jobs/search?category_id=226&order=new`,
  `${ORIGIN}/public/jobs/search?keep_search_criteria=true&order=new&hide_expired=true&search%5Bkeywords%5D=LP`,
  `${ORIGIN}/public/jobs/category/16`,
  `${ORIGIN}/public/jobs/category/249?page=2`,
  `${ORIGIN}/public/jobs/group/development`,
  `${ORIGIN}/public/jobs/group/ai_machine_learning`,
] as const;

/** Job detail. */
export const isJob = (url: URL): boolean => /^\/public\/jobs\/\d+\/?$/.test(url.pathname);
export const isJobExamples = [`${ORIGIN}/public/jobs/123`, `${ORIGIN}/public/jobs/13426523`] as const;

/** Employer (client) profile. */
export const isClient = (url: URL): boolean => /^\/public\/employers\/\d+\/?$/.test(url.pathname);
export const isClientExamples = [`${ORIGIN}/public/employers/123`, `${ORIGIN}/public/employers/3108232`] as const;

/** Proposal form for a job. */
export const isProposalForm = (url: URL): boolean =>
  /^\/proposals\/new\/?$/.test(url.pathname) && /^\d+$/.test(url.searchParams.get('job_offer_id') ?? '');
export const isProposalFormExamples = [`${ORIGIN}/proposals/new?job_offer_id=1`] as const;

/** Proposal / negotiation thread (messages before a contract). */
export const isProposal = (url: URL): boolean => /^\/proposals\/\d+\/?$/.test(url.pathname);
export const isProposalExamples = [`${ORIGIN}/proposals/123`, `${ORIGIN}/proposals/123#scroll_to_message`] as const;

/** Message inbox; `/messages/N` redirects to a proposal or contract thread. */
export const isMessages = (url: URL): boolean =>
  /^\/messages(?:\/(?:received|unread|sent|\d+))?\/?$/.test(url.pathname);
export const isMessagesExamples = [
  `${ORIGIN}/messages`,
  `${ORIGIN}/messages/received?page=2`,
  `${ORIGIN}/messages/unread`,
] as const;

/** Contract page (contract details and its message thread). */
export const isContract = (url: URL): boolean => /^\/contracts\/\d+\/?$/.test(url.pathname);
export const isContractExamples = [`${ORIGIN}/contracts/123`, `${ORIGIN}/contracts/63570481#scroll_to_message`] as const;

/** All CrowdWorks detectors, most specific first. */
export const CROWDWORKS_DETECTORS: readonly KindDetector[] = [
  { kind: 'job-list', name: 'isJobList', test: isJobList, examples: isJobListExamples },
  { kind: 'job', name: 'isJob', test: isJob, examples: isJobExamples },
  { kind: 'client', name: 'isClient', test: isClient, examples: isClientExamples },
  { kind: 'proposal-form', name: 'isProposalForm', test: isProposalForm, examples: isProposalFormExamples },
  { kind: 'proposal', name: 'isProposal', test: isProposal, examples: isProposalExamples },
  { kind: 'messages', name: 'isMessages', test: isMessages, examples: isMessagesExamples },
  { kind: 'contract', name: 'isContract', test: isContract, examples: isContractExamples },
];
