// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { headerKey } from '../../../lib/import/headers';
import { inferDateOrder, parseQuantity, parseReportDate, parseReportNumber } from '../../../lib/import/values';

describe('parseReportDate', () => {
  it.each([
    ['2026-03-11T09:12:33+00:00', 'DMY', { date: '2026-03-11', instant: '2026-03-11T09:12:33.000Z' }],
    ['2026-03-02T08:00:00-08:00', 'DMY', { date: '2026-03-02', instant: '2026-03-02T16:00:00.000Z' }],
    ['2026-03-11 09:12:33 +0100', 'DMY', { date: '2026-03-11', instant: '2026-03-11T08:12:33.000Z' }],
    ['14-07-2010T18:53:56+00:00', 'MDY', { date: '2010-07-14', instant: '2010-07-14T18:53:56.000Z' }],
    ['11-MAR-2026', 'MDY', { date: '2026-03-11' }],
    ['11-03-2026', 'DMY', { date: '2026-03-11' }],
    ['45231', 'DMY', { date: '2023-11-01' }],
    ['45231.5', 'DMY', { date: '2023-11-01' }],
    ['3/11/2026', 'MDY', { date: '2026-03-11' }],
    ['11/03/2026', 'DMY', { date: '2026-03-11' }],
    ['3/11/26', 'MDY', { date: '2026-03-11' }],
    ['11.03.2026', 'DMY', { date: '2026-03-11' }],
    ['25/03/2026', 'MDY', { date: '2026-03-25' }],
    ['Sep-30-26 23:45:00', 'MDY', { date: '2026-09-30' }],
    ['26-May-26', 'DMY', { date: '2026-05-26' }],
  ] as const)('%s (%s)', (text, order, expected) => {
    expect(parseReportDate(text, order)).toEqual(expected);
  });

  it.each(['', 'soon', '31/02/2026', '12345', '2026-13-01T00:00:00+00:00'])('rejects %j', (text) => {
    expect(parseReportDate(text)).toBeNull();
  });

  it('infers the order from a part above 12', () => {
    expect(inferDateOrder(['03/11/2026', '25/03/2026'])).toBe('DMY');
    expect(inferDateOrder(['3/25/2026'])).toBe('MDY');
    expect(inferDateOrder(['03/11/2026'])).toBeUndefined();
  });
});

describe('parseReportNumber and parseQuantity', () => {
  it.each([
    ['12.99', 12.99], ['1,234.56', 1234.56], ['1.234,56', 1234.56], ['1 234,56', 1234.56], ['1\u00a0234,56', 1234.56],
    ['12,99', 12.99], ['-3,50', -3.5], ['(5.00)', -5], ['€ 12,99', 12.99], ['1980', 1980], ['1.234', 1234],
  ] as const)('%j → %d', (text, value) => {
    expect(parseReportNumber(text)).toBe(value);
  });
  it.each(['', 'cheap', 'n/a', '12 apples and 3 pears'])('%j is not a number', (text) => {
    expect(parseReportNumber(text)).toBeNull();
  });
  it('reads whole quantities only', () => {
    expect(parseQuantity('2')).toBe(2);
    expect(parseQuantity('2.0')).toBe(2);
    expect(parseQuantity('1.000')).toBe(1000);
    expect(parseQuantity('1.5')).toBeNull();
    expect(parseQuantity('two')).toBeNull();
  });
});

describe('headerKey', () => {
  it('makes the published variants of one column equal', () => {
    expect(headerKey('Fulfilment-centre-id')).toBe(headerKey('fulfillment-center-id'));
    expect(headerKey('\uFEFFreturn-date')).toBe('return-date');
    expect(headerKey('item price')).toBe('item-price');
    expect(headerKey('Order ID')).toBe(headerKey('order-id'));
    expect(headerKey('Weight (g)')).toBe('weight-g');
  });
});
