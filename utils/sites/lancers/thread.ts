/**
 * Lancers message boards ("work rooms", `/mypage/message?boardId=N`; URL confidence C, see
 * page-kinds.ts). No public source shows their markup: the Lancers scripts found read the
 * board through its JSON API (`/v1/message_api/boards/{id}/messages`, fields `send_user`,
 * `is_client`, `description`; id 58702557529, id 68833821627). So messages are found by
 * structure only (one `time` element per message, thread.ts), senders by their profile
 * links (`/client/…` is the client, `/profile/…` a lancer), and the page state by labels:
 * 仮払い済み / 仮払いが完了 / エスクロー済み (id 68833821627) and the 連絡先公開申請 status.
 */
import type { ContractFacts } from '../../facts';
import { addText, type Draft } from '../draft';
import { textOf } from '../dom/text';
import { flagFromMarkers, valueAfterLabel } from '../labels';
import { mainElement } from '../page-text';
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
    const contract: ContractFacts = {
      funded: flagFromMarkers(pageText, ['仮払い済み', '仮払いが完了', 'エスクロー済み'], ['仮払い待ち', '仮払い前', '未仮払い']),
      offPlatformApproved: contactDisclosureApprovalOf(pageText),
      lastClientMessageAt: lastOtherMessageAt(thread.messages),
    };
    draft.contract = contract;
  }
  if (thread.messages.length === 0 && isBoard) draft.missing.push('messages');
  thread.messages.forEach((message, index) => addText(draft, `message:${index}`, 'message', message.text, message.own));
}
