/**
 * Builds the retrospective's view models (model.ts) from the day aggregates (aggregate.ts): one
 * pass over the buckets of the window, filtered by marketplace, country, SKU and category. Pure:
 * the background reads the buckets and the catalogue and calls these.
 */
import type { Category, Certificate, Sku } from '../schemas';
import type { PurchaseOrder, Supplier } from '../suppliers';
import { supplierKpis } from '../suppliers';
import { regionOf } from '../countries';
import { daysBetween } from '../dates';
import { DEFAULT_COST_MODEL, type CostModel } from '../what-if';
import { CC, CV, HOME_CURRENCY, NO_REASON, UNKNOWN_COUNTRY, type RetroDay } from './aggregate';
import {
  DEFAULT_MIN_UNITS_FOR_RATE,
  DEFAULT_RETURN_RATE_THRESHOLD,
  type ActionsView,
  type CategoryRow,
  type CostView,
  type CountryRow,
  type CurrencyCostRow,
  type CustomerView,
  type DailySeries,
  type HandlingStats,
  type ProductView,
  type Rate,
  type ReasonCount,
  type RegionContrast,
  type RegionRow,
  type ReplyStats,
  type ResolvedPeriod,
  type RetroAction,
  type RetroActionKind,
  type RetroAlerts,
  type RetroFilters,
  type RetroPeriod,
  type RetroQuery,
  type RetroRegion,
  type RetroSummary,
  type ServiceView,
  type SkuRow,
} from './model';
import type { ReturnReason } from '../schemas';

// ── Periods ────────────────────────────────────────────────────────────────────────────────

const DAY_MS = 86_400_000;

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The window of a period: "last N days" ends today (included); the previous window has the same length. */
export function resolvePeriod(period: RetroPeriod, today: string): ResolvedPeriod {
  const from = period.kind === 'last' ? addDays(today, -(period.days - 1)) : period.from;
  const to = period.kind === 'last' ? today : period.to;
  const days = daysBetween(from, to) + 1;
  return { from, to, days, previous: { from: addDays(from, -days), to: addDays(from, -1) } };
}

export { bucketRange } from './aggregate';

/** Days of buckets a query needs: its window and the previous one, and the last 30 days for alerts. */
export function neededRange(query: RetroQuery, today: string): { from: string; to: string } {
  const p = resolvePeriod(query.period, today);
  const alertsFrom = addDays(today, -29);
  return { from: p.previous.from < alertsFrom ? p.previous.from : alertsFrom, to: p.to > today ? p.to : today };
}

// ── Context ────────────────────────────────────────────────────────────────────────────────

export interface RetroContext {
  today: string;
  /** Epoch ms: judges open reply deadlines. */
  now: number;
  skus: ReadonlyMap<string, Sku>;
  categories: readonly Category[];
  suppliers?: readonly Supplier[];
  purchaseOrders?: readonly PurchaseOrder[];
  certificates?: readonly Certificate[];
  expiringWithinDays?: number;
  costModel?: CostModel;
  /** SKUs a purchase suggestion says to order now, worked out by the caller (purchasing.ts). */
  purchaseSuggestionsDue?: RetroAlerts['purchaseSuggestionsDue'];
  rebuiltAt?: string | null;
}

// ── One pass over the buckets ──────────────────────────────────────────────────────────────

/** Per group (SKU, country, category…): counts now and in the previous window, reasons, daily series. */
class Group {
  units = 0;
  lines = 0;
  returns = 0;
  exchanges = 0;
  prevUnits = 0;
  prevReturns = 0;
  reasons = new Map<string, number>();
  series: { units: number[]; returns: number[]; exchanges: number[] } | undefined;
  constructor(private readonly days: number) {}
  private ensureSeries() {
    return (this.series ??= { units: new Array<number>(this.days).fill(0), returns: new Array<number>(this.days).fill(0), exchanges: new Array<number>(this.days).fill(0) });
  }
  sale(index: number, units: number, lines: number) {
    if (index < 0) {
      this.prevUnits += units;
      return;
    }
    this.units += units;
    this.lines += lines;
    if (this.days > 0) this.ensureSeries().units[index]! += units;
  }
  kase(index: number, kind: 'return' | 'exchange', reason: string, n: number) {
    if (index < 0) {
      if (kind === 'return') this.prevReturns += n;
      return;
    }
    const series = this.days > 0 ? this.ensureSeries() : undefined;
    if (kind === 'return') {
      this.returns += n;
      if (series) series.returns[index]! += n;
    } else {
      this.exchanges += n;
      if (series) series.exchanges[index]! += n;
    }
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + n);
  }
}

