import { describe, expect, it } from 'vitest';
import { allMappings, mappingKey } from '../../../lib/domain/category-mappings';
import { Category } from '../../../lib/domain/schemas';
import { problemSentence, skuCodeProblems } from '../../../lib/domain/sku-codes';
import { HS } from '../domain/fixtures';

describe('SKU HS codes against HS 2022 (F8, F26)', () => {
  it('accepts a known subheading with national codes that extend it', () => {
    expect(skuCodeProblems({ hsCode: '851822', hsCodesByCountry: { US: '8518220000', DE: '85182200' } }, HS)).toEqual([]);
    expect(skuCodeProblems({}, HS)).toEqual([]);
    expect(skuCodeProblems(null, HS)).toEqual([]);
  });

  it('refuses a well-formed code that is not in the nomenclature (e.g. the pre-2022 940520)', () => {
    const [problem] = skuCodeProblems({ hsCode: '940520' }, HS);
    expect(problem).toMatchObject({ field: 'hsCode' });
    expect(problemSentence(problem!)).toMatch(/^hsCode: 940520 is not a subheading of the HS 2022 nomenclature/);
  });

  it('leaves badly shaped codes to the schema check', () => {
    expect(skuCodeProblems({ hsCode: '12', hsCodesByCountry: { US: '12' } }, HS)).toEqual([]);
  });

  it('names the country whose national code does not start with the SKU’s code, or has no code to extend', () => {
    expect(skuCodeProblems({ hsCode: '851822', hsCodesByCountry: { US: '9503000000' } }, HS)).toEqual([
      { field: 'hsCodesByCountry.US', message: '9503000000 does not start with the SKU\'s HS code 851822' },
    ]);
    expect(skuCodeProblems({ hsCodesByCountry: { GB: '8518220000' } }, HS)[0]).toMatchObject({ field: 'hsCodesByCountry.GB', message: expect.stringMatching(/needs the 6-digit HS code/) });
    expect(skuCodeProblems({ hsCode: '940520', hsCodesByCountry: { US: '9405200000' } }, HS).map((p) => p.field)).toEqual(['hsCode', 'hsCodesByCountry.US']);
  });
});

describe('platform mappings list', () => {
  it('flattens every category’s mappings, sorted, one key per platform category', () => {
    const categories = [
      Category.parse({ id: 'b', name: 'B', parentId: null, level: 1, platformMappings: [{ marketplace: 'shopify', kind: 'product-type', value: 'Dresses' }] }),
      Category.parse({
        id: 'a',
        name: 'A',
        parentId: null,
        level: 1,
        platformMappings: [
          { marketplace: 'ebay', kind: 'category-id', value: '63861' },
          { marketplace: 'ebay', kind: 'category-id', value: '112581' },
        ],
      }),
    ];
    const list = allMappings(categories);
    expect(list.map((m) => [m.marketplace, m.value, m.categoryId])).toEqual([
      ['ebay', '63861', 'a'],
      ['ebay', '112581', 'a'],
      ['shopify', 'Dresses', 'b'],
    ]);
    expect(new Set(list.map((m) => m.key)).size).toBe(3);
    expect(mappingKey({ marketplace: 'shopify', kind: 'product-type', value: ' DRESSES ' })).toBe(list[2]!.key);
  });
});
