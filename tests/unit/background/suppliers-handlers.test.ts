/**
 * The suppliers and purchasing messages (F10, F11) through the background's dispatcher: edits
 * refused field by field in plain words, KPIs following purchase orders, and purchase suggestions
 * read from one snapshot — the seed's worked example end to end, and the demo workspace.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createHandlers } from '../../../lib/background/handlers';
import { loadDemoWorkspace } from '../../../lib/db/backup';
import type { WorkspaceStore } from '../../../lib/db/store';
import { localIsoDate } from '../../../lib/domain/demo';
import { dispatchMessage, type SenderPolicy } from '../../../lib/messaging/server';
import { suppliersMessages } from '../../../lib/messaging/suppliers-protocol';
import { buildDemoWorkspace } from '../../../scripts/generate-demo-workspace';
import { FIXED_NOW, openTestWorkspace } from '../db/helpers';

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

let open: WorkspaceStore[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});

const TODAY = localIsoDate(FIXED_NOW);
const day = (offset: number) => {
  const d = new Date(`${TODAY}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

async function setup(withDemo = false) {
  const { store } = await openTestWorkspace('suppliers-handlers');
  open.push(store);
  if (withDemo) {
    const loaded = await loadDemoWorkspace(store, JSON.stringify(buildDemoWorkspace()), FIXED_NOW);
    if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  }
  const handlers = createHandlers({ store: async () => store, now: () => FIXED_NOW, fetchDemo: async () => ({}), openOptions: async () => undefined, appVersion: '0.0.0-test' });
  /** Sends like the options page does, and parses the answer with the protocol's response schema. */
  async function send<N extends keyof typeof suppliersMessages | 'saveSettings'>(name: N, payload: unknown, sender = fromOptions) {
    const reply = (await dispatchMessage({ hw: 1, name, payload }, sender, policy, handlers)) as { ok: boolean; data?: unknown; error?: string };
    if (!reply.ok) throw new Error(reply.error);
    return (name === 'saveSettings' ? reply.data : suppliersMessages[name as keyof typeof suppliersMessages].response.parse(reply.data)) as never;
  }
  return { store, handlers, send };
}

const seedSupplier = {
  id: 'sup-seed',
  name: 'Seed Supplier',
  contacts: [{ name: 'Li Na', role: 'sales', email: 'li@example.com' }],
  prices: [{ sku: 'SEED', unitPrice: { amount: 9, currency: 'USD' }, moq: 100, leadTimeDays: 10 }],
};

