import { describe, expect, it } from 'vitest';
import { rebuildAggregates } from '../../../../lib/domain/retro/aggregate';
import { RetroFilters, RetroQuery } from '../../../../lib/domain/retro/model';
import {
  costView,
  customerView,
  handlingStats,
  productView,
  rate,
  reasonCounts,
  resolvePeriod,
  scan,
  serviceView,
  type RetroContext,
} from '../../../../lib/domain/retro/query';
import { CaseRecord, Sku } from '../../../../lib/domain/schemas';
import type { OrderLine } from '../../../../lib/import/orders';

const ctx = (skus: Sku[] = []): RetroContext => ({ today: '2026-11-21', now: Date.parse('2026-11-21T12:00:00Z'), skus: new Map(skus.map((s) => [s.sku, s])), categories: [] });
const all = RetroFilters.parse({});

const line = (id: string, day: string, quantity = 1, extra: Partial<OrderLine> = {}): OrderLine => ({
  id,
  marketplace: 'amazon',
  orderId: id,
  sku: 'S1',
  quantity,
  orderedAt: day,
  country: 'US',
  currency: 'USD',
  itemPrice: { amount: 10 * quantity, currency: 'USD' },
  source: 'import',
  ...extra,
});
const ret = (id: string, at: string, extra: Partial<CaseRecord> = {}) =>
  CaseRecord.parse({
    id,
    marketplace: 'amazon',
    kind: 'return',
    orderId: id,
    sku: 'S1',
    country: 'US',
    reason: 'size_fit',
    timeline: [{ status: 'requested', at }],
    source: 'import',
    createdAt: at,
    updatedAt: at,
    ...extra,
  });

describe('periods', () => {
  it('"last 7 days" ends today, included, and the previous window is the 7 days before', () => {
    expect(resolvePeriod({ kind: 'last', days: 7 }, '2026-11-21')).toEqual({ from: '2026-11-15', to: '2026-11-21', days: 7, previous: { from: '2026-11-08', to: '2026-11-14' } });
    expect(resolvePeriod({ kind: 'last', days: 30 }, '2026-03-01')).toMatchObject({ from: '2026-01-31', to: '2026-03-01', days: 30 });
    expect(resolvePeriod({ kind: 'custom', from: '2026-02-27', to: '2026-03-02' }, '2026-11-21')).toEqual({ from: '2026-02-27', to: '2026-03-02', days: 4, previous: { from: '2026-02-23', to: '2026-02-26' } });
  });

  it('refuses a custom window that ends before it starts, naming the field', () => {
    const parsed = RetroQuery.safeParse({ period: { kind: 'custom', from: '2026-11-02', to: '2026-11-01' } });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(['period', 'from']);
  });

  it('counts the first and last day of the window and nothing outside it', () => {
    const days = rebuildAggregates(
      [ret('r-before', '2026-11-14T23:59:59Z'), ret('r-first', '2026-11-15T00:00:00Z'), ret('r-last', '2026-11-21T23:59:59Z'), ret('r-after', '2026-11-22T00:00:00Z')],
      [line('l-before', '2026-11-14', 3), line('l-first', '2026-11-15', 2), line('l-last', '2026-11-21T23:00:00Z', 5), line('l-after', '2026-11-22')],
    );
    const s = scan(days, resolvePeriod({ kind: 'last', days: 7 }, '2026-11-21'), all, ctx());
    const view = productView(s, ctx());
    expect(view.totals).toMatchObject({ unitsSold: 7, returns: 2 });
    expect(view.totals.previousReturnRate).toEqual({ numerator: 1, denominator: 3, rate: 1 / 3 });
    expect(view.trend.units).toEqual([2, 0, 0, 0, 0, 0, 5]);
    expect(view.trend.returns).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });
});

