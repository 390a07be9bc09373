import { describe, expect, it } from 'vitest';
import { vatRateOn } from '../../../lib/domain/vat';
import { DEFAULT_VAT_RATES, DEFAULT_VAT_RATES_ATTRIBUTION } from '../../../lib/domain/defaults';
import { VatRate } from '../../../lib/domain/schemas';
import vatFile from '../../../lib/domain/defaults/vat-rates.json';

const standardOn = (country: string, date: string) => vatRateOn(DEFAULT_VAT_RATES, country, date)?.standard;

describe('VAT rates with history', () => {
  it('every shipped rate passes the schema and the file keeps its licence', () => {
    for (const rate of DEFAULT_VAT_RATES) expect(() => VatRate.parse(rate)).not.toThrow();
    expect(vatFile.licence).toBe('MIT');
    expect(DEFAULT_VAT_RATES_ATTRIBUTION).toMatch(/Danny van Kooten/);
    const countries = new Set(DEFAULT_VAT_RATES.map((r) => r.country));
    expect(countries.size).toBe(28); // EU 27 + GB
    expect(countries.has('GB')).toBe(true);
  });

  it('picks the rate in force on the day, not the newest', () => {
    expect(standardOn('EE', '2025-06-30')).toBe(22);
    expect(standardOn('EE', '2025-07-01')).toBe(24);
    expect(standardOn('FI', '2024-08-31')).toBe(24);
    expect(standardOn('FI', '2024-09-01')).toBe(25.5);
    expect(standardOn('SK', '2024-12-31')).toBe(20);
    expect(standardOn('SK', '2025-01-01')).toBe(23);
    expect(standardOn('RO', '2025-07-31')).toBe(19);
    expect(standardOn('RO', '2025-08-01')).toBe(21);
    expect(standardOn('DE', '2020-12-31')).toBe(16); // temporary COVID cut
    expect(standardOn('DE', '2021-01-01')).toBe(19);
    expect(standardOn('IE', '2020-10-15')).toBe(21);
    expect(standardOn('GB', '2026-03-01')).toBe(20);
    expect(standardOn('LU', '2023-06-01')).toBe(16);
    expect(standardOn('LU', '2024-06-01')).toBe(17);
  });

  it('returns the whole period record, with its start date and source', () => {
    const ee = vatRateOn(DEFAULT_VAT_RATES, 'EE', '2026-01-01');
    expect(ee).toMatchObject({ country: 'EE', standard: 24, effectiveFrom: '2025-07-01' });
    expect(ee?.source).toMatch(/ibericode/);
  });

  it('has nothing before the first period or for unknown countries', () => {
    const rates = [VatRate.parse({ country: 'XX', standard: 10, effectiveFrom: '2020-01-01', source: 't' })];
    expect(vatRateOn(rates, 'XX', '2019-12-31')).toBeUndefined();
    expect(vatRateOn(rates, 'XX', '2020-01-01')?.standard).toBe(10);
    expect(vatRateOn(DEFAULT_VAT_RATES, 'US', '2026-01-01')).toBeUndefined();
  });

  it('does not depend on the order of the list', () => {
    const shuffled = [...DEFAULT_VAT_RATES].reverse();
    expect(vatRateOn(shuffled, 'EE', '2025-03-01')?.standard).toBe(22);
    expect(vatRateOn(shuffled, 'EE', '2025-03-01')?.effectiveFrom).toBe('2025-01-01');
  });
});