describe('suppliers', () => {
  it('refuses a bad supplier field by field, in plain words, and stores nothing', async () => {
    const { send, store } = await setup();
    const result: { ok: boolean; errors: string[]; fields: Record<string, string> } = await send('saveSupplier', {
      supplier: { name: ' ', contacts: [{ name: 'Li', email: 'not-an-email' }], prices: [{ sku: 'SEED', unitPrice: { amount: 9, currency: 'USD' }, moq: 0, leadTimeDays: 5, validFrom: '2026-05-01', validUntil: '2026-04-01' }] },
    });
    expect(result.ok).toBe(false);
    expect(Object.keys(result.fields).sort()).toEqual(['contacts[0].email', 'name', 'prices[0].moq', 'prices[0].validUntil']);
    expect(result.fields['contacts[0].email']).toBe('must be an e-mail address');
    expect(result.fields['prices[0].validUntil']).toBe('must not end before it starts');
    expect(result.errors).toContain('name must not be empty (found " ")');
    expect(await store.listSuppliers()).toEqual([]);
  });

  it('saves a supplier (numbering a new one), shows KPIs from its purchase orders, and deletes it with its orders', async () => {
    const { send, store } = await setup();
    const saved: { ok: true; id: string } = await send('saveSupplier', { supplier: { ...seedSupplier, id: undefined } });
    expect(saved.ok).toBe(true);
    expect(saved.id).toMatch(/^sup-/);
    const id = saved.id;
    const order = (poId: string, promised: number, received?: number) => ({
      id: poId,
      supplierId: id,
      lines: [{ sku: 'SEED', quantity: 100, unitPrice: { amount: 9, currency: 'USD' } }],
      orderedOn: day(-40),
      promisedOn: day(promised),
      ...(received !== undefined && { receivedOn: day(received) }),
    });
    for (const po of [order('po-1', -30, -30), order('po-2', -20, -21), order('po-3', -10, -10)]) expect(await send('savePurchaseOrder', { order: po })).toEqual({ ok: true, id: po.id });
    let list: { suppliers: { kpis: { onTime: { rate: number; numerator: number; denominator: number; enoughData: boolean } } }[] } = await send('listSuppliers', {});
    expect(list.suppliers[0]!.kpis.onTime).toMatchObject({ rate: 1, numerator: 3, denominator: 3, enoughData: true });

    // Received late: the rate follows at once.
    expect(await send('savePurchaseOrder', { order: order('po-4', -5, -1) })).toMatchObject({ ok: true });
    list = await send('listSuppliers', {});
    expect(list.suppliers[0]!.kpis.onTime).toMatchObject({ rate: 0.75, numerator: 3, denominator: 4 });

    expect(await send('deleteSupplier', { id })).toEqual({ deleted: true, purchaseOrders: 4 });
    expect(await store.listPurchaseOrders()).toEqual([]);
  });

  it('refuses a purchase order for an unknown supplier, QC beyond the units ordered, or QC before receipt', async () => {
    const { send } = await setup();
    await send('saveSupplier', { supplier: seedSupplier });
    const base = { id: 'po-x', supplierId: 'sup-seed', lines: [{ sku: 'SEED', quantity: 10, unitPrice: { amount: 9, currency: 'USD' } }], orderedOn: day(-10), promisedOn: day(-5) };
    expect(await send('savePurchaseOrder', { order: { ...base, supplierId: 'nobody' } })).toMatchObject({ ok: false, fields: { supplierId: 'names no supplier in your list (found "nobody")' } });
    expect(await send('savePurchaseOrder', { order: { ...base, receivedOn: day(-4), inspected: { passed: 10, failed: 1 } } })).toMatchObject({
      ok: false,
      fields: { 'inspected.failed': 'passed + failed must not exceed the 10 units ordered' },
    });
    expect(await send('savePurchaseOrder', { order: { ...base, inspected: { passed: 10, failed: 0 } } })).toMatchObject({ ok: false, fields: { receivedOn: expect.any(String) } });
    expect(await send('savePurchaseOrder', { order: { ...base, promisedOn: day(-20) } })).toMatchObject({ ok: false, fields: { promisedOn: 'must not be before the order date' } });
  });

  it('is for extension pages only', async () => {
    const { handlers } = await setup();
    const reply = await dispatchMessage({ hw: 1, name: 'listSuppliers', payload: {} }, fromContent, policy, handlers);
    expect(reply).toMatchObject({ ok: false });
  });
});

