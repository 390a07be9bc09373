import { DEFAULT_PURCHASING_SETTINGS } from '../../../lib/domain/purchasing-settings';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, DEFAULT_COMPLIANCE_RULES, DEFAULT_RETURN_RULES, DEFAULT_ROLE_TAGS, DEFAULT_VAT_RATES } from '../../../lib/domain/defaults';
import { WorkspaceValidationError, type WorkspaceStore } from '../../../lib/db/store';
import { CURRENT_VERSION } from '../../../lib/db/migrations';
import { FIXED_NOW, openTestWorkspace } from './helpers';

const dress = {
  sku: 'HW-DRESS-COT-M',
  title: 'Cotton summer dress',
  categoryId: 'apparel-women-dresses',
  attributes: { material: 'cotton', size: 'M' },
  tags: ['profit', 'seasonal'],
  hsCode: '620442',
  cost: { amount: 9.4, currency: 'USD' },
};

let open: WorkspaceStore[] = [];
async function workspace(label: string) {
  const result = await openTestWorkspace(label);
  open.push(result.store);
  return result;
}
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});

describe('a new workspace', () => {
  it('is seeded with the shipped defaults', async () => {
    const { store } = await workspace('fresh');
    const counts = await store.counts();
    expect(counts).toMatchObject({
      categories: DEFAULT_CATEGORIES.length,
      tags: DEFAULT_ROLE_TAGS.length,
      complianceRules: DEFAULT_COMPLIANCE_RULES.length,
      returnRules: DEFAULT_RETURN_RULES.length,
      vatRates: DEFAULT_VAT_RATES.length,
      settings: 1,
      skus: 0,
      cases: 0,
      quarantine: 0,
    });
    expect(await store.getSettings()).toEqual({ features: {}, expiringWithinDays: 30, iossThresholdEur: 150, shipWithinHours: 24, stalledTrackingDays: 7, classifierKeywords: {}, sellerName: '', agentName: '', replyDeadlineHours: {}, purchasing: DEFAULT_PURCHASING_SETTINGS, profit: { listings: [], commissionRates: [] } });
    expect(await store.getMeta('schemaVersion')).toBe(CURRENT_VERSION);
    expect(await store.getMeta('seededAt')).toBe(FIXED_NOW.toISOString());
    expect((await store.listReturnRules()).map((r) => r.priority)).toEqual([...DEFAULT_RETURN_RULES].map((r) => r.priority).sort((a, b) => a - b));
  });
});

describe('settings', () => {
  it('merges a patch, feature switches key by key', async () => {
    const { store } = await workspace('settings');
    await store.saveSettings({ features: { 'return-hint': false } });
    await store.saveSettings({ expiringWithinDays: 14, features: { 'category-tags': true } });
    expect(await store.getSettings()).toEqual({
      features: { 'return-hint': false, 'category-tags': true },
      expiringWithinDays: 14,
      iossThresholdEur: 150,
      shipWithinHours: 24,
      stalledTrackingDays: 7,
      classifierKeywords: {},
      sellerName: '',
      agentName: '',
      replyDeadlineHours: {},
      purchasing: DEFAULT_PURCHASING_SETTINGS,
      profit: { listings: [], commissionRates: [] },
    });
  });

  it('rejects an invalid value naming the field and keeps the old settings', async () => {
    const { store } = await workspace('settings-bad');
    await expect(store.saveSettings({ expiringWithinDays: 0 })).rejects.toThrow(/expiringWithinDays must be at least 1/);
    expect((await store.getSettings()).expiringWithinDays).toBe(30);
  });
});

