/**
 * Lancers message boards ("work rooms", `/mypage/message?boardId=N`; URL confidence C, see
 * page-kinds.ts). No public source shows their markup: the Lancers scripts found read the
 * board through its JSON API (`/v1/message_api/boards/{id}/messages`, fields `send_user`,
 * `is_client`, `description`; id 58702557529, id 68833821627). So messages are found by
 * structure only (one `time` element per message, thread.ts), senders by their profile
 * links (`/client/…` is the client, `/profile/…` a lancer), and the page state by labels:
 * 仮払い済み / 仮払いが完了 / エスクロー済み (id 68833821627) and the 連絡先公開申請 status.
 *
 * The contract's state is read from the words Lancers uses for its steps (PLATFORM_RULES.md:
 * 完了報告 by the lancer, then 検収 and 支払い確定; 連絡催促申請; the work types プロジェクト /
 * コンペ / タスク of the `c-badge--worktype-*` badge). How a board prints them is assumed, so
 * a board where none of them appears is left 'unknown' and not treated as a contract.
 */
import type { ContractFacts, MessageFacts } from '../../facts';
import { parseSiteDate } from '../dates';
import { addText, type Draft } from '../draft';
import { findFirst } from '../dom/query';
import { textOf } from '../dom/text';
import { flagFromMarkers, readLabelledValues, valueAfterLabel } from '../labels';
import { mainElement } from '../page-text';
import { latestDateOnLines } from '../progress-dates';
import { lastOtherMessageAt, readThread } from '../thread';
import type { ExtractContext } from '../types';

const SENDER_SELECTORS = ['a[href*="/client/"]', 'a[href*="/profile/"]'];

/** A `/client/` link is the client (the other party for a lancer); `/profile/` is a lancer, the user. */
function ownOf(sender: Element | null): boolean | null {
  const href = sender?.getAttribute('href') ?? '';
  if (/\/client\/[A-Za-z0-9_-]+/.test(href)) return false;
  if (/\/profile\/[A-Za-z0-9_-]+/.test(href)) return true;
  return null;
}

/** 連絡先公開申請 state: true approved or disclosed, false pending or refused, null not shown. */
export function contactDisclosureApprovalOf(text: string): boolean | null {
  const value = valueAfterLabel(text, '連絡先公開申請', /^[\s\S]{0,20}?(承認済み?|承認されました|公開済み?|申請中|審査中|確認中|却下|非承認)/, 40);
  if (value === null) return null;
  return value.startsWith('承認') || value.startsWith('公開');
}

type Status = NonNullable<ContractFacts['status']>;

/** Status words, most decisive first (as on CrowdWorks, a pending cancellation outranks the rest). */
const STATUS_MARKERS: readonly [RegExp, Status][] = [
  [/キャンセル(?:申請|依頼)中|キャンセル(?:の)?(?:申請|依頼)が届|途中終了(?:リクエスト|の申請)中/, 'termination-requested'],
  [/キャンセル済み|キャンセルされました|取引(?:は|が)?キャンセル/, 'cancelled'],
  [/取引完了|取引が完了|検収完了|支払い(?:が)?確定|プロジェクト(?:が)?完了しました/, 'completed'],
  [/検収待ち|検収中|納品済み|完了報告済み|納品確認中|完了報告中/, 'delivered'],
  [/作業中|進行中|契約中|仮払い済み|仮払いが完了|エスクロー済み|仮払い待ち/, 'active'],
  [/提案中|交渉中|相談中|選定中|見積(?:もり)?中/, 'negotiating'],
];

function statusOf(text: string | null): Status | undefined {
  return text ? STATUS_MARKERS.find(([pattern]) => pattern.test(text))?.[1] : undefined;
}

const WORK_TYPES: Record<string, ContractFacts['type']> = {
  project: 'fixed',
  competition: 'competition',
  task: 'task',
  recruit: 'recruit',
};

/** A line giving the board's work type and state, 「プロジェクト：作業中（仮払い済み）」. */
const STATE_LINE = /(?:^|\n)[ \t]*(プロジェクト|コンペ|タスク|タイムチャージ)[ \t]*[：:][ \t]*([^\n]{1,60})/;

