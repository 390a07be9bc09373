import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFIT_COMPONENTS, PROFIT_EXPLANATION_PARAMS } from '../../../lib/domain/profit';
import { PEAK_EVENTS, PURCHASING_EXPLANATION_PARAMS } from '../../../lib/domain/purchasing';
import {
  PurchaseOrder,
  SUPPLIER_EXPLANATION_PARAMS,
  Supplier,
  SupplierPrice,
  priceInForce,
  supplierKpis,
  type PurchaseOrderInput,
  type SupplierInput,
} from '../../../lib/domain/suppliers';
import { codes } from './fixtures';

const supplier = (input: Partial<SupplierInput> & { id: string }) => Supplier.parse({ name: input.id, ...input });
const po = (input: Partial<PurchaseOrderInput> & { id: string; supplierId: string; orderedOn: string; promisedOn: string }) =>
  PurchaseOrder.parse({ lines: [{ sku: 'LAMP', quantity: 100, unitPrice: { amount: 20, currency: 'CNY' } }], ...input });

describe('supplier records', () => {
  it('fills defaults and keeps contacts, categories and quotes', () => {
    const s = supplier({
      id: 'sz-a',
      name: 'Shenzhen A',
      contacts: [{ name: 'Li Wei', role: 'sales', wechat: 'liwei88' }],
      categories: ['home-lighting'],
      prices: [{ sku: 'LAMP', unitPrice: { amount: 20, currency: 'CNY' }, moq: 500, leadTimeDays: 15 }],
    });
    expect(s).toMatchObject({ notes: '', contacts: [{ name: 'Li Wei', role: 'sales', wechat: 'liwei88' }] });
    expect(Supplier.parse({ id: 'x', name: 'X' })).toEqual({ id: 'x', name: 'X', contacts: [], categories: [], prices: [], notes: '' });
    expect(SupplierPrice.parse({ sku: 'A', unitPrice: { amount: 1, currency: 'CNY' }, leadTimeDays: 0 }).moq).toBe(1);
  });

  it('rejects what cannot be: a quote ending before it starts, a promise before the order, a bad e-mail', () => {
    expect(SupplierPrice.safeParse({ sku: 'A', unitPrice: { amount: 1, currency: 'CNY' }, leadTimeDays: 5, validFrom: '2026-02-01', validUntil: '2026-01-01' }).success).toBe(false);
    expect(PurchaseOrder.safeParse({ id: 'p', supplierId: 's', lines: [{ sku: 'A', quantity: 1, unitPrice: { amount: 1, currency: 'CNY' } }], orderedOn: '2026-02-01', promisedOn: '2026-01-01' }).success).toBe(false);
    expect(PurchaseOrder.safeParse({ id: 'p', supplierId: 's', lines: [], orderedOn: '2026-02-01', promisedOn: '2026-02-01' }).success).toBe(false);
    expect(Supplier.safeParse({ id: 's', name: 'S', contacts: [{ name: 'A', email: 'not-an-address' }] }).success).toBe(false);
    expect(SupplierPrice.safeParse({ sku: 'A', unitPrice: { amount: 1, currency: 'CNY' }, leadTimeDays: 5, moq: 0 }).success).toBe(false);
  });
});

