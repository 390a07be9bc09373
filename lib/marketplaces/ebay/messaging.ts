/**
 * eBay Messages (F6, F23, F24): the inbox, a conversation, and the member-to-member reply page.
 *
 * Public evidence (read 2026; /work/shared/reference/marketplace-dom/selectors-seen-in-public-code.md
 * and public code that opens or reads these pages):
 *  - M2M reply: `/ulk/messages/reply?M2MContact&item=<item>&requested=<buyer>&redirect=0` (a 2026
 *    help-desk links every eBay site's conversations this way) and
 *    `/cnt/ReplyToMessages?M2MContact&item=…&requested=…&qid=…&redirect=0&self=<seller>` (eBay's own
 *    tracking-service tests, 2022; the same path takes the reply as a POST with `message`,
 *    `questionId`, `itemId`, `recipientId`).
 *  - inbox: `/cnt/ViewMessage?group_type=CORE` and `/cnt/viewMessage?group_type=CORE&conversation_type=
 *    FROM_MEMBERS&status=UNREAD` (several 2024–2026 scripts); its cards: see messaging-inbox.ts.
 *  - a conversation: `/cnt/viewMessage?group_type=CORE&question_id=<message id>` (a 2026 bot links
 *    each buyer message so) and `/cnt/ViewMessage?reference_id=<item>&other_user_id=<member>&
 *    group_type=CORE&reference_type=LISTING` (a seller's "contact me" link). `conversation_id=` is
 *    our guess for a card opened in place (LOW confidence: whether a click changes the URL is unknown).
 *  - one 2026 reader says an opened message's body renders in a same-origin `iframe#app__email-iframe`;
 *    eBay's 2022 seller news says the new messaging shows member messages as plain text, grouped by
 *    buyer and listing. We read the conversation in the page and, failing that, in that frame.
 * Seen but NOT supported (and not injected): legacy `mesg.ebay.<site>/mesgweb/ViewMessages/0` and
 * `www.ebay.com/mesg/…` entry points (what they render today is unknown).
 * NOT FOUND publicly: the markup of a conversation and of the reply page. We read them by what any
 * such page must show — ARIA message logs, sender lines ("You", "jane_doe_88 wrote:", the member's
 * id), times, order and item numbers and labels (labels.ts), `/usr/` and `/itm/` links — and use
 * class names only as dated fallbacks.
 */
import { currencyOf } from '../../domain/countries';
import type { InboxThread, MessagingAdapter, MessagingSurface, SurfaceDefinition, ThreadRead } from '../../features/reply/adapter';
import { countryFromName } from '../countries';
import { collapseWhitespace, parseDate, parseMoney, type DateOrder } from '../parse';
import { EBAY_HOSTS, isEbayHost } from './hosts';
import { blockText, cut, INLINE_TAGS, isControl, isSkippedElement, ownText, textOf, walk } from './messaging-dom';
import { CARD_SELECTORS, conversationIdParam, findCards, namesConversation, readCard, USER_ID, USERNAME_SELECTORS } from './messaging-inbox';
import {
  fold,
  isNonBodySection,
  matchMemberHeader,
  matchSenderPhrase,
  matchSenderRole,
  SITE_LANGUAGES,
  SITE_TIME_ZONES,
  type SenderRole,
} from './messaging-labels';
import { parseIsoAttribute, timestampText, type TimeContext } from './messaging-time';
import { newDraft, scanRow, type Draft } from './scan';

// ── Surfaces ─────────────────────────────────────────────────────────────────────────────────

const VIEW_MESSAGE_PATH = /^\/cnt\/viewmessage\/?$/i;
const M2M_REPLY_PATH = /^\/(?:ulk\/messages\/reply|cnt\/replytomessages)\/?$/i;
const ITEM_ID = /^\d{9,14}$/;

function param(url: URL, ...names: string[]): string | null {
  const wanted = names.map((n) => n.toLowerCase());
  for (const [key, value] of url.searchParams) if (wanted.includes(key.toLowerCase()) && value) return value.trim();
  return null;
}

/** A conversation about a listing with a member: `reference_id=<item>&other_user_id=<member>`. */
function listingConversation(url: URL): { itemId: string; member: string } | null {
  const itemId = param(url, 'reference_id');
  const member = param(url, 'other_user_id');
  return itemId && ITEM_ID.test(itemId) && member && USER_ID.test(member) ? { itemId, member } : null;
}

