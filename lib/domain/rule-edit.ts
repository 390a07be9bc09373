/**
 * What the return-rule editor (F13) needs besides the what-if: warnings about an ordered rule list
 * in plain words, moving a rule up or down, and each rule's conditions and action as explanations
 * for a readable list. Pure: the editor passes the catalogue's names in, this file knows no UI.
 */
import { explainerFor } from './explain';
import type { Explanation } from './annotations';
import { isRuleCase } from './what-if';
import { rulesInOrder } from './returns';
import type { CaseRecord, ReturnCondition, ReturnRule, Warehouse } from './schemas';

// ── Explanations (locales/rules.json) ───────────────────────────────────────────────────────

/** Codes the rule editor's helpers emit, with their parameter names in placeholder order. */
export const RULE_EDIT_EXPLANATION_PARAMS = {
  // Conditions
  rules_cond_reason: ['reasons'],
  rules_cond_value_below: ['amounts'],
  rules_cond_value_at_least: ['amounts'],
  rules_cond_value_no_amounts: [],
  rules_cond_category: ['categories'],
  rules_cond_tag: ['tags'],
  rules_cond_country: ['countries'],
  rules_cond_days_within: ['days'],
  rules_cond_customer_returns: ['count'],
  rules_cond_always: [],
  // Action (action and approval are enum params the UI translates: action_…, approval_…)
  rules_action: ['action', 'approval'],
  rules_action_coupon: ['percent'],
  rules_action_keep_item: [],
  rules_action_to_nearest_partner: [],
  rules_action_to_returns_service: [],
  rules_action_to_warehouse: ['warehouse'],
  rules_action_disabled: [],
  // Warnings about the list
  rules_duplicate_id: ['id', 'count'],
  rules_unreachable_after_catch_all: ['rule', 'catchAll'],
  rules_shadowed: ['rule', 'earlier'],
  rules_threshold_currency_missing: ['rule', 'currency', 'count'],
  rules_no_catch_all: [],
  rules_coupon_missing: ['rule'],
  rules_unknown_warehouse: ['rule', 'target'],
} as const satisfies Record<string, readonly string[]>;

export type RuleEditExplanationCode = keyof typeof RULE_EDIT_EXPLANATION_PARAMS;

const explainRule = explainerFor(RULE_EDIT_EXPLANATION_PARAMS);

// ── Validation ──────────────────────────────────────────────────────────────────────────────

export interface RuleProblem {
  /** error: the list cannot be saved as is; warning: it works, but not as the seller likely means; info: worth knowing. */
  severity: 'error' | 'warning' | 'info';
  ruleId: string | null;
  explanation: Explanation;
}

export interface RuleListContext {
  /** Stored return/exchange cases per order currency (`caseCurrencies(cases)`). */
  caseCurrencies?: ReadonlyMap<string, number>;
  /** When given, a rule sending items to a warehouse that no longer exists is flagged. */
  warehouses?: readonly Warehouse[];
}

/** How many stored return/exchange cases there are in each order currency, most first. */
export function caseCurrencies(cases: readonly Pick<CaseRecord, 'kind' | 'orderValue'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of cases) {
    if (c.orderValue && isRuleCase(c)) counts.set(c.orderValue.currency, (counts.get(c.orderValue.currency) ?? 0) + 1);
  }
  return new Map([...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)));
}