interface CostAcc {
  numbers: number[];
  /** Per SKU: kept-by-buyer cases without product cost and their order value, for the product estimate. */
  keptBySku: Map<string, [number, number]>;
  /** Per SKU total of recorded costs and cases (top SKUs). */
  bySku: Map<string, { recorded: number; cases: number; backNoShip: number; backNoLabour: number }>;
  returns: number;
  exchanges: number;
  /** Hundredths. */
  revenue: number;
  /** Product cost of the units sold (SKU cost in this currency, else the cost model's share of revenue). */
  productCost: number;
}

interface ServiceAcc {
  cases: number;
  open: number;
  byRule: number;
  byHand: number;
  handling: number[];
  replyInTime: number;
  replyLate: number;
  replyUnknown: number;
  replyMinutes: number[];
  dues: number[];
}

const newService = (): ServiceAcc => ({ cases: 0, open: 0, byRule: 0, byHand: 0, handling: [], replyInTime: 0, replyLate: 0, replyUnknown: 0, replyMinutes: [], dues: [] });

export interface Scan {
  period: ResolvedPeriod;
  total: Group;
  bySku: Map<string, Group>;
  byCountry: Map<string, Group>;
  service: ServiceAcc;
  serviceByMarketplace: Map<string, ServiceAcc>;
  costs: Map<string, CostAcc>;
}

/** `categoryId` and the ids of all its sub-categories. */
export function categorySubtree(categoryId: string, categories: readonly Pick<Category, 'id' | 'parentId'>[]): Set<string> {
  const children = new Map<string, string[]>();
  for (const c of categories) {
    if (!c.parentId) continue;
    const list = children.get(c.parentId) ?? [];
    list.push(c.id);
    children.set(c.parentId, list);
  }
  const within = new Set<string>([categoryId]);
  const stack = [categoryId];
  while (stack.length) {
    for (const child of children.get(stack.pop()!) ?? []) {
      if (within.has(child)) continue;
      within.add(child);
      stack.push(child);
    }
  }
  return within;
}

/** The SKUs in `categoryId` and all its sub-categories. */
function categoryMembers(categoryId: string, ctx: RetroContext): Set<string> {
  const within = categorySubtree(categoryId, ctx.categories);
  const skus = new Set<string>();
  for (const sku of ctx.skus.values()) if (sku.categoryId && within.has(sku.categoryId)) skus.add(sku.sku);
  return skus;
}

/**
 * One pass over `buckets` for `period` (and its previous window, for trend arrows). Buckets outside
 * both windows are skipped, so the caller may pass a wider range. `light`: per-SKU counts and
 * reasons only (the week's actions, the month's alerts).
 */
