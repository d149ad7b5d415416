/**
 * Lancers client profile `/client/{name}` (PAGES.md §2 "Client profile", confidence C,
 * PHP scraper id 21299874250): name `h1.p-profile__media-heading`; 認証 items in the first
 * `dd.p-profile__media-statuses-description` (本人確認, 機密保持確認, 電話確認, ランサーズチェック,
 * done when the item has `i.fa-check`); 業種 and 登録日 in the following ones; summary values
 * `p.c-table-summary__col-description` in the order 発注数, 評価, 発注率; self-introduction in
 * `div.p-profile__introduction` and `div.p-profile__overview-lists`.
 */
import type { ClientFacts } from '../../facts';
import { parseSiteDate } from '../dates';
import { addText, missingFields, type Draft } from '../draft';
import { findAll, findFirst, findFirstOf } from '../dom/query';
import { lineOf, textOf } from '../dom/text';
import { readLabelledValues, valueAfterLabel } from '../labels';
import { toCount, toNumber } from '../numbers';
import { mainElement } from '../page-text';
import type { ExtractContext } from '../types';

/** The four 認証 items, in the order the profile lists them. */
export const LANCERS_VERIFICATIONS = ['本人確認', '機密保持確認', '電話確認', 'ランサーズチェック'] as const;

export const PROFILE_CLIENT_FIELDS = ['id', 'name', 'rating', 'ordersPosted', 'identityVerified', 'verifications', 'registeredAt'] as const;

function readVerifications(doc: Document): Record<string, boolean> | undefined {
  const statuses = findFirst(doc, 'dd.p-profile__media-statuses-description');
  const list = findFirst(statuses, 'ul.p-profile__media-status-list') ?? statuses;
  const items = findAll(list, 'li', 10);
  if (items.length === 0) return undefined;
  const result: Record<string, boolean> = {};
  items.forEach((item, index) => {
    const text = lineOf(item);
    // Name each item by its own text when it says which one it is, else by position.
    const name = LANCERS_VERIFICATIONS.find((known) => text.includes(known)) ?? LANCERS_VERIFICATIONS[index];
    if (name) result[name] = findFirst(item, 'i.fa-check') !== null;
  });
  return result;
}

/** 発注数 / 評価 / 発注率 columns: by the label beside each value, else by position. */
function readSummary(doc: Document): { orders?: string; rating?: string } {
  const values = findAll(doc, 'p.c-table-summary__col-description', 10);
  const found: { orders?: string; rating?: string } = {};
  values.forEach((value, index) => {
    const label = lineOf(value.previousElementSibling) || lineOf(value.parentElement?.previousElementSibling ?? null);
    const text = lineOf(value);
    const key = label.includes('発注数') ? 'orders' : label.includes('評価') ? 'rating' : label.includes('発注率') ? null : index === 0 ? 'orders' : index === 1 ? 'rating' : null;
    if (key && found[key] === undefined) found[key] = text;
  });
  return found;
}

function registeredAtOf(doc: Document, mainText: string, now: Date): string | null | undefined {
  const labelled = readLabelledValues(doc).text('登録日');
  const statuses = findAll(doc, 'dd.p-profile__media-statuses-description', 5);
  const text = labelled ?? valueAfterLabel(mainText, '登録日', /^[\s:：]*(\d{4}\s*[年/]\s*\d{1,2}\s*[月/]\s*\d{1,2}\s*日?)/) ?? lineOf(statuses[2] ?? null);
  return text ? parseSiteDate(text, { now }) : undefined;
}

/** Client facts of a Lancers profile page. */
export function readLancersProfile(context: ExtractContext, mainText: string): ClientFacts {
  const { doc } = context;
  const client: ClientFacts = { id: /^\/client\/([A-Za-z0-9_-]+)/.exec(context.url.pathname)?.[1] };
  const name = lineOf(findFirstOf(doc, ['h1.p-profile__media-heading', 'h1']));
  if (name) client.name = name;
  const verifications = readVerifications(doc);
  if (verifications) {
    client.verifications = verifications;
    client.identityVerified = verifications['本人確認'] ?? null;
  }
  const badges = lineOf(findFirst(doc, 'ul.p-profile__media-badges'));
  if (badges.includes('認定')) client.certified = true;
  const summary = readSummary(doc);
  const orders = summary.orders ?? valueAfterLabel(mainText, '発注数', /^[\s:：]*(\d[\d,]*)/);
  if (orders !== null && orders !== undefined) client.ordersPosted = toCount(orders);
  const rating = summary.rating ?? valueAfterLabel(mainText, '評価', /^[\s:：]*(\d(?:\.\d+)?)(?!\d)/);
  if (rating !== null && rating !== undefined) client.rating = toNumber(rating);
  client.registeredAt = registeredAtOf(doc, mainText, context.now);
  return client;
}

/** Reads a Lancers client profile into the draft. */
export function extractLancersProfile(context: ExtractContext, draft: Draft): void {
  const intro = findAll(context.doc, '.p-profile__introduction', 5);
  const overview = findAll(context.doc, '.p-profile__overview-lists', 5);
  const written = new Set([...intro, ...overview]);
  // Labels are read outside what the client wrote about itself.
  const mainText = textOf(mainElement(context.doc), { skip: (element) => written.has(element) });
  const client = readLancersProfile(context, mainText);
  draft.client = client;
  draft.missing.push(...missingFields('client', client, PROFILE_CLIENT_FIELDS));
  const profile = [...written].map((element) => textOf(element, { whitespace: 'pre-line' })).join('\n\n');
  addText(draft, 'profile', 'profile', profile);
}