describe('priceInForce', () => {
  const s = supplier({
    id: 's',
    prices: [
      { sku: 'LAMP', unitPrice: { amount: 22, currency: 'CNY' }, leadTimeDays: 15 },
      { sku: 'LAMP', unitPrice: { amount: 20, currency: 'CNY' }, leadTimeDays: 15, validFrom: '2026-01-01', validUntil: '2026-06-30' },
      { sku: 'LAMP', unitPrice: { amount: 21, currency: 'CNY' }, leadTimeDays: 12, validFrom: '2026-07-01' },
      { sku: 'FAN', unitPrice: { amount: 9, currency: 'CNY' }, leadTimeDays: 10, validUntil: '2026-02-01' },
      { sku: 'NEW', unitPrice: { amount: 9, currency: 'CNY' }, leadTimeDays: 10, validFrom: '2026-05-01' },
    ],
  });

  it('takes the latest quote started by the day; an undated quote is the oldest', () => {
    expect(priceInForce(s, 'LAMP', '2025-12-31')).toMatchObject({ status: 'in-force', price: { unitPrice: { amount: 22 } } });
    expect(priceInForce(s, 'LAMP', '2026-03-01')).toMatchObject({ status: 'in-force', price: { unitPrice: { amount: 20 } } });
    expect(priceInForce(s, 'LAMP', '2026-07-01')).toMatchObject({ status: 'in-force', price: { unitPrice: { amount: 21 } } });
  });

  it('says why nothing is in force: expired, not started, no quote', () => {
    expect(priceInForce(s, 'FAN', '2026-03-01')).toMatchObject({ status: 'expired', price: { validUntil: '2026-02-01' } });
    expect(priceInForce(s, 'FAN', '2026-02-01').status).toBe('in-force'); // the last day still holds
    expect(priceInForce(s, 'NEW', '2026-03-01')).toMatchObject({ status: 'not-yet-valid', price: { validFrom: '2026-05-01' } });
    expect(priceInForce(s, 'NONE', '2026-03-01')).toEqual({ status: 'none' });
  });
});

describe('supplierKpis (F10)', () => {
  const a = supplier({ id: 'sz-a', name: 'Shenzhen A' });
  // Hand-computed:
  //   PO1 ordered 01-05, promised 01-20, received 01-19: on time, 14 days; inspected 98 + 2
  //   PO2 ordered 01-10, promised 01-25, received 01-25: on time (the promised day counts), 15 days; 100 + 0
  //   PO3 ordered 01-15, promised 01-30, received 02-04: late, 20 days; 45 + 5
  //   PO4 ordered 02-01, promised 02-16, received 02-14: on time, 13 days; not inspected
  //   PO5 ordered 02-10, promised 02-25, open on 03-01: overdue, not in the rates
  //   on time 3 / 4 = 75 %; pass (98 + 100 + 45) / (100 + 100 + 50) = 243 / 250 = 97.2 %;
  //   lead time (14 + 15 + 20 + 13) / 4 = 15.5 days
  const orders = [
    po({ id: 'PO1', supplierId: 'sz-a', orderedOn: '2026-01-05', promisedOn: '2026-01-20', receivedOn: '2026-01-19', inspected: { passed: 98, failed: 2 } }),
    po({ id: 'PO2', supplierId: 'sz-a', orderedOn: '2026-01-10', promisedOn: '2026-01-25', receivedOn: '2026-01-25', inspected: { passed: 100, failed: 0 } }),
    po({ id: 'PO3', supplierId: 'sz-a', orderedOn: '2026-01-15', promisedOn: '2026-01-30', receivedOn: '2026-02-04', inspected: { passed: 45, failed: 5 } }),
    po({ id: 'PO4', supplierId: 'sz-a', orderedOn: '2026-02-01', promisedOn: '2026-02-16', receivedOn: '2026-02-14' }),
    po({ id: 'PO5', supplierId: 'sz-a', orderedOn: '2026-02-10', promisedOn: '2026-02-25' }),
    po({ id: 'OTHER', supplierId: 'yw-b', orderedOn: '2026-01-01', promisedOn: '2026-01-02', receivedOn: '2026-03-01', inspected: { passed: 0, failed: 10 } }),
  ];

  it('worked example: on-time 75 %, pass rate 97.2 %, lead time 15.5 days, with the counts', () => {
    const kpis = supplierKpis(a, orders, { today: '2026-03-01' });
    expect(kpis).toMatchObject({
      supplierId: 'sz-a',
      orders: 5,
      received: 4,
      open: 1,
      overdue: 1,
      onTime: { rate: 0.75, numerator: 3, denominator: 4, orders: 4, enoughData: true },
      passRate: { rate: 0.972, numerator: 243, denominator: 250, orders: 3, enoughData: true },
      averageLeadTimeDays: { days: 15.5, orders: 4, enoughData: true },
    });
    expect(kpis.explanation).toEqual([
      { code: 'supplier_kpi_on_time', params: { onTime: 3, received: 4, percent: 75 } },
      { code: 'supplier_kpi_pass_rate', params: { passed: 243, inspected: 250, percent: 97.2 } },
      { code: 'supplier_kpi_lead_time', params: { days: 15.5, received: 4 } },
      { code: 'supplier_kpi_open_orders', params: { open: 1, overdue: 1 } },
    ]);
  });

  it('says "not enough data" below the minimum, and gives no rate without data', () => {
    const few = supplierKpis(a, orders.slice(0, 2));
    expect(few.onTime).toMatchObject({ rate: 1, denominator: 2, enoughData: false });
    expect(few.passRate).toMatchObject({ rate: 198 / 200, orders: 2, enoughData: false });
    expect(codes(few.explanation)).toEqual(expect.arrayContaining(['supplier_kpi_on_time_too_few', 'supplier_kpi_pass_rate_too_few', 'supplier_kpi_lead_time_too_few']));
    expect(supplierKpis(a, orders.slice(0, 2), { minOrders: 2 }).onTime.enoughData).toBe(true);

    const none = supplierKpis(supplier({ id: 'new' }), orders);
    expect(none).toMatchObject({ orders: 0, onTime: { rate: null, enoughData: false }, passRate: { rate: null }, averageLeadTimeDays: { days: null } });
    expect(codes(none.explanation)).toEqual(['supplier_kpi_on_time_too_few', 'supplier_kpi_pass_rate_too_few', 'supplier_kpi_lead_time_too_few']);
  });

  it('an open order counts as overdue only once its promised day has passed', () => {
    expect(supplierKpis(a, orders, { today: '2026-02-25' }).overdue).toBe(0);
    expect(supplierKpis(a, orders).overdue).toBe(0); // no today, no judgement
  });
});

