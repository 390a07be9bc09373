/**
 * Rule what-if (F25): before a changed rule list is saved, the old and the new list both decide
 * every stored return/exchange case, and the summary says how many decisions change, which ones,
 * and what that costs under an explicit cost model.
 *
 * Budget: 100,000 cases ≤ 1 s (tests/bench/what-if.ts). A decision depends on few facts of a case — its
 * reason, which side of each value threshold its value falls on, its SKU's rule-relevant categories
 * and tags, which side of each day limit and history count it is — so cases that agree on those
 * share one decision, found once (the memo idea of annotate.ts). Where the item goes back depends on
 * the buyer's country as well and is looked up once per country; costs are added up per case.
 *
 * Every decision here is the one `matchReturnRule` makes for the same facts (`createCaseFacts` gives
 * them, and a unit test holds the two together), so what the what-if predicts is what the return
 * hint will show.
 */
import { explainerFor } from './explain';
import { z } from 'zod';
import type { Explanation } from './annotations';
import { createCatalogueIndex } from './catalogue';
import { fractionDigitsOf, regionOf } from './countries';
import { resolveReturnAddress, rulesInOrder, type ReturnFacts } from './returns';
import { CaseRecord as CaseRecordSchema } from './schemas';
import type {
  CaseRecord,
  Category,
  Money,
  PostalAddress,
  ReturnAction,
  ReturnActionKind,
  ReturnReason,
  ReturnRule,
  RoleTag,
  Sku,
  Warehouse,
} from './schemas';

// ── Explanations (locales/rules.json) ───────────────────────────────────────────────────────

/** Codes the what-if emits, with their parameter names in placeholder order. */
export const WHAT_IF_EXPLANATION_PARAMS = {
  whatif_reason_unknown: ['count'],
  whatif_value_missing: ['rule', 'count'],
  whatif_currency_not_covered: ['rule', 'currency', 'count'],
  whatif_days_unknown: ['rule', 'count'],
  whatif_history_unknown: ['rule', 'count'],
  whatif_cost_no_value: ['count'],
  whatif_cost_currency_missing: ['currency', 'count'],
  whatif_product_cost_estimated: ['count', 'percent'],
} as const satisfies Record<string, readonly string[]>;

export type WhatIfExplanationCode = keyof typeof WHAT_IF_EXPLANATION_PARAMS;

const explainWhatIf = explainerFor(WHAT_IF_EXPLANATION_PARAMS);

// ── Cost model ──────────────────────────────────────────────────────────────────────────────

const Cost = z.number().nonnegative();

/** What one step of handling a return costs, in one currency. */
export const CurrencyCosts = z.object({
  /** Buyer → warehouse, by how far the warehouse is: same country, same region, elsewhere (or unknown). */
  returnShipping: z.object({ sameCountry: Cost, sameRegion: Cost, otherRegion: Cost }),
  /** Sending the replacement of an exchange. */
  outboundShipping: Cost,
  /** Receiving, inspecting and restocking (or repacking) a unit. */
  handling: Cost,
  /** A supervisor's time on one case. */
  supervisorReview: Cost,
});
export type CurrencyCosts = z.infer<typeof CurrencyCosts>;

/**
 * Costs per currency: a case is costed in its own order currency, never converted. Per case:
 * - the item comes back: return shipping (by the warehouse's distance) + handling;
 * - the item stays with the buyer (refund without return, or a rule returning to "none"): the
 *   product cost is written off — the SKU's cost when it is in the case's currency, else
 *   `productCostShare` × order value;
 * - an exchange: + outbound shipping of the replacement; with a coupon: + coupon % × order value;
 * - supervisor approval: + a supervisor's review.
 * The refund itself is not counted: the order value goes back to the buyer on every path except an
 * exchange, where a replacement goes out instead.
 */
export const CostModel = z.object({
  currencies: z.record(z.string().regex(/^[A-Z]{3}$/), CurrencyCosts),
  productCostShare: z.number().min(0).max(1),
});
export type CostModel = z.infer<typeof CostModel>;

const costs = (sameCountry: number, sameRegion: number, otherRegion: number, outboundShipping: number, handling: number, supervisorReview: number): CurrencyCosts => ({
  returnShipping: { sameCountry, sameRegion, otherRegion },
  outboundShipping,
  handling,
  supervisorReview,
});

