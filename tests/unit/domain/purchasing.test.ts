import { describe, expect, it } from 'vitest';
import { ExchangeRates } from '../../../lib/domain/profit';
import {
  DEFAULT_PURCHASING_SETTINGS,
  PurchasingSettings,
  addMonths,
  blackFriday,
  firstStockUp,
  inboundFromPurchaseOrders,
  monthlyTurnover,
  peakForOrder,
  peakSeasonDates,
  peakSeasonUplift,
  rankSuppliers,
  safetyStockByLeadTime,
  safetyStockByVolatility,
  salesVelocity,
  stockPosition,
  suggestPurchase,
  turnoverAdjustment,
  wholeUnits,
  type SalesLine,
} from '../../../lib/domain/purchasing';
import { PurchaseOrder, Supplier, type PurchaseOrderInput, type SupplierInput } from '../../../lib/domain/suppliers';
import { codes } from './fixtures';

const TODAY = '2026-03-01';
const supplier = (input: Partial<SupplierInput> & { id: string }) => Supplier.parse({ name: input.id, ...input });
const po = (input: Partial<PurchaseOrderInput> & { id: string; supplierId: string }) =>
  PurchaseOrder.parse({ lines: [{ sku: 'LAMP', quantity: 100, unitPrice: { amount: 20, currency: 'CNY' } }], orderedOn: '2026-01-01', promisedOn: '2026-01-16', ...input });

/** `perDay` units of `sku` on each of the `days` days before `today`. */
function dailySales(sku: string, perDay: number, days: number, today = TODAY): SalesLine[] {
  const lines: SalesLine[] = [];
  for (let i = 1; i <= days; i++) {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - i);
    lines.push({ sku, quantity: perDay, orderedAt: `${d.toISOString().slice(0, 10)}T10:00:00+08:00` });
  }
  return lines;
}

describe('first stock-up after a test (F11): the seed example and its inconsistency', () => {
  it('reproduces the seed: 5 a day, 20 days by sea, "× 3" → 5 × 3 + 5 × 20 = 115', () => {
    // 测试期日均销5件，头程海运时效20天，则首次备货量=5×3 + 5×20=115件（满足3个月销售+20天补货缓冲）
    const seed = firstStockUp(5, 20, { coverageDays: 3 });
    expect(seed.quantity).toBe(115);
    expect(seed.formula).toBe('formula_first_stock_up');
    expect(seed.inputs).toMatchObject({ dailySales: 5, coverageDays: 3, firstLegLeadDays: 20, safetyStock: 100, safetyFormula: 'formula_safety_lead_time' });
    expect(seed.explanation).toEqual([
      { code: 'purchase_safety_lead_time', params: { dailySales: 5, leadDays: 20, quantity: 100 } },
      { code: 'purchase_first_stock_up', params: { dailySales: 5, coverageDays: 3, safety: 100, quantity: 115 } },
    ]);
  });

  it('documents the inconsistency: 115 units last 23 days, not "3 months + 20 days"; 90 days gives 550', () => {
    // The seed's own words ("3个月销售") need 5 × 90 = 450 for the coverage: 450 + 100 = 550.
    expect(115 / 5).toBe(23);
    expect(DEFAULT_PURCHASING_SETTINGS.coverageDays).toBe(90);
    expect(firstStockUp(5, 20).quantity).toBe(550);
    expect(firstStockUp(5, 20, { coverageDays: 90 }).quantity).toBe(5 * 90 + 5 * 20);
  });

  it('rounds up to whole units without float noise', () => {
    expect(wholeUnits(1.1 * 90)).toBe(99); // 99.00000000000001 in floating point
    expect(wholeUnits(98.2)).toBe(99);
    expect(wholeUnits(-3)).toBe(0);
    // 4 units in 30 days: 0.1333/day × 90 = 12 (not 11.7 from a rounded velocity) + 0.1333 × 20 = 2.67 → 3
    expect(firstStockUp(4 / 30, 20).quantity).toBe(12 + 3);
  });
});

