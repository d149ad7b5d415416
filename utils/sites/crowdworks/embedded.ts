/**
 * The JSON CrowdWorks embeds in its pages (PAGES.md §1), read into typed shapes:
 * - listing `#vue-container[data]`: `searchResult.job_offers[]` plus paid slots (A, saved pages);
 * - job page `#client_detail_information_container[data]`: camelCase client summary (B/A);
 * - employer page `#vue-container[data]`: employer profile (B, id 9209880624).
 *
 * Every field is optional and a field of the wrong type reads as absent, so one odd field
 * never hides the others; listing entries are read one by one, and only an entry without a
 * job id or title is dropped.
 *
 * Read by hand (utils/json-fields.ts) rather than with zod: this runs in the content script on
 * every page load, where building and running zod/mini schemas took about a third of the
 * script's main-thread time. The background checks the resulting PageFacts with zod.
 */
import { field, flag, identifier, list, numeric, record, text, type JsonRecord } from '../../json-fields';

type Id = string | number;
type Numeric = string | number | null;

export interface JobOfferEntry {
  job_offer: {
    id: Id;
    title: string;
    description_digest?: string;
  };
  payment?: {
    fixed_price_payment?: { min_budget?: Numeric; max_budget?: Numeric };
    hourly_payment?: { min_hourly_wage?: Numeric; max_hourly_wage?: Numeric };
    task_payment?: { task_price?: Numeric };
    fixed_price_writing_payment?: { article_price?: Numeric };
  };
  client?: { user_id?: Id; username?: string; is_employer_certification?: boolean };
}

/** Listing slots in the order they are read (paid slots first, as the page shows them). */
export const LISTING_SLOTS = ['pr_diamond', 'pr_platinum', 'pr_gold', 'job_offers', 'recommendation'] as const;

/** Only the keys that hold a value: absent and wrongly typed fields are left out. */
function defined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/** A sub-object read by `read`, or undefined when the field is not an object. */
function nested<T extends object>(parent: JsonRecord | undefined, key: string, read: (r: JsonRecord) => T): T | undefined {
  const child = record(field(parent, key));
  return child ? read(child) : undefined;
}

/** One listing entry; null without a job id or title. */
export function readJobOfferEntry(raw: unknown): JobOfferEntry | null {
  const entry = record(raw);
  const offer = record(field(entry, 'job_offer'));
  const id = identifier(field(offer, 'id'));
  const title = text(field(offer, 'title'));
  if (id === undefined || title === undefined) return null;
  return defined({
    job_offer: defined({ id, title, description_digest: text(field(offer, 'description_digest')) }),
    payment: nested(entry, 'payment', (p) =>
      defined({
        fixed_price_payment: nested(p, 'fixed_price_payment', (f) =>
          defined({ min_budget: numeric(field(f, 'min_budget')), max_budget: numeric(field(f, 'max_budget')) }),
        ),
        hourly_payment: nested(p, 'hourly_payment', (h) =>
          defined({ min_hourly_wage: numeric(field(h, 'min_hourly_wage')), max_hourly_wage: numeric(field(h, 'max_hourly_wage')) }),
        ),
        task_payment: nested(p, 'task_payment', (t) => defined({ task_price: numeric(field(t, 'task_price')) })),
        fixed_price_writing_payment: nested(p, 'fixed_price_writing_payment', (w) => defined({ article_price: numeric(field(w, 'article_price')) })),
      }),
    ),
    client: nested(entry, 'client', (c) =>
      defined({
        user_id: identifier(field(c, 'user_id')),
        username: text(field(c, 'username')),
        is_employer_certification: flag(field(c, 'is_employer_certification')),
      }),
    ),
  });
}

/** The raw entries of each listing slot, in slot order; null without `searchResult`. */
export function readListingSlots(data: unknown): unknown[][] | null {
  const result = record(field(record(data), 'searchResult'));
  if (!result) return null;
  return LISTING_SLOTS.map((slot) => list(field(result, slot)) ?? []);
}

export interface JobClientData {
  userId?: Id;
  userDisplayName?: string;
  averageScore?: Numeric;
  isIdentityVerified?: boolean;
  isEmployerRuleCheckSucceeded?: boolean;
  isCertifiedEmployer?: boolean;
  jobOfferAchievementCount?: Numeric;
  projectFinishedRate?: Numeric;
}

/** The job page's client summary; null when the JSON is not an object. */
export function readJobClientData(data: unknown): JobClientData | null {
  const d = record(data);
  if (!d) return null;
  return defined({
    userId: identifier(field(d, 'userId')),
    userDisplayName: text(field(d, 'userDisplayName')),
    averageScore: numeric(field(d, 'averageScore')),
    isIdentityVerified: flag(field(d, 'isIdentityVerified')),
    isEmployerRuleCheckSucceeded: flag(field(d, 'isEmployerRuleCheckSucceeded')),
    isCertifiedEmployer: flag(field(d, 'isCertifiedEmployer')),
    jobOfferAchievementCount: numeric(field(d, 'jobOfferAchievementCount')),
    projectFinishedRate: numeric(field(d, 'projectFinishedRate')),
  });
}

export interface EmployerData {
  page?: { id?: Id; display_name?: string; is_certified_employer?: boolean };
  profile?: {
    identity_verified?: boolean;
    is_employer_rule_check_succeeded?: boolean;
    feedback?: { average_score?: Numeric; total_count?: Numeric };
    job_offer_achievement_count?: Numeric;
    project_finished_rate?: Numeric;
    created_at?: string;
  };
  summary?: {
    user_id?: Id;
    description?: string;
    total_rating?: { average_score?: Numeric; evaluation_count?: Numeric };
  };
}

/**
 * The employer page's three blocks: `public_employer_page_json.employer_user` (page),
 * `employer_profile_json.employer_user` (profile), `employer_profile_summary_json`
 * (summary). Null when the JSON is not an object.
 */
export function readEmployerData(data: unknown): EmployerData | null {
  const d = record(data);
  if (!d) return null;
  const user = (block: string) => record(field(record(field(d, block)), 'employer_user'));
  const page = user('public_employer_page_json');
  const profile = user('employer_profile_json');
  const summary = record(field(d, 'employer_profile_summary_json'));
  return defined({
    page: page
      ? defined({ id: identifier(field(page, 'id')), display_name: text(field(page, 'display_name')), is_certified_employer: flag(field(page, 'is_certified_employer')) })
      : undefined,
    profile: profile
      ? defined({
          identity_verified: flag(field(profile, 'identity_verified')),
          is_employer_rule_check_succeeded: flag(field(profile, 'is_employer_rule_check_succeeded')),
          feedback: nested(profile, 'feedback', (f) => defined({ average_score: numeric(field(f, 'average_score')), total_count: numeric(field(f, 'total_count')) })),
          job_offer_achievement_count: numeric(field(profile, 'job_offer_achievement_count')),
          project_finished_rate: numeric(field(record(field(profile, 'project_finished_data')), 'rate')),
          created_at: text(field(profile, 'created_at')),
        })
      : undefined,
    summary: summary
      ? defined({
          user_id: identifier(field(summary, 'user_id')),
          description: text(field(record(field(summary, 'company_profile')), 'description')),
          total_rating: nested(record(field(summary, 'feedback')), 'total_rating', (t) =>
            defined({ average_score: numeric(field(t, 'average_score')), evaluation_count: numeric(field(t, 'evaluation_count')) }),
          ),
        })
      : undefined,
  });
}