export function scan(
  buckets: readonly RetroDay[],
  period: ResolvedPeriod,
  filters: RetroFilters,
  ctx: RetroContext,
  options: { light?: boolean; countries?: boolean; previous?: boolean } = {},
): Scan {
  const light = options.light ?? false;
  /** Without the previous window (no trend arrows): light scans for actions and alerts. */
  const earliest = options.previous === false ? period.from : period.previous.from;
  /** The per-country groups (customer view); the popup summary does without them. */
  const byCountry = !light && (options.countries ?? true);
  const days = period.days;
  const model = ctx.costModel ?? DEFAULT_COST_MODEL;
  const marketplaces = filters.marketplaces.length ? new Set<string>(filters.marketplaces) : undefined;
  const countries = filters.countries.length ? new Set(filters.countries) : undefined;
  let skus: Set<string> | undefined = filters.skus.length ? new Set(filters.skus) : undefined;
  if (filters.categoryId !== undefined) {
    const members = categoryMembers(filters.categoryId, ctx);
    skus = skus ? new Set([...skus].filter((s) => members.has(s))) : members;
  }
  const out: Scan = {
    period,
    total: new Group(light ? 0 : days),
    bySku: new Map(),
    byCountry: new Map(),
    service: newService(),
    serviceByMarketplace: new Map(),
    costs: new Map(),
  };
  const group = (map: Map<string, Group>, key: string) => {
    let g = map.get(key);
    if (!g) map.set(key, (g = new Group(light ? 0 : days)));
    return g;
  };
  let lastCurrency = '';
  let lastAcc: CostAcc | undefined;
  const costOf = (currency: string) => {
    if (currency === lastCurrency) return lastAcc!;
    let c = out.costs.get(currency);
    if (!c) out.costs.set(currency, (c = { numbers: [], keptBySku: new Map(), bySku: new Map(), returns: 0, exchanges: 0, revenue: 0, productCost: 0 }));
    lastCurrency = currency;
    lastAcc = c;
    return c;
  };
  const productCostShare = model.productCostShare;
  for (const bucket of buckets) {
    if (bucket.day > period.to || bucket.day < earliest) continue;
    if (marketplaces && !marketplaces.has(bucket.marketplace)) continue;
    const current = bucket.day >= period.from;
    // Light scans have no daily series: index 0 marks "in the window".
    const index = !current ? -1 : light ? 0 : daysBetween(period.from, bucket.day);
    for (const sku in bucket.s) {
      if (skus && !skus.has(sku)) continue;
      const cells = bucket.s[sku]!;
      const skuGroup = group(out.bySku, sku);
      const cost = current && !light ? ctx.skus.get(sku)?.cost : undefined;
      let units = 0;
      let lines = 0;
      for (const country in cells) {
        if (countries && !countries.has(country)) continue;
        const cell = cells[country]!;
        const cellUnits = cell[0] as number;
        const cellLines = cell[1] as number;
        units += cellUnits;
        lines += cellLines;
        if (light) continue;
        if (byCountry) group(out.byCountry, country).sale(index, cellUnits, cellLines);
        if (!current) continue;
        // Short cell: one currency, the country's own; general cell: code, lines, hundredths each.
        const short = cell.length === 3;
        for (let i = short ? 0 : 2; i < (short ? 1 : cell.length); i += 3) {
          const currency = short ? HOME_CURRENCY[country]! : (cell[i] as string);
          const curLines = short ? cellLines : (cell[i + 1] as number);
          const hundredths = (short ? cell[2] : cell[i + 2]) as number;
          const acc = costOf(currency);
          acc.revenue += hundredths;
          // Units of a mixed-currency cell are shared out by lines.
          acc.productCost += cost && cost.currency === currency ? (cellLines > 0 ? (cellUnits * curLines) / cellLines : 0) * cost.amount : (productCostShare * hundredths) / 100;
        }
      }
      // One addition per SKU and day, not per country.
      out.total.sale(index, units, lines);
      skuGroup.sale(index, units, lines);
    }
    let mpService: ServiceAcc | undefined;
    for (const sku in bucket.c) {
      if (skus && !skus.has(sku)) continue;
      const byCountry = bucket.c[sku]!;
      let skuGroup: Group | undefined;
      for (const country in byCountry) {
        if (countries && !countries.has(country)) continue;
        const cells = byCountry[country]!;
        let countryGroup: Group | undefined;
        for (const cellKey in cells) {
          const cell = cells[cellKey]!;
          const bar = cellKey.indexOf('|');
          const kind = cellKey.slice(0, bar);
          const n = cell.v[CV.n] ?? 0;
          if (kind === 'return' || kind === 'exchange') {
            const reason = cellKey.slice(bar + 1);
            out.total.kase(index, kind, reason, n);
            (skuGroup ??= group(out.bySku, sku)).kase(index, kind, reason, n);
            if (byCountry) (countryGroup ??= group(out.byCountry, country)).kase(index, kind, reason, n);
          }
          if (index < 0 || light) continue;
          mpService ??= out.serviceByMarketplace.get(bucket.marketplace) ?? out.serviceByMarketplace.set(bucket.marketplace, newService()).get(bucket.marketplace)!;
          for (let a = 0; a < 2; a++) {
            const acc = a === 0 ? out.service : mpService;
            if (kind === 'message') {
              acc.replyInTime += cell.v[CV.replyInTime] ?? 0;
              acc.replyLate += cell.v[CV.replyLate] ?? 0;
              acc.replyUnknown += cell.v[CV.replyUnknown] ?? 0;
              if (cell.r) for (const m of cell.r) acc.replyMinutes.push(m);
              if (cell.d) for (const d of cell.d) acc.dues.push(d);
            } else {
              acc.cases += n;
              acc.open += cell.v[CV.open] ?? 0;
              acc.byRule += cell.v[CV.byRule] ?? 0;
              acc.byHand += cell.v[CV.byHand] ?? 0;
              if (cell.h) for (const m of cell.h) acc.handling.push(m);
            }
          }
          if (cell.c && kind !== 'message') {
            for (const currency in cell.c) {
              const numbers = cell.c[currency]!;
              const acc = costOf(currency);
              for (let i = 0; i < numbers.length; i++) acc.numbers[i] = (acc.numbers[i] ?? 0) + numbers[i]!;
              const cases = numbers[CC.cases] ?? 0;
              if (kind === 'return') acc.returns += cases;
              else acc.exchanges += cases;
              const kept = numbers[CC.keptNoProdN] ?? 0;
              if (kept) {
                const k = acc.keptBySku.get(sku) ?? [0, 0];
                k[0] += kept;
                k[1] += numbers[CC.keptNoProdValue] ?? 0;
                acc.keptBySku.set(sku, k);
              }
              const s = acc.bySku.get(sku) ?? { recorded: 0, cases: 0, backNoShip: 0, backNoLabour: 0 };
              s.recorded += (numbers[CC.shipSum] ?? 0) + (numbers[CC.prodSum] ?? 0) + (numbers[CC.labourSum] ?? 0);
              s.cases += cases;
              s.backNoShip += numbers[CC.backNoShipN] ?? 0;
              s.backNoLabour += numbers[CC.backNoLabourN] ?? 0;
              acc.bySku.set(sku, s);
            }
          }
        }
      }
    }
  }
  return out;
}

