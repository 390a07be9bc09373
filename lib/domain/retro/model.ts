/**
 * The retrospective's (复盘, F16–F21) contract: what the popup and the dashboard ask for (a query) and
 * what they get back (view models). Built by lib/domain/retro/query.ts from the day aggregates
 * (lib/domain/retro/aggregate.ts), never by scanning every case; the messages that carry these are in
 * lib/messaging/retro-protocol.ts.
 *
 * Definitions (docs/retrospective.md has them in full):
 * - A day is a UTC calendar day "YYYY-MM-DD".
 * - Units sold: the quantity of imported order lines ordered that day, cancelled lines excluded.
 * - A return: a case of kind "return", counted on the day the buyer asked (its "requested" step,
 *   else when it was recorded). One case = one returned unit. An exchange: the same for kind "exchange".
 *   Message cases are neither; they feed the reply-clock figures of the service view.
 * - Return rate: returns ÷ units sold over the same window, as Amazon's return rate (returned units
 *   over units ordered in a trailing window, 30 days by default). Exchange rate: exchanges ÷ units sold.
 *   No units sold → the rate is null ("no sales"), never 0 or infinity.
 * - Handling time: from the request to the first closing step (refunded, reshipped, restocked,
 *   closed), in hours; open cases have none.
 * - Decided by rule: the case carries the id of the return rule that decided it; by hand: it carries
 *   an action but no rule; undecided: neither.
 *
 * Stable: fields are added, never renamed or removed.
 */
import { z } from 'zod';
import { CountryCode, IsoDate, Marketplace, ReturnReason } from '../schemas';

// ── The query ───────────────────────────────────────────────────────────────────────────────

/** The preset windows the popup and dashboard offer. */
export const RETRO_PRESET_DAYS = [7, 30, 90] as const;
export type RetroPresetDays = (typeof RETRO_PRESET_DAYS)[number];

/** Longest custom window (about two years): keeps every answer small and fast. */
export const RETRO_MAX_DAYS = 731;

/** Default threshold above which a SKU's return rate raises an alert. */
export const DEFAULT_RETURN_RATE_THRESHOLD = 0.1;
/** Below this many units sold in the window a SKU's rate is flagged as a small sample and raises no alert. */
export const DEFAULT_MIN_UNITS_FOR_RATE = 20;

export const RetroPeriod = z.discriminatedUnion('kind', [
  /** The last `days` days up to and including today (UTC). */
  z.object({ kind: z.literal('last'), days: z.union([z.literal(7), z.literal(30), z.literal(90)]) }),
  /** From `from` to `to`, both included. */
  z
    .object({ kind: z.literal('custom'), from: IsoDate, to: IsoDate })
    .refine((p) => p.from <= p.to, { message: 'must start on or before its end', path: ['from'] }),
]);
export type RetroPeriod = z.infer<typeof RetroPeriod>;

export const RetroFilters = z.object({
  /** Empty = every marketplace. */
  marketplaces: z.array(Marketplace).default([]),
  /** Ship-to countries; empty = all. "ZZ" stands for cases/orders without a known country. */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code')).default([]),
  /** SKUs; empty = all. */
  skus: z.array(z.string().min(1).max(200)).max(500).default([]),
  /** A central category: the SKUs in it and in all its sub-categories. */
  categoryId: z.string().min(1).max(200).optional(),
});
export type RetroFilters = z.infer<typeof RetroFilters>;
export type RetroFiltersInput = z.input<typeof RetroFilters>;

export const RetroQuery = z.object({
  period: RetroPeriod,
  filters: RetroFilters.default({ marketplaces: [], countries: [], skus: [] }),
  /** Return-rate alert threshold (0–1); default DEFAULT_RETURN_RATE_THRESHOLD. */
  returnRateThreshold: z.number().min(0).max(1).optional(),
  /** "Today" for the window, default the background's clock (UTC date). Tests and demos pin it. */
  today: z.optional(IsoDate),
});
export type RetroQuery = z.infer<typeof RetroQuery>;
export type RetroQueryInput = z.input<typeof RetroQuery>;

/** The window a query resolved to, and the one just before it (same length) for comparisons. */
export const ResolvedPeriod = z.object({
  from: IsoDate,
  to: IsoDate,
  days: z.number().int().positive(),
  previous: z.object({ from: IsoDate, to: IsoDate }),
});
export type ResolvedPeriod = z.infer<typeof ResolvedPeriod>;

