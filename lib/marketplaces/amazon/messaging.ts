/**
 * Amazon Buyer-Seller Messages (F6, F23, F24): the inbox, a thread, and the "contact buyer" page.
 *
 * What public evidence there is (/work/shared/reference/marketplace-dom/selectors-seen-in-public-code.md
 * and public scripts that open these pages):
 *  - inbox URLs `/messaging/inbox?fi=RESPONSE_NEEDED&pn=1`, `/messaging/inbox/ref=…?…&fi=RESPONSE_NEEDED`,
 *    `/messaging/inbox-v3?fi=responseNeeded`, searches `?fi=search&ss=<order id>` (2017–2023 scripts);
 *    the 2017–2019 inbox listed threads in `#threads-list` with `.thread-subject` ("… (Order: 111-…)"),
 *    `.thread-buyername` and `.thread-timestamp`;
 *  - the contact-buyer page `/messaging/contact?orderID=…&marketplaceID=…` is built from Katal web
 *    components: header `.ayb-contact-buyer-header h2` "Send message to <Name>", body
 *    `.contact-buyer-text-area kat-textarea` whose real `<textarea>` is in its shadow root.
 * NOT FOUND publicly: the markup of today's inbox rows and of a thread's messages, and the URL of a
 * thread. We read them by what any chat UI must show — ARIA roles of a message log, a sender line
 * with a role word or the buyer's name, a time, the order id pattern, visible labels — and use
 * class names only as the last hint. Thread URLs below are our best guess (low confidence).
 */
import { currencyOf } from '../../domain/countries';
import type { InboxThread, MessagingAdapter, MessagingSurface, SurfaceDefinition, ThreadRead } from '../../features/reply/adapter';
import { countryFromName } from '../countries';
import { AMAZON_SELLER_CENTRAL_HOSTS, isAmazonSellerCentralHost } from '../hosts';
import { collapseWhitespace, parseDate, parseMoney, parseMonthDay, toHalfWidth, type DateOrder } from '../parse';
import { matchLabel } from './labels';
import {
  fold,
  isNonBodySection,
  MARKETPLACE_ID_COUNTRY,
  MARKETPLACE_LANGUAGES,
  MARKETPLACE_TIME_ZONES,
  matchBuyerHeader,
  matchSenderRole,
  matchThreadLabel,
  matchThreadMarker,
  roleFromAriaLabel,
  roleFromClassName,
  TODAY_WORDS,
  YESTERDAY_WORDS,
  ZONE_OFFSETS,
  type SenderRole,
} from './messaging-labels';

// ── Surfaces ─────────────────────────────────────────────────────────────────────────────────

const ORDER_ID_EXACT = /^\d{3}-\d{7}-\d{7}$/;
const ORDER_ID_IN_TEXT = /(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)/;
const INBOX_PATH = /^\/messaging\/inbox(?:-v3)?(?:\/ref=[^/]*)?\/?$/i;
/** Modelled, not seen: a thread opened on its own page. */
const THREAD_PATH = /^\/messaging\/thread\/([\w.:~-]{4,200})\/?$/;
const CONTACT_PATH = /^\/messaging\/contact\/?$/i;
const THREAD_ID = /^[\w.:~-]{4,200}$/;

function queryParam(url: URL, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === wanted) return value;
  return null;
}

/** The thread an inbox URL has open in place (`…&threadId=<id>`, modelled). */
function threadIdParam(url: URL): string | null {
  const id = queryParam(url, 'threadId');
  return id && THREAD_ID.test(id) ? id : null;
}

function threadIdOf(url: URL): string | undefined {
  return THREAD_PATH.exec(url.pathname)?.[1] ?? (INBOX_PATH.test(url.pathname) ? threadIdParam(url) : null) ?? undefined;
}

function contactOrderId(url: URL): string | null {
  const id = queryParam(url, 'orderID')?.trim();
  return id && ORDER_ID_EXACT.test(id) ? id : null;
}

export const messagingInbox: SurfaceDefinition = {
  kind: 'inbox',
  title: 'Buyer-Seller Messages',
  test: (url) => INBOX_PATH.test(url.pathname) && !threadIdParam(url),
  examples: [
    'https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED',
    // Seen in public scripts (2017–2023):
    'https://sellercentral.amazon.com/messaging/inbox/ref=ag_cmin_wper_home?cs=-1406852990&ct=2596819448769383330&fi=RESPONSE_NEEDED&pn=1',
    'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded',
    'https://sellercentral.amazon.de/messaging/inbox?fi=search&ss=028-7719340-1183956',
    'https://sellercentral.amazon.com.br/messaging/inbox?fi=caseId&ss=14098812351&cc=14098812351',
    'https://sellercentral-europe.amazon.com/messaging/inbox',
  ],
};

/**
 * Low confidence: no public code shows a thread's URL. Two forms are accepted — the inbox with the
 * thread open in place (`threadId` in the query, as single-page inboxes keep the open item in the
 * URL) and a thread on its own page (`/messaging/thread/<id>`).
 */
