/**
 * The eBay Messages inbox (/cnt/ViewMessage): one card per conversation. Evidence (a 2026 assistant
 * that reads this page): cards are `.message-button[data-conversation-id]` with `.card__username`,
 * `.message-subject` (a visually hidden "Unread, <subject>"), `.card__time` ("4h", "2d", "Yesterday")
 * and an `unread` class; eBay's own notices carry a `data-testid` containing "from-ebay". We anchor
 * on the `data-conversation-id` attribute and on what the card says, and use the class names only
 * as dated fallbacks. eBay shows no "response needed" flag we know of: a member's card waits for
 * the seller unless its preview is the seller's own turn ("You: …") or it says it was answered.
 */
import type { InboxThread } from '../../features/reply/adapter';
import { collapseWhitespace } from '../parse';
import { matchCardMarker, matchSenderRole, startsWithSellerTurn } from './messaging-labels';
import { textOf, textPieces, walk } from './messaging-dom';
import { parseIsoAttribute, timestampText, type TimeContext } from './messaging-time';

const ORDER_ID_IN_TEXT = /(?<!\d)\d{2}-\d{5}-\d{5}(?!\d)/;
/** eBay user ids: letters, digits and . _ - * (no spaces). */
export const USER_ID = /^[\p{L}\d._*-]{2,64}$/u;
const CONVERSATION_ID = /^[\w.:~-]{1,120}$/;
const ROW_ELEMENT = 'li, tr, [role="row"], [role="listitem"], [role="option"]';
const MAX_NAME = 500;

/** Dated fallbacks, newest first; the attribute and the card's words decide before them. */
export const CARD_SELECTORS = [{ since: '2026 /cnt/ViewMessage (evidence)', selector: '.message-button' }] as const;
export const USERNAME_SELECTORS = [{ since: '2026 /cnt/ViewMessage (evidence)', selector: '.card__username' }] as const;

function param(url: URL, ...names: string[]): string | null {
  const wanted = names.map((n) => n.toLowerCase());
  for (const [key, value] of url.searchParams) if (wanted.includes(key.toLowerCase()) && value) return value;
  return null;
}

/** The conversation a URL opens: conversation_id / question_id (or their camel-case forms). */
export function conversationIdParam(url: URL): string | null {
  const id = param(url, 'conversation_id', 'conversationId', 'question_id', 'questionId');
  return id && CONVERSATION_ID.test(id) ? id : null;
}

/** Whether the URL names a conversation at all (valid or not). */
export function namesConversation(url: URL): boolean {
  return ['conversation_id', 'conversationid', 'question_id', 'questionid', 'other_user_id'].some((n) => [...url.searchParams.keys()].some((k) => k.toLowerCase() === n));
}

export interface Card {
  row: Element;
  link: HTMLAnchorElement | null;
}

/** Conversation cards in page order: `[data-conversation-id]`, else conversation links, else the dated class. */
export function findCards(doc: Document): Card[] {
  const outermost = (els: Element[]) => els.filter((el) => !el.closest('[data-helloword]') && !els.some((other) => other !== el && other.contains(el)));
  const byAttribute = outermost(Array.from(doc.querySelectorAll('[data-conversation-id]')));
  if (byAttribute.length > 0) return byAttribute.map((row) => ({ row, link: row.querySelector('a[href]') ?? (row.localName === 'a' ? (row as HTMLAnchorElement) : null) }));

  const cards: Card[] = [];
  for (const link of Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    if (link.closest('[data-helloword]')) continue;
    let url: URL;
    try {
      url = new URL(link.getAttribute('href') ?? '', doc.baseURI);
    } catch {
      continue;
    }
    if (!/^\/cnt\/viewmessage\/?$/i.test(url.pathname) || !conversationIdParam(url)) continue;
    const row = link.closest(ROW_ELEMENT) ?? link;
    if (cards[cards.length - 1]?.row === row) continue;
    while (cards.length > 0 && cards[cards.length - 1]!.row.contains(row)) cards.pop();
    cards.push({ row, link });
  }
  if (cards.length > 0) return cards;
  for (const { selector } of CARD_SELECTORS) {
    const rows = outermost(Array.from(doc.querySelectorAll(selector)));
    if (rows.length > 0) return rows.map((row) => ({ row, link: row.querySelector('a[href]') }));
  }
  return [];
}

