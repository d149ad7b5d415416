/**
 * The rule set on real texts (../shared/fixtures/texts/): 46 hand-labelled CrowdWorks listing
 * jobs and the police's published criminal-recruitment phrases.
 *
 * Quality bar (rule-set issue): every job labelled with `flags` gets at least one warning or
 * danger finding; at most 2 jobs with neither `flags` nor `maybe` get one. The confusion
 * figures are printed. Each listing job is analysed as a job page built only from what the
 * listing shows: title, CrowdWorks' own digest, pay and the client badge.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../rules/index';
import { analyze } from '../../../utils/engine/analyze';
import type { PageFacts } from '../../../utils/facts';
import type { Finding } from '../../../utils/findings';
import { DEFAULT_SETTINGS } from '../../../utils/settings-schema';
import { readSharedJsonl } from '../../shared';

interface ListingJob {
  job_offer_id: number;
  url: string;
  title: string;
  description_digest: string;
  payment: Partial<Record<'fixed' | 'hourly', [number | null, number | null]>>;
  project_contract_hope_number: number | null;
  num_application_conditions: number | null;
  client_username: string | null;
  client_user_id: number | null;
  is_employer_certification: boolean | null;
}

interface JobLabel {
  id: number;
  flags: string[];
  maybe: string[];
}

interface OfficialPhrase {
  text: string;
  source: string;
}

const TEXTS_DIR = ['fixtures', 'texts'] as const;
const JOBS = readSharedJsonl<ListingJob>(...TEXTS_DIR, 'crowdworks_cat249_p2_listing_2026-09.jsonl');
const LABELS = new Map(
  readSharedJsonl<JobLabel>(...TEXTS_DIR, 'crowdworks_cat249_p2_listing_2026-09.labels.jsonl').map((l) => [l.id, l]),
);
const PHRASES = readSharedJsonl<OfficialPhrase>(...TEXTS_DIR, 'official_phrase_lists.jsonl');

/** The moment the listing was saved; only time rules look at the clock. */
const NOW = new Date('2026-09-04T12:00:00+09:00');

/** A listing job as the job page the adapters would produce from the same data. */
function toPageFacts(job: ListingJob): PageFacts {
  const [paymentType, range] = (Object.entries(job.payment)[0] ?? []) as ['fixed' | 'hourly' | undefined, [number | null, number | null] | undefined];
  return {
    site: 'crowdworks',
    kind: 'job',
    url: job.url,
    job: {
      id: String(job.job_offer_id),
      title: job.title,
      description: job.description_digest,
      paymentType: paymentType ?? null,
      budgetMin: range?.[0] ?? null,
      budgetMax: range?.[1] ?? null,
      openings: job.project_contract_hope_number,
      applicants: job.num_application_conditions,
    },
    client:
      job.client_user_id === null
        ? undefined
        : { id: String(job.client_user_id), name: job.client_username ?? undefined, certified: job.is_employer_certification },
    messages: [],
    texts: [
      { id: 'job.title', kind: 'job', text: job.title },
      { id: 'job.description', kind: 'job', text: job.description_digest },
    ],
    cards: [],
    missing: [],
  };
}

const isAlarm = (f: Finding) => f.severity === 'warning' || f.severity === 'danger';

/** The labels call the course/school category by its older name. */
const LABEL_CATEGORY: Record<string, string> = { 'school-or-info-product-lure': 'course-or-info-product-lure' };