/** The member and item an M2M reply page is about (`item=`, `requested=`), both required. */
function m2mTarget(url: URL): { itemId: string; member: string; questionId: string | null } | null {
  const itemId = param(url, 'item', 'itemid');
  const member = param(url, 'requested');
  if (!itemId || !ITEM_ID.test(itemId) || !member || !USER_ID.test(member)) return null;
  const qid = param(url, 'qid');
  return { itemId, member, questionId: qid && /^\d{1,20}$/.test(qid) ? qid : null };
}

export const ebayMessagesInbox: SurfaceDefinition = {
  kind: 'inbox',
  title: 'Messages',
  test: (url) => VIEW_MESSAGE_PATH.test(url.pathname) && !namesConversation(url),
  examples: [
    // Seen in public scripts (2024–2026):
    'https://www.ebay.com/cnt/ViewMessage?group_type=CORE',
    'https://www.ebay.com/cnt/viewMessage?group_type=CORE&conversation_type=FROM_MEMBERS&status=UNREAD',
    'https://www.ebay.com/cnt/ViewMessage?_caprdt=1&group_type=CORE',
    // The same page on other sites (modelled):
    'https://www.ebay.de/cnt/ViewMessage?group_type=CORE&conversation_type=FROM_MEMBERS',
    'https://www.ebay.co.uk/cnt/ViewMessage',
  ],
};

export const ebayMessagesConversation: SurfaceDefinition = {
  kind: 'thread',
  title: 'Messages conversation',
  test: (url) => VIEW_MESSAGE_PATH.test(url.pathname) && (conversationIdParam(url) !== null || listingConversation(url) !== null),
  examples: [
    // Shapes seen in public code (2026):
    'https://www.ebay.com/cnt/viewMessage?group_type=CORE&question_id=2412462805015',
    'https://www.ebay.co.uk/cnt/ViewMessage?reference_id=146851899616&other_user_id=jane_doe_88&_caprdt=1&group_type=CORE&reference_type=LISTING',
    // Our guess for a card opened in place (low confidence):
    'https://www.ebay.de/cnt/ViewMessage?group_type=CORE&conversation_type=FROM_MEMBERS&conversation_id=2498765432101',
  ],
};

export const ebayM2MReply: SurfaceDefinition = {
  kind: 'contact',
  title: 'Reply to a member (M2M)',
  test: (url) => M2M_REPLY_PATH.test(url.pathname) && m2mTarget(url) !== null,
  examples: [
    'https://www.ebay.com/ulk/messages/reply?M2MContact&item=256012340001&requested=jane_doe_88&redirect=0',
    'https://www.ebay.de/ulk/messages/reply?M2MContact&item=256012340001&requested=kaeufer_123&redirect=0',
    'https://www.ebay.co.uk/cnt/ReplyToMessages?M2MContact&item=164208764236&requested=chevy.ray&qid=2412462805015&redirect=0&self=bbpexpress',
  ],
};

export const ebayMessagingSurfaces: readonly SurfaceDefinition[] = [ebayMessagesInbox, ebayMessagesConversation, ebayM2MReply];

/** eBay URLs no surface may accept: buyers' contact pages, a reply page without its member, bad ids. */
export const ebayMessagingUnsupportedExamples: readonly string[] = [
  'https://www.ebay.com/ulk/messages/reply?M2MContact&redirect=0',
  'https://www.ebay.com/ulk/messages/reply?M2MContact&item=256012340001&redirect=0',
  'https://www.ebay.com/ulk/messages/reply?M2MContact&item=undefined&requested=jane_doe_88',
  'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&question_id=%3Cscript%3E',
  'https://www.ebay.com/cnt/ViewMessage?reference_id=146851899616&other_user_id=&group_type=CORE',
  'https://www.ebay.com/cnt/intermediatedFAQ?requested=sunrise_goods',
  'https://www.ebay.com/cnt/FindAnswers?ShowSellerFAQ=&item_id=326150465337&requested=drwirelessli&redirect=0',
  'https://www.ebay.com/cnt/TrackPackage?orderId=12-34567-89012',
  'https://www.ebay.com/mesg/eBayMessageCenterEnter',
  'https://mesg.ebay.com/mesgweb/ViewMessages/0',
];