describe('safety stock', () => {
  it('lead-time model: daily sales × first-leg days', () => {
    expect(safetyStockByLeadTime(5, 20)).toMatchObject({ quantity: 100, formula: 'formula_safety_lead_time' });
    expect(safetyStockByLeadTime(0, 20).quantity).toBe(0);
  });

  it('alternative model: sales cycle × daily sales × 1.5', () => {
    // 30 days × 5 a day × 1.5 = 225
    const safety = safetyStockByVolatility(5, 30);
    expect(safety).toMatchObject({ quantity: 225, formula: 'formula_safety_volatility', inputs: { salesCycleDays: 30, dailySales: 5, safetyFactor: 1.5 } });
    expect(safety.explanation).toEqual([{ code: 'purchase_safety_volatility', params: { cycleDays: 30, dailySales: 5, factor: 1.5, quantity: 225 } }]);
    // …and used in the stock-up instead: 5 × 90 + 225 = 675
    expect(firstStockUp(5, 20, DEFAULT_PURCHASING_SETTINGS, safety).quantity).toBe(675);
  });
});

describe('sales velocity', () => {
  it('units in the 30 days before today ÷ 30, without cancelled lines, other SKUs, today or older sales', () => {
    const lines: SalesLine[] = [
      ...dailySales('LAMP', 5, 30), // 150 units, 2026-01-30 … 2026-02-28
      { sku: 'LAMP', quantity: 40, orderedAt: '2026-02-10', cancelled: true },
      { sku: 'LAMP', quantity: 9, orderedAt: '2026-03-01T08:00:00Z' }, // today: not over yet
      { sku: 'LAMP', quantity: 9, orderedAt: '2026-01-29' }, // 31 days ago
      { sku: 'FAN', quantity: 9, orderedAt: '2026-02-10' },
    ];
    const v = salesVelocity(lines, 'LAMP', { today: TODAY });
    expect(v).toMatchObject({ quantity: 5, formula: 'formula_sales_velocity', inputs: { units: 150, days: 30, from: '2026-01-30', to: '2026-02-28', cancelledLines: 1 } });
    expect(v.explanation).toEqual([
      { code: 'purchase_velocity', params: { units: 150, days: 30, perDay: 5 } },
      { code: 'purchase_velocity_cancelled', params: { lines: 1, units: 40 } },
    ]);
  });

  it('a SKU on sale for less than the window (the test period) is measured over its own days', () => {
    // 10 days × 5 = 50 units since 2026-02-19: 50 ÷ 10 = 5 a day, not 50 ÷ 30
    const v = salesVelocity(dailySales('NEW', 5, 10), 'NEW', { today: TODAY, activeSince: '2026-02-19' });
    expect(v.quantity).toBe(5);
    expect(v.explanation[0]).toEqual({ code: 'purchase_velocity_since', params: { since: '2026-02-19', days: 10 } });
  });

  it('zero sales: 0 a day, said so', () => {
    const v = salesVelocity([], 'LAMP', { today: TODAY });
    expect(v.quantity).toBe(0);
    expect(v.explanation).toEqual([{ code: 'purchase_no_sales', params: { days: 30 } }]);
    expect(salesVelocity([], 'LAMP', { today: TODAY, activeSince: TODAY }).quantity).toBe(0); // listed today: no day to divide by
  });
});

describe('stock position', () => {
  it('on hand + inbound, inbound read from open purchase orders', () => {
    const orders = [
      po({ id: 'open', supplierId: 'a', lines: [{ sku: 'LAMP', quantity: 50, unitPrice: { amount: 20, currency: 'CNY' } }, { sku: 'FAN', quantity: 7, unitPrice: { amount: 9, currency: 'CNY' } }] }),
      po({ id: 'done', supplierId: 'a', receivedOn: '2026-01-15' }),
    ];
    const inbound = inboundFromPurchaseOrders('LAMP', orders);
    expect(inbound).toEqual([{ quantity: 50, expectedOn: '2026-01-16', purchaseOrderId: 'open' }]);
    expect(stockPosition(100, inbound)).toEqual({
      quantity: 150,
      formula: 'formula_stock_position',
      inputs: { onHand: 100, inbound: 50 },
      explanation: [{ code: 'purchase_stock_position', params: { onHand: 100, inbound: 50, total: 150 } }],
    });
    expect(stockPosition(-5).quantity).toBe(0); // an oversold count is not negative stock to order against
  });
});