describe('labelled real CrowdWorks jobs', () => {
  const rows = JOBS.map((job) => {
    const label = LABELS.get(job.job_offer_id);
    if (!label) throw new Error(`no label for job ${job.job_offer_id}`);
    const findings = analyze(toPageFacts(job), RULES, DEFAULT_SETTINGS, NOW).findings;
    const alarms = findings.filter(isAlarm);
    const group = label.flags.length > 0 ? 'flagged' : label.maybe.length > 0 ? 'maybe' : 'clean';
    return { job, label, alarms, group };
  });

  it('has a label for every job and every job is analysed', () => {
    expect(rows).toHaveLength(46);
  });

  it('raises a warning or danger on every flagged job, and on at most 2 clean jobs', () => {
    const flagged = rows.filter((r) => r.group === 'flagged');
    const clean = rows.filter((r) => r.group === 'clean');
    const maybe = rows.filter((r) => r.group === 'maybe');
    const missed = flagged.filter((r) => r.alarms.length === 0);
    const falseAlarms = clean.filter((r) => r.alarms.length > 0);
    const categoryHits = flagged.filter((r) =>
      r.label.flags.some((flag) => r.alarms.some((a) => a.category === (LABEL_CATEGORY[flag] ?? flag))),
    );

    console.log(
      [
        'real CrowdWorks jobs (warning/danger findings):',
        `  flagged ${flagged.length}: alarmed ${flagged.length - missed.length}, missed ${missed.length}` +
          ` (labelled category among the alarms: ${categoryHits.length}/${flagged.length})`,
        `  clean   ${clean.length}: false alarms ${falseAlarms.length}, quiet ${clean.length - falseAlarms.length}`,
        `  maybe   ${maybe.length}: alarmed ${maybe.filter((r) => r.alarms.length > 0).length}`,
        ...rows
          .filter((r) => r.alarms.length > 0 || r.group === 'flagged')
          .map(
            (r) =>
              `  ${r.group.padEnd(7)} ${r.job.job_offer_id} [${r.label.flags.join(',') || r.label.maybe.join(',') || '-'}] → ` +
              (r.alarms.map((a) => `${a.ruleId}(${a.severity})`).join(', ') || 'nothing'),
          ),
      ].join('\n'),
    );

    expect(missed.map((r) => r.job.job_offer_id)).toEqual([]);
    expect(falseAlarms.length).toBeLessThanOrEqual(2);
  });
});

/**
 * Words from the police lists that also fill ordinary job ads, so they are not flagged on
 * their own (criminal-recruitment/generic-with-companion flags them next to a companion
 * such as 即日・手渡し・身分証・テレグラム):
 * - ドライバー: delivery and ride-share driving, and device drivers in IT jobs;
 * - 送迎: school, care-home and shuttle transport jobs;
 * - 高額 / 高収入: "高額案件", "高収入を目指せる" are everyday wording for well-paid legitimate work.
 */
const GENERIC_ALONE: Readonly<Record<string, string>> = {
  ドライバー: 'ordinary driving jobs and device drivers',
  送迎: 'ordinary shuttle and care transport',
  高額: 'everyday wording for well-paid work',
  高収入: 'everyday wording for well-paid work',
};

/** A companion that turns a generic word into the police's pattern. */
const COMPANION = '・即日払い';

function criminalFindings(text: string): Finding[] {
  const facts: PageFacts = {
    site: 'crowdworks',
    kind: 'job',
    url: '',
    messages: [],
    texts: [{ id: 'job.description', kind: 'job', text }],
    cards: [],
    missing: [],
  };
  return analyze(facts, RULES, DEFAULT_SETTINGS, NOW).findings.filter((f) => f.category === 'criminal-recruitment');
}

describe('official criminal-recruitment phrases', () => {
  const phrases = [...new Set(PHRASES.map((p) => p.text))];

  it.each(phrases.filter((p) => !(p in GENERIC_ALONE)))('%s triggers criminal-recruitment', (phrase) => {
    const findings = criminalFindings(phrase);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === 'danger')).toBe(true);
  });

  it.each(phrases.filter((p) => p in GENERIC_ALONE))('%s alone is left alone, with a companion it triggers', (phrase) => {
    expect(criminalFindings(phrase)).toEqual([]);
    expect(criminalFindings(`${phrase}${COMPANION}`).length).toBeGreaterThan(0);
  });

  it('documents only words that are in the lists', () => {
    expect(Object.keys(GENERIC_ALONE).filter((w) => !phrases.includes(w))).toEqual([]);
  });
});