// ── Pieces of the views ────────────────────────────────────────────────────────────────────

export function rate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, rate: denominator > 0 ? numerator / denominator : null };
}

export function reasonCounts(reasons: ReadonlyMap<string, number>): ReasonCount[] {
  let total = 0;
  for (const n of reasons.values()) total += n;
  const sorted = [...reasons].filter(([reason, n]) => n > 0 && reason !== NO_REASON).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  let running = 0;
  return sorted.map(([reason, count]) => {
    running += count;
    return { reason: reason as ReturnReason, count, share: total ? count / total : 0, cumulativeShare: total ? running / total : 0 };
  });
}

function seriesOf(g: Group, period: ResolvedPeriod): DailySeries {
  const zeros = () => new Array<number>(period.days).fill(0);
  return { from: period.from, units: g.series?.units ?? zeros(), returns: g.series?.returns ?? zeros(), exchanges: g.series?.exchanges ?? zeros() };
}

function counts(g: Group) {
  return {
    unitsSold: g.units,
    orderLines: g.lines,
    returns: g.returns,
    exchanges: g.exchanges,
    returnRate: rate(g.returns, g.units),
    exchangeRate: rate(g.exchanges, g.units),
    previousReturnRate: rate(g.prevReturns, g.prevUnits),
    smallSample: g.units < DEFAULT_MIN_UNITS_FOR_RATE,
  };
}

