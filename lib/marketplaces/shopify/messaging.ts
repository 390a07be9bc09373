/**
 * Shopify admin's "contact customer" e-mail dialog (F6, F23, F24). On an order page
 * (/store/<shop>/orders/<id>) the merchant clicks the customer's e-mail address or "Contact
 * customer"; the admin opens a Polaris Modal in #PolarisPortalsContainer with the recipient, a
 * subject, the message body and "Review email". The reply assistant's panel goes above the body, the
 * guardrail under it. A "thread" here is the order: its name, customer, items, fulfilment and what
 * the customer wrote.
 *
 * Evidence and confidence:
 *  - the order page's URL: high (pages.ts);
 *  - the composer and its words — "Custom message", "Send bcc to", "Review email", "Send
 *    notification", a subject that defaults to one naming the shop — Shopify help center, "Send an
 *    email message to a customer" (from the customer page). That clicking the customer's e-mail on
 *    the ORDER page opens it: a Shopify API thread (Shopify/shopify-api-ruby#376, 2017). Medium;
 *  - the modal's structure: Polaris' own source (Modal → Portal into #PolarisPortalsContainer →
 *    div[data-polaris-layer] > div[role=dialog][aria-modal][aria-labelledby=<its h2>]; TextField =
 *    <label for> + <textarea> in flex wrappers). High for Polaris, medium that this dialog uses it
 *    unchanged;
 *  - a rich-text (contenteditable) body in newer admin versions: NOT seen — modelled;
 *  - what the customer wrote, newest kind first: a timeline comment whose author line is the
 *    customer's name — LOW, modelled; on an order page showing a return request, the customer's
 *    note on the returned item (ReturnLineItem.customerNote, read by extract.ts) — medium; the
 *    order's Notes card (the note written at checkout; orders export column "Notes"), dated by the
 *    order's own time — medium;
 *  - the customer's language in the customer card: LOW, modelled on the customer page's
 *    "Language" field; else the admin's language (`<html lang>`).
 * The dialog is found by role=dialog with its title words OR by structure (a multi-line body beside a
 * subject or recipient field), never by hashed class names; the note editor ("Edit note") and the
 * invoice e-mail ("Send invoice") on the same page are never taken for it.
 *
 * No inbox surface: the admin has no buyer-message inbox of its own. Shopify Inbox (chat) is a
 * separate app that runs in its own cross-origin frame, out of this content script's reach.
 */
import type { PageRow } from '../../domain/annotations';
import type { MessagingAdapter, MessagingSurface, SurfaceDefinition, ThreadRead } from '../../features/reply/adapter';
import { collapseWhitespace, parseRelativeDateTime } from '../parse';
import { dateAfter, HEADING, scanLabels, textOf } from './dom';
import { extractRow, findRowElements, isoLocalDateTime, readPageContext, type ShopifyPageContext } from './extract';
import { shopifyAdapter } from './index';
import {
  CONTACT_TITLE_PATTERN,
  languageCode,
  matchLanguageLabel,
  MESSAGE_LABEL_PATTERN,
  NO_NOTE_PATTERN,
  NOTES_HEADING_PATTERN,
  OTHER_EMAIL_TITLE_PATTERN,
  RECIPIENT_LABEL_PATTERN,
  SUBJECT_LABEL_PATTERN,
  TIMELINE_HEADING_PATTERN,
} from './messaging-labels';
import { orderDetail, orderIdInPath } from './pages';
import { queryOne } from './selectors';

// ── Surfaces ─────────────────────────────────────────────────────────────────────────────────

/** The order page can show the dialog; whether it does is the document's to say (detectSurface). */
export const contactCustomer: SurfaceDefinition = {
  kind: 'contact',
  title: 'Contact customer (e-mail dialog on an order page)',
  test: (url) => orderDetail.test(url),
  examples: orderDetail.examples,
};

export const shopifyMessagingSurfaces: readonly SurfaceDefinition[] = [contactCustomer];

