import { afterEach, describe, expect, it } from 'vitest';
import type { WorkspaceStore } from '../../../lib/db/store';
import { openTestWorkspace } from '../db/helpers';

let open: WorkspaceStore[] = [];
async function workspace(label: string) {
  const { store } = await openTestWorkspace(label);
  open.push(store);
  // A small tree of our own: a › b › c, and d; no shipped rules point at these ids.
  await store.putCategory({ id: 'x-a', name: 'A', parentId: null, level: 1, platformMappings: [{ marketplace: 'ebay', kind: 'category-id', value: '1' }] });
  await store.putCategory({ id: 'x-b', name: 'B', parentId: 'x-a', level: 2, platformMappings: [{ marketplace: 'ebay', kind: 'category-id', value: '2' }] });
  await store.putCategory({ id: 'x-c', name: 'C', parentId: 'x-b', level: 3 });
  await store.putCategory({ id: 'x-d', name: 'D', parentId: null, level: 1 });
  await store.putSku({ sku: 'S-B', categoryId: 'x-b', tags: ['profit', 'traffic'] });
  await store.putSku({ sku: 'S-C', categoryId: 'x-c', tags: ['profit'] });
  return store;
}
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});
const byId = async (store: WorkspaceStore) => new Map((await store.listCategories()).map((c) => [c.id, c]));
const skuCategory = async (store: WorkspaceStore, sku: string) => (await store.getSkus([sku])).get(sku)?.categoryId;

describe('catalogue editor in the store', () => {
  it('reads the whole catalogue in one go', async () => {
    const store = await workspace('read');
    const snapshot = await store.readCatalogue();
    expect(snapshot.skus.map((s) => s.sku)).toEqual(['S-B', 'S-C']);
    expect(snapshot.categories.some((c) => c.id === 'x-c')).toBe(true);
    expect(snapshot.tags.map((t) => t.id)).toContain('profit');
    expect(snapshot).toHaveProperty('suppliers');
  });

  it('moves a branch and re-levels it; refuses cycles and too-deep moves with the reason', async () => {
    const store = await workspace('move');
    await store.moveCategoryBranch('x-b', 'x-d');
    let categories = await byId(store);
    expect(categories.get('x-b')).toMatchObject({ parentId: 'x-d', level: 2 });
    expect(categories.get('x-c')).toMatchObject({ parentId: 'x-b', level: 3 });
    await expect(store.moveCategoryBranch('x-d', 'x-c')).rejects.toThrow(/cannot sit inside itself/);
    await expect(store.moveCategoryBranch('x-a', 'x-c')).rejects.toThrow(/deeper than 小类/);
    await store.moveCategoryBranch('x-c', null);
    categories = await byId(store);
    expect(categories.get('x-c')).toMatchObject({ parentId: null, level: 1 });
  });

  it('deletes by lifting children and SKUs to the parent, mappings included', async () => {
    const store = await workspace('lift');
    await store.deleteCategoryNode('x-b', 'lift');
    const categories = await byId(store);
    expect(categories.has('x-b')).toBe(false);
    expect(categories.get('x-c')).toMatchObject({ parentId: 'x-a', level: 2 });
    expect(categories.get('x-a')!.platformMappings.map((m) => m.value).sort()).toEqual(['1', '2']);
    expect(await skuCategory(store, 'S-B')).toBe('x-a');
    expect(await skuCategory(store, 'S-C')).toBe('x-c');
  });

  it('deletes a whole branch: its SKUs go to the parent, or become uncategorised under a 大类', async () => {
    const store = await workspace('branch');
    await store.deleteCategoryNode('x-a', 'branch');
    const categories = await byId(store);
    expect(['x-a', 'x-b', 'x-c'].some((id) => categories.has(id))).toBe(false);
    expect(await skuCategory(store, 'S-B')).toBeNull();
    expect(await skuCategory(store, 'S-C')).toBeNull();
  });

  it('refuses to delete a category a compliance rule still uses', async () => {
    const store = await workspace('rules');
    const rule = (await store.listComplianceRules())[0]!;
    await expect(store.deleteCategoryNode(rule.categoryId, 'branch')).rejects.toThrow(/compliance rule .* still use/);
    expect((await byId(store)).has(rule.categoryId)).toBe(true);
  });

  it('deletes a tag and takes it off every SKU', async () => {
    const store = await workspace('tag');
    expect(await store.deleteTagEverywhere('profit')).toBe(2);
    const skus = await store.getSkus(['S-B', 'S-C']);
    expect(skus.get('S-B')!.tags).toEqual(['traffic']);
    expect(skus.get('S-C')!.tags).toEqual([]);
    expect((await store.listTags()).some((t) => t.id === 'profit')).toBe(false);
  });
});
