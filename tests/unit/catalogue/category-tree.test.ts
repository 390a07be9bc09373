import { describe, expect, it } from 'vitest';
import {
  buildCategoryTree,
  inTreeOrder,
  moveCategory,
  moveProblem,
  newCategoryId,
  newTagId,
  parseAttributeValues,
  pathTo,
  planCategoryDelete,
  skuCountsBySubtree,
  subtreeHeight,
  subtreeIds,
  tagUsage,
  visibleRows,
} from '../../../lib/domain/category-tree';
import { Category, type Category as CategoryT } from '../../../lib/domain/schemas';

const cat = (id: string, parentId: string | null, level: 1 | 2 | 3, extra: Partial<CategoryT> = {}): CategoryT =>
  Category.parse({ id, name: id, parentId, level, ...extra });

// apparel › women › dresses ; apparel › men ; home › kitchen ; toys
const CATEGORIES = [
  cat('apparel', null, 1),
  cat('women', 'apparel', 2),
  cat('dresses', 'women', 3, { attributes: { size: ['S', 'M'], material: [] } }),
  cat('men', 'apparel', 2),
  cat('home', null, 1),
  cat('kitchen', 'home', 2),
  cat('toys', null, 1),
];
const tree = buildCategoryTree(CATEGORIES);

describe('category tree', () => {
  it('lists children sorted by name and finds subtrees, heights and paths', () => {
    expect(inTreeOrder(tree).map((r) => `${r.depth}:${r.category.id}`)).toEqual(['0:apparel', '1:men', '1:women', '2:dresses', '0:home', '1:kitchen', '0:toys']);
    expect([...subtreeIds(tree, 'apparel')].sort()).toEqual(['apparel', 'dresses', 'men', 'women']);
    expect(subtreeHeight(tree, 'apparel')).toBe(3);
    expect(subtreeHeight(tree, 'toys')).toBe(1);
    expect(pathTo(tree, 'dresses').map((c) => c.id)).toEqual(['apparel', 'women', 'dresses']);
  });

  it('shows a category whose parent is missing as a root, and survives a stored cycle', () => {
    const broken = buildCategoryTree([cat('orphan', 'gone', 2), cat('a', 'b', 2), cat('b', 'a', 2)]);
    expect(inTreeOrder(broken).map((r) => r.category.id)).toEqual(['orphan']);
    expect([...subtreeIds(broken, 'a')].sort()).toEqual(['a', 'b']);
    expect(pathTo(broken, 'a').map((c) => c.id)).toEqual(['b', 'a']);
    expect(skuCountsBySubtree(broken, [{ categoryId: 'a' }]).get('a')).toBe(1);
  });

  it('counts SKUs per node including every descendant', () => {
    const counts = skuCountsBySubtree(tree, [{ categoryId: 'dresses' }, { categoryId: 'dresses' }, { categoryId: 'men' }, { categoryId: 'apparel' }, { categoryId: null }, { categoryId: 'home' }]);
    expect(Object.fromEntries(counts)).toMatchObject({ apparel: 4, women: 2, dresses: 2, men: 1, home: 1, kitchen: 0, toys: 0 });
  });

  it('refuses moves that make a cycle, go deeper than 小类, or change nothing', () => {
    expect(moveProblem(tree, 'apparel', 'dresses')).toBe('cycle');
    expect(moveProblem(tree, 'women', 'women')).toBe('cycle');
    expect(moveProblem(tree, 'women', 'kitchen')).toBe('too-deep'); // women has a child: 2 + 2 > 3
    expect(moveProblem(tree, 'apparel', 'toys')).toBe('too-deep');
    expect(moveProblem(tree, 'women', 'apparel')).toBe('same-parent');
    expect(moveProblem(tree, 'women', 'nope')).toBe('missing');
    expect(moveProblem(tree, 'women', 'home')).toBeNull();
    expect(moveProblem(tree, 'dresses', null)).toBeNull();
    expect(() => moveCategory(tree, 'apparel', 'dresses')).toThrow(/cycle/);
  });

  it('re-levels the moved branch', () => {
    const moved = moveCategory(tree, 'women', 'home');
    expect(moved.map((c) => [c.id, c.parentId, c.level])).toEqual([
      ['women', 'home', 2],
      ['dresses', 'women', 3],
    ]);
    const up = moveCategory(tree, 'women', null);
    expect(up.map((c) => [c.id, c.level])).toEqual([
      ['women', 1],
      ['dresses', 2],
    ]);
    expect(up.every((c) => Category.safeParse(c).success)).toBe(true);
  });

  it('plans a delete that lifts children and SKUs to the parent, or removes the branch', () => {
    const lift = planCategoryDelete(tree, 'women', 'lift');
    expect(lift).toMatchObject({ deleteIds: ['women'], skuTarget: 'apparel', skuSourceIds: ['women'] });
    expect(lift.updates.map((c) => [c.id, c.parentId, c.level])).toEqual([['dresses', 'apparel', 2]]);

    const liftRoot = planCategoryDelete(tree, 'apparel', 'lift');
    expect(liftRoot.skuTarget).toBeNull();
    expect(liftRoot.updates.map((c) => [c.id, c.parentId, c.level])).toEqual([
      ['men', null, 1],
      ['women', null, 1],
      ['dresses', 'women', 2],
    ]);

    const branch = planCategoryDelete(tree, 'women', 'branch');
    expect(branch.deleteIds.sort()).toEqual(['dresses', 'women']);
    expect(branch).toMatchObject({ updates: [], skuTarget: 'apparel' });
    expect(planCategoryDelete(tree, 'nope', 'branch').deleteIds).toEqual([]);
  });

  it('shows the rows of open nodes only, attributes as the fourth level', () => {
    expect(visibleRows(tree, new Set()).map((r) => r.key)).toEqual(['apparel', 'home', 'toys']);
    const rows = visibleRows(tree, new Set(['apparel', 'women', 'dresses']));
    expect(rows.map((r) => `${r.depth}:${r.kind}:${r.kind === 'attribute' ? r.name : r.key}`)).toEqual([
      '0:category:apparel',
      '1:category:men',
      '1:category:women',
      '2:category:dresses',
      '3:attribute:size',
      '3:attribute:material',
      '0:category:home',
      '0:category:toys',
    ]);
    const toys = rows.find((r) => r.key === 'toys');
    expect(toys).toMatchObject({ hasChildren: false, expanded: false });
    expect(rows.find((r) => r.kind === 'attribute')?.parentKey).toBe('dresses');
  });

  it('makes readable unique ids, parses attribute values, counts tag usage', () => {
    expect(newCategoryId('Kitchen Knives', 'home', new Set())).toBe('home-kitchen-knives');
    expect(newCategoryId('Kitchen', 'home', tree.byId)).toBe('home-kitchen');
    expect(newCategoryId('Kitchen', null, new Set(['kitchen', 'kitchen-2']))).toBe('kitchen-3');
    expect(newCategoryId('刀具', 'home', new Set())).toBe('home-category');
    expect(newTagId('Clearance sale!', new Set(['profit']))).toBe('clearance-sale');
    expect(newTagId('Profit', new Set(['profit']))).toBe('profit-2');
    expect(newTagId('清仓', new Set())).toBe('tag');
    expect(parseAttributeValues('cotton, linen，silk、 ,cotton')).toEqual(['cotton', 'linen', 'silk']);
    expect(Object.fromEntries(tagUsage([{ tags: ['a', 'b'] }, { tags: ['a', 'a'] }, { tags: [] }]))).toEqual({ a: 2, b: 1 });
  });
});