/** Rough small-parcel figures for a seller to replace with their own; same currencies as the seed thresholds. */
export const DEFAULT_COST_MODEL: CostModel = {
  currencies: {
    USD: costs(7, 12, 30, 6, 2.5, 4),
    EUR: costs(6, 10, 28, 5.5, 2.5, 4),
    GBP: costs(5, 9, 25, 4.5, 2, 3.5),
    CAD: costs(10, 16, 40, 9, 3.5, 5),
    AUD: costs(11, 17, 40, 10, 3.5, 5),
    JPY: costs(900, 1500, 3800, 800, 350, 500),
  },
  productCostShare: 0.4,
};

// ── Inputs and results ──────────────────────────────────────────────────────────────────────

export interface WhatIfCatalogue {
  skus: ReadonlyMap<string, Sku>;
  categories: readonly Category[];
  tags: readonly RoleTag[];
}

/**
 * Facts a stored case does not carry yet (CaseRecord has neither a buyer nor a delivery date), keyed
 * by case id. Without them, rules on customer history or days since delivery cannot judge the case:
 * they do not apply (as on the page), and the summary says for how many cases.
 */
export interface CaseExtras {
  /** Any stable key for the buyer (a hash of the buyer id); never shown. */
  buyerId?: string;
  /** YYYY-MM-DD. */
  deliveredOn?: string;
}

/**
 * What the what-if reads of a stored case: a whole CaseRecord will do, and so does the smaller
 * projection the background keeps in memory (the timeline only matters with `extras`).
 */
export type WhatIfCase = Pick<CaseRecord, 'id' | 'kind' | 'sku' | 'country' | 'reason' | 'orderValue'> & Partial<Pick<CaseRecord, 'timeline' | 'createdAt'>>;

/** The stored fields the rule editor reads of each case: the what-if's, plus what its list of affected cases shows. */
export const RuleCaseRecord = CaseRecordSchema.pick({ id: true, marketplace: true, kind: true, orderId: true, sku: true, country: true, reason: true, orderValue: true });
export type RuleCaseRecord = z.infer<typeof RuleCaseRecord>;

export interface WhatIfInput {
  before: readonly ReturnRule[];
  after: readonly ReturnRule[];
  cases: readonly WhatIfCase[];
  catalogue: WhatIfCatalogue;
  warehouses: readonly Warehouse[];
  costModel: CostModel;
  extras?: ReadonlyMap<string, CaseExtras> | undefined;
  /** Example case ids kept per group (default 5). */
  examples?: number;
}

/** What one rule list decided for a case. Shared between cases: read-only. */
export interface RuleDecision {
  ruleId: string | null;
  action: ReturnActionKind;
  approval: ReturnAction['approval'];
  couponPercent: number | null;
  warehouseId: string | null;
  returnAddress: PostalAddress | null;
}

export interface CaseWhatIf {
  caseId: string;
  /** The order currency, or null when the case has no order value. */
  currency: string | null;
  before: RuleDecision;
  after: RuleDecision;
  /** Action, approval, coupon or return warehouse differ (a different rule deciding alike is not a change). */
  changed: boolean;
  /** In `currency`, rounded to its minor unit; null when the case cannot be costed. */
  costBefore: number | null;
  costAfter: number | null;
}

export interface CurrencyAmount {
  currency: string;
  amount: number;
}

export interface ActionChange {
  from: ReturnActionKind;
  to: ReturnActionKind;
  count: number;
  examples: string[];
  /** after − before, per currency, over the costed cases of this group. */
  costDelta: CurrencyAmount[];
}

export interface CurrencyCostTotal {
  currency: string;
  /** Cases costed in this currency. */
  cases: number;
  before: number;
  after: number;
  delta: number;
}

export interface CaseGroup {
  count: number;
  examples: string[];
}

export interface WhatIfSummary {
  /** Return and exchange cases judged. */
  cases: number;
  /** Message cases, which no return rule judges. */
  ignored: number;
  changed: number;
  /** Decided by another rule, but the same decision. */
  ruleOnlyChanges: number;
  /** Changed decisions by (old action → new action), most cases first. */
  changes: ActionChange[];
  /** Cases that now need a supervisor, and cases that no longer do. */
  newlySupervisor: CaseGroup;
  noLongerSupervisor: CaseGroup;
  /** Per currency, sorted by currency code; no exchange rates. */
  cost: CurrencyCostTotal[];
  /** What the new rules could not judge, and what could not be costed (most cases first). */
  notes: Explanation[];
}