export function detectEbayMessagingSurface(url: URL): MessagingSurface | null {
  return ebayMessagingSurfaces.find((surface) => surface.test(url))?.kind ?? null;
}

// ── The site a page is on ────────────────────────────────────────────────────────────────────

export interface Site {
  country: string | null;
  language: string;
  timeZone: string | undefined;
  dateOrder: DateOrder;
}

/** ebay.de → German, Europe/Berlin, day first; ebay.com → English, Pacific ("eBay time"), month first. */
export function siteOf(url: URL): Site {
  const country = isEbayHost(url.hostname) ? EBAY_HOSTS[url.hostname] : null;
  return {
    country,
    language: (country && SITE_LANGUAGES[country]) || 'en',
    timeZone: country ? SITE_TIME_ZONES[country] : undefined,
    dateOrder: country === 'US' || country === 'CA' ? 'MDY' : 'DMY',
  };
}

const timeContext = (site: Site, now: number): TimeContext => ({ dateOrder: site.dateOrder, timeZone: site.timeZone, now });

// ── Reply box ────────────────────────────────────────────────────────────────────────────────

/** Dated fallbacks: the reply page posts its text as `message` (2022–2023 scripts that post it). */
export const REPLY_BOX_SELECTORS = [{ since: '2022–2023 ReplyToMessages form field (evidence)', selector: 'textarea[name="message"]' }] as const;

function usable(el: HTMLElement): boolean {
  return !el.closest('[data-helloword], [hidden], [aria-hidden="true"]') && !el.hasAttribute('disabled') && !el.hasAttribute('readonly') && el.getAttribute('aria-disabled') !== 'true';
}

/** The box the agent types in: the reply form's textarea, else the last usable textarea, else a contenteditable textbox. */
/** Every dated selector of the messaging adapter, for the conventions test (each must still match a fixture). */
export const EBAY_MESSAGING_SELECTORS = { card: CARD_SELECTORS, username: USERNAME_SELECTORS, replyBox: REPLY_BOX_SELECTORS } as const;

export function findEbayReplyBox(doc: Document): HTMLElement | null {
  for (const { selector } of REPLY_BOX_SELECTORS) {
    const found = Array.from(doc.querySelectorAll<HTMLElement>(selector)).filter(usable).pop();
    if (found) return found;
  }
  const last = (list: NodeListOf<HTMLElement>) => Array.from(list).filter(usable).pop() ?? null;
  return (
    last(doc.querySelectorAll<HTMLElement>('textarea')) ??
    last(doc.querySelectorAll<HTMLElement>('[contenteditable="true"][role="textbox"], [contenteditable=""][role="textbox"]')) ??
    last(doc.querySelectorAll<HTMLElement>('[contenteditable="true"], [contenteditable=""]'))
  );
}

// ── Messages ─────────────────────────────────────────────────────────────────────────────────

const MAX = { message: 20_000, name: 500, title: 2000, sku: 200, id: 100, carrier: 100 } as const;

interface ThreadMessage {
  role: SenderRole | null;
  sender?: string | undefined;
  at?: string | undefined;
  text: string;
}

/**
 * Elements that are one message each: a chat log's items, else articles, else blocks around sender
 * lines, else blocks around times. `excluded` subtrees (inbox cards, the reply box) are never read;
 * a message never holds the reply box.
 */
function findMessageElements(doc: Document, excluded: (el: Element) => boolean, box: Element | null): Element[] {
  const free = (el: Element) => !el.closest('[data-helloword]') && !isExcluded(el, excluded);
  const items: Element[] = [];
  for (const log of Array.from(doc.querySelectorAll('[role="log"], [role="feed"]')).filter(free)) {
    let list: Element = log;
    while (list.children.length === 1 && list.firstElementChild && isListWrapper(list.firstElementChild)) list = list.firstElementChild;
    for (const child of Array.from(list.children)) if (!isSeparator(child) && !isSkippedElement(child) && !(box && child.contains(box))) items.push(child);
  }
  if (items.length > 0) return items;
  const articles = Array.from(doc.querySelectorAll('[role="article"], article')).filter((el) => free(el) && !(box && el.contains(box)));
  const outermost = articles.filter((el) => !articles.some((other) => other !== el && other.contains(el)));
  if (outermost.length > 0) return outermost;
  return blocksAround(senderLines(doc, excluded), (el) => !(box && el.contains(box)));
}

