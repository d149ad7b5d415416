/**
 * Lancers job detail `/work/detail/N` (PAGES.md §2 "Detail page", confidence C/B): labels
 * 依頼予算 / 提示した予算, 募集締切日時 (or 締切：YYYY年MM月DD日), 希望納期, 提案数, 募集人数 in
 * definition lists; description in `dd.c-definition-list__description`; client box
 * `.p-work-detail-client-box__inner` with its `/client/…` link, Good/Bad counts and
 * 「認証済みのクライアントからの依頼です」.
 */
import type { ClientFacts, JobFacts } from '../../facts';
import { parseSiteDate } from '../dates';
import { addText, missingFields, type Draft } from '../draft';
import { findAll, findFirst, findFirstOf } from '../dom/query';
import { lineOf, textOf } from '../dom/text';
import { readLabelledValues, valueAfterLabel, type LabelledValues } from '../labels';
import { toCount, toYenRange } from '../numbers';
import { mainElement, pageTitle } from '../page-text';
import type { ExtractContext } from '../types';

export const JOB_FIELDS = ['id', 'title', 'description', 'paymentType', 'budgetMin', 'budgetMax', 'deadline', 'applicants'] as const;
export const DETAIL_CLIENT_FIELDS = ['id', 'name', 'identityVerified', 'reviews'] as const;

const WORK_TYPES: Record<string, JobFacts['paymentType']> = {
  project: 'fixed',
  competition: 'competition',
  recruit: 'recruit',
  task: 'task',
};

function workTypeOf(doc: Document): JobFacts['paymentType'] | undefined {
  const badge = findFirst(doc, '[class*="c-badge--worktype-"]');
  const kind = /c-badge--worktype-([a-z]+)/.exec(badge?.getAttribute('class') ?? '')?.[1];
  return kind ? WORK_TYPES[kind] : undefined;
}

function titleOf(doc: Document): string | undefined {
  const heading = findFirstOf(doc, ['h1.c-heading', 'h1']);
  const fromHeading = lineOf(heading, { skip: (element) => element.matches('ul, li, .c-badge, [class*="c-badge--"]') });
  if (fromHeading) return fromHeading;
  const fromTitle = pageTitle(doc).replace(/\s*[|｜].*$/, '').replace(/の(?:依頼|仕事).*$/, '').trim();
  return fromTitle || undefined;
}

const DESCRIPTION_LABELS = ['依頼概要', '依頼内容', '仕事内容', '詳細'];

function descriptionOf(doc: Document, labels: LabelledValues): string | undefined {
  const labelled = labels.element(...DESCRIPTION_LABELS);
  const fromLabel = textOf(labelled, { whitespace: 'pre-line' });
  if (fromLabel) return fromLabel;
  const all = findAll(doc, 'dd.c-definition-list__description', 50)
    .map((dd) => textOf(dd, { whitespace: 'pre-line' }))
    .filter((text) => text.length > 0)
    .join('\n\n');
  if (all) return all;
  const fallback = textOf(findFirstOf(doc, ['.work_detail_lefter', '.p-work-detail-lancer__postscript-description']), {
    whitespace: 'pre-line',
  });
  return fallback || undefined;
}

/** Job facts of a Lancers job page. */
export function readLancersJob(context: ExtractContext, labels: LabelledValues, mainText: string): JobFacts {
  const { doc, now } = context;
  const job: JobFacts = { id: /\/work\/detail\/(\d+)/.exec(context.url.pathname)?.[1] };
  job.title = titleOf(doc);
  job.description = descriptionOf(doc, labels);

  const budgetText = labels.text('依頼予算', '提示した予算', '予算') ?? lineOf(findFirst(doc, '.price-block'));
  const workType = workTypeOf(doc);
  if (budgetText) {
    const range = toYenRange(budgetText);
    job.budgetMin = range?.min ?? null;
    job.budgetMax = range?.max ?? null;
    job.paymentType = /時間/.test(budgetText) ? 'hourly' : (workType ?? 'fixed');
  } else if (workType) {
    job.paymentType = workType;
  }

  const deadline = labels.text('募集締切日時', '募集締切', '締切日時') ?? valueAfterLabel(mainText, '締切', /^[\s:：]*(\d{4}年\d{1,2}月\d{1,2}日[^\n]{0,8})/);
  if (deadline) job.deadline = parseSiteDate(deadline, { now, yearless: 'future' });
  const proposals = labels.text('提案数') ?? valueAfterLabel(mainText, '提案数', /^[\s:：]*(\d[\d,]*)/);
  if (proposals !== null) job.applicants = toCount(proposals);
  const openings = labels.text('募集人数') ?? valueAfterLabel(mainText, '募集人数', /^[\s:：]*(\d[\d,]*)/);
  if (openings !== null) job.openings = toCount(openings);
  return job;
}

/** Client facts from the job page's client box. */
export function readLancersDetailClient(doc: Document, mainText: string): ClientFacts {
  const box = findFirstOf(doc, ['.p-work-detail-client-box__inner', '.p-work-detail-client-box', '.p-work-detail-sub-heading__client']);
  const link = findFirstOf(box, ['.client_name a', 'a[href*="/client/"]']) ?? findFirst(doc, 'a[href*="/client/"]');
  const client: ClientFacts = {};
  const id = /\/client\/([A-Za-z0-9_-]+)/.exec(link?.getAttribute('href') ?? '')?.[1];
  if (id) client.id = id;
  // The link reads "Name (id)".
  const name = lineOf(link).replace(/\s*[(（][^()（）]*[)）]\s*$/, '');
  if (name) client.name = name;
  const good = findFirst(box ?? doc, '.p-work-detail-client-box-feedback-info__number-good');
  const bad = findFirst(box ?? doc, '.p-work-detail-client-box-feedback-info__number-bad');
  if (good || bad) client.reviews = (toCount(lineOf(good)) ?? 0) + (toCount(lineOf(bad)) ?? 0);
  // Only the positive statement is shown; without it the state is unknown, not "unverified".
  client.identityVerified = mainText.includes('認証済みのクライアントからの依頼です') ? true : null;
  return client;
}

/** Reads a Lancers job page into the draft. */
export function extractLancersJobPage(context: ExtractContext, draft: Draft): void {
  const labels = readLabelledValues(context.doc);
  // Client-written text is left out where labels are read from the main text.
  const userText = labels.element(...DESCRIPTION_LABELS);
  const mainText = textOf(mainElement(context.doc), {
    skip: (element) => element === userText || element.matches('.p-work-detail-lancer__postscript-description'),
  });
  const job = readLancersJob(context, labels, mainText);
  draft.job = job;
  draft.client = readLancersDetailClient(context.doc, mainText);
  draft.missing.push(...missingFields('job', job, JOB_FIELDS), ...missingFields('client', draft.client, DETAIL_CLIENT_FIELDS));
  addText(draft, 'job.title', 'job', job.title);
  addText(draft, 'job.description', 'job', job.description);
}
