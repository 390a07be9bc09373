/**
 * Seller Central DOM → validated PageRows.
 *
 * Stable anchors first, CSS classes last:
 *  1. order ids (3-7-7 digits) in the hrefs of order links find the rows;
 *  2. visible labels ("SKU:", "Menge:", "数量：" — labels.ts) found by one TreeWalker pass per row
 *     give the values, and `data-test-id` attributes give the rest;
 *  3. dated selectors (selectors.ts) only when the anchors find nothing.
 * Text is read with textContent (innerText forces layout) and is never parsed as HTML. A row costs
 * one walk over its own subtree; no per-row querySelectorAll, no style or layout reads.
 */
import { PageRow, type PageKind } from '../../domain/annotations';
import type { ExtractedRow, PageContext } from '../../features/adapter';
import { currencyOf } from '../../domain/countries';
import { countryFromName } from '../countries';
import { AMAZON_SALES_CHANNEL_COUNTRY, AMAZON_SELLER_CENTRAL_HOSTS, isAmazonSellerCentralHost } from '../hosts';
import { collapseWhitespace, parseDate, parseMoney, toHalfWidth, type DateOrder } from '../parse';
import { matchLabel, matchStatus, QUANTITY_HEADING, type LabelKey } from './labels';
import { ORDER_ID } from './pages';
import { innermostRowsHolding } from '../rows';
import { queryFirstMatching, queryOne } from './selectors';

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
/** Order-detail links ("/orders-v3/order/<id>", legacy "/gp/orders-v2/details?orderID=<id>"). */
const ORDER_LINK = 'a[href*="/order"]';
const PRODUCT_LINK = /\/(?:dp|gp\/product)\/[A-Z0-9]{10}/;
/** Row semantics, not class names: table rows, ARIA rows, Katal rows. */
const ROW_ELEMENT = 'tr, [role="row"], kat-table-row';
const YEAR = /\d{4}/;
const DIGITS = /\d+/;
/** "Item defective (DEFECTIVE)" → text + code, when the page prints the code. */
const REASON_WITH_CODE = /^(.*?)\s*[(（]([A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)+|[A-Z]{4,})[)）]$/;
const AMAZON_DOMAIN = /amazon\.[a-z.]+/;
const ORDER_ID_IN_TEXT = /(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)/g;

/** How each host prints all-numeric dates; everything else is day first. */
const DATE_ORDER_BY_COUNTRY: Record<string, DateOrder> = { US: 'MDY', CA: 'MDY', JP: 'YMD' };

// ── Page context ─────────────────────────────────────────────────────────────────────────────

export function hostCountryOf(url: URL): string | null {
  return isAmazonSellerCentralHost(url.hostname) ? AMAZON_SELLER_CENTRAL_HOSTS[url.hostname] : null;
}

/** Facts read once per page. On an order's detail page: its id, date and destination. */
export function readPageContext(doc: Document, page: PageKind, url: URL): PageContext {
  const hostCountry = hostCountryOf(url);
  const ctx: PageContext = { url, page, hostCountry };
  if (page !== 'orderDetail') return ctx;

  const dateOrder = dateOrderFor(hostCountry);
  // The detail page is small: one labelled walk over it is cheap and finds what data-test-ids miss.
  const pageDraft = scanRow(doc.body ?? doc.documentElement, dateOrder);
  ctx.orderId =
    ORDER_ID.exec(url.pathname)?.[0] ?? ORDER_ID.exec(textOf(queryOne(doc, 'orderIdValue')))?.[0] ?? pageDraft.orderId;
  const orderDate =
    parseDate(textOf(queryOne(doc, 'purchaseDate')), dateOrder) ??
    (pageDraft.orderDate ? parseDate(pageDraft.orderDate, dateOrder) : null);
  if (orderDate) ctx.orderDate = orderDate;

  const address = queryOne(doc, 'shipToAddress') ?? pageDraft.shipTo;
  const addressCountry = address ? countryFromAddress(address) : null;
  // A domestic address prints no country line: then it ships within the host's country.
  const shipCountry = addressCountry ?? (address ? hostCountry : null);
  if (shipCountry) {
    ctx.shipCountry = shipCountry;
    ctx.shipCountrySource = 'address';
  } else {
    const channel = pageDraft.salesChannel ? salesChannelCountry(pageDraft.salesChannel) : null;
    if (channel) {
      ctx.shipCountry = channel;
      ctx.shipCountrySource = 'sales-channel';
    }
  }
  return ctx;
}

