/**
 * Purchase suggestions (F11): how many units of a SKU to order, by which formula, from whom.
 *
 * Every formula of DOMAIN.md F11 is a named function returning `{ quantity, formula, inputs,
 * explanation }`, so the UI can say which formula produced a number and from what. The seed article
 * (备货量计算) is followed, with one correction made a setting:
 *
 *   首次备货量 = 测试期日均销量 × 3 + 安全库存, 安全库存 = 日均销量 × 物流时效天数
 *   例: 5 × 3 + 5 × 20 = 115 件 ("满足3个月销售 + 20天补货缓冲")
 *
 * The text says the first term covers "3 months", but its arithmetic multiplies by 3 (days): 115
 * units at 5 a day last 23 days, not 3 months and 20 days. Three months is about 90 days
 * (5 × 90 + 5 × 20 = 550), so the coverage is `coverageDays`, default 90; `coverageDays: 3`
 * reproduces the seed's 115.
 */
import { explainerFor } from './explain';
import { DEFAULT_PURCHASING_SETTINGS, type PurchasingSettings } from './purchasing-settings';
import type { Explanation } from './annotations';
import { daysBetween } from './dates';
import type { Money } from './schemas';
import { convertMoney, showMoney, type ExchangeRates } from './profit';
import { priceInForce, supplierKpis, type KpiRate, type PurchaseOrder, type Supplier, type SupplierKpis, type SupplierPrice } from './suppliers';

// ── Settings (purchasing-settings.ts: part of the seller's Settings) ─────────────────────────

export {
  DEFAULT_PURCHASING_SETTINGS,
  PurchasingSettings,
  SAFETY_MODELS,
  SupplierWeights,
  type PurchasingSettingsInput,
  type SafetyModel,
} from './purchasing-settings';

// ── Explanations (locales/workspace.json) ───────────────────────────────────────────────────

/**
 * Codes this file emits, with their parameter names in placeholder order. `formula_*` name a formula;
 * a `peakEvent` param holds a PeakEvent, shown by its name `peak_<event>` (also in workspace.json).
 */
export const PURCHASING_EXPLANATION_PARAMS = {
  formula_sales_velocity: [],
  formula_stock_position: [],
  formula_safety_lead_time: [],
  formula_safety_volatility: [],
  formula_first_stock_up: [],
  formula_replenishment: [],
  formula_peak_uplift: [],
  formula_turnover_adjustment: [],
  formula_moq: [],
  formula_supplier_score: [],
  purchase_velocity: ['units', 'days', 'perDay'],
  purchase_velocity_cancelled: ['lines', 'units'],
  purchase_velocity_since: ['since', 'days'],
  purchase_no_sales: ['days'],
  purchase_stock_position: ['onHand', 'inbound', 'total'],
  purchase_safety_lead_time: ['dailySales', 'leadDays', 'quantity'],
  purchase_safety_volatility: ['cycleDays', 'dailySales', 'factor', 'quantity'],
  purchase_first_stock_up: ['dailySales', 'coverageDays', 'safety', 'quantity'],
  purchase_peak_window: ['peakEvent', 'date', 'shipFrom', 'shipBy'],
  purchase_peak_uplift: ['base', 'percent', 'quantity', 'maxPercent', 'maxQuantity'],
  purchase_peak_too_late: ['peakEvent', 'shipBy', 'readyOn'],
  purchase_turnover_high: ['turnover', 'threshold', 'percent', 'base', 'quantity'],
  purchase_turnover_low: ['turnover', 'threshold', 'percent', 'base', 'quantity'],
  purchase_turnover_normal: ['turnover'],
  purchase_turnover_unknown: [],
  purchase_net_of_stock: ['target', 'position', 'quantity'],
  purchase_covered_by_stock: ['target', 'position'],
  purchase_moq_raised: ['quantity', 'moq', 'supplier'],
  purchase_supplier_recommended: ['supplier', 'score'],
  purchase_supplier_score: ['supplier', 'score', 'price', 'leadDays', 'onTime', 'passRate'],
  purchase_supplier_on_time_assumed: ['supplier', 'percent'],
  purchase_supplier_pass_rate_assumed: ['supplier', 'percent'],
  purchase_supplier_on_time_unused: [],
  purchase_supplier_pass_rate_unused: [],
  purchase_supplier_tie: ['supplier', 'other'],
  purchase_supplier_price_expired: ['supplier', 'validUntil'],
  purchase_supplier_price_not_yet_valid: ['supplier', 'validFrom'],
  purchase_supplier_currency: ['supplier', 'currency', 'target'],
  purchase_no_supplier: ['sku'],
} as const satisfies Record<string, readonly string[]>;
export type PurchasingExplanationCode = keyof typeof PURCHASING_EXPLANATION_PARAMS;

