/**
 * Version 4 (F15): the orders and suppliers stores, the 3 → 4 upgrade, idempotent bulk writes, SKUs
 * added only when new, and both stores in the backup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { BackupData } from '../../../lib/domain/backup';
import { Sku as SkuSchema, type CaseRecord, type Sku } from '../../../lib/domain/schemas';
import { CURRENT_VERSION, upgradeDatabase } from '../../../lib/db/migrations';
import { openWorkspace } from '../../../lib/db/store';
import type { OrderLine } from '../../../lib/import/orders';
import { importFile, type ImportBatch } from '../../../lib/import/run';
import { supplierFromRow } from '../../../lib/import/sheets';
import { FIXED_NOW, openTestWorkspace, uniqueDbName } from './helpers';

const REPORTS = join(import.meta.dirname, '../../fixtures/reports');

async function importFixture(name: string): Promise<ImportBatch> {
  const all: ImportBatch = { orders: [], cases: [], skus: [], suppliers: [], skipped: [] };
  for await (const event of importFile({ name, bytes: new Uint8Array(readFileSync(join(REPORTS, name))) })) {
    if (event.type !== 'batch') continue;
    for (const key of ['orders', 'cases', 'skus', 'suppliers', 'skipped'] as const) (all[key] as unknown[]).push(...event.batch[key]);
  }
  return all;
}

/** A version 3 database: the real upgrade, minus the stores versions 4 and 5 add. */
async function createVersion3(name: string, cases: CaseRecord[], sku: Sku): Promise<void> {
  const db = await openDB(name, 3, {
    upgrade(database, oldVersion, _newVersion, tx) {
      const any = database as unknown as IDBPDatabase<unknown>;
      void upgradeDatabase(any, oldVersion, tx as never, FIXED_NOW).then(() => tx.objectStore('meta').put(3, 'schemaVersion'));
      // Structure changes above ran synchronously; undo version 4's.
      database.deleteObjectStore('orders');
      database.deleteObjectStore('suppliers');
      database.deleteObjectStore('purchaseOrders');
      // …and version 6's (the retrospective's aggregates and the cases' sku index).
      database.deleteObjectStore('retroDays');
      tx.objectStore('cases').deleteIndex('sku');
    },
  });
  const tx = db.transaction(['cases', 'skus'], 'readwrite');
  for (const c of cases) await tx.objectStore('cases').put(c);
  await tx.objectStore('skus').put(sku);
  await tx.done;
  expect([...db.objectStoreNames]).not.toContain('orders');
  db.close();
}

describe('upgrading a version 3 workspace to the current version', () => {
  it('adds the orders, suppliers and purchaseOrders stores and loses nothing', async () => {
    const { cases } = await importFixture('amazon-fba-returns.us.tsv');
    const name = uniqueDbName('v3');
    await createVersion3(name, cases, SkuSchema.parse({ sku: 'HW-KEEP-1', title: 'Kept across the upgrade', source: 'amazon' }));
    const store = await openWorkspace(name, { now: () => FIXED_NOW });
    expect(await store.getMeta('schemaVersion')).toBe(CURRENT_VERSION);
    expect(CURRENT_VERSION).toBe(6);
    expect((await store.listCases()).map((c) => c.id).sort()).toEqual(cases.map((c) => c.id).sort());
    expect((await store.getSkus(['HW-KEEP-1'])).get('HW-KEEP-1')?.title).toBe('Kept across the upgrade');
    expect(await store.listOrderLines()).toEqual([]);
    expect(await store.listSuppliers()).toEqual([]);
    const counts = await store.counts();
    expect(counts.orders).toBe(0);
    expect(counts.suppliers).toBe(0);
    expect(counts.purchaseOrders).toBe(0);
    expect(await store.listPurchaseOrders()).toEqual([]);
    await store.close();
  });
});