// ── Shared pieces ───────────────────────────────────────────────────────────────────────────

/** A rate with what it was computed from; `rate` is null when the denominator is 0. */
export const Rate = z.object({
  numerator: z.number(),
  denominator: z.number(),
  rate: z.number().nullable(),
});
export type Rate = z.infer<typeof Rate>;

/** One reason's count within a group, with its share of the group and the running share (Pareto). */
export const ReasonCount = z.object({
  reason: ReturnReason,
  count: z.number().int().nonnegative(),
  /** count ÷ all return/exchange cases of the group. */
  share: z.number(),
  /** Share of this reason and every reason listed before it (reasons are sorted by count, largest first). */
  cumulativeShare: z.number(),
});
export type ReasonCount = z.infer<typeof ReasonCount>;

/**
 * Daily series for a sparkline: value i is the day `from` + i; one entry per day of the window
 * (zeros included), so every series of a view has the same length.
 */
export const DailySeries = z.object({
  from: IsoDate,
  units: z.array(z.number()),
  returns: z.array(z.number()),
  exchanges: z.array(z.number()),
});
export type DailySeries = z.infer<typeof DailySeries>;

/** The counts every row of the product and customer views carries. */
const Counts = {
  unitsSold: z.number().nonnegative(),
  /** Order lines behind unitsSold. */
  orderLines: z.number().int().nonnegative(),
  returns: z.number().int().nonnegative(),
  exchanges: z.number().int().nonnegative(),
  returnRate: Rate,
  exchangeRate: Rate,
  /** Return rate of the previous window of the same length (trend arrow); rate null when no sales then. */
  previousReturnRate: Rate,
  /** Fewer than DEFAULT_MIN_UNITS_FOR_RATE units sold: show the rate, but say the sample is small. */
  smallSample: z.boolean(),
};

export const Totals = z.object(Counts);
export type Totals = z.infer<typeof Totals>;

/** A money amount in one currency; amounts in different currencies are never added together. */
export const CurrencyAmount = z.object({ currency: z.string().regex(/^[A-Z]{3}$/), amount: z.number() });
export type CurrencyAmount = z.infer<typeof CurrencyAmount>;

/**
 * Where a number leads: an options-page hash route (e.g. "#catalogue?sku=ABC-1",
 * "#compliance?certificate=cert-1", "#suppliers?id=sup-1", "#purchasing?sku=ABC-1",
 * "#retro/product?sku=ABC-1"). The UI opens it with `browser.runtime.getURL('/options.html') + link`.
 */
