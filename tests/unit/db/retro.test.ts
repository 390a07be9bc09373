/**
 * The retrospective's aggregates in the store: kept inside the writes of cases and order lines,
 * rebuilt on restore, emptied on clear, backfilled by the v6 upgrade; and the views built from them.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { retroHandlers } from '../../../lib/background/retro-handlers';
import type { BackgroundDeps } from '../../../lib/background/handlers';
import { upgradeDatabase } from '../../../lib/db/migrations';
import { openWorkspace, type WorkspaceStore } from '../../../lib/db/store';
import { differingBuckets, rebuildAggregates } from '../../../lib/domain/retro/aggregate';
import { RetroSummary } from '../../../lib/domain/retro/model';
import { CaseRecord } from '../../../lib/domain/schemas';
import type { OrderLine } from '../../../lib/import/orders';
import { makeGen } from '../domain/retro/gen';
import { FIXED_NOW, openTestWorkspace, uniqueDbName } from './helpers';

async function agrees(store: WorkspaceStore): Promise<void> {
  const { cases, orders } = await store.readWorkspace();
  expect(differingBuckets(await store.listRetroDays(), rebuildAggregates(cases, orders))).toEqual([]);
}

function sample(seed: number, n: number) {
  const gen = makeGen(seed, { skus: 12, days: 40, end: '2026-11-21' });
  const cases = Array.from({ length: n }, (_, i) => CaseRecord.parse(gen.kase(i)));
  const orders = Array.from({ length: n * 5 }, (_, i) => gen.orderLine(i));
  return { gen, cases, orders };
}

const deps = (store: WorkspaceStore): BackgroundDeps => ({
  store: async () => store,
  now: () => FIXED_NOW,
  fetchDemo: async () => ({}),
  openOptions: async () => undefined,
  appVersion: 'test',
});

describe('retro aggregates in the store', () => {
  it('follow every write of cases and order lines, in batches that repeat and update records', async () => {
    const { store } = await openTestWorkspace('retro-writes');
    const { gen, cases, orders } = sample(11, 120);
    await store.putCases(cases.slice(0, 80));
    await store.putOrderLines(orders.slice(0, 400));
    await agrees(store);
    // Updates: the stored case changes status and reason; lines change quantity or are cancelled.
    const updated = cases.slice(0, 40).map((c) => CaseRecord.parse(gen.mutateCase(c)));
    await store.putCases([...updated, ...cases.slice(80), updated[0]!]);
    await store.putOrderLines([...orders.slice(0, 100).map((l) => gen.mutateLine(l)), ...orders.slice(400)]);
    await agrees(store);
    // Importing the same again changes nothing, in the records or in the aggregates.
    const before = await store.listRetroDays();
    await store.putOrderLines(orders.slice(400));
    expect(differingBuckets(await store.listRetroDays(), before)).toEqual([]);
    const rebuilt = await store.rebuildRetroAggregates();
    expect(rebuilt.differences).toEqual([]);
    expect(rebuilt.buckets).toBeGreaterThan(0);
    await store.close();
  });

  it('are rebuilt when the workspace is replaced and emptied when it is cleared', async () => {
    const { store } = await openTestWorkspace('retro-replace');
    const { cases, orders } = sample(12, 50);
    await store.putCases(cases.slice(0, 10));
    const backup = await store.readWorkspace();
    await store.replaceWorkspace({ ...backup, cases, orders });
    await agrees(store);
    expect((await store.listRetroDays()).length).toBeGreaterThan(0);
    expect(await store.getMeta('retroRebuiltAt')).toBe(FIXED_NOW.toISOString());
    await store.clearWorkspace();
    expect(await store.listRetroDays()).toEqual([]);
    await store.close();
  });

  it('are filled from the cases and orders already stored when a version 5 workspace is upgraded', async () => {
    const name = uniqueDbName('retro-v5');
    const { cases, orders } = sample(13, 30);
    const db = await openDB(name, 5, {
      upgrade(database, oldVersion, _newVersion, tx) {
        void upgradeDatabase(database as unknown as IDBPDatabase<unknown>, oldVersion, tx as never, FIXED_NOW).then(() => tx.objectStore('meta').put(5, 'schemaVersion'));
        // The structure version 6 adds, undone: this is a version 5 database.
        database.deleteObjectStore('retroDays');
        tx.objectStore('cases').deleteIndex('sku');
      },
    });
    const tx = db.transaction(['cases', 'orders'], 'readwrite');
    for (const c of cases) await tx.objectStore('cases').put(c);
    for (const o of orders) await tx.objectStore('orders').put(o);
    await tx.done;
    db.close();
    const store = await openWorkspace(name, { now: () => FIXED_NOW });
    expect(await store.getMeta('schemaVersion')).toBe(6);
    expect((await store.listRetroDays()).length).toBeGreaterThan(0);
    await agrees(store);
    // The new index finds one SKU's cases.
    const sku = cases.find((c) => c.sku)!.sku!;
    expect((await store.listRetroCases({ from: '2000-01-01', sku })).map((c) => c.id).sort()).toEqual(cases.filter((c) => c.sku === sku).map((c) => c.id).sort());
    await store.close();
  });
});

describe('retro views from the store', () => {
  const order = (id: string, sku: string, quantity: number, country: string, orderedAt: string): OrderLine => ({
    id: `amazon:${id}:${sku}`,
    marketplace: 'amazon',
    orderId: id,
    sku,
    quantity,
    orderedAt,
    country,
    currency: 'USD',
    itemPrice: { amount: 20 * quantity, currency: 'USD' },
    source: 'import',
  });
  const kase = (id: string, sku: string, reason: CaseRecord['reason'], at: string, extra: Partial<CaseRecord> = {}): CaseRecord =>
    CaseRecord.parse({
      id,
      marketplace: 'amazon',
      kind: 'return',
      orderId: id,
      sku,
      country: 'US',
      reason,
      orderValue: { amount: 20, currency: 'USD' },
      timeline: [{ status: 'requested', at }],
      source: 'import',
      createdAt: at,
      updatedAt: at,
      ...extra,
    });

  async function seeded() {
    const { store } = await openTestWorkspace('retro-views');
    const lines: OrderLine[] = [];
    for (let i = 0; i < 40; i++) lines.push(order(`A${i}`, 'TEE-1', 1, i % 2 ? 'US' : 'DE', `2026-11-${String(1 + (i % 20)).padStart(2, '0')}`));
    for (let i = 0; i < 25; i++) lines.push(order(`B${i}`, 'MUG-1', 2, 'US', `2026-11-${String(1 + (i % 20)).padStart(2, '0')}`));
    // An order outside a 7-day window and a cancelled one.
    lines.push(order('OLD', 'TEE-1', 5, 'US', '2026-09-01'), { ...order('CXL', 'TEE-1', 9, 'US', '2026-11-20'), status: 'Canceled' });
    await store.putOrderLines(lines);
    const cases = [
      kase('r1', 'TEE-1', 'size_fit', '2026-11-18T10:00:00Z', { ruleId: 'rule-a', action: 'standard_return', timeline: [{ status: 'requested', at: '2026-11-18T10:00:00Z' }, { status: 'refunded', at: '2026-11-19T10:00:00Z' }] }),
      kase('r2', 'TEE-1', 'size_fit', '2026-11-19T10:00:00Z', { action: 'standard_return' }),
      kase('r3', 'TEE-1', 'size_fit', '2026-11-20T10:00:00Z'),
      kase('r4', 'TEE-1', 'damaged', '2026-11-20T11:00:00Z'),
      kase('r5', 'MUG-1', 'damaged', '2026-11-05T11:00:00Z'),
      kase('x1', 'TEE-1', 'style_colour', '2026-11-10T11:00:00Z', { kind: 'exchange', id: 'x1' }),
    ];
    await store.putCases(cases);
    return store;
  }

  it('summarise the window with real numbers that follow the definitions', async () => {
    const store = await seeded();
    const h = retroHandlers(deps(store));
    const s = RetroSummary.parse(await h.retroSummary({ period: { kind: 'last', days: 30 }, filters: { marketplaces: [], countries: [], skus: [] } }));
    expect(s.empty).toBe(false);
    expect(s.period).toMatchObject({ from: '2026-10-23', to: '2026-11-21', days: 30 });
    // 40 tee units + 50 mug units; the September and the cancelled lines do not count.
    expect(s.totals.unitsSold).toBe(90);
    expect(s.totals.returns).toBe(5);
    expect(s.totals.exchanges).toBe(1);
    expect(s.totals.returnRate.rate).toBeCloseTo(5 / 90);
    expect(s.worstSkus[0]!.sku).toBe('TEE-1');
    expect(s.worstSkus[0]!.returnRate.rate).toBeCloseTo(4 / 40);
    expect(s.worstSkus[0]!.trend.units.reduce((a, b) => a + b, 0)).toBe(40);
    expect(s.reasons[0]).toMatchObject({ reason: 'size_fit', count: 3 });
    expect(s.service.handling).toMatchObject({ count: 1, medianHours: 24 });
    expect(s.service.ruleShare).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(s.actions[0]).toMatchObject({ sku: 'TEE-1', kind: 'fix_size_chart' });
    expect(s.actions[0]!.reasons.map((r) => r.reason)).toEqual(['size_fit', 'damaged']);
    await store.close();
  });

  it('filter by country and SKU, drill down to the cases behind a number and export CSV', async () => {
    const store = await seeded();
    const h = retroHandlers(deps(store));
    const query = { period: { kind: 'custom' as const, from: '2026-11-01', to: '2026-11-21' }, filters: { marketplaces: [], countries: ['DE'], skus: [] } };
    const customers = await h.retroCustomers({ query, offset: 0, limit: 100 });
    expect(customers.countries.map((c) => c.country)).toEqual(['DE']);
    expect(customers.totals.unitsSold).toBe(20);
    const products = await h.retroProducts({ query: { ...query, filters: { ...query.filters, countries: [], skus: ['MUG-1'] } }, offset: 0, limit: 10 });
    expect(products.skus.map((r) => r.sku)).toEqual(['MUG-1']);
    expect(products.totals).toMatchObject({ unitsSold: 50, returns: 1 });
    const drill = await h.retroDrilldown({ query: { ...query, filters: { ...query.filters, countries: [] } }, target: { kind: 'returns', sku: 'TEE-1', reason: 'size_fit' }, offset: 0, limit: 2 });
    expect(drill.total).toBe(3);
    expect(drill.cases.map((c) => c.id)).toEqual(['r3', 'r2']);
    const csv = await h.retroExport({ query: { ...query, filters: { ...query.filters, countries: [] } }, view: 'product' });
    expect(csv.rows).toBe(2);
    expect(csv.csv.split('\r\n')[1]).toMatch(/^TEE-1,/);
    await store.close();
  });
});
