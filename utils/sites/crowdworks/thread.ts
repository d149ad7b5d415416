/**
 * CrowdWorks message threads and contract state: proposal threads `/proposals/N` and
 * contract pages `/contracts/N` (PAGES.md §1 "Message and contract pages", confidence C).
 *
 * Messages: `div[class*="_messageItem_"]` > `[class*="_messageBody_"]` > `a[class*="_senderName_"]`,
 * `time[datetime]`, `p` (id 65750687548). These partial CSS-module names are one fallback
 * among others: when they miss, `time` elements anchor the messages (thread.ts).
 *
 * Contract state is read from the page *outside* the messages and the composer, so a
 * message that says 「仮払い済みです」 or 「申請ステータス: 承認済み」 cannot fake it.
 */
import type { ContractFacts, MessageFacts } from '../../facts';
import { parseSiteDate } from '../dates';
import { latestDateOnLines } from '../progress-dates';
import { addText, missingFields, type Draft } from '../draft';
import { findAll, findFirst } from '../dom/query';
import { lineOf, textOf } from '../dom/text';
import { flagFromMarkers, readLabelledValues, valueAfterLabel } from '../labels';
import { mainElement, sectionByHeading } from '../page-text';
import { lastOtherMessageAt, readThread, type ThreadRead } from '../thread';
import type { ExtractContext } from '../types';

const ITEM_SELECTORS = ['div[class*="_messageItem_"]', '[class*="_messageItem_"]'];
const SENDER_SELECTORS = [
  'a[class*="_senderName_"]',
  '[class*="_senderName_"]',
  'a[href*="/public/employers/"]',
  'a[href*="/public/employees/"]',
];

/**
 * The signed-in user's display name: the header user menu (id 57937279882), else
 * `gon.current_user` in an inline script. Null when neither is on the page.
 */
export function crowdworksCurrentUser(doc: Document): string | null {
  const menu = findFirst(doc, '[class*="_normanHeaderUserMenu_"]') ?? findFirst(doc, '[class*="_normanProfileClickable_"]');
  const name = lineOf(findFirst(menu, '[class*="_username_"]')).replace(/さん$/, '');
  if (name) return name;
  for (const script of findAll(doc, 'script:not([src])', 50)) {
    const code = script.textContent ?? '';
    const at = code.indexOf('gon.current_user');
    if (at < 0) continue;
    const m = /"(?:display_name|username|name)"\s*:\s*"((?:[^"\\]|\\.){1,80})"/.exec(code.slice(at, at + 3_000));
    if (!m) continue;
    try {
      return JSON.parse(`"${m[1]}"`) as string;
    } catch {
      continue;
    }
  }
  return null;
}

/**
 * Own-or-other for one message. A link to an employer page marks the client (the other
 * party for a worker); a known signed-in name decides directly; a link to a worker profile
 * with no known name is taken as the signed-in worker (the extension's users are workers).
 */
function ownOf(currentUser: string | null) {
  return (sender: Element | null, author: string | undefined): boolean | null => {
    const href = sender?.getAttribute('href') ?? '';
    if (/\/public\/employers\/\d+/.test(href)) return currentUser !== null && author === currentUser;
    if (currentUser && author) return author === currentUser;
    if (/\/public\/employees\/\d+/.test(href)) return true;
    return null;
  };
}

/** Reads the messages of a CrowdWorks thread page. */
export function readCrowdworksThread(context: ExtractContext): ThreadRead {
  return readThread(mainElement(context.doc), {
    now: context.now,
    itemSelectors: ITEM_SELECTORS,
    bodySelector: '[class*="_messageBody_"]',
    senderSelectors: SENDER_SELECTORS,
    ownOf: ownOf(crowdworksCurrentUser(context.doc)),
  });
}

/** Status words, most decisive first (a termination request outranks "delivered"). */
const STATUS_MARKERS: readonly [RegExp, NonNullable<ContractFacts['status']>][] = [
  [/契約(?:途中)?終了リクエスト(?:中|が届|を受け|を送信|済)|契約終了同意待ち|途中終了リクエスト中/, 'termination-requested'],
  [/契約(?:が)?キャンセル(?:されました|済み)|契約は取り消され/, 'cancelled'],
  [/検収完了|契約(?:は)?終了しました|契約完了|この契約は終了/, 'completed'],
  [/検収待ち|検収中|納品済み|納品確認待ち/, 'delivered'],
  // 仮払い待ち: the contract is agreed and waits for the client's 仮払い.
  [/作業中|仮払い済み|仮払いが完了|契約中|仮払い待ち/, 'active'],
  [/まだクライアントが契約に同意していません|契約に同意すると契約成立|応募中|相談中|交渉中/, 'negotiating'],
];

function statusOf(text: string): NonNullable<ContractFacts['status']> | undefined {
  return STATUS_MARKERS.find(([pattern]) => pattern.test(text))?.[1];
}

/**
 * The status cell of 契約詳細 may hold a bare 「完了」 or 「終了」, words too common elsewhere on
 * the page (「仮払いが完了しました」) to count outside the labelled cell.
 */
