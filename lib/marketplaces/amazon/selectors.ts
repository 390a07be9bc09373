/**
 * CSS selectors for Seller Central, each dated by when public code was seen using it, newest first
 * (github-better-line-counts style). They are the SECOND choice: extract.ts finds rows and values by
 * stable anchors (order-id links, labels, data-test-id) and only falls back to these. A new layout
 * is a new entry at the top of a list plus a fixture showing it.
 * Source of every entry: /work/shared/reference/marketplace-dom/selectors-seen-in-public-code.md.
 */

export interface DatedSelector {
  /** When this markup was seen ("2025 Katal", "~2025 classic", "pre-2019 legacy"). */
  since: string;
  selector: string;
}

export const SELECTORS = {
  /** One element per order on orders-v3. */
  ordersListRow: [
    { since: '~2025 classic', selector: '#orders-table > tbody > tr' },
    { since: 'pre-2019 legacy', selector: "tr[id^='row-']" },
  ],
  /** One element per return on Manage Returns. */
  returnsListRow: [{ since: '2025 Katal', selector: 'kat-table-row.manage-returns-table-row' }],
  /** One element per line item on an order's detail page. */
  orderDetailItemRow: [{ since: '~2021–2025', selector: 'table.a-keyvalue tbody tr' }],
  buyerComment: [{ since: '2025 Katal', selector: '.customer-comment' }],
  shipToAddress: [{ since: '~2021–2025', selector: '[data-test-id="shipping-section-buyer-address"]' }],
  orderIdValue: [{ since: '~2021–2025', selector: '[data-test-id="order-id-value"]' }],
  purchaseDate: [{ since: '~2021–2025', selector: '[data-test-id="order-summary-purchase-date-value"]' }],
  quantityHeading: [{ since: '~2021–2025', selector: '[data-test-id="item-quantity-heading"]' }],
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
