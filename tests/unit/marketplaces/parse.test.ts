import { describe, expect, it } from 'vitest';
import { parseAmount, parseDate, parseMoney } from '../../../lib/marketplaces/parse';
import { countryFromName } from '../../../lib/marketplaces/countries';

describe('parseMoney', () => {
  it.each([
    ['$12.99', 12.99, 'USD'],
    ['€ 12,99', 12.99, 'EUR'],
    ['12,99 €', 12.99, 'EUR'],
    ['£1,299.00', 1299, 'GBP'],
    ['￥6,909', 6909, 'JPY'],
    ['JP¥1,980', 1980, 'JPY'],
    ['CA$1,299.50', 1299.5, 'CAD'],
    ['A$49.95', 49.95, 'AUD'],
    ['R$ 1.299,90', 1299.9, 'BRL'],
    ['MX$899.00', 899, 'MXN'],
    ['129,99 zł', 129.99, 'PLN'],
    ['299,00 kr', 299, 'SEK'],
    ['₹1,49,999.00', 149999, 'INR'],
    ['TRY 199,90', 199.9, 'TRY'],
    ['AED 45.00', 45, 'AED'],
    ['SAR 1,250.00', 1250, 'SAR'],
    ['1.234.567,89 €', 1234567.89, 'EUR'],
    ['-$5.00', -5, 'USD'],
  ])('%s → %d %s', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });

  it('uses the marketplace currency for shared symbols and bare numbers', () => {
    expect(parseMoney('$19.99', { currency: 'CAD' })).toEqual({ amount: 19.99, currency: 'CAD' });
    expect(parseMoney('¥128.00', { currency: 'CNY' })).toEqual({ amount: 128, currency: 'CNY' });
    expect(parseMoney('£5', { currency: 'EUR' })).toEqual({ amount: 5, currency: 'GBP' });
    expect(parseMoney('42,50', { currency: 'EUR' })).toEqual({ amount: 42.5, currency: 'EUR' });
    expect(parseMoney('42,50')).toBeNull();
    expect(parseMoney('n/a', { currency: 'EUR' })).toBeNull();
  });

  it('reads a lone separator before three digits as thousands', () => {
    expect(parseAmount('1,299')).toBe(1299);
    expect(parseAmount('1.299')).toBe(1299);
    expect(parseAmount('12,5')).toBe(12.5);
  });
});

describe('parseDate', () => {
  it.each([
    ['Nov 3, 2026', 'MDY', '2026-11-03'],
    ['Tue, Nov 3, 2026, 10:42 AM PST', 'MDY', '2026-11-03'],
    ['November 3, 2026', 'MDY', '2026-11-03'],
    ['3. Nov. 2026', 'DMY', '2026-11-03'],
    ['12. November 2026', 'DMY', '2026-11-12'],
    ['3 nov. 2026', 'DMY', '2026-11-03'],
    ['3 de noviembre de 2026', 'DMY', '2026-11-03'],
    ['3 déc. 2026', 'DMY', '2026-12-03'],
    ['3 marzo 2026', 'DMY', '2026-03-03'],
    ['2026年11月3日', 'DMY', '2026-11-03'],
    ['2021年5月19日(水) 23:45 JST', 'DMY', '2021-05-19'],
    ['2026/11/03', 'YMD', '2026-11-03'],
    ['2026-11-03T10:00:00Z', 'DMY', '2026-11-03'],
    ['03/11/2026', 'DMY', '2026-11-03'],
    ['03/11/2026', 'MDY', '2026-03-11'],
    ['25/11/2026', 'MDY', '2026-11-25'],
    ['11/25/2026', 'DMY', '2026-11-25'],
    ['03.11.2026', 'DMY', '2026-11-03'],
  ] as const)('%s (%s) → %s', (text, order, iso) => {
    expect(parseDate(text, order)).toBe(iso);
  });

  it('rejects what is not a date', () => {
    expect(parseDate('3 days ago')).toBeNull();
    expect(parseDate('31/04/2026')).toBeNull();
    expect(parseDate('Nov 31, 2026')).toBeNull();
    expect(parseDate('Order 2026')).toBeNull();
  });
});

describe('countryFromName', () => {
  it.each([
    ['Germany', 'DE'], ['Deutschland', 'DE'], ['ドイツ', 'DE'], ['德国', 'DE'], ['United Kingdom', 'GB'],
    ['Royaume-Uni', 'GB'], ['Estados Unidos', 'US'], ['日本', 'JP'], ['DE', 'DE'], ['U.S.A.', 'US'],
  ])('%s → %s', (name, code) => expect(countryFromName(name)).toBe(code));
  it('returns null for street lines', () => expect(countryFromName('10115 Berlin')).toBeNull());
});
