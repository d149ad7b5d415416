/**
 * CrowdWorks job detail page `/public/jobs/N` (PAGES.md §1 "Job detail page", B/A):
 * title from `h1` (minus "{category}の仕事の依頼"), description from
 * `.job_offer_detail_table td.confirm_outside_link`, summary labels (固定報酬制 / 時間単価制,
 * 応募期限) and application labels (応募した人, 募集人数); JSON-LD JobPosting and the main
 * text as fallbacks. The client box is read by client.ts.
 */
import type { JobFacts } from '../../facts';
import { parseSiteDate } from '../dates';
import { addText, missingFields, type Draft } from '../draft';
import { findFirst } from '../dom/query';
import { lineOf, textOf } from '../dom/text';
import { readLabelledValues, valueAfterLabel } from '../labels';
import { toCount, toNumber, toYenRange } from '../numbers';
import { htmlFragmentToText, jsonLdOfType, mainElement, pageTitle, sectionByHeading } from '../page-text';
import type { ExtractContext } from '../types';
import { CLIENT_FIELDS, extractJobPageClient } from './client';

export const JOB_FIELDS = ['id', 'title', 'description', 'paymentType', 'budgetMin', 'budgetMax', 'deadline', 'applicants', 'openings'] as const;

function titleOf(doc: Document, ld: Record<string, unknown> | null): string | undefined {
  const h1 = findFirst(doc, 'h1');
  // The h1 carries a category subtitle: "{title} {category}の仕事の依頼".
  const fromHeading = h1
    ? lineOf(h1, { skip: (el) => el.matches('.subtitle') || el.tagName.toUpperCase() === 'A' })
        .replace(/\s*\S*の仕事の依頼$/, '')
        .trim()
    : '';
  if (fromHeading) return fromHeading;
  if (typeof ld?.title === 'string' && ld.title.trim()) return ld.title.trim();
  const fromTitle = pageTitle(doc).replace(/(?:の(?:お)?仕事)?\s*[(（|｜【].*$/, '').trim();
  return fromTitle || undefined;
}

function descriptionOf(doc: Document, ld: Record<string, unknown> | null): string | undefined {
  const table = findFirst(doc, '.job_offer_detail_table');
  const cell = findFirst(table, 'td.confirm_outside_link');
  const fromCell = cell ? textOf(cell) : '';
  if (fromCell) return fromCell;
  if (typeof ld?.description === 'string' && ld.description.trim()) return htmlFragmentToText(ld.description);
  const section = sectionByHeading(doc, '仕事の詳細');
  const fromSection = section ? textOf(section).replace(/^仕事の詳細\s*/, '') : '';
  return fromSection || undefined;
}

function salaryOf(ld: Record<string, unknown> | null): Pick<JobFacts, 'paymentType' | 'budgetMin' | 'budgetMax'> {
  const salary = ld?.baseSalary as { value?: { minValue?: unknown; maxValue?: unknown; value?: unknown; unitText?: unknown } } | undefined;
  const value = salary?.value;
  if (!value) return {};
  const min = toNumber((value.minValue ?? value.value) as number | string | undefined);
  const max = toNumber((value.maxValue ?? value.value) as number | string | undefined);
  return { paymentType: value.unitText === 'HOUR' ? 'hourly' : 'fixed', budgetMin: min, budgetMax: max };
}

/** Job facts of a CrowdWorks job page. */
export function readCrowdworksJob(context: ExtractContext): JobFacts {
  const { doc, now } = context;
  const ld = jsonLdOfType(doc, 'JobPosting');
  const labels = readLabelledValues(doc);
  const main = textOf(mainElement(doc));
  const job: JobFacts = { id: /\/public\/jobs\/(\d+)/.exec(context.url.pathname)?.[1] };
  job.title = titleOf(doc, ld);
  job.description = descriptionOf(doc, ld);

  const payLabel = labels.label('固定報酬制', '時間単価制');
  if (payLabel) {
    job.paymentType = payLabel.startsWith('時間単価制') ? 'hourly' : 'fixed';
    const range = toYenRange(labels.text('固定報酬制', '時間単価制'));
    job.budgetMin = range?.min ?? null;
    job.budgetMax = range?.max ?? null;
  } else {
    Object.assign(job, salaryOf(ld));
  }

  const deadlineText = labels.text('応募期限') ?? valueAfterLabel(main, '応募期限', /^[\s:：]*(\S[^\n]{0,30})/);
  if (deadlineText) job.deadline = parseSiteDate(deadlineText, { now, yearless: 'future' });
  else if (typeof ld?.validThrough === 'string') job.deadline = parseSiteDate(ld.validThrough, { now });

  const applicants = labels.text('応募した人') ?? valueAfterLabel(main, '応募した人', /^[\s:：]*(\d[\d,]*)\s*人/);
  if (applicants !== null) job.applicants = toCount(applicants);
  const openings = labels.text('募集人数') ?? valueAfterLabel(main, '募集人数', /^[\s:：]*(\d[\d,]*)\s*人/);
  if (openings !== null) job.openings = toCount(openings);
  return job;
}

/** Reads a job page (job and its client box) into the draft. */
export function extractCrowdworksJobPage(context: ExtractContext, draft: Draft): void {
  const job = readCrowdworksJob(context);
  draft.job = job;
  draft.client = extractJobPageClient(context, findFirst(context.doc, '.job_offer_detail_table'));
  draft.missing.push(...missingFields('job', job, JOB_FIELDS), ...missingFields('client', draft.client, CLIENT_FIELDS));
  addText(draft, 'job.title', 'job', job.title);
  addText(draft, 'job.description', 'job', job.description);
}
