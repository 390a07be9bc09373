/**
 * CSS selectors for Seller Hub, each dated by when public code was seen using it, newest first
 * (github-better-line-counts style). They are the SECOND choice: extract.ts finds rows and values by
 * stable anchors (order links, order-id patterns, `tr[data-id]`, /itm/ links, visible labels and
 * column headings) and only falls back to these. A new layout is a new entry at the top of a list
 * plus a fixture showing it.
 *
 * Sources (public code, read 2026; no licence implied, selectors only):
 *  - /work/shared/reference/marketplace-dom/selectors-seen-in-public-code.md ("eBay Seller Hub").
 *  - an awaiting-shipment helper extension (~2026): `tr.order-info[id^="orderid_"][id$="__order-info"]`,
 *    `input[data-testid="order-checkbox"]` / `input[data-ordernumber]` / `data-buyer-id`,
 *    `a[data-testid^="unique-order-id-link-"]`, `.buyer-modal-trigger-wrapper button span`,
 *    `.order-status` ("Ship by Nov 24", "Shipping overdue"), `[data-testid="order-page"] h3`.
 *  - order scrapers (~2020–2025): `table.table-grid-component tr.order-info` + next `tr.item-info`,
 *    `div.order-details a`, `div.user-details a`, `td.date-column span.sh-default`, `.total-price`,
 *    `.price-column-item`, `.quantity strong`, `span.item-title a`, `span.item-itemID`,
 *    `span.item-custom-sku-pair span.sh-bold` ("Custom label (SKU): X"), `a.trackingOverlay`.
 *  - listing-grid scripts (~2022–2026): `#shlistings-cntr`, `tr.grid-row[data-id]`, `td.shui-dt-column__*`.
 */

export interface DatedSelector {
  /** When this markup was seen ("~2026 Seller Hub", "~2020–2025"). */
  since: string;
  selector: string;
}

export const SELECTORS = {
  /** One element per order on the orders grid (its item rows follow as siblings). */
  ordersListRow: [
    { since: '~2026 Seller Hub', selector: 'tr.order-info[id$="__order-info"]' },
    { since: '~2020–2025', selector: 'table.table-grid-component tr.order-info' },
  ],
  /** Returns and cancellations: no public code was found; the order grid's row class is the best guess. */
  returnsListRow: [{ since: '~2020–2026 (orders grid)', selector: 'tr.order-info' }],
  /** The grid's item rows; also the last resort for a detail page's line items. */
  itemRow: [{ since: '~2020–2025', selector: 'tr.item-info' }],
  /** One element per active listing. */
  listingRow: [
    { since: '~2024–2026', selector: '#shlistings-cntr tr.grid-row[data-id]' },
    { since: '~2022–2026', selector: 'tr.grid-row' },
  ],
  /** The order number, where no order link carries it. */
  orderNumber: [
    { since: '~2026 Seller Hub', selector: 'input[data-ordernumber]' },
    { since: '~2020–2025', selector: 'div.order-details a' },
  ],
  buyerName: [
    { since: '~2026 Seller Hub', selector: '.buyer-modal-trigger-wrapper button span' },
    { since: '~2020–2025', selector: 'div.user-details a' },
  ],
  /** The SKU value of an order's item line. */
  itemSku: [{ since: '~2020–2026', selector: '.item-custom-sku-pair .sh-bold' }],
  /** The SKU cell of a listing. */
  listingSku: [
    { since: '~2024–2026', selector: '.shui-dt-column__listingSKU .shui-dt--text-column' },
    { since: '~2022–2026', selector: 'td.shui-dt-column__listingSKU' },
  ],
  listingPrice: [
    { since: '~2024–2026', selector: '.shui-dt-column__price .col-price__current' },
    { since: '~2022–2026', selector: 'td.shui-dt-column__price' },
  ],
  itemPrice: [{ since: '~2025', selector: '.price-column-item' }],
  orderTotal: [{ since: '~2020–2025', selector: '.total-price' }],
  dateSold: [{ since: '~2020–2025', selector: 'td.date-column' }],
  orderStatus: [{ since: '~2020–2026', selector: '.order-status' }],
  trackingNumber: [{ since: '~2020–2025', selector: 'a.trackingOverlay' }],
  /** The detail page's address block. Seen on the label-printing page (~2026); we assume it on details too. */
  shipToAddress: [{ since: '~2026 Seller Hub', selector: '[data-testid="ship-to-address"]' }],
} as const satisfies Record<string, readonly DatedSelector[]>;

export type SelectorName = keyof typeof SELECTORS;

/** The first entry (newest first) that matches anything under `root` wins; its matches in document order. */
export function queryFirstMatching(root: ParentNode, name: SelectorName): Element[] {
  for (const { selector } of SELECTORS[name]) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/** The first element any entry matches, newest entry first. */
export function queryOne(root: ParentNode, name: SelectorName): Element | null {
  for (const { selector } of SELECTORS[name]) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}