export const messagingThread: SurfaceDefinition = {
  kind: 'thread',
  title: 'Buyer-Seller Messages thread',
  test: (url) => THREAD_PATH.test(url.pathname) || (INBOX_PATH.test(url.pathname) && threadIdParam(url) !== null),
  examples: [
    'https://sellercentral.amazon.com/messaging/thread/A2K9Q7XJ3M1EVR-8f3c21d0',
    'https://sellercentral.amazon.de/messaging/thread/A1DE77PQ0ZK3LM-5b2e90aa/',
    'https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED&threadId=A3US41MW8XR2TB-0c7d55e1',
    'https://sellercentral-europe.amazon.com/messaging/inbox-v3?threadId=A1FR30XK2QP9ZD-77aa01b3&fi=responseNeeded',
  ],
};

/** "Contact buyer" from an order: evidence (Katal page, `orderID` and `marketplaceID` in the query). */
export const messagingContact: SurfaceDefinition = {
  kind: 'contact',
  title: 'Contact buyer',
  test: (url) => CONTACT_PATH.test(url.pathname) && contactOrderId(url) !== null,
  examples: [
    'https://sellercentral.amazon.com/messaging/contact?orderID=114-3941689-8772232&marketplaceID=ATVPDKIKX0DER',
    'https://sellercentral.amazon.de/messaging/contact?orderID=028-7719340-1183956&marketplaceID=A1PA6795UKMFR9',
    'https://sellercentral-europe.amazon.com/messaging/contact?marketplaceID=A13V1IB3VIYZZH&orderID=402-5518023-7741160',
  ],
};

export const amazonMessagingSurfaces: readonly SurfaceDefinition[] = [messagingInbox, messagingThread, messagingContact];

/** Messaging URLs no surface may accept: no reply box there (request a review) or no order. */
export const amazonMessagingUnsupportedExamples: readonly string[] = [
  'https://sellercentral.amazon.com/messaging/reviews?orderId=114-3941689-8772232&marketplaceId=ATVPDKIKX0DER',
  'https://sellercentral.amazon.com/messaging/contact',
  'https://sellercentral.amazon.com/messaging/contact?orderID=undefined&marketplaceID=ATVPDKIKX0DER',
  'https://sellercentral.amazon.com/messaging/thread/',
  'https://sellercentral.amazon.com/messaging/settings',
];

export function detectMessagingSurface(url: URL): MessagingSurface | null {
  return amazonMessagingSurfaces.find((surface) => surface.test(url))?.kind ?? null;
}

// ── The marketplace a page is about ──────────────────────────────────────────────────────────

interface Market {
  country: string | null;
  dateOrder: DateOrder;
  /** IANA zone the page prints zone-less times in (assumed: the marketplace's home zone). */
  timeZone: string | undefined;
  language: string | undefined;
}

const DATE_ORDER_BY_COUNTRY: Record<string, DateOrder> = { US: 'MDY', CA: 'MDY', JP: 'YMD' };

/** `marketplaceID=` (contact page) first, else the host's country (null on the European host). */
export function marketOf(url: URL): Market {
  const byId = MARKETPLACE_ID_COUNTRY[queryParam(url, 'marketplaceID') ?? ''];
  const country = byId ?? (isAmazonSellerCentralHost(url.hostname) ? AMAZON_SELLER_CENTRAL_HOSTS[url.hostname] : null);
  return {
    country,
    dateOrder: (country && DATE_ORDER_BY_COUNTRY[country]) || 'DMY',
    timeZone: country ? MARKETPLACE_TIME_ZONES[country] : undefined,
    language: country ? MARKETPLACE_LANGUAGES[country] : undefined,
  };
}

// ── Times ────────────────────────────────────────────────────────────────────────────────────

export interface TimeContext {
  dateOrder: DateOrder;
  /** IANA zone for times printed without one; the browser's zone when absent. */
  timeZone?: string | undefined;
  /** "Today" and year-less dates are read against this instant (ms). */
  now: number;
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
/** A clock time: "3:12 PM", "15:12", "午後3:12", then an optional zone ("PST", "MEZ", "(UTC+1)", "GMT+01:00", "+0100"). */
const CLOCK =
  /(?<![\d:])(午前|午後|上午|下午)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)\s*(a\.?\s?m\.?|p\.?\s?m\.?)?(?:\s*Uhr)?(?:\s*\(?\s*(?:(?:GMT|UTC)\s*([+\-−]\s*\d{1,2})(?::?(\d{2}))?|([+\-−]\d{2}):?(\d{2})|([A-Z]{1,5}))\s*\)?)?(?![\p{L}\d])/iu;
const RELATIVE_DAY = new RegExp(`^(${[...TODAY_WORDS, ...YESTERDAY_WORDS].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])[,\\s]*(?:at|um|à|alle|a las)?`, 'iu');

const pad = (n: number) => String(n).padStart(2, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat | null>();

/** Minutes east of UTC in `timeZone` at the instant `utcMs`; null for an unknown zone. */
function zoneOffsetAt(timeZone: string, utcMs: number): number | null {
  let format = zoneFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      format = null;
    }
    zoneFormats.set(timeZone, format);
  }
  if (!format) return null;
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(utcMs))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts['year']!, parts['month']! - 1, parts['day']!, parts['hour']! % 24, parts['minute']!, parts['second']!);
  return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/** The offset (minutes) a wall-clock time has in `timeZone`, or in the browser's zone. */
