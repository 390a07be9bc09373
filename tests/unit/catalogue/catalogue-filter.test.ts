import { describe, expect, it } from 'vitest';
import { buildSkuSearchIndex, filterSkus, isFiltering, NO_FILTER, UNCATEGORISED, visibleWindow } from '../../../lib/domain/catalogue-filter';
import { Category, Sku } from '../../../lib/domain/schemas';

const categories = [
  Category.parse({ id: 'apparel', name: 'Apparel', parentId: null, level: 1 }),
  Category.parse({ id: 'dresses', name: 'Dresses', parentId: 'apparel', level: 2 }),
  Category.parse({ id: 'toys', name: 'Toys', parentId: null, level: 1 }),
];
const skus = [
  Sku.parse({ sku: 'DRESS-1', title: 'Summer Dress', categoryId: 'dresses', tags: ['profit'], hsCode: '620442', certificateIds: ['c1'], supplierId: 's1' }),
  Sku.parse({ sku: 'DRESS-2', title: 'Winter dress', categoryId: 'dresses', asin: 'B0ABCDEFGH', supplierId: 's2' }),
  Sku.parse({ sku: 'TOP-1', title: 'Top', model: 'TX-9', categoryId: 'apparel', tags: ['traffic'], hsCode: '610910' }),
  Sku.parse({ sku: 'BEAR', title: 'Plush bear', categoryId: 'toys', tags: ['profit', 'seasonal'], certificateIds: ['c2'] }),
  Sku.parse({ sku: 'LOOSE', title: 'Unsorted thing' }),
];
const index = buildSkuSearchIndex(skus, categories);
const ids = (filter: Partial<typeof NO_FILTER>) => filterSkus(index, { ...NO_FILTER, ...filter }).map((s) => s.sku);

describe('SKU filters', () => {
  it('matches text in SKU, title, model, ASIN and HS code, ignoring case and surrounding spaces', () => {
    expect(ids({ text: '6204' })).toEqual(['DRESS-1']);
    expect(ids({ text: ' dress ' })).toEqual(['DRESS-1', 'DRESS-2']);
    expect(ids({ text: 'tx-9' })).toEqual(['TOP-1']);
    expect(ids({ text: 'b0abcd' })).toEqual(['DRESS-2']);
    expect(ids({ text: 'nothing like it' })).toEqual([]);
    expect(ids({})).toHaveLength(5);
  });

  it('filters by a category with everything below it, or the uncategorised ones', () => {
    expect(ids({ categoryId: 'apparel' })).toEqual(['DRESS-1', 'DRESS-2', 'TOP-1']);
    expect(ids({ categoryId: 'dresses' })).toEqual(['DRESS-1', 'DRESS-2']);
    expect(ids({ categoryId: UNCATEGORISED })).toEqual(['LOOSE']);
    expect(ids({ categoryId: 'no-such' })).toEqual([]);
  });

  it('filters by tag, supplier, missing HS code and missing certificate, all combined', () => {
    expect(ids({ tag: 'profit' })).toEqual(['DRESS-1', 'BEAR']);
    expect(ids({ supplierId: 's2' })).toEqual(['DRESS-2']);
    expect(ids({ missingHs: true })).toEqual(['DRESS-2', 'BEAR', 'LOOSE']);
    expect(ids({ missingCertificate: true })).toEqual(['DRESS-2', 'TOP-1', 'LOOSE']);
    expect(ids({ missingHs: true, missingCertificate: true, categoryId: 'apparel', text: 'dress' })).toEqual(['DRESS-2']);
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, text: '  ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTER, missingHs: true })).toBe(true);
  });

  it('keeps only the rows in view (plus overscan) in the window', () => {
    expect(visibleWindow(20_000, 0, 560, 36, 8)).toEqual({ start: 0, end: 25 });
    expect(visibleWindow(20_000, 36 * 1000, 560, 36, 8)).toEqual({ start: 992, end: 1025 });
    expect(visibleWindow(20_000, 36 * 30_000, 560, 36, 8)).toEqual({ start: 19_991, end: 20_000 });
    expect(visibleWindow(10, 0, 560, 36, 8)).toEqual({ start: 0, end: 10 });
    expect(visibleWindow(0, 100, 560, 36)).toEqual({ start: 0, end: 0 });
  });
});