export interface WhatIfResult {
  /** One entry per return/exchange case, in input order. */
  cases: CaseWhatIf[];
  summary: WhatIfSummary;
}

// ── Case facts ──────────────────────────────────────────────────────────────────────────────

const RULE_KINDS: ReadonlySet<CaseRecord['kind']> = new Set(['return', 'exchange']);

export function isRuleCase(c: Pick<CaseRecord, 'kind'>): boolean {
  return RULE_KINDS.has(c.kind);
}

/** When the buyer asked: the "requested" step of the timeline, else when the case was recorded. */
function requestedAt(c: WhatIfCase): string {
  for (const step of c.timeline ?? []) if (step.status === 'requested') return step.at;
  return c.createdAt ?? '';
}

export interface CaseFacts {
  skuOf(c: WhatIfCase): Sku | undefined;
  categoryPathOf(sku: Sku | undefined): readonly string[];
  /**
   * Per position in `cases`: days from delivery to the request, and the buyer's return/exchange
   * cases requested earlier; NaN where unknown. Computed once, on first use.
   */
  columns(): { days: Float64Array; history: Float64Array };
  /** The facts as `matchReturnRule` takes them, to explain one case's decision in full. */
  factsOf(c: WhatIfCase): ReturnFacts;
}

export function createCaseFacts(input: Pick<WhatIfInput, 'cases' | 'catalogue' | 'extras'>): CaseFacts {
  const { cases, catalogue, extras } = input;
  const index = createCatalogueIndex(catalogue.categories, catalogue.tags);
  const byAsin = new Map<string, Sku>();
  for (const sku of catalogue.skus.values()) if (sku.asin) byAsin.set(sku.asin, sku);
  const paths = new Map<string, readonly string[]>();
  let columns: { days: Float64Array; history: Float64Array } | undefined;
  let positions: Map<string, number> | undefined;

  const facts: CaseFacts = {
    skuOf: (c) => (c.sku === undefined ? undefined : (catalogue.skus.get(c.sku) ?? byAsin.get(c.sku))),
    categoryPathOf(sku) {
      if (!sku?.categoryId) return [];
      let path = paths.get(sku.categoryId);
      if (!path) paths.set(sku.categoryId, (path = index.pathOf(sku.categoryId).map((category) => category.id)));
      return path;
    },
    columns: () => (columns ??= caseColumns(cases, extras)),
    factsOf(c) {
      const sku = facts.skuOf(c);
      positions ??= new Map(cases.map((other, i) => [other.id, i]));
      const i = positions.get(c.id);
      const { days, history } = facts.columns();
      const known = (column: Float64Array) => (i === undefined || Number.isNaN(column[i]!) ? undefined : column[i]);
      return {
        reason: c.reason ?? 'other',
        orderValue: c.orderValue,
        categoryPath: facts.categoryPathOf(sku),
        tags: sku?.tags ?? [],
        country: c.country,
        daysSinceDelivery: known(days),
        customerReturnCount: known(history),
      };
    },
  };
  return facts;
}

const DIGIT_0 = 48;

/**
 * Days since 1970-01-01 of the "YYYY-MM-DD" a string starts with (NaN if it does not), by
 * arithmetic: Map-cached Date.UTC cost more than the rest of the what-if's per-case work.
 * (The days-from-civil algorithm of H. Hinnant, proleptic Gregorian.)
 */
