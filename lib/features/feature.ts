/**
 * A row feature reads like a sentence: on these pages, for each row, show this. The runner
 * (run.ts) honours the per-feature switches and keeps one feature's error from stopping the others.
 */
import type { PageKind, PageRow, RowAnnotation } from '../domain/annotations';
import type { FeatureId, Marketplace } from '../domain/vocabulary';

export interface RowContext {
  marketplace: Marketplace;
  page: PageKind;
}

export interface RowFeature {
  id: FeatureId;
  pages: readonly PageKind[];
  /** This feature's UI for one row (a host element with its shadow root), or null when it has nothing to say. */
  render: (row: PageRow, annotation: RowAnnotation, ctx: RowContext) => HTMLElement | null;
}

export function defineRowFeature(feature: RowFeature): RowFeature {
  return feature;
}

export const ALL_ROW_PAGES = [
  'ordersList',
  'orderDetail',
  'returnsList',
  'returnDetail',
  'listingsList',
  'productDetail',
] as const satisfies readonly PageKind[];
export const ORDER_PAGES = ['ordersList', 'orderDetail'] as const satisfies readonly PageKind[];
export const LISTING_PAGES = ['listingsList', 'productDetail'] as const satisfies readonly PageKind[];
export const RETURN_PAGES = ['returnsList', 'returnDetail'] as const satisfies readonly PageKind[];