describe('putOrderLines and putSuppliers', () => {
  it('store order lines once: the same lines again are all unchanged, a changed one is updated', async () => {
    const { store } = await openTestWorkspace('orders');
    const { orders } = await importFixture('amazon-orders.us.tsv');
    expect(orders.length).toBeGreaterThan(1);
    expect(await store.putOrderLines(orders)).toEqual({ added: orders.length, updated: 0, unchanged: 0, errors: [] });
    expect(await store.putOrderLines(orders)).toEqual({ added: 0, updated: 0, unchanged: orders.length, errors: [] });
    const changed: OrderLine = { ...orders[0]!, quantity: orders[0]!.quantity + 1 };
    expect(await store.putOrderLines([changed])).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    expect((await store.listOrderLines({ sku: changed.sku })).some((o) => o.id === changed.id && o.quantity === changed.quantity)).toBe(true);
    await store.close();
  });

  it('reject an invalid order line with its field, and store the valid ones', async () => {
    const { store } = await openTestWorkspace('orders-invalid');
    const { orders } = await importFixture('amazon-orders.us.tsv');
    const result = await store.putOrderLines([{ ...orders[0], quantity: -1 }, orders[1]]);
    expect(result.added).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/quantity/);
    await store.close();
  });

  it('store suppliers once and replace one only when it changed', async () => {
    const { store } = await openTestWorkspace('suppliers');
    const { suppliers: rows } = await importFixture('suppliers.csv');
    const suppliers = rows.map(supplierFromRow);
    expect(suppliers.length).toBeGreaterThan(0);
    expect(await store.putSuppliers(suppliers)).toMatchObject({ added: suppliers.length, updated: 0, unchanged: 0 });
    expect(await store.putSuppliers(suppliers)).toMatchObject({ added: 0, updated: 0, unchanged: suppliers.length });
    expect(await store.putSuppliers([{ ...suppliers[0]!, notes: 'new notes' }])).toMatchObject({ updated: 1 });
    expect((await store.listSuppliers()).find((s) => s.id === suppliers[0]!.id)?.notes).toBe('new notes');
    await store.close();
  });
});

describe('addNewSkus', () => {
  it('adds SKUs that are new and never overwrites the seller’s edits', async () => {
    const { store } = await openTestWorkspace('skus');
    const { skus } = await importFixture('catalogue.csv');
    expect(skus.length).toBeGreaterThan(0);
    const first = await store.addNewSkus(skus);
    expect(first.added).toBe(skus.length);
    const edited = { ...(await store.getSkus([skus[0]!.sku])).get(skus[0]!.sku)!, title: 'The seller’s own title' };
    expect((await store.putSku(edited)).ok).toBe(true);
    const again = await store.addNewSkus(skus);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: skus.length });
    expect((await store.getSkus([skus[0]!.sku])).get(skus[0]!.sku)?.title).toBe('The seller’s own title');
    await store.close();
  });
});

describe('backup', () => {
  it('includes order lines and suppliers, and restores them', async () => {
    const { store } = await openTestWorkspace('backup-orders');
    const { orders } = await importFixture('amazon-orders.us.tsv');
    const { suppliers } = await importFixture('suppliers.csv');
    await store.putOrderLines(orders);
    await store.putSuppliers(suppliers.map(supplierFromRow));
    const data = await store.readWorkspace();
    expect(data.orders).toHaveLength(orders.length);
    expect(data.suppliers).toHaveLength(suppliers.length);
    await store.clearWorkspace();
    expect(await store.listOrderLines()).toEqual([]);
    await store.replaceWorkspace(data);
    expect(await store.listOrderLines()).toHaveLength(orders.length);
    expect(await store.listSuppliers()).toHaveLength(suppliers.length);
    await store.close();
  });

  it('a backup written before version 4 restores with no order lines or suppliers', async () => {
    const { store } = await openTestWorkspace('backup-old');
    const { orders: _orders, suppliers: _suppliers, ...old } = await store.readWorkspace();
    const parsed = BackupData.parse(old);
    expect(parsed.orders).toEqual([]);
    expect(parsed.suppliers).toEqual([]);
    await store.close();
  });
});