function wallClockOffset(date: string, hours: number, minutes: number, timeZone: string | undefined): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  if (timeZone) {
    const guess = Date.UTC(y, mo - 1, d, hours, minutes);
    const first = zoneOffsetAt(timeZone, guess);
    if (first !== null) return zoneOffsetAt(timeZone, guess - first * 60_000) ?? first;
  }
  return -new Date(y, mo - 1, d, hours, minutes).getTimezoneOffset();
}

/** The calendar date at `utcMs` in the zone, shifted by `days`. */
function dateInZone(utcMs: number, timeZone: string | undefined, days = 0): string {
  const offset = timeZone ? (zoneOffsetAt(timeZone, utcMs) ?? 0) : -new Date(utcMs).getTimezoneOffset();
  const local = new Date(utcMs + offset * 60_000 + days * 86_400_000);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

function isoWithOffset(date: string, hours: number, minutes: number, seconds: number, offsetMinutes: number): string {
  return `${date}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}${offsetText(offsetMinutes)}`;
}

/** A `<time datetime>` value: kept when it carries an offset, else read in the marketplace's zone. */
function parseIsoAttribute(value: string, ctx: TimeContext): string | null {
  const m = ISO_DATE_TIME.exec(value.trim());
  if (!m) return null;
  const [, date, hh, mm, ss, zone] = m as unknown as [string, string, string, string, string | undefined, string | undefined];
  const [hours, minutes, seconds] = [Number(hh), Number(mm), Number(ss ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59 || !parseDate(date)) return null;
  if (zone) {
    const offset = zone.toUpperCase() === 'Z' ? 0 : Number(zone.slice(0, 3)) * 60 + Math.sign(Number(zone.slice(0, 3)) || 1) * Number(zone.slice(-2));
    return isoWithOffset(date, hours, minutes, seconds, offset);
  }
  return isoWithOffset(date, hours, minutes, seconds, wallClockOffset(date, hours, minutes, ctx.timeZone));
}

/**
 * A message time as the page prints it → ISO 8601 with offset, or null:
 * "Nov 21, 2026 3:12 PM PST", "21.11.2026 15:12 MEZ", "21/11/2026 15:12 (UTC+1)", "2026/11/21 15:12 JST",
 * "Today 9:41 AM", "Gestern, 15:12", "Nov 19, 3:12 PM" (this year), ISO strings. A printed zone wins;
 * without one the time is read in the marketplace's zone. A date alone is the start of that day
 * (which errs towards urgency on a reply clock).
 */
export function parseMessageTime(text: string, ctx: TimeContext): string | null {
  const s = toHalfWidth(collapseWhitespace(text)).replace(/[\u200e\u200f\u202a-\u202e]/g, '');
  if (s === '' || s.length > 80) return null;
  if (/^\d{4}-\d{2}-\d{2}T/i.test(s)) return parseIsoAttribute(s, ctx);

  const relative = RELATIVE_DAY.exec(s);
  const word = relative?.[1]?.toLowerCase().replace('’', "'");
  const date = word
    ? dateInZone(ctx.now, ctx.timeZone, YESTERDAY_WORDS.includes(word) ? -1 : 0)
    : (parseDate(s, ctx.dateOrder) ?? yearlessDate(s, ctx));
  if (!date) return null;

  const clock = CLOCK.exec(relative ? s.slice(relative[0].length) : s);
  if (!clock) return relative ? null : isoWithOffset(date, 0, 0, 0, wallClockOffset(date, 0, 0, ctx.timeZone));
  const [, cjkPeriod, hh, mm, ss, meridiem, gmtHours, gmtMinutes, numHours, numMinutes, abbreviation] = clock;
  let hours = Number(hh);
  const minutes = Number(mm);
  const period = meridiem?.toLowerCase().replace(/[.\s]/g, '');
  const pm = period === 'pm' || cjkPeriod === '午後' || cjkPeriod === '下午';
  const am = period === 'am' || cjkPeriod === '午前' || cjkPeriod === '上午';
  if (pm || am) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (pm ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  const seconds = Number(ss ?? 0);

  let offset: number | undefined;
  if (gmtHours !== undefined) {
    const h = Number(gmtHours.replace(/[\s−]/g, (c) => (c === '−' ? '-' : '')));
    offset = h * 60 + Math.sign(h || 1) * Number(gmtMinutes ?? 0);
  } else if (numHours !== undefined) {
    const h = Number(numHours.replace('−', '-'));
    offset = h * 60 + Math.sign(h || 1) * Number(numMinutes ?? 0);
  } else if (abbreviation !== undefined) {
    offset = ZONE_OFFSETS[abbreviation.toUpperCase()];
  }
  return isoWithOffset(date, hours, minutes, seconds, offset ?? wallClockOffset(date, hours, minutes, ctx.timeZone));
}

/** "Nov 19, 3:12 PM" → this year's Nov 19, or last year's when that is still ahead. */
function yearlessDate(s: string, ctx: TimeContext): string | null {
  const md = parseMonthDay(s);
  if (!md) return null;
  const today = dateInZone(ctx.now, ctx.timeZone);
  const year = Number(today.slice(0, 4));
  const candidate = `${year}-${pad(md.month)}-${pad(md.day)}`;
  const date = candidate <= today ? candidate : `${year - 1}-${pad(md.month)}-${pad(md.day)}`;
  return parseDate(date);
}

/**
 * A text that IS a timestamp, not a sentence that starts with a date ("Nov 3 is when I ordered"):
 * short, and with a clock time — or, where lists print old items by date alone, a bare short date.
 */
export function timestampText(text: string, ctx: TimeContext, { dateOnly = false } = {}): string | null {
  const s = collapseWhitespace(text);
  const clock = /\d:\d\d/.test(s);
  if (clock ? s.length > 48 || s.split(' ').length > 8 : !dateOnly || s.length > 20) return null;
  return parseMessageTime(s, ctx);
}

// ── Reading the DOM ──────────────────────────────────────────────────────────────────────────

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button', 'kat-button', 'select', 'textarea', 'input', 'kat-textarea', 'kat-input']);
const BLOCK_TAGS = new Set(['p', 'div', 'li', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'tr', 'dd', 'dt', 'table']);
const INLINE_TAGS = new Set(['span', 'strong', 'b', 'em', 'i', 'a', 'kat-link', 'small', 'kat-label', 'kat-badge', 'abbr', 'bdi', 'bdo']);
/** Katal components print their text from an attribute (`<kat-button label="Send">`, `<kat-link label>`). */
const KATAL_TEXT_ATTRIBUTES = ['label', 'text'];
const MAX = { message: 20_000, name: 500, title: 2000, sku: 200, id: 100, carrier: 100 } as const;

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** Nodes never read: our own UI, scripts, controls, hidden parts. */
function isSkippedElement(el: Element): boolean {
  return SKIPPED_TAGS.has(el.localName) || el.hasAttribute('data-helloword') || isHidden(el) || el.getAttribute('role') === 'button';
}

function lastDescendant(node: Node): Node {
  let last = node;
  while (last.lastChild) last = last.lastChild;
  return last;
}

/** The visible text of an element, Katal label attributes included, one space between parts. */
function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  walk(el, {
    element: (child) => {
      if (child.localName.startsWith('kat-')) for (const name of KATAL_TEXT_ATTRIBUTES) parts.push(child.getAttribute(name) ?? '');
    },
    text: (node) => parts.push(node.data),
  });
  return collapseWhitespace(parts.join(' '));
}

/** Text with its paragraph and line breaks, for a message body. */
function blockText(el: Element): string {
  let out = '';
  walk(el, {
    element: (child) => {
      if (child.localName === 'br') out += '\n';
      else if (BLOCK_TAGS.has(child.localName)) out += '\n';
    },
    text: (node) => (out += node.data),
    leave: (child) => {
      if (BLOCK_TAGS.has(child.localName)) out += '\n';
    },
  });
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

interface WalkHandlers {
  /** Return true to skip the element's subtree. */
  element?: (el: Element) => boolean | void;
  text?: (node: Text) => void;
  leave?: (el: Element) => void;
}

/** Depth-first over light-DOM elements and texts below `root`, skipping what is never read. */
function walk(root: Element, handlers: WalkHandlers): void {
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        handlers.text?.(child as Text);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkippedElement(el)) continue;
        if (handlers.element?.(el) === true) continue;
        visit(el);
        handlers.leave?.(el);
      }
    }
  };
  visit(root);
}