/** Admin pages with no contact surface: lists, products, a return's own page, the Inbox app. */
export const shopifyMessagingUnsupportedExamples: readonly string[] = [
  'https://admin.shopify.com/store/helloword-demo/orders',
  'https://admin.shopify.com/store/helloword-demo/orders?selectedView=all',
  'https://admin.shopify.com/store/helloword-demo/orders/5872041345123/returns/21004',
  'https://admin.shopify.com/store/helloword-demo/orders/5872041345123/edit',
  'https://admin.shopify.com/store/helloword-demo/products/8103775797341',
  'https://admin.shopify.com/store/helloword-demo/customers/7401234567',
  'https://admin.shopify.com/store/helloword-demo/apps/inbox',
];

export function detectShopifySurface(url: URL, doc: Document): MessagingSurface | null {
  return contactCustomer.test(url) && findContactDialog(doc) ? 'contact' : null;
}

// ── The dialog and its body ──────────────────────────────────────────────────────────────────

const DIALOG = '[role="dialog"], [role="alertdialog"], dialog[open]';
const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
const EDITABLE_ROOT_PARENT = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
/** What a field's wrapper may not hold: another control, a label or a heading. */
const OTHER_PARTS = 'input, select, textarea, button, [contenteditable], [role="textbox"], [role="button"], label, legend, h1, h2, h3, h4, h5, h6, [role="heading"]';
const SHOW_TEXT = 0x4;

const isShown = (el: Element) => !el.closest('[hidden], [aria-hidden="true"], [data-helloword], template');

/** The open contact dialog, the topmost first; null when none is open. */
export function findContactDialog(doc: Document): Element | null {
  const dialogs = Array.from(doc.querySelectorAll(DIALOG)).filter(isShown);
  for (let i = dialogs.length - 1; i >= 0; i--) {
    const dialog = dialogs[i]!;
    if (isContactDialog(dialog)) return dialog;
  }
  return null;
}

function isContactDialog(dialog: Element): boolean {
  if (!messageField(dialog)) return false;
  const title = dialogTitle(dialog);
  if (CONTACT_TITLE_PATTERN.test(title)) return true;
  if (OTHER_EMAIL_TITLE_PATTERN.test(title)) return false;
  // An e-mail composer by its structure: a subject or recipient beside the body.
  const walker = dialog.ownerDocument.createTreeWalker(dialog, SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const text = (t as Text).data;
    if (text.length <= 40 && (SUBJECT_LABEL_PATTERN.test(text) || RECIPIENT_LABEL_PATTERN.test(text))) return true;
  }
  return Array.from(dialog.querySelectorAll('input')).some((input) => labelsOf(input).some((l) => SUBJECT_LABEL_PATTERN.test(l) || RECIPIENT_LABEL_PATTERN.test(l)));
}

