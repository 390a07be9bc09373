import { describe, expect, it } from 'vitest';
import { DEFAULT_VAT_RATES } from '../../../lib/domain/defaults';
import {
  CommissionRate,
  ExchangeRates,
  commissionRateFor,
  convertMoney,
  estimateProfit,
  exchangeRate,
  type ProfitContext,
  type ProfitInput,
} from '../../../lib/domain/profit';
import { DutyRate } from '../../../lib/domain/schemas';
import { codes, sku } from './fixtures';

const TODAY = '2026-03-01';
const dutyRates = [
  { id: 'eu-8518', destination: 'EU', hsPrefix: '8518', ratePercent: 2, source: 'TARIC 8518 (seller)' },
  { id: 'us-6104', destination: 'US', hsPrefix: '6104', ratePercent: 14.9, source: 'HTSUS 6104 (seller)' },
].map((r) => DutyRate.parse(r));
const EUR_RATES = ExchangeRates.parse({ base: 'EUR', rates: { CNY: 7, USD: 1.08 }, asOf: '2026-02-27', source: 'ECB 2026-02-27' });
const commissionRates = [
  { id: 'amz', marketplace: 'amazon', percent: 15, minimum: { amount: 0.3, currency: 'USD' } },
  { id: 'amz-apparel', marketplace: 'amazon', categoryId: 'apparel', percent: 17, source: 'Amazon US referral fees, 2026' },
  { id: 'ebay', marketplace: 'ebay', percent: 13.25 },
].map((r) => CommissionRate.parse(r));
const ctx: ProfitContext = { vatRates: DEFAULT_VAT_RATES, dutyRates, iossThresholdEur: 150, rates: EUR_RATES, commissionRates };

const speaker = sku({ sku: 'SPK-1', hsCode: '851822', weightGrams: 500, cost: { amount: 70, currency: 'CNY' } });
const dress = sku({ sku: 'DRESS-1', hsCode: '610442', hsCodesByCountry: { US: '6104420010' }, weightGrams: 300, cost: { amount: 5, currency: 'USD' } });

const germany: ProfitInput = {
  sku: speaker,
  marketplace: 'amazon',
  destination: 'DE',
  price: { amount: 59.5, currency: 'EUR' },
  freight: { perKg: { amount: 14, currency: 'CNY' } },
  commissionPercent: 15,
  fulfilmentFee: { amount: 3.5, currency: 'EUR' },
  marketing: { percentOfPrice: 10 },
  today: TODAY,
};

const amount = (estimate: ReturnType<typeof estimateProfit>, key: string) => estimate.components.find((c) => c.key === key)?.amount?.amount;

describe('exchange rates', () => {
  it('converts through the base, both ways, and knows when it cannot', () => {
    expect(exchangeRate('CNY', 'EUR', EUR_RATES)).toBeCloseTo(1 / 7, 12);
    expect(convertMoney({ amount: 70, currency: 'CNY' }, 'EUR', EUR_RATES)).toEqual({ amount: 10, currency: 'EUR' });
    expect(convertMoney({ amount: 10, currency: 'USD' }, 'CNY', EUR_RATES)).toEqual({ amount: 64.81, currency: 'CNY' }); // 10 ÷ 1.08 × 7
    expect(convertMoney({ amount: 5, currency: 'GBP' }, 'EUR', EUR_RATES)).toBeUndefined();
    expect(convertMoney({ amount: 5, currency: 'GBP' }, 'GBP', undefined)).toEqual({ amount: 5, currency: 'GBP' });
  });
});

