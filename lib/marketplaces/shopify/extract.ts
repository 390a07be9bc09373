/**
 * Shopify admin DOM → validated PageRows.
 *
 * Polaris class names are hashed per release, so extraction anchors on what survives a restyle:
 *  1. links — an order row holds a link to /orders/<numeric id>, a product row one to
 *     /products/<numeric id> — inside table rows or ARIA rows;
 *  2. column headings ("Date", "Total", "付款状态" — labels.ts) map a row's cells, and the cells'
 *     own shape (a date, an amount, a status badge) fills in when headings are missing;
 *  3. visible labels ("SKU: …", "Tracking number", "收货地址") and card headings ("Unfulfilled",
 *     "Return requested") on detail pages;
 *  4. dated selectors (selectors.ts) only when all of that finds nothing.
 * Text is read with textContent and never parsed as HTML; no style or layout is read.
 */
import { PageRow, type PageKind, type ShippingFacts } from '../../domain/annotations';
import type { Money } from '../../domain/vocabulary';
import type { ExtractedRow, PageContext } from '../../features/adapter';
import { collapseWhitespace, parseMoney, parseRelativeDateTime, toHalfWidth, type DateTimeParts } from '../parse';
import {
  BLOCK_PATTERNS,
  columnOfHeading,
  fulfillmentWord,
  IN_TRANSIT_PATTERN,
  ORDER_NAME_IN_TEXT,
  PAYMENT_PATTERN,
  PRICE_TIMES_QUANTITY,
  RETURN_HEADING_PATTERN,
  returnReasonCode,
  type ColumnKey,
  type InlineLabelKey,
} from './labels';
import {
  badgesNear,
  blockAfterHeading,
  cardOf,
  controlValue,
  countryOfAddress,
  dateAfter,
  HEADING,
  labelledFields,
  labelValueIn,
  PLACEHOLDER,
  productTypeField,
  reasonPhraseIn,
  scanLabels,
  shortTextsIn,
  textOf,
  valueAfterLabel,
  type Card,
} from './dom';
import { orderIdInPath, productIdInPath } from './pages';
import { innermostRowsHolding } from '../rows';
import { queryFirstMatching, queryOne } from './selectors';