/** Last line of an address block ("Germany", "Deutschland", "ドイツ"), else null (domestic). */
function countryFromAddress(address: Element): string | null {
  const lines =
    address.children.length > 0
      ? Array.from(address.children, (line) => textOf(line))
      : (address.textContent ?? '').split('\n').map(collapseWhitespace);
  const last = lines.filter(Boolean).pop();
  if (!last) return null;
  return countryFromName(last) ?? countryFromName(last.split(',').pop() ?? '');
}

function salesChannelCountry(text: string): string | null {
  const domain = AMAZON_DOMAIN.exec(text.toLowerCase())?.[0];
  return (domain && AMAZON_SALES_CHANNEL_COUNTRY[domain]) || null;
}

function dateOrderFor(country: string | null | undefined): DateOrder {
  return (country && DATE_ORDER_BY_COUNTRY[country]) || 'DMY';
}

// ── Rows ─────────────────────────────────────────────────────────────────────────────────────

/** Row elements in document order: order/return rows, or an order's line items. */
export function findRowElements(root: ParentNode, page: PageKind): Element[] {
  if (page === 'orderDetail') {
    const items = itemRowsByLabel(root);
    return items.length > 0 ? items : queryFirstMatching(root, 'orderDetailItemRow');
  }
  const rows = rowsFromOrderLinks(root);
  if (rows.length > 0) return rows;
  return queryFirstMatching(root, page === 'ordersList' ? 'ordersListRow' : 'returnsListRow');
}

/**
 * Rows holding an order link. Rows with row semantics (table rows, ARIA rows, Katal rows) are
 * found from the links (each link's nearest row), the cheapest route on a 2,000-row page; pages
 * without row semantics fall back to the children of the links' common ancestor.
 */
function rowsFromOrderLinks(root: ParentNode): Element[] {
  // From each order link up to its row (an outer layout row holding order rows is dropped): one
  // pass over the links, where `row:has(link)` would search every row's subtree.
  // Rows whose link carries no order id read as no lines later (extractRow needs the id).
  const links = Array.from(root.querySelectorAll(ORDER_LINK));
  const rows = innermostRowsHolding(root, ROW_ELEMENT, links);
  if (rows.length > 0) return rows;
  const withId = links.filter((link) => ORDER_ID.test(link.getAttribute('href') ?? ''));
  return withId.length >= 2 ? rowsBelowCommonAncestor(withId) : [];
}


/** Rows without row semantics: the children of the links' common ancestor that hold a link. */
function rowsBelowCommonAncestor(links: Element[]): Element[] {
  const first = links[0];
  const last = links[links.length - 1];
  let common: Element | null = first ?? null;
  while (common && last && !common.contains(last)) common = common.parentElement;
  if (!common) return [];
  const rows: Element[] = [];
  for (const link of links) {
    let row: Element = link;
    while (row.parentElement && row.parentElement !== common) row = row.parentElement;
    if (row !== common && rows[rows.length - 1] !== row) rows.push(row);
  }
  return rows;
}

/** Line items on a detail page: the row around each SKU / ASIN / Order Item ID label. */
function itemRowsByLabel(root: ParentNode): Element[] {
  const node = root as unknown as Node;
  const doc = node.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(node, SHOW_TEXT);
  const rows: Element[] = [];
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const label = matchLabel((t as Text).data);
    if (!label || (label.key !== 'sku' && label.key !== 'asin' && label.key !== 'orderItemId')) continue;
    const row = t.parentElement?.closest('tr, [role="row"]');
    if (row && rows[rows.length - 1] !== row) rows.push(row);
  }
  return rows;
}