describe('peak season', () => {
  it('Black Friday is the day after the fourth Thursday of November', () => {
    expect(blackFriday(2024)).toBe('2024-11-29');
    expect(blackFriday(2025)).toBe('2025-11-28');
    expect(blackFriday(2026)).toBe('2026-11-27');
    expect(blackFriday(2029)).toBe('2029-11-23'); // November 1 is a Thursday
  });

  it('ship windows 2–3 months ahead, for a given year', () => {
    expect(peakSeasonDates(2026)).toEqual([
      { event: 'black_friday', date: '2026-11-27', shipFrom: '2026-08-27', shipBy: '2026-09-27' },
      { event: 'christmas', date: '2026-12-25', shipFrom: '2026-09-25', shipBy: '2026-10-25' },
    ]);
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', -2)).toBe('2025-11-30');
  });

  it('uplift +50 % (up to +100 %): 550 → 825 … 1100', () => {
    const up = peakSeasonUplift(550);
    expect(up).toMatchObject({ quantity: 825, range: { min: 825, max: 1100 }, formula: 'formula_peak_uplift' });
    expect(up.explanation).toEqual([{ code: 'purchase_peak_uplift', params: { base: 550, percent: 50, quantity: 825, maxPercent: 100, maxQuantity: 1100 } }]);
    expect(peakSeasonUplift(550, { peakUpliftPercent: { min: 100, max: 100 } }).quantity).toBe(1100);
  });

  it('applies when goods ordered today are ready inside a ship window; too late is said', () => {
    // 2026-08-20 + 15 days = 09-04, inside Black Friday's 08-27 … 09-27
    expect(peakForOrder('2026-08-20', 15).window?.event).toBe('black_friday');
    // 2026-10-01 + 15 = 10-16: past Black Friday's window, inside Christmas's 09-25 … 10-25
    expect(peakForOrder('2026-10-01', 15).window?.event).toBe('christmas');
    // 2026-03-01 + 15 = 03-16: no peak
    expect(peakForOrder(TODAY, 15)).toEqual({ readyOn: '2026-03-16' });
    // 2026-10-20 + 15 = 11-04: after every ship window, before Black Friday
    expect(peakForOrder('2026-10-20', 15)).toMatchObject({ tooLate: { event: 'black_friday', shipBy: '2026-09-27' }, readyOn: '2026-11-04' });
  });

  it('settings keep the bands ordered', () => {
    expect(PurchasingSettings.safeParse({ peakUpliftPercent: { min: 100, max: 50 } }).success).toBe(false);
    expect(PurchasingSettings.safeParse({ turnoverHigh: 1, turnoverLow: 2 }).success).toBe(false);
    expect(PurchasingSettings.parse({ coverageDays: 60 }).peakLeadMonths).toEqual({ min: 2, max: 3 });
  });
});

describe('turnover', () => {
  it('> 2×/month: +30 %; < 1×/month: −50 %; between: unchanged; unknown: unchanged', () => {
    // 10 a day = 300 a month over an average stock of 100: 3×/month → 550 × 1.3 = 715
    expect(monthlyTurnover(10, 100)).toBe(3);
    const high = turnoverAdjustment(550, 3);
    expect(high).toMatchObject({ quantity: 715, formula: 'formula_turnover_adjustment' });
    expect(high.explanation).toEqual([{ code: 'purchase_turnover_high', params: { turnover: 3, threshold: 2, percent: 30, base: 550, quantity: 715 } }]);
    // 2 a day = 60 a month over 200: 0.3×/month → 115 × 0.5 = 57.5 → 58
    expect(turnoverAdjustment(115, monthlyTurnover(2, 200)).quantity).toBe(58);
    expect(turnoverAdjustment(550, 2).quantity).toBe(550); // exactly 2: not above
    expect(turnoverAdjustment(550, 1).quantity).toBe(550); // exactly 1: not below
    expect(monthlyTurnover(5, 0)).toBeUndefined();
    expect(codes(turnoverAdjustment(550, undefined).explanation)).toEqual(['purchase_turnover_unknown']);
  });
});