export const LinkTarget = z.string().regex(/^#[a-z][a-z0-9/-]*(\?.*)?$/, 'must be an options-page hash like #catalogue?sku=X');
export type LinkTarget = z.infer<typeof LinkTarget>;

// ── F16 Product view ────────────────────────────────────────────────────────────────────────

export const SkuRow = z.object({
  sku: z.string(),
  title: z.string().optional(),
  categoryId: z.string().nullable(),
  categoryName: z.string().optional(),
  ...Counts,
  /** Every reason of the SKU's returns and exchanges, largest first (Pareto). */
  reasons: z.array(ReasonCount),
  trend: DailySeries,
  link: LinkTarget,
});
export type SkuRow = z.infer<typeof SkuRow>;

export const CategoryRow = z.object({
  /** null = SKUs without a category (or not in the catalogue). */
  categoryId: z.string().nullable(),
  name: z.string().optional(),
  skuCount: z.number().int().nonnegative(),
  ...Counts,
  reasons: z.array(ReasonCount),
});
export type CategoryRow = z.infer<typeof CategoryRow>;

export const ProductView = z.object({
  period: ResolvedPeriod,
  totals: Totals,
  /**
   * Worst first: by return rate (SKUs with a small sample after the others), then returns, then SKU.
   * SKUs with returns or exchanges but no sales in the window come last, sorted by returns.
   */
  skus: z.array(SkuRow),
  /** How many SKUs matched before `skus` was cut to the page. */
  skuCount: z.number().int().nonnegative(),
  /** Level-1 categories (大类) and their sub-categories rolled up, worst first. */
  categories: z.array(CategoryRow),
  reasons: z.array(ReasonCount),
  trend: DailySeries,
});
export type ProductView = z.infer<typeof ProductView>;

// ── F17 Customer view ───────────────────────────────────────────────────────────────────────

/** Regions of countries/countries.ts regionOf, plus "other" for the rest and "unknown" (no country). */
export const RetroRegion = z.enum(['north-america', 'europe', 'uk', 'asia-pacific', 'middle-east', 'latin-america', 'other', 'unknown']);
export type RetroRegion = z.infer<typeof RetroRegion>;

export const CountryRow = z.object({
  /** Two-letter ship-to country; "ZZ" = not known. */
  country: z.string(),
  region: RetroRegion,
  ...Counts,
  reasons: z.array(ReasonCount),
  trend: DailySeries,
});
export type CountryRow = z.infer<typeof CountryRow>;

export const RegionRow = z.object({
  region: RetroRegion,
  countries: z.array(z.string()),
  ...Counts,
  reasons: z.array(ReasonCount),
});
export type RegionRow = z.infer<typeof RegionRow>;

/**
 * A reason that stands out in one region: its share there against its share everywhere else
 * ("North America says size runs large, Europe does not"). Only with enough cases on both sides.
 */
export const RegionContrast = z.object({
  region: RetroRegion,
  reason: ReturnReason,
  count: z.number().int(),
  share: z.number(),
  elsewhereCount: z.number().int(),
  elsewhereShare: z.number(),
});
export type RegionContrast = z.infer<typeof RegionContrast>;

export const CustomerView = z.object({
  period: ResolvedPeriod,
  totals: Totals,
  /** Worst first, as the product view. */
  countries: z.array(CountryRow),
  regions: z.array(RegionRow),
  contrasts: z.array(RegionContrast),
});
export type CustomerView = z.infer<typeof CustomerView>;

// ── F18 Service view ────────────────────────────────────────────────────────────────────────

export const HandlingStats = z.object({
  /** Closed return/exchange cases with a handling time. */
  count: z.number().int().nonnegative(),
  medianHours: z.number().nullable(),
  p90Hours: z.number().nullable(),
  meanHours: z.number().nullable(),
});
export type HandlingStats = z.infer<typeof HandlingStats>;

export const ReplyStats = z.object({
  /** Message cases received in the window. */
  messages: z.number().int().nonnegative(),
  answeredInTime: z.number().int().nonnegative(),
  /** Answered after the marketplace's reply deadline (F24). */
  answeredLate: z.number().int().nonnegative(),
  /** Not answered and past the deadline now. */
  openOverdue: z.number().int().nonnegative(),
  /** Not answered, deadline still ahead. */
  openInTime: z.number().int().nonnegative(),
  /** Messages without a received time or deadline: not judged. */
  unknown: z.number().int().nonnegative(),
  /** (answeredLate + openOverdue) ÷ judged messages. */
  breachRate: Rate,
  medianReplyHours: z.number().nullable(),
});
export type ReplyStats = z.infer<typeof ReplyStats>;

export const AgentRow = z.object({
  agent: z.string(),
  cases: z.number().int(),
  handling: HandlingStats,
});
export type AgentRow = z.infer<typeof AgentRow>;

export const ServiceView = z.object({
  period: ResolvedPeriod,
  /** Return and exchange cases requested in the window. */
  cases: z.number().int().nonnegative(),
  open: z.number().int().nonnegative(),
  handling: HandlingStats,
  decidedByRule: z.number().int().nonnegative(),
  decidedByHand: z.number().int().nonnegative(),
  undecided: z.number().int().nonnegative(),
  /** decidedByRule ÷ (decidedByRule + decidedByHand). */
  ruleShare: Rate,
  replies: ReplyStats,
  /** Per marketplace, same figures in short. */
  byMarketplace: z.array(
    z.object({ marketplace: Marketplace, cases: z.number().int(), handling: HandlingStats, ruleShare: Rate, replies: ReplyStats }),
  ),
  /** Per agent where the case names one; empty when no case does (the cases recorded do not say who handled them). */
  agents: z.array(AgentRow),
});
export type ServiceView = z.infer<typeof ServiceView>;

// ── F19 Cost view ───────────────────────────────────────────────────────────────────────────

/** Where a cost figure came from: recorded on the cases, or estimated with the what-if cost model. */
export const CostPart = z.object({
  amount: z.number(),
  /** Part of `amount` estimated with the cost model (what-if.ts CostModel) for cases that recorded none. */
  estimated: z.number(),
  /** Cases whose figure was recorded / estimated. */
  recordedCases: z.number().int(),
  estimatedCases: z.number().int(),
});
export type CostPart = z.infer<typeof CostPart>;

export const CurrencyCostRow = z.object({
  currency: z.string(),
  returns: z.number().int(),
  exchanges: z.number().int(),
  returnShipping: CostPart,
  /** Product written off: items the buyer keeps (refund without return) or that cannot be resold. */
  productWrittenOff: CostPart,
  labour: CostPart,
  total: z.number(),
  /** total ÷ (returns + exchanges); null with no cases. */
  perCase: z.number().nullable(),
  /** Revenue of the order lines sold in the window, same currency. */
  revenue: z.number(),
  shareOfRevenue: Rate,
  /**
   * Net profit in the window where it can be estimated: revenue − product cost (SKU cost in this
   * currency, else the cost model's productCostShare × revenue) − return costs. null if no revenue.
   */
  netProfit: z.number().nullable(),
  shareOfNetProfit: Rate,
});
export type CurrencyCostRow = z.infer<typeof CurrencyCostRow>;

export const CostView = z.object({
  period: ResolvedPeriod,
  currencies: z.array(CurrencyCostRow),
  /** The SKUs whose returns cost most, per currency, largest first (at most 20). */
  topSkus: z.array(z.object({ sku: z.string(), currency: z.string(), total: z.number(), cases: z.number().int(), link: LinkTarget })),
});
export type CostView = z.infer<typeof CostView>;

// ── F21 Actions ─────────────────────────────────────────────────────────────────────────────

export const RetroActionKind = z.enum([
  'fix_size_chart',
  'fix_listing',
  'improve_packaging',
  'talk_to_supplier',
  'check_fulfilment',
  'delist',
  'watch',
]);
export type RetroActionKind = z.infer<typeof RetroActionKind>;

export const RetroAction = z.object({
  sku: z.string(),
  title: z.string().optional(),
  kind: RetroActionKind,
  /** Explanation code (locale key suffix) and its parameters, e.g. { reason: 'size_fit', share: 0.6 }. */
  why: z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }),
  /** The week's top-3 reasons of this SKU. */
  reasons: z.array(ReasonCount).max(3),
  returns: z.number().int(),
  exchanges: z.number().int(),
  returnRate: Rate,
  /** With "talk to the supplier": the SKU's supplier and its KPIs (suppliers.ts supplierKpis). */
  supplier: z
    .object({
      id: z.string(),
      name: z.string(),
      /** Pass rate (产品合格率) 0–1, null without enough inspected purchase orders. */
      passRate: z.number().nullable(),
      onTimeRate: z.number().nullable(),
    })
    .optional(),
  link: LinkTarget,
});
export type RetroAction = z.infer<typeof RetroAction>;

