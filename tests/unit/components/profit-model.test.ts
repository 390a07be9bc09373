import { describe, expect, it } from 'vitest';
import { Settings } from '../../../lib/domain/schemas';
import { buildDemoWorkspace } from '../../../scripts/generate-demo-workspace';
import { listingKey, moneyInput, parseRates, profitRows, removeListing, sortAndFilter, upsertListing, type ProfitInputsData } from '../../../components/profit-model';

const demo = buildDemoWorkspace().backup.data;
const data: ProfitInputsData = {
  profit: demo.settings.profit,
  skus: demo.skus,
  categories: demo.categories,
  vatRates: demo.vatRates,
  dutyRates: demo.dutyRates,
  iossThresholdEur: demo.settings.iossThresholdEur,
};
const rows = profitRows(data, '2026-11-21');
const row = (key: string) => rows.find((r) => r.key === key)!;
const r2 = (n: number) => Math.round(n * 100) / 100;

describe('profit rows', () => {
  it('computes a US listing as worked out by hand (no VAT, freight per kg converted from CNY)', () => {
    const e = row('HW-PLUSH-BEAR|amazon|US').estimate!;
    // 42 CNY/kg × 0.21 kg = 8.82 CNY = 1.24 USD at 7.1; 15% commission; 8% marketing; US duty on 9503 is 0%.
    const expected = r2(24.99 - 3.1 - r2(8.82 / 7.1) - r2(24.99 * 0.15) - 4.1 - r2(24.99 * 0.08) - 0);
    expect(e.netProfit).toEqual({ amount: expected, currency: 'USD' });
    expect(expected).toBe(10.8);
    expect(e.netMarginPercent).toBe(43.2);
    expect(e.components.find((c) => c.key === 'duty')).toMatchObject({ status: 'computed', amount: { amount: 0, currency: 'USD' } });
  });

  it('takes VAT out of an EU price and shows a loss', () => {
    const e = row('HW-GADGET-PEELER|amazon|DE').estimate!;
    const net = r2(6.99 / 1.19);
    const product = r2(0.9 * 0.92);
    const freight = r2(42 * 0.045 * (0.92 / 7.1));
    const expected = r2(6.99 - r2(6.99 - net) - product - freight - r2(6.99 * 0.15) - 3.6 - r2(6.99 * 0.08));
    expect(e.netProfit?.amount).toBe(expected);
    expect(expected).toBeLessThan(0);
    expect(e.netMarginPercent).toBe(Math.round((expected / net) * 1000) / 10);
  });

  it('uses the deepest category commission rate and the listing marketing override', () => {
    const spk = row('HW-SPK-BT10|amazon|DE').estimate!;
    expect(spk.components.find((c) => c.key === 'commission')?.amount?.amount).toBe(r2(59.9 * 0.08));
    const linen = row('HW-DRESS-LIN-L|shopify|FR').estimate!;
    expect(linen.components.find((c) => c.key === 'marketing')?.amount?.amount).toBe(r2(54.9 * 0.18));
    expect(linen.components.find((c) => c.key === 'commission')?.amount?.amount).toBe(r2(54.9 * 0.029));
  });

  it('leaves a listing of a deleted SKU without an estimate', () => {
    const gone = profitRows({ ...data, profit: upsertListing(data.profit, { sku: 'NOPE', marketplace: 'ebay', destination: 'GB', price: { amount: 1, currency: 'GBP' } }) }, '2026-11-21');
    expect(gone.find((r) => r.listing.sku === 'NOPE')?.estimate).toBeNull();
  });
});

describe('sorting and filtering', () => {
  it('puts the lowest margin first and filters by market', () => {
    const sorted = sortAndFilter(rows, '', 'margin-asc');
    expect(sorted[0]?.key).toBe('HW-GADGET-PEELER|amazon|DE');
    const margins = sorted.map((r) => r.estimate!.netMarginPercent!);
    expect(margins).toEqual([...margins].sort((a, b) => a - b));
    expect(sortAndFilter(rows, 'GB', 'margin-desc').every((r) => r.listing.destination === 'GB')).toBe(true);
  });
});

describe('inputs', () => {
  it('replaces a listing of the same SKU × marketplace × market and removes by key', () => {
    const l = data.profit.listings[0]!;
    const next = upsertListing(data.profit, { ...l, price: { amount: 1, currency: 'USD' } });
    expect(next.listings).toHaveLength(data.profit.listings.length);
    expect(next.listings[0]?.price.amount).toBe(1);
    expect(removeListing(next, listingKey(l)).listings).toHaveLength(data.profit.listings.length - 1);
  });

  it('reads exchange rates and reports what it cannot read', () => {
    expect(parseRates('cny=7.2, EUR 0.92; GBP:0.79')).toEqual({ rates: { CNY: 7.2, EUR: 0.92, GBP: 0.79 }, invalid: [] });
    expect(parseRates('EUR=0, euro').invalid).toEqual(['EUR=0', 'euro']);
  });

  it('reads an amount and a currency, or neither', () => {
    expect(moneyInput('', '')).toEqual({});
    expect(moneyInput('3,5', 'eur')).toEqual({ money: { amount: 3.5, currency: 'EUR' } });
    expect(moneyInput('-1', 'EUR')).toEqual({ error: 'amount' });
    expect(moneyInput('1', 'EURO')).toEqual({ error: 'currency' });
  });

  it('are validated with the settings: a bad listing names its field', () => {
    const bad = Settings.safeParse({ profit: { listings: [{ sku: 'A', marketplace: 'etsy', destination: 'DE', price: { amount: 1, currency: 'EUR' } }] } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['profit', 'listings', 0, 'marketplace']);
    expect(Settings.parse({}).profit).toEqual({ listings: [], commissionRates: [] });
  });
});