// ── One row ──────────────────────────────────────────────────────────────────────────────────

interface ItemDraft {
  title?: string;
  asin?: string;
  sku?: string;
  quantity?: string;
  subtotal?: string;
  orderItemId?: string;
  /** The element holding this item's SKU line (else its ASIN line). */
  anchor?: Element;
}
type ItemField = Exclude<keyof ItemDraft, 'anchor'>;

/** Raw texts read from one row, parsed once the whole row is known (the currency may come late). */
interface RowDraft {
  orderId?: string;
  buyerName?: string;
  salesChannel?: string;
  orderDate?: string;
  /** First unlabelled text that is a date (orders-v3 prints the order date without a label). */
  looseDate?: string;
  returnReason?: string;
  buyerComment?: string;
  returnRequestDate?: string;
  orderAmount?: string;
  refundAmount?: string;
  shipBy?: string;
  deliverBy?: string;
  status?: 'unshipped' | 'shipped' | 'delivered' | 'cancelled';
  shipTo?: Element;
  items: ItemDraft[];
}

/** A new item starts when a field the current item already has turns up again. */
function setItemField(draft: RowDraft, field: ItemField, value: string, line: Element | null): void {
  if (!value) return;
  let item = draft.items[draft.items.length - 1];
  if (!item || item[field] !== undefined) {
    item = {};
    draft.items.push(item);
  }
  item[field] = value;
  if (line && (field === 'sku' || (field === 'asin' && !item.anchor))) item.anchor = line;
}

/** One document-order walk over the row's elements and texts. */
function scanRow(row: Element, dateOrder: DateOrder): RowDraft {
  const draft: RowDraft = { items: [] };
  const walker = row.ownerDocument.createTreeWalker(row, SHOW_ELEMENT | SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const consumed =
      node.nodeType === 1 ? onElement(node as Element, draft) : onText(node as Text, row, draft, dateOrder);
    // Skip what a link or a label's value already accounted for, so a buyer comment that reads
    // "SKU: …" is never taken for a label.
    if (consumed) walker.currentNode = lastDescendant(consumed);
  }
  return draft;
}

function onElement(el: Element, draft: RowDraft): Node | null {
  const tag = el.localName;
  if (tag === 'a') {
    const href = el.getAttribute('href') ?? '';
    if (href.includes('/order')) {
      draft.orderId ??= ORDER_ID.exec(href)?.[0];
      return null;
    }
    if (PRODUCT_LINK.test(href)) {
      const title = textOf(el);
      if (title) setItemField(draft, 'title', title, null);
      return title ? el : null;
    }
    return null;
  }
  if (tag === 'script' || tag === 'style' || tag === 'template') return el;
  if (el.getAttribute('data-test-id') === 'buyer-name-with-link') {
    draft.buyerName ??= textOf(el) || undefined;
    return el;
  }
  return null;
}