// ── Suppliers ───────────────────────────────────────────────────────────────────────────────

const quote = (amount: number, currency: string, leadTimeDays: number, moq = 1, extra: object = {}) => ({ sku: 'LAMP', unitPrice: { amount, currency }, leadTimeDays, moq, ...extra });
const received = (id: string, supplierId: string, onTime: boolean, passed?: number, failed?: number) =>
  po({ id, supplierId, orderedOn: '2026-01-01', promisedOn: '2026-01-16', receivedOn: onTime ? '2026-01-16' : '2026-01-20', ...(passed !== undefined ? { inspected: { passed, failed: failed ?? 0 } } : {}) });

const A = supplier({ id: 'sz-a', name: 'Shenzhen A', prices: [quote(20, 'CNY', 15, 500)] });
const B = supplier({ id: 'yw-b', name: 'Yiwu B', prices: [quote(18, 'CNY', 30, 1000)] });
const C = supplier({ id: 'hn-c', name: 'Hanoi C', prices: [quote(3, 'USD', 25, 100)] });
const ORDERS = [
  // A: 4 of 5 on time; 95 of 100 units passed over 3 inspected orders
  received('a1', 'sz-a', true, 30, 0),
  received('a2', 'sz-a', true, 30, 2),
  received('a3', 'sz-a', true, 35, 3),
  received('a4', 'sz-a', true),
  received('a5', 'sz-a', false),
  // B: 5 of 5 on time; 98 of 100 passed
  received('b1', 'yw-b', true, 33, 0),
  received('b2', 'yw-b', true, 33, 1),
  received('b3', 'yw-b', true, 32, 1),
  received('b4', 'yw-b', true),
  received('b5', 'yw-b', true),
];
const RATES = ExchangeRates.parse({ base: 'USD', rates: { CNY: 7.2 }, asOf: '2026-02-27' });

