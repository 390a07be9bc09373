import { describe, expect, it } from 'vitest';
import { buildSkuView, categoryPathOf, createCatalogueIndex } from '../../../lib/domain/catalogue';
import { DEFAULT_CATEGORIES, DEFAULT_ROLE_TAGS } from '../../../lib/domain/defaults';
import { Category } from '../../../lib/domain/schemas';
import { sku } from './fixtures';

const byId = new Map(DEFAULT_CATEGORIES.map((c) => [c.id, c]));

describe('category path', () => {
  it('goes root → leaf', () => {
    expect(categoryPathOf('apparel-women-dresses', byId).map((c) => c.id)).toEqual(['apparel', 'apparel-women', 'apparel-women-dresses']);
    expect(categoryPathOf('toys', byId).map((c) => c.level)).toEqual([1]);
  });

  it('is empty for unknown or no category', () => {
    expect(categoryPathOf('nope', byId)).toEqual([]);
    expect(categoryPathOf(null, byId)).toEqual([]);
  });

  it('survives a cycle and a broken parent link', () => {
    const a = Category.parse({ id: 'a', name: 'A', parentId: 'b', level: 2 });
    const b = Category.parse({ id: 'b', name: 'B', parentId: 'a', level: 1 });
    expect(categoryPathOf('a', new Map([a, b].map((c) => [c.id, c]))).map((c) => c.id)).toEqual(['b', 'a']);
    const orphan = Category.parse({ id: 'o', name: 'O', parentId: 'gone', level: 2 });
    expect(categoryPathOf('o', new Map([[orphan.id, orphan]])).map((c) => c.id)).toEqual(['o']);
  });
});

describe('SKU view', () => {
  const catalogue = createCatalogueIndex(DEFAULT_CATEGORIES, DEFAULT_ROLE_TAGS);

  it('shows path, attributes and tags (with Chinese labels)', () => {
    const dress = sku({ sku: 'DR-1', title: 'Linen dress', categoryId: 'apparel-women-dresses', attributes: { material: 'linen', size: 'M' }, tags: ['profit', 'custom'] });
    expect(buildSkuView(dress, catalogue)).toEqual({
      known: true,
      sku: 'DR-1',
      title: 'Linen dress',
      categoryPath: [
        { id: 'apparel', name: 'Apparel', nameZh: '服装' },
        { id: 'apparel-women', name: 'Women', nameZh: '女装' },
        { id: 'apparel-women-dresses', name: 'Dresses', nameZh: '连衣裙' },
      ],
      attributes: { material: 'linen', size: 'M' },
      tags: [
        { id: 'profit', label: 'Profit', labelZh: '利润款', color: '#2b8a3e' },
        { id: 'custom', label: 'custom', color: '#5f6b7a' },
      ],
    });
  });

  it('an unknown SKU keeps what the page showed', () => {
    expect(buildSkuView(undefined, catalogue, { sku: 'NEW-1', title: 'From page' })).toEqual({ known: false, sku: 'NEW-1', title: 'From page', categoryPath: [], attributes: {}, tags: [] });
    expect(buildSkuView(undefined, catalogue)).toEqual({ known: false, categoryPath: [], attributes: {}, tags: [] });
  });

  it('computes each path once', () => {
    expect(catalogue.pathOf('toys-plush-animals')).toBe(catalogue.pathOf('toys-plush-animals'));
  });
});