export function dayNumber(iso: string): number {
  if (iso.length < 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45 || (iso.length > 10 && iso.charCodeAt(10) !== 84)) return NaN;
  let y = 0;
  let m = 0;
  let d = 0;
  for (let k = 0; k < 10; k++) {
    if (k === 4 || k === 7) continue;
    const digit = iso.charCodeAt(k) - DIGIT_0;
    if (digit < 0 || digit > 9) return NaN;
    if (k < 4) y = y * 10 + digit;
    else if (k < 7) m = m * 10 + digit;
    else d = d * 10 + digit;
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return NaN;
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Epoch ms of an ISO date-time; canonical UTC ("…T12:34:56.789Z", as toISOString writes) by arithmetic. */
function instantOf(iso: string): number {
  if (iso.length === 24 && iso.charCodeAt(23) === 90 && iso.charCodeAt(19) === 46 && iso.charCodeAt(13) === 58 && iso.charCodeAt(16) === 58) {
    const two = (k: number) => (iso.charCodeAt(k) - DIGIT_0) * 10 + iso.charCodeAt(k + 1) - DIGIT_0;
    const ms = (iso.charCodeAt(20) - DIGIT_0) * 100 + two(21);
    const value = dayNumber(iso) * 86_400_000 + two(11) * 3_600_000 + two(14) * 60_000 + two(17) * 1000 + ms;
    if (!Number.isNaN(value)) return value;
  }
  return Date.parse(iso);
}

function caseColumns(cases: readonly WhatIfCase[], extras: ReadonlyMap<string, CaseExtras> | undefined): { days: Float64Array; history: Float64Array } {
  const days = new Float64Array(cases.length).fill(NaN);
  const history = new Float64Array(cases.length).fill(NaN);
  if (!extras || extras.size === 0) return { days, history };
  const at = new Float64Array(cases.length);
  const buyerOf: (string | undefined)[] = new Array(cases.length);
  const withBuyer: number[] = [];
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i]!;
    const extra = isRuleCase(c) ? extras.get(c.id) : undefined;
    if (!extra) continue;
    const requested = requestedAt(c);
    if (extra.deliveredOn !== undefined) days[i] = dayNumber(requested) - dayNumber(extra.deliveredOn);
    if (extra.buyerId !== undefined) {
      at[i] = instantOf(requested);
      buyerOf[i] = extra.buyerId;
      withBuyer.push(i);
    }
  }
  // One pass in time order, counting each buyer's cases so far. Cases requested at the same moment
  // do not count as earlier than each other; an unreadable time counts as no earlier case.
  const order = Uint32Array.from(withBuyer).sort((a, b) => at[a]! - at[b]! || a - b);
  const seen = new Map<string, { count: number; lastAt: number; beforeLast: number }>();
  for (const i of order) {
    const buyer = buyerOf[i]!;
    const state = seen.get(buyer);
    if (!state) {
      seen.set(buyer, { count: 1, lastAt: at[i]!, beforeLast: 0 });
      history[i] = 0;
      continue;
    }
    if (at[i] !== state.lastAt) {
      state.lastAt = at[i]!;
      state.beforeLast = state.count;
    }
    history[i] = state.beforeLast;
    state.count++;
  }
  return { days, history };
}

// ── Compiled rules ──────────────────────────────────────────────────────────────────────────

interface Facts {
  reason: ReturnReason;
  value: Money | undefined;
  categoryPath: readonly string[];
  tags: readonly string[];
  country: string | undefined;
  days: number | undefined;
  history: number | undefined;
}

/** A condition that could not judge a case for lack of a fact; `count` is the cases it happened to. */
interface Unknown {
  code: 'whatif_value_missing' | 'whatif_currency_not_covered' | 'whatif_days_unknown' | 'whatif_history_unknown';
  rule: ReturnRule;
  currency?: string;
  count: number;
}

type Check = (facts: Facts) => boolean | Unknown;

interface CompiledRule {
  rule: ReturnRule;
  checks: Check[];
  /** Every Unknown its checks can return, in the order they were made. */
  unknowns: Unknown[];
}

