/**
 * The retrospective's messages (F16–F21, lib/messaging/retro-protocol.ts). Every view is built from
 * the day aggregates of its window (one read of at most a few hundred bucket records), never from a
 * scan of all cases; only the drill-down and the cases export read case records, bounded by the
 * window (or the SKU index).
 */
import { purchasePlan, type SoldLine } from '../domain/purchase-plan';
import { DEFAULT_PURCHASING_SETTINGS } from '../domain/purchasing-settings';
import type { RetroDay } from '../domain/retro/aggregate';
import { drilldown, skusInFilter } from '../domain/retro/drilldown';
import { exportCsv, exportFileName, type ExportInput } from '../domain/retro/export';
import type { RetroAlerts, RetroQuery } from '../domain/retro/model';
import {
  actionsView,
  addDays,
  alerts,
  costView,
  customerView,
  neededRange,
  productView,
  resolvePeriod,
  scan,
  scanAll,
  serviceView,
  summary,
  type RetroContext,
} from '../domain/retro/query';
import type { RetroSnapshot } from '../db/store';
import type { Handlers } from '../messaging/server';
import type { BackgroundDeps } from './handlers';

/** At most this many purchase suggestions are listed as due. */
const MAX_DUE = 20;

/** Today as the aggregates count days: the UTC calendar date. */
const utcToday = (now: Date) => now.toISOString().slice(0, 10);

/**
 * SKUs with counted stock whose suggestion says to order now: stock (with inbound) lasts no longer
 * than the goods take to arrive (first-leg lead days). Sales come from the aggregates, one line per
 * SKU and day.
 */
function purchaseSuggestionsDue(snapshot: RetroSnapshot, today: string): RetroAlerts['purchaseSuggestionsDue'] {
  const counted = snapshot.skus.filter((s) => s.stockOnHand !== undefined);
  if (counted.length === 0) return [];
  const wanted = new Set(counted.map((s) => s.sku));
  const perDay = new Map<string, number>();
  for (const day of snapshot.days) {
    if (day.day >= today) continue;
    for (const sku in day.s) {
      if (!wanted.has(sku)) continue;
      const key = `${sku}\u0000${day.day}`;
      let units = 0;
      for (const country in day.s[sku]) units += day.s[sku]![country]![0] as number;
      perDay.set(key, (perDay.get(key) ?? 0) + units);
    }
  }
  const orders: SoldLine[] = [];
  for (const [key, quantity] of perDay) {
    const [sku, orderedAt] = key.split('\u0000') as [string, string];
    if (quantity > 0) orders.push({ sku, quantity, orderedAt });
  }
  const plan = purchasePlan({ skus: counted, orders, suppliers: snapshot.suppliers, purchaseOrders: snapshot.purchaseOrders }, { today, settings: snapshot.settings.purchasing });
  return plan
    .filter((row) => row.quantity > 0 && row.daysOfCover !== null && row.daysOfCover <= row.firstLegLeadDays)
    .slice(0, MAX_DUE)
    .map((row) => ({
      sku: row.sku,
      ...(row.title && { title: row.title }),
      quantity: row.quantity,
      formula: row.formula,
      link: `#purchasing?sku=${encodeURIComponent(row.sku)}`,
    }));
}