function statusOfCell(text: string): NonNullable<ContractFacts['status']> | undefined {
  return statusOf(text) ?? (/^(?:完了|終了)/.test(text) ? 'completed' : undefined);
}

/** サービス外連絡申請 state from 「申請ステータス」: true approved, false pending/refused, null not shown. */
export function offPlatformApprovalOf(text: string): boolean | null {
  const value = valueAfterLabel(
    text,
    '申請ステータス',
    /^[\s:：]*(承認済み?|承認されました|申請中|審査中|確認中|却下|非承認|否認|差し戻し|取り下げ|未申請)/,
  );
  if (value === null) return null;
  return value.startsWith('承認');
}

/**
 * Contract type from the 契約形式 cell (`labelled`) or the page text. In the page text only
 * the formats' full names count: 「タスク」 and 「コンペ」 alone also occur in job titles.
 */
function paymentTypeOf(text: string, labelled: boolean): ContractFacts['type'] {
  if (/時間単価/.test(text)) return 'hourly';
  if (/固定報酬/.test(text)) return 'fixed';
  if (labelled ? /タスク/.test(text) : /タスク形式/.test(text)) return 'task';
  if (labelled ? /コンペ/.test(text) : /コンペ形式/.test(text)) return 'competition';
  return null;
}

/**
 * Contract facts from the page text outside the messages. `kind` tells a contract page
 * (every fact expected) from a proposal thread (before any contract).
 */
export function readCrowdworksContract(
  context: ExtractContext,
  messages: readonly MessageFacts[],
  pageText: string,
  kind: 'contract' | 'proposal',
): ContractFacts {
  const { now } = context;
  const labels = readLabelledValues(mainElement(context.doc));
  const contract: ContractFacts = {};
  if (kind === 'contract') contract.id = /\/contracts\/(\d+)/.exec(context.url.pathname)?.[1];
  const statusText = labels.text('契約状況', '契約ステータス', 'ステータス');
  contract.status = (statusText ? statusOfCell(statusText) : undefined) ?? statusOf(pageText) ?? (kind === 'proposal' ? 'negotiating' : 'unknown');
  const typeText = labels.text('契約形式', '報酬形式', '支払い形式', '仕事形式');
  contract.type = paymentTypeOf(typeText ?? pageText, typeText !== null);

  const fundedText = labels.text('仮払い', '仮払い状況', '仮払いステータス') ?? pageText;
  const funded = flagFromMarkers(
    fundedText,
    ['仮払い済み', '仮払いが完了', '仮払い完了', 'エスクロー済み'],
    ['仮払い待ち', '仮払いされていません', '未仮払い', '仮払いをお待ちください', '仮払い前'],
  );
  if (funded !== null) contract.funded = funded;
  else if (kind === 'proposal') contract.funded = null;

  const delivered =
    parseSiteDate(labels.text('納品日', '納品日時', '納品報告日'), { now }) ??
    latestDateOnLines(pageText, /納品(?:しました|済み|報告|完了|されました)/, now, /納品希望日|納期/);
  contract.deliveredAt = delivered;
  contract.terminationRequestedAt =
    parseSiteDate(labels.text('途中終了リクエスト日', '契約途中終了リクエスト日', '契約終了リクエスト日'), { now }) ??
    latestDateOnLines(pageText, /(?:途中|契約)終了リクエスト/, now);
  contract.offPlatformApproved = offPlatformApprovalOf(pageText);
  contract.lastClientMessageAt = lastOtherMessageAt(messages);
  return contract;
}

/** The contract details block, by its heading (契約詳細 / 契約内容), for the `contract` text. */
function contractDetails(doc: Document): Element | null {
  return sectionByHeading(doc, '契約詳細') ?? sectionByHeading(doc, '契約内容');
}

/** Reads a proposal thread or contract page into the draft. */
export function extractCrowdworksThread(context: ExtractContext, draft: Draft, kind: 'contract' | 'proposal'): void {
  const thread = readCrowdworksThread(context);
  draft.messages = thread.messages;
  const skipped = new Set(thread.items);
  const pageText = textOf(mainElement(context.doc), {
    skip: (element) => skipped.has(element) || /^(TEXTAREA|INPUT|SELECT)$/i.test(element.tagName),
  });
  const contract = readCrowdworksContract(context, thread.messages, pageText, kind);
  draft.contract = contract;
  if (thread.messages.length === 0) draft.missing.push('messages');
  if (kind === 'contract') {
    draft.missing.push(...missingFields('contract', contract, ['id', 'funded']));
    if (contract.status === 'unknown') draft.missing.push('contract.status');
  }
  thread.messages.forEach((message, index) => addText(draft, `message:${index}`, 'message', message.text, message.own));
  if (kind === 'contract') {
    const details = contractDetails(context.doc);
    addText(draft, 'contract', 'contract', details ? textOf(details, { skip: (element) => skipped.has(element) }) : null);
  }
}
