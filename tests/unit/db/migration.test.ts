import { DEFAULT_PURCHASING_SETTINGS } from '../../../lib/domain/purchasing-settings';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPLIANCE_RULES, DEFAULT_VAT_RATES } from '../../../lib/domain/defaults';
import { openWorkspace } from '../../../lib/db/store';
import { CURRENT_VERSION } from '../../../lib/db/migrations';
import { FIXED_NOW, uniqueDbName } from './helpers';
import v1Json from '../../fixtures/db/v1-workspace.json';

interface StoreDump {
  keyPath: string | null;
  indexes: { name: string; keyPath: string }[];
  records: { key?: IDBValidKey; value: unknown }[];
}
interface DatabaseDump {
  version: number;
  stores: Record<string, StoreDump>;
}

const v1 = v1Json as unknown as DatabaseDump;

/** Builds the database exactly as the version 1 code did, with the raw IndexedDB API (no idb, no current code). */
function createRawDatabase(name: string, dump: DatabaseDump): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, dump.version);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const [storeName, store] of Object.entries(dump.stores)) {
        const os = db.createObjectStore(storeName, store.keyPath === null ? {} : { keyPath: store.keyPath });
        for (const index of store.indexes) os.createIndex(index.name, index.keyPath);
        for (const record of store.records) {
          if (record.key === undefined) os.put(record.value);
          else os.put(record.value, record.key);
        }
      }
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

async function migratedWorkspace() {
  const name = uniqueDbName('v1');
  await createRawDatabase(name, v1);
  const store = await openWorkspace(name, { now: () => FIXED_NOW, onInvalidRecord: (r) => expect.unreachable(JSON.stringify(r)) });
  return store;
}