const explainPurchase = explainerFor(PURCHASING_EXPLANATION_PARAMS);

export type PurchaseFormula = Extract<PurchasingExplanationCode, `formula_${string}`>;

/** What every formula returns: the number, which formula made it, from what, and why. */
export interface FormulaResult {
  /** Whole units (rounded up), except the sales velocity: units per day. */
  quantity: number;
  formula: PurchaseFormula;
  inputs: Record<string, number | string>;
  explanation: Explanation[];
  /** Where the formula gives a band (peak uplift 50–100 %): the quantity at each end. */
  range?: { min: number; max: number };
}

/** A fraction of a unit still has to be bought; float noise (1.1 × 90 = 99.00000000000001) is cut first. */
export function wholeUnits(quantity: number): number {
  return Math.max(0, Math.ceil(Math.round(quantity * 1e6) / 1e6));
}

const twoDecimals = (n: number) => Math.round(n * 100) / 100;
const percentOf = (rate: number) => Math.round(rate * 1000) / 10;

// ── Sales velocity and stock ───────────────────────────────────────────────────────────────

/** One order line, as imported from a marketplace report or seen on a page. */
export interface SalesLine {
  sku: string;
  quantity: number;
  /** YYYY-MM-DD or an ISO date-time; its calendar date counts. */
  orderedAt: string;
  cancelled?: boolean;
}

export interface VelocityOptions {
  today: string;
  /** Days before today counted (default 30); today itself is not, as it is not over. */
  windowDays?: number;
  /** First day on sale (the test period's start): a SKU listed 10 days ago sold over 10 days, not 30. */
  activeSince?: string;
}

/** 日均销量: units sold in the window ÷ days in the window, cancelled lines excluded. */
export function salesVelocity(lines: readonly SalesLine[], sku: string, options: VelocityOptions): FormulaResult {
  const windowDays = options.windowDays ?? DEFAULT_PURCHASING_SETTINGS.velocityWindowDays;
  const { today } = options;
  let from = addDays(today, -windowDays);
  if (options.activeSince && options.activeSince > from) from = options.activeSince;
  const days = Math.max(0, daysBetween(from, today));
  let units = 0;
  let cancelledLines = 0;
  let cancelledUnits = 0;
  for (const line of lines) {
    if (line.sku !== sku) continue;
    const day = line.orderedAt.slice(0, 10);
    if (day < from || day >= today) continue;
    if (line.cancelled) {
      cancelledLines += 1;
      cancelledUnits += line.quantity;
      continue;
    }
    units += line.quantity;
  }
  const perDay = days > 0 ? units / days : 0;
  const explanation: Explanation[] = [];
  if (from !== addDays(today, -windowDays)) explanation.push(explainPurchase('purchase_velocity_since', { since: from, days }));
  explanation.push(explainPurchase(units > 0 ? 'purchase_velocity' : 'purchase_no_sales', { units, days, perDay: twoDecimals(perDay) }));
  if (cancelledLines > 0) explanation.push(explainPurchase('purchase_velocity_cancelled', { lines: cancelledLines, units: cancelledUnits }));
  return { quantity: perDay, formula: 'formula_sales_velocity', inputs: { units, days, from, to: addDays(today, -1), cancelledLines }, explanation };
}

export interface InboundStock {
  quantity: number;
  expectedOn?: string;
  purchaseOrderId?: string;
}

/** Units of `sku` on purchase orders not received yet. */
export function inboundFromPurchaseOrders(sku: string, orders: readonly PurchaseOrder[]): InboundStock[] {
  const inbound: InboundStock[] = [];
  for (const order of orders) {
    if (order.receivedOn) continue;
    const quantity = order.lines.filter((l) => l.sku === sku).reduce((sum, l) => sum + l.quantity, 0);
    if (quantity > 0) inbound.push({ quantity, expectedOn: order.promisedOn, purchaseOrderId: order.id });
  }
  return inbound;
}

