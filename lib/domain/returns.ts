/**
 * Return/exchange rules (F5, F13): the first enabled rule, by priority, whose conditions all hold
 * decides what to do; the hint says which rule, why (one explanation per condition) and where the
 * item goes back to.
 */
import type { Explanation, ReturnHint } from './annotations';
import { regionOf } from './countries';
import { explain } from './explain';
import type { Money, ReturnAction, ReturnCondition, ReturnReason, ReturnRule, Warehouse } from './schemas';

/** What is known about one return request. */
export interface ReturnFacts {
  reason: ReturnReason;
  orderValue?: Money | undefined;
  /** Category ids root → leaf of the returned SKU. */
  categoryPath?: readonly string[] | undefined;
  tags?: readonly string[] | undefined;
  /** Buyer country. */
  country?: string | undefined;
  daysSinceDelivery?: number | undefined;
  customerReturnCount?: number | undefined;
}

export interface ReturnRuleContext {
  warehouses: readonly Warehouse[];
}

// ── Conditions ──────────────────────────────────────────────────────────────────────────────

type ConditionResult =
  | { holds: true; why: Explanation }
  /** `note`: a non-match worth telling the agent about (the rule could not judge this case). */
  | { holds: false; note?: Explanation };

const NO: ConditionResult = { holds: false };

function valueCondition(condition: Extract<ReturnCondition, { type: 'orderValueBelow' | 'orderValueAtLeast' }>, rule: ReturnRule, value: Money | undefined): ConditionResult {
  if (!value) return { holds: false, note: explain('rule_value_missing', { rule: rule.name }) };
  // Thresholds are per currency ("$20 / €20"); without a threshold in this currency the rule can't judge.
  const threshold = condition.amounts[value.currency];
  if (threshold === undefined) {
    return { holds: false, note: explain('rule_value_currency_not_covered', { rule: rule.name, currency: value.currency }) };
  }
  const params = { amount: value.amount, threshold, currency: value.currency };
  if (condition.type === 'orderValueBelow') {
    return value.amount < threshold ? { holds: true, why: explain('rule_value_below', params) } : NO;
  }
  return value.amount >= threshold ? { holds: true, why: explain('rule_value_at_least', params) } : NO;
}

function checkCondition(condition: ReturnCondition, rule: ReturnRule, facts: ReturnFacts): ConditionResult {
  switch (condition.type) {
    case 'reason':
      return condition.anyOf.includes(facts.reason) ? { holds: true, why: explain('rule_reason_matched', { reason: facts.reason }) } : NO;
    case 'orderValueBelow':
    case 'orderValueAtLeast':
      return valueCondition(condition, rule, facts.orderValue);
    case 'category': {
      // A category includes its sub-categories: the path holds every ancestor of the SKU's category.
      const category = condition.anyOf.find((id) => facts.categoryPath?.includes(id));
      return category ? { holds: true, why: explain('rule_category_matched', { category }) } : NO;
    }
    case 'tag': {
      const tag = condition.anyOf.find((id) => facts.tags?.includes(id));
      return tag ? { holds: true, why: explain('rule_tag_matched', { tag }) } : NO;
    }
    case 'country':
      return facts.country && condition.anyOf.includes(facts.country)
        ? { holds: true, why: explain('rule_country_matched', { country: facts.country }) }
        : NO;
    case 'daysSinceDeliveryAtMost':
      return facts.daysSinceDelivery !== undefined && facts.daysSinceDelivery <= condition.days
        ? { holds: true, why: explain('rule_days_since_delivery_within', { days: facts.daysSinceDelivery, limit: condition.days }) }
        : NO;
    case 'customerReturnsAtLeast':
      return facts.customerReturnCount !== undefined && facts.customerReturnCount >= condition.count
        ? { holds: true, why: explain('rule_customer_returns_at_least', { count: facts.customerReturnCount, threshold: condition.count }) }
        : NO;
  }
}

// ── Rule order ──────────────────────────────────────────────────────────────────────────────

const ordered = new WeakMap<readonly ReturnRule[], readonly ReturnRule[]>();

/** Enabled rules, lowest priority first; equal priorities keep the seller's order. Cached per array. */
export function rulesInOrder(rules: readonly ReturnRule[]): readonly ReturnRule[] {
  let sorted = ordered.get(rules);
  if (!sorted) {
    sorted = rules
      .map((rule, index) => ({ rule, index }))
      .filter(({ rule }) => rule.enabled)
      .sort((a, b) => a.rule.priority - b.rule.priority || a.index - b.index)
      .map(({ rule }) => rule);
    ordered.set(rules, sorted);
  }
  return sorted;
}

// ── Return address ──────────────────────────────────────────────────────────────────────────

export interface ResolvedAddress {
  warehouse: Warehouse | null;
  explanation: Explanation[];
}

type Nearness = 'serving' | 'same-country' | 'same-region';