describe('upgrading a version 1 workspace', () => {
  it('turns per-key settings into one record and quarantines the unreadable one', async () => {
    const store = await migratedWorkspace();
    expect(await store.getSettings()).toEqual({ features: { 'return-hint': false }, expiringWithinDays: 21, iossThresholdEur: 150, shipWithinHours: 24, stalledTrackingDays: 7, classifierKeywords: {}, sellerName: '', agentName: '', replyDeadlineHours: {}, purchasing: DEFAULT_PURCHASING_SETTINGS, profit: { listings: [], commissionRates: [] } });
    expect(await store.getMeta('schemaVersion')).toBe(CURRENT_VERSION);
    await store.close();
  });

  it('renames category, tag, return-rule and case fields', async () => {
    const store = await migratedWorkspace();
    const categories = await store.listCategories();
    expect(categories.map((c) => c.id)).toEqual([
      'apparel',
      'apparel-women',
      'apparel-women-dresses',
      'electronics',
      'electronics-audio',
      'electronics-audio-speakers',
    ]);
    expect(categories.find((c) => c.id === 'apparel-women-dresses')).toEqual({
      id: 'apparel-women-dresses',
      name: 'Dresses',
      nameZh: '连衣裙',
      parentId: 'apparel-women',
      level: 3,
      attributes: { material: ['cotton', 'linen'], size: ['S', 'M', 'L'] },
      platformMappings: [{ marketplace: 'amazon', kind: 'product-type', value: 'DRESS' }],
    });
    expect(categories.find((c) => c.id === 'electronics')).toMatchObject({ parentId: null, attributes: {}, platformMappings: [] });

    expect(await store.listTags()).toEqual([
      { id: 'gift', label: 'Gift idea', color: '#5f6b7a', builtIn: false },
      { id: 'profit', label: 'Profit', labelZh: '利润款', color: '#2b8a3e', builtIn: true },
      { id: 'traffic', label: 'Traffic driver', labelZh: '引流款', color: '#d9480f', builtIn: true },
    ]);

    const rules = await store.listReturnRules();
    expect(rules.map((r) => [r.id, r.priority])).toEqual([
      ['low-value', 10],
      ['size-exchange', 20],
    ]);
    expect(rules[1]?.action).toEqual({ kind: 'approve_exchange', approval: 'automatic', returnTo: 'returns-service' });
    expect(rules.some((r) => 'order' in r)).toBe(false);

    expect(await store.listWarehouses()).toHaveLength(1);
    const [record] = await store.listCases();
    expect(record?.timeline).toEqual([
      { status: 'requested', at: '2026-03-10T09:00:00Z' },
      { status: 'approved', at: '2026-03-10T09:05:00Z' },
    ]);
    expect(record && 'events' in record).toBe(false);
    // The version 2 index on updatedAt exists and serves the new listing order.
    expect((await store.listCases({ orderId: '113-4417890-1234567' })).map((c) => c.sku)).toEqual(['HW-DRESS-COT-M']);
    await store.close();
  });

  it('moves embedded certificates into the certificates store, one record per real certificate', async () => {
    const store = await migratedWorkspace();
    const skus = await store.getSkus(['HW-DRESS-COT-M', 'HW-SPK-BT10', 'HW-SPK-BT10-BLK', 'HW-BROKEN-01']);
    expect([...skus.keys()]).toEqual(['HW-DRESS-COT-M', 'HW-SPK-BT10', 'HW-SPK-BT10-BLK']);
    expect(skus.get('HW-DRESS-COT-M')).toEqual({
      sku: 'HW-DRESS-COT-M',
      title: 'Cotton summer dress',
      categoryId: 'apparel-women-dresses',
      attributes: { material: 'cotton', size: 'M' },
      tags: ['profit'],
      cost: { amount: 9.4, currency: 'USD' },
      weightGrams: 320,
      hsCode: '620442',
      hsCodesByCountry: {},
      certificateIds: [],
      source: 'amazon',
      updatedAt: '2026-03-02T10:15:00Z',
    });
    expect(skus.get('HW-SPK-BT10')).toMatchObject({
      model: 'BT10',
      hsCode: '851822',
      supplierId: 'sup-shenzhen-audio',
      certificateIds: ['v1-ce-ce-bt10-2024-001', 'v1-fcc-fcc-2ab12-bt10'],
    });
    const blk = skus.get('HW-SPK-BT10-BLK');
    expect(blk?.hsCode).toBeUndefined(); // version 1 stored an empty string for "not entered"
    expect(blk?.certificateIds).toEqual(['v1-ce-ce-bt10-2024-001']);

    expect(await store.listCertificates()).toEqual([
      {
        id: 'v1-ce-ce-bt10-2024-001',
        kind: 'CE',
        markets: ['EU'],
        covers: { skus: ['HW-SPK-BT10', 'HW-SPK-BT10-BLK'], models: [] },
        issuer: 'Demo Lab',
        number: 'CE-BT10-2024-001',
        expiresOn: '2027-03-01',
        legalRefs: [],
      },
      {
        id: 'v1-fcc-fcc-2ab12-bt10',
        kind: 'FCC',
        markets: ['US'],
        covers: { skus: ['HW-SPK-BT10'], models: [] },
        issuer: '',
        number: 'FCC-2AB12-BT10',
        expiresOn: '2027-06-30',
        legalRefs: [],
      },
    ]);
    // The SKU's category index was rebuilt under its version 2 name.
    await expect(store.deleteCategory('electronics-audio-speakers')).rejects.toThrow(/2 SKU\(s\) still use it/);
    await store.close();
  });

  it('keeps every record it cannot migrate in quarantine, with the reason, and reports it', async () => {
    const store = await migratedWorkspace();
    const quarantine = await store.listQuarantine();
    expect(quarantine.map(({ id, store: s, key, reason, fromVersion }) => ({ id, store: s, key, reason, fromVersion }))).toEqual([
      {
        id: 'settings:iossThresholdEur',
        store: 'settings',
        key: 'iossThresholdEur',
        reason: 'iossThresholdEur must be a number (found "150 EUR")',
        fromVersion: 1,
      },
      {
        id: 'skus.certificates:HW-SPK-BT10#2',
        store: 'skus.certificates',
        key: 'HW-SPK-BT10#2',
        reason: 'expiresOn must be a date written YYYY-MM-DD (found "31/01/2027")',
        fromVersion: 1,
      },
      {
        id: 'skus:HW-BROKEN-01',
        store: 'skus',
        key: 'HW-BROKEN-01',
        reason: 'hsCode must be a 6-digit HS code (found "62A442")',
        fromVersion: 1,
      },
    ]);
    // Nothing is lost: the quarantined SKU is kept exactly as stored, embedded certificate included.
    const stored = v1.stores.skus?.records[0]?.value;
    expect(quarantine.find((q) => q.key === 'HW-BROKEN-01')?.record).toEqual(stored);

    const report = await store.getMigrationReport();
    expect(report).toEqual({
      fromVersion: 1,
      toVersion: CURRENT_VERSION,
      at: FIXED_NOW.toISOString(),
      migrated: { settings: 1, categories: 6, tags: 3, skus: 3, certificates: 2, returnRules: 2, warehouses: 1, cases: 1 },
      // In the order the migration met them.
      quarantined: [0, 2, 1].map((i) => quarantine[i]).map((q) => ({ store: q?.store, key: q?.key, reason: q?.reason })),
    });
    await store.close();
  });

  it('adds the stores version 1 did not have, seeded with the shipped rules', async () => {
    const store = await migratedWorkspace();
    const counts = await store.counts();
    expect(counts.complianceRules).toBe(DEFAULT_COMPLIANCE_RULES.length);
    expect(counts.vatRates).toBe(DEFAULT_VAT_RATES.length);
    expect(counts.dutyRates).toBe(0);
    // A migrated workspace is not re-seeded with the default categories: the seller's tree stays as it was.
    expect(counts.categories).toBe(6);
    await store.close();
  });

  it('opening the migrated database again changes nothing', async () => {
    const name = uniqueDbName('v1-twice');
    await createRawDatabase(name, v1);
    const first = await openWorkspace(name, { now: () => FIXED_NOW });
    const before = { data: await first.readWorkspace(), quarantine: await first.listQuarantine() };
    await first.close();
    const again = await openWorkspace(name, { now: () => new Date('2030-01-01T00:00:00Z') });
    expect({ data: await again.readWorkspace(), quarantine: await again.listQuarantine() }).toEqual(before);
    await again.close();
  });

  it('a failed upgrade leaves the version 1 database exactly as it was', async () => {
    const name = uniqueDbName('v1-fails');
    // A version 1 database missing its cases store cannot be upgraded.
    const { cases: _cases, ...stores } = v1.stores;
    await createRawDatabase(name, { ...v1, stores });
    await expect(openWorkspace(name)).rejects.toThrow(/^The workspace database could not be opened: /);

    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(raw.version).toBe(1);
    expect([...raw.objectStoreNames]).not.toContain('quarantine');
    const skus = await new Promise<unknown[]>((resolve) => {
      const request = raw.transaction('skus').objectStore('skus').getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
    });
    expect(skus).toEqual(v1.stores.skus?.records.map((r) => r.value));
    raw.close();
  });
});