function compileRule(rule: ReturnRule): CompiledRule {
  const unknowns: Unknown[] = [];
  const unknown = (code: Unknown['code'], currency?: string): Unknown => {
    const u: Unknown = { code, rule, count: 0, ...(currency !== undefined && { currency }) };
    unknowns.push(u);
    return u;
  };
  const valueMissing = unknown('whatif_value_missing');
  const daysUnknown = unknown('whatif_days_unknown');
  const historyUnknown = unknown('whatif_history_unknown');
  const notCovered = new Map<string, Unknown>();
  const currencyNotCovered = (currency: string) => {
    let u = notCovered.get(currency);
    if (!u) notCovered.set(currency, (u = unknown('whatif_currency_not_covered', currency)));
    return u;
  };

  const checks = rule.conditions.map((condition): Check => {
    switch (condition.type) {
      case 'reason': {
        const reasons = new Set<string>(condition.anyOf);
        return (f) => reasons.has(f.reason);
      }
      case 'orderValueBelow':
      case 'orderValueAtLeast': {
        const below = condition.type === 'orderValueBelow';
        const amounts = condition.amounts;
        return (f) => {
          if (!f.value) return valueMissing;
          const threshold = amounts[f.value.currency];
          if (threshold === undefined) return currencyNotCovered(f.value.currency);
          return below ? f.value.amount < threshold : f.value.amount >= threshold;
        };
      }
      case 'category': {
        const ids = new Set(condition.anyOf);
        return (f) => f.categoryPath.some((id) => ids.has(id));
      }
      case 'tag': {
        const ids = new Set(condition.anyOf);
        return (f) => f.tags.some((id) => ids.has(id));
      }
      case 'country': {
        const countries = new Set<string>(condition.anyOf);
        return (f) => f.country !== undefined && countries.has(f.country);
      }
      case 'daysSinceDeliveryAtMost':
        return (f) => (f.days === undefined ? daysUnknown : f.days <= condition.days);
      case 'customerReturnsAtLeast':
        return (f) => (f.history === undefined ? historyUnknown : f.history >= condition.count);
    }
  });
  return { rule, checks, unknowns };
}

/** The first rule whose conditions all hold; unknowns met on the way (as matchReturnRule, the first failing condition ends a rule). */
function firstMatch(rules: readonly CompiledRule[], facts: Facts): { rule: ReturnRule | null; unknowns: Unknown[] } {
  const unknowns: Unknown[] = [];
  for (const { rule, checks } of rules) {
    let matched = true;
    for (const check of checks) {
      const result = check(facts);
      if (result === true) continue;
      if (result !== false) unknowns.push(result);
      matched = false;
      break;
    }
    if (matched) return { rule, unknowns };
  }
  return { rule: null, unknowns };
}

// ── Buckets: which side of every threshold a fact falls on ─────────────────────────────────

interface Thresholds {
  /** Per currency, every value threshold any rule names, ascending. */
  value: Map<string, number[]>;
  days: number[];
  history: number[];
  categories: Set<string>;
  tags: Set<string>;
  countries: Set<string>;
}

function collectThresholds(lists: readonly (readonly ReturnRule[])[]): Thresholds {
  const t: Thresholds = { value: new Map(), days: [], history: [], categories: new Set(), tags: new Set(), countries: new Set() };
  for (const rules of lists) {
    for (const rule of rules) {
      for (const c of rule.conditions) {
        if (c.type === 'orderValueBelow' || c.type === 'orderValueAtLeast') {
          for (const [currency, amount] of Object.entries(c.amounts)) {
            let list = t.value.get(currency);
            if (!list) t.value.set(currency, (list = []));
            list.push(amount);
          }
        } else if (c.type === 'daysSinceDeliveryAtMost') t.days.push(c.days);
        else if (c.type === 'customerReturnsAtLeast') t.history.push(c.count);
        else if (c.type === 'category') c.anyOf.forEach((id) => t.categories.add(id));
        else if (c.type === 'tag') c.anyOf.forEach((id) => t.tags.add(id));
        else if (c.type === 'country') c.anyOf.forEach((id) => t.countries.add(id));
      }
    }
  }
  const ascending = (list: number[]) => [...new Set(list)].sort((a, b) => a - b);
  for (const [currency, list] of t.value) t.value.set(currency, ascending(list));
  t.days = ascending(t.days);
  t.history = ascending(t.history);
  return t;
}

/**
 * How many thresholds lie at or below `x` (or strictly below, for day limits). Two values with the
 * same count compare alike with every threshold: "< t" and ">= t" both turn on "t <= x".
 */
function countAtOrBelow(sorted: readonly number[], x: number): number {
  let n = 0;
  while (n < sorted.length && sorted[n]! <= x) n++;
  return n;
}
function countBelow(sorted: readonly number[], x: number): number {
  let n = 0;
  while (n < sorted.length && sorted[n]! < x) n++;
  return n;
}

/** Nested maps keyed by the values themselves, as annotate.ts does. */
class Memo<V> {
  private readonly root = new Map<unknown, unknown>();

  get(keys: readonly unknown[]): V | undefined {
    let node: unknown = this.root;
    for (const key of keys) {
      node = (node as Map<unknown, unknown>).get(key);
      if (node === undefined) return undefined;
    }
    return node as V;
  }