export const ActionsView = z.object({
  /** Always the 7 days up to today (the week), whatever the query's period. */
  period: ResolvedPeriod,
  /** Problem SKUs, worst first (at most 20). */
  actions: z.array(RetroAction),
});
export type ActionsView = z.infer<typeof ActionsView>;

// ── Alerts ──────────────────────────────────────────────────────────────────────────────────

export const RetroAlerts = z.object({
  certificatesExpiring: z.array(
    z.object({ id: z.string(), kind: z.string(), number: z.string(), expiresOn: IsoDate, daysLeft: z.number().int(), link: LinkTarget }),
  ),
  /** SKUs whose return rate over the last 30 days is above the threshold (small samples left out). */
  skusOverThreshold: z.array(
    z.object({ sku: z.string(), title: z.string().optional(), returnRate: Rate, threshold: z.number(), link: LinkTarget }),
  ),
  /** SKUs a purchase suggestion says to order now (purchasing.ts suggestPurchase > 0). */
  purchaseSuggestionsDue: z.array(
    z.object({ sku: z.string(), title: z.string().optional(), quantity: z.number(), formula: z.string(), link: LinkTarget }),
  ),
});
export type RetroAlerts = z.infer<typeof RetroAlerts>;

// ── Popup summary ───────────────────────────────────────────────────────────────────────────

