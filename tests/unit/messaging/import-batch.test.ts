/**
 * The importBatch message (F15): options page → background. Validated on arrival, refused from
 * content scripts, and idempotent: the same chunk twice stores nothing new.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createHandlers } from '../../../lib/background/handlers';
import { importFile, type ImportBatch } from '../../../lib/import/run';
import { dispatchMessage, type SenderPolicy } from '../../../lib/messaging/server';
import { openTestWorkspace } from '../db/helpers';

const policy: SenderPolicy = {
  extensionId: 'abcdefghijklmnop',
  extensionOrigin: 'chrome-extension://abcdefghijklmnop/',
  isMarketplaceHost: (host) => host === 'sellercentral.amazon.com',
};
const fromOptions: Runtime.MessageSender = { id: policy.extensionId, url: 'chrome-extension://abcdefghijklmnop/options.html' };
const fromContent: Runtime.MessageSender = {
  id: policy.extensionId,
  url: 'https://sellercentral.amazon.com/orders-v3',
  tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};

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
  const { store } = await openTestWorkspace('import-batch');
  const handlers = createHandlers({
    store: async () => store,
    now: () => new Date('2026-11-21T08:00:00Z'),
    fetchDemo: async () => ({}),
    openOptions: async () => undefined,
    appVersion: '0.0.0-test',
  });
  const send = (payload: unknown, sender = fromOptions) => dispatchMessage({ hw: 1, name: 'importBatch', payload }, sender, policy, handlers);
  return { store, send };
}

describe('importBatch', () => {
  it('stores cases, order lines, new SKUs and suppliers; the same batch again changes nothing', async () => {
    const { store, send } = await setup();
    const batch = await batchOf('amazon-fba-returns.us.tsv', 'amazon-orders.us.tsv', 'catalogue.csv', 'suppliers.csv');
    const first = await send(batch);
    expect(first?.ok).toBe(true);
    const counts = first && first.ok ? (first.data as Record<string, { added: number; unchanged: number }>) : {};
    expect(counts.cases?.added).toBe(batch.cases.length);
    expect(counts.orders?.added).toBe(batch.orders.length);
    expect(counts.skus?.added).toBe(batch.skus.length);
    expect(counts.suppliers?.added).toBe(batch.suppliers.length);

    const second = await send(batch);
    expect(second?.ok && second.data).toMatchObject({
      cases: { added: 0, updated: 0, unchanged: batch.cases.length },
      orders: { added: 0, updated: 0, unchanged: batch.orders.length },
      skus: { added: 0, updated: 0, unchanged: batch.skus.length },
      suppliers: { added: 0, updated: 0, unchanged: batch.suppliers.length },
    });
    expect((await store.listCases()).length).toBe(batch.cases.length);
    await store.close();
  });

  it('rejects a malformed batch with the field that is wrong, storing nothing', async () => {
    const { store, send } = await setup();
    const { orders } = await batchOf('amazon-orders.us.tsv');
    const reply = await send({ orders: [{ ...orders[0], quantity: 'two' }] });
    expect(reply?.ok).toBe(false);
    expect(reply && !reply.ok && reply.error).toMatch(/orders\.0\.quantity/);
    expect(await store.listOrderLines()).toEqual([]);
    await store.close();
  });

  it('is not allowed from a content script', async () => {
    const { store, send } = await setup();
    const reply = await send({ orders: [] }, fromContent);
    expect(reply).toEqual({ ok: false, error: '"importBatch" is not allowed from content-script' });
    await store.close();
  });
});