/**
 * Work type: the `c-badge--worktype-*` badge (as on search cards), a labelled 依頼形式, or the
 * state line. A bare 「タスク」 elsewhere in the page is a job title's word, not the type.
 */
function workTypeOf(doc: Document, labelled: string | null, stateLine: RegExpExecArray | null): ContractFacts['type'] {
  const badge = findFirst(doc, '[class*="c-badge--worktype-"]');
  const kind = /c-badge--worktype-([a-z]+)/.exec(badge?.getAttribute('class') ?? '')?.[1];
  if (kind && WORK_TYPES[kind]) return WORK_TYPES[kind];
  const text = labelled ?? stateLine?.[1] ?? '';
  if (/時間単価|タイムチャージ/.test(text)) return 'hourly';
  if (/コンペ/.test(text)) return 'competition';
  if (/タスク/.test(text)) return 'task';
  if (/プロジェクト|固定/.test(text)) return 'fixed';
  return null;
}

/** The board's own id (`boardId`, else `workId`): what the contract is tracked and dismissed under. */
function boardIdOf(url: URL): string | undefined {
  const id = url.searchParams.get('boardId') ?? url.searchParams.get('workId');
  return id && /^\d{1,20}$/.test(id) ? id : undefined;
}

/** Contract facts of a board, from the page text outside the messages. */
export function readLancersContract(context: ExtractContext, messages: readonly MessageFacts[], pageText: string): ContractFacts {
  const { now } = context;
  const labels = readLabelledValues(mainElement(context.doc));
  const stateLine = STATE_LINE.exec(pageText);
  // The board's own state first: a progress line such as 「仮払いが完了しました」 stays true later on.
  const status =
    statusOf(labels.text('ステータス', '状態', '進行状況')) ?? statusOf(stateLine?.[2] ?? null) ?? statusOf(pageText) ?? 'unknown';
  const contract: ContractFacts = {
    status,
    type: workTypeOf(context.doc, labels.text('依頼形式', '仕事形式', '形式'), stateLine),
    funded: flagFromMarkers(pageText, ['仮払い済み', '仮払いが完了', 'エスクロー済み'], ['仮払い待ち', '仮払い前', '未仮払い']),
    // The lancer's 完了報告 is Lancers' delivery (PLATFORM_RULES.md, project guide 6).
    deliveredAt:
      parseSiteDate(labels.text('納品日', '完了報告日'), { now }) ??
      latestDateOnLines(pageText, /完了報告(?:を|しました|済み|が)|納品(?:しました|報告|済み|完了|されました)/, now, /予定|希望|期限|納期/),
    terminationRequestedAt:
      parseSiteDate(labels.text('キャンセル申請日', '途中終了リクエスト日'), { now }) ??
      latestDateOnLines(pageText, /キャンセル(?:申請|依頼)|途中終了/, now),
    offPlatformApproved: contactDisclosureApprovalOf(pageText),
    lastClientMessageAt: lastOtherMessageAt(messages),
  };
  const id = boardIdOf(context.url);
  if (id) contract.id = id;
  return contract;
}

/** Reads a Lancers message board into the draft. */
export function extractLancersThread(context: ExtractContext, draft: Draft): void {
  const thread = readThread(mainElement(context.doc), {
    now: context.now,
    itemSelectors: [],
    senderSelectors: SENDER_SELECTORS,
    ownOf,
    whitespace: 'pre-line',
  });
  draft.messages = thread.messages;
  const skipped = new Set(thread.items);
  // Page state is read outside the messages, which anyone in the thread can write.
  const pageText = textOf(mainElement(context.doc), {
    skip: (element) => skipped.has(element) || /^(TEXTAREA|INPUT|SELECT)$/i.test(element.tagName),
  });
  // The inbox (no board chosen) lists threads without messages; only a board is expected to have them.
  const isBoard = context.url.searchParams.has('boardId') || context.url.searchParams.has('workId');
  if (isBoard || thread.messages.length > 0) {
    draft.contract = readLancersContract(context, thread.messages, pageText);
  }
  if (thread.messages.length === 0 && isBoard) draft.missing.push('messages');
  thread.messages.forEach((message, index) => addText(draft, `message:${index}`, 'message', message.text, message.own));
}