describe('rankSuppliers: the recommended supplier', () => {
  it('worked example: price, lead time, on-time and pass rates, an unproven supplier assumed at the lowest', () => {
    // Comparison currency: CNY (two of three quotes). C: 3 USD × 7.2 = 21.60 CNY.
    // price  = cheapest ÷ this:        A 18/20 = 0.9     B 1            C 18/21.6 = 0.8333
    // lead   = (15 + 1) ÷ (days + 1):  A 16/16 = 1       B 16/31 = 0.5161  C 16/26 = 0.6154
    // on time:                         A 0.8             B 1            C none → lowest known 0.8
    // pass:                            A 0.95            B 0.98         C none → lowest known 0.95
    // score = 0.4 price + 0.2 lead + 0.2 on time + 0.2 pass:
    //   A 0.36 + 0.2 + 0.16 + 0.19 = 0.91 → 91.0
    //   B 0.4 + 0.1032 + 0.2 + 0.196 = 0.8992 → 89.9
    //   C 0.3333 + 0.1231 + 0.16 + 0.19 = 0.8064 → 80.6
    const r = rankSuppliers('LAMP', [C, B, A], ORDERS, { today: TODAY, rates: RATES });
    expect(r.currency).toBe('CNY');
    expect(r.candidates.map((c) => [c.supplierId, c.score])).toEqual([
      ['sz-a', 91],
      ['yw-b', 89.9],
      ['hn-c', 80.6],
    ]);
    expect(r.recommended?.name).toBe('Shenzhen A');
    const c = r.candidates[2]!;
    expect(c.unitPrice).toEqual({ amount: 21.6, currency: 'CNY' });
    expect(c.parts).toMatchObject({ onTime: 0.8, passRate: 0.95, onTimeAssumed: true, passRateAssumed: true });
    expect(c.explanation).toEqual([
      { code: 'purchase_supplier_score', params: { supplier: 'Hanoi C', score: 80.6, price: '21.60 CNY', leadDays: 25, onTime: 80, passRate: 95 } },
      { code: 'purchase_supplier_on_time_assumed', params: { supplier: 'Hanoi C', percent: 80 } },
      { code: 'purchase_supplier_pass_rate_assumed', params: { supplier: 'Hanoi C', percent: 95 } },
    ]);
    expect(r.explanation[0]).toEqual({ code: 'purchase_supplier_recommended', params: { supplier: 'Shenzhen A', score: 91 } });
  });

  it('no supplier has KPIs: they are left out for all, the rest re-weighted', () => {
    // A: (0.4 × 0.9 + 0.2 × 1) / 0.6 = 0.9333; B: (0.4 × 1 + 0.2 × 0.5161) / 0.6 = 0.8387
    const r = rankSuppliers('LAMP', [A, B], [], { today: TODAY });
    expect(r.candidates.map((c) => c.score)).toEqual([93.3, 83.9]);
    expect(codes(r.explanation)).toEqual(expect.arrayContaining(['purchase_supplier_on_time_unused', 'purchase_supplier_pass_rate_unused']));
    expect(r.candidates[0]!.parts).toMatchObject({ onTime: null, passRate: null, onTimeAssumed: false });
  });

  it('ties: the cheaper wins, then the faster, then the one known longer, then the id', () => {
    // X: 10 CNY, 4 days → 0.4 × 1 + 0.2 × (3/5) = 0.52; Y: 12.5 CNY, 2 days → 0.4 × 0.8 + 0.2 × 1 = 0.52
    const X = supplier({ id: 'x', name: 'X', prices: [quote(10, 'CNY', 4)] });
    const Y = supplier({ id: 'y', name: 'Y', prices: [quote(12.5, 'CNY', 2)] });
    const r = rankSuppliers('LAMP', [Y, X], [], { today: TODAY });
    expect(r.candidates.map((c) => [c.supplierId, c.score])).toEqual([
      ['x', 86.7],
      ['y', 86.7],
    ]);
    expect(r.explanation).toContainEqual({ code: 'purchase_supplier_tie', params: { supplier: 'X', other: 'Y' } });
    // Identical quotes, no history: by id.
    const Z = supplier({ id: 'z', name: 'Z', prices: [quote(10, 'CNY', 4)] });
    expect(rankSuppliers('LAMP', [Z, X], [], { today: TODAY }).recommended?.supplierId).toBe('x');
  });

  it('expired and future quotes, and quotes in a currency without a rate, are not compared — and say why', () => {
    const old = supplier({ id: 'old', name: 'Old', prices: [quote(1, 'CNY', 1, 1, { validUntil: '2026-02-01' })] });
    const later = supplier({ id: 'later', name: 'Later', prices: [quote(1, 'CNY', 1, 1, { validFrom: '2026-04-01' })] });
    const eur = supplier({ id: 'eu', name: 'Euro GmbH', prices: [quote(2, 'EUR', 10)] });
    const other = supplier({ id: 'fan', name: 'Fans only', prices: [{ ...quote(1, 'CNY', 1), sku: 'FAN' }] });
    const r = rankSuppliers('LAMP', [old, later, eur, other, A], [], { today: TODAY, rates: RATES });
    expect(r.candidates.map((c) => c.supplierId)).toEqual(['sz-a']);
    expect(r.excluded.map((e) => e.explanation)).toEqual([
      { code: 'purchase_supplier_price_expired', params: { supplier: 'Old', validUntil: '2026-02-01' } },
      { code: 'purchase_supplier_price_not_yet_valid', params: { supplier: 'Later', validFrom: '2026-04-01' } },
      { code: 'purchase_supplier_currency', params: { supplier: 'Euro GmbH', currency: 'EUR', target: 'CNY' } },
    ]);
  });

  it('no supplier: no recommendation, said so', () => {
    const r = rankSuppliers('LAMP', [], [], { today: TODAY });
    expect(r.recommended).toBeUndefined();
    expect(r.explanation).toEqual([{ code: 'purchase_no_supplier', params: { sku: 'LAMP' } }]);
  });
});

