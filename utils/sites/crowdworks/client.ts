/**
 * CrowdWorks client facts, from three sources in order of trust (PAGES.md §1):
 * 1. embedded JSON — the job page's `#client_detail_information_container[data]` or the
 *    employer page's `#vue-container[data]`;
 * 2. visible labels — 本人確認済み / 本人確認未提出, 発注ルールチェック済み / 未回答, 認定クライアント,
 *    総合評価, (N件のレビュー), 募集実績 N 件, プロジェクト完了率 N %, 登録日, 完了数 N / 契約数 M;
 * 3. the page's main text, read with the same labels.
 */
import type { ClientFacts } from '../../facts';
import { parseSiteDate } from '../dates';
import { addText, missingFields, preferFirst, type Draft } from '../draft';
import { findAll, findFirst, findFirstOf } from '../dom/query';
import { lineOf, textOf } from '../dom/text';
import { readEmbeddedJson } from '../embedded-json';
import { flagFromMarkers, valueAfterLabel } from '../labels';
import { toCount, toNumber } from '../numbers';
import { mainElement, sectionByHeading } from '../page-text';
import type { ExtractContext } from '../types';
import { readEmployerData, readJobClientData } from './embedded';

/** Client fields a client box or profile is expected to show. */
export const CLIENT_FIELDS = [
  'id',
  'name',
  'rating',
  'reviews',
  'ordersPosted',
  'completionRate',
  'identityVerified',
  'ruleChecked',
] as const;

/** CrowdWorks shows 0 for a client nobody has rated yet: that is "no rating", not a bad one. */
function ratingOf(value: unknown): number | null {
  const rating = toNumber(value as string | number | null | undefined);
  return rating === null || rating <= 0 ? null : rating;
}

function presentNumber(value: string | number | null | undefined): number | null | undefined {
  return value === undefined ? undefined : toNumber(value);
}

/** Client facts from the job page's `#client_detail_information_container[data]` JSON. */
export function clientFromJobJson(data: unknown): ClientFacts | undefined {
  const d = readJobClientData(data);
  if (!d) return undefined;
  return {
    id: d.userId === null || d.userId === undefined ? undefined : String(d.userId),
    name: d.userDisplayName ?? undefined,
    rating: d.averageScore === undefined ? undefined : ratingOf(d.averageScore),
    ordersPosted: presentNumber(d.jobOfferAchievementCount),
    completionRate: presentNumber(d.projectFinishedRate),
    identityVerified: d.isIdentityVerified ?? undefined,
    ruleChecked: d.isEmployerRuleCheckSucceeded ?? undefined,
    certified: d.isCertifiedEmployer ?? undefined,
  };
}

/** Client facts and profile text from the employer page's `#vue-container[data]` JSON. */
export function clientFromEmployerJson(data: unknown): { client: ClientFacts; profile?: string } | undefined {
  const employer = readEmployerData(data);
  if (!employer) return undefined;
  const { page, profile, summary } = employer;
  if (!page && !profile && !summary) return undefined;
  const total = summary?.total_rating;
  const userId = page?.id ?? summary?.user_id;
  const client: ClientFacts = {
    id: userId === null || userId === undefined ? undefined : String(userId),
    name: page?.display_name ?? undefined,
    certified: page?.is_certified_employer ?? undefined,
    identityVerified: profile?.identity_verified ?? undefined,
    ruleChecked: profile?.is_employer_rule_check_succeeded ?? undefined,
    rating:
      profile?.feedback?.average_score !== undefined
        ? ratingOf(profile.feedback.average_score)
        : total?.average_score !== undefined
          ? ratingOf(total.average_score)
          : undefined,
    reviews: presentNumber(profile?.feedback?.total_count ?? total?.evaluation_count),
    ordersPosted: presentNumber(profile?.job_offer_achievement_count),
    completionRate: presentNumber(profile?.project_finished_rate),
    registeredAt: profile?.created_at ? parseSiteDate(profile.created_at) : undefined,
  };
  const description = summary?.description?.replace(/\r\n?/g, '\n').trim();
  return description ? { client, profile: description } : { client };
}

/** A number after a label, null when the label shows no number ("-"), undefined without the label. */
function labelledNumber(text: string, label: string, unit: string): number | null | undefined {
  if (!text.includes(label)) return undefined;
  const value = valueAfterLabel(text, label, new RegExp(`^[\\s:：]*(\\d[\\d,]*(?:\\.\\d+)?)\\s*${unit}`));
  return value === null ? null : toNumber(value);
}