/** Does `later` holding imply `earlier` holds? Only cases both can judge are compared. */
function implies(later: ReturnCondition, earlier: ReturnCondition): boolean {
  const subset = (a: readonly string[], b: readonly string[]) => a.every((x) => b.includes(x));
  switch (earlier.type) {
    case 'reason':
    case 'category':
    case 'tag':
    case 'country':
      // Exact ids only: a sub-category of an earlier category would imply it too, but that needs the tree.
      return later.type === earlier.type && subset(later.anyOf, earlier.anyOf);
    case 'orderValueBelow':
      // later "below L" holds only in currencies it names, where amount < L ≤ E.
      return later.type === 'orderValueBelow' && Object.entries(later.amounts).every(([cur, l]) => earlier.amounts[cur] !== undefined && l <= earlier.amounts[cur]);
    case 'orderValueAtLeast':
      return later.type === 'orderValueAtLeast' && Object.entries(later.amounts).every(([cur, l]) => earlier.amounts[cur] !== undefined && l >= earlier.amounts[cur]);
    case 'daysSinceDeliveryAtMost':
      return later.type === 'daysSinceDeliveryAtMost' && later.days <= earlier.days;
    case 'customerReturnsAtLeast':
      return later.type === 'customerReturnsAtLeast' && later.count >= earlier.count;
  }
}

/** `earlier` takes every case `later` would match: each of its conditions follows from one of later's. */
function covers(earlier: ReturnRule, later: ReturnRule): boolean {
  return earlier.conditions.every((e) => later.conditions.some((l) => implies(l, e)));
}

/**
 * Problems of an ordered rule list, in rule order: duplicate ids (error), rules that can never run
 * because an earlier rule takes all their cases, value thresholds missing a currency the stored
 * cases use, exchange-with-coupon rules without a coupon, unknown warehouses (warnings), and a list
 * without a catch-all (info).
 */
export function validateRules(rules: readonly ReturnRule[], context: RuleListContext = {}): RuleProblem[] {
  const problems: RuleProblem[] = [];

  const idCounts = new Map<string, number>();
  for (const rule of rules) idCounts.set(rule.id, (idCounts.get(rule.id) ?? 0) + 1);
  for (const [id, count] of idCounts) {
    if (count > 1) problems.push({ severity: 'error', ruleId: id, explanation: explainRule('rules_duplicate_id', { id, count }) });
  }

  const enabled = rulesInOrder(rules);
  const warehouseIds = context.warehouses && new Set(context.warehouses.map((w) => w.id));
  enabled.forEach((rule, i) => {
    const earlier = enabled.slice(0, i).find((e) => covers(e, rule));
    if (earlier) {
      problems.push({
        severity: 'warning',
        ruleId: rule.id,
        explanation:
          earlier.conditions.length === 0
            ? explainRule('rules_unreachable_after_catch_all', { rule: rule.name, catchAll: earlier.name })
            : explainRule('rules_shadowed', { rule: rule.name, earlier: earlier.name }),
      });
    }
    for (const condition of rule.conditions) {
      if (condition.type !== 'orderValueBelow' && condition.type !== 'orderValueAtLeast') continue;
      for (const [currency, count] of context.caseCurrencies ?? []) {
        if (condition.amounts[currency] === undefined) {
          problems.push({ severity: 'warning', ruleId: rule.id, explanation: explainRule('rules_threshold_currency_missing', { rule: rule.name, currency, count }) });
        }
      }
    }
    if (rule.action.kind === 'exchange_with_coupon' && !rule.action.couponPercent) {
      problems.push({ severity: 'warning', ruleId: rule.id, explanation: explainRule('rules_coupon_missing', { rule: rule.name }) });
    }
    const target = rule.action.returnTo;
    if (warehouseIds && !['none', 'returns-service', 'nearest-partner-warehouse'].includes(target) && !warehouseIds.has(target)) {
      problems.push({ severity: 'warning', ruleId: rule.id, explanation: explainRule('rules_unknown_warehouse', { rule: rule.name, target }) });
    }
  });

  if (!enabled.some((rule) => rule.conditions.length === 0)) {
    problems.push({ severity: 'info', ruleId: null, explanation: explainRule('rules_no_catch_all') });
  }
  return problems;
}

// ── Order ───────────────────────────────────────────────────────────────────────────────────

/** Every rule, switched off ones included, in the order they are tried: the editor's list. */
export function rulesForEditing(rules: readonly ReturnRule[]): ReturnRule[] {
  return rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => a.rule.priority - b.rule.priority || a.index - b.index)
    .map(({ rule }) => rule);
}