export function retroHandlers(deps: BackgroundDeps) {
  /** The buckets and catalogue a query needs, and the context the views are built with. */
  async function load(query: RetroQuery, extra: { purchases?: boolean } = {}) {
    const store = await deps.store();
    const now = deps.now();
    const today = query.today ?? utcToday(now);
    const range = neededRange(query, today);
    // Purchase suggestions measure sales over the velocity window (default 30 days before today):
    // one read covers it, a second only when the seller set a longer window.
    const defaultVelocityFrom = addDays(today, -(DEFAULT_PURCHASING_SETTINGS.velocityWindowDays + 1));
    const readFrom = extra.purchases && defaultVelocityFrom < range.from ? defaultVelocityFrom : range.from;
    let snapshot = await store.readRetroSnapshot(readFrom, range.to);
    const velocityFrom = addDays(today, -(snapshot.settings.purchasing.velocityWindowDays + 1));
    if (extra.purchases && velocityFrom < readFrom) snapshot = await store.readRetroSnapshot(velocityFrom, range.to);
    const ctx: RetroContext = {
      today,
      now: now.getTime(),
      skus: new Map(snapshot.skus.map((s) => [s.sku, s])),
      categories: snapshot.categories,
      suppliers: snapshot.suppliers,
      purchaseOrders: snapshot.purchaseOrders,
      certificates: snapshot.certificates,
      expiringWithinDays: snapshot.settings.expiringWithinDays,
      rebuiltAt: snapshot.rebuiltAt,
    };
    if (extra.purchases) {
      ctx.purchaseSuggestionsDue = purchaseSuggestionsDue({ ...snapshot, days: snapshot.days.filter((d) => d.day >= velocityFrom) }, today);
    }
    return { store, snapshot, ctx, today, days: snapshot.days as readonly RetroDay[] };
  }

  const main = (query: RetroQuery, days: readonly RetroDay[], ctx: RetroContext, today: string) => scan(days, resolvePeriod(query.period, today), query.filters, ctx);

  const handlers = {
    async retroSummary(query) {
      const { snapshot, ctx, days } = await load(query, { purchases: true });
      return summary(scanAll(days, query, ctx, { countries: false }), ctx, { empty: snapshot.empty, ...(query.returnRateThreshold !== undefined && { threshold: query.returnRateThreshold }) });
    },

    async retroProducts({ query, offset, limit }) {
      const { ctx, days, today } = await load(query);
      return productView(main(query, days, ctx, today), ctx, { offset, limit });
    },

    async retroCustomers({ query, offset, limit }) {
      const { ctx, days, today } = await load(query);
      return customerView(main(query, days, ctx, today), { offset, limit });
    },

    async retroService(query) {
      const { ctx, days, today } = await load(query);
      return serviceView(main(query, days, ctx, today), ctx);
    },

    async retroCosts(query) {
      const { ctx, days, today } = await load(query);
      return costView(main(query, days, ctx, today), ctx);
    },

    async retroActions(query) {
      const { ctx, days } = await load(query);
      const all = scanAll(days, query, ctx);
      return actionsView(all.week, all.month, ctx, query.returnRateThreshold);
    },

    async retroAlerts(query) {
      const { ctx, days } = await load(query, { purchases: true });
      return alerts(scanAll(days, query, ctx).month, ctx, query.returnRateThreshold);
    },

    async retroDrilldown(request) {
      const store = await deps.store();
      const now = deps.now();
      const today = request.query.today ?? utcToday(now);
      const period = resolvePeriod(request.query.period, today);
      const snapshot = await store.readRetroSnapshot(today, today);
      const cases = await store.listRetroCases({ from: period.from, ...(request.target.sku !== undefined && { sku: request.target.sku }) });
      return drilldown(cases, request, period, { now: now.getTime(), skusInFilter: skusInFilter(request.query.filters, snapshot.skus, snapshot.categories) });
    },

    async retroExport({ query, view }) {
      const { ctx, days, today } = await load(query);
      const period = resolvePeriod(query.period, today);
      let input: ExportInput;
      if (view === 'cases') {
        const all = await handlers.retroDrilldown({ query, target: { kind: 'cases' }, offset: 0, limit: Number.MAX_SAFE_INTEGER });
        input = { view, data: all };
      } else {
        const s = main(query, days, ctx, today);
        const everything = { offset: 0, limit: Number.MAX_SAFE_INTEGER };
        if (view === 'product' || view === 'category') input = { view, data: productView(s, ctx, everything) };
        else if (view === 'customer') input = { view, data: customerView(s, everything) };
        else if (view === 'service') input = { view, data: serviceView(s, ctx) };
        else if (view === 'cost') input = { view, data: costView(s, ctx) };
        else {
          const all = scanAll(days, query, ctx);
          input = { view, data: actionsView(all.week, all.month, ctx, query.returnRateThreshold) };
        }
      }
      const { csv, rows } = exportCsv(input);
      return { fileName: exportFileName(view, period.from, period.to), csv, rows };
    },

    async retroRebuild() {
      const result = await (await deps.store()).rebuildRetroAggregates();
      return { cases: result.cases, orders: result.orders, buckets: result.buckets, agreed: result.differences.length === 0, differences: result.differences.slice(0, 20), rebuiltAt: result.rebuiltAt };
    },
  } satisfies Partial<Handlers>;
  return handlers;
}