const cut = (text: string | undefined, max: number): string | undefined => {
  if (!text) return undefined;
  return text.length > max ? text.slice(0, max) : text;
};

// ── Messages ─────────────────────────────────────────────────────────────────────────────────

interface ThreadMessage {
  element: Element;
  role: SenderRole | null;
  sender?: string | undefined;
  at?: string | undefined;
  text: string;
}

/** Elements that are one message each: a chat log's items, else articles, else siblings that each carry a time. */
function findMessageElements(doc: Document, excluded: (el: Element) => boolean): Element[] {
  const items: Element[] = [];
  for (const log of Array.from(doc.querySelectorAll('[role="log"], [role="feed"]'))) {
    if (excluded(log) || log.closest('[data-helloword]')) continue;
    // A log holding a single list (<div role=log><ol>…) lists its messages there; a log with one
    // message in it must not be taken apart.
    let list: Element = log;
    while (list.children.length === 1 && list.firstElementChild && isListWrapper(list.firstElementChild)) list = list.firstElementChild;
    for (const child of Array.from(list.children)) if (!isSeparator(child) && !isSkippedElement(child)) items.push(child);
  }
  if (items.length > 0) return items;
  const articles = Array.from(doc.querySelectorAll('[role="article"], article')).filter((el) => !excluded(el) && !el.closest('[data-helloword]'));
  const outermost = articles.filter((el) => !articles.some((other) => other !== el && other.contains(el)));
  if (outermost.length > 0) return outermost;
  return siblingsAroundTimes(doc, excluded);
}

function isListWrapper(el: Element): boolean {
  const role = el.getAttribute('role');
  return el.localName === 'ul' || el.localName === 'ol' || role === 'list' || role === 'presentation' || role === 'none';
}

function ownText(el: Element): boolean {
  return Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n as Text).data.trim() !== '');
}

function isSeparator(el: Element): boolean {
  const role = el.getAttribute('role');
  return el.localName === 'hr' || role === 'separator' || role === 'heading' || /^h[1-6]$/.test(el.localName);
}