export const RetroSummary = z.object({
  period: ResolvedPeriod,
  /** No order line and no case stored at all: the popup says to import a report or load the demo. */
  empty: z.boolean(),
  totals: Totals,
  /** The five worst SKUs (as the product view orders them), with their sparkline. */
  worstSkus: z.array(SkuRow),
  reasons: z.array(ReasonCount),
  trend: DailySeries,
  service: z.object({ handling: HandlingStats, ruleShare: Rate, openOverdueReplies: z.number().int() }),
  /** Return cost per currency in the window (recorded + estimated). */
  cost: z.array(z.object({ currency: z.string(), total: z.number(), perCase: z.number().nullable(), shareOfRevenue: Rate })),
  actions: z.array(RetroAction).max(3),
  alerts: RetroAlerts,
  /** When the aggregates were last rebuilt from raw data (null: kept incrementally since creation). */
  rebuiltAt: z.string().nullable(),
});
export type RetroSummary = z.infer<typeof RetroSummary>;

// ── Drill-down: the cases behind a number ───────────────────────────────────────────────────

export const DrilldownTarget = z.object({
  /** Which cases: returns, exchanges, both ("cases"), or message cases ("messages"). */
  kind: z.enum(['returns', 'exchanges', 'cases', 'messages']).default('cases'),
  sku: z.string().max(200).optional(),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  region: RetroRegion.optional(),
  reason: z.optional(ReturnReason),
  /** Narrow to: cases decided by rule / by hand / undecided, open ones, or replies past their deadline. */
  only: z.enum(['by_rule', 'by_hand', 'undecided', 'open', 'reply_breached']).optional(),
});
export type DrilldownTarget = z.infer<typeof DrilldownTarget>;

export const DrilldownRequest = z.object({
  query: RetroQuery,
  target: DrilldownTarget,
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
export type DrilldownRequest = z.infer<typeof DrilldownRequest>;

export const DrilldownCase = z.object({
  id: z.string(),
  marketplace: Marketplace,
  kind: z.enum(['return', 'exchange', 'message']),
  orderId: z.string(),
  sku: z.string().optional(),
  country: z.optional(CountryCode),
  reason: z.optional(ReturnReason),
  buyerComment: z.string().optional(),
  requestedAt: z.string(),
  /** Latest timeline step. */
  status: z.string(),
  handlingHours: z.number().nullable(),
  decidedBy: z.enum(['rule', 'hand', 'undecided']),
  ruleId: z.string().optional(),
  action: z.string().optional(),
  /** Message cases: reply deadline state. */
  reply: z.enum(['in_time', 'late', 'open_overdue', 'open_in_time', 'unknown']).optional(),
});
export type DrilldownCase = z.infer<typeof DrilldownCase>;

export const DrilldownResult = z.object({
  period: ResolvedPeriod,
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  /** Newest request first. */
  cases: z.array(DrilldownCase),
});
export type DrilldownResult = z.infer<typeof DrilldownResult>;

// ── Export ──────────────────────────────────────────────────────────────────────────────────

export const RetroExportView = z.enum(['product', 'category', 'customer', 'service', 'cost', 'actions', 'cases']);
export type RetroExportView = z.infer<typeof RetroExportView>;

export const RetroExportRequest = z.object({ query: RetroQuery, view: RetroExportView });
export type RetroExportRequest = z.infer<typeof RetroExportRequest>;

export const RetroExportResult = z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int() });
export type RetroExportResult = z.infer<typeof RetroExportResult>;

// ── Paging of the product and customer views ────────────────────────────────────────────────

export const RetroViewRequest = z.object({
  query: RetroQuery,
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(1000).default(100),
});
export type RetroViewRequest = z.infer<typeof RetroViewRequest>;

// ── Rebuild (diagnostics / after restore) ───────────────────────────────────────────────────

export const RebuildResult = z.object({
  cases: z.number().int(),
  orders: z.number().int(),
  buckets: z.number().int(),
  /** The stored incremental aggregates equalled the rebuilt ones before they were replaced. */
  agreed: z.boolean(),
  /** Bucket keys that differed (at most 20), for the report. */
  differences: z.array(z.string()),
  rebuiltAt: z.string(),
});
export type RebuildResult = z.infer<typeof RebuildResult>;