function onText(text: Text, row: Element, draft: RowDraft, dateOrder: DateOrder): Node | null {
  const data = text.data;
  const label = matchLabel(data);
  if (!label) {
    if (!draft.orderId) draft.orderId = ORDER_ID.exec(data)?.[0];
    if (!draft.status && data.length <= 30) draft.status = matchStatus(data) ?? undefined;
    if (!draft.looseDate && data.length < 40 && YEAR.test(data) && parseDate(data, dateOrder)) {
      draft.looseDate = data;
    }
    return null;
  }
  if (label.value) {
    applyLabel(draft, label.key, label.value, text.parentElement);
    return null;
  }
  // The value follows the label: climb to the element that holds only the label, then read its
  // following siblings up to the next label.
  let labelNode: Node = text;
  const labelText = collapseWhitespace(data);
  while (
    labelNode.parentElement &&
    labelNode.parentElement !== row &&
    collapseWhitespace(labelNode.parentElement.textContent ?? '') === labelText
  ) {
    labelNode = labelNode.parentElement;
  }
  if (label.key === 'shipTo') {
    draft.shipTo ??= nextElement(labelNode) ?? undefined;
    return labelNode;
  }
  const parts: string[] = [];
  let last: Node | null = null;
  for (let sibling = labelNode.nextSibling; sibling; sibling = sibling.nextSibling) {
    const siblingText = sibling.textContent ?? '';
    // The next label ends this value, but only once the value has begun: a buyer comment that
    // reads "SKU: …" is this label's value, not a label of its own.
    if (hasText(parts) && matchLabel(collapseWhitespace(siblingText))) break;
    parts.push(siblingText);
    last = sibling;
  }
  let value = collapseWhitespace(parts.join(' '));
  const colonFirst = value.startsWith(':') || value.startsWith('：');
  if (!label.hasColon && !colonFirst) return null; // a heading that happens to read "SKU", not a label
  if (colonFirst) value = value.slice(1).trim();
  applyLabel(draft, label.key, value, labelNode.parentElement ?? row);
  return last ?? labelNode;
}

function applyLabel(draft: RowDraft, key: LabelKey, value: string, line: Element | null): void {
  switch (key) {
    case 'sku':
    case 'asin':
    case 'quantity':
    case 'orderItemId':
      return setItemField(draft, key, value, line);
    case 'itemSubtotal':
      return setItemField(draft, 'subtotal', value, line);
    case 'orderId':
      draft.orderId ??= ORDER_ID.exec(value)?.[0];
      return;
    case 'buyerName':
    case 'salesChannel':
    case 'orderDate':
    case 'returnReason':
    case 'buyerComment':
    case 'returnRequestDate':
    case 'orderAmount':
    case 'refundAmount':
    case 'shipBy':
    case 'deliverBy':
      if (value) draft[key] ??= value;
      return;
    case 'shipTo':
    case 'other':
      return;
  }
}

/** Business lines of one row element; invalid lines are dropped, never thrown. */
export function extractRow(element: Element, ctx: PageContext): ExtractedRow[] {
  const dateOrder = dateOrderFor(ctx.hostCountry);
  const draft = scanRow(element, dateOrder);
  const orderId = draft.orderId ?? ctx.orderId;
  if (!orderId) return [];

  const channelCountry = draft.salesChannel ? salesChannelCountry(draft.salesChannel) : null;
  const [shipCountry, shipCountrySource] = ctx.shipCountry
    ? [ctx.shipCountry, ctx.shipCountrySource ?? 'address']
    : channelCountry
      ? [channelCountry, 'sales-channel' as const]
      : ctx.hostCountry
        ? [ctx.hostCountry, 'host' as const]
        : [undefined, undefined];
  const money = { currency: currencyOf(channelCountry ?? shipCountry ?? ctx.hostCountry ?? '') };
  const date = (text: string | undefined) => (text ? (parseDate(text, dateOrder) ?? undefined) : undefined);
  const amount = (text: string | undefined) => (text ? (parseMoney(text, money) ?? undefined) : undefined);
  const reason = draft.returnReason ? REASON_WITH_CODE.exec(draft.returnReason) : null;

  const shared = {
    orderId,
    shipCountry,
    shipCountrySource,
    buyerName: draft.buyerName,
    orderDate: date(draft.orderDate) ?? date(draft.looseDate) ?? ctx.orderDate,
    orderValue: amount(draft.orderAmount) ?? amount(draft.refundAmount),
    returnReasonText: reason?.[1] ?? draft.returnReason,
    returnReasonCode: reason?.[2],
    buyerComment: draft.buyerComment ?? commentBySelector(element, ctx.page),
    returnRequestedOn: date(draft.returnRequestDate),
    shipping: shippingFacts(draft, ctx, date),
  };
  const items = draft.items.length > 0 ? draft.items : [{}];
  const rows: ExtractedRow[] = [];
  items.forEach((item: ItemDraft, index) => {
    const quantityText = item.quantity ?? (ctx.page === 'orderDetail' ? quantityFromColumn(element) : undefined);
    const quantity = quantityText ? DIGITS.exec(toHalfWidth(quantityText))?.[0] : undefined;
    const parsed = PageRow.safeParse({
      ...shared,
      key: `${orderId}|${item.sku ?? item.asin ?? index}|${index}`,
      sku: item.sku,
      asin: item.asin,
      title: item.title,
      quantity: quantity === undefined ? undefined : Number(quantity),
      lineValue: amount(item.subtotal),
    });
    if (parsed.success) rows.push({ row: dropUndefined(parsed.data), anchor: item.anchor ?? element });
  });
  return rows;
}