/** No ARIA: the children of the common ancestor of two or more `<time>` elements, one per message. */
function siblingsAroundTimes(doc: Document, excluded: (el: Element) => boolean): Element[] {
  const times = Array.from(doc.querySelectorAll('time')).filter((t) => !excluded(t) && !t.closest('[data-helloword]'));
  if (times.length < 2) return [];
  let common: Element | null = times[0]!.parentElement;
  while (common && !times.every((t) => common!.contains(t))) common = common.parentElement;
  if (!common) return [];
  const rows: Element[] = [];
  for (const time of times) {
    let row: Element = time;
    while (row.parentElement && row.parentElement !== common) row = row.parentElement;
    if (row !== common && !rows.includes(row)) rows.push(row);
  }
  return rows;
}

type Part = 'meta' | 'body' | 'skip';

/** A message's sender line, time and text, told apart by structure: the line with the time or role word is not the text. */
function readMessage(el: Element, ctx: TimeContext, buyerName: string | undefined): ThreadMessage | null {
  let root: Element = el;
  while (root.children.length === 1 && root.firstElementChild && !ownText(root) && !isSkippedElement(root.firstElementChild)) root = root.firstElementChild;

  const children = Array.from(root.children);
  const parts: Part[] = children.map((child) => classifyPart(child, ctx));
  // A short inline piece before the sender line's time or role word ("<b>Jane</b> <span>Buyer</span>") belongs to it.
  const firstMeta = parts.indexOf('meta');
  for (let i = 0; i < firstMeta; i++) {
    const child = children[i]!;
    if (parts[i] === 'body' && INLINE_TAGS.has(child.localName) && textOf(child).length <= 80) parts[i] = 'meta';
  }

  const metaTexts: string[] = [];
  let at: string | undefined;
  const readMeta = (node: Element) => {
    for (const time of node.localName === 'time' ? [node] : Array.from(node.querySelectorAll('time'))) {
      at ??= parseIsoAttribute(time.getAttribute('datetime') ?? '', ctx) ?? parseMessageTime(textOf(time), ctx) ?? undefined;
    }
    walk(node, {
      element: (child) => child.localName === 'time',
      text: (t) => {
        const text = collapseWhitespace(t.data);
        if (text) metaTexts.push(text);
      },
    });
    if (node.localName.startsWith('kat-')) for (const name of KATAL_TEXT_ATTRIBUTES) metaTexts.push(node.getAttribute(name) ?? '');
  };
  children.forEach((child, i) => parts[i] === 'meta' && readMeta(child));

  let text: string;
  const bodies = children.filter((_, i) => parts[i] === 'body');
  if (bodies.length > 0) {
    text = bodies.map(blockText).filter(Boolean).join('\n\n');
  } else if (children.length === 0 || firstMeta < 0) {
    text = blockText(root);
  } else {
    text = '';
  }

  let role: SenderRole | null = null;
  let sender: string | undefined;
  for (const piece of metaTexts) {
    if (!piece) continue;
    const asRole = matchSenderRole(piece);
    if (asRole) {
      role ??= asRole;
      continue;
    }
    const time = timestampText(piece, ctx);
    if (time) {
      at ??= time;
      continue;
    }
    if (/^[\p{P}\p{S}\s]*$/u.test(piece) || piece.length > 120) continue;
    sender ??= piece.replace(/^[(\s]+|[):：\s]+$/g, '');
  }

  if (!role && sender && buyerName && fold(sender) === fold(buyerName)) role = 'buyer';
  if (!role) {
    const label = el.getAttribute('aria-label') ?? root.getAttribute('aria-label') ?? '';
    role = roleFromAriaLabel(label) ?? (buyerName && label && fold(label).includes(fold(buyerName)) ? 'buyer' : null);
  }
  if (!role) role = roleFromClassName(`${el.getAttribute('class') ?? ''} ${root.getAttribute('class') ?? ''}`);
  if (!text) return null;
  return { element: el, role, sender, at, text };
}

