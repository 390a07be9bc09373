/**
 * The demo's sales history, quotes and purchase orders move with "today" (lib/domain/demo.ts), so
 * the purchasing view shows the same suggestions and KPIs whenever the demo is loaded.
 */
import { describe, expect, it } from 'vitest';
import { BackupData } from '../../../lib/domain/backup';
import { shiftDemoDates } from '../../../lib/domain/demo';
import { purchasePlan, supplierViews } from '../../../lib/domain/purchase-plan';
import { ANCHOR_DATE, buildDemoWorkspace } from '../../../scripts/generate-demo-workspace';

const shift = (iso: string, days: number) => new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10) + iso.slice(10);

describe('shiftDemoDates: sales history, quotes and purchase orders', () => {
  const demo = buildDemoWorkspace();
  const data = demo.backup.data;

  it('the demo has suppliers, purchase orders (late, failed QC, in transit) and ~120 days of sales on three marketplaces', () => {
    expect(data.suppliers.length).toBeGreaterThanOrEqual(2);
    expect(data.suppliers.length).toBeLessThanOrEqual(4);
    expect(data.purchaseOrders.some((o) => o.receivedOn && o.receivedOn > o.promisedOn)).toBe(true);
    expect(data.purchaseOrders.some((o) => (o.inspected?.failed ?? 0) > 0)).toBe(true);
    expect(data.purchaseOrders.some((o) => !o.receivedOn)).toBe(true);
    expect(new Set(data.orders.map((o) => o.marketplace))).toEqual(new Set(['amazon', 'ebay', 'shopify']));
    expect(new Set(data.orders.map((o) => o.country)).size).toBeGreaterThanOrEqual(5);
    const days = data.orders.map((o) => o.orderedAt.slice(0, 10)).sort();
    expect(days[0]! >= shift(ANCHOR_DATE, -120)).toBe(true);
    expect(days.at(-1)! < ANCHOR_DATE).toBe(true);
    expect(data.orders.length).toBeLessThan(3000);
  });

  it('moves every order line, quote and purchase-order date by the same days, leaving absent dates absent', () => {
    const withDateOnly = { ...demo.backup, data: { ...data, orders: [{ ...data.orders[0]!, orderedAt: '2026-11-01' }, ...data.orders.slice(1)] } };
    const moved = shiftDemoDates(withDateOnly, 10).data;
    expect(moved.orders[0]!.orderedAt).toBe('2026-11-11');
    moved.orders.slice(1).forEach((line, i) => expect(line.orderedAt).toBe(shift(data.orders[i + 1]!.orderedAt, 10)));
    moved.purchaseOrders.forEach((order, i) => {
      const before = data.purchaseOrders[i]!;
      expect(order.orderedOn).toBe(shift(before.orderedOn, 10));
      expect(order.promisedOn).toBe(shift(before.promisedOn, 10));
      if (before.receivedOn) expect(order.receivedOn).toBe(shift(before.receivedOn, 10));
      else expect('receivedOn' in order).toBe(false);
    });
    moved.suppliers.forEach((supplier, i) =>
      supplier.prices.forEach((price, j) => {
        const before = data.suppliers[i]!.prices[j]!;
        expect(price.validFrom).toBe(before.validFrom && shift(before.validFrom, 10));
        expect(price.validUntil).toBe(before.validUntil && shift(before.validUntil, 10));
        expect('validUntil' in price).toBe(before.validUntil !== undefined);
      }),
    );
    // Ids do not move: importing the same report again still finds the same lines.
    expect(moved.orders.map((o) => o.id)).toEqual(data.orders.map((o) => o.id));
    expect(BackupData.safeParse(moved).success).toBe(true);
  });

  it('suggestions and KPIs on the shifted "today" equal those on the anchor day', () => {
    const days = 37;
    const moved = shiftDemoDates(demo.backup, days).data;
    const today = shift(ANCHOR_DATE, days);
    const settings = data.settings.purchasing;
    const summary = (rows: ReturnType<typeof purchasePlan>) => rows.map((r) => [r.sku, r.quantity, r.dailySales, r.daysOfCover, r.supplier?.supplierId]);
    expect(summary(purchasePlan(moved, { today, settings, peak: 'off' }))).toEqual(summary(purchasePlan(data, { today: ANCHOR_DATE, settings, peak: 'off' })));
    const kpis = (views: ReturnType<typeof supplierViews>) => views.map((v) => [v.supplier.id, v.kpis.onTime.rate, v.kpis.passRate.rate, v.kpis.overdue]);
    expect(kpis(supplierViews(moved.suppliers, moved.purchaseOrders, { today, minKpiOrders: 3 }))).toEqual(kpis(supplierViews(data.suppliers, data.purchaseOrders, { today: ANCHOR_DATE, minKpiOrders: 3 })));
  });
});