/**
 * F7 facts of an order row. The list prints the purchase date without a usable time zone, so the
 * purchase counts from the end of that day (a notice never comes early).
 */
function shippingFacts(draft: RowDraft, ctx: PageContext, date: (text: string | undefined) => string | undefined) {
  if ((ctx.page !== 'ordersList' && ctx.page !== 'orderDetail') || !draft.status) return undefined;
  const purchasedAt = date(draft.orderDate) ?? date(draft.looseDate) ?? ctx.orderDate;
  return dropUndefined({
    status: draft.status,
    purchasedAt,
    shipBy: date(draft.shipBy),
    deliverBy: date(draft.deliverBy),
  });
}

/** Second choice for return rows whose comment has no label we know. */
function commentBySelector(row: Element, page: PageKind): string | undefined {
  if (page !== 'returnsList' && page !== 'returnDetail') return undefined;
  return textOf(queryOne(row, 'buyerComment')) || undefined;
}

/** The detail page's quantity is a bare number in the column headed "Quantity"/"数量". */
const quantityColumnByTable = new WeakMap<Element, number>();
function quantityFromColumn(row: Element): string | undefined {
  const table = row.closest('table');
  if (!table) return undefined;
  let index = quantityColumnByTable.get(table);
  if (index === undefined) {
    const headings = table.querySelector('thead tr')?.children ?? [];
    index = Array.from(headings).findIndex(
      (cell) =>
        cell.getAttribute('data-test-id') === 'item-quantity-heading' || QUANTITY_HEADING.test(textOf(cell)),
    );
    quantityColumnByTable.set(table, index);
  }
  const cell = index >= 0 ? row.children[index] : undefined;
  return cell ? textOf(cell) : undefined;
}

/** Distinct order ids in order links (plus the detail page's own), counted apart from row detection. */
export function countVisibleOrderIds(root: ParentNode, page: PageKind): number {
  const ids = new Set<string>();
  for (const link of Array.from(root.querySelectorAll(ORDER_LINK))) {
    const id = ORDER_ID.exec(link.getAttribute('href') ?? '')?.[0];
    if (id) ids.add(id);
  }
  if (page === 'orderDetail') {
    const id = ORDER_ID.exec(textOf(queryOne(root, 'orderIdValue')))?.[0];
    if (id) ids.add(id);
  }
  // A restyle that drops the order links would hide the orders from the count too: then look for
  // order ids in the page's text, so the health chip can still say "orders visible, none read".
  if (ids.size === 0) {
    const node = root as Node;
    const text = (node.nodeType === 9 ? (node as Document).body?.textContent : node.textContent) ?? '';
    for (const match of text.matchAll(ORDER_ID_IN_TEXT)) ids.add(match[0]);
  }
  return ids.size;
}

// ── Small DOM helpers ────────────────────────────────────────────────────────────────────────

const hasText = (parts: string[]) => parts.some((p) => p.trim() !== '');

function textOf(el: Element | null): string {
  return el ? collapseWhitespace(el.textContent ?? '') : '';
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

function dropUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}