function dialogTitle(dialog: Element): string {
  const doc = dialog.ownerDocument;
  const ids = (dialog.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const labelled = ids.map((id) => textOf(doc.getElementById(id))).join(' ').trim();
  return labelled || dialog.getAttribute('aria-label')?.trim() || textOf(dialog.querySelector(HEADING));
}

/** Every text that labels a control: aria-labelledby, <label for>, a wrapping <label>, aria-label. */
function labelsOf(control: Element): string[] {
  const doc = control.ownerDocument;
  const out: string[] = [];
  for (const id of (control.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) out.push(textOf(doc.getElementById(id)));
  if (control.id) for (const label of Array.from(doc.getElementsByTagName('label'))) if (label.htmlFor === control.id) out.push(textOf(label));
  const wrapping = control.closest('label');
  if (wrapping) out.push(textOf(wrapping));
  const aria = control.getAttribute('aria-label');
  if (aria) out.push(collapseWhitespace(aria));
  return out.filter(Boolean);
}

/** The dialog's message body: the field labelled as such, else its last multi-line field. */
function messageField(dialog: Element): HTMLElement | null {
  const fields = Array.from(dialog.querySelectorAll<HTMLElement>(EDITABLE)).filter(
    (el) =>
      isShown(el) &&
      !el.hasAttribute('disabled') &&
      !el.hasAttribute('readonly') &&
      el.getAttribute('aria-readonly') !== 'true' &&
      el.getAttribute('aria-disabled') !== 'true' &&
      // The editor's root, not the blocks inside it.
      !el.parentElement?.closest(EDITABLE_ROOT_PARENT),
  );
  return fields.find((f) => labelsOf(f).some((l) => MESSAGE_LABEL_PATTERN.test(l))) ?? fields[fields.length - 1] ?? null;
}

/**
 * The reply box the runner puts its panel above and its guardrail under: the body's outermost
 * wrapper that holds nothing else (Polaris wraps a textarea in flex boxes — a panel inside them
 * would sit beside the field, not above it). Its real field is found inside by insert.ts.
 */
function boxOf(field: HTMLElement, dialog: Element): HTMLElement {
  const doc = field.ownerDocument;
  const labelIds = (field.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const holdsOther = (el: Element) =>
    labelIds.some((id) => {
      const label = doc.getElementById(id);
      return label !== null && el.contains(label);
    }) ||
    Array.from(el.querySelectorAll(OTHER_PARTS)).some(
      // The field itself, what is inside it, and an editor's own toolbar belong to the field.
      (part) => part !== field && !field.contains(part) && !part.closest('[role="toolbar"]') && !part.closest('[data-helloword]'),
    );
  let box = field;
  for (let parent = field.parentElement; parent && parent !== dialog && !holdsOther(parent); parent = parent.parentElement) box = parent;
  return box;
}

export function findShopifyReplyBox(doc: Document): HTMLElement | null {
  const dialog = findContactDialog(doc);
  const field = dialog ? messageField(dialog) : null;
  return dialog && field ? boxOf(field, dialog) : null;
}

// ── What the order page says ─────────────────────────────────────────────────────────────────

const MAX = { message: 20_000, name: 500, title: 2000, sku: 200, id: 100, carrier: 100 } as const;
const cut = (value: string | undefined, max: number) => (value ? value.slice(0, max) : undefined);

interface CustomerMessage {
  text: string;
  /** ISO 8601 with offset, when the page dates it to the minute. */
  at?: string;
}

/** The order the dialog writes about, as a thread; null without an open dialog or an order name. */
export function readShopifyThread(doc: Document, url: URL, now = Date.now(), dialog = findContactDialog(doc)): ThreadRead | null {
  if (!contactCustomer.test(url) || !dialog) return null;
  const at = new Date(now);
  // The same page kind the row features read (an order page with a return request reads as that return).
  const page = shopifyAdapter.detectPage(url, doc) ?? 'orderDetail';
  const ctx: ShopifyPageContext = { ...readPageContext(doc, page, url), now: at };
  if (!ctx.orderId) return null;
  const outside = (el: Element) => !el.closest(DIALOG) && !el.closest('[data-helloword]');
  const rows = findRowElements(doc, page)
    .filter(outside)
    .flatMap((el) => extractRow(el, ctx))
    .map((r) => r.row);

  // What the customer wrote: a timeline comment, else a return's note on its item, else the order's note.
  const comment = timelineMessage(doc, outside, ctx.buyerName, at);
  const returned = comment ? undefined : rows.find((r) => r.buyerComment);
  const message = comment ?? (returned?.buyerComment ? { text: returned.buyerComment } : noteMessage(doc, outside, at));
  const item = returned ?? itemAbout(rows, message?.text);
  const shipped = item?.shipping;
  // A return page's items carry no fulfilment: its labels still show the parcel the return is about.
  const labels = rows.some((r) => r.shipping) ? [] : scanLabels(doc.body ?? doc.documentElement).filter((l) => outside(l.line));

  const thread: ThreadRead = {};
  const set = <K extends keyof ThreadRead>(key: K, value: ThreadRead[K] | undefined | null) => {
    if (value !== undefined && value !== null && value !== '') thread[key] = value;
  };
  set('threadId', orderIdInPath(url.pathname));
  set('orderId', ctx.orderId);
  set('buyerName', cut(ctx.buyerName, MAX.name));
  set('buyerMessage', message ? message.text.slice(0, MAX.message) : undefined);
  set('receivedAt', message?.at);
  set('productTitle', cut(item?.title, MAX.title));
  set('sku', cut(item?.sku, MAX.sku));
  set('trackingNumber', cut(shipped?.trackingNumber ?? labels.find((l) => l.key === 'trackingNumber')?.value.split(/\s/)[0], MAX.id));
  set('carrier', cut(shipped?.carrier ?? labels.find((l) => l.key === 'carrier')?.value, MAX.carrier));
  set('shippedOn', shipped?.shippedOn);
  set('expectedDelivery', shipped?.deliverBy);
  set('orderValue', ctx.orderValue);
  set('shipCountry', ctx.shipCountry);
  set('languageHint', customerLanguage(doc, outside) ?? adminLanguage(doc));
  return thread;
}

/**
 * The line item the message names (by SKU or title); else the first shipped one (its tracking fills
 * the templates), else the first. A named item without tracking keeps none: another item's parcel
 * is not the one the customer asks about.
 */
function itemAbout(rows: readonly PageRow[], text: string | undefined): PageRow | undefined {
  const lower = text?.toLowerCase();
  const named = lower ? rows.find((r) => (r.sku && lower.includes(r.sku.toLowerCase())) || (r.title && lower.includes(r.title.toLowerCase()))) : undefined;
  return named ?? rows.find((r) => r.shipping?.trackingNumber) ?? rows[0];
}

const headingsOutside = (doc: Document, outside: (el: Element) => boolean) => Array.from(doc.querySelectorAll(HEADING)).filter(outside);

/** The customer's newest comment in the order's timeline. */
function timelineMessage(doc: Document, outside: (el: Element) => boolean, buyerName: string | undefined, now: Date): CustomerMessage | undefined {
  const timeline = headingsOutside(doc, outside).find((h) => TIMELINE_HEADING_PATTERN.test(textOf(h)));
  const comments = timeline && buyerName ? timelineComments(cardOfHeading(timeline), buyerName, now) : [];
  const time = (m: CustomerMessage) => (m.at ? Date.parse(m.at) : 0) || 0;
  return comments.sort((a, b) => time(b) - time(a))[0];
}

/** The order's note: written at checkout, so dated by the order's own time (to the minute, or not at all). */
function noteMessage(doc: Document, outside: (el: Element) => boolean, now: Date): CustomerMessage | undefined {
  const notes = headingsOutside(doc, outside).find((h) => NOTES_HEADING_PATTERN.test(textOf(h)));
  const text = notes
    ? linesAfter(notes, cardOfHeading(notes))
        .filter((line) => !NO_NOTE_PATTERN.test(line))
        .join('\n')
    : '';
  if (!text) return undefined;
  const title = queryOne(doc, 'pageTitle');
  const placed = title && outside(title) ? dateAfter(title, now) : null;
  return placed?.time ? { text, at: isoLocalDateTime(placed) } : { text };
}

/** A card from its heading: the largest block around the heading that holds no other heading. */
function cardOfHeading(heading: Element): Element {
  let card = heading;
  const stop = heading.ownerDocument.body;
  for (let el = heading.parentElement; el && el !== stop; el = el.parentElement) {
    if (Array.from(el.querySelectorAll(HEADING)).some((h) => h !== heading)) break;
    card = el;
  }
  return card;
}

const SKIPPED = 'button, [role="button"], script, style, template, time, [aria-hidden="true"], [hidden], [data-helloword]';
const BLOCK = 'p, div, li, dd, dt, blockquote, pre, section, article, td';

/** The text lines of `card` after `from` (one per block element), without buttons and times. */
function linesAfter(from: Element | null, card: Element): string[] {
  const lines: string[] = [];
  let block: Element | null = null;
  let line = '';
  const walker = card.ownerDocument.createTreeWalker(card, SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const parent = t.parentElement;
    if (!parent || parent.closest(SKIPPED)) continue;
    if (from && (from.contains(t) || !(from.compareDocumentPosition(t) & 4))) continue;
    const own = parent.closest(BLOCK);
    if (own !== block) {
      if (collapseWhitespace(line)) lines.push(collapseWhitespace(line));
      line = '';
      block = own;
    }
    line += (t as Text).data;
  }
  if (collapseWhitespace(line)) lines.push(collapseWhitespace(line));
  return lines;
}

/** Timeline entries whose author line is the customer's name, with the entry's time. */
function timelineComments(card: Element, buyerName: string, now: Date): CustomerMessage[] {
  const name = buyerName.toLowerCase();
  const out: CustomerMessage[] = [];
  for (const time of Array.from(card.querySelectorAll('time'))) {
    let entry: Element = time;
    for (let el = time.parentElement; el && el !== card; el = el.parentElement) {
      if (Array.from(el.querySelectorAll('time')).some((t) => t !== time)) break;
      entry = el;
    }
    const [author, ...body] = linesAfter(null, entry);
    if (!author || author.toLowerCase() !== name || body.length === 0) continue;
    out.push({ text: body.join('\n'), ...dateOf(time, now) });
  }
  return out;
}

function dateOf(time: Element, now: Date): { at?: string } {
  const attribute = time.getAttribute('datetime') ?? '';
  if (/T\d{2}:\d{2}.*(?:Z|[+-]\d{2}:?\d{2})$/i.test(attribute) && !Number.isNaN(Date.parse(attribute))) return { at: attribute };
  const parts = parseRelativeDateTime(textOf(time), now);
  return parts?.time ? { at: isoLocalDateTime(parts) } : {};
}

/** "Language: French" in the customer card → "fr". */
function customerLanguage(doc: Document, outside: (el: Element) => boolean): string | undefined {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const parent = t.parentElement;
    if (!parent || !outside(parent) || parent.closest('script, style, template')) continue;
    const label = matchLanguageLabel(collapseWhitespace((t as Text).data));
    if (!label) continue;
    let value = label.value;
    if (!value) {
      // The value in the next element ("<dt>Language</dt><dd>French</dd>").
      let holder: Element = parent;
      while (holder.parentElement && textOf(holder.parentElement) === textOf(holder)) holder = holder.parentElement;
      value = textOf(holder.nextElementSibling).replace(/^[:：]\s*/, '');
    }
    const code = languageCode(value);
    if (code) return code;
  }
  return undefined;
}

/** The admin's own language (`<html lang="zh-CN">` → "zh"). */
function adminLanguage(doc: Document): string | undefined {
  return /^([a-z]{2})(?:-|$)/i.exec(doc.documentElement.lang ?? '')?.[1]?.toLowerCase();
}

// ── The adapter ──────────────────────────────────────────────────────────────────────────────

/** The order behind a dialog does not change while the modal covers it: read once per dialog. */
const threadsByDialog = new WeakMap<Element, ThreadRead>();

export const shopifyMessaging: MessagingAdapter = {
  marketplace: 'shopify',
  surfaces: shopifyMessagingSurfaces,
  // The URL says "order page"; the document says whether the contact dialog is open.
  detectSurface: detectShopifySurface,
  readThread: (doc, url) => {
    const dialog = findContactDialog(doc);
    if (!dialog) return null;
    const cached = threadsByDialog.get(dialog);
    if (cached) return cached;
    const thread = readShopifyThread(doc, url, Date.now(), dialog);
    if (thread) threadsByDialog.set(dialog, thread);
    return thread;
  },
  findReplyBox: findShopifyReplyBox,
  // No inbox in the admin (see the header).
  listThreads: () => [],
};