interface Entry {
  en: string;
  zh_CN: string;
  placeholders?: Record<string, { content: string }>;
}

describe('locales/workspace.json', () => {
  const localesDir = resolve(import.meta.dirname, '../../../locales');
  const messages = JSON.parse(readFileSync(resolve(localesDir, 'workspace.json'), 'utf8')) as Record<string, Entry>;
  const all = { ...SUPPLIER_EXPLANATION_PARAMS, ...PURCHASING_EXPLANATION_PARAMS, ...PROFIT_EXPLANATION_PARAMS };
  const usedIn = (text: string) => [...new Set([...text.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]))];

  it('has every supplier, purchasing and profit code, placeholders in parameter order as $1, $2…', () => {
    expect(Object.keys(all).length).toBe(
      Object.keys(SUPPLIER_EXPLANATION_PARAMS).length + Object.keys(PURCHASING_EXPLANATION_PARAMS).length + Object.keys(PROFIT_EXPLANATION_PARAMS).length,
    );
    for (const [code, params] of Object.entries(all)) {
      expect(messages, code).toHaveProperty(code);
      expect(Object.keys(messages[code]!.placeholders ?? {}), code).toEqual([...params]);
      expect(Object.values(messages[code]!.placeholders ?? {}).map((p) => p.content), code).toEqual(params.map((_, i) => `$${i + 1}`));
    }
  });

  it('every text uses exactly its placeholders in both languages, Chinese in zh_CN', () => {
    for (const [code, entry] of Object.entries(messages)) {
      const names = Object.keys(entry.placeholders ?? {});
      expect(names.length).toBeLessThanOrEqual(9);
      expect(usedIn(entry.en).sort(), `${code} en`).toEqual([...names].sort());
      expect(usedIn(entry.zh_CN).sort(), `${code} zh_CN`).toEqual([...names].sort());
      expect(entry.zh_CN, code).toMatch(/[\u4e00-\u9fff]/);
      expect(code).toMatch(/^[A-Za-z0-9_]+$/);
    }
  });

  it('names the enum values explanations carry (peak events, profit components)', () => {
    for (const event of PEAK_EVENTS) expect(messages).toHaveProperty(`peak_${event}`);
    for (const component of PROFIT_COMPONENTS) expect(messages).toHaveProperty(`profit_component_${component}`);
  });

  it('shares no key with the other locale fragments', () => {
    for (const file of readdirSync(localesDir).filter((f) => f.endsWith('.json') && f !== 'workspace.json')) {
      const other = JSON.parse(readFileSync(resolve(localesDir, file), 'utf8')) as Record<string, unknown>;
      for (const key of Object.keys(messages)) expect(other, `${file} also defines ${key}`).not.toHaveProperty(key);
    }
  });
});