describe('purchase suggestions', () => {
  it("computes the seed's worked example end to end: 5 a day, 20-day first leg, coverage 3 days → 115", async () => {
    const { send, store } = await setup();
    await send('saveSupplier', { supplier: seedSupplier });
    await store.putOrderLines(
      Array.from({ length: 30 }, (_, i) => ({
        id: `amazon:111-${i}:SEED`,
        marketplace: 'amazon',
        orderId: `111-${i}`,
        sku: 'SEED',
        quantity: 5,
        orderedAt: `${day(-(i + 1))}T09:00:00Z`,
        currency: 'USD',
        itemPrice: { amount: 100, currency: 'USD' },
        status: 'Shipped',
        source: 'import',
      })),
    );
    expect(await send('setSkuStock', { sku: 'SEED', firstLegLeadDays: 20 })).toEqual({ ok: true });
    const settings: { purchasing: { coverageDays: number } } = await send('saveSettings', { purchasing: { coverageDays: 3 } });
    expect(settings.purchasing.coverageDays).toBe(3);

    const plan: { suggestions: { sku: string; quantity: number; formula: string; steps: { formula: string; explanation: unknown[] }[]; supplier: { name: string } | null; inCatalogue: boolean }[] } = await send(
      'listPurchaseSuggestions',
      { peak: 'off' },
    );
    const row = plan.suggestions.find((s) => s.sku === 'SEED')!;
    expect(row).toMatchObject({ quantity: 115, formula: 'formula_first_stock_up', supplier: { name: 'Seed Supplier' }, inCatalogue: true });
    expect(row.steps.find((s) => s.formula === 'formula_first_stock_up')!.explanation).toEqual([
      { code: 'purchase_first_stock_up', params: { dailySales: 5, coverageDays: 3, safety: 100, quantity: 115 } },
    ]);
    expect(row.steps.find((s) => s.formula === 'formula_safety_lead_time')!.explanation).toEqual([
      { code: 'purchase_safety_lead_time', params: { dailySales: 5, leadDays: 20, quantity: 100 } },
    ]);

    // Counted stock on hand makes it a replenishment; clearing it goes back to "not counted".
    await send('setSkuStock', { sku: 'SEED', stockOnHand: 40 });
    const after: { suggestions: { sku: string; formula: string; stockOnHand: number | null }[] } = await send('listPurchaseSuggestions', { peak: 'off' });
    expect(after.suggestions[0]).toMatchObject({ sku: 'SEED', formula: 'formula_replenishment', stockOnHand: 40 });
    await send('setSkuStock', { sku: 'SEED', stockOnHand: null });
    expect((await store.getSkus(['SEED'])).get('SEED')).toMatchObject({ sku: 'SEED', firstLegLeadDays: 20 });
    expect((await store.getSkus(['SEED'])).get('SEED')?.stockOnHand).toBeUndefined();
  });

  it('refuses purchasing settings that contradict each other, keeping the stored ones', async () => {
    const { handlers, store } = await setup();
    const reply = await dispatchMessage({ hw: 1, name: 'saveSettings', payload: { purchasing: { turnoverHigh: 1, turnoverLow: 2 } } }, fromOptions, policy, handlers);
    expect(reply).toMatchObject({ ok: false });
    expect((await store.getSettings()).purchasing.turnoverLow).toBe(1);
  });

  it('answers for every demo SKU, most urgent first, with the recommended supplier', async () => {
    const { send } = await setup(true);
    const plan: { suggestions: { sku: string; quantity: number; daysOfCover: number | null; supplier: { supplierId: string } | null; steps: unknown[] }[]; orderLineCount: number; supplierCount: number } = await send(
      'listPurchaseSuggestions',
      {},
    );
    expect(plan.supplierCount).toBe(4);
    expect(plan.orderLineCount).toBeGreaterThan(1000);
    expect(plan.suggestions.map((s) => s.sku)).toHaveLength(6);
    expect(plan.suggestions[0]).toMatchObject({ sku: 'HW-DRESS-COT-M', supplier: { supplierId: 'sup-hangzhou-qinghe' } });
    const covers = plan.suggestions.map((s) => s.daysOfCover ?? Infinity);
    expect(covers).toEqual([...covers].sort((a, b) => a - b));
    expect(plan.suggestions.find((s) => s.sku === 'HW-SPK-BT10')!.supplier).toMatchObject({ supplierId: 'sup-shenzhen-bolan' });
  });

  it('gives the demo suppliers their KPIs: some late, some failing QC, some in transit', async () => {
    const { send } = await setup(true);
    const list: { suppliers: { supplier: { id: string }; kpis: { onTime: { numerator: number; denominator: number; enoughData: boolean }; open: number; overdue: number; passRate: { rate: number } } }[] } =
      await send('listSuppliers', {});
    const kpis = Object.fromEntries(list.suppliers.map((s) => [s.supplier.id, s.kpis]));
    expect(kpis['sup-hangzhou-qinghe']).toMatchObject({ onTime: { numerator: 4, denominator: 5 }, open: 1, overdue: 0 });
    expect(kpis['sup-ningbo-haoyun']).toMatchObject({ onTime: { numerator: 2, denominator: 4 }, open: 2, overdue: 1 });
    expect(kpis['sup-guangzhou-meiyi']).toMatchObject({ onTime: { numerator: 1, denominator: 1, enoughData: false } });
    expect(kpis['sup-ningbo-haoyun']!.passRate.rate).toBeLessThan(0.96);
  });
});
