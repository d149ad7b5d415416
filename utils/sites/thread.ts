/**
 * Message threads, read in two ways:
 * 1. by the site's documented item selectors (passed in by the adapter), and
 * 2. by structure when those miss: every `time` element anchors one message, whose item is
 *    the largest ancestor holding no other `time` (and no composer).
 * Each message gets its author, own-or-other, time (ISO, +09:00) and text.
 */
import type { MessageFacts } from '../facts';
import { parseSiteDate } from './dates';
import { MAX_MESSAGES } from './draft';
import { findAll, findFirst, findFirstOf } from './dom/query';
import { lineOf, textOf } from './dom/text';

export interface ThreadReadOptions {
  now: Date;
  /** Compound selectors of one message item, tried in order. */
  itemSelectors: readonly string[];
  /** Inside an item, the part holding the full message (the first one with a `p` wins). */
  bodySelector?: string;
  /** Inside an item, the sender's name element, tried in order. */
  senderSelectors: readonly string[];
  /** Whether the signed-in user wrote the message; null when it cannot be told. */
  ownOf: (sender: Element | null, author: string | undefined) => boolean | null;
  /** How the site renders message text (see dom/text.ts). */
  whitespace?: 'normal' | 'pre-line';
}

export interface ThreadRead {
  messages: MessageFacts[];
  /** The item elements read, so callers can leave them out of other page text. */
  items: Element[];
  /** How the items were found. */
  via: 'selectors' | 'time-elements' | 'none';
}

const MAX_CLIMB = 6;

function itemAroundTime(time: Element, stopAt: Element | null): Element {
  let item: Element = time.parentElement ?? time;
  for (let level = 0; level < MAX_CLIMB; level += 1) {
    const parent = item.parentElement;
    if (!parent || parent === stopAt) break;
    if (findAll(parent, 'time', 2).length > 1 || findFirst(parent, 'textarea')) break;
    item = parent;
  }
  return item;
}

function contains(outer: Element, inner: Element | null): boolean {
  return Boolean(inner && (outer === inner || outer.contains(inner)));
}

/** Paragraph texts without collapsed previews that repeat the start of a longer paragraph. */
function paragraphText(paragraphs: Element[], whitespace: 'normal' | 'pre-line'): string {
  const texts = paragraphs.map((p) => textOf(p, { whitespace })).filter((t) => t !== '');
  const kept = texts.filter((text, index) => {
    const stem = text.replace(/(?:\.\.\.|…)$/, '');
    return !texts.some((other, j) => j !== index && other.length > text.length && other.startsWith(stem));
  });
  return kept.join('\n');
}

function readItem(item: Element, options: ThreadReadOptions): MessageFacts | null {
  const whitespace = options.whitespace ?? 'normal';
  let body: Element = item;
  if (options.bodySelector) {
    const bodies = findAll(item, options.bodySelector, 20);
    body = bodies.find((candidate) => findFirst(candidate, 'p')) ?? bodies[0] ?? item;
  }
  const sender = findFirstOf(body, options.senderSelectors) ?? findFirstOf(item, options.senderSelectors);
  const time = findFirst(body, 'time') ?? findFirst(item, 'time');
  const paragraphs = findAll(body, 'p', 100).filter((p) => !contains(p, sender) && !contains(p, time));
  const text =
    paragraphs.length > 0
      ? paragraphText(paragraphs, whitespace)
      : textOf(body, {
          whitespace,
          skip: (element) =>
            element === sender || element === time || /^(BUTTON|TEXTAREA|FORM)$/i.test(element.tagName),
        });
  if (!text) return null;
  const author = sender ? lineOf(sender).replace(/さん$/, '') || undefined : undefined;
  const at =
    parseSiteDate(time?.getAttribute('datetime'), { now: options.now }) ??
    parseSiteDate(time ? lineOf(time) : null, { now: options.now });
  const message: MessageFacts = { own: options.ownOf(sender, author), at, text };
  if (author) message.author = author;
  return message;
}

/** Same sender and time, and one text is the start of the other (a "…" preview). */
function isPreviewPair(a: MessageFacts, b: MessageFacts): boolean {
  if (a.author !== b.author || a.at !== b.at) return false;
  // Previews drop line breaks, so compare without white space.
  const squeeze = (text: string) => text.replace(/\s+/g, '').replace(/(?:\.\.\.|…)$/, '');
  const [short, long] = a.text.length <= b.text.length ? [a.text, b.text] : [b.text, a.text];
  const stem = squeeze(short);
  return stem.length > 0 && squeeze(long).startsWith(stem);
}

/** Reads the messages under `root` (see the module comment). */
export function readThread(root: Element | null, options: ThreadReadOptions): ThreadRead {
  if (!root) return { messages: [], items: [], via: 'none' };
  let items: Element[] = [];
  let via: ThreadRead['via'] = 'none';
  for (const selector of options.itemSelectors) {
    items = findAll(root, selector, MAX_MESSAGES);
    if (items.length > 0) {
      via = 'selectors';
      break;
    }
  }
  if (items.length === 0) {
    const seen = new Set<Element>();
    for (const time of findAll(root, 'time', MAX_MESSAGES)) {
      const item = itemAroundTime(time, root);
      if (!seen.has(item)) {
        seen.add(item);
        items.push(item);
      }
    }
    if (items.length > 0) via = 'time-elements';
  }
  // Nested matches (an item inside another) would read one message twice; items come in
  // document order, so a nested one directly follows its container.
  let container: Element | null = null;
  items = items.filter((item) => {
    if (container && container.contains(item)) return false;
    container = item;
    return true;
  });
  const messages: MessageFacts[] = [];
  const read: Element[] = [];
  for (const item of items) {
    const message = readItem(item, options);
    if (!message) continue;
    read.push(item);
    const previous = messages[messages.length - 1];
    if (previous && isPreviewPair(previous, message)) {
      // A collapsed preview and its full body: one message, kept in full.
      if (message.text.length > previous.text.length) messages[messages.length - 1] = message;
      continue;
    }
    messages.push(message);
  }
  return { messages, items: read, via };
}

/** The latest `at` among messages the other party wrote (own === false), or null. */
export function lastOtherMessageAt(messages: readonly MessageFacts[]): string | null {
  let latest: { at: string; time: number } | null = null;
  for (const message of messages) {
    if (message.own !== false || !message.at) continue;
    const time = Date.parse(message.at);
    if (!Number.isNaN(time) && (!latest || time > latest.time)) latest = { at: message.at, time };
  }
  return latest?.at ?? null;
}
