// The date-times and amounts Shopify admin prints, read by the shared parsers (lib/marketplaces/parse.ts).
import { describe, expect, it } from 'vitest';
import { parseMoney, parseRelativeDateTime } from '../../../../lib/marketplaces/parse';

// Sunday 22 November 2026, 12:00 local time.
const NOW = new Date(2026, 10, 22, 12, 0);

describe('parseRelativeDateTime', () => {
  it.each([
    ['Today at 9:41 am', '2026-11-22', '09:41'],
    ['Today at 12:30 pm', '2026-11-22', '12:30'],
    ['Yesterday at 4:05 pm', '2026-11-21', '16:05'],
    ['Wednesday at 3:45 pm', '2026-11-18', '15:45'],
    ['Sunday at 8:00 am', '2026-11-15', '08:00'], // the last Sunday before today, not today
    ['Nov 3 at 2:15 pm', '2026-11-03', '14:15'],
    ['Nov 3 at 2:15pm', '2026-11-03', '14:15'],
    ['Jul 20 at 4:34pm', '2026-07-20', '16:34'],
    ['Dec 25 at 1:00 am', '2025-12-25', '01:00'], // year-less and still ahead this year: last year's
    ['Nov 3, 2026 at 2:15 pm', '2026-11-03', '14:15'],
    ['November 2, 2026 at 12:05 am', '2026-11-02', '00:05'],
    ['3 Nov at 14:15', '2026-11-03', '14:15'],
    ['今天 14:15', '2026-11-22', '14:15'],
    ['昨天 09:41', '2026-11-21', '09:41'],
    ['星期三 下午3:45', '2026-11-18', '15:45'],
    ['周三 15:45', '2026-11-18', '15:45'],
    ['11月3日 14:15', '2026-11-03', '14:15'],
    ['2026年11月3日 14:15', '2026-11-03', '14:15'],
    ['2026年11月3日下午2:15', '2026-11-03', '14:15'],
    ['２０２６年１１月３日 １４：１５', '2026-11-03', '14:15'],
  ] as const)('%s → %s %s', (text, date, time) => {
    expect(parseRelativeDateTime(text, NOW)).toEqual({ date, time });
  });

  it('reads dates without a time', () => {
    expect(parseRelativeDateTime('Nov 3, 2026', NOW)).toEqual({ date: '2026-11-03' });
    expect(parseRelativeDateTime('Today', NOW)).toEqual({ date: '2026-11-22' });
    expect(parseRelativeDateTime('2026年11月12日', NOW)).toEqual({ date: '2026-11-12' });
    expect(parseRelativeDateTime('Nov 12', NOW)).toEqual({ date: '2026-11-12' });
  });

  it('rejects what is not (only) a date-time', () => {
    for (const text of ['Jane Doe', '#1001', '$39.99', '14:15', 'Nov 3, 2026 from Online Store', 'Today at 25:00', 'Feb 30 at 1:00 pm', '中午12:30', '']) {
      expect(parseRelativeDateTime(text, NOW), text).toBeNull();
    }
  });
});

describe('parseMoney on Shopify amounts', () => {
  it.each([
    ['€1.234,56 EUR', undefined, 1234.56, 'EUR'],
    ['$1,234.56', undefined, 1234.56, 'USD'],
    ['$1,234.56', 'CAD', 1234.56, 'CAD'],
    ['¥1,234', 'CNY', 1234, 'CNY'],
    ['¥1,234', undefined, 1234, 'JPY'],
    ['CHF 12.00', undefined, 12, 'CHF'],
    ['€39,99', undefined, 39.99, 'EUR'],
    ['US$39.99', undefined, 39.99, 'USD'],
  ] as const)('%s (shop currency %s) → %d %s', (text, currency, amount, code) => {
    expect(parseMoney(text, currency ? { currency } : {})).toEqual({ amount, currency: code });
  });
});