/** Stock position = on hand + inbound (ordered, not yet received). */
export function stockPosition(onHand: number, inbound: readonly InboundStock[] = []): FormulaResult {
  const inboundUnits = inbound.reduce((sum, i) => sum + i.quantity, 0);
  const total = Math.max(0, onHand) + inboundUnits;
  return {
    quantity: total,
    formula: 'formula_stock_position',
    inputs: { onHand, inbound: inboundUnits },
    explanation: [explainPurchase('purchase_stock_position', { onHand, inbound: inboundUnits, total })],
  };
}

// ── Safety stock and stock-up ──────────────────────────────────────────────────────────────

/** 安全库存 = 日均销量 × 物流时效天数 (first-leg lead time): the seed's model. */
export function safetyStockByLeadTime(dailySales: number, firstLegLeadDays: number): FormulaResult {
  const quantity = wholeUnits(dailySales * firstLegLeadDays);
  return {
    quantity,
    formula: 'formula_safety_lead_time',
    inputs: { dailySales, firstLegLeadDays },
    explanation: [explainPurchase('purchase_safety_lead_time', { dailySales: twoDecimals(dailySales), leadDays: firstLegLeadDays, quantity })],
  };
}

/** Alternative model: 安全库存 = 销售周期 × 日均销量 × 1.5 (波动系数). */
export function safetyStockByVolatility(dailySales: number, salesCycleDays: number, settings: Pick<PurchasingSettings, 'safetyFactor'> = DEFAULT_PURCHASING_SETTINGS): FormulaResult {
  const factor = settings.safetyFactor;
  const quantity = wholeUnits(salesCycleDays * dailySales * factor);
  return {
    quantity,
    formula: 'formula_safety_volatility',
    inputs: { salesCycleDays, dailySales, safetyFactor: factor },
    explanation: [explainPurchase('purchase_safety_volatility', { cycleDays: salesCycleDays, dailySales: twoDecimals(dailySales), factor, quantity })],
  };
}

/**
 * 首次备货量 = daily sales × coverage days + safety stock (by default the lead-time model:
 * daily sales × first-leg lead days). The seed's example is `coverageDays: 3` (see the file comment).
 */
export function firstStockUp(
  dailySales: number,
  firstLegLeadDays: number,
  settings: Pick<PurchasingSettings, 'coverageDays'> = DEFAULT_PURCHASING_SETTINGS,
  safety: FormulaResult = safetyStockByLeadTime(dailySales, firstLegLeadDays),
): FormulaResult {
  const { coverageDays } = settings;
  const quantity = wholeUnits(dailySales * coverageDays) + safety.quantity;
  return {
    quantity,
    formula: 'formula_first_stock_up',
    inputs: { dailySales, coverageDays, firstLegLeadDays, safetyStock: safety.quantity, safetyFormula: safety.formula },
    explanation: [...safety.explanation, explainPurchase('purchase_first_stock_up', { dailySales: twoDecimals(dailySales), coverageDays, safety: safety.quantity, quantity })],
  };
}

// ── Peak season ────────────────────────────────────────────────────────────────────────────

export const PEAK_EVENTS = ['black_friday', 'christmas'] as const;
export type PeakEvent = (typeof PEAK_EVENTS)[number];

export interface PeakWindow {
  event: PeakEvent;
  /** The event's day. */
  date: string;
  /** The first leg should leave between these days (peakLeadMonths.max and .min months before). */
  shipFrom: string;
  shipBy: string;
}

function isoOf(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Same day `months` later (negative: earlier), clamped to the month's last day (May 31 − 3 → Feb 28). */
export function addMonths(iso: string, months: number): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7)) - 1 + months;
  const day = Number(iso.slice(8, 10));
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** Black Friday: the day after the US Thanksgiving, the fourth Thursday of November. */
export function blackFriday(year: number): string {
  const weekdayOfFirst = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const firstThursday = 1 + ((4 - weekdayOfFirst + 7) % 7);
  return isoOf(year, 11, firstThursday + 21 + 1);
}