function classifyPart(child: Element, ctx: TimeContext): Part {
  if (isSkippedElement(child)) return 'skip';
  const label = child.getAttribute('aria-label');
  if (label && isNonBodySection(label)) return 'skip';
  const heading = child.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
  if (heading && isNonBodySection(textOf(heading))) return 'skip';
  if (child.localName === 'time' || child.querySelector('time') || child.localName === 'header' || /^h[1-6]$/.test(child.localName)) return 'meta';
  const text = textOf(child);
  if (text.length > 120) return 'body';
  let meta = false;
  walk(child, {
    text: (t) => {
      const piece = collapseWhitespace(t.data);
      if (piece && (matchSenderRole(piece) || timestampText(piece, ctx))) meta = true;
    },
  });
  return meta ? 'meta' : 'body';
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

// ── Order facts beside the thread ────────────────────────────────────────────────────────────

interface OrderFacts {
  orderId?: string;
  buyerName?: string;
  headerName?: string;
  sku?: string;
  asin?: string;
  productTitle?: string;
  trackingNumber?: string;
  carrier?: string;
  shippedOn?: string;
  expectedDelivery?: string;
  orderTotal?: string;
  shipTo?: Element;
}

const ORDER_LINK = /\/orders-v3\/order\/(\d{3}-\d{7}-\d{7})|[?&]orderI[dD]=(\d{3}-\d{7}-\d{7})/;
const PRODUCT_LINK = /\/(?:dp|gp\/product)\/([A-Z0-9]{10})(?:[/?#]|$)/;
const HEADING = /^h[1-6]$/;

/** One walk over the page outside the messages, the reply box and inbox rows: headers, links and labels. */
function readOrderFacts(doc: Document, excluded: (el: Element) => boolean): OrderFacts {
  const facts: OrderFacts = {};
  const body = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(body, SHOW_ELEMENT | SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isSkippedElement(el) || excluded(el)) {
        walker.currentNode = lastDescendant(el);
        continue;
      }
      const consumed = onFactElement(el, facts);
      if (consumed) walker.currentNode = lastDescendant(el);
      continue;
    }
    const consumedUntil = onFactText(node as Text, facts);
    if (consumedUntil) walker.currentNode = lastDescendant(consumedUntil);
  }
  return facts;
}

function onFactElement(el: Element, facts: OrderFacts): boolean {
  const tag = el.localName;
  if (HEADING.test(tag) || el.getAttribute('role') === 'heading') {
    const name = matchBuyerHeader(textOf(el));
    if (name) {
      facts.headerName ??= name;
      return true;
    }
    facts.orderId ??= ORDER_ID_IN_TEXT.exec(textOf(el))?.[0];
    return false;
  }
  if (tag === 'a' || tag === 'kat-link') {
    const href = el.getAttribute('href') ?? '';
    const order = ORDER_LINK.exec(href);
    if (order) {
      facts.orderId ??= order[1] ?? order[2];
      return true;
    }
    const product = PRODUCT_LINK.exec(href);
    if (product) {
      facts.asin ??= product[1];
      const title = textOf(el);
      if (title && title !== product[1]) facts.productTitle ??= title;
      return true;
    }
  }
  return false;
}

/** A label and its value ("SKU: X", "<dt>Carrier</dt><dd>UPS</dd>"); returns the last node it used. */
function onFactText(text: Text, facts: OrderFacts): Node | null {
  const data = text.data;
  if (!data.trim()) return null;
  const thread = matchThreadLabel(data);
  const order = thread ? null : matchLabel(data);
  if (!thread && !order) {
    facts.orderId ??= ORDER_ID_IN_TEXT.exec(data)?.[0];
    return null;
  }
  const hasColon = thread?.hasColon ?? order?.hasColon ?? false;
  let value = thread?.value ?? order?.value ?? '';
  let last: Node | null = null;
  let labelNode: Node = text;
  if (!value) {
    const labelText = collapseWhitespace(data);
    while (labelNode.parentElement && labelNode.parentElement !== text.ownerDocument.body && collapseWhitespace(labelNode.parentElement.textContent ?? '') === labelText) {
      labelNode = labelNode.parentElement;
    }
    const structural = labelNode instanceof Element && /^(?:dt|th)$/.test(labelNode.localName);
    let sibling = labelNode.nextSibling;
    while (sibling && sibling.nodeType === 3 && !(sibling as Text).data.trim()) sibling = sibling.nextSibling;
    if (!sibling) return null;
    let raw = sibling.nodeType === 1 ? textOf(sibling as Element) : collapseWhitespace((sibling as Text).data);
    const colonFirst = /^[:：]/.test(raw);
    if (!hasColon && !colonFirst && !structural) return null;
    raw = raw.replace(/^[:：]\s*/, '');
    if (!raw && sibling.nodeType === 3 && sibling.nextSibling) {
      sibling = sibling.nextSibling;
      raw = sibling.nodeType === 1 ? textOf(sibling as Element) : collapseWhitespace((sibling as Text).data);
    }
    if (order?.key === 'shipTo' && sibling.nodeType === 1) {
      facts.shipTo ??= sibling as Element;
      return sibling;
    }
    value = raw;
    last = sibling;
  }
  if (!value) return last;
  if (thread) {
    switch (thread.key) {
      case 'trackingNumber':
        facts.trackingNumber ??= value.split(/\s/)[0];
        break;
      case 'carrier':
        facts.carrier ??= value;
        break;
      case 'shippedOn':
        facts.shippedOn ??= value;
        break;
      case 'expectedDelivery':
        facts.expectedDelivery ??= value;
        break;
      case 'productTitle':
        facts.productTitle ??= value;
        break;
      case 'orderTotal':
        facts.orderTotal ??= value;
        break;
    }
  } else if (order) {
    switch (order.key) {
      case 'sku':
        facts.sku ??= value;
        break;
      case 'asin':
        facts.asin ??= /^[A-Z0-9]{10}/.exec(value)?.[0];
        break;
      case 'orderId':
        facts.orderId ??= ORDER_ID_IN_TEXT.exec(value)?.[0];
        break;
      case 'buyerName':
        facts.buyerName ??= value;
        break;
      case 'orderAmount':
      case 'itemSubtotal':
        facts.orderTotal ??= value;
        break;
      default:
        break;
    }
  }
  return last ?? labelNode;
}

/** "Nov 24, 2026 – Nov 26, 2026" → the last date of a range (the latest promise); a single date as is. */
function dateOf(text: string | undefined, order: DateOrder): string | undefined {
  if (!text) return undefined;
  const parts = text.split(/\s[–—-]\s|\s(?:to|bis|au|al|a)\s/);
  for (const part of parts.reverse()) {
    const date = parseDate(part, order);
    if (date) return date;
  }
  return undefined;
}

function countryOfAddress(address: Element | undefined): string | null {
  if (!address) return null;
  const lines = blockText(address).split('\n').map((l) => l.trim()).filter(Boolean);
  const last = lines[lines.length - 1];
  return last ? (countryFromName(last) ?? countryFromName(last.split(',').pop() ?? '')) : null;
}

// ── The adapter ──────────────────────────────────────────────────────────────────────────────

function timeContext(market: Market, now = Date.now()): TimeContext {
  return { dateOrder: market.dateOrder, timeZone: market.timeZone, now };
}

/** What a thread or contact page shows: the buyer's latest message(s) and the order beside them. */
export function readAmazonThread(doc: Document, url: URL, now = Date.now()): ThreadRead | null {
  const surface = detectMessagingSurface(url);
  if (surface !== 'thread' && surface !== 'contact') return null;
  const market = marketOf(url);
  const ctx = timeContext(market, now);
  const box = findAmazonReplyBox(doc);
  const rows = new Set(findThreadRows(doc).map((r) => r.row));
  const messageElements = findMessageElements(doc, (el) => isInside(el, rows));
  const messageSet = new Set(messageElements);
  const excluded = (el: Element) => messageSet.has(el) || rows.has(el) || el === box;
  const facts = readOrderFacts(doc, excluded);
  const headerName = facts.headerName ?? facts.buyerName;

  const messages = chronological(
    messageElements.map((el) => readMessage(el, ctx, headerName)).filter((m): m is ThreadMessage => m !== null),
  );
  if (surface === 'thread' && messages.length === 0) return null;
  const { run, unanswered } = latestBuyerRun(messages);
  const joined = run.map((m) => m.text).join('\n\n');
  const buyerMessage = joined.length > MAX.message ? joined.slice(-MAX.message) : joined;
  const buyerName = headerName ?? run.find((m) => m.sender)?.sender ?? messages.find((m) => m.role === 'buyer' && m.sender)?.sender;
  const receivedAt = unanswered ? run.find((m) => m.at)?.at : undefined;

  const shipCountry = countryOfAddress(facts.shipTo) ?? market.country ?? undefined;
  const money = facts.orderTotal ? parseMoney(facts.orderTotal, { currency: currencyOf(market.country ?? '') }) : null;
  const thread: ThreadRead = {};
  const set = <K extends keyof ThreadRead>(key: K, value: ThreadRead[K] | undefined | null) => {
    if (value !== undefined && value !== null && value !== '') thread[key] = value;
  };
  set('threadId', threadIdOf(url));
  set('orderId', contactOrderId(url) ?? facts.orderId);
  set('buyerName', cut(buyerName, MAX.name));
  set('buyerMessage', buyerMessage || undefined);
  set('receivedAt', receivedAt);
  set('productTitle', cut(facts.productTitle, MAX.title));
  set('sku', cut(facts.sku, MAX.sku));
  set('trackingNumber', cut(facts.trackingNumber, MAX.id));
  set('carrier', cut(facts.carrier, MAX.carrier));
  set('shippedOn', dateOf(facts.shippedOn, market.dateOrder));
  set('expectedDelivery', dateOf(facts.expectedDelivery, market.dateOrder));
  set('orderValue', money ?? undefined);
  set('shipCountry', shipCountry && /^[A-Z]{2}$/.test(shipCountry) ? shipCountry : undefined);
  set('languageHint', market.language);
  return thread;
}

function isInside(el: Element, containers: Set<Element>): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (containers.has(node)) return true;
  return false;
}