/** Worst first: rated rows by return rate, small samples after, rows without sales last by returns. */
function worstFirst<T extends { returnRate: Rate; smallSample: boolean; returns: number; exchanges: number }>(key: (row: T) => string) {
  const tier = (r: T) => (r.returnRate.rate === null ? 2 : r.smallSample ? 1 : 0);
  return (a: T, b: T) =>
    tier(a) - tier(b) ||
    (b.returnRate.rate ?? 0) - (a.returnRate.rate ?? 0) ||
    b.returns - a.returns ||
    b.exchanges - a.exchanges ||
    (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

export const skuLink = (sku: string) => `#catalogue?sku=${encodeURIComponent(sku)}`;

function skuRow(sku: string, g: Group, period: ResolvedPeriod, ctx: RetroContext, categoryNames: Map<string, string>): SkuRow {
  const known = ctx.skus.get(sku);
  const row: SkuRow = {
    sku,
    categoryId: known?.categoryId ?? null,
    ...counts(g),
    reasons: reasonCounts(g.reasons),
    trend: seriesOf(g, period),
    link: skuLink(sku),
  };
  if (known?.title) row.title = known.title;
  const name = known?.categoryId ? categoryNames.get(known.categoryId) : undefined;
  if (name) row.categoryName = name;
  return row;
}

/** SKU groups sorted worst first (SKU-less cases left out). */
function sortedSkus(s: Scan): [string, Group][] {
  const order = worstFirst<{ sku: string; returnRate: Rate; smallSample: boolean; returns: number; exchanges: number }>((r) => r.sku);
  return [...s.bySku]
    .filter(([sku, g]) => sku !== '' && (g.units > 0 || g.returns > 0 || g.exchanges > 0))
    .map(([sku, g]) => ({ sku, g, returnRate: rate(g.returns, g.units), smallSample: g.units < DEFAULT_MIN_UNITS_FOR_RATE, returns: g.returns, exchanges: g.exchanges }))
    .sort(order)
    .map((r) => [r.sku, r.g]);
}

// ── F16 ────────────────────────────────────────────────────────────────────────────────────

export function productView(s: Scan, ctx: RetroContext, page: { offset: number; limit: number } = { offset: 0, limit: 100 }): ProductView {
  const names = new Map(ctx.categories.map((c) => [c.id, c.name]));
  const skus = sortedSkus(s);
  const byId = new Map(ctx.categories.map((c) => [c.id, c]));
  const topOf = (id: string | null | undefined): string | null => {
    let c = id ? byId.get(id) : undefined;
    for (let guard = 0; c?.parentId && guard < 10; guard++) c = byId.get(c.parentId) ?? c;
    return c?.id ?? null;
  };
  const cats = new Map<string | null, { g: Group; skus: number }>();
  for (const [sku, g] of skus) {
    const top = topOf(ctx.skus.get(sku)?.categoryId);
    let c = cats.get(top);
    if (!c) cats.set(top, (c = { g: new Group(s.period.days), skus: 0 }));
    c.skus += 1;
    c.g.units += g.units;
    c.g.lines += g.lines;
    c.g.returns += g.returns;
    c.g.exchanges += g.exchanges;
    c.g.prevUnits += g.prevUnits;
    c.g.prevReturns += g.prevReturns;
    for (const [r, n] of g.reasons) c.g.reasons.set(r, (c.g.reasons.get(r) ?? 0) + n);
  }
  const categories: CategoryRow[] = [...cats].map(([categoryId, { g, skus: skuCount }]) => {
    const row: CategoryRow = { categoryId, skuCount, ...counts(g), reasons: reasonCounts(g.reasons) };
    const name = categoryId ? names.get(categoryId) : undefined;
    if (name) row.name = name;
    return row;
  });
  categories.sort(worstFirst<CategoryRow>((r) => r.categoryId ?? '~'));
  return {
    period: s.period,
    totals: counts(s.total),
    skus: skus.slice(page.offset, page.offset + page.limit).map(([sku, g]) => skuRow(sku, g, s.period, ctx, names)),
    skuCount: skus.length,
    categories,
    reasons: reasonCounts(s.total.reasons),
    trend: seriesOf(s.total, s.period),
  };
}

// ── F17 ────────────────────────────────────────────────────────────────────────────────────

export function retroRegionOf(country: string): RetroRegion {
  if (country === UNKNOWN_COUNTRY) return 'unknown';
  return regionOf(country) ?? 'other';
}

/** A reason stands out in a region with at least this many cases there and elsewhere… */
const CONTRAST_MIN_CASES = 10;
/** …and a share at least this much higher than elsewhere, and at least 1.5 times it. */
const CONTRAST_MIN_GAP = 0.1;

export function customerView(s: Scan, page: { offset: number; limit: number } = { offset: 0, limit: 100 }): CustomerView {
  const order = worstFirst<CountryRow>((r) => r.country);
  const countries: CountryRow[] = [...s.byCountry]
    .filter(([, g]) => g.units > 0 || g.returns > 0 || g.exchanges > 0)
    .map(([country, g]) => ({ country, region: retroRegionOf(country), ...counts(g), reasons: reasonCounts(g.reasons), trend: seriesOf(g, s.period) }))
    .sort(order);
  const regions = new Map<RetroRegion, { g: Group; countries: string[] }>();
  for (const [country, g] of s.byCountry) {
    const region = retroRegionOf(country);
    let r = regions.get(region);
    if (!r) regions.set(region, (r = { g: new Group(s.period.days), countries: [] }));
    r.countries.push(country);
    r.g.units += g.units;
    r.g.lines += g.lines;
    r.g.returns += g.returns;
    r.g.exchanges += g.exchanges;
    r.g.prevUnits += g.prevUnits;
    r.g.prevReturns += g.prevReturns;
    for (const [reason, n] of g.reasons) r.g.reasons.set(reason, (r.g.reasons.get(reason) ?? 0) + n);
  }
  const regionRows: RegionRow[] = [...regions]
    .map(([region, { g, countries: list }]) => ({ region, countries: list.sort(), ...counts(g), reasons: reasonCounts(g.reasons) }))
    .sort(worstFirst<RegionRow>((r) => r.region));
  const contrasts: RegionContrast[] = [];
  const all = s.total.reasons;
  let allCases = 0;
  for (const n of all.values()) allCases += n;
  for (const [region, { g }] of regions) {
    if (region === 'unknown') continue;
    let here = 0;
    for (const n of g.reasons.values()) here += n;
    const elsewhere = allCases - here;
    if (here < CONTRAST_MIN_CASES || elsewhere < CONTRAST_MIN_CASES) continue;
    for (const [reason, count] of g.reasons) {
      if (reason === NO_REASON) continue;
      const share = count / here;
      const elsewhereCount = (all.get(reason) ?? 0) - count;
      const elsewhereShare = elsewhereCount / elsewhere;
      if (share - elsewhereShare >= CONTRAST_MIN_GAP && share >= 1.5 * elsewhereShare) {
        contrasts.push({ region, reason: reason as ReturnReason, count, share, elsewhereCount, elsewhereShare });
      }
    }
  }
  contrasts.sort((a, b) => b.share - b.elsewhereShare - (a.share - a.elsewhereShare));
  return { period: s.period, totals: counts(s.total), countries: countries.slice(page.offset, page.offset + page.limit), regions: regionRows, contrasts: contrasts.slice(0, 10) };
}

// ── F18 ────────────────────────────────────────────────────────────────────────────────────

/** Nearest-rank percentile of an ascending list. */
function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function handlingStats(minutes: number[]): HandlingStats {
  const sorted = minutes.slice().sort((a, b) => a - b);
  const hours = (m: number | null) => (m === null ? null : Math.round((m / 60) * 10) / 10);
  let sum = 0;
  for (const m of sorted) sum += m;
  return {
    count: sorted.length,
    medianHours: hours(percentile(sorted, 0.5)),
    p90Hours: hours(percentile(sorted, 0.9)),
    meanHours: sorted.length ? hours(sum / sorted.length) : null,
  };
}

function replyStats(acc: ServiceAcc, now: number): ReplyStats {
  const nowMinute = Math.floor(now / 60_000);
  let openOverdue = 0;
  for (const d of acc.dues) if (d < nowMinute) openOverdue++;
  const openInTime = acc.dues.length - openOverdue;
  const judged = acc.replyInTime + acc.replyLate + acc.dues.length;
  const sorted = acc.replyMinutes.slice().sort((a, b) => a - b);
  const median = percentile(sorted, 0.5);
  return {
    messages: judged + acc.replyUnknown,
    answeredInTime: acc.replyInTime,
    answeredLate: acc.replyLate,
    openOverdue,
    openInTime,
    unknown: acc.replyUnknown,
    breachRate: rate(acc.replyLate + openOverdue, judged),
    medianReplyHours: median === null ? null : Math.round((median / 60) * 10) / 10,
  };
}

export function serviceView(s: Scan, ctx: RetroContext): ServiceView {
  const acc = s.service;
  return {
    period: s.period,
    cases: acc.cases,
    open: acc.open,
    handling: handlingStats(acc.handling),
    decidedByRule: acc.byRule,
    decidedByHand: acc.byHand,
    undecided: acc.cases - acc.byRule - acc.byHand,
    ruleShare: rate(acc.byRule, acc.byRule + acc.byHand),
    replies: replyStats(acc, ctx.now),
    byMarketplace: [...s.serviceByMarketplace]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([marketplace, m]) => ({
        marketplace: marketplace as ServiceView['byMarketplace'][number]['marketplace'],
        cases: m.cases,
        handling: handlingStats(m.handling),
        ruleShare: rate(m.byRule, m.byRule + m.byHand),
        replies: replyStats(m, ctx.now),
      })),
    agents: [],
  };
}

// ── F19 ────────────────────────────────────────────────────────────────────────────────────

const round2 = (x: number) => Math.round(x * 100) / 100;

export function costView(s: Scan, ctx: RetroContext): CostView {
  const model = ctx.costModel ?? DEFAULT_COST_MODEL;
  const currencies: CurrencyCostRow[] = [];
  const topSkus: CostView['topSkus'] = [];
  for (const [currency, acc] of [...s.costs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const n = (i: number) => acc.numbers[i] ?? 0;
    const rates = model.currencies[currency];
    const skuCostIn = (sku: string) => {
      const cost = ctx.skus.get(sku)?.cost;
      return cost && cost.currency === currency ? cost.amount : undefined;
    };
    const shipEstimate = rates ? n(CC.backNoShipN) * rates.returnShipping.sameCountry : 0;
    const labourEstimate = rates ? n(CC.backNoLabourN) * rates.handling : 0;
    let productEstimate = 0;
    for (const [sku, [kept, value]] of acc.keptBySku) {
      const unit = skuCostIn(sku);
      productEstimate += unit !== undefined ? kept * unit : (model.productCostShare * value) / 100;
    }
    const part = (sum: number, recordedCases: number, estimated: number, estimatedCases: number) => ({
      amount: round2(sum / 100 + estimated),
      estimated: round2(estimated),
      recordedCases,
      estimatedCases: estimated > 0 || rates ? estimatedCases : 0,
    });
    const returnShipping = part(n(CC.shipSum), n(CC.shipN), shipEstimate, rates ? n(CC.backNoShipN) : 0);
    const productWrittenOff = part(n(CC.prodSum), n(CC.prodN), productEstimate, n(CC.keptNoProdN));
    const labour = part(n(CC.labourSum), n(CC.labourN), labourEstimate, rates ? n(CC.backNoLabourN) : 0);
    const total = round2(returnShipping.amount + productWrittenOff.amount + labour.amount);
    const cases = acc.returns + acc.exchanges;
    const revenue = round2(acc.revenue / 100);
    const netProfit = revenue > 0 ? round2(revenue - acc.productCost - total) : null;
    currencies.push({
      currency,
      returns: acc.returns,
      exchanges: acc.exchanges,
      returnShipping,
      productWrittenOff,
      labour,
      total,
      perCase: cases > 0 ? round2(total / cases) : null,
      revenue,
      shareOfRevenue: rate(total, revenue),
      netProfit,
      shareOfNetProfit: netProfit !== null && netProfit > 0 ? rate(total, netProfit) : { numerator: total, denominator: netProfit ?? 0, rate: null },
    });
    for (const [sku, t] of acc.bySku) {
      if (sku === '') continue;
      const kept = acc.keptBySku.get(sku);
      const unit = skuCostIn(sku);
      const keptCost = kept ? (unit !== undefined ? kept[0] * unit : (model.productCostShare * kept[1]) / 100) : 0;
      const est = rates ? t.backNoShip * rates.returnShipping.sameCountry + t.backNoLabour * rates.handling : 0;
      topSkus.push({ sku, currency, total: round2(t.recorded / 100 + est + keptCost), cases: t.cases, link: skuLink(sku) });
    }
  }
  // Amounts in different currencies are never ranked against each other: the currency with the
  // most returns and exchanges first, then its SKUs from the costliest, at most ten per currency.
  const volume = (c: (typeof currencies)[number]) => c.returns + c.exchanges;
  const currencyRank = new Map([...currencies].sort((a, b) => volume(b) - volume(a) || (a.currency < b.currency ? -1 : 1)).map((c, i) => [c.currency, i]));
  topSkus.sort((a, b) => currencyRank.get(a.currency)! - currencyRank.get(b.currency)! || b.total - a.total || (a.sku < b.sku ? -1 : 1));
  const perCurrency = new Map<string, number>();
  const kept = topSkus.filter((row) => {
    const n = (perCurrency.get(row.currency) ?? 0) + 1;
    perCurrency.set(row.currency, n);
    return n <= 10;
  });
  return { period: s.period, currencies, topSkus: kept };
}

// ── F21 ────────────────────────────────────────────────────────────────────────────────────

const ACTION_OF_REASON: Record<string, RetroActionKind> = {
  size_fit: 'fix_size_chart',
  style_colour: 'fix_listing',
  not_as_described: 'fix_listing',
  damaged: 'improve_packaging',
  defective: 'talk_to_supplier',
  missing_parts: 'talk_to_supplier',
  wrong_item: 'check_fulfilment',
  not_received: 'check_fulfilment',
  late_delivery: 'check_fulfilment',
};

/** A SKU is a problem this week with at least this many returns + exchanges. */
export const ACTION_MIN_CASES = 2;

/**
 * The week's problem SKUs with their top-3 reasons and what to do: the largest reason decides
 * (size → size chart, colour/description → listing, damage → packaging, defects/missing parts →
 * supplier, wrong/late/lost → fulfilment, otherwise watch); a SKU whose 30-day return rate is three
 * times the threshold (and at least 30 %) on a real sample is to be delisted. Delist first, then the
 * other actions worst first, "watch" last.
 */
export function actionsView(week: Scan, month: Scan, ctx: RetroContext, threshold = DEFAULT_RETURN_RATE_THRESHOLD): ActionsView {
  const actions: RetroAction[] = [];
  const suppliers = new Map((ctx.suppliers ?? []).map((s) => [s.id, s]));
  const kpis = new Map<string, ReturnType<typeof supplierKpis>>();
  for (const [sku, g] of sortedSkus(week)) {
    if (g.returns + g.exchanges < ACTION_MIN_CASES) continue;
    const reasons = reasonCounts(g.reasons).slice(0, 3);
    const top = reasons[0];
    if (!top) continue;
    const m = month.bySku.get(sku);
    const monthRate = m ? rate(m.returns, m.units) : rate(0, 0);
    const known = ctx.skus.get(sku);
    let kind: RetroActionKind = ACTION_OF_REASON[top.reason] ?? 'watch';
    let why: RetroAction['why'] = { code: `retro_why_${kind}`, params: { reason: top.reason, share: Math.round(top.share * 100) } };
    if (m && m.units >= DEFAULT_MIN_UNITS_FOR_RATE && monthRate.rate !== null && monthRate.rate >= Math.max(0.3, 3 * threshold)) {
      kind = 'delist';
      why = { code: 'retro_why_delist', params: { rate: Math.round(monthRate.rate * 100), threshold: Math.round(threshold * 100) } };
    }
    const action: RetroAction = {
      sku,
      kind,
      why,
      reasons,
      returns: g.returns,
      exchanges: g.exchanges,
      returnRate: rate(g.returns, g.units),
      link: skuLink(sku),
    };
    if (known?.title) action.title = known.title;
    const supplier = known?.supplierId ? suppliers.get(known.supplierId) : undefined;
    if (supplier && (kind === 'talk_to_supplier' || kind === 'improve_packaging' || kind === 'delist')) {
      let k = kpis.get(supplier.id);
      if (!k) kpis.set(supplier.id, (k = supplierKpis(supplier, ctx.purchaseOrders ?? [], { today: ctx.today })));
      action.supplier = {
        id: supplier.id,
        name: supplier.name,
        passRate: k.passRate.enoughData ? k.passRate.rate : null,
        onTimeRate: k.onTime.enoughData ? k.onTime.rate : null,
      };
      if (kind === 'talk_to_supplier') action.link = `#suppliers?id=${encodeURIComponent(supplier.id)}`;
    }
    actions.push(action);
  }
  // Worst first, but a SKU to delist before the others and one only to watch after them.
  const rank = (a: RetroAction) => (a.kind === 'delist' ? 0 : a.kind === 'watch' ? 2 : 1);
  const ordered = actions.map((a, i) => ({ a, i })).sort((x, y) => rank(x.a) - rank(y.a) || x.i - y.i);
  return { period: week.period, actions: ordered.slice(0, 20).map((x) => x.a) };
}

// ── Alerts ─────────────────────────────────────────────────────────────────────────────────

export function alerts(month: Scan, ctx: RetroContext, threshold = DEFAULT_RETURN_RATE_THRESHOLD): RetroAlerts {
  const within = ctx.expiringWithinDays ?? 30;
  const certificatesExpiring = (ctx.certificates ?? [])
    .filter((c) => c.expiresOn !== undefined)
    .map((c) => ({ id: c.id, kind: c.kind, number: c.number, expiresOn: c.expiresOn!, daysLeft: daysBetween(ctx.today, c.expiresOn!), link: `#compliance?certificate=${encodeURIComponent(c.id)}` }))
    .filter((c) => c.daysLeft <= within)
    .sort((a, b) => a.daysLeft - b.daysLeft || (a.id < b.id ? -1 : 1));
  const skusOverThreshold: RetroAlerts['skusOverThreshold'] = [];
  for (const [sku, g] of sortedSkus(month)) {
    if (g.units < DEFAULT_MIN_UNITS_FOR_RATE) continue;
    const r = rate(g.returns, g.units);
    if (r.rate === null || r.rate <= threshold) continue;
    const row: RetroAlerts['skusOverThreshold'][number] = { sku, returnRate: r, threshold, link: skuLink(sku) };
    const title = ctx.skus.get(sku)?.title;
    if (title) row.title = title;
    skusOverThreshold.push(row);
  }
  return { certificatesExpiring, skusOverThreshold, purchaseSuggestionsDue: ctx.purchaseSuggestionsDue ?? [] };
}

// ── Popup summary ──────────────────────────────────────────────────────────────────────────

export interface QueryAll {
  main: Scan;
  week: Scan;
  month: Scan;
}

/** The three scans the summary needs: the query's window, the last 7 days and the last 30 days. */
export function scanAll(buckets: readonly RetroDay[], query: RetroQuery, ctx: RetroContext, options: { countries?: boolean } = {}): QueryAll {
  const today = query.today ?? ctx.today;
  const main = scan(buckets, resolvePeriod(query.period, today), query.filters, ctx, options);
  const same = (days: number) => query.period.kind === 'last' && query.period.days === days && today === ctx.today;
  const light = { light: true, previous: false } as const;
  const week = same(7) ? main : scan(buckets, resolvePeriod({ kind: 'last', days: 7 }, today), query.filters, ctx, light);
  const month = same(30) ? main : scan(buckets, resolvePeriod({ kind: 'last', days: 30 }, today), query.filters, ctx, light);
  return { main, week, month };
}

export function summary(all: QueryAll, ctx: RetroContext, options: { empty: boolean; threshold?: number }): RetroSummary {
  const names = new Map(ctx.categories.map((c) => [c.id, c.name]));
  const s = all.main;
  const service = serviceView(s, ctx);
  const cost = costView(s, ctx);
  return {
    period: s.period,
    empty: options.empty,
    totals: counts(s.total),
    worstSkus: sortedSkus(s)
      .slice(0, 5)
      .map(([sku, g]) => skuRow(sku, g, s.period, ctx, names)),
    reasons: reasonCounts(s.total.reasons),
    trend: seriesOf(s.total, s.period),
    service: { handling: service.handling, ruleShare: service.ruleShare, openOverdueReplies: service.replies.openOverdue },
    cost: cost.currencies.map((c) => ({ currency: c.currency, total: c.total, perCase: c.perCase, shareOfRevenue: c.shareOfRevenue })),
    actions: actionsView(all.week, all.month, ctx, options.threshold).actions.slice(0, 3),
    alerts: alerts(all.month, ctx, options.threshold),
    rebuiltAt: ctx.rebuiltAt ?? null,
  };
}