describe('SKUs', () => {
  it('saves, finds and deletes', async () => {
    const { store } = await workspace('skus');
    const saved = await store.putSku(dress);
    expect(saved).toMatchObject({ ok: true, value: { ...dress, hsCodesByCountry: {}, certificateIds: [], updatedAt: FIXED_NOW.toISOString() } });
    await store.putSku({ sku: 'HW-LAMP-DK2', title: 'LED desk lamp', model: 'DK2' });

    const found = await store.getSkus(['HW-DRESS-COT-M', 'NOPE', 'HW-DRESS-COT-M']);
    expect([...found.keys()]).toEqual(['HW-DRESS-COT-M']);
    expect((await store.listSkus({ query: 'lamp' })).map((s) => s.sku)).toEqual(['HW-LAMP-DK2']);
    expect((await store.listSkus({ query: 'dk2' })).map((s) => s.sku)).toEqual(['HW-LAMP-DK2']);
    expect((await store.listSkus({ limit: 1 })).map((s) => s.sku)).toEqual(['HW-DRESS-COT-M']);

    await store.deleteSku('HW-DRESS-COT-M');
    expect((await store.listSkus()).map((s) => s.sku)).toEqual(['HW-LAMP-DK2']);
  });

  it('returns plain-words errors naming each field, and stores nothing', async () => {
    const { store } = await workspace('skus-bad');
    const result = await store.putSku({ ...dress, hsCode: '62A442', cost: { amount: 3 }, tags: 'profit' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        'hsCode must be a 6-digit HS code (found "62A442")',
        'cost.currency is missing',
        'tags must be a list (found "profit")',
      ]),
    );
    expect((await store.counts()).skus).toBe(0);
  });

  it('refuses a category that does not exist', async () => {
    const { store } = await workspace('skus-cat');
    const result = await store.putSku({ ...dress, categoryId: 'apparel-men' });
    expect(result).toEqual({ ok: false, errors: ['categoryId names no existing category (found "apparel-men")'] });
  });

  it('saving the same SKU twice changes nothing (updatedAt included)', async () => {
    const { store } = await workspace('skus-twice');
    const first = await store.putSku(dress);
    const second = await store.putSku({ ...dress, updatedAt: '2030-01-01T00:00:00Z' });
    expect(second).toEqual(first);
  });

  it('reports a damaged stored record instead of throwing', async () => {
    const { store, invalid } = await workspace('skus-damaged');
    await store.putSku(dress);
    // Damage it behind the store's back, as an old build or a manual edit could.
    const raw = await openDB(store.name);
    await raw.put('skus', { sku: 'HW-BROKEN', hsCode: 'abc' });
    raw.close();
    const snapshot = await store.loadAnnotationSnapshot(['HW-BROKEN', 'HW-DRESS-COT-M']);
    expect([...snapshot.skus.keys()]).toEqual(['HW-DRESS-COT-M']);
    expect(snapshot.invalid).toEqual([{ store: 'skus', key: 'HW-BROKEN', problems: ['hsCode must be a 6-digit HS code (found "abc")'] }]);
    expect(invalid).toEqual(snapshot.invalid);
  });
});

describe('categories, tags and the rule stores', () => {
  it('checks the tree on write and refuses to delete a category still in use', async () => {
    const { store } = await workspace('categories');
    await expect(store.putCategory({ id: 'apparel-men', name: 'Men', parentId: 'nope', level: 2 })).rejects.toThrow(
      'Category "apparel-men" was not saved: parentId names no existing category (found "nope").',
    );
    await expect(store.putCategory({ id: 'x', name: ' ', parentId: null, level: 1 })).rejects.toThrow(/name must not be empty/);
    const men = await store.putCategory({ id: 'apparel-men', name: 'Men', parentId: 'apparel', level: 2 });
    expect(men).toEqual({ id: 'apparel-men', name: 'Men', parentId: 'apparel', level: 2, attributes: {}, platformMappings: [] });

    await store.putSku(dress);
    await expect(store.deleteCategory('apparel-women-dresses')).rejects.toThrow(/1 SKU\(s\) still use it/);
    await expect(store.deleteCategory('apparel')).rejects.toThrow(/2 sub-categories/);
    await store.deleteCategory('apparel-men');
    expect((await store.listCategories()).some((c) => c.id === 'apparel-men')).toBe(false);
  });

  it('validates tags, certificates, rules, warehouses and duty rates', async () => {
    const { store } = await workspace('rules');
    await expect(store.putTag({ id: 'Best Seller', label: 'Best' })).rejects.toBeInstanceOf(WorkspaceValidationError);
    expect(await store.putTag({ id: 'clearance', label: 'Clearance' })).toEqual({ id: 'clearance', label: 'Clearance', color: '#5f6b7a', builtIn: false });
    expect((await store.listTags()).map((t) => t.id)).toContain('clearance');

    await expect(store.putCertificate({ id: 'c1', kind: 'CE', markets: [] })).rejects.toThrow(/markets must name at least one market/);
    await store.putCertificate({ id: 'c1', kind: 'CE', markets: ['EU'], expiresOn: '2027-01-01' });
    await store.putSku({ ...dress, certificateIds: ['c1'] });
    await store.deleteCertificate('c1');
    expect(await store.listCertificates()).toEqual([]);
    expect((await store.getSkus([dress.sku])).get(dress.sku)?.certificateIds).toEqual([]);

    await expect(store.putDutyRate({ id: 'd', destination: 'EU', hsPrefix: '62', ratePercent: 12, source: '' })).rejects.toThrow(
      /source must say where the rate comes from/,
    );
    await store.putDutyRate({ id: 'd', destination: 'EU', hsPrefix: '6204', ratePercent: 12, source: 'TARIC' });
    expect(await store.listDutyRates()).toHaveLength(1);

    await expect(store.putWarehouse({ id: 'w', name: 'W', kind: 'own', address: { name: 'W', lines: [], city: 'X', country: 'de' } })).rejects.toThrow(
      'Warehouse "w" was not saved: address.lines must have at least one street line (found []); address.country must be a two-letter country code such as DE or US (found "de").',
    );
    await store.putReturnRule({ id: 'first', name: 'First', priority: -5, action: { kind: 'standard_return' } });
    expect((await store.listReturnRules())[0]?.id).toBe('first');
    await store.deleteReturnRule('first');
    expect((await store.listReturnRules()).some((r) => r.id === 'first')).toBe(false);
  });
});