export function peakSeasonDates(year: number, settings: Pick<PurchasingSettings, 'peakLeadMonths'> = DEFAULT_PURCHASING_SETTINGS): PeakWindow[] {
  const events: [PeakEvent, string][] = [
    ['black_friday', blackFriday(year)],
    ['christmas', isoOf(year, 12, 25)],
  ];
  return events.map(([event, date]) => ({
    event,
    date,
    shipFrom: addMonths(date, -settings.peakLeadMonths.max),
    shipBy: addMonths(date, -settings.peakLeadMonths.min),
  }));
}

/**
 * Which peak an order placed today prepares for: the goods are ready `productionDays` after today
 * and should leave inside an event's shipping window. Ready after the window but before the event:
 * too late by sea, said so, no uplift.
 */
export function peakForOrder(
  today: string,
  productionDays: number,
  settings: Pick<PurchasingSettings, 'peakLeadMonths'> = DEFAULT_PURCHASING_SETTINGS,
): { window?: PeakWindow; tooLate?: PeakWindow; readyOn: string } {
  const readyOn = addDays(today, productionDays);
  const year = Number(today.slice(0, 4));
  const windows = [...peakSeasonDates(year, settings), ...peakSeasonDates(year + 1, settings)];
  const window = windows.find((w) => w.shipFrom <= readyOn && readyOn <= w.shipBy);
  if (window) return { window, readyOn };
  const tooLate = windows.find((w) => w.shipBy < readyOn && readyOn <= w.date);
  return tooLate ? { tooLate, readyOn } : { readyOn };
}

/** Peak season: quantity × (1 + uplift), the low end of the band as the quantity, the band in `range`. */
export function peakSeasonUplift(base: number, settings: Pick<PurchasingSettings, 'peakUpliftPercent'> = DEFAULT_PURCHASING_SETTINGS): FormulaResult {
  const { min, max } = settings.peakUpliftPercent;
  const quantity = wholeUnits(base * (1 + min / 100));
  const maxQuantity = wholeUnits(base * (1 + max / 100));
  return {
    quantity,
    formula: 'formula_peak_uplift',
    inputs: { base, minPercent: min, maxPercent: max },
    explanation: [explainPurchase('purchase_peak_uplift', { base, percent: min, quantity, maxPercent: max, maxQuantity })],
    range: { min: quantity, max: maxQuantity },
  };
}

// ── Turnover ───────────────────────────────────────────────────────────────────────────────

/** 库存周转率 per month: units sold in 30 days ÷ average stock; undefined without stock to divide by. */
export function monthlyTurnover(dailySales: number, averageStock: number): number | undefined {
  return averageStock > 0 ? (dailySales * 30) / averageStock : undefined;
}

/** Turnover > 2×/month → next order +30 %; < 1×/month → −50 %; in between (or unknown) unchanged. */
export function turnoverAdjustment(
  base: number,
  turnoverPerMonth: number | undefined,
  settings: Pick<PurchasingSettings, 'turnoverHigh' | 'turnoverLow' | 'turnoverHighUpliftPercent' | 'turnoverLowCutPercent'> = DEFAULT_PURCHASING_SETTINGS,
): FormulaResult {
  const inputs: Record<string, number | string> = { base, turnoverHigh: settings.turnoverHigh, turnoverLow: settings.turnoverLow };
  const result = (quantity: number, explanation: Explanation): FormulaResult => ({ quantity, formula: 'formula_turnover_adjustment', inputs, explanation: [explanation] });
  if (turnoverPerMonth === undefined) return result(base, explainPurchase('purchase_turnover_unknown'));
  inputs.turnoverPerMonth = turnoverPerMonth;
  const turnover = twoDecimals(turnoverPerMonth);
  if (turnoverPerMonth > settings.turnoverHigh) {
    const percent = settings.turnoverHighUpliftPercent;
    const quantity = wholeUnits(base * (1 + percent / 100));
    return result(quantity, explainPurchase('purchase_turnover_high', { turnover, threshold: settings.turnoverHigh, percent, base, quantity }));
  }
  if (turnoverPerMonth < settings.turnoverLow) {
    const percent = settings.turnoverLowCutPercent;
    const quantity = wholeUnits(base * (1 - percent / 100));
    return result(quantity, explainPurchase('purchase_turnover_low', { turnover, threshold: settings.turnoverLow, percent, base, quantity }));
  }
  return result(base, explainPurchase('purchase_turnover_normal', { turnover }));
}