/**
 * The list with one rule moved a place up (tried earlier) or down, returned in the new order. The
 * priorities already in use are handed out again by position, so their gaps stay ("10, 20, 30")
 * and the new order holds whatever the ties were. Unchanged rules keep their objects; a rule already
 * first (or last), or an unknown id, returns the list unchanged.
 */
export function moveRule(rules: readonly ReturnRule[], ruleId: string, direction: 'up' | 'down'): ReturnRule[] {
  const ordered = rulesForEditing(rules);
  const from = ordered.findIndex((rule) => rule.id === ruleId);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= ordered.length) return [...rules];
  const moved = [...ordered];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return moved.map((rule, i) => {
    const priority = ordered[i]!.priority;
    return rule.priority === priority ? rule : { ...rule, priority };
  });
}

// ── Description ─────────────────────────────────────────────────────────────────────────────

export type NameKind = 'reason' | 'category' | 'tag' | 'country';

export interface DescribeOptions {
  /** Shown names, e.g. the translated reason or the category's Chinese name; default: the id. */
  nameOf?: (kind: NameKind, id: string) => string;
  warehouses?: readonly Warehouse[];
}

export interface RuleDescription {
  /** One explanation per condition ("Reason is one of: Size / fit, Defective"), or the catch-all's. */
  conditions: Explanation[];
  /** What is done, then where the item goes; a switched-off rule says so last. */
  action: Explanation[];
}

const amountsText = (amounts: Record<string, number>) =>
  Object.entries(amounts)
    .map(([currency, amount]) => `${amount} ${currency}`)
    .join(' / ');

export function describeRule(rule: ReturnRule, options: DescribeOptions = {}): RuleDescription {
  const nameOf = options.nameOf ?? ((_kind: NameKind, id: string) => id);
  const list = (kind: NameKind, ids: readonly string[]) => ids.map((id) => nameOf(kind, id)).join(', ');

  const conditions = rule.conditions.map((c): Explanation => {
    switch (c.type) {
      case 'reason':
        return explainRule('rules_cond_reason', { reasons: list('reason', c.anyOf) });
      case 'orderValueBelow':
      case 'orderValueAtLeast':
        if (Object.keys(c.amounts).length === 0) return explainRule('rules_cond_value_no_amounts');
        return explainRule(c.type === 'orderValueBelow' ? 'rules_cond_value_below' : 'rules_cond_value_at_least', { amounts: amountsText(c.amounts) });
      case 'category':
        return explainRule('rules_cond_category', { categories: list('category', c.anyOf) });
      case 'tag':
        return explainRule('rules_cond_tag', { tags: list('tag', c.anyOf) });
      case 'country':
        return explainRule('rules_cond_country', { countries: list('country', c.anyOf) });
      case 'daysSinceDeliveryAtMost':
        return explainRule('rules_cond_days_within', { days: c.days });
      case 'customerReturnsAtLeast':
        return explainRule('rules_cond_customer_returns', { count: c.count });
    }
  });
  if (conditions.length === 0) conditions.push(explainRule('rules_cond_always'));

  const { kind, approval, couponPercent, returnTo } = rule.action;
  const action = [explainRule('rules_action', { action: kind, approval })];
  if (couponPercent) action.push(explainRule('rules_action_coupon', { percent: couponPercent }));
  if (kind === 'refund_without_return' || returnTo === 'none') action.push(explainRule('rules_action_keep_item'));
  else if (returnTo === 'nearest-partner-warehouse') action.push(explainRule('rules_action_to_nearest_partner'));
  else if (returnTo === 'returns-service') action.push(explainRule('rules_action_to_returns_service'));
  else action.push(explainRule('rules_action_to_warehouse', { warehouse: options.warehouses?.find((w) => w.id === returnTo)?.name ?? returnTo }));
  if (!rule.enabled) action.push(explainRule('rules_action_disabled'));
  return { conditions, action };
}