// ── The suggestion ──────────────────────────────────────────────────────────────────────────

describe('suggestPurchase', () => {
  const sales = dailySales('LAMP', 5, 30); // 5 a day

  it('first stock-up: 5 a day × 90 + 5 × 20 = 550 (above A’s MOQ of 500), from supplier A', () => {
    const s = suggestPurchase('LAMP', { today: TODAY, sales, stock: { onHand: 0 }, firstLegLeadDays: 20, suppliers: [A, B, C], purchaseOrders: ORDERS, rates: RATES });
    expect(s).toMatchObject({ sku: 'LAMP', quantity: 550, formula: 'formula_first_stock_up', supplier: { supplierId: 'sz-a' } });
    expect(s.inputs).toMatchObject({ dailySales: 5, coverageDays: 90, firstLegLeadDays: 20, safetyStock: 100, target: 550, stockPosition: 0 });
    expect(s.steps.map((step) => step.formula)).toEqual(['formula_sales_velocity', 'formula_stock_position', 'formula_safety_lead_time', 'formula_first_stock_up', 'formula_turnover_adjustment']);
    expect(codes(s.explanation)).toEqual(expect.arrayContaining(['purchase_velocity', 'purchase_first_stock_up', 'purchase_turnover_unknown', 'purchase_supplier_recommended']));
    expect(codes(s.explanation).filter((c) => c === 'purchase_safety_lead_time')).toHaveLength(1); // said once, by its own step
  });

  it('the seed’s number with the seed’s coverage: 115', () => {
    const settings = PurchasingSettings.parse({ coverageDays: 3 });
    expect(suggestPurchase('LAMP', { today: TODAY, settings, sales, stock: { onHand: 0 }, firstLegLeadDays: 20 }).quantity).toBe(115);
  });

  it('replenishment: target − (on hand + inbound), raised to the MOQ', () => {
    // 100 on hand + 50 inbound on an open order = 150; turnover 150 a month / 100 = 1.5×: unchanged.
    // 550 − 150 = 400, under A's MOQ of 500 → 500.
    const open = po({ id: 'open', supplierId: 'sz-a', orderedOn: '2026-02-20', promisedOn: '2026-03-07', lines: [{ sku: 'LAMP', quantity: 50, unitPrice: { amount: 20, currency: 'CNY' } }] });
    const s = suggestPurchase('LAMP', { today: TODAY, sales, stock: { onHand: 100 }, firstLegLeadDays: 20, suppliers: [A, B, C], purchaseOrders: [...ORDERS, open], rates: RATES });
    expect(s).toMatchObject({ quantity: 500, formula: 'formula_replenishment', inputs: { stockPosition: 150, inbound: 50, turnoverPerMonth: 1.5, target: 550, moq: 500 } });
    expect(s.explanation).toContainEqual({ code: 'purchase_net_of_stock', params: { target: 550, position: 150, quantity: 400 } });
    expect(s.explanation).toContainEqual({ code: 'purchase_moq_raised', params: { quantity: 400, moq: 500, supplier: 'Shenzhen A' } });
    expect(s.steps.at(-1)?.formula).toBe('formula_moq');
  });

  it('stock already covers the target: 0, and no MOQ forced on it', () => {
    const s = suggestPurchase('LAMP', { today: TODAY, sales, stock: { onHand: 600, averageStock: 150 }, firstLegLeadDays: 20, suppliers: [A] });
    expect(s.quantity).toBe(0);
    expect(codes(s.explanation)).toContain('purchase_covered_by_stock');
  });

  it('peak season (auto): A’s goods ready 2026-09-04 leave in Black Friday’s window → +50 %', () => {
    const today = '2026-08-20';
    const s = suggestPurchase('LAMP', { today, sales: dailySales('LAMP', 5, 30, today), stock: { onHand: 0 }, firstLegLeadDays: 20, suppliers: [A] });
    // 550 × 1.5 = 825 (1100 at +100 %)
    expect(s).toMatchObject({ quantity: 825, peak: { event: 'black_friday', shipBy: '2026-09-27' }, inputs: { peakUpliftPercent: 50 } });
    expect(s.explanation).toContainEqual({ code: 'purchase_peak_window', params: { peakEvent: 'black_friday', date: '2026-11-27', shipFrom: '2026-08-27', shipBy: '2026-09-27' } });
    expect(s.steps.find((step) => step.formula === 'formula_peak_uplift')?.range).toEqual({ min: 825, max: 1100 });
    // Forced off, or forced for an event:
    expect(suggestPurchase('LAMP', { today, sales: dailySales('LAMP', 5, 30, today), stock: { onHand: 0 }, firstLegLeadDays: 20, suppliers: [A], peak: 'off' }).quantity).toBe(550);
    expect(suggestPurchase('LAMP', { today: TODAY, sales, stock: { onHand: 0 }, firstLegLeadDays: 20, peak: 'christmas' }).peak?.date).toBe('2026-12-25');
  });

  it('peak too late: no uplift, said so', () => {
    const today = '2026-10-20';
    const s = suggestPurchase('LAMP', { today, sales: dailySales('LAMP', 5, 30, today), stock: { onHand: 0 }, firstLegLeadDays: 20, suppliers: [A] });
    expect(s.quantity).toBe(550);
    expect(s.explanation).toContainEqual({ code: 'purchase_peak_too_late', params: { peakEvent: 'black_friday', shipBy: '2026-09-27', readyOn: '2026-11-04' } });
  });

  it('fast turnover raises the target, slow turnover cuts it', () => {
    // 5 a day = 150 a month over an average 50 in stock: 3×/month → 550 × 1.3 = 715; 715 − 50 = 665
    const fast = suggestPurchase('LAMP', { today: TODAY, sales, stock: { onHand: 50 }, firstLegLeadDays: 20 });
    expect(fast).toMatchObject({ quantity: 665, inputs: { turnoverPerMonth: 3, target: 715 } });
    // 150 a month over an average 300: 0.5×/month → 550 × 0.5 = 275; 275 − 200 = 75
    const slow = suggestPurchase('LAMP', { today: TODAY, sales, stock: { onHand: 200, averageStock: 300 }, firstLegLeadDays: 20 });
    expect(slow).toMatchObject({ quantity: 75, inputs: { target: 275 } });
  });

  it('the volatility model of safety stock, when chosen', () => {
    // 5 × 90 + (30 × 5 × 1.5 = 225) = 675
    const s = suggestPurchase('LAMP', { today: TODAY, sales, stock: { onHand: 0 }, firstLegLeadDays: 20, safety: { model: 'volatility', salesCycleDays: 30 } });
    expect(s.quantity).toBe(675);
    expect(s.steps.map((step) => step.formula)).toContain('formula_safety_volatility');
  });

  it('zero sales: nothing suggested, the supplier still named; no supplier: none named', () => {
    const s = suggestPurchase('LAMP', { today: TODAY, sales: [], stock: { onHand: 0 }, firstLegLeadDays: 20, suppliers: [A] });
    expect(s).toMatchObject({ quantity: 0, formula: 'formula_sales_velocity', supplier: { supplierId: 'sz-a' } });
    expect(codes(s.explanation)[0]).toBe('purchase_no_sales');
    const alone = suggestPurchase('LAMP', { today: TODAY, sales, stock: { onHand: 0 }, firstLegLeadDays: 20 });
    expect(alone.supplier).toBeUndefined();
    expect(alone.quantity).toBe(550);
    expect(codes(alone.explanation)).toContain('purchase_no_supplier');
  });
});