describe('platform category mappings (F8)', () => {
  it('maps, moves and unmaps a platform category, case-insensitively, in one place only', async () => {
    const { store } = await workspace('mappings');
    const mapping = { marketplace: 'ebay' as const, kind: 'category-id' as const, value: "Women's Dresses" };
    await store.mapPlatformCategory({ ...mapping, categoryId: 'apparel-women-dresses' });
    await store.mapPlatformCategory({ ...mapping, value: "women's dresses ", categoryId: 'apparel-women-dresses' });
    const mappedTo = async () =>
      (await store.listCategories()).filter((c) => c.platformMappings.some((m) => m.value.toLowerCase() === "women's dresses")).map((c) => c.id);
    expect(await mappedTo()).toEqual(['apparel-women-dresses']);
    expect((await store.listCategories()).find((c) => c.id === 'apparel-women-dresses')?.platformMappings).toHaveLength(1);
    await store.mapPlatformCategory({ ...mapping, categoryId: 'apparel-women' });
    expect(await mappedTo()).toEqual(['apparel-women']);
    await store.mapPlatformCategory({ ...mapping, categoryId: null });
    expect(await mappedTo()).toEqual([]);
    await expect(store.mapPlatformCategory({ ...mapping, categoryId: 'nope' })).rejects.toThrow(/does not exist/);
  });
});

describe('clearWorkspace', () => {
  it('goes back to the defaults', async () => {
    const { store } = await workspace('clear');
    const before = await store.counts();
    await store.putSku(dress);
    await store.saveSettings({ expiringWithinDays: 7 });
    await store.putTag({ id: 'clearance', label: 'Clearance' });
    await store.clearWorkspace();
    // Clearing writes the cases, so meta now also holds their new revision (casesRevision).
    expect(await store.counts()).toEqual({ ...before, meta: before.meta + 1 });
    expect((await store.getSettings()).expiringWithinDays).toBe(30);
  });
});

describe('the connection', () => {
  it('reopens after being closed, as after the service worker stopped', async () => {
    const { store } = await workspace('reopen');
    await store.putSku(dress);
    await store.close();
    expect((await store.getSkus([dress.sku])).size).toBe(1);
  });
});

describe('a settings change', () => {
  it('touches only the keys it carries, as the protocol parses it', async () => {
    const { SettingsPatch } = await import('../../../lib/domain/vocabulary');
    const { store } = await workspace('settings-patch');
    await store.saveSettings({ sellerName: 'Northwind', expiringWithinDays: 45, features: { 'return-hint': false } });
    await store.saveSettings(SettingsPatch.parse({ replyDeadlineHours: { ebay: 48 } }));
    await store.saveSettings(SettingsPatch.parse({ features: { 'category-tags': false } }));
    expect(await store.getSettings()).toMatchObject({
      sellerName: 'Northwind',
      expiringWithinDays: 45,
      replyDeadlineHours: { ebay: 48 },
      features: { 'return-hint': false, 'category-tags': false },
    });
    expect(SettingsPatch.parse({ sellerName: 'x' })).toEqual({ sellerName: 'x' });
  });
});
