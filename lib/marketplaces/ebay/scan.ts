/**
 * Reading one row of Seller Hub into a draft: one document-order walk over its elements and texts
 * that picks up links (order, item, feedback), visible labels and date phrases (labels.ts), status
 * words, order and item numbers, and the bare values under column headings ("Quantity" over "2").
 * Raw texts only: extract.ts parses them once the whole row (and, on a detail page, the page) is
 * known. Text is read with textContent and never parsed as HTML.
 */
import { collapseWhitespace, parseDate, type DateOrder } from '../parse';
import { matchDatePhrase, matchHeading, matchLabel, matchStatus, type LabelKey, type ShippingStatusWord } from './labels';
import { ORDER_ID } from './pages';

const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;
export const ITEM_LINK = 'a[href*="/itm/"]';
export const FEEDBACK_LINK = 'a[href*="/fdbk/feedback_profile/"], a[href*="/usr/"]';
const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
export const ITEM_ID_IN_HREF = /\/itm\/(?:[^/?#]*\/)?(\d{9,14})(?:[/?#]|$)/;
const ITEM_ID_TEXT = /^\(?\s*(\d{9,14})\s*\)?$/;
export const ITEM_NUMBER = /^\d{9,14}$/;
const DIGITS = /\d+/;
const YEAR = /\d{4}/;
const TRACKING_WITH_CARRIER = /^(.*?)\s*(?:[(（]([^()（）]{2,40})[)）])?$/;

// ── Drafts: raw texts read from the page, parsed once the whole row is known ─────────────────

export interface ItemDraft {
  title?: string;
  itemId?: string;
  sku?: string;
  quantity?: string;
  price?: string;
  category?: string;
  /** The element holding the SKU line; annotations go right after it. */
  anchor?: Element;
  /** The title line: the anchor when the item shows no SKU. */
  titleAnchor?: Element;
}
type ItemField = 'title' | 'itemId' | 'sku' | 'quantity' | 'price' | 'category';

export interface Draft {
  orderId?: string;
  buyerName?: string;
  dateSold?: string;
  datePaid?: string;
  /** First unlabelled text that is a date (the grid's "Date sold" cell when its heading is unknown). */
  looseDate?: string;
  shipBy?: string;
  shippedOn?: string;
  estimatedDelivery?: string;
  deliveredOn?: string;
  lastTrackingEvent?: string;
  tracking?: string;
  carrier?: string;
  status?: ShippingStatusWord;
  /** Status implied by a date phrase ("Ship by Nov 24" → unshipped) when no status word is shown. */
  impliedStatus?: ShippingStatusWord;
  shipTo?: string[];
  orderQuantity?: string;
  soldFor?: string;
  orderTotal?: string;
  returnReason?: string;
  buyerComment?: string;
  returnRequested?: string;
  refundAmount?: string;
  items: ItemDraft[];
  current?: ItemDraft;
  /** The item touched while reading the current row; its columns belong to it. */
  rowItem?: ItemDraft;
  /** Set at each item row: its first item field starts a new item. */
  newItemPending: boolean;
}

export const newDraft = (): Draft => ({ items: [], newItemPending: false });

export function setItemField(draft: Draft, field: ItemField, value: string, anchor?: Element | null): void {
  if (!value) return;
  let item = draft.current;
  if (!item || draft.newItemPending || (item[field] !== undefined && item[field] !== value)) {
    item = {};
    draft.items.push(item);
    draft.newItemPending = false;
  }
  item[field] ??= value;
  if (anchor && field === 'sku') item.anchor = anchor;
  if (anchor && field === 'title') item.titleAnchor ??= anchor;
  draft.current = item;
  draft.rowItem = item;
}

// ── Reading one row ──────────────────────────────────────────────────────────────────────────

/** One document-order walk over a row's elements and texts, into `draft`. */
export function scanRow(draft: Draft, row: Element, dateOrder: DateOrder): void {
  draft.rowItem = undefined;
  const columns = new Map<LabelKey, Element>();
  const dataId = row.getAttribute('data-id');
  if (dataId && ITEM_NUMBER.test(dataId)) setItemField(draft, 'itemId', dataId);
  const walker = row.ownerDocument.createTreeWalker(row, SHOW_ELEMENT | SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const consumed =
      node.nodeType === 1 ? onElement(node as Element, draft, columns) : onText(node as Text, row, draft, dateOrder);
    // Skip what a link or a label's value already accounted for, so a buyer comment that reads
    // "Custom label (SKU): …" is never taken for a label.
    if (consumed) walker.currentNode = lastDescendant(consumed);
  }
  applyColumns(draft, columns);
}

function onElement(el: Element, draft: Draft, columns: Map<LabelKey, Element>): Node | null {
  const tag = el.localName;
  if (tag === 'script' || tag === 'style' || tag === 'template' || el.hasAttribute('data-helloword')) return el;
  if (tag === 'a') return onLink(el, draft);
  if (tag === 'input') {
    const number = el.getAttribute('data-ordernumber');
    if (number && ORDER_ID.test(number)) draft.orderId ??= ORDER_ID.exec(number)?.[0];
    return null;
  }
  if (tag === 'td' || tag === 'th' || CELL_ROLES.has(el.getAttribute('role') ?? '')) {
    const key = columnKeyOf(el);
    if (key && !columns.has(key)) columns.set(key, el);
  }
  return null;
}

function onLink(a: Element, draft: Draft): Node | null {
  const href = a.getAttribute('href') ?? '';
  const itemId = ITEM_ID_IN_HREF.exec(href)?.[1];
  if (itemId) {
    setItemField(draft, 'itemId', itemId);
    const title = textOf(a);
    if (title && !ITEM_ID_TEXT.test(title)) setItemField(draft, 'title', title, a.parentElement);
    return a;
  }
  if (/orderid=|\/ord\/details/i.test(href)) {
    draft.orderId ??= ORDER_ID.exec(href)?.[0];
    return null;
  }
  // The buyer's feedback count "(152)" says nothing we read.
  if (a.matches(FEEDBACK_LINK)) return a;
  return null;
}

function onText(text: Text, row: Element, draft: Draft, dateOrder: DateOrder): Node | null {
  const data = text.data;
  if (data.trim() === '') return null;
  const label = matchLabel(data);
  if (label && (label.hasColon || isHeading(text.parentElement, row))) return onLabel(text, label.key, label.value, row, draft, label.hasColon);
  const phrase = matchDatePhrase(data);
  if (phrase) {
    if (phrase.value) {
      applyValue(draft, phrase.key, phrase.value, text.parentElement);
      return null;
    }
    return onLabel(text, phrase.key, '', row, draft, false);
  }
  const status = matchStatus(data);
  if (status) {
    draft.status ??= status;
    return null;
  }
  if (!draft.orderId) draft.orderId = ORDER_ID.exec(data)?.[0];
  const itemId = ITEM_ID_TEXT.exec(data.trim())?.[1];
  if (itemId) setItemField(draft, 'itemId', itemId);
  else if (!draft.looseDate && data.length < 60 && YEAR.test(data) && parseDate(data, dateOrder)) draft.looseDate = collapseWhitespace(data);
  return null;
}

/**
 * Colonless labels count only as headings of a value: "<dt>Date sold</dt>", "<h3>Ship to</h3>",
 * "<th>Quantity</th><td>2</td>" — never the column headings of a grid (those are read by column).
 */
function isHeading(el: Element | null, row: Element): boolean {
  const heading = el?.closest('h1, h2, h3, h4, h5, h6, dt, th, label, legend, [role="rowheader"]');
  if (!heading || !row.contains(heading) || heading.closest('thead')) return false;
  if (heading.localName === 'th') return Array.from(heading.parentElement?.children ?? []).some((cell) => cell.localName === 'td');
  return true;
}

/** A label whose value is in this text node or in the nodes after it (up to the next label). */
function onLabel(text: Text, key: LabelKey, inline: string, row: Element, draft: Draft, colon: boolean): Node | null {
  if (inline) {
    applyValue(draft, key, inline, text.parentElement);
    return null;
  }
  // Climb to the element that holds only the label, then read what follows it.
  let labelNode: Node = text;
  const labelText = collapseWhitespace(text.data);
  while (
    labelNode.parentElement &&
    labelNode.parentElement !== row &&
    collapseWhitespace(labelNode.parentElement.textContent ?? '') === labelText
  ) {
    labelNode = labelNode.parentElement;
  }
  if (key === 'shipTo') {
    const block = nextElement(labelNode);
    if (block && !draft.shipTo) draft.shipTo = linesOf(block);
    return block ?? labelNode;
  }
  if (key === 'buyer') {
    const block = nextElement(labelNode);
    const name = block ? firstText(block) : '';
    if (name) draft.buyerName ??= name;
    return block ?? labelNode;
  }
  const parts: string[] = [];
  let last: Node | null = null;
  for (let sibling = labelNode.nextSibling; sibling; sibling = sibling.nextSibling) {
    const siblingText = sibling.textContent ?? '';
    // The next label ends this value, but only once the value has begun: a comment that reads
    // "Custom label (SKU): …" is this label's value, not a label of its own. A heading without a
    // colon followed straight by another label was a column of headings, not a label.
    if ((!colon || parts.some((p) => p.trim() !== '')) && isLabelText(collapseWhitespace(siblingText))) break;
    parts.push(siblingText);
    last = sibling;
  }
  let value = collapseWhitespace(parts.join(' '));
  if (value.startsWith(':') || value.startsWith('：')) value = value.slice(1).trim();
  const line = labelNode.parentElement && labelNode.parentElement !== row ? labelNode.parentElement : labelNode instanceof Element ? labelNode : row;
  applyValue(draft, key, value, line);
  return last ?? labelNode;
}

function isLabelText(text: string): boolean {
  const label = matchLabel(text);
  return (label !== null && (label.hasColon || label.value === '')) || matchDatePhrase(text) !== null;
}

function applyValue(draft: Draft, key: LabelKey, value: string, line: Element | null): void {
  if (!value) return;
  switch (key) {
    case 'sku':
      return setItemField(draft, 'sku', value, line);
    case 'itemId': {
      const id = DIGITS.exec(value)?.[0];
      if (id && ITEM_NUMBER.test(id)) setItemField(draft, 'itemId', id);
      return;
    }
    case 'quantity':
      return setItemField(draft, 'quantity', value);
    case 'itemPrice':
      return setItemField(draft, 'price', value);
    case 'category':
      return setItemField(draft, 'category', value);
    case 'orderId':
      draft.orderId ??= ORDER_ID.exec(value)?.[0];
      return;
    case 'buyer':
      draft.buyerName ??= value;
      return;
    case 'shipTo':
      draft.shipTo ??= [value];
      return;
    case 'orderTotal':
      draft.orderTotal ??= value;
      return;
    case 'dateSold':
    case 'datePaid':
    case 'shipBy':
    case 'shippedOn':
    case 'estimatedDelivery':
    case 'deliveredOn':
    case 'lastTrackingEvent':
    case 'returnRequested':
    case 'refundAmount':
    case 'buyerComment':
      draft[key] ??= value;
      if (key === 'shipBy') draft.impliedStatus ??= 'unshipped';
      if (key === 'shippedOn') draft.impliedStatus ??= 'shipped';
      if (key === 'deliveredOn') draft.impliedStatus = 'delivered';
      return;
    case 'returnReason':
      draft.returnReason ??= value;
      return;
    case 'trackingNumber': {
      const m = TRACKING_WITH_CARRIER.exec(value);
      const number = (m?.[1] ?? value).replace(/\s+/g, '');
      if (number) draft.tracking ??= number.slice(0, 100);
      if (m?.[2]) draft.carrier ??= m[2].trim();
      return;
    }
    case 'carrier':
      draft.carrier ??= value;
      return;
    case 'status': {
      const status = matchStatus(value);
      if (status) draft.status ??= status;
      return;
    }
    case 'returnId':
    case 'other':
      return;
  }
}

/** Bare values under a column heading ("Quantity" over "2"): the row's item's, else the order's. */
function applyColumns(draft: Draft, columns: Map<LabelKey, Element>): void {
  for (const [key, cell] of columns) {
    const value = textOf(cell);
    if (!value) continue;
    const item = draft.rowItem;
    switch (key) {
      case 'sku':
        if (item) {
          if (item.sku === undefined) {
            item.sku = value;
            item.anchor = deepestHolding(cell, value);
          }
        } else {
          setItemField(draft, 'sku', value, deepestHolding(cell, value));
        }
        break;
      case 'quantity':
        if (item) item.quantity ??= value;
        else draft.orderQuantity ??= value;
        break;
      case 'itemPrice':
        if (item) item.price ??= value;
        else draft.soldFor ??= value;
        break;
      case 'category':
        if (item) item.category ??= value;
        break;
      case 'itemId':
        if (ITEM_NUMBER.test(value)) setItemField(draft, 'itemId', value);
        break;
      case 'orderTotal':
        draft.orderTotal ??= value;
        break;
      case 'dateSold':
      case 'datePaid':
        draft[key] ??= value;
        break;
      case 'buyer':
        draft.buyerName ??= firstText(cell) || undefined;
        break;
      case 'status': {
        const status = matchStatus(value);
        if (status) draft.status ??= status;
        break;
      }
      default:
        break;
    }
  }
}

// ── Columns: which heading a cell sits under ─────────────────────────────────────────────────

const headerRowOfTable = new WeakMap<Element, Element | null>();
const keysOfHeaderRow = new WeakMap<Element, (LabelKey | null)[]>();

/** The heading key of the column a cell sits in ("Custom label (SKU)" → 'sku'), or null. */
function columnKeyOf(cell: Element): LabelKey | null {
  const row = cell.parentElement;
  if (!row) return null;
  const table = row.closest('table, [role="table"], [role="grid"], [role="treegrid"]');
  if (!table) return null;
  let header = headerRowOfTable.get(table);
  if (header === undefined || (header && !header.isConnected)) {
    header = headerRowOf(table);
    headerRowOfTable.set(table, header);
  }
  if (!header || header === row) return null;
  let keys = keysOfHeaderRow.get(header);
  if (!keys) {
    keys = [];
    for (const heading of Array.from(header.children)) {
      const key = matchHeading(firstText(heading));
      for (let i = 0; i < spanOf(heading); i++) keys.push(key);
    }
    keysOfHeaderRow.set(header, keys);
  }
  let index = 0;
  for (let previous = cell.previousElementSibling; previous; previous = previous.previousElementSibling) index += spanOf(previous);
  return keys[index] ?? null;
}

/** The row of column headings: thead's, the ARIA column headers' row, or a first row of th only. */
function headerRowOf(table: Element): Element | null {
  const head = table.querySelector('thead tr') ?? table.querySelector('[role="columnheader"]')?.parentElement;
  if (head) return head;
  const first = table.querySelector('tr');
  return first && first.children.length > 1 && Array.from(first.children).every((cell) => cell.localName === 'th') ? first : null;
}

function spanOf(cell: Element): number {
  const span = Number(cell.getAttribute('colspan') ?? cell.getAttribute('aria-colspan') ?? 1);
  return Number.isInteger(span) && span > 0 && span < 50 ? span : 1;
}

// ── Small DOM helpers ────────────────────────────────────────────────────────────────────────

export function textOf(el: Element | null | undefined): string {
  return el ? collapseWhitespace(el.textContent ?? '') : '';
}

/** The first non-empty text inside an element (a heading without its sort button, a name before its username). */
export function firstText(el: Element | null | undefined): string {
  if (!el) return '';
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const text = collapseWhitespace((t as Text).data);
    if (text) return text;
  }
  return '';
}

/** An address block's lines: each text node is a line (lines are split by elements or <br>). */
export function linesOf(el: Element | null | undefined): string[] | undefined {
  if (!el) return undefined;
  const lines: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const line = collapseWhitespace((t as Text).data);
    if (line && line !== ',') lines.push(line);
  }
  return lines.length > 0 ? lines : undefined;
}

/** The deepest element holding exactly `text` (a SKU cell's inner div), so annotations sit beside the value. */
function deepestHolding(cell: Element, text: string): Element {
  let el = cell;
  for (;;) {
    const next = Array.from(el.children).find((child) => textOf(child) === text);
    if (!next) return el;
    el = next;
  }
}

function lastDescendant(node: Node): Node {
  let n = node;
  while (n.lastChild) n = n.lastChild;
  return n;
}

/** The element after a heading: its next element sibling, or its parent's. */
function nextElement(node: Node): Element | null {
  for (let n: Node | null = node; n; n = n.parentNode) {
    let s = n.nextSibling;
    while (s && s.nodeType !== 1) s = s.nextSibling;
    if (s) return s as Element;
  }
  return null;
}

export function dropUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}