/** A link the queue may show: same origin, http(s) only (never `javascript:`). */
function safeHref(link: HTMLAnchorElement | null, doc: Document): string | undefined {
  const raw = link?.getAttribute('href');
  if (!raw) return undefined;
  try {
    const url = new URL(raw, doc.baseURI);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== new URL(doc.baseURI).origin) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

function memberOfCard(row: Element, pieces: readonly string[], ctx: TimeContext): string | undefined {
  for (const { selector } of USERNAME_SELECTORS) {
    const name = textOf(row.querySelector(selector));
    if (name) return name;
  }
  const profile = row.querySelector('a[href*="/usr/"]');
  if (profile) return textOf(profile) || undefined;
  // The first piece shaped like a user id that is not a time, an order number, a marker or "You"/"Buyer".
  const isSide = (p: string) => {
    const role = matchSenderRole(p);
    return role === 'buyer' || role === 'seller';
  };
  return pieces.find((p) => USER_ID.test(p) && /\p{L}/u.test(p) && !ORDER_ID_IN_TEXT.test(p) && !timestampText(p, ctx) && !matchCardMarker(p) && !isSide(p));
}

export function readCard({ row, link }: Card, index: number, doc: Document, ctx: TimeContext): InboxThread {
  const pieces = textPieces(row, { controls: true });
  const linkUrl = safeHref(link, doc);
  const threadId =
    row.getAttribute('data-conversation-id')?.trim() || (linkUrl ? conversationIdParam(new URL(linkUrl)) : null) || `row-${index + 1}`;

  let marker: 'answered' | 'unread' | 'awaiting' | null = null;
  const note = (found: ReturnType<typeof matchCardMarker>) => {
    if (found && marker !== 'answered') marker = found === 'answered' || !marker ? found : marker;
  };
  let orderId: string | undefined;
  let receivedAt: string | undefined;
  let sellerTurn = false;
  for (const time of Array.from(row.querySelectorAll('time[datetime]'))) receivedAt ??= parseIsoAttribute(time.getAttribute('datetime') ?? '', ctx) ?? undefined;
  walk(
    row,
    {
      element: (el) => {
        const label = el.getAttribute('aria-label');
        if (label) note(matchCardMarker(label));
      },
      text: (t) => {
        const text = collapseWhitespace(t.data);
        if (!text) return;
        note(matchCardMarker(text));
        if (startsWithSellerTurn(text)) sellerTurn = true;
        orderId ??= ORDER_ID_IN_TEXT.exec(text)?.[0];
        receivedAt ??= timestampText(text, ctx, { dateOnly: true }) ?? undefined;
      },
    },
    { controls: true },
  );
  if (row.classList.contains('unread')) note('unread');

  const buyerName = memberOfCard(row, pieces, ctx);
  const fromEbay = /from-ebay/i.test(row.getAttribute('data-testid') ?? '') || (buyerName !== undefined && matchSenderRole(buyerName) === 'system');
  // A member's card waits unless the seller had the last word or the card says it was answered.
  const awaitingReply = !fromEbay && marker !== 'answered' && !sellerTurn;

  const thread: InboxThread = { element: row, threadId, awaitingReply };
  if (buyerName) thread.buyerName = buyerName.slice(0, MAX_NAME);
  if (orderId) thread.orderId = orderId;
  if (receivedAt) thread.receivedAt = receivedAt;
  if (linkUrl) thread.href = linkUrl;
  return thread;
}
