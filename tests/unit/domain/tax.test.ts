import { describe, expect, it } from 'vitest';
import { dutyRateFor, estimateImportTax, hsCodeFor } from '../../../lib/domain/tax';
import { DEFAULT_VAT_RATES } from '../../../lib/domain/defaults';
import { DutyRate, type Money } from '../../../lib/domain/schemas';
import { codes, sku } from './fixtures';

const dutyRates = [
  { id: 'eu-85', destination: 'EU', hsPrefix: '85', ratePercent: 2, source: 'TARIC (seller)' },
  { id: 'eu-8518', destination: 'EU', hsPrefix: '8518', ratePercent: 2.5, source: 'TARIC 8518 (seller)' },
  { id: 'de-8518', destination: 'DE', hsPrefix: '8518', ratePercent: 3, source: 'test: national' },
  { id: 'gb-6104', destination: 'GB', hsPrefix: '610442', ratePercent: 12, source: 'UK Global Tariff (seller)' },
  { id: 'us-6104', destination: 'US', hsPrefix: '6104', ratePercent: 14.9, source: 'HTSUS (seller)' },
  { id: 'jp-6104', destination: 'JP', hsPrefix: '6104', ratePercent: 9.1, source: 'JP tariff (seller)' },
].map((r) => DutyRate.parse(r));

const ctx = { vatRates: DEFAULT_VAT_RATES, dutyRates, iossThresholdEur: 150 };
const speaker = sku({ sku: 'SPK', hsCode: '851822' });
const dress = sku({ sku: 'DRESS', hsCode: '610442', hsCodesByCountry: { US: '6104420010', GB: '6104420000' } });
const estimate = (item: typeof speaker, destination: string, lineValue: Money, today = '2026-03-01') =>
  estimateImportTax({ destination, lineValue, sku: item, today }, ctx);