/** Dated fallbacks for the reply box, newest first; structure decides when none matches. */
const REPLY_BOX_SELECTORS = [
  { since: '2023 Katal contact page (evidence)', selector: '.contact-buyer-text-area kat-textarea' },
] as const;

/** The box the agent types the reply in: a Katal `kat-textarea`, else a textarea, else a contenteditable textbox. */
export function findAmazonReplyBox(doc: Document): HTMLElement | null {
  for (const { selector } of REPLY_BOX_SELECTORS) {
    const found = doc.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  const usable = (el: HTMLElement) =>
    !el.closest('[data-helloword], [hidden], [aria-hidden="true"]') && !el.hasAttribute('disabled') && !el.hasAttribute('readonly');
  const last = <T extends HTMLElement>(list: NodeListOf<T>) => Array.from(list).filter(usable).pop() ?? null;
  return (
    last(doc.querySelectorAll<HTMLElement>('kat-textarea')) ??
    last(doc.querySelectorAll<HTMLElement>('textarea')) ??
    last(doc.querySelectorAll<HTMLElement>('[contenteditable="true"][role="textbox"], [contenteditable=""][role="textbox"], [contenteditable="true"]'))
  );
}

// ── Inbox ────────────────────────────────────────────────────────────────────────────────────

const THREAD_LINKS = ['a', 'kat-link'].flatMap((tag) => [`${tag}[href*="/messaging/thread/"]`, `${tag}[href*="threadId="]`, `${tag}[href*="threadid="]`]).join(', ');
const ROW_ELEMENT = 'li, tr, [role="row"], [role="listitem"], [role="option"], kat-table-row';
/** The 2017–2019 inbox (evidence): rows in `#threads-list`, each with a `.thread-subject`. */
const LEGACY_ROWS = [{ since: '2017–2019 inbox (evidence)', selector: '#threads-list .thread-subject' }] as const;

interface ThreadRow {
  row: Element;
  link: Element | null;
}

function findThreadRows(doc: Document): ThreadRow[] {
  const rows: ThreadRow[] = [];
  for (const link of Array.from(doc.querySelectorAll(THREAD_LINKS))) {
    if (link.closest('[data-helloword]')) continue;
    const row = link.closest(ROW_ELEMENT) ?? link;
    const previous = rows[rows.length - 1];
    if (previous?.row === row) continue;
    // An outer layout row holding thread rows yields to the rows inside it.
    while (rows.length > 0 && rows[rows.length - 1]!.row.contains(row)) rows.pop();
    rows.push({ row, link });
  }
  if (rows.length > 0) return rows;
  for (const { selector } of LEGACY_ROWS) {
    const list = doc.querySelector('#threads-list');
    for (const subject of Array.from(doc.querySelectorAll(selector))) {
      let row: Element = subject;
      while (row.parentElement && row.parentElement !== list) row = row.parentElement;
      if (!rows.some((r) => r.row === row)) rows.push({ row, link: null });
    }
  }
  return rows;
}

/** A thread link the queue may show: same origin, http(s) only (never `javascript:`). */
function safeHref(raw: string | null, doc: Document): { href: string; url: URL } | null {
  if (!raw) return null;
  try {
    const url = new URL(raw, doc.baseURI);
    const base = new URL(doc.baseURI);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== base.origin) return null;
    return { href: url.href, url };
  } catch {
    return null;
  }
}