  set(keys: readonly unknown[], value: V): void {
    let map = this.root;
    for (let i = 0; i < keys.length - 1; i++) {
      let next = map.get(keys[i]) as Map<unknown, unknown> | undefined;
      if (!next) map.set(keys[i], (next = new Map()));
      map = next;
    }
    map.set(keys[keys.length - 1], value);
  }
}

// ── Decisions and their cost ────────────────────────────────────────────────────────────────

type Distance = keyof CurrencyCosts['returnShipping'];

/** A decision with what its cost depends on. */
interface Decided {
  decision: RuleDecision;
  itemComesBack: boolean;
  distance: Distance;
  exchange: boolean;
  coupon: number;
  supervisor: boolean;
}

interface Pair {
  before: Decided;
  after: Decided;
  changed: boolean;
  ruleOnly: boolean;
  group: Group | undefined;
  newlySupervisor: boolean;
  noLongerSupervisor: boolean;
}

/** The rules chosen for one memo key; the decisions then depend on the country only. */
interface Chosen {
  before: ReturnRule | null;
  after: ReturnRule | null;
  afterUnknowns: Unknown[];
  byCountry: Map<string | undefined, Pair>;
}

interface Group {
  from: ReturnActionKind;
  to: ReturnActionKind;
  count: number;
  examples: string[];
  deltaMinor: Map<string, number>;
}

function distanceOf(warehouse: Warehouse | null, country: string | undefined): Distance {
  if (!warehouse || country === undefined) return 'otherRegion';
  if (warehouse.address.country === country) return 'sameCountry';
  const region = regionOf(country);
  return region !== undefined && (warehouse.region ?? regionOf(warehouse.address.country)) === region ? 'sameRegion' : 'otherRegion';
}

function decide(rule: ReturnRule | null, country: string | undefined, warehouses: readonly Warehouse[]): Decided {
  if (!rule) {
    // No rule: an agent decides (as matchReturnRule says); costed as a standard return from afar.
    const decision: RuleDecision = { ruleId: null, action: 'standard_return', approval: 'agent', couponPercent: null, warehouseId: null, returnAddress: null };
    return { decision, itemComesBack: true, distance: 'otherRegion', exchange: false, coupon: 0, supervisor: false };
  }
  const { action } = rule;
  const { warehouse } = resolveReturnAddress(action.returnTo, country, warehouses);
  const decision: RuleDecision = {
    ruleId: rule.id,
    action: action.kind,
    approval: action.approval,
    couponPercent: action.couponPercent ?? null,
    warehouseId: warehouse?.id ?? null,
    returnAddress: warehouse?.address ?? null,
  };
  return {
    decision,
    itemComesBack: action.kind !== 'refund_without_return' && action.returnTo !== 'none',
    distance: distanceOf(warehouse, country),
    exchange: action.kind === 'approve_exchange' || action.kind === 'exchange_with_coupon',
    coupon: action.kind === 'exchange_with_coupon' ? (action.couponPercent ?? 0) : 0,
    supervisor: action.approval === 'supervisor',
  };
}

function sameDecision(a: RuleDecision, b: RuleDecision): boolean {
  return a.action === b.action && a.approval === b.approval && a.couponPercent === b.couponPercent && a.warehouseId === b.warehouseId;
}

/** The cost of a decision for one case, in the case's currency (see CostModel). */
function decisionCost(d: Decided, costs: CurrencyCosts, orderValue: number, productCost: number): number {
  let cost = d.itemComesBack ? costs.returnShipping[d.distance] + costs.handling : productCost;
  if (d.exchange) cost += costs.outboundShipping;
  if (d.coupon > 0) cost += (orderValue * d.coupon) / 100;
  if (d.supervisor) cost += costs.supervisorReview;
  return cost;
}

// ── The what-if ─────────────────────────────────────────────────────────────────────────────

