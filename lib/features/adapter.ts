/**
 * The contract every marketplace adapter fulfils. An adapter knows one marketplace's pages and DOM;
 * nothing outside `lib/marketplaces/<m>/` does.
 */
import type { Marketplace } from '../domain/vocabulary';
import type { PageKind, PageRow } from '../domain/annotations';

/** One recognisable page, with the URLs it must match beside the check (see tests/unit/marketplaces). */
export interface PageDefinition {
  kind: PageKind;
  /** Human name of the page as the marketplace calls it (English; the UI translates `page_<kind>`). */
  title: string;
  test: (url: URL) => boolean;
  /** Real-looking URLs this check must accept (and every other check must reject). */
  examples: readonly string[];
  /**
   * False where rows name no SKU by design (Shopify's orders list shows no line items): the health
   * chip then does not read "no SKU found" as a layout change. Default true.
   */
  rowsCarrySku?: boolean;
}

/** Facts read once per page (not per row): the order shown on a detail page, its destination… */
export interface PageContext {
  url: URL;
  page: PageKind;
  /** Country of the marketplace this host serves, or null on multi-country hosts. */
  hostCountry: string | null;
  orderId?: string;
  shipCountry?: string;
  shipCountrySource?: PageRow['shipCountrySource'];
  orderDate?: string;
}

/** A row read from the page, with where its annotations go. */
export interface ExtractedRow {
  row: PageRow;
  /** Annotations are inserted right after this element (the SKU line of the item). */
  anchor: Element;
}

export interface MarketplaceAdapter {
  marketplace: Marketplace;
  pages: readonly PageDefinition[];
  /** The page this URL (and, where the URL is ambiguous, this document) shows; null when unsupported. */
  detectPage: (url: URL, doc: Document) => PageKind | null;
  readPageContext: (doc: Document, page: PageKind, url: URL) => PageContext;
  /** Row elements on the page (order rows, return rows, detail line items), in document order. Cheap. */
  findRowElements: (root: ParentNode, page: PageKind) => Element[];
  /** Business lines of one row element (an order row may hold several items). */
  extractRow: (element: Element, ctx: PageContext) => ExtractedRow[];
  /**
   * How many rows the page seems to show, counted by a different route than findRowElements
   * (e.g. order-id text matches). Used by the health chip to say "read 0 of ~15 rows".
   */
  countVisibleOrderIds: (root: ParentNode, page: PageKind) => number;
}