function isExcluded(el: Element, excluded: (el: Element) => boolean): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (excluded(node)) return true;
  return false;
}

function isListWrapper(el: Element): boolean {
  const role = el.getAttribute('role');
  return el.localName === 'ul' || el.localName === 'ol' || role === 'list' || role === 'presentation' || role === 'none';
}

function isSeparator(el: Element): boolean {
  const role = el.getAttribute('role');
  return el.localName === 'hr' || role === 'separator' || role === 'heading' || /^h[1-6]$/.test(el.localName);
}

/** The deepest elements whose whole text is a sender line ("jane_doe_88 wrote:"), else `<time>` elements. */
function senderLines(doc: Document, excluded: (el: Element) => boolean): Element[] {
  const lines: Element[] = [];
  const body = doc.body ?? doc.documentElement;
  walk(body, {
    element: (el) => {
      if (excluded(el) || el.hasAttribute('data-helloword')) return true;
      const text = textOf(el);
      if (text.length > 0 && text.length <= 120 && matchSenderPhrase(text) && !Array.from(el.children).some((c) => textOf(c) === text)) {
        lines.push(el);
        return true;
      }
      return false;
    },
  });
  return lines.length > 0 ? lines : Array.from(doc.querySelectorAll('time')).filter((t) => !t.closest('[data-helloword]') && !isExcluded(t, excluded));
}

/** For each marker, its outermost ancestor that holds no other marker (and may hold a message): one message per marker. */
function blocksAround(markers: Element[], mayHold: (el: Element) => boolean): Element[] {
  const blocks: Element[] = [];
  for (const marker of markers) {
    let block: Element = marker;
    for (let parent = block.parentElement; parent && parent.localName !== 'body' && mayHold(parent) && markers.every((m) => m === marker || !parent!.contains(m)); parent = parent.parentElement) {
      block = parent;
    }
    if (block !== marker && !blocks.includes(block)) blocks.push(block);
  }
  return blocks;
}

type Part = 'meta' | 'body' | 'skip';

function classifyPart(child: Element, ctx: TimeContext): Part {
  if (isSkippedElement(child) || isControl(child)) return 'skip';
  const label = child.getAttribute('aria-label');
  if (label && isNonBodySection(label)) return 'skip';
  const heading = child.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
  if (heading && isNonBodySection(textOf(heading))) return 'skip';
  if (child.localName === 'time' || child.querySelector('time') || child.localName === 'header' || /^h[1-6]$/.test(child.localName)) return 'meta';
  const text = textOf(child);
  if (text.length > 120) return 'body';
  if (isNonBodySection(text)) return 'skip';
  let meta = false;
  walk(child, {
    text: (t) => {
      const piece = collapseWhitespace(t.data);
      if (piece && (matchSenderRole(piece) || matchSenderPhrase(piece) || timestampText(piece, ctx))) meta = true;
    },
  });
  return meta ? 'meta' : 'body';
}

/** Who wrote a sender piece: a role word, a phrase naming the sender, or the member's id. */
function roleOfName(name: string, member: string | undefined): SenderRole | null {
  const asRole = matchSenderRole(name);
  if (asRole) return asRole;
  if (member && memberKey(name) === memberKey(member)) return 'buyer';
  return null;
}