// ── Supplier choice ────────────────────────────────────────────────────────────────────────

export interface SupplierCandidate {
  supplierId: string;
  name: string;
  quote: SupplierPrice;
  /** The quote's unit price in the comparison currency. */
  unitPrice: Money;
  /** 0..100, one decimal. */
  score: number;
  /** Each criterion's 0..1 score and whether a KPI was assumed for want of data (null: criterion unused). */
  parts: { price: number; leadTime: number; onTime: number | null; passRate: number | null; onTimeAssumed: boolean; passRateAssumed: boolean };
  kpis: SupplierKpis;
  explanation: Explanation[];
}

export interface SupplierRanking {
  /** Best first. */
  candidates: SupplierCandidate[];
  recommended?: SupplierCandidate;
  /** Suppliers quoting the SKU that could not be scored, and why. */
  excluded: { supplierId: string; name: string; explanation: Explanation }[];
  currency?: string;
  formula: 'formula_supplier_score';
  explanation: Explanation[];
}

export interface RankOptions {
  today: string;
  settings?: PurchasingSettings;
  /** Comparison currency; default the one most quotes use. */
  currency?: string;
  rates?: ExchangeRates;
  /** KPIs already computed per supplier id (with the same minimum and day), e.g. once for many SKUs. */
  kpis?: ReadonlyMap<string, SupplierKpis>;
}

