/**
 * The JSON CrowdWorks embeds in its pages, as zod schemas (PAGES.md §1). They use zod/mini,
 * whose functions tree-shake, because this module runs in the size-budgeted content script:
 * - listing `#vue-container[data]`: `searchResult.job_offers[]` plus paid slots (A, saved pages);
 * - job page `#client_detail_information_container[data]`: camelCase client summary (B/A);
 * - employer page `#vue-container[data]`: employer profile (B, id 9209880624).
 *
 * Every schema is loose (unknown keys pass) and every field optional, and listing entries
 * are checked one by one, so one odd entry never hides the others.
 */
import * as z from 'zod/mini';

const id = z.union([z.number(), z.string()]);
const num = z.nullish(z.union([z.number(), z.string()]));
const str = z.nullish(z.string());
const bool = z.nullish(z.boolean());
/** A loose object that may also be missing or null. */
const maybe = <T extends Parameters<typeof z.looseObject>[0]>(shape: T) => z.nullish(z.looseObject(shape));

export const JobOfferEntrySchema = z.looseObject({
  job_offer: z.looseObject({
    id,
    title: z.string(),
    description_digest: str,
    status: str,
    expired_on: str,
    last_released_at: str,
    options: z.nullish(z.array(z.string())),
  }),
  payment: maybe({
    fixed_price_payment: maybe({ min_budget: num, max_budget: num }),
    hourly_payment: maybe({ min_hourly_wage: num, max_hourly_wage: num }),
    task_payment: maybe({ task_price: num }),
    fixed_price_writing_payment: maybe({ article_price: num }),
  }),
  entry: maybe({
    project_entry: maybe({ num_contracts: num, project_contract_hope_number: num, num_application_conditions: num }),
  }),
  client: maybe({
    user_id: z.nullish(id),
    username: str,
    is_employer_certification: bool,
  }),
});
export type JobOfferEntry = z.infer<typeof JobOfferEntrySchema>;

/** Listing slots in the order they are read (paid slots first, as the page shows them). */
export const LISTING_SLOTS = ['pr_diamond', 'pr_platinum', 'pr_gold', 'job_offers', 'recommendation'] as const;

const slot = z.nullish(z.array(z.unknown()));

export const ListingDataSchema = z.looseObject({
  searchResult: z.looseObject({
    pr_diamond: slot,
    pr_platinum: slot,
    pr_gold: slot,
    job_offers: slot,
    recommendation: slot,
  }),
});

export const JobClientDataSchema = z.looseObject({
  userId: z.nullish(id),
  userDisplayName: str,
  averageScore: num,
  isIdentityVerified: bool,
  isEmployerRuleCheckSucceeded: bool,
  isCertifiedEmployer: bool,
  isOfficiallyRecognizedAccount: bool,
  userThanksCount: num,
  jobOfferAchievementCount: num,
  projectFinishedRate: num,
  isResigned: bool,
  companyProfileDescription: str,
});
export type JobClientData = z.infer<typeof JobClientDataSchema>;

const feedback = maybe({ average_score: num, total_count: num });

export const EmployerDataSchema = z.looseObject({
  public_employer_page_json: maybe({
    employer_user: maybe({ id: z.nullish(id), display_name: str, is_certified_employer: bool }),
  }),
  employer_profile_json: maybe({
    employer_user: maybe({
      identity_verified: bool,
      is_official_account: bool,
      is_employer_rule_check_succeeded: bool,
      feedback,
      job_offer_achievement_count: num,
      project_finished_data: maybe({ rate: num, total_acceptance_count: num, total_finished_count: num }),
      created_at: str,
    }),
  }),
  employer_profile_summary_json: maybe({
    user_id: z.nullish(id),
    company_profile: maybe({ description: str, url: str }),
    feedback: maybe({ total_rating: maybe({ average_score: num, evaluation_count: num }) }),
  }),
});
export type EmployerData = z.infer<typeof EmployerDataSchema>;
