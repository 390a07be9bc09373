import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import type { WorkspaceStore } from '../../../lib/db/store';
import { FIXED_NOW, openTestWorkspace } from '../db/helpers';

let open: WorkspaceStore[] = [];
async function handlers(label: string) {
  const { store } = await openTestWorkspace(label);
  open.push(store);
  return { store, h: createHandlers({ store: async () => store, now: () => FIXED_NOW, fetchDemo: async () => ({}), openOptions: async () => undefined, appVersion: '0.0.0-test' }) };
}
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});
const sender = { kind: 'extension-page' as const };

describe('catalogue messages in the background', () => {
  it('saveSku checks HS codes against HS 2022 and names the field; a valid one is stored', async () => {
    const { h, store } = await handlers('sku');
    const refused = await h.saveSku({ sku: { sku: 'LAMP', hsCode: '940520' } }, sender);
    expect(refused).toEqual({ ok: false, errors: [expect.stringMatching(/^hsCode: 940520 is not a subheading of the HS 2022 nomenclature/)] });
    const national = await h.saveSku({ sku: { sku: 'LAMP', hsCode: '940521', hsCodesByCountry: { US: '8518220000' } } }, sender);
    expect(national).toEqual({ ok: false, errors: [expect.stringMatching(/^hsCodesByCountry\.US: 8518220000 does not start with the SKU's HS code 940521/)] });
    expect((await store.getSkus(['LAMP'])).size).toBe(0);
    expect(await h.saveSku({ sku: { sku: 'LAMP', hsCode: '940521', hsCodesByCountry: { US: '9405210000' } } }, sender)).toEqual({ ok: true });
  });

  it('describes an HS code with its heading and chapter, and says when it is not in HS 2022', async () => {
    const { h } = await handlers('hs');
    const known = await h.describeHsCode({ code: '8518.22' }, sender);
    expect(known).toMatchObject({ valid: true, heading: { code: '8518' }, chapter: { code: '85' } });
    expect(known.description).toMatch(/loudspeakers/i);
    expect(await h.describeHsCode({ code: '940520' }, sender)).toEqual({ valid: false });
    expect((await h.describeHsCode({ code: '8518220000' }, sender)).valid).toBe(true);
  });

  it('adds a category only under a new id, renames only an existing one, and explains refused moves', async () => {
    const { h } = await handlers('tree');
    const category = { id: 'x-new', name: 'New', parentId: null, level: 1 };
    expect(await h.saveCategory({ category, isNew: true }, sender)).toEqual({ ok: true });
    expect(await h.saveCategory({ category, isNew: true }, sender)).toEqual({ ok: false, errors: [expect.stringMatching(/already exists/)] });
    expect(await h.saveCategory({ category: { ...category, name: 'Renamed' }, isNew: false }, sender)).toEqual({ ok: true });
    expect(await h.saveCategory({ category: { ...category, id: 'x-gone' }, isNew: false }, sender)).toEqual({ ok: false, errors: [expect.stringMatching(/no longer exists/)] });
    expect(await h.saveCategory({ category: { id: 'x-bad', name: '', parentId: null, level: 1 }, isNew: true }, sender)).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^name/)],
    });
    expect(await h.moveCategory({ id: 'x-new', parentId: 'x-new' }, sender)).toEqual({ ok: false, errors: [expect.stringMatching(/cannot sit inside itself/)] });
    const snapshot = await h.loadCatalogue({}, sender);
    expect(snapshot.categories.find((c) => c.id === 'x-new')?.name).toBe('Renamed');
    expect(await h.deleteCategoryNode({ id: 'x-new', strategy: 'branch' }, sender)).toEqual({ ok: true });
    expect(await h.deleteCategoryNode({ id: 'x-new', strategy: 'branch' }, sender)).toEqual({ ok: false, errors: [expect.stringMatching(/does not exist/)] });
  });
});