/** The currency most quotes are in; alphabetical on a tie, so the choice never depends on input order. */
function commonCurrency(quotes: readonly SupplierPrice[]): string | undefined {
  const counts = new Map<string, number>();
  for (const q of quotes) counts.set(q.unitPrice.currency, (counts.get(q.unitPrice.currency) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/**
 * Scores the suppliers quoting `sku` today: a weighted mean (weights in settings, default 40 %
 * price, 20 % each lead time, on-time rate and pass rate) of
 *   price     = cheapest ÷ this (in one currency),
 *   lead time = (shortest + 1) ÷ (this + 1) days (+1: an in-stock quote of 0 days must not zero the others),
 *   on-time and pass rate as measured.
 * A KPI resting on too few orders is counted as the lowest measured among the other candidates: an
 * unproven supplier is not assumed better than a proven one. When no candidate has the KPI, it is
 * left out for all. Ties go to the cheaper, then the faster, then the better-known supplier.
 */
export function rankSuppliers(
  sku: string,
  suppliers: readonly Supplier[],
  purchaseOrders: readonly PurchaseOrder[],
  options: RankOptions,
): SupplierRanking {
  const settings = options.settings ?? DEFAULT_PURCHASING_SETTINGS;
  const excluded: SupplierRanking['excluded'] = [];
  const quoted: { supplier: Supplier; quote: SupplierPrice }[] = [];
  for (const supplier of suppliers) {
    const lookup = priceInForce(supplier, sku, options.today);
    if (lookup.status === 'in-force') quoted.push({ supplier, quote: lookup.price });
    else if (lookup.status === 'expired') {
      excluded.push({ supplierId: supplier.id, name: supplier.name, explanation: explainPurchase('purchase_supplier_price_expired', { supplier: supplier.name, validUntil: lookup.price.validUntil ?? '' }) });
    } else if (lookup.status === 'not-yet-valid') {
      excluded.push({ supplierId: supplier.id, name: supplier.name, explanation: explainPurchase('purchase_supplier_price_not_yet_valid', { supplier: supplier.name, validFrom: lookup.price.validFrom ?? '' }) });
    }
  }
  const currency = options.currency ?? commonCurrency(quoted.map((q) => q.quote));
  const comparable: { supplier: Supplier; quote: SupplierPrice; unitPrice: Money; kpis: SupplierKpis }[] = [];
  for (const { supplier, quote } of quoted) {
    const unitPrice = currency ? convertMoney(quote.unitPrice, currency, options.rates) : undefined;
    if (!unitPrice || !currency) {
      excluded.push({ supplierId: supplier.id, name: supplier.name, explanation: explainPurchase('purchase_supplier_currency', { supplier: supplier.name, currency: quote.unitPrice.currency, target: currency ?? '' }) });
      continue;
    }
    comparable.push({ supplier, quote, unitPrice, kpis: options.kpis?.get(supplier.id) ?? supplierKpis(supplier, purchaseOrders, { minOrders: settings.minKpiOrders, today: options.today }) });
  }
  const ranking: SupplierRanking = { candidates: [], excluded, currency, formula: 'formula_supplier_score', explanation: excluded.map((e) => e.explanation) };
  if (comparable.length === 0) {
    ranking.explanation.push(explainPurchase('purchase_no_supplier', { sku }));
    return ranking;
  }

  const minPrice = Math.min(...comparable.map((c) => c.unitPrice.amount));
  const minLead = Math.min(...comparable.map((c) => c.quote.leadTimeDays));
  const trusted = (k: KpiRate) => (k.enoughData && k.rate !== null ? k.rate : undefined);
  const lowest = (values: (number | undefined)[]) => {
    const known = values.filter((v): v is number => v !== undefined);
    return known.length ? Math.min(...known) : undefined;
  };
  const onTimeFallback = lowest(comparable.map((c) => trusted(c.kpis.onTime)));
  const passFallback = lowest(comparable.map((c) => trusted(c.kpis.passRate)));
  if (onTimeFallback === undefined) ranking.explanation.push(explainPurchase('purchase_supplier_on_time_unused'));
  if (passFallback === undefined) ranking.explanation.push(explainPurchase('purchase_supplier_pass_rate_unused'));
  const w = settings.supplierWeights;

  const scored = comparable.map(({ supplier, quote, unitPrice, kpis }) => {
    const explanation: Explanation[] = [];
    const price = unitPrice.amount > 0 ? minPrice / unitPrice.amount : 1;
    const leadTime = (minLead + 1) / (quote.leadTimeDays + 1);
    const ownOnTime = trusted(kpis.onTime);
    const ownPass = trusted(kpis.passRate);
    const onTime = ownOnTime ?? onTimeFallback ?? null;
    const passRate = ownPass ?? passFallback ?? null;
    if (ownOnTime === undefined && onTime !== null) explanation.push(explainPurchase('purchase_supplier_on_time_assumed', { supplier: supplier.name, percent: percentOf(onTime) }));
    if (ownPass === undefined && passRate !== null) explanation.push(explainPurchase('purchase_supplier_pass_rate_assumed', { supplier: supplier.name, percent: percentOf(passRate) }));
    let weighted = w.price * price + w.leadTime * leadTime;
    let weights = w.price + w.leadTime;
    if (onTime !== null) {
      weighted += w.onTime * onTime;
      weights += w.onTime;
    }
    if (passRate !== null) {
      weighted += w.passRate * passRate;
      weights += w.passRate;
    }
    const exact = weights > 0 ? (weighted / weights) * 100 : 0;
    const score = Math.round(exact * 10) / 10;
    explanation.unshift(
      explainPurchase('purchase_supplier_score', {
        supplier: supplier.name,
        score,
        price: showMoney(unitPrice),
        leadDays: quote.leadTimeDays,
        onTime: onTime === null ? '–' : percentOf(onTime),
        passRate: passRate === null ? '–' : percentOf(passRate),
      }),
    );
    const candidate: SupplierCandidate = {
      supplierId: supplier.id,
      name: supplier.name,
      quote,
      unitPrice,
      score,
      parts: { price, leadTime, onTime, passRate, onTimeAssumed: ownOnTime === undefined && onTime !== null, passRateAssumed: ownPass === undefined && passRate !== null },
      kpis,
      explanation,
    };
    return { candidate, exact };
  });

  const EPSILON = 1e-9;
  scored.sort(
    (a, b) =>
      (Math.abs(a.exact - b.exact) > EPSILON ? b.exact - a.exact : 0) ||
      a.candidate.unitPrice.amount - b.candidate.unitPrice.amount ||
      a.candidate.quote.leadTimeDays - b.candidate.quote.leadTimeDays ||
      b.candidate.kpis.received - a.candidate.kpis.received ||
      a.candidate.supplierId.localeCompare(b.candidate.supplierId),
  );
  ranking.candidates = scored.map((s) => s.candidate);
  const [best, second] = scored;
  if (best) {
    ranking.recommended = best.candidate;
    ranking.explanation.push(explainPurchase('purchase_supplier_recommended', { supplier: best.candidate.name, score: best.candidate.score }));
    if (second && Math.abs(best.exact - second.exact) <= EPSILON) {
      ranking.explanation.push(explainPurchase('purchase_supplier_tie', { supplier: best.candidate.name, other: second.candidate.name }));
    }
  }
  for (const s of scored) ranking.explanation.push(...s.candidate.explanation);
  return ranking;
}

// ── The suggestion ─────────────────────────────────────────────────────────────────────────

export interface PurchaseContext {
  today: string;
  settings?: PurchasingSettings;
  /** Order lines (any SKUs; cancelled ones are skipped). */
  sales: readonly SalesLine[];
  /** First day on sale, for a SKU younger than the velocity window (the test period). */
  activeSince?: string;
  stock: {
    onHand: number;
    /** Default: the SKU's lines on purchase orders not yet received. */
    inbound?: readonly InboundStock[];
    /** Average stock over the last month, for the turnover; default: on hand. */
    averageStock?: number;
  };
  /** 头程时效: days from the supplier to the overseas warehouse. */
  firstLegLeadDays: number;
  /** Safety-stock model: the seed's lead-time one (default) or the volatility one. */
  safety?: { model: 'lead-time' } | { model: 'volatility'; salesCycleDays: number };
  /** Peak uplift: 'auto' (default) when the goods would leave in a peak window, an event to force it, or 'off'. */
  peak?: 'auto' | 'off' | PeakEvent;
  suppliers?: readonly Supplier[];
  purchaseOrders?: readonly PurchaseOrder[];
  currency?: string;
  rates?: ExchangeRates;
  /** KPIs per supplier id computed once for many SKUs (see RankOptions). */
  kpis?: ReadonlyMap<string, SupplierKpis>;
}

export interface PurchaseSuggestion extends FormulaResult {
  sku: string;
  formula: 'formula_first_stock_up' | 'formula_replenishment' | 'formula_sales_velocity';
  /** Each formula applied, in order: velocity, stock position, safety stock, stock-up, peak, turnover, MOQ. */
  steps: FormulaResult[];
  /** The recommended supplier, when any quotes the SKU today. */
  supplier?: SupplierCandidate;
  suppliers: SupplierRanking;
  peak?: PeakWindow;
}

/**
 * The suggestion for one SKU: the stock-up target (daily sales × coverage + safety stock), raised
 * for a peak season and adjusted for turnover, less the stock on hand and inbound, raised to the
 * recommended supplier's MOQ. With no sales in the window there is nothing to base it on: 0.
 */
export function suggestPurchase(sku: string, ctx: PurchaseContext): PurchaseSuggestion {
  const settings = ctx.settings ?? DEFAULT_PURCHASING_SETTINGS;
  const steps: FormulaResult[] = [];
  const velocity = salesVelocity(ctx.sales, sku, { today: ctx.today, windowDays: settings.velocityWindowDays, activeSince: ctx.activeSince });
  steps.push(velocity);
  const inbound = ctx.stock.inbound ?? inboundFromPurchaseOrders(sku, ctx.purchaseOrders ?? []);
  const position = stockPosition(ctx.stock.onHand, inbound);
  steps.push(position);
  const suppliers = rankSuppliers(sku, ctx.suppliers ?? [], ctx.purchaseOrders ?? [], { today: ctx.today, settings, currency: ctx.currency, rates: ctx.rates, kpis: ctx.kpis });
  const supplier = suppliers.recommended;
  const dailySales = velocity.quantity;
  const inputs: Record<string, number | string> = {
    dailySales,
    coverageDays: settings.coverageDays,
    firstLegLeadDays: ctx.firstLegLeadDays,
    onHand: ctx.stock.onHand,
    inbound: position.inputs.inbound as number,
    stockPosition: position.quantity,
  };
  const finish = (quantity: number, formula: PurchaseSuggestion['formula'], peak?: PeakWindow): PurchaseSuggestion => ({
    sku,
    quantity,
    formula,
    inputs,
    explanation: [...steps.flatMap((s) => s.explanation), ...suppliers.explanation],
    steps,
    supplier,
    suppliers,
    ...(peak ? { peak } : {}),
  });

  if (dailySales === 0) return finish(0, 'formula_sales_velocity');

  const safetyModel = ctx.safety ?? { model: 'lead-time' };
  const safety = safetyModel.model === 'volatility' ? safetyStockByVolatility(dailySales, safetyModel.salesCycleDays, settings) : safetyStockByLeadTime(dailySales, ctx.firstLegLeadDays);
  const stockUp = firstStockUp(dailySales, ctx.firstLegLeadDays, settings, safety);
  // The stock-up's explanation repeats the safety step's: each line is said once, by its own step.
  steps.push(safety, { ...stockUp, explanation: stockUp.explanation.slice(safety.explanation.length) });
  inputs.safetyStock = safety.quantity;
  let target = stockUp.quantity;

  let peak: PeakWindow | undefined;
  if (ctx.peak !== 'off') {
    const chosen =
      ctx.peak && ctx.peak !== 'auto'
        ? { window: peakForEvent(ctx.peak, ctx.today, settings) }
        : peakForOrder(ctx.today, supplier?.quote.leadTimeDays ?? 0, settings);
    if (chosen.window) {
      peak = chosen.window;
      const uplift = peakSeasonUplift(target, settings);
      uplift.explanation.unshift(explainPurchase('purchase_peak_window', { peakEvent: peak.event, date: peak.date, shipFrom: peak.shipFrom, shipBy: peak.shipBy }));
      steps.push(uplift);
      inputs.peakUpliftPercent = settings.peakUpliftPercent.min;
      target = uplift.quantity;
    } else if ('tooLate' in chosen && chosen.tooLate) {
      steps.push({
        quantity: target,
        formula: 'formula_peak_uplift',
        inputs: { base: target, minPercent: 0, maxPercent: 0 },
        explanation: [explainPurchase('purchase_peak_too_late', { peakEvent: chosen.tooLate.event, shipBy: chosen.tooLate.shipBy, readyOn: chosen.readyOn })],
      });
    }
  }

  const turnover = monthlyTurnover(dailySales, ctx.stock.averageStock ?? ctx.stock.onHand);
  const adjusted = turnoverAdjustment(target, turnover, settings);
  steps.push(adjusted);
  if (turnover !== undefined) inputs.turnoverPerMonth = twoDecimals(turnover);
  target = adjusted.quantity;
  inputs.target = target;

  const formula = position.quantity > 0 ? 'formula_replenishment' : 'formula_first_stock_up';
  let quantity = Math.max(0, target - position.quantity);
  if (position.quantity > 0) {
    steps.push({
      quantity,
      formula: 'formula_replenishment',
      inputs: { target, stockPosition: position.quantity },
      explanation: [
        quantity > 0
          ? explainPurchase('purchase_net_of_stock', { target, position: position.quantity, quantity })
          : explainPurchase('purchase_covered_by_stock', { target, position: position.quantity }),
      ],
    });
  }
  if (supplier && quantity > 0 && quantity < supplier.quote.moq) {
    quantity = supplier.quote.moq;
    inputs.moq = supplier.quote.moq;
    steps.push({
      quantity,
      formula: 'formula_moq',
      inputs: { needed: target - position.quantity, moq: supplier.quote.moq },
      explanation: [explainPurchase('purchase_moq_raised', { quantity: target - position.quantity, moq: supplier.quote.moq, supplier: supplier.name })],
    });
  }
  return finish(quantity, formula, peak);
}

/** The event's next window not yet past (this year's, or next year's once this year's event is over). */
function peakForEvent(event: PeakEvent, today: string, settings: Pick<PurchasingSettings, 'peakLeadMonths'>): PeakWindow {
  const year = Number(today.slice(0, 4));
  const thisYear = peakSeasonDates(year, settings).find((w) => w.event === event) as PeakWindow;
  return thisYear.date >= today ? thisYear : (peakSeasonDates(year + 1, settings).find((w) => w.event === event) as PeakWindow);
}
