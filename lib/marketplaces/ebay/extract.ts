/**
 * Seller Hub DOM → validated PageRows.
 *
 * Stable anchors first, CSS classes last:
 *  1. rows: order links (/sh/ord/details?orderid=…, /mesh/ord/details…) on order and return lists,
 *     `[data-id]` item numbers and /itm/ links on listings, item links and SKU lines on detail pages;
 *  2. values: visible labels ("Custom label (SKU):", "Lieferadresse") and column headings
 *     ("Quantity" above a bare "2") from labels.ts, order-id and item-id patterns, status words
 *     (scan.ts reads them);
 *  3. dated selectors (selectors.ts) only when those find nothing.
 * An order on the grid is a run of sibling rows (its order row, then one row per item): the order
 * row is the row element, and reading it reads its item rows too. No style or layout is read.
 */
import { PageRow, type PageKind, type PlatformCategory, type ShippingFacts } from '../../domain/annotations';
import { currencyOf } from '../../domain/countries';
import type { ExtractedRow, PageContext } from '../../features/adapter';
import { countryFromName } from '../countries';
import { collapseWhitespace, parseDate, parseDateTime, parseMoney, parseMonthDay, type DateOrder } from '../parse';
import { EBAY_HOSTS, isEbayHost } from './hosts';
import { matchLabel, reasonCodeOf } from './labels';
import { ORDER_ID } from './pages';
import {
  dropUndefined,
  FEEDBACK_LINK,
  firstText,
  ITEM_ID_IN_HREF,
  ITEM_LINK,
  ITEM_NUMBER,
  linesOf,
  newDraft,
  scanRow,
  SHOW_TEXT,
  textOf,
  type Draft,
  type ItemDraft,
} from './scan';
import { innermostRowsHolding } from '../rows';
import { queryFirstMatching, queryOne, SELECTORS } from './selectors';