const SHOW_TEXT = 0x4;
const ORDER_HREF = /\/orders\/(\d+)(?=[/?#]|$)/;
const PRODUCT_HREF = /\/products\/(\d+)(?:\/variants\/(\d+))?(?=[/?#]|$)/;
const CUSTOMER_HREF = /\/customers\/\d+/;
const ROW = 'tr, [role="row"]';
const CELL = 'td, th, [role="cell"], [role="gridcell"], [role="rowheader"], [role="columnheader"]';
const TABLE_ROW = 'tr, [role="row"]';
const ORDER_LINK = 'a[href*="/orders/"]';
const PRODUCT_LINK = 'a[href*="/products/"]';
/** SKUs carry no spaces: a buyer's note that reads "SKU: X arrived instead…" is not a SKU line. */
const SKU_VALUE = /^\S{1,100}$/;
const ISO_SUFFIX = /\b([A-Z]{3})\s*$/;
const NO_CUSTOMER = /^(?:no customer|无客户|没有客户)$/i;
const TOTAL_LABEL = /^\s*(?:Total|总计|合计|总额)\s*[:：]?\s*$/i;

/** Facts read once per page on top of the adapter contract's. */
export interface ShopifyPageContext extends PageContext {
  /** The reader's clock, for "Today at 9:41 am" and year-less dates. */
  now: Date;
  /** Currency printed as an ISO code beside an amount on the page ("€59,98 EUR"). */
  shopCurrency?: string;
  buyerName?: string;
  orderValue?: Money;
  /** Purchase date-time on an order page ("2026-11-03T14:15:00+00:00", or a bare date). */
  purchasedAt?: string;
  cancelled?: boolean;
  productId?: string;
  productTitle?: string;
  productType?: string;
}

// ── Page context ─────────────────────────────────────────────────────────────────────────────

/** Facts read once per page: on an order or return page its name, date, customer, total and destination. */
export function readPageContext(doc: Document, page: PageKind, url: URL): ShopifyPageContext {
  // admin.shopify.com serves every shop, whatever its country: no host country.
  const ctx: ShopifyPageContext = { url, page, hostCountry: null, now: new Date() };
  const body = doc.body ?? doc.documentElement;
  if (page === 'orderDetail' || page === 'returnDetail') readOrderPage(doc, body, url, ctx);
  if (page === 'productDetail') readProductPage(doc, body, url, ctx);
  return ctx;
}

function readOrderPage(doc: Document, body: Element, url: URL, ctx: ShopifyPageContext): void {
  const numericId = orderIdInPath(url.pathname);
  const title = queryOne(doc, 'pageTitle');
  // The return page links back to its order; the order page's title is the order name.
  const orderLink = numericId
    ? Array.from(body.querySelectorAll('a[href*="/orders/"]')).find((a) => ORDER_HREF.exec(a.getAttribute('href') ?? '')?.[1] === numericId)
    : undefined;
  const name = orderNameIn(textOf(orderLink ?? null)) ?? orderNameIn(textOf(title)) ?? orderNameIn(body.textContent ?? '');
  const orderId = name ? stripHash(name) : numericId;
  if (orderId) ctx.orderId = orderId;

  const purchase = title ? dateAfter(title, ctx.now) : null;
  if (purchase) {
    ctx.orderDate = purchase.date;
    ctx.purchasedAt = isoLocalDateTime(purchase);
  }
  if (title) ctx.cancelled = badgesNear(title).some((text) => fulfillmentWord(text) === 'cancelled');

  const address = blockAfterHeading(body, BLOCK_PATTERNS.shippingAddress);
  const country = address ? countryOfAddress(address) : null;
  if (country) {
    ctx.shipCountry = country;
    ctx.shipCountrySource = 'address';
  }
  const customer = Array.from(body.querySelectorAll('a[href*="/customers/"]')).find((a) => CUSTOMER_HREF.test(a.getAttribute('href') ?? ''));
  const buyer = textOf(customer ?? null);
  if (buyer) ctx.buyerName = buyer;

  const totalText = valueAfterLabel(body, TOTAL_LABEL);
  if (totalText) {
    ctx.shopCurrency = ISO_SUFFIX.exec(totalText)?.[1];
    const total = moneyOf(totalText, ctx.shopCurrency);
    if (total) ctx.orderValue = total;
  }
}

function readProductPage(doc: Document, body: Element, url: URL, ctx: ShopifyPageContext): void {
  const productId = productIdInPath(url.pathname);
  if (productId) ctx.productId = productId;
  const titleInput = queryOne(doc, 'productTitleInput');
  const title = (titleInput ? controlValue(titleInput) : '') || textOf(queryOne(doc, 'pageTitle'));
  if (title) ctx.productTitle = title;
  const type = productTypeField(body);
  if (type?.value) ctx.productType = type.value;
}

// ── Rows ─────────────────────────────────────────────────────────────────────────────────────

/** Where each row sits among the page's rows, so two lines of one SKU get different keys. */
const rowIndex = new WeakMap<Element, number>();
/** Product-page elements that stand for the product itself (its type field), not a variant. */
const productRows = new WeakSet<Element>();

/** Row elements in document order: order or product rows, or the line items of a detail page. */
export function findRowElements(root: ParentNode, page: PageKind): Element[] {
  let rows: Element[];
  switch (page) {
    case 'ordersList':
      // Each link's nearest table or ARIA row (an outer layout row yields to the rows inside it);
      // the link's id is checked when the row is read (extractRow), not here.
      rows = innermostRowsHolding(root, TABLE_ROW, ORDER_LINK);
      if (rows.length === 0) rows = queryFirstMatching(root, 'indexTableRow');
      break;
    case 'listingsList':
      rows = innermostRowsHolding(root, TABLE_ROW, PRODUCT_LINK);
      if (rows.length === 0) rows = queryFirstMatching(root, 'indexTableRow');
      break;
    case 'orderDetail':
    case 'returnDetail':
      rows = lineItems(root, page);
      break;
    case 'productDetail':
      rows = productPageRows(root);
      break;
    default:
      rows = [];
  }
  rows.forEach((row, index) => rowIndex.set(row, index));
  return rows;
}

function linkIn(row: Element, href: RegExp): Element | null {
  for (const a of Array.from(row.getElementsByTagName('a'))) if (href.test(a.getAttribute('href') ?? '')) return a;
  return null;
}

/**
 * Line items: the largest block around each "SKU:" line that holds no other SKU line and no
 * heading (card headings — "Unfulfilled", "Return requested" — bound the items). On an order page
 * shown as a return, only the items inside return cards count.
 */
function lineItems(root: ParentNode, page: PageKind): Element[] {
  const region = rootElement(root);
  if (!region) return [];
  // Text the merchant is writing in a dialog (an e-mail to the customer) is not a line item.
  const skuLines = scanLabels(region)
    .filter((l) => l.key === 'sku' && SKU_VALUE.test(l.value) && !l.line.closest('[role="dialog"], [contenteditable="true"], [contenteditable=""], textarea'))
    .map((l) => l.line);
  const items: Element[] = [];
  skuLines.forEach((line, i) => {
    const others = [skuLines[i - 1], skuLines[i + 1]].filter((e): e is Element => e !== undefined);
    let item = line;
    while (item.parentElement && item.parentElement !== region) {
      const parent = item.parentElement;
      if (others.some((o) => parent.contains(o)) || parent.querySelector(HEADING)) break;
      item = parent;
    }
    if (items[items.length - 1] !== item) items.push(item);
  });
  if (page !== 'returnDetail' || !isOrderPageWithReturn(region)) return items;
  return items.filter((item) => RETURN_HEADING_PATTERN.test(cardOf(item)?.heading ?? ''));
}

/** On a product page: the product (its type field) and each variant (its SKU line or SKU field). */
function productPageRows(root: ParentNode): Element[] {
  const region = rootElement(root);
  if (!region) return [];
  const rows: Element[] = [];
  const type = productTypeField(region);
  if (type) {
    productRows.add(type.container);
    rows.push(type.container);
  }
  const variantRows = Array.from(region.querySelectorAll(ROW)).filter((row) =>
    scanLabels(row).some((l) => l.key === 'sku' && SKU_VALUE.test(l.value)),
  );
  rows.push(...variantRows.filter((row) => !variantRows.some((other) => other !== row && row.contains(other))));
  for (const field of labelledFields(region, BLOCK_PATTERNS.sku)) {
    if (field.value && SKU_VALUE.test(field.value) && !rows.some((r) => r.contains(field.container))) rows.push(field.container);
  }
  return rows;
}

// ── One row ──────────────────────────────────────────────────────────────────────────────────

/** Business lines of one row element; invalid lines are dropped, never thrown. */
export function extractRow(element: Element, ctx: PageContext): ExtractedRow[] {
  const c = ctx as ShopifyPageContext;
  const now = c.now ?? new Date();
  switch (ctx.page) {
    case 'ordersList':
      return validRows([orderListRow(element, c, now)]);
    case 'listingsList':
      return validRows([productListRow(element)]);
    case 'orderDetail':
    case 'returnDetail':
      return validRows([lineItemRow(element, c, now)]);
    case 'productDetail':
      return validRows([productPageRow(element, c)]);
    default:
      return [];
  }
}

interface Draft {
  row: Record<string, unknown>;
  anchor: Element;
}

function validRows(drafts: (Draft | null)[]): ExtractedRow[] {
  const rows: ExtractedRow[] = [];
  for (const draft of drafts) {
    if (!draft) continue;
    const parsed = PageRow.safeParse(dropUndefined(draft.row));
    if (parsed.success) rows.push({ row: dropUndefined(parsed.data), anchor: draft.anchor });
  }
  return rows;
}

/** Orders list: one line per order (line items are not on the list, so no SKU). */
function orderListRow(row: Element, ctx: ShopifyPageContext, now: Date): Draft | null {
  const link = linkIn(row, ORDER_HREF);
  const name = orderNameIn(textOf(link)) ?? orderNameIn(row.textContent ?? '');
  const orderId = name ? stripHash(name) : ORDER_HREF.exec(link?.getAttribute('href') ?? '')?.[1];
  if (!orderId) return null;

  const cells = cellsOf(row);
  const columns = columnsOf(row, cells.length);
  const headed = columns.some((c) => c !== null);
  let date: DateTimeParts | null = null;
  let total: Money | null = null;
  let customer: string | undefined;
  let customerSeen = false;
  let fulfillment: ReturnType<typeof fulfillmentWord> = null;
  let delivered = false;
  let cancelled = false;
  cells.forEach((cell, i) => {
    const text = textOf(cell);
    if (!text) return;
    if (link && cell.contains(link)) {
      // A badge beside the order name ("Canceled") is the only status this cell may hold.
      cancelled ||= shortTextsIn(cell).some((t) => fulfillmentWord(t) === 'cancelled');
      return;
    }
    if (cell.querySelector('input[type="checkbox"]') && !headed) return;
    const word = fulfillmentWord(text);
    if (word === 'cancelled') cancelled = true;
    // With headings, a cell is what its heading says (or a status badge); without, what it looks like.
    const column: ColumnKey | null = headed ? (columns[i] ?? (word === 'delivered' ? 'deliveryStatus' : word ? 'fulfillmentStatus' : null)) : shapeOf(text, word, now);
    switch (column) {
      case 'date':
        date ??= parseRelativeDateTime(text, now);
        break;
      case 'total':
        total ??= moneyOf(text, ISO_SUFFIX.exec(text)?.[1] ?? ctx.shopCurrency);
        break;
      case 'customer':
        // Only the first such cell: "No customer" settles it (the next text cell is the channel).
        if (!customerSeen && !NO_CUSTOMER.test(text) && !PLACEHOLDER.test(text)) customer = text;
        customerSeen = true;
        break;
      case 'fulfillmentStatus':
        if (word === 'delivered') delivered = true;
        else fulfillment ??= word;
        break;
      case 'deliveryStatus':
        if (word === 'delivered') delivered = true;
        break;
      default:
    }
  });

  const status: ShippingFacts['status'] | undefined = cancelled
    ? 'cancelled'
    : fulfillment === 'unfulfilled'
      ? 'unshipped'
      : fulfillment === 'fulfilled' && delivered
        ? 'delivered'
        : fulfillment === 'fulfilled'
          ? 'shipped'
          : undefined;
  const orderDate = (date as DateTimeParts | null)?.date;
  return {
    row: {
      key: `${orderId}|order`,
      orderId,
      buyerName: customer,
      orderDate,
      orderValue: total ?? undefined,
      shipping: status ? dropUndefined({ status, purchasedAt: date ? isoLocalDateTime(date) : undefined }) : undefined,
    },
    anchor: link ? inCell(link) : row,
  };
}

/** The column a cell belongs to by what it shows, for rows whose table has no readable headings. */
function shapeOf(text: string, word: ReturnType<typeof fulfillmentWord>, now: Date): ColumnKey | null {
  if (word === 'delivered') return 'deliveryStatus';
  if (word) return 'fulfillmentStatus';
  if (PAYMENT_PATTERN.test(text)) return 'paymentStatus';
  if (IN_TRANSIT_PATTERN.test(text)) return 'deliveryStatus';
  if (parseRelativeDateTime(text, now)) return 'date';
  if (parseMoney(text)) return 'total';
  return 'customer';
}

/** Products list: a product row (its type → platform category), or a variant sub-row with its SKU. */
function productListRow(row: Element): Draft | null {
  const link = linkIn(row, PRODUCT_HREF);
  const match = PRODUCT_HREF.exec(link?.getAttribute('href') ?? '');
  const productId = match?.[1];
  if (!link || !productId) return null;
  const variantId = match[2];
  const cells = cellsOf(row);
  const columns = columnsOf(row, cells.length);
  let type: string | undefined;
  let skuCell: string | undefined;
  cells.forEach((cell, i) => {
    const text = textOf(cell);
    if (columns[i] === 'productType' && !PLACEHOLDER.test(text)) type ??= text;
    if (columns[i] === 'sku' && SKU_VALUE.test(text)) skuCell ??= text;
  });
  const skuLine = scanLabels(row).find((l) => l.key === 'sku' && SKU_VALUE.test(l.value));
  const sku = skuLine?.value ?? skuCell;
  // A variant row names only the variant ("M / Navy"): its product's row, just above, names the product.
  const title = [variantId ? productTitleAbove(row, productId) : '', textOf(link)].filter(Boolean).join(' — ');
  return {
    row: {
      key: `${productId}|${variantId ?? 'product'}`,
      itemId: productId,
      sku,
      title: title || undefined,
      platformCategory: type && !variantId ? { kind: 'product-type', value: type } : undefined,
    },
    anchor: skuLine?.line ?? inCell(link),
  };
}

/** The title in the nearest row above that links to the product itself (not one of its variants). */
function productTitleAbove(row: Element, productId: string): string {
  let above = row.previousElementSibling;
  for (let hops = 0; above && hops < 250; above = above.previousElementSibling, hops++) {
    const link = linkIn(above, PRODUCT_HREF);
    const match = PRODUCT_HREF.exec(link?.getAttribute('href') ?? '');
    if (match?.[1] === productId && !match[2]) return textOf(link);
  }
  return '';
}

/** A line item on an order page, or an item of a return. */
function lineItemRow(item: Element, ctx: ShopifyPageContext, now: Date): Draft | null {
  const orderId = ctx.orderId;
  if (!orderId) return null;
  const labels = scanLabels(item);
  const skuLine = labels.find((l) => l.key === 'sku' && SKU_VALUE.test(l.value));
  if (!skuLine) return null;
  const first = (key: InlineLabelKey) => labels.find((l) => l.key === key)?.value || undefined;

  const productLink = Array.from(item.getElementsByTagName('a')).find((a) => PRODUCT_HREF.test(a.getAttribute('href') ?? ''));
  const { quantity, lineValue } = quantityAndValue(item, ctx.shopCurrency);
  const card = cardOf(item);
  const isReturn = ctx.page === 'returnDetail';
  const reasonText = first('returnReason') ?? reasonPhraseIn(item);
  const requested = first('returnRequestedOn') ?? (card ? labelValueIn(card.element, 'returnRequestedOn') : undefined);

  return {
    row: {
      key: `${orderId}|${skuLine.value}|${rowIndex.get(item) ?? 0}`,
      orderId,
      sku: skuLine.value,
      title: textOf(productLink ?? null) || undefined,
      quantity,
      lineValue,
      orderValue: ctx.orderValue,
      shipCountry: ctx.shipCountry,
      shipCountrySource: ctx.shipCountry ? ctx.shipCountrySource : undefined,
      buyerName: ctx.buyerName,
      orderDate: ctx.orderDate,
      shipping: isReturn ? undefined : lineShipping(card, ctx, now),
      returnReasonText: isReturn ? reasonText : undefined,
      returnReasonCode: isReturn && reasonText ? returnReasonCode(reasonText) : undefined,
      buyerComment: isReturn ? first('customerNote') : undefined,
      returnRequestedOn: isReturn && requested ? parseRelativeDateTime(requested, now)?.date : undefined,
    },
    anchor: skuLine.line,
  };
}

/** F7 facts of one line: its card says whether it is fulfilled, with what tracking and when. */
function lineShipping(card: Card | null, ctx: ShopifyPageContext, now: Date): ShippingFacts | undefined {
  if (ctx.cancelled) return { status: 'cancelled' };
  const word = card ? fulfillmentWord(card.heading) : null;
  if (!card || !word || word === 'cancelled') return undefined;
  if (word === 'unfulfilled') return dropUndefined({ status: 'unshipped' as const, purchasedAt: ctx.purchasedAt });
  const labels = scanLabels(card.element);
  const value = (key: InlineLabelKey) => labels.find((l) => l.key === key)?.value || undefined;
  const date = (key: InlineLabelKey) => {
    const text = value(key);
    return text ? parseRelativeDateTime(text, now)?.date : undefined;
  };
  const delivered = word === 'delivered' || badgesNear(card.headingElement).some((t) => fulfillmentWord(t) === 'delivered');
  return dropUndefined({
    status: delivered ? ('delivered' as const) : ('shipped' as const),
    purchasedAt: ctx.purchasedAt,
    shippedOn: date('fulfilledOn'),
    deliverBy: date('estimatedDelivery'),
    lastTrackingEventOn: date('lastTrackingUpdate'),
    trackingNumber: value('trackingNumber'),
    carrier: value('carrier'),
  });
}

/** Product page: the product row (type → platform category) or a variant row (SKU). */
function productPageRow(element: Element, ctx: ShopifyPageContext): Draft | null {
  const productId = ctx.productId;
  if (!productId) return null;
  if (productRows.has(element)) {
    if (!ctx.productType) return null;
    return {
      row: {
        key: `${productId}|product`,
        itemId: productId,
        title: ctx.productTitle,
        platformCategory: { kind: 'product-type', value: ctx.productType },
      },
      anchor: element,
    };
  }
  const skuLine = scanLabels(element).find((l) => l.key === 'sku' && SKU_VALUE.test(l.value));
  const field = skuLine ? null : labelledFields(element, BLOCK_PATTERNS.sku)[0];
  const sku = skuLine?.value ?? field?.value;
  if (!sku) return null;
  const variantLink = Array.from(element.getElementsByTagName('a')).find((a) => PRODUCT_HREF.exec(a.getAttribute('href') ?? '')?.[2]);
  const variant = textOf(variantLink ?? null);
  return {
    row: {
      key: `${productId}|${sku}|${rowIndex.get(element) ?? 0}`,
      itemId: productId,
      sku,
      title: [ctx.productTitle, variant].filter(Boolean).join(' — ') || undefined,
    },
    anchor: skuLine?.line ?? element,
  };
}

// ── Counting ─────────────────────────────────────────────────────────────────────────────────

/**
 * How many orders (or products) the page shows, counted apart from row detection: distinct ids in
 * order/product links, else order names ("#1001") in the page's text — so a restyle that drops
 * the links still shows as "visible but not read" on the health chip.
 */
export function countVisibleOrderIds(root: ParentNode, page: PageKind): number {
  const href = page === 'listingsList' || page === 'productDetail' ? PRODUCT_HREF : ORDER_HREF;
  const ids = new Set<string>();
  const scope = rootElement(root);
  if (!scope) return 0;
  for (const a of Array.from(scope.getElementsByTagName('a'))) {
    const id = href.exec(a.getAttribute('href') ?? '')?.[1];
    if (id) ids.add(id);
  }
  // An order page shows one order, whatever else it links to (its return's review page…).
  if ((page === 'orderDetail' || page === 'returnDetail') && (ids.size > 0 || orderNameIn(textOf(queryOne(scope, 'pageTitle'))))) return 1;
  if (ids.size === 0 && href === ORDER_HREF) {
    for (const match of (scope.textContent ?? '').matchAll(ORDER_NAME_IN_TEXT)) ids.add(match[0]);
  }
  return ids.size;
}

/** Whether an order page shows a return card (then it is read as a return). */
export function isOrderPageWithReturn(root: ParentNode): boolean {
  return Array.from(root.querySelectorAll(HEADING)).some((h) => RETURN_HEADING_PATTERN.test(textOf(h)));
}

// ── Small helpers ────────────────────────────────────────────────────────────────────────────

/** The cells of a row: its td/th or ARIA cells, else its element children. */
function cellsOf(row: Element): Element[] {
  const cells = Array.from(row.children).filter((c) => c.matches(CELL));
  return cells.length > 0 ? cells : Array.from(row.children);
}

/**
 * Each column's meaning from the table's headings, read once per header row: a seller who edits
 * the visible columns gets a new header row, read again; 2,000 rows cost one lookup each.
 */
const columnsByTable = new WeakMap<Element, { header: Element | null; columns: (ColumnKey | null)[] }>();
function columnsOf(row: Element, width: number): (ColumnKey | null)[] {
  const table = row.closest('table, [role="table"], [role="grid"], [role="treegrid"]');
  if (!table) return new Array<ColumnKey | null>(width).fill(null);
  const cached = columnsByTable.get(table);
  const header =
    table.localName === 'table'
      ? ((table as HTMLTableElement).tHead?.querySelector('tr') ?? null)
      : cached?.header?.isConnected && table.contains(cached.header)
        ? cached.header
        : (Array.from(table.querySelectorAll(ROW)).find((r) => r.querySelector('th, [role="columnheader"]')) ?? null);
  if (cached && cached.header === header) return cached.columns;
  const columns = header ? cellsOf(header).map((cell) => columnOfHeading(textOf(cell))) : [];
  columnsByTable.set(table, { header, columns });
  return columns;
}

/** The element inside a table cell that holds `node`: annotations go after it, still inside the cell. */
function inCell(node: Element): Element {
  let el = node;
  while (el.parentElement && !el.parentElement.matches(CELL) && !el.parentElement.matches(ROW)) el = el.parentElement;
  return el.parentElement?.matches(ROW) ? node : el;
}

function quantityAndValue(item: Element, shopCurrency: string | undefined): { quantity?: number; lineValue?: Money } {
  const walker = item.ownerDocument.createTreeWalker(item, SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const m = PRICE_TIMES_QUANTITY.exec(toHalfWidth(collapseWhitespace((t as Text).data)));
    if (!m?.[1] || !m[2]) continue;
    const unit = moneyOf(m[1], ISO_SUFFIX.exec(m[1])?.[1] ?? shopCurrency);
    const quantity = Number(m[2]);
    if (!unit) return { quantity };
    return { quantity, lineValue: { amount: Math.round(unit.amount * quantity * 100) / 100, currency: unit.currency } };
  }
  return {};
}

/** "€1.234,56 EUR", "$1,234.56 CAD", "¥1,234", "CHF 12.00" → money; a trailing ISO code decides "$" and "¥". */
function moneyOf(text: string, currency: string | undefined): Money | null {
  return parseMoney(text, currency ? { currency } : {});
}

/** A date (+ time) as ISO 8601 in the reader's time zone: "2026-11-03T14:15:00+01:00", or the bare date. */
export function isoLocalDateTime(parts: DateTimeParts): string {
  if (!parts.time) return parts.date;
  const [y, m, d] = parts.date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = parts.time.split(':').map(Number) as [number, number];
  const offset = -new Date(y, m - 1, d, hh, mm).getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${parts.date}T${parts.time}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function orderNameIn(text: string): string | undefined {
  ORDER_NAME_IN_TEXT.lastIndex = 0;
  const m = ORDER_NAME_IN_TEXT.exec(text);
  ORDER_NAME_IN_TEXT.lastIndex = 0;
  return m?.[0];
}

/** "#1001" → "1001": the order number as the seller types it (and as the orders export's Name, less the "#"). */
function stripHash(name: string): string {
  return name.replace(/^#/, '');
}

function rootElement(root: ParentNode): Element | null {
  const node = root as Node;
  return node.nodeType === 9 ? ((node as Document).body ?? (node as Document).documentElement) : (root as Element);
}




function dropUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}
