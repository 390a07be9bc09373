/**
 * Storing an imported chunk (F15), as the import worker does it: every record checked by the store,
 * idempotent (the same chunk twice stores nothing new), and a bad record rejected with its field
 * while the good ones beside it are kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, type ImportBatch } from '../../../lib/import/run';
import { storeImportBatch } from '../../../lib/import/store-batch';
import { openTestWorkspace } from '../db/helpers';

async function batchOf(...names: string[]): Promise<Omit<ImportBatch, 'skipped'>> {
  const all: Omit<ImportBatch, 'skipped'> = { orders: [], cases: [], skus: [], suppliers: [] };
  for (const name of names) {
    for await (const event of importFile({ name, bytes: new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/reports', name))) })) {
      if (event.type !== 'batch') continue;
      for (const key of ['orders', 'cases', 'skus', 'suppliers'] as const) (all[key] as unknown[]).push(...event.batch[key]);
    }
  }
  return all;
}

async function setup() {
  const { store } = await openTestWorkspace('store-batch');
  const empty = { orders: [], cases: [], skus: [], suppliers: [] };
  const send = (batch: Partial<Omit<ImportBatch, 'skipped'>>) => storeImportBatch(store, { ...empty, ...batch });
  return { store, send };
}

describe('storeImportBatch', () => {
  it('stores cases, order lines, new SKUs and suppliers; the same batch again changes nothing', async () => {
    const { store, send } = await setup();
    const batch = await batchOf('amazon-fba-returns.us.tsv', 'amazon-orders.us.tsv', 'catalogue.csv', 'suppliers.csv');
    const first = await send(batch);
    expect(first.cases.added).toBe(batch.cases.length);
    expect(first.orders.added).toBe(batch.orders.length);
    expect(first.skus.added).toBe(batch.skus.length);
    expect(first.suppliers.added).toBe(batch.suppliers.length);

    const second = await send(batch);
    expect(second).toMatchObject({
      cases: { added: 0, updated: 0, unchanged: batch.cases.length },
      orders: { added: 0, updated: 0, unchanged: batch.orders.length },
      skus: { added: 0, updated: 0, unchanged: batch.skus.length },
      suppliers: { added: 0, updated: 0, unchanged: batch.suppliers.length },
    });
    expect((await store.listCases()).length).toBe(batch.cases.length);
    await store.close();
  });

  it('rejects a malformed record with the field that is wrong and keeps the good ones beside it', async () => {
    const { store, send } = await setup();
    const { orders } = await batchOf('amazon-orders.us.tsv');
    expect(orders.length).toBeGreaterThan(1);
    const [bad, ...good] = orders;
    const result = await send({ orders: [{ ...bad!, quantity: 'two' as never }, ...good] });
    expect(result.orders).toMatchObject({ added: good.length, updated: 0, unchanged: 0 });
    expect(result.orders.errors).toHaveLength(1);
    expect(result.orders.errors[0]).toContain(JSON.stringify(bad!.id));
    expect(result.orders.errors[0]).toMatch(/quantity/);
    expect((await store.listOrderLines()).map((o) => o.id).sort()).toEqual(good.map((o) => o.id).sort());
    await store.close();
  });

  it('names a supplier row that cannot become a supplier, and stores the others', async () => {
    const { store, send } = await setup();
    const { suppliers } = await batchOf('suppliers.csv');
    const bad = { ...suppliers[0]!, id: 'SUP-BAD', name: '' };
    const result = await send({ suppliers: [bad, ...suppliers] });
    expect(result.suppliers.added).toBe(suppliers.length);
    expect(result.suppliers.errors.join(' ')).toContain('SUP-BAD');
    expect((await store.listSuppliers()).map((s) => s.id)).not.toContain('SUP-BAD');
    await store.close();
  });
});