describe('rates and reasons', () => {
  it('has no rate without sales, rather than 0 % or infinity', () => {
    expect(rate(3, 0)).toEqual({ numerator: 3, denominator: 0, rate: null });
    const days = rebuildAggregates([ret('r1', '2026-11-20T10:00:00Z')], []);
    const view = productView(scan(days, resolvePeriod({ kind: 'last', days: 7 }, '2026-11-21'), all, ctx()), ctx());
    expect(view.skus[0]).toMatchObject({ sku: 'S1', returns: 1, unitsSold: 0, smallSample: true });
    expect(view.skus[0]!.returnRate.rate).toBeNull();
  });

  it('puts rated SKUs first, small samples after, SKUs without sales last', () => {
    const lines = [
      ...Array.from({ length: 40 }, (_, i) => line(`a${i}`, '2026-11-20', 1, { sku: 'BIG' })),
      ...Array.from({ length: 5 }, (_, i) => line(`b${i}`, '2026-11-20', 1, { sku: 'SMALL' })),
    ];
    const cases = [ret('r1', '2026-11-20T01:00:00Z', { sku: 'BIG' }), ret('r2', '2026-11-20T01:00:00Z', { sku: 'SMALL' }), ret('r3', '2026-11-20T01:00:00Z', { sku: 'NOSALES' })];
    const view = productView(scan(rebuildAggregates(cases, lines), resolvePeriod({ kind: 'last', days: 7 }, '2026-11-21'), all, ctx()), ctx());
    expect(view.skus.map((r) => r.sku)).toEqual(['BIG', 'SMALL', 'NOSALES']);
  });

  it('sorts reasons by count with the running share (Pareto)', () => {
    expect(reasonCounts(new Map([['damaged', 1], ['size_fit', 3]]))).toEqual([
      { reason: 'size_fit', count: 3, share: 0.75, cumulativeShare: 0.75 },
      { reason: 'damaged', count: 1, share: 0.25, cumulativeShare: 1 },
    ]);
  });

  it('filters by marketplace and country; cases without a country are "ZZ"', () => {
    const days = rebuildAggregates(
      [ret('r1', '2026-11-20T01:00:00Z', { country: 'DE' }), ret('r2', '2026-11-20T01:00:00Z', { marketplace: 'ebay' }), CaseRecord.parse({ ...ret('r3', '2026-11-20T01:00:00Z'), country: undefined })],
      [],
    );
    const period = resolvePeriod({ kind: 'last', days: 7 }, '2026-11-21');
    expect(productView(scan(days, period, RetroFilters.parse({ countries: ['DE'] }), ctx()), ctx()).totals.returns).toBe(1);
    expect(productView(scan(days, period, RetroFilters.parse({ marketplaces: ['ebay'] }), ctx()), ctx()).totals.returns).toBe(1);
    expect(customerView(scan(days, period, all, ctx())).countries.map((c) => [c.country, c.region]).sort()).toEqual([['DE', 'europe'], ['US', 'north-america'], ['ZZ', 'unknown']]);
  });

  it('finds the reason that stands out in one region', () => {
    const cases = [
      ...Array.from({ length: 12 }, (_, i) => ret(`us${i}`, '2026-11-20T01:00:00Z', { reason: i < 9 ? 'size_fit' : 'damaged' })),
      ...Array.from({ length: 12 }, (_, i) => ret(`de${i}`, '2026-11-20T01:00:00Z', { country: 'DE', reason: i < 2 ? 'size_fit' : 'damaged' })),
    ];
    const view = customerView(scan(rebuildAggregates(cases, []), resolvePeriod({ kind: 'last', days: 7 }, '2026-11-21'), all, ctx()));
    expect(view.contrasts[0]).toMatchObject({ region: 'north-america', reason: 'size_fit', count: 9 });
  });
});