describe('commission rates', () => {
  it('the deepest category on the SKU’s path wins, else the marketplace default', () => {
    expect(commissionRateFor(commissionRates, 'amazon', ['apparel', 'women', 'dresses'])?.id).toBe('amz-apparel');
    expect(commissionRateFor(commissionRates, 'amazon', ['electronics'])?.id).toBe('amz');
    expect(commissionRateFor(commissionRates, 'shopify', ['apparel'])).toBeUndefined();
    const deeper = [...commissionRates, CommissionRate.parse({ id: 'amz-dresses', marketplace: 'amazon', categoryId: 'dresses', percent: 12 })];
    expect(commissionRateFor(deeper, 'amazon', ['apparel', 'women', 'dresses'])?.id).toBe('amz-dresses');
  });
});

describe('estimateProfit (F12)', () => {
  it('worked example, Germany: VAT inside the price, costs converted from CNY', () => {
    // price 59.50 EUR incl. 19 % VAT → net 59.50 / 1.19 = 50.00, VAT 9.50
    // product 70 CNY ÷ 7 = 10.00 EUR; freight 0.5 kg × 14 CNY = 7 CNY = 1.00 EUR
    // commission 15 % × 59.50 = 8.925 → 8.93; fulfilment 3.50; marketing 10 % × 59.50 = 5.95
    // duty: customs value 10 + 1 = 11.00 × 2 % = 0.22 (import VAT 11.22 × 19 % = 2.13 reclaimed, not deducted)
    // net profit = 59.50 − 9.50 − 10.00 − 1.00 − 8.93 − 3.50 − 5.95 − 0.22 = 20.40 → 20.40 / 50.00 = 40.8 %
    // landed cost = 10.00 + 1.00 + 0.22 = 11.22; gross profit = 50.00 − 11.22 = 38.78 → 77.6 %
    const p = estimateProfit(germany, ctx);
    expect(p).toMatchObject({
      formula: 'formula_net_profit',
      price: { amount: 59.5, currency: 'EUR' },
      netPrice: { amount: 50, currency: 'EUR' },
      landedCost: { amount: 11.22, currency: 'EUR' },
      grossProfit: { amount: 38.78, currency: 'EUR' },
      grossMarginPercent: 77.6,
      netProfit: { amount: 20.4, currency: 'EUR' },
      netMarginPercent: 40.8,
      complete: true,
    });
    expect(p.components.map((c) => [c.key, c.amount?.amount, c.status])).toEqual([
      ['vat', 9.5, 'computed'],
      ['productCost', 10, 'entered'],
      ['freight', 1, 'computed'],
      ['commission', 8.93, 'computed'],
      ['fulfilment', 3.5, 'entered'],
      ['marketing', 5.95, 'computed'],
      ['duty', 0.22, 'computed'],
    ]);
    const by = (key: string) => p.components.find((c) => c.key === key)!;
    expect(by('vat').source).toMatch(/ibericode|vat/i);
    expect(by('duty').source).toBe('TARIC 8518 (seller)');
    expect(by('productCost').source).toBe('sku.cost');
    expect(by('vat').explanation).toEqual([{ code: 'profit_vat_included', params: { gross: '59.50 EUR', ratePercent: 19, country: 'DE', net: '50.00 EUR', vat: '9.50 EUR' } }]);
    expect(by('productCost').explanation).toEqual([
      { code: 'profit_product_cost_from_sku', params: { amount: '70.00 CNY' } },
      { code: 'profit_converted', params: { amount: '70.00 CNY', converted: '10.00 EUR', rate: 0.142857, asOf: '2026-02-27' } },
    ]);
    expect(by('freight').explanation[0]).toEqual({ code: 'profit_freight_per_kg', params: { weightKg: 0.5, perKg: '14.00 CNY', amount: '7.00 CNY' } });
    expect(codes(by('duty').explanation)).toEqual(['profit_customs_value', 'tax_duty_rate', 'tax_vat_on_import', 'tax_ioss_eligible', 'profit_import_vat_reclaimed']);
    expect(by('duty').explanation.at(-1)).toEqual({ code: 'profit_import_vat_reclaimed', params: { amount: '2.13 EUR' } });
  });

  it('worked example, US: no VAT in the price, commission from the category table, national HS code for duty', () => {
    // commission 17 % (apparel) × 29.99 = 5.0983 → 5.10
    // duty: customs value 5.00 + 1.20 = 6.20 × 14.9 % = 0.9238 → 0.92
    // net = 29.99 − 5.00 − 1.20 − 5.10 − 5.40 − 3.00 − 0.92 = 9.37 → 9.37 / 29.99 = 31.2 %
    // landed = 5.00 + 1.20 + 0.92 = 7.12; gross = 22.87 → 76.3 %
    const p = estimateProfit(
      {
        sku: dress,
        marketplace: 'amazon',
        destination: 'US',
        price: { amount: 29.99, currency: 'USD' },
        freight: { perUnit: { amount: 1.2, currency: 'USD' } },
        categoryPath: ['apparel', 'women', 'dresses'],
        fulfilmentFee: { amount: 5.4, currency: 'USD' },
        marketing: { perUnit: { amount: 3, currency: 'USD' } },
        today: TODAY,
      },
      ctx,
    );
    expect(p).toMatchObject({ netPrice: { amount: 29.99 }, netProfit: { amount: 9.37, currency: 'USD' }, netMarginPercent: 31.2, landedCost: { amount: 7.12 }, grossMarginPercent: 76.3, complete: true });
    expect(amount(p, 'vat')).toBe(0);
    expect(amount(p, 'commission')).toBe(5.1);
    expect(amount(p, 'duty')).toBe(0.92);
    expect(p.components.find((c) => c.key === 'commission')?.source).toBe('Amazon US referral fees, 2026');
    expect(codes(p.components.find((c) => c.key === 'vat')!.explanation)).toEqual(['profit_vat_not_in_price']);
    expect(codes(p.components.find((c) => c.key === 'duty')!.explanation)).toContain('tax_hs_national_used');
  });

  it('a commission under the table’s minimum fee is raised to it (converted)', () => {
    // 15 % × 1.50 EUR = 0.23 < 0.30 USD ÷ 1.08 = 0.28 EUR
    const p = estimateProfit({ ...germany, price: { amount: 1.5, currency: 'EUR' }, commissionPercent: undefined, categoryPath: ['electronics'] }, ctx);
    expect(amount(p, 'commission')).toBe(0.28);
    expect(codes(p.components.find((c) => c.key === 'commission')!.explanation)).toEqual(['profit_commission', 'profit_converted', 'profit_commission_minimum']);
  });

  it('currency mismatch: no rate for the cost’s currency → that cost and the profit are unknown, not guessed', () => {
    const hkd = sku({ sku: 'SPK-HK', hsCode: '851822', weightGrams: 500, cost: { amount: 80, currency: 'HKD' } });
    const p = estimateProfit({ ...germany, sku: hkd }, ctx);
    expect(p.components.find((c) => c.key === 'productCost')).toMatchObject({ status: 'unknown', amount: undefined });
    expect(p.components.find((c) => c.key === 'productCost')!.explanation).toContainEqual({ code: 'profit_rate_missing', params: { from: 'HKD', to: 'EUR' } });
    expect(p.netProfit).toBeUndefined();
    expect(p.landedCost).toBeUndefined();
    expect(p.complete).toBe(false);
    expect(codes(p.components.find((c) => c.key === 'duty')!.explanation)).toEqual(['profit_duty_unknown']);
    // No rates table at all: the same.
    expect(estimateProfit(germany, { ...ctx, rates: undefined }).netProfit).toBeUndefined();
  });

  it('missing weight with per-kg freight, or no product cost: profit unknown, said so', () => {
    const light = sku({ sku: 'NOWEIGHT', hsCode: '851822', cost: { amount: 70, currency: 'CNY' } });
    const p = estimateProfit({ ...germany, sku: light }, ctx);
    expect(p.components.find((c) => c.key === 'freight')!.explanation).toEqual([{ code: 'profit_freight_weight_missing', params: { sku: 'NOWEIGHT' } }]);
    expect(p.netProfit).toBeUndefined();
    const nocost = estimateProfit({ ...germany, sku: sku({ sku: 'NOCOST', weightGrams: 500 }) }, ctx);
    expect(codes(nocost.components.find((c) => c.key === 'productCost')!.explanation)).toEqual(['profit_product_cost_missing']);
    expect(nocost.netProfit).toBeUndefined();
  });

  it('figures not entered count as 0 and make the estimate incomplete', () => {
    // Only price and cost: 59.50 − 9.50 − 10.00 = 40.00; no HS code → no duty, flagged by the tax estimate.
    const bare = sku({ sku: 'BARE', weightGrams: 500, cost: { amount: 70, currency: 'CNY' } });
    const p = estimateProfit({ sku: bare, marketplace: 'shopify', destination: 'DE', price: { amount: 59.5, currency: 'EUR' }, today: TODAY }, ctx);
    expect(p.netProfit).toEqual({ amount: 40, currency: 'EUR' });
    expect(p.complete).toBe(false);
    expect(p.components.filter((c) => c.status === 'not-entered').map((c) => c.key)).toEqual(['freight', 'commission', 'fulfilment', 'marketing', 'duty']);
    expect(p.components.find((c) => c.key === 'freight')!.explanation).toEqual([{ code: 'profit_not_entered', params: { profitComponent: 'freight' } }]);
    expect(codes(p.components.find((c) => c.key === 'duty')!.explanation)).toContain('tax_hs_missing');
    expect(codes(p.components.find((c) => c.key === 'commission')!.explanation)).toEqual(['profit_commission_missing']);
  });

  it('a product cost entered (the supplier’s price) wins over the SKU’s; a price in another currency sets the result’s', () => {
    // GB: 24.00 GBP incl. 20 % VAT → 20.00 net; product 1.00 GBP entered; nothing else.
    const p = estimateProfit({ sku: speaker, marketplace: 'ebay', destination: 'GB', price: { amount: 24, currency: 'GBP' }, productCost: { amount: 1, currency: 'GBP' }, today: TODAY }, ctx);
    expect(p.netPrice).toEqual({ amount: 20, currency: 'GBP' });
    expect(p.components.find((c) => c.key === 'productCost')).toMatchObject({ source: 'input', amount: { amount: 1, currency: 'GBP' } });
    // eBay 13.25 % × 24 = 3.18; 24 − 4 − 1 − 3.18 = 15.82
    expect(p.netProfit).toEqual({ amount: 15.82, currency: 'GBP' });
  });

  it('a country without a VAT rate in the table: price taken as net, flagged', () => {
    const p = estimateProfit({ ...germany, destination: 'JP', price: { amount: 6000, currency: 'JPY' }, freight: undefined, fulfilmentFee: undefined, marketing: undefined }, {
      ...ctx,
      rates: ExchangeRates.parse({ base: 'JPY', rates: { CNY: 0.048 } }),
    });
    // 70 CNY ÷ 0.048 = 1458.33 → 1458 JPY (no minor unit); commission 15 % × 6000 = 900
    expect(amount(p, 'productCost')).toBe(1458);
    expect(p.components.find((c) => c.key === 'vat')).toMatchObject({ status: 'not-entered', explanation: [{ code: 'profit_vat_rate_unknown', params: { country: 'JP' } }] });
    expect(p.netProfit).toEqual({ amount: 6000 - 1458 - 900, currency: 'JPY' });
  });

  it('duty on the net price for a parcel sent straight to the buyer', () => {
    // customs value = net price 50.00 × 2 % = 1.00
    const p = estimateProfit({ ...germany, customsBasis: 'net-price' }, ctx);
    expect(amount(p, 'duty')).toBe(1);
    expect(p.components.find((c) => c.key === 'duty')!.explanation[0]).toEqual({ code: 'profit_customs_value', params: { amount: '50.00 EUR', basis: 'net-price' } });
  });
});
