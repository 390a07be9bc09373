/**
 * CSS selectors for Shopify admin, each dated by when public code was seen using it, newest first
 * (github-better-line-counts style). They are the SECOND choice: extract.ts finds rows by their
 * order/product links inside table or ARIA rows, and values by visible labels; these only help
 * when those anchors find nothing. Polaris class names are CSS-module HASHED in production
 * ("Polaris-IndexTable__TableRow_1a85o"), so class selectors match by prefix, never exactly.
 * Source: /work/shared/reference/marketplace-dom/selectors-seen-in-public-code.md (Shopify admin).
 */

export interface DatedSelector {
  /** When this markup was seen ("2023 hashed Polaris"). */
  since: string;
  selector: string;
}

export const SELECTORS = {
  /** One element per order or product in an index table. */
  indexTableRow: [{ since: '2023–2025 hashed Polaris IndexTable (Selenium scripts on the live admin)', selector: '[class*="Polaris-IndexTable__TableRow"]' }],
  /** The link a whole index-table row navigates to (Polaris `dataPrimaryLink`). */
  rowPrimaryLink: [{ since: '2023 Polaris IndexTable row link (Selenium script on /products)', selector: 'a[data-primary-link]' }],
  /** The product page's title field. */
  productTitleInput: [{ since: '2023 product page (Selenium script)', selector: 'input[name="title"]' }],
  /** The page heading (order name "#1001", product title). */
  pageTitle: [
    { since: '2021 hashed Polaris Page header (saved admin markup)', selector: 'h1[class*="Polaris-Header-Title"]' },
    { since: '2026 plain heading fallback', selector: 'main h1, h1' },
  ],
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
