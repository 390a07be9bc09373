/**
 * The purchasing and suppliers view models (F10, F11): every SKU with sales history or stock gets a
 * suggestion with its formula steps, most urgent first; the seed's worked example comes out as 115
 * with `coverageDays: 3` and 550 with the default 90 days.
 */
import { describe, expect, it } from 'vitest';
import { byUrgency, purchaseOrderStatus, purchasePlan, supplierMatches, supplierViews, type SoldLine } from '../../../lib/domain/purchase-plan';
import { DEFAULT_PURCHASING_SETTINGS, PurchasingSettings } from '../../../lib/domain/purchasing-settings';
import { Sku } from '../../../lib/domain/schemas';
import { PurchaseOrder, Supplier, type PurchaseOrderInput, type SupplierInput } from '../../../lib/domain/suppliers';

const TODAY = '2026-03-01';
const day = (offset: number, from = TODAY) => {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

/** `perDay` units of `sku` on each of the `days` days before today, as imported order lines. */
function sold(sku: string, perDay: number, days: number, status = 'Shipped'): SoldLine[] {
  return Array.from({ length: days }, (_, i) => ({ sku, quantity: perDay, orderedAt: `${day(-(i + 1))}T10:00:00Z`, status }));
}

const supplier = (input: Partial<SupplierInput> & { id: string }) => Supplier.parse({ name: input.id, ...input });
const po = (input: Partial<PurchaseOrderInput> & { id: string; supplierId: string }) =>
  PurchaseOrder.parse({ lines: [{ sku: 'SEED', quantity: 100, unitPrice: { amount: 9, currency: 'USD' } }], orderedOn: day(-60), promisedOn: day(-45), ...input });

const seedSku = Sku.parse({ sku: 'SEED', title: 'Seed example', firstLegLeadDays: 20 });
const quote = (moq: number) => ({ sku: 'SEED', unitPrice: { amount: 9, currency: 'USD' }, moq, leadTimeDays: 10 });

describe('purchasePlan', () => {
  it("reproduces the seed's worked example: 5 a day × 3 + 5 × 20 days = 115, as a first stock-up", () => {
    const settings = PurchasingSettings.parse({ coverageDays: 3 });
    const [row] = purchasePlan({ skus: [seedSku], orders: sold('SEED', 5, 30), suppliers: [supplier({ id: 'sup', prices: [quote(100)] })], purchaseOrders: [] }, { today: TODAY, settings, peak: 'off' });
    expect(row).toMatchObject({ sku: 'SEED', quantity: 115, formula: 'formula_first_stock_up', dailySales: 5, stockPosition: 0, stockOnHand: null, firstLegLeadDays: 20, firstLegSource: 'sku' });
    expect(row!.steps.map((s) => s.formula)).toEqual(['formula_sales_velocity', 'formula_stock_position', 'formula_safety_lead_time', 'formula_first_stock_up', 'formula_turnover_adjustment']);
    const safety = row!.steps.find((s) => s.formula === 'formula_safety_lead_time')!;
    expect(safety).toMatchObject({ quantity: 100, inputs: { dailySales: 5, firstLegLeadDays: 20 } });
    expect(row!.steps.find((s) => s.formula === 'formula_first_stock_up')!.explanation).toEqual([
      { code: 'purchase_first_stock_up', params: { dailySales: 5, coverageDays: 3, safety: 100, quantity: 115 } },
    ]);
    expect(row!.supplier).toMatchObject({ supplierId: 'sup', moq: 100, unitPrice: { amount: 9, currency: 'USD' } });
    expect(row!.orderValue).toEqual({ amount: 1035, currency: 'USD' });
  });

  it('covers 90 days by default: 5 × 90 + 5 × 20 = 550', () => {
    const [row] = purchasePlan({ skus: [seedSku], orders: sold('SEED', 5, 30), suppliers: [], purchaseOrders: [] }, { today: TODAY, settings: DEFAULT_PURCHASING_SETTINGS, peak: 'off' });
    expect(row).toMatchObject({ quantity: 550, formula: 'formula_first_stock_up', supplier: null });
  });

  it('raises to the MOQ and says so; nets stock on hand and inbound purchase orders', () => {
    const settings = PurchasingSettings.parse({ coverageDays: 3 });
    const withStock = Sku.parse({ ...seedSku, stockOnHand: 40 });
    const inbound = po({ id: 'po-open', supplierId: 'sup', lines: [{ sku: 'SEED', quantity: 50, unitPrice: { amount: 9, currency: 'USD' } }], orderedOn: day(-5), promisedOn: day(5) });
    const [row] = purchasePlan(
      { skus: [withStock], orders: sold('SEED', 5, 30), suppliers: [supplier({ id: 'sup', prices: [quote(200)] })], purchaseOrders: [inbound] },
      { today: TODAY, settings, peak: 'off' },
    );
    // Turnover 5 × 30 ÷ 40 = 3.75×/month > 2: +30 %: 115 → 150; − (40 + 50) = 60; MOQ 200.
    expect(row).toMatchObject({ inbound: 50, stockPosition: 90, daysOfCover: 18, formula: 'formula_replenishment', quantity: 200 });
    expect(row!.steps.map((s) => [s.formula, s.quantity])).toEqual([
      ['formula_sales_velocity', 5],
      ['formula_stock_position', 90],
      ['formula_safety_lead_time', 100],
      ['formula_first_stock_up', 115],
      ['formula_turnover_adjustment', 150],
      ['formula_replenishment', 60],
      ['formula_moq', 200],
    ]);
  });

  it('adds the peak-season uplift when the goods would leave in the Black Friday window', () => {
    const today = '2026-07-15';
    const lines = sold('SEED', 5, 30).map((l, i) => ({ ...l, orderedAt: `${day(-(i + 1), today)}T10:00:00Z` }));
    const sup = supplier({ id: 'sup', prices: [{ ...quote(1), leadTimeDays: 45 }] });
    const [auto] = purchasePlan({ skus: [seedSku], orders: lines, suppliers: [sup], purchaseOrders: [] }, { today, settings: DEFAULT_PURCHASING_SETTINGS });
    expect(auto!.peak).toMatchObject({ event: 'black_friday' });
    const peak = auto!.steps.find((s) => s.formula === 'formula_peak_uplift')!;
    expect(peak).toMatchObject({ quantity: 825, range: { min: 825, max: 1100 } });
    expect(auto!.quantity).toBe(825);
    const [off] = purchasePlan({ skus: [seedSku], orders: lines, suppliers: [sup], purchaseOrders: [] }, { today, settings: DEFAULT_PURCHASING_SETTINGS, peak: 'off' });
    expect(off!.quantity).toBe(550);
    expect(off!.peak).toBeNull();
  });

  it('uses the volatility safety-stock model when the settings say so', () => {
    const settings = PurchasingSettings.parse({ coverageDays: 3, safetyModel: 'volatility', salesCycleDays: 10 });
    const [row] = purchasePlan({ skus: [seedSku], orders: sold('SEED', 5, 30), suppliers: [], purchaseOrders: [] }, { today: TODAY, settings, peak: 'off' });
    // 10 days × 5 a day × 1.5 = 75; 5 × 3 + 75 = 90.
    expect(row!.steps[2]).toMatchObject({ formula: 'formula_safety_volatility', quantity: 75 });
    expect(row!.quantity).toBe(90);
  });

  it('lists SKUs known only from sales, skips cancelled lines, and sorts by days of cover', () => {
    const skus = [Sku.parse({ sku: 'SLOW', stockOnHand: 300 }), Sku.parse({ sku: 'IDLE', stockOnHand: 5 }), Sku.parse({ sku: 'FAST', stockOnHand: 10 })];
    const orders = [...sold('SLOW', 1, 30), ...sold('FAST', 4, 30), ...sold('FAST', 50, 2, 'Cancelled'), ...sold('GHOST', 2, 30)];
    const rows = purchasePlan({ skus, orders, suppliers: [], purchaseOrders: [] }, { today: TODAY, settings: DEFAULT_PURCHASING_SETTINGS, peak: 'off' });
    expect(rows.map((r) => [r.sku, r.daysOfCover])).toEqual([
      ['GHOST', 0],
      ['FAST', 2.5],
      ['SLOW', 300],
      ['IDLE', null],
    ]);
    expect(rows[0]).toMatchObject({ inCatalogue: false, stockOnHand: null, firstLegSource: 'settings', firstLegLeadDays: 30 });
    expect(rows.find((r) => r.sku === 'FAST')!.steps[0]!.explanation).toContainEqual({ code: 'purchase_velocity_cancelled', params: { lines: 2, units: 100 } });
    expect(rows.find((r) => r.sku === 'IDLE')).toMatchObject({ quantity: 0, formula: 'formula_sales_velocity', lastSoldOn: null });
  });

  it('counts a SKU first sold inside the window over its days on sale (test period)', () => {
    const [row] = purchasePlan({ skus: [], orders: sold('NEW', 3, 10), suppliers: [], purchaseOrders: [] }, { today: TODAY, settings: DEFAULT_PURCHASING_SETTINGS, peak: 'off' });
    expect(row!.dailySales).toBe(3);
    expect(row!.steps[0]!.explanation[0]).toEqual({ code: 'purchase_velocity_since', params: { since: day(-10), days: 10 } });
  });

  it('byUrgency puts SKUs without sales last', () => {
    expect([{ sku: 'b', daysOfCover: null }, { sku: 'a', daysOfCover: 3 }, { sku: 'c', daysOfCover: 1 }].sort(byUrgency).map((r) => r.sku)).toEqual(['c', 'a', 'b']);
  });
});

describe('supplierViews', () => {
  const sup = supplier({ id: 'sup', name: 'Qinghe Textile', contacts: [{ name: 'Chén Lì', role: 'sales', email: 'chen@example.com' }], categories: ['dresses'], prices: [quote(1)] });
  const orders = [
    po({ id: 'a', supplierId: 'sup', orderedOn: day(-60), promisedOn: day(-45), receivedOn: day(-45), inspected: { passed: 95, failed: 5 } }),
    po({ id: 'b', supplierId: 'sup', orderedOn: day(-40), promisedOn: day(-25), receivedOn: day(-20) }),
    po({ id: 'c', supplierId: 'sup', orderedOn: day(-20), promisedOn: day(-2) }),
    po({ id: 'd', supplierId: 'sup', orderedOn: day(-5), promisedOn: day(10) }),
    po({ id: 'other', supplierId: 'someone-else' }),
  ];

  it('gives each supplier its KPIs and its orders, newest first, with their status', () => {
    const [view] = supplierViews([sup], orders, { today: TODAY, minKpiOrders: 3 });
    expect(view!.kpis).toMatchObject({ orders: 4, received: 2, open: 2, overdue: 1, onTime: { numerator: 1, denominator: 2, rate: 0.5, enoughData: false } });
    expect(view!.purchaseOrders.map((p) => [p.order.id, p.status, p.daysLate])).toEqual([
      ['d', 'open', 0],
      ['c', 'overdue', 2],
      ['b', 'late', 5],
      ['a', 'on-time', 0],
    ]);
    expect(view!.purchaseOrders[0]!.totals).toEqual([{ amount: 900, currency: 'USD' }]);
  });

  it('a received order is on time on its promised day and late the day after', () => {
    const order = po({ id: 'x', supplierId: 'sup', promisedOn: day(-3), receivedOn: day(-3) });
    expect(purchaseOrderStatus(order, TODAY)).toEqual({ status: 'on-time', daysLate: 0 });
    expect(purchaseOrderStatus({ ...order, receivedOn: day(-2) }, TODAY)).toEqual({ status: 'late', daysLate: 1 });
  });

  it('search matches name, contacts without accents, category names and quoted SKUs', () => {
    const names = new Map([['dresses', 'Apparel › Women › Dresses']]);
    expect(supplierMatches(sup, 'chen li', names)).toBe(true);
    expect(supplierMatches(sup, 'women dresses', names)).toBe(true);
    expect(supplierMatches(sup, 'seed', names)).toBe(true);
    expect(supplierMatches(sup, 'lamp', names)).toBe(false);
    expect(supplierMatches(sup, '  ', names)).toBe(true);
  });
});