describe('import tax estimate', () => {
  it('EU: duty on the value, VAT at the destination standard rate on value + duty, IOSS noted', () => {
    const tax = estimate(speaker, 'FR', { amount: 100, currency: 'EUR' });
    expect(tax).toEqual({
      destination: 'FR',
      customsValue: { amount: 100, currency: 'EUR' },
      hsCode: '851822',
      hsCodeSource: 'hs6',
      duty: { ratePercent: 2.5, amount: { amount: 2.5, currency: 'EUR' }, source: 'TARIC 8518 (seller)' },
      vat: { ratePercent: 20, amount: { amount: 20.5, currency: 'EUR' }, source: expect.stringMatching(/ibericode/), effectiveFrom: '2014-01-01' },
      explanation: [
        { code: 'tax_duty_rate', params: { ratePercent: 2.5, hsPrefix: '8518', market: 'EU' } },
        { code: 'tax_vat_on_import', params: { ratePercent: 20, country: 'FR', effectiveFrom: '2014-01-01' } },
        { code: 'tax_ioss_eligible', params: { threshold: 150 } },
      ],
    });
  });

  it('longest prefix wins; at equal length the country beats the union', () => {
    expect(dutyRateFor('851822', 'DE', dutyRates)?.id).toBe('de-8518');
    expect(dutyRateFor('851822', 'AT', dutyRates)?.id).toBe('eu-8518');
    expect(dutyRateFor('850440', 'AT', dutyRates)?.id).toBe('eu-85');
    expect(dutyRateFor('851822', 'US', dutyRates)).toBeUndefined();
    expect(dutyRateFor('851822', 'XI', dutyRates)?.id).toBe('eu-8518');
  });

  it('EU VAT applies above €150 too, without the IOSS note', () => {
    const tax = estimate(speaker, 'DE', { amount: 400, currency: 'EUR' });
    expect(tax.vat?.ratePercent).toBe(19);
    expect(tax.duty?.amount.amount).toBe(12);
    expect(tax.vat?.amount.amount).toBe(78.28); // (400 + 12) × 19 %
    expect(codes(tax.explanation)).not.toContain('tax_ioss_eligible');
    expect(codes(estimate(speaker, 'DE', { amount: 150, currency: 'EUR' }).explanation)).toContain('tax_ioss_eligible');
    expect(codes(estimate(speaker, 'DE', { amount: 100, currency: 'USD' }).explanation)).not.toContain('tax_ioss_eligible');
  });

  it('picks the VAT rate in force on the day (Estonia 2025-07)', () => {
    expect(estimate(speaker, 'EE', { amount: 100, currency: 'EUR' }, '2025-06-30').vat?.ratePercent).toBe(22);
    expect(estimate(speaker, 'EE', { amount: 100, currency: 'EUR' }, '2025-07-01').vat?.ratePercent).toBe(24);
  });

  it('uses the per-destination national code first (F26)', () => {
    const us = estimate(dress, 'US', { amount: 50, currency: 'USD' });
    expect(us).toMatchObject({ hsCode: '6104420010', hsCodeSource: 'national', duty: { ratePercent: 14.9, amount: { amount: 7.45, currency: 'USD' } } });
    expect(us.explanation[0]).toEqual({ code: 'tax_hs_national_used', params: { code: '6104420010', destination: 'US' } });
    expect(hsCodeFor(dress, 'DE')).toEqual({ code: '610442', source: 'hs6' });
  });

  it('US: no VAT line', () => {
    const us = estimate(dress, 'US', { amount: 50, currency: 'USD' });
    expect(us.vat).toBeUndefined();
    expect(codes(us.explanation)).toContain('tax_no_import_vat');
  });

  it('GB: 20 % VAT; low-value goods pay VAT at sale', () => {
    const gb = estimate(dress, 'GB', { amount: 100, currency: 'GBP' });
    expect(gb.duty?.amount.amount).toBe(12);
    expect(gb.vat).toMatchObject({ ratePercent: 20, amount: { amount: 22.4, currency: 'GBP' } });
    expect(codes(gb.explanation)).toContain('tax_gb_low_value_vat_at_sale');
    expect(codes(estimate(dress, 'GB', { amount: 200, currency: 'GBP' }).explanation)).not.toContain('tax_gb_low_value_vat_at_sale');
  });

  it('Northern Ireland: UK VAT', () => {
    expect(estimate(speaker, 'XI', { amount: 100, currency: 'GBP' }).vat).toMatchObject({ ratePercent: 20 });
  });

  it('no duty rate known: says so, VAT on the value alone', () => {
    const tax = estimate(sku({ sku: 'X', hsCode: '950300' }), 'DE', { amount: 100, currency: 'EUR' });
    expect(tax.duty).toBeUndefined();
    expect(tax.explanation[0]).toEqual({ code: 'tax_duty_rate_unknown', params: { hsCode: '950300', destination: 'DE' } });
    expect(tax.vat?.amount.amount).toBe(19);
  });

  it('no HS code: no duty, VAT still estimated', () => {
    const tax = estimate(sku({ sku: 'X' }), 'DE', { amount: 10, currency: 'EUR' });
    expect(tax.hsCode).toBeUndefined();
    expect(codes(tax.explanation)).toEqual(['tax_hs_missing', 'tax_vat_on_import', 'tax_ioss_eligible']);
  });

  it('rounds to cents, and yen to whole yen', () => {
    const de = estimate(speaker, 'DE', { amount: 33.33, currency: 'EUR' });
    expect(de.duty?.amount.amount).toBe(1); // 33.33 × 3 % = 0.9999
    expect(de.vat?.amount.amount).toBe(6.52); // (33.33 + 1.00) × 19 % = 6.5227
    const jp = estimate(dress, 'JP', { amount: 4999, currency: 'JPY' });
    expect(jp.duty?.amount).toEqual({ amount: 455, currency: 'JPY' }); // 454.909
    expect(codes(jp.explanation)).toContain('tax_vat_not_covered');
  });
});
