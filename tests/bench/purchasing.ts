/**
 * Bench: the purchasing view's model (F11) in Node — a suggestion for every SKU, each with its
 * supplier ranking and KPIs — for a large seller: 2,000 SKUs, 150,000 order lines over 120 days,
 * 12 suppliers quoting 2–3 each, 1,200 purchase orders. Budget: ≤ 1 s (the background answers the
 * options page in one message). Baseline in the same run: one pass grouping the order lines by SKU
 * (the least any per-SKU velocity must do). Best of 3.
 *
 * Run alone: node --import tsx tests/bench/purchasing.ts
 */
import { pathToFileURL } from 'node:url';
import { purchasePlan, supplierViews, type SoldLine } from '../../lib/domain/purchase-plan';
import { DEFAULT_PURCHASING_SETTINGS } from '../../lib/domain/purchasing-settings';
import { Sku } from '../../lib/domain/schemas';
import { PurchaseOrder, Supplier } from '../../lib/domain/suppliers';

const SKUS = 2_000;
const LINES = 150_000;
const SUPPLIERS = 12;
const ORDERS = 1_200;
const TODAY = '2026-11-21';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (offset: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

export function purchasingWorkload() {
  const rand = random(11);
  const codes = Array.from({ length: SKUS }, (_, i) => `SKU-${String(i).padStart(5, '0')}`);
  const skus = codes.map((sku, i) => Sku.parse({ sku, title: `Product ${i}`, ...(i % 5 !== 0 && { stockOnHand: Math.floor(rand() * 400) }) }));
  // Sales concentrated on a few SKUs, as they are (a long tail).
  const orders: SoldLine[] = Array.from({ length: LINES }, () => {
    const sku = codes[Math.floor(SKUS * rand() ** 2.5)]!;
    return { sku, quantity: 1 + Math.floor(rand() * rand() * 3), orderedAt: `${day(-1 - Math.floor(rand() * 120))}T10:00:00Z`, status: rand() < 0.02 ? 'Cancelled' : 'Shipped' };
  });
  const suppliers = Array.from({ length: SUPPLIERS }, (_, s) =>
    Supplier.parse({
      id: `sup-${s}`,
      name: `Supplier ${s}`,
      prices: codes
        .filter((_, i) => i % SUPPLIERS === s || (i + 3) % SUPPLIERS === s || (i % 7 === 0 && (i + 5) % SUPPLIERS === s))
        .map((sku) => ({ sku, unitPrice: { amount: 1 + Math.round(rand() * 2000) / 100, currency: 'USD' }, moq: [50, 100, 200, 500][Math.floor(rand() * 4)]!, leadTimeDays: 7 + Math.floor(rand() * 30) })),
    }),
  );
  const purchaseOrders = Array.from({ length: ORDERS }, (_, o) => {
    const ordered = -Math.floor(rand() * 200) - 5;
    const promised = ordered + 10 + Math.floor(rand() * 25);
    const received = promised + Math.floor(rand() * 9) - 3;
    const done = received < 0 && rand() < 0.9;
    return PurchaseOrder.parse({
      id: `po-${o}`,
      supplierId: `sup-${o % SUPPLIERS}`,
      lines: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({ sku: codes[Math.floor(rand() * SKUS)]!, quantity: 50 + Math.floor(rand() * 500), unitPrice: { amount: 5, currency: 'USD' } })),
      orderedOn: day(ordered),
      promisedOn: day(promised),
      ...(done && { receivedOn: day(Math.max(ordered, received)), inspected: { passed: 95, failed: Math.floor(rand() * 6) } }),
    });
  });
  return { skus, orders, suppliers, purchaseOrders };
}

function best(run: () => void): number {
  let fastest = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

export async function benchPurchasing(): Promise<void> {
  const workload = purchasingWorkload();
  const baseline = best(() => {
    const bySku = new Map<string, number>();
    for (const line of workload.orders) bySku.set(line.sku, (bySku.get(line.sku) ?? 0) + line.quantity);
  });
  let rows = 0;
  const plan = best(() => {
    rows = purchasePlan(workload, { today: TODAY, settings: DEFAULT_PURCHASING_SETTINGS }).length;
  });
  const kpis = best(() => void supplierViews(workload.suppliers, workload.purchaseOrders, { today: TODAY, minKpiOrders: 3 }));
  const line = (label: string, ms: number, note = '') => console.log(`  ${label.padEnd(58)} ${`${ms.toFixed(1)} ms`.padStart(10)}  ${note}`);
  console.log(`Purchasing (F10, F11): ${SKUS.toLocaleString('en')} SKUs, ${LINES.toLocaleString('en')} order lines, ${SUPPLIERS} suppliers, ${ORDERS.toLocaleString('en')} purchase orders (best of 3)`);
  line('baseline: one pass grouping the order lines by SKU', baseline);
  line(`purchase suggestions for every SKU (${rows} rows)`, plan, `ratio ${(plan / baseline).toFixed(1)}×  budget ≤ 1000 ms`);
  line('supplier list with KPIs and purchase orders', kpis, 'budget ≤ 100 ms');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchPurchasing();