/** Links to an order's page (the grid's order numbers, "View order details"), the usual form first. */
const ORDER_LINKS = ['a[href*="/ord/details"]', 'a[href*="orderid="]', 'a[href*="orderId="]'] as const;
const ORDER_LINK = ORDER_LINKS.join(', ');
const RETURN_LINK = 'a[href*="ReturnDetails"]';
/** Row semantics, not class names. */
const ROW_ELEMENTS = ['tr', '[role="row"]'] as const;
const ORDER_ID_IN_TEXT = /(?<!\d)\d{2}-\d{5}-\d{5}(?!\d)/g;
const DIGITS = /\d+/;
const CATEGORY_WITH_ID = /^(.*?)\s*[(（]\s*(?:#|ID:?\s*)?(\d{2,10})\s*[)）]$/;
const RANGE_SEPARATOR = /\s+[–—-]\s+|\s*[–—]\s*/;
/** How each site prints all-numeric dates; the others are day first. */
const DATE_ORDER_BY_COUNTRY: Record<string, DateOrder> = { US: 'MDY', CA: 'MDY' };
/** Item rows of one order are read up to this many siblings after its order row. */
const MAX_ITEM_ROWS = 60;

// ── Page context ─────────────────────────────────────────────────────────────────────────────

export function hostCountryOf(url: URL): string | null {
  return isEbayHost(url.hostname) ? EBAY_HOSTS[url.hostname] : null;
}

function dateOrderFor(country: string | null | undefined): DateOrder {
  return (country && DATE_ORDER_BY_COUNTRY[country]) || 'DMY';
}

/** What a detail page says about its order or return as a whole, beside the PageContext. */
const pageDrafts = new WeakMap<PageContext, Draft>();

/** Facts read once per page. On a detail page: the order (or return), its date and destination. */
export function readPageContext(doc: Document, page: PageKind, url: URL): PageContext {
  const hostCountry = hostCountryOf(url);
  const ctx: PageContext = { url, page, hostCountry };
  if (page !== 'orderDetail' && page !== 'returnDetail') return ctx;

  // A detail page is small: one walk over it finds its labelled facts.
  const main = doc.querySelector('[data-testid="order-page"], main, [role="main"]') ?? doc.body ?? doc.documentElement;
  const draft = newDraft();
  scanRow(draft, main, dateOrderFor(hostCountry));
  pageDrafts.set(ctx, draft);

  const fromUrl = ORDER_ID.exec(url.searchParams.get('orderid') ?? url.searchParams.get('orderId') ?? '')?.[0];
  const orderId = fromUrl ?? draft.orderId;
  if (orderId) ctx.orderId = orderId;
  const orderDate = parseDate(draft.dateSold ?? draft.datePaid ?? '', dateOrderFor(hostCountry));
  if (orderDate) ctx.orderDate = orderDate;
  const lines = draft.shipTo ?? linesOf(queryOne(doc, 'shipToAddress'));
  if (lines && lines.length > 0) {
    // A domestic address prints no country line: then it ships within the site's country.
    const country = countryFromLines(lines) ?? hostCountry;
    if (country) {
      ctx.shipCountry = country;
      ctx.shipCountrySource = 'address';
    }
  }
  return ctx;
}

// ── Rows ─────────────────────────────────────────────────────────────────────────────────────

/** Row elements in document order: orders, returns, listings, or a detail page's line items. */
export function findRowElements(root: ParentNode, page: PageKind): Element[] {
  switch (page) {
    case 'listingsList': {
      const rows = listingRows(root);
      return rows.length > 0 ? rows : queryFirstMatching(root, 'listingRow');
    }
    case 'orderDetail':
    case 'returnDetail': {
      const items = itemRows(root);
      return items.length > 0 ? items : queryFirstMatching(root, 'itemRow');
    }
    case 'ordersList':
    case 'returnsList': {
      const rows = rowsHolding(root, page === 'returnsList' ? [...ORDER_LINKS, RETURN_LINK] : ORDER_LINKS);
      if (rows.length > 0) return rows;
      return queryFirstMatching(root, page === 'ordersList' ? 'ordersListRow' : 'returnsListRow');
    }
    case 'productDetail':
      return [];
  }
}

/**
 * Rows (table rows, then ARIA rows) holding a link of one of `selectors`, tried in order: each
 * link's nearest row (one pass over the links; `row:has(link)` would search every row's subtree),
 * and the first try that finds rows wins. An outer layout row holding such rows yields to them.
 * Without row semantics: the children of the links' common ancestor.
 */
function rowsHolding(root: ParentNode, selectors: readonly string[]): Element[] {
  let single: Element[] | undefined;
  const linksOf = new Map<string, Element[]>();
  const links = (selector: string) => {
    let found = linksOf.get(selector);
    if (!found) linksOf.set(selector, (found = Array.from(root.querySelectorAll(selector))));
    return found;
  };
  for (const row of ROW_ELEMENTS) {
    for (const selector of selectors) {
      const found = links(selector);
      if (found.length === 0) continue;
      const rows = innermostRowsHolding(root, row, found);
      if (rows.length > 1) return rows;
      // One row may be a layout table's row around a grid of ARIA rows: look further before taking it.
      if (rows.length === 1) single ??= rows;
    }
  }
  if (single) return single;
  const all = Array.from(root.querySelectorAll(selectors.join(', ')));
  return all.length >= 2 ? rowsBelowCommonAncestor(all) : [];
}

function rowsBelowCommonAncestor(links: Element[]): Element[] {
  const last = links[links.length - 1];
  let common: Element | null = links[0] ?? null;
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

/** Listings: rows carrying an item number in `data-id`, else rows holding an /itm/ link. */
function listingRows(root: ParentNode): Element[] {
  const byId = Array.from(root.querySelectorAll(ROW_ELEMENTS.map((row) => `${row}[data-id]`).join(', '))).filter((row) =>
    ITEM_NUMBER.test(row.getAttribute('data-id') ?? ''),
  );
  return byId.length > 0 ? byId : rowsHolding(root, [ITEM_LINK]);
}

/**
 * A detail page's line items: rows holding an item link; else, around each SKU line, the smallest
 * block that also holds the item's link (an item card without row semantics).
 */
function itemRows(root: ParentNode): Element[] {
  const rows = Array.from(root.querySelectorAll(ROW_ELEMENTS.map((row) => `${row}:has(${ITEM_LINK})`).join(', ')));
  if (rows.length > 0) return rows.filter((row) => !rows.some((other) => other !== row && row.contains(other)));
  const node = root as unknown as Node;
  const doc = node.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(node, SHOW_TEXT);
  const items: Element[] = [];
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (matchLabel((t as Text).data)?.key !== 'sku') continue;
    let block = t.parentElement;
    while (block && !block.querySelector(ITEM_LINK) && block.parentElement && block !== doc.body) block = block.parentElement;
    if (block && block !== doc.body && !items.includes(block)) items.push(block);
  }
  return items;
}

// ── Orders on the grid: the order row and the item rows after it ─────────────────────────────

/** Whether a sibling row starts another order (so the current order's item rows end before it). */
function startsAnotherOrder(row: Element): boolean {
  if (row.querySelector(`${ORDER_LINK}, ${RETURN_LINK}, input[data-ordernumber]`)) return true;
  if (SELECTORS.ordersListRow.some(({ selector }) => row.matches(selector))) return true;
  ORDER_ID_IN_TEXT.lastIndex = 0;
  return ORDER_ID_IN_TEXT.test(row.textContent ?? '');
}

function readDraft(element: Element, ctx: PageContext): Draft {
  const dateOrder = dateOrderFor(ctx.hostCountry);
  const draft = newDraft();
  scanRow(draft, element, dateOrder);
  if (ctx.page === 'ordersList' || ctx.page === 'returnsList') {
    let count = 0;
    for (let sibling = element.nextElementSibling; sibling && count < MAX_ITEM_ROWS; sibling = sibling.nextElementSibling, count++) {
      if (startsAnotherOrder(sibling)) break;
      draft.newItemPending = true;
      scanRow(draft, sibling, dateOrder);
    }
    draft.newItemPending = false;
  }
  if (!draft.buyerName && ctx.page !== 'listingsList') draft.buyerName = buyerOf(element);
  if (!draft.orderId) {
    const input = queryOne(element, 'orderNumber');
    draft.orderId = ORDER_ID.exec(input?.getAttribute('data-ordernumber') ?? textOf(input))?.[0];
  }
  return draft;
}

/** The buyer's display name where no label names it: the grid's buyer button, or the name before the feedback link. */
function buyerOf(row: Element): string | undefined {
  const bySelector = firstText(queryOne(row, 'buyerName'));
  if (bySelector) return bySelector;
  const previous = row.querySelector(FEEDBACK_LINK)?.previousElementSibling;
  return (previous && firstText(previous)) || undefined;
}

// ── Rows → PageRows ──────────────────────────────────────────────────────────────────────────

/** Business lines of one row element; invalid lines are dropped, never thrown. */
export function extractRow(element: Element, ctx: PageContext): ExtractedRow[] {
  const draft = readDraft(element, ctx);
  const page = pageDrafts.get(ctx);
  const listing = ctx.page === 'listingsList';
  const orderId = draft.orderId ?? ctx.orderId ?? page?.orderId;
  if (!listing && !orderId) return [];

  const dateOrder = dateOrderFor(ctx.hostCountry);
  const pick = <K extends keyof Draft>(key: K): Draft[K] | undefined => draft[key] ?? page?.[key];
  const shipLines = draft.shipTo;
  const [shipCountry, shipCountrySource] = shipLines
    ? [countryFromLines(shipLines) ?? ctx.hostCountry ?? undefined, 'address' as const]
    : ctx.shipCountry
      ? [ctx.shipCountry, ctx.shipCountrySource ?? ('address' as const)]
      : ctx.hostCountry
        ? [ctx.hostCountry, 'host' as const]
        : [undefined, undefined];
  const currency = currencyOf(ctx.hostCountry ?? '');
  const money = (text: string | undefined) => (text ? (parseMoney(text, { currency }) ?? undefined) : undefined);
  const date = (text: string | undefined) => (text ? (parseDate(text, dateOrder) ?? undefined) : undefined);
  const orderDate = date(pick('dateSold')) ?? date(pick('datePaid')) ?? date(pick('looseDate')) ?? ctx.orderDate;
  const reason = pick('returnReason');
  const isReturn = ctx.page === 'returnsList' || ctx.page === 'returnDetail';

  const shared = {
    orderId,
    shipCountry: shipCountry ?? undefined,
    shipCountrySource: shipCountry ? shipCountrySource : undefined,
    buyerName: listing ? undefined : pick('buyerName'),
    orderDate: listing ? undefined : orderDate,
    orderValue: money(pick('refundAmount')) ?? money(pick('orderTotal')),
    returnReasonText: isReturn ? reason : undefined,
    returnReasonCode: isReturn && reason ? reasonCodeOf(reason) : undefined,
    buyerComment: isReturn ? pick('buyerComment') : undefined,
    returnRequestedOn: isReturn ? date(pick('returnRequested')) : undefined,
    deliveredOn: deliveredOnOf(pick('deliveredOn'), dateOrder, orderDate),
    shipping: ctx.page === 'ordersList' || ctx.page === 'orderDetail' ? shippingFacts(draft, page, dateOrder, orderDate) : undefined,
  };

  const items = draft.items.filter((item) => item.sku || item.itemId || item.title);
  const lines: ItemDraft[] = items.length > 0 ? items : [{}];
  const single = lines.length === 1;
  const rows: ExtractedRow[] = [];
  lines.forEach((item, index) => {
    const quantityText = item.quantity ?? (single && !listing ? draft.orderQuantity : undefined);
    const quantity = quantityText ? DIGITS.exec(quantityText)?.[0] : undefined;
    const unit = money(item.price ?? (single && !listing ? draft.soldFor : undefined));
    const count = quantity === undefined ? 1 : Number(quantity);
    const lineValue = unit && !listing ? { amount: Math.round(unit.amount * count * 100) / 100, currency: unit.currency } : unit;
    const key = listing
      ? `${item.itemId ?? item.sku ?? 'listing'}|${item.sku ?? index}|${index}`
      : `${orderId}|${item.sku ?? item.itemId ?? index}|${index}`;
    const parsed = PageRow.safeParse({
      ...shared,
      key,
      sku: item.sku,
      title: item.title,
      quantity: listing || quantity === undefined ? undefined : count,
      lineValue,
      itemId: item.itemId,
      platformCategory: item.category ? platformCategoryOf(item.category) : undefined,
    });
    if (!parsed.success) return;
    // A line already annotated (its order row was re-rendered, its item row was not) is not read twice.
    const anchor = item.anchor ?? item.titleAnchor ?? element;
    if (anchor !== element && hasAnnotation(anchor, key)) return;
    rows.push({ row: dropUndefined(parsed.data), anchor });
  });
  return rows;
}

/** F7: where the order stands, from the row (or, on a detail page, the page). */
function shippingFacts(draft: Draft, page: Draft | undefined, dateOrder: DateOrder, orderDate: string | undefined): ShippingFacts | undefined {
  const pick = <K extends keyof Draft>(key: K): Draft[K] | undefined => draft[key] ?? page?.[key];
  const status = pick('status') ?? pick('impliedStatus');
  if (!status) return undefined;
  const paid = pick('datePaid') ?? pick('dateSold') ?? pick('looseDate');
  const purchasedAt = (paid ? parseDateTime(paid, dateOrder) : null) ?? orderDate;
  const reference = orderDate ?? (purchasedAt ? purchasedAt.slice(0, 10) : undefined);
  const loose = (text: string | undefined) => (text ? looseDate(text, dateOrder, reference) : undefined);
  return dropUndefined({
    status,
    purchasedAt,
    shipBy: loose(pick('shipBy')),
    shippedOn: loose(pick('shippedOn')),
    deliverBy: loose(lastOfRange(pick('estimatedDelivery'))),
    lastTrackingEventOn: loose(pick('lastTrackingEvent')),
    trackingNumber: pick('tracking'),
    carrier: pick('carrier')?.slice(0, 100),
  });
}

function deliveredOnOf(text: string | undefined, order: DateOrder, reference: string | undefined): string | undefined {
  return text ? looseDate(text, order, reference) : undefined;
}

/** "Tue, Oct 6 – Fri, Oct 9" → "Fri, Oct 9": a delivery estimate is late once its last day has passed. */
function lastOfRange(text: string | undefined): string | undefined {
  return text?.split(RANGE_SEPARATOR).pop();
}

/**
 * A date with or without its year ("Oct 2, 2026", "Ship by Nov 24"). A missing year is the one that
 * puts the date on or after the order's (ship-by and delivery dates follow the sale), else today's.
 */
function looseDate(text: string, order: DateOrder, reference: string | undefined): string | undefined {
  const full = parseDate(text, order);
  if (full) return full;
  const md = parseMonthDay(text);
  if (!md) return undefined;
  const ref = reference ?? new Date().toISOString().slice(0, 10);
  let year = Number(ref.slice(0, 4));
  const iso = (y: number) => `${y}-${String(md.month).padStart(2, '0')}-${String(md.day).padStart(2, '0')}`;
  // 30 days of slack: a date just before the sale is a typo-free "same year", not next year's.
  if (Date.parse(iso(year)) < Date.parse(ref) - 30 * 86_400_000) year += 1;
  return parseDate(iso(year)) ?? undefined;
}

/** "Dresses (63861)" → id 63861 named Dresses; "Women's Dresses" → that name; a path → its last step. */
export function platformCategoryOf(text: string): PlatformCategory | undefined {
  const shown = collapseWhitespace(text).slice(0, 300);
  if (!shown) return undefined;
  const withId = CATEGORY_WITH_ID.exec(shown);
  if (withId?.[2]) return dropUndefined({ kind: 'category-id' as const, value: withId[2], label: withId[1] || undefined });
  if (/^\d{2,10}$/.test(shown)) return { kind: 'category-id', value: shown };
  const steps = shown.split(/\s*[>›»]\s*/).filter(Boolean);
  const leaf = steps[steps.length - 1] ?? shown;
  return steps.length > 1 ? { kind: 'category-id', value: leaf, label: shown } : { kind: 'category-id', value: leaf };
}

/** Whether the anchor already has this line's annotation after it. */
function hasAnnotation(anchor: Element, key: string): boolean {
  for (let next = anchor.nextElementSibling; next?.hasAttribute('data-helloword'); next = next.nextElementSibling) {
    if (next.getAttribute('data-row-key') === key) return true;
  }
  return false;
}

// ── Health ───────────────────────────────────────────────────────────────────────────────────

/**
 * Distinct orders on the page (order links, order-number checkboxes; listings: item numbers),
 * counted apart from row detection so the health chip can say "visible, but none read".
 */
export function countVisibleOrderIds(root: ParentNode, page: PageKind): number {
  const ids = new Set<string>();
  if (page === 'listingsList') {
    for (const row of Array.from(root.querySelectorAll('[data-id]'))) {
      const id = row.getAttribute('data-id') ?? '';
      if (ITEM_NUMBER.test(id)) ids.add(id);
    }
    for (const link of Array.from(root.querySelectorAll(ITEM_LINK))) {
      const id = ITEM_ID_IN_HREF.exec(link.getAttribute('href') ?? '')?.[1];
      if (id) ids.add(id);
    }
    return ids.size;
  }
  for (const link of Array.from(root.querySelectorAll(ORDER_LINK))) {
    const id = ORDER_ID.exec(link.getAttribute('href') ?? '')?.[0];
    if (id) ids.add(id);
  }
  for (const input of Array.from(root.querySelectorAll('input[data-ordernumber]'))) {
    const id = ORDER_ID.exec(input.getAttribute('data-ordernumber') ?? '')?.[0];
    if (id) ids.add(id);
  }
  // A restyle that drops the order links hides the orders from the count too: then read the text.
  if (ids.size === 0) {
    const node = root as Node;
    const text = (node.nodeType === 9 ? (node as Document).body?.textContent : node.textContent) ?? '';
    for (const match of text.matchAll(ORDER_ID_IN_TEXT)) ids.add(match[0]);
  }
  return ids.size;
}


// ── Small helpers ────────────────────────────────────────────────────────────────────────────

/** The address's last line ("United Kingdom", "Deutschland", "Paris, France"), else null (domestic). */
function countryFromLines(lines: readonly string[]): string | null {
  const last = lines[lines.length - 1];
  if (!last) return null;
  return countryFromName(last) ?? countryFromName(last.split(',').pop() ?? '');
}
