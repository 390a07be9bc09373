// The money and date formats eBay prints (reference/ebay: orders report, Seller Hub), read by the
// shared parsers (lib/marketplaces/parse.ts). Kept beside the eBay adapter so the shared test file
// stays the other adapters' too.
import { describe, expect, it } from 'vitest';
import { parseDate, parseDateTime, parseMoney, parseMonthDay } from '../../../../lib/marketplaces/parse';

describe('eBay money', () => {
  it.each([
    ['EUR 90,00', 90, 'EUR'],
    ['AU $3,000.00', 3000, 'AUD'],
    ['C $12.50', 12.5, 'CAD'],
    ['US $1,234.56', 1234.56, 'USD'],
    ['£12.99', 12.99, 'GBP'],
    ['1.234,56 €', 1234.56, 'EUR'],
    ['$39.99 Buy It Now', 39.99, 'USD'],
    ['AU$49.95', 49.95, 'AUD'],
  ])('%s → %d %s', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });

  it('a site hint does not override an explicit "US $"', () => {
    expect(parseMoney('US $12.50', { currency: 'AUD' })).toEqual({ amount: 12.5, currency: 'USD' });
    expect(parseMoney('$12.50', { currency: 'AUD' })).toEqual({ amount: 12.5, currency: 'AUD' });
  });
});

describe('eBay dates', () => {
  it.each([
    ['Sep-30-26', 'MDY', '2026-09-30'],
    ['Sep-30-26 23:45:00', 'MDY', '2026-09-30'],
    ['Oct-05-2026', 'MDY', '2026-10-05'],
    ['26-May-26', 'DMY', '2026-05-26'],
    ['30. Sep. 2026', 'DMY', '2026-09-30'],
    ['30 Sep 2026', 'DMY', '2026-09-30'],
    ['Sep 30, 2026', 'MDY', '2026-09-30'],
    ['2. Okt. 2026', 'DMY', '2026-10-02'],
  ] as const)('%s (%s) → %s', (text, order, iso) => {
    expect(parseDate(text, order)).toBe(iso);
  });

  it('still rejects what is not a date', () => {
    expect(parseDate('Sep-31-26')).toBeNull();
    expect(parseDate('HW-DRESS-COT-M')).toBeNull();
    expect(parseDate('12-04711-38261')).toBeNull();
  });

  it('reads a year-less date ("Ship by Nov 24") as month and day', () => {
    expect(parseMonthDay('Nov 24')).toEqual({ month: 11, day: 24 });
    expect(parseMonthDay('Tue, Oct 6')).toEqual({ month: 10, day: 6 });
    expect(parseMonthDay('24. Nov.')).toEqual({ month: 11, day: 24 });
    expect(parseMonthDay('9 okt')).toEqual({ month: 10, day: 9 });
    expect(parseMonthDay('3 days ago')).toBeNull();
    expect(parseMonthDay('Size: M')).toBeNull();
  });

  it('keeps the time when the page names its zone, else only the date', () => {
    expect(parseDateTime('Sep 30, 2026 10:42 AM PDT', 'MDY')).toBe('2026-09-30T10:42:00-07:00');
    expect(parseDateTime('Nov 20, 2026 12:05 AM PST', 'MDY')).toBe('2026-11-20T00:05:00-08:00');
    expect(parseDateTime('Nov 20, 2026 12:05 PM PST', 'MDY')).toBe('2026-11-20T12:05:00-08:00');
    expect(parseDateTime('30. Sep. 2026 19:42 MESZ')).toBe('2026-09-30T19:42:00+02:00');
    expect(parseDateTime('30 Sep 2026 at 14:05 BST')).toBe('2026-09-30T14:05:00+01:00');
    expect(parseDateTime('30.09.2026 19:42')).toBe('2026-09-30');
    expect(parseDateTime('Sep 30, 2026')).toBe('2026-09-30');
    expect(parseDateTime('10:42 AM PDT')).toBeNull();
  });
});