/** Client facts read from visible labels in a block of text (client box, profile, main text). */
export function clientFromLabels(text: string, now: Date): ClientFacts {
  const facts: ClientFacts = {};
  const identity = flagFromMarkers(text, ['本人確認済み'], ['本人確認未提出']);
  if (identity !== null) facts.identityVerified = identity;
  const ruleCheck = flagFromMarkers(text, ['発注ルールチェック済み'], ['発注ルールチェック未回答']);
  if (ruleCheck !== null) facts.ruleChecked = ruleCheck;
  if (text.includes('認定クライアント')) facts.certified = true;
  if (text.includes('総合評価')) {
    const rating = valueAfterLabel(text, '総合評価', /^[\s:：]*(\d(?:\.\d+)?)(?!\d)/);
    facts.rating = rating === null ? null : ratingOf(rating);
  }
  const reviews = /[(（]\s*(\d[\d,]*)\s*件のレビュー/.exec(text);
  if (reviews) facts.reviews = toCount(reviews[1]);
  const orders = labelledNumber(text, '募集実績', '件');
  if (orders !== undefined) facts.ordersPosted = orders;
  const rate = labelledNumber(text, 'プロジェクト完了率', '%');
  if (rate !== undefined) facts.completionRate = rate;
  if (facts.completionRate === undefined || facts.completionRate === null) {
    // 完了数 N / 契約数 M (employer page) gives the rate when it is not printed.
    const done = /完了数\s*(\d[\d,]*)\s*[/／]\s*契約数\s*(\d[\d,]*)/.exec(text);
    if (done) {
      const contracts = toCount(done[2]) ?? 0;
      facts.completionRate = contracts > 0 ? Math.round(((toCount(done[1]) ?? 0) / contracts) * 1000) / 10 : null;
    }
  }
  const registered = valueAfterLabel(
    text,
    '登録日',
    /^[\s:：]*(\d{4}\s*[年/]\s*\d{1,2}\s*[月/]\s*\d{1,2}\s*日?)/,
  );
  if (registered) facts.registeredAt = parseSiteDate(registered, { now });
  return facts;
}

/** Id and name from the first link to an employer page under `root`. */
export function clientLink(root: Document | Element | null): ClientFacts {
  const link = findFirst(root, 'a[href*="/public/employers/"]');
  if (!link) return {};
  const id = /\/public\/employers\/(\d+)/.exec(link.getAttribute('href') ?? '')?.[1];
  const name = lineOf(link).replace(/さん$/, '');
  const facts: ClientFacts = {};
  if (id) facts.id = id;
  if (name) facts.name = name;
  return facts;
}

/** The client box of a job page: the heading "クライアント情報" section, else known containers. */
export function clientBox(doc: Document): Element | null {
  return (
    sectionByHeading(doc, 'クライアント情報') ??
    findFirstOf(doc, ['section.client_detail_information', '.client_information', '.client_performance'])
  );
}

/**
 * Client facts on a job page: JSON, then the client box's labels, then the main text. The
 * job description (`userText`) is left out of the main text: it is written by the client
 * and could claim "本人確認済み" in words.
 */
export function extractJobPageClient(context: ExtractContext, userText: Element | null): ClientFacts {
  const json = clientFromJobJson(readEmbeddedJson(context.doc, 'client_detail_information_container', context.captured));
  const box = clientBox(context.doc);
  const fromBox = box ? preferFirst(clientLink(box), clientFromLabels(textOf(box), context.now)) : undefined;
  const fromMain = clientFromLabels(
    textOf(mainElement(context.doc), { skip: (element) => element === userText }),
    context.now,
  );
  return preferFirst(preferFirst(json, fromBox), fromMain) ?? {};
}

/** Reads an employer profile page (`/public/employers/N`) into the draft. */
export function extractCrowdworksEmployer(context: ExtractContext, draft: Draft): void {
  const idFromUrl = /\/public\/employers\/(\d+)/.exec(context.url.pathname)?.[1];
  const json = clientFromEmployerJson(readEmbeddedJson(context.doc, 'vue-container', context.captured));
  const main = mainElement(context.doc);
  const mainText = textOf(main);
  const heading = findAll(context.doc, 'h1', 1)[0];
  const fromPage: ClientFacts = clientFromLabels(mainText, context.now);
  const headingName = heading ? lineOf(heading).replace(/(?:さん)?(?:の(?:プロフィール|クライアント情報).*)?$/, '') : '';
  if (headingName) fromPage.name = headingName;
  const client = preferFirst(preferFirst(json?.client, { id: idFromUrl }), fromPage) ?? {};
  draft.client = client;
  draft.missing.push(...missingFields('client', client, [...CLIENT_FIELDS, 'registeredAt']));
  // The profile text is what a client wrote about itself; without JSON the page's main text stands in.
  addText(draft, 'profile', 'profile', json?.profile ?? textOf(main, { whitespace: 'pre-line' }));
}