export function whatIf(input: WhatIfInput): WhatIfResult {
  const { cases, warehouses, costModel } = input;
  const maxExamples = input.examples ?? 5;
  const facts = createCaseFacts(input);
  const before = rulesInOrder(input.before).map(compileRule);
  const after = input.after === input.before ? before : rulesInOrder(input.after).map(compileRule);
  const t = collectThresholds([input.before, input.after]);
  const needsDays = t.days.length > 0;
  const needsHistory = t.history.length > 0;

  // A SKU's profile: only the categories and tags some rule names decide anything.
  const profiles = new Map<string, number>();
  const profileOfSku = new Map<Sku, number>();
  const profileOf = (sku: Sku | undefined): number => {
    if (!sku) return 0;
    let id = profileOfSku.get(sku);
    if (id === undefined) {
      const relevant = [
        ...facts.categoryPathOf(sku).filter((c) => t.categories.has(c)),
        '|',
        ...sku.tags.filter((tag) => t.tags.has(tag)).sort(),
      ].join('\u0000');
      id = profiles.get(relevant);
      if (id === undefined) profiles.set(relevant, (id = profiles.size + 1));
      profileOfSku.set(sku, id);
    }
    return id;
  };

  const memo = new Memo<Chosen>();
  /** One key array, refilled per case: the memo reads it and never keeps it. */
  const key: unknown[] = new Array(7);
  const groups = new Map<string, Group>();
  const totals = new Map<string, { cases: number; before: number; after: number }>();
  const newlySupervisor: CaseGroup = { count: 0, examples: [] };
  const noLongerSupervisor: CaseGroup = { count: 0, examples: [] };
  const out: CaseWhatIf[] = [];
  let ignored = 0;
  let changed = 0;
  let ruleOnlyChanges = 0;
  let reasonUnknown = 0;
  let noValue = 0;
  let productEstimated = 0;
  const currencyMissing = new Map<string, number>();
  const add = (group: CaseGroup, id: string) => {
    group.count++;
    if (group.examples.length < maxExamples) group.examples.push(id);
  };

  const columns = needsDays || needsHistory ? facts.columns() : undefined;
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i]!;
    if (!isRuleCase(c)) {
      ignored++;
      continue;
    }
    if (c.reason === undefined) reasonUnknown++;
    const reason = c.reason ?? 'other';
    const value = c.orderValue;
    const currency = value?.currency;
    const valueBucket = value ? countAtOrBelow(t.value.get(value.currency) ?? [], value.amount) : 0;
    const sku = facts.skuOf(c);
    const knownDays = needsDays ? columns!.days[i]! : NaN;
    const days = Number.isNaN(knownDays) ? undefined : knownDays;
    const knownHistory = needsHistory ? columns!.history[i]! : NaN;
    const history = Number.isNaN(knownHistory) ? undefined : knownHistory;
    const country = c.country;
    key[0] = reason;
    key[1] = currency;
    key[2] = valueBucket;
    key[3] = country !== undefined && t.countries.has(country) ? country : '';
    key[4] = profileOf(sku);
    key[5] = days === undefined ? -1 : countBelow(t.days, days);
    key[6] = history === undefined ? -1 : countAtOrBelow(t.history, history);
    let chosen = memo.get(key);
    if (!chosen) {
      const f: Facts = { reason, value, categoryPath: facts.categoryPathOf(sku), tags: sku?.tags ?? [], country, days, history };
      const b = firstMatch(before, f);
      const a = after === before ? b : firstMatch(after, f);
      chosen = { before: b.rule, after: a.rule, afterUnknowns: a.unknowns, byCountry: new Map() };
      memo.set(key, chosen);
    }
    for (const u of chosen.afterUnknowns) u.count++;

    let pair = chosen.byCountry.get(country);
    if (!pair) {
      const b = decide(chosen.before, country, warehouses);
      const a = chosen.after === chosen.before ? b : decide(chosen.after, country, warehouses);
      const isChanged = !sameDecision(b.decision, a.decision);
      let group: Group | undefined;
      if (isChanged) {
        const groupKey = `${b.decision.action}>${a.decision.action}`;
        group = groups.get(groupKey);
        if (!group) groups.set(groupKey, (group = { from: b.decision.action, to: a.decision.action, count: 0, examples: [], deltaMinor: new Map() }));
      }
      pair = {
        before: b,
        after: a,
        changed: isChanged,
        ruleOnly: !isChanged && b.decision.ruleId !== a.decision.ruleId,
        group,
        newlySupervisor: !b.supervisor && a.supervisor,
        noLongerSupervisor: b.supervisor && !a.supervisor,
      };
      chosen.byCountry.set(country, pair);
    }

    if (pair.changed) {
      changed++;
      add(pair.group!, c.id);
    } else if (pair.ruleOnly) ruleOnlyChanges++;
    if (pair.newlySupervisor) add(newlySupervisor, c.id);
    if (pair.noLongerSupervisor) add(noLongerSupervisor, c.id);

    // Cost, in the case's currency, added up in minor units so totals are exact.
    let costBefore: number | null = null;
    let costAfter: number | null = null;
    const rates = value ? costModel.currencies[value.currency] : undefined;
    if (!value) noValue++;
    else if (!rates) currencyMissing.set(value.currency, (currencyMissing.get(value.currency) ?? 0) + 1);
    else {
      let productCost = 0;
      if (!pair.before.itemComesBack || !pair.after.itemComesBack) {
        if (sku?.cost && sku.cost.currency === value.currency) productCost = sku.cost.amount;
        else {
          productCost = value.amount * costModel.productCostShare;
          productEstimated++;
        }
      }
      const factor = 10 ** fractionDigitsOf(value.currency);
      const minorBefore = Math.round(decisionCost(pair.before, rates, value.amount, productCost) * factor);
      const minorAfter = Math.round(decisionCost(pair.after, rates, value.amount, productCost) * factor);
      costBefore = minorBefore / factor;
      costAfter = minorAfter / factor;
      let total = totals.get(value.currency);
      if (!total) totals.set(value.currency, (total = { cases: 0, before: 0, after: 0 }));
      total.cases++;
      total.before += minorBefore;
      total.after += minorAfter;
      if (pair.group) pair.group.deltaMinor.set(value.currency, (pair.group.deltaMinor.get(value.currency) ?? 0) + minorAfter - minorBefore);
    }

    out.push({ caseId: c.id, currency: currency ?? null, before: pair.before.decision, after: pair.after.decision, changed: pair.changed, costBefore, costAfter });
  }

  const major = (minor: number, currency: string) => minor / 10 ** fractionDigitsOf(currency);
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const changes: ActionChange[] = [...groups.values()]
    .sort((a, b) => b.count - a.count || byCode(a.from, b.from) || byCode(a.to, b.to))
    .map((g) => ({
      from: g.from,
      to: g.to,
      count: g.count,
      examples: g.examples,
      costDelta: [...g.deltaMinor].sort(([a], [b]) => byCode(a, b)).map(([currency, minor]) => ({ currency, amount: major(minor, currency) })),
    }));
  const cost: CurrencyCostTotal[] = [...totals]
    .sort(([a], [b]) => byCode(a, b))
    .map(([currency, total]) => ({
      currency,
      cases: total.cases,
      before: major(total.before, currency),
      after: major(total.after, currency),
      delta: major(total.after - total.before, currency),
    }));

  return {
    cases: out,
    summary: {
      cases: out.length,
      ignored,
      changed,
      ruleOnlyChanges,
      changes,
      newlySupervisor,
      noLongerSupervisor,
      cost,
      notes: notesOf(after, { reasonUnknown, noValue, productEstimated, currencyMissing, productCostShare: costModel.productCostShare }),
    },
  };
}

function notesOf(
  after: readonly CompiledRule[],
  counts: { reasonUnknown: number; noValue: number; productEstimated: number; currencyMissing: Map<string, number>; productCostShare: number },
): Explanation[] {
  const notes: { count: number; explanation: Explanation }[] = [];
  const note = (count: number, code: WhatIfExplanationCode, params: Record<string, string | number>) => {
    if (count > 0) notes.push({ count, explanation: explainWhatIf(code, { ...params, count }) });
  };
  for (const { unknowns } of after) {
    for (const u of unknowns) note(u.count, u.code, { rule: u.rule.name, ...(u.currency !== undefined && { currency: u.currency }) });
  }
  note(counts.reasonUnknown, 'whatif_reason_unknown', {});
  note(counts.noValue, 'whatif_cost_no_value', {});
  for (const [currency, count] of [...counts.currencyMissing].sort(([a], [b]) => (a < b ? -1 : 1))) note(count, 'whatif_cost_currency_missing', { currency });
  note(counts.productEstimated, 'whatif_product_cost_estimated', { percent: Math.round(counts.productCostShare * 100) });
  // Most cases first; equal counts keep rule order (the sort is stable).
  return notes.sort((a, b) => b.count - a.count).map((n) => n.explanation);
}