/** A message's sender line, time and text, told apart by structure: the line with a time or sender is not the text. */
function readMessage(el: Element, ctx: TimeContext, member: string | undefined): ThreadMessage | null {
  let root: Element = el;
  while (root.children.length === 1 && root.firstElementChild && !ownText(root) && !isSkippedElement(root.firstElementChild)) root = root.firstElementChild;

  const children = Array.from(root.children);
  const parts = children.map((child) => classifyPart(child, ctx));
  // A short inline piece before the sender line's time or role word ("<b>jane</b> <span>3:12 PM</span>") belongs to it.
  const firstMeta = parts.indexOf('meta');
  for (let i = 0; i < firstMeta; i++) {
    const child = children[i]!;
    if (parts[i] === 'body' && INLINE_TAGS.has(child.localName) && textOf(child).length <= 80) parts[i] = 'meta';
  }

  const metaTexts: string[] = [];
  let at: string | undefined;
  const readMeta = (node: Element) => {
    for (const time of node.localName === 'time' ? [node] : Array.from(node.querySelectorAll('time'))) {
      at ??= parseIsoAttribute(time.getAttribute('datetime') ?? '', ctx) ?? timestampText(textOf(time), ctx, { dateOnly: true }) ?? undefined;
    }
    walk(node, {
      element: (child) => child.localName === 'time',
      text: (t) => {
        const text = collapseWhitespace(t.data);
        if (text) metaTexts.push(text);
      },
    });
  };
  children.forEach((child, i) => parts[i] === 'meta' && readMeta(child));

  const bodies = children.filter((_, i) => parts[i] === 'body');
  const text = bodies.length > 0 ? bodies.map(blockText).filter(Boolean).join('\n\n') : children.length === 0 || firstMeta < 0 ? blockText(root) : '';

  let role: SenderRole | null = null;
  let sender: string | undefined;
  for (const piece of metaTexts) {
    const phrase = matchSenderPhrase(piece);
    const name = phrase ?? piece;
    const asRole = roleOfName(name, member);
    if (asRole) {
      role ??= asRole;
      if (asRole === 'buyer') sender ??= name;
      continue;
    }
    const time = timestampText(piece, ctx);
    if (time) {
      at ??= time;
      continue;
    }
    if (/^[\p{P}\p{S}\s\d]*$/u.test(piece) || piece.length > 120) continue;
    sender ??= name.replace(/^[(\s]+|[):：\s]+$/g, '');
  }
  if (!role) {
    const label = el.getAttribute('aria-label') ?? root.getAttribute('aria-label') ?? '';
    const named = label ? matchSenderPhrase(label) : null;
    role = named ? roleOfName(named, member) : null;
  }
  // Two people talk here: a named sender who is not the member (nor eBay) is the seller.
  if (!role && sender && member) role = 'seller';
  if (!role) role = roleFromClassName(`${el.getAttribute('class') ?? ''} ${root.getAttribute('class') ?? ''}`);
  return text ? { role, sender, at, text } : null;
}

/** Class-name tokens chat UIs use for the two sides; consulted only when nothing else tells. */
const CLASS_ROLE_TOKENS: Record<'buyer' | 'seller', readonly string[]> = {
  buyer: ['inbound', 'incoming', 'received', 'receiver', 'buyer', 'left', 'them', 'other'],
  seller: ['outbound', 'outgoing', 'sent', 'sender', 'seller', 'self', 'own', 'mine', 'me', 'right'],
};

function roleFromClassName(className: string): 'buyer' | 'seller' | null {
  const tokens = new Set(className.toLowerCase().split(/[^a-z]+/));
  const buyer = CLASS_ROLE_TOKENS.buyer.some((t) => tokens.has(t));
  const seller = CLASS_ROLE_TOKENS.seller.some((t) => tokens.has(t));
  return buyer === seller ? null : buyer ? 'buyer' : 'seller';
}

/** Oldest first: by time when every message has one, else page order (reversed when the page lists newest first). */
function chronological(messages: ThreadMessage[]): ThreadMessage[] {
  const timed = messages.filter((m) => m.at);
  if (timed.length === messages.length) return [...messages].sort((a, b) => Date.parse(a.at!) - Date.parse(b.at!));
  if (timed.length >= 2 && Date.parse(timed[0]!.at!) > Date.parse(timed[timed.length - 1]!.at!)) return [...messages].reverse();
  return messages;
}

/** The buyer's latest messages: those after the seller's last reply, else (answered) the last buyer run before it. */
function latestBuyerRun(messages: ThreadMessage[]): { run: ThreadMessage[]; unanswered: boolean } {
  const lastSeller = messages.map((m) => m.role).lastIndexOf('seller');
  const after = messages.slice(lastSeller + 1).filter((m) => m.role === 'buyer');
  if (after.length > 0) return { run: after, unanswered: true };
  const before: ThreadMessage[] = [];
  for (let i = lastSeller - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.role === 'buyer') before.unshift(m);
    else if (m.role === 'seller' && before.length > 0) break;
  }
  return { run: before, unanswered: false };
}

// ── The member and the order beside the conversation ─────────────────────────────────────────