describe('service and cost', () => {
  it('median and 90th percentile are nearest-rank, in hours', () => {
    expect(handlingStats([60, 120, 180, 240, 300, 360, 420, 480, 540, 600])).toEqual({ count: 10, medianHours: 5, p90Hours: 9, meanHours: 5.5 });
    expect(handlingStats([])).toEqual({ count: 0, medianHours: null, p90Hours: null, meanHours: null });
  });

  it('judges open replies against the clock when asked', () => {
    const msg = (id: string, dueAt: string) =>
      CaseRecord.parse({ ...ret(id, '2026-11-20T00:00:00Z'), kind: 'message', reason: undefined, message: { intent: 'refund_status', language: 'en', receivedAt: '2026-11-20T00:00:00Z', dueAt } });
    const days = rebuildAggregates([msg('m1', '2026-11-21T00:00:00Z'), msg('m2', '2026-11-22T00:00:00Z')], []);
    const view = serviceView(scan(days, resolvePeriod({ kind: 'last', days: 7 }, '2026-11-21'), all, ctx()), ctx());
    expect(view.replies).toMatchObject({ messages: 2, openOverdue: 1, openInTime: 1 });
    expect(view.replies.breachRate.rate).toBe(0.5);
    expect(view.cases).toBe(0);
  });

  it('uses recorded costs and estimates the rest with the cost model, saying how much', () => {
    const cases = [
      ret('c1', '2026-11-20T01:00:00Z', { orderValue: { amount: 30, currency: 'USD' }, action: 'standard_return', costs: { returnShipping: { amount: 8, currency: 'USD' }, labour: { amount: 1, currency: 'USD' } } }),
      ret('c2', '2026-11-20T01:00:00Z', { orderValue: { amount: 30, currency: 'USD' }, action: 'refund_without_return' }),
      ret('c3', '2026-11-20T01:00:00Z', { orderValue: { amount: 30, currency: 'USD' }, action: 'standard_return' }),
    ];
    const lines = Array.from({ length: 10 }, (_, i) => line(`l${i}`, '2026-11-20'));
    const sku = Sku.parse({ sku: 'S1', cost: { amount: 4, currency: 'USD' } });
    const view = costView(scan(rebuildAggregates(cases, lines), resolvePeriod({ kind: 'last', days: 7 }, '2026-11-21'), all, ctx([sku])), ctx([sku]));
    const usd = view.currencies[0]!;
    // Default model, USD: same-country return shipping 7, handling 2.5; the kept item: the SKU's cost 4.
    expect(usd.returnShipping).toEqual({ amount: 15, estimated: 7, recordedCases: 1, estimatedCases: 1 });
    expect(usd.labour).toEqual({ amount: 3.5, estimated: 2.5, recordedCases: 1, estimatedCases: 1 });
    expect(usd.productWrittenOff).toEqual({ amount: 4, estimated: 4, recordedCases: 0, estimatedCases: 1 });
    expect(usd.total).toBe(22.5);
    expect(usd.perCase).toBe(7.5);
    expect(usd.revenue).toBe(100);
    expect(usd.shareOfRevenue.rate).toBeCloseTo(0.225);
    // 100 revenue − 10 units × 4 cost − 22.5 return cost.
    expect(usd.netProfit).toBe(37.5);
  });

  it('never ranks return costs in different currencies against each other', () => {
    const jpy = { marketplace: 'amazon' as const, country: 'JP', currency: 'JPY' };
    const cases = [
      ret('u1', '2026-11-20T01:00:00Z', { sku: 'US-1', costs: { returnShipping: { amount: 95, currency: 'USD' } }, orderValue: { amount: 300, currency: 'USD' } }),
      ret('u2', '2026-11-20T01:00:00Z', { sku: 'US-2', costs: { returnShipping: { amount: 9, currency: 'USD' } }, orderValue: { amount: 30, currency: 'USD' } }),
      ret('j1', '2026-11-20T01:00:00Z', { sku: 'JP-1', country: 'JP', costs: { returnShipping: { amount: 2500, currency: 'JPY' } }, orderValue: { amount: 9000, currency: 'JPY' } }),
    ];
    const lines = [
      line('a', '2026-11-20', 1, { sku: 'US-1', itemPrice: { amount: 3000, currency: 'USD' } }),
      line('b', '2026-11-20', 1, { sku: 'US-2' }),
      line('c', '2026-11-20', 1, { sku: 'JP-1', ...jpy, itemPrice: { amount: 9000, currency: 'JPY' } }),
    ];
    const view = costView(scan(rebuildAggregates(cases, lines), resolvePeriod({ kind: 'last', days: 7 }, '2026-11-21'), all, ctx()), ctx());
    // Grouped by currency (the one with more returns first), then costliest first within it:
    // 2,500 JPY is not "more" than 95 USD.
    expect(view.topSkus.map((r) => [r.currency, r.sku])).toEqual([
      ['USD', 'US-1'],
      ['USD', 'US-2'],
      ['JPY', 'JP-1'],
    ]);
  });
});