/** The warehouse of `kind` nearest the buyer: one that serves the country, else in it, else in its region. */
function nearest(kind: Warehouse['kind'], country: string, warehouses: readonly Warehouse[]): { warehouse: Warehouse; how: Nearness } | undefined {
  const candidates = warehouses.filter((w) => w.kind === kind);
  const serving = candidates.find((w) => w.servesCountries.includes(country));
  if (serving) return { warehouse: serving, how: 'serving' };
  const sameCountry = candidates.find((w) => w.address.country === country);
  if (sameCountry) return { warehouse: sameCountry, how: 'same-country' };
  const region = regionOf(country);
  const sameRegion = region && candidates.find((w) => (w.region ?? regionOf(w.address.country)) === region);
  return sameRegion ? { warehouse: sameRegion, how: 'same-region' } : undefined;
}

function returnsService(country: string | undefined, warehouses: readonly Warehouse[], afterFallback: boolean): ResolvedAddress {
  const near = country ? nearest('returns-service', country, warehouses) : undefined;
  const warehouse = near?.warehouse ?? warehouses.find((w) => w.kind === 'returns-service');
  if (!warehouse) return { warehouse: null, explanation: [explain('return_address_unavailable', { target: 'returns-service' })] };
  if (!country) {
    return { warehouse, explanation: [explain('return_buyer_country_unknown'), explain('return_to_returns_service', { warehouse: warehouse.name })] };
  }
  const explanation = [
    afterFallback
      ? explain('return_to_returns_service_fallback', { warehouse: warehouse.name, country })
      : explain('return_to_returns_service', { warehouse: warehouse.name }),
  ];
  // No returns-service address near the buyer: the first one is still better than none, but say so.
  if (!near) explanation.push(explain('return_to_returns_service_far', { warehouse: warehouse.name, country }));
  return { warehouse, explanation };
}

/**
 * Where the item goes back: 'none' → nowhere (the buyer keeps it); 'nearest-partner-warehouse' → the
 * partner overseas warehouse nearest the buyer, else the returns service; 'returns-service' → the
 * returns-service address nearest the buyer; any other value → the warehouse with that id.
 */
export function resolveReturnAddress(returnTo: ReturnAction['returnTo'], country: string | undefined, warehouses: readonly Warehouse[]): ResolvedAddress {
  if (returnTo === 'none') return { warehouse: null, explanation: [explain('return_to_none')] };
  if (returnTo === 'returns-service') return returnsService(country, warehouses, false);
  if (returnTo === 'nearest-partner-warehouse') {
    const near = country ? nearest('partner-overseas', country, warehouses) : undefined;
    if (!near || !country) return returnsService(country, warehouses, true);
    const { warehouse, how } = near;
    const why =
      how === 'serving'
        ? explain('return_to_partner_serving_country', { warehouse: warehouse.name, country })
        : how === 'same-country'
          ? explain('return_to_partner_same_country', { warehouse: warehouse.name, country })
          : explain('return_to_partner_same_region', { warehouse: warehouse.name, region: regionOf(country) ?? '' });
    return { warehouse, explanation: [why] };
  }
  const named = warehouses.find((w) => w.id === returnTo);
  return named
    ? { warehouse: named, explanation: [explain('return_to_warehouse', { warehouse: named.name })] }
    : { warehouse: null, explanation: [explain('return_address_unavailable', { target: returnTo })] };
}

// ── The match ───────────────────────────────────────────────────────────────────────────────

export function matchReturnRule(facts: ReturnFacts, rules: readonly ReturnRule[], ctx: ReturnRuleContext): ReturnHint {
  const notes: Explanation[] = [];
  for (const rule of rulesInOrder(rules)) {
    const why: Explanation[] = [];
    let matched = true;
    for (const condition of rule.conditions) {
      const result = checkCondition(condition, rule, facts);
      if (result.holds) why.push(result.why);
      else {
        if (result.note) notes.push(result.note);
        matched = false;
        break;
      }
    }
    if (!matched) continue;
    if (rule.conditions.length === 0) why.push(explain('rule_catch_all'));
    const address = resolveReturnAddress(rule.action.returnTo, facts.country, ctx.warehouses);
    return {
      reason: facts.reason,
      ruleId: rule.id,
      ruleName: rule.name,
      ...(rule.nameZh !== undefined && { ruleNameZh: rule.nameZh }),
      action: rule.action.kind,
      approval: rule.action.approval,
      ...(rule.action.couponPercent !== undefined && { couponPercent: rule.action.couponPercent }),
      returnAddress: address.warehouse?.address ?? null,
      ...(address.warehouse && { returnAddressWarehouseId: address.warehouse.id }),
      explanation: [...notes, ...why, ...address.explanation],
    };
  }
  // No rule (not even a catch-all): an agent decides, nothing is chosen for them.
  return {
    reason: facts.reason,
    ruleId: null,
    ruleName: null,
    action: 'standard_return',
    approval: 'agent',
    returnAddress: null,
    explanation: [...notes, explain('rule_no_match')],
  };
}