/** "jane_doe_88 (152)", "jane_doe_88 ★" → "jane_doe_88" (the feedback score is not the name). */
function memberName(text: string): string {
  return collapseWhitespace(text.replace(/\s*[(（]\s*[\d.,]+\s*[★☆✩✪✫✬✭✮✯⭐]?\s*[)）]\s*$/u, '').replace(/[\s★☆⭐]+$/u, ''));
}

function memberKey(text: string): string {
  return fold(memberName(text));
}

/** Subtrees outside the messages, the reply box and the inbox cards: where the order card and headers are. */
function factRoots(doc: Document, excluded: (el: Element) => boolean): Element[] {
  const body = doc.body ?? doc.documentElement;
  const holders = new Set<Element>();
  const roots: Element[] = [];
  const all = Array.from(body.querySelectorAll('*')).filter((el) => excluded(el) || el.hasAttribute('data-helloword'));
  for (const el of all) for (let p = el.parentElement; p && !holders.has(p); p = p.parentElement) holders.add(p);
  const visit = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (excluded(child) || child.hasAttribute('data-helloword') || isSkippedElement(child)) continue;
      if (holders.has(child)) visit(child);
      else roots.push(child);
    }
  };
  if (!excluded(body)) visit(body);
  return roots;
}

interface PageFacts {
  draft: Draft;
  /** From a header ("Conversation with …") or a profile link in a heading, then any profile link. */
  member?: string | undefined;
}

const PROFILE_LINK = 'a[href*="/usr/"]';

function readPageFacts(roots: readonly Element[], dateOrder: DateOrder): PageFacts {
  const draft = newDraft();
  let header: string | undefined;
  let headingProfile: string | undefined;
  let anyProfile: string | undefined;
  for (const root of roots) {
    for (const heading of [root, ...Array.from(root.querySelectorAll('h1, h2, h3, h4, [role="heading"]'))]) {
      if (!/^h[1-4]$/.test(heading.localName) && heading.getAttribute('role') !== 'heading') continue;
      const text = textOf(heading);
      header ??= matchMemberHeader(text) ?? undefined;
      const link = heading.querySelector(PROFILE_LINK);
      if (link) headingProfile ??= profileId(link) ?? (textOf(link) || undefined);
    }
    const link = root.matches(PROFILE_LINK) ? root : root.querySelector(PROFILE_LINK);
    if (link) anyProfile ??= profileId(link) ?? (textOf(link) || undefined);
    scanRow(draft, root, dateOrder);
  }
  const member = header ?? headingProfile ?? anyProfile;
  return { draft, member: member ? memberName(member) : undefined };
}

