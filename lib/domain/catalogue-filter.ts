/**
 * The SKU list's search and filters (F8), run in memory over the whole catalogue on every keystroke.
 * The search keys are lower-cased once when the catalogue loads, so a keystroke over 20,000 SKUs is
 * one `includes` per SKU and nothing else.
 */
import { buildCategoryTree, subtreeIds } from './category-tree';
import type { Category, Sku } from './schemas';

/** `categoryId`: a category (with everything below it), UNCATEGORISED, or null for any. */
export const UNCATEGORISED = '\u0000none';

export interface SkuFilter {
  text: string;
  categoryId: string | null;
  tag: string | null;
  supplierId: string | null;
  missingHs: boolean;
  missingCertificate: boolean;
}

export const NO_FILTER: SkuFilter = { text: '', categoryId: null, tag: null, supplierId: null, missingHs: false, missingCertificate: false };

export interface SkuSearchIndex {
  readonly skus: readonly Sku[];
  /** SKU, title, model, ASIN and HS code, lower-cased, one string per SKU. */
  readonly keys: readonly string[];
  readonly categories: readonly Category[];
}

export function buildSkuSearchIndex(skus: readonly Sku[], categories: readonly Category[]): SkuSearchIndex {
  return {
    skus,
    keys: skus.map((s) => `${s.sku}\n${s.title}\n${s.model ?? ''}\n${s.asin ?? ''}\n${s.hsCode ?? ''}`.toLowerCase()),
    categories,
  };
}

export function isFiltering(filter: SkuFilter): boolean {
  return (
    filter.text.trim() !== '' ||
    filter.categoryId !== null ||
    filter.tag !== null ||
    filter.supplierId !== null ||
    filter.missingHs ||
    filter.missingCertificate
  );
}

/** The SKUs that pass every filter, in catalogue order. */
export function filterSkus(index: SkuSearchIndex, filter: SkuFilter): Sku[] {
  const text = filter.text.trim().toLowerCase();
  const inCategory =
    filter.categoryId === null || filter.categoryId === UNCATEGORISED ? null : subtreeIds(buildCategoryTree(index.categories), filter.categoryId);
  const uncategorised = filter.categoryId === UNCATEGORISED;
  const { skus, keys } = index;
  const out: Sku[] = [];
  for (let i = 0; i < skus.length; i++) {
    const sku = skus[i]!;
    if (text !== '' && !keys[i]!.includes(text)) continue;
    if (uncategorised ? sku.categoryId !== null : inCategory !== null && (sku.categoryId === null || !inCategory.has(sku.categoryId))) continue;
    if (filter.tag !== null && !sku.tags.includes(filter.tag)) continue;
    if (filter.supplierId !== null && sku.supplierId !== filter.supplierId) continue;
    if (filter.missingHs && sku.hsCode !== undefined) continue;
    if (filter.missingCertificate && sku.certificateIds.length > 0) continue;
    out.push(sku);
  }
  return out;
}

/** Rows a scrolled list keeps in the DOM: the visible ones plus `overscan` either side. */
export function visibleWindow(total: number, scrollTop: number, viewportHeight: number, rowHeight: number, overscan = 8): { start: number; end: number } {
  if (total === 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const count = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(total - 1, first) - overscan);
  const end = Math.min(total, first + count + overscan);
  return { start, end: Math.max(start, end) };
}