function readThreadRow({ row, link }: ThreadRow, index: number, doc: Document, url: URL, ctx: TimeContext): InboxThread {
  const target = safeHref(link?.getAttribute('href') ?? null, doc);
  const threadId =
    (target && (THREAD_PATH.exec(target.url.pathname)?.[1] ?? threadIdParam(target.url))) ||
    row.getAttribute('data-thread-id') ||
    (row.id && THREAD_ID.test(row.id) ? row.id : null);

  let marker: 'awaiting' | 'answered' | null = null;
  let orderId: string | undefined;
  let receivedAt: string | undefined;
  let buyerName = textOf(row.querySelector('[class*="buyername" i], [class*="buyer-name" i]')) || undefined;
  const consider = (raw: string) => {
    const text = collapseWhitespace(raw);
    if (!text) return;
    const found = matchThreadMarker(text);
    if (found) {
      marker = marker === 'answered' ? marker : found;
      return;
    }
    orderId ??= ORDER_ID_IN_TEXT.exec(text)?.[0];
    const time = timestampText(text, ctx, { dateOnly: true });
    if (time) {
      receivedAt ??= time;
      return;
    }
    if (!buyerName && text.length <= 80 && !ORDER_ID_IN_TEXT.test(text) && !matchSenderRole(text) && /\p{L}/u.test(text)) buyerName = text;
  };
  for (const time of Array.from(row.querySelectorAll('time[datetime]'))) receivedAt ??= parseIsoAttribute(time.getAttribute('datetime') ?? '', ctx) ?? undefined;
  walk(row, {
    element: (el) => {
      if (el.localName.startsWith('kat-')) for (const name of KATAL_TEXT_ATTRIBUTES) consider(el.getAttribute(name) ?? '');
      const label = el.getAttribute('aria-label');
      if (label && matchThreadMarker(label)) marker ??= matchThreadMarker(label);
    },
    text: (t) => consider(t.data),
  });
  orderId ??= target ? (ORDER_LINK.exec(target.url.href)?.slice(1).find(Boolean) ?? undefined) : undefined;
  const filter = queryParam(url, 'fi')?.replace(/_/g, '').toLowerCase();
  const awaitingReply = marker ? marker === 'awaiting' : filter === 'responseneeded';

  const thread: InboxThread = { element: row, threadId: threadId || orderId || `row-${index + 1}`, awaitingReply };
  if (buyerName) thread.buyerName = buyerName.slice(0, MAX.name);
  if (orderId) thread.orderId = orderId;
  if (receivedAt) thread.receivedAt = receivedAt;
  if (target) thread.href = target.href;
  return thread;
}

export function listAmazonThreads(doc: Document, url: URL, now = Date.now()): InboxThread[] {
  const ctx = timeContext(marketOf(url), now);
  return findThreadRows(doc).map((row, index) => readThreadRow(row, index, doc, url, ctx));
}

export const amazonMessaging: MessagingAdapter = {
  marketplace: 'amazon',
  surfaces: amazonMessagingSurfaces,
  // The URL alone tells the surfaces apart; the document is not needed.
  detectSurface: (url) => detectMessagingSurface(url),
  readThread: (doc, url) => readAmazonThread(doc, url),
  findReplyBox: findAmazonReplyBox,
  listThreads: (doc, url) => listAmazonThreads(doc, url),
};