/** `/usr/jane_doe_88?…` → "jane_doe_88". */
function profileId(link: Element): string | null {
  const m = /\/usr\/([^/?#]+)/.exec(link.getAttribute('href') ?? '');
  if (!m?.[1]) return null;
  try {
    const id = decodeURIComponent(m[1]);
    return USER_ID.test(id) ? id : null;
  } catch {
    return null;
  }
}

/** "Nov 24, 2026 – Nov 26, 2026" → the last date of a range (the latest promise); a single date as is. */
function dateOf(text: string | undefined, order: DateOrder): string | undefined {
  if (!text) return undefined;
  for (const part of text.split(/\s[–—-]\s|\s(?:to|bis|au|al|a)\s/).reverse()) {
    const date = parseDate(part, order);
    if (date) return date;
  }
  return undefined;
}

// ── The adapter ──────────────────────────────────────────────────────────────────────────────

export interface EbayConversation {
  thread: ThreadRead;
  /** The listing the conversation is about (ThreadFacts has no field for it). */
  itemId?: string;
}

/**
 * The documents a conversation may be in: the page, then a same-origin message frame (a 2026 reader
 * found the open message's body in `iframe#app__email-iframe`).
 */
function conversationDocuments(doc: Document): Document[] {
  const docs = [doc];
  for (const frame of Array.from(doc.querySelectorAll<HTMLIFrameElement>('iframe#app__email-iframe, iframe[title*="message" i]'))) {
    try {
      const inner = frame.contentDocument;
      if (inner?.body) docs.push(inner);
    } catch {
      // A cross-origin frame: not ours to read.
    }
  }
  return docs;
}

/** What a conversation or reply page shows: the buyer's latest message(s), the member, the item and order. */
export function readEbayConversation(doc: Document, url: URL, now = Date.now()): EbayConversation | null {
  const surface = detectEbayMessagingSurface(url);
  if (surface !== 'thread' && surface !== 'contact') return null;
  const site = siteOf(url);
  const ctx = timeContext(site, now);
  const box = findEbayReplyBox(doc);
  const cards = new Set(findCards(doc).map((c) => c.row));

  let messageElements: Element[] = [];
  for (const candidate of conversationDocuments(doc)) {
    messageElements = findMessageElements(candidate, (el) => cards.has(el) || el === box, candidate === doc ? box : null);
    if (messageElements.length > 0) break;
  }
  const messageSet = new Set(messageElements);
  const excluded = (el: Element) => messageSet.has(el) || cards.has(el) || el === box;
  const facts = readPageFacts(factRoots(doc, excluded), site.dateOrder);

  const listing = listingConversation(url);
  const m2m = surface === 'contact' ? m2mTarget(url) : null;
  const member = m2m?.member ?? listing?.member ?? facts.member;

  const messages = chronological(messageElements.map((el) => readMessage(el, ctx, member)).filter((m): m is ThreadMessage => m !== null));
  if (surface === 'thread' && messages.length === 0) return null;
  const { run, unanswered } = latestBuyerRun(messages);
  const joined = run.map((m) => m.text).join('\n\n');
  const buyerMessage = joined.length > MAX.message ? joined.slice(-MAX.message) : joined;
  const buyerName = member ?? run.find((m) => m.sender)?.sender;
  const receivedAt = unanswered ? run.find((m) => m.at)?.at : undefined;

  const { draft } = facts;
  const item = draft.items[0];
  const itemId = m2m?.itemId ?? listing?.itemId ?? item?.itemId;
  const shipCountry = (draft.shipTo && countryOfLines(draft.shipTo)) ?? site.country ?? undefined;
  const moneyText = draft.orderTotal ?? item?.price;
  const money = moneyText ? parseMoney(moneyText, { currency: currencyOf(site.country ?? '') }) : null;
  const threadId = conversationIdParam(url) ?? m2m?.questionId ?? (member && itemId ? `${memberName(member)}:${itemId}` : undefined);

  const thread: ThreadRead = {};
  const set = <K extends keyof ThreadRead>(key: K, value: ThreadRead[K] | undefined | null) => {
    if (value !== undefined && value !== null && value !== '') thread[key] = value;
  };
  set('threadId', cut(threadId, 200));
  set('orderId', draft.orderId);
  set('buyerName', cut(buyerName, MAX.name));
  set('buyerMessage', buyerMessage || undefined);
  set('receivedAt', receivedAt);
  set('productTitle', cut(item?.title, MAX.title));
  set('sku', cut(item?.sku, MAX.sku));
  set('trackingNumber', cut(draft.tracking, MAX.id));
  set('carrier', cut(draft.carrier, MAX.carrier));
  set('shippedOn', dateOf(draft.shippedOn, site.dateOrder));
  set('expectedDelivery', dateOf(draft.estimatedDelivery, site.dateOrder));
  set('orderValue', money ?? undefined);
  set('shipCountry', shipCountry && /^[A-Z]{2}$/.test(shipCountry) ? shipCountry : undefined);
  set('languageHint', site.language);
  return itemId ? { thread, itemId } : { thread };
}

function countryOfLines(lines: readonly string[]): string | undefined {
  const last = lines[lines.length - 1];
  return last ? (countryFromName(last) ?? countryFromName(last.split(',').pop() ?? '') ?? undefined) : undefined;
}

export function readEbayThread(doc: Document, url: URL, now = Date.now()): ThreadRead | null {
  return readEbayConversation(doc, url, now)?.thread ?? null;
}

export function listEbayThreads(doc: Document, url: URL, now = Date.now()): InboxThread[] {
  const ctx = timeContext(siteOf(url), now);
  return findCards(doc).map((card, index) => readCard(card, index, doc, ctx));
}

export const ebayMessaging: MessagingAdapter = {
  marketplace: 'ebay',
  surfaces: ebayMessagingSurfaces,
  // The URL alone tells the surfaces apart; the document is not needed.
  detectSurface: (url) => detectEbayMessagingSurface(url),
  readThread: (doc, url) => readEbayThread(doc, url),
  findReplyBox: findEbayReplyBox,
  listThreads: (doc, url) => listEbayThreads(doc, url),
};
