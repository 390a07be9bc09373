import { describe, expect, it } from 'vitest';
import { matchReturnRule, resolveReturnAddress, rulesInOrder, type ReturnFacts } from '../../../lib/domain/returns';
import { DEFAULT_RETURN_RULES } from '../../../lib/domain/defaults';
import { ReturnRule, type ReturnRuleInput } from '../../../lib/domain/schemas';
import { WAREHOUSES, codes, pathIds } from './fixtures';

const ctx = { warehouses: WAREHOUSES };
const match = (facts: ReturnFacts, rules: readonly ReturnRule[] = DEFAULT_RETURN_RULES) => matchReturnRule(facts, rules, ctx);
const rule = (input: Omit<ReturnRuleInput, 'name' | 'action'> & Partial<Pick<ReturnRuleInput, 'name' | 'action'>>) =>
  ReturnRule.parse({ name: input.id, action: { kind: 'standard_return' }, ...input });

describe('default return rules (F5)', () => {
  it('low value: refund without return, automatic, buyer keeps the item', () => {
    const hint = match({ reason: 'defective', orderValue: { amount: 12.99, currency: 'USD' }, country: 'US' });
    expect(hint).toMatchObject({ ruleId: 'low-value-keep-item', action: 'refund_without_return', approval: 'automatic', returnAddress: null });
    expect(hint.explanation).toEqual([
      { code: 'rule_value_below', params: { amount: 12.99, threshold: 20, currency: 'USD' } },
      { code: 'return_to_none', params: {} },
    ]);
  });

  it('uses the threshold of the order currency (JPY 3000, CAD 25, AUD 30)', () => {
    expect(match({ reason: 'other', orderValue: { amount: 2999, currency: 'JPY' } }).ruleId).toBe('low-value-keep-item');
    expect(match({ reason: 'other', orderValue: { amount: 3000, currency: 'JPY' } }).ruleId).toBe('standard-return');
    expect(match({ reason: 'other', orderValue: { amount: 24.99, currency: 'CAD' } }).ruleId).toBe('low-value-keep-item');
    expect(match({ reason: 'other', orderValue: { amount: 29.99, currency: 'AUD' } }).ruleId).toBe('low-value-keep-item');
  });

  it('a threshold is exclusive below and inclusive at least', () => {
    expect(match({ reason: 'other', orderValue: { amount: 20, currency: 'EUR' } }).ruleId).toBe('standard-return');
    expect(match({ reason: 'other', orderValue: { amount: 200, currency: 'EUR' } }).ruleId).toBe('high-value-supervisor');
    expect(match({ reason: 'other', orderValue: { amount: 179.99, currency: 'GBP' } }).ruleId).toBe('standard-return');
    expect(match({ reason: 'other', orderValue: { amount: 180, currency: 'GBP' } }).ruleId).toBe('high-value-supervisor');
  });

  it('high value: supervisor, to the partner warehouse serving the buyer country', () => {
    const hint = match({ reason: 'size_fit', orderValue: { amount: 250, currency: 'EUR' }, country: 'AT' });
    expect(hint).toMatchObject({ ruleId: 'high-value-supervisor', action: 'supervisor_approval', approval: 'supervisor', returnAddressWarehouseId: 'partner-de' });
    expect(hint.returnAddress?.city).toBe('Frankfurt');
    expect(hint.explanation).toEqual([
      { code: 'rule_value_at_least', params: { amount: 250, threshold: 200, currency: 'EUR' } },
      { code: 'return_to_partner_serving_country', params: { warehouse: 'Partner Frankfurt', country: 'AT' } },
    ]);
  });

  it('special category (mains lighting, any sub-category): supervisor approval', () => {
    const hint = match({ reason: 'changed_mind', orderValue: { amount: 60, currency: 'USD' }, categoryPath: pathIds('electronics-lighting-desk-lamps'), country: 'US' });
    expect(hint).toMatchObject({ ruleId: 'special-category-supervisor', approval: 'supervisor', returnAddressWarehouseId: 'partner-us' });
    expect(hint.explanation[0]).toEqual({ code: 'rule_category_matched', params: { category: 'electronics-lighting' } });
  });

  it('size/fit: exchange approved automatically', () => {
    const hint = match({ reason: 'size_fit', orderValue: { amount: 45, currency: 'USD' }, categoryPath: pathIds('apparel-women-dresses'), country: 'US' });
    expect(hint).toMatchObject({ ruleId: 'size-fit-exchange', action: 'approve_exchange', approval: 'automatic' });
    expect(hint.explanation[0]).toEqual({ code: 'rule_reason_matched', params: { reason: 'size_fit' } });
  });

  it('quality defect or damage: exchange with a 10% coupon, agent', () => {
    for (const reason of ['defective', 'damaged'] as const) {
      const hint = match({ reason, orderValue: { amount: 80, currency: 'EUR' }, country: 'FR' });
      expect(hint).toMatchObject({ ruleId: 'quality-exchange-coupon', action: 'exchange_with_coupon', approval: 'agent', couponPercent: 10 });
      expect(hint.returnAddressWarehouseId).toBe('rs-nl');
    }
  });

  it('anything else: standard return via the returns service', () => {
    const hint = match({ reason: 'changed_mind', orderValue: { amount: 80, currency: 'EUR' }, country: 'FR' });
    expect(hint).toMatchObject({ ruleId: 'standard-return', action: 'standard_return', returnAddressWarehouseId: 'rs-nl' });
    expect(codes(hint.explanation)).toEqual(['rule_catch_all', 'return_to_returns_service']);
  });

  it('rules run in priority order: a cheap size problem is refunded, not exchanged', () => {
    expect(match({ reason: 'size_fit', orderValue: { amount: 10, currency: 'USD' } }).ruleId).toBe('low-value-keep-item');
    expect(match({ reason: 'size_fit', orderValue: { amount: 500, currency: 'USD' } }).ruleId).toBe('high-value-supervisor');
  });

  it('a currency the rule has no threshold for does not match, and says so', () => {
    const hint = match({ reason: 'size_fit', orderValue: { amount: 5, currency: 'SEK' }, country: 'SE' });
    expect(hint.ruleId).toBe('size-fit-exchange');
    expect(hint.explanation.slice(0, 2)).toEqual([
      { code: 'rule_value_currency_not_covered', params: { rule: 'Low value: refund, buyer keeps the item', currency: 'SEK' } },
      { code: 'rule_value_currency_not_covered', params: { rule: 'High value: supervisor approval, return to nearest partner warehouse', currency: 'SEK' } },
    ]);
  });

  it('a missing order value does not match a value rule, and says so', () => {
    const hint = match({ reason: 'changed_mind', country: 'DE' });
    expect(hint.ruleId).toBe('standard-return');
    expect(codes(hint.explanation).slice(0, 2)).toEqual(['rule_value_missing', 'rule_value_missing']);
  });
});

describe('rule engine', () => {
  it('skips disabled rules and breaks priority ties by list order', () => {
    const rules = [
      rule({ id: 'b', priority: 5, conditions: [] }),
      rule({ id: 'disabled', priority: 1, enabled: false, conditions: [] }),
      rule({ id: 'c', priority: 5, conditions: [] }),
      rule({ id: 'a', priority: 9, conditions: [] }),
    ];
    expect(rulesInOrder(rules).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(match({ reason: 'other' }, rules).ruleId).toBe('b');
  });

  it('needs every condition to hold, and explains each one', () => {
    const rules = [
      rule({
        id: 'strict',
        priority: 1,
        conditions: [
          { type: 'reason', anyOf: ['damaged'] },
          { type: 'country', anyOf: ['DE', 'FR'] },
          { type: 'tag', anyOf: ['traffic'] },
          { type: 'daysSinceDeliveryAtMost', days: 14 },
          { type: 'customerReturnsAtLeast', count: 3 },
        ],
      }),
    ];
    const facts: ReturnFacts = { reason: 'damaged', country: 'DE', tags: ['traffic', 'profit'], daysSinceDelivery: 14, customerReturnCount: 3 };
    const hint = match(facts, rules);
    expect(hint.ruleId).toBe('strict');
    expect(hint.explanation.slice(0, 5)).toEqual([
      { code: 'rule_reason_matched', params: { reason: 'damaged' } },
      { code: 'rule_country_matched', params: { country: 'DE' } },
      { code: 'rule_tag_matched', params: { tag: 'traffic' } },
      { code: 'rule_days_since_delivery_within', params: { days: 14, limit: 14 } },
      { code: 'rule_customer_returns_at_least', params: { count: 3, threshold: 3 } },
    ]);
    expect(match({ ...facts, daysSinceDelivery: 15 }, rules).ruleId).toBeNull();
    expect(match({ ...facts, customerReturnCount: 2 }, rules).ruleId).toBeNull();
    expect(match({ ...facts, country: 'IT' }, rules).ruleId).toBeNull();
    expect(match({ ...facts, tags: [] }, rules).ruleId).toBeNull();
    expect(match({ ...facts, daysSinceDelivery: undefined }, rules).ruleId).toBeNull();
  });

  it('with no matching rule, leaves the decision to an agent', () => {
    const hint = match({ reason: 'other' }, [rule({ id: 'x', priority: 1, conditions: [{ type: 'reason', anyOf: ['damaged'] }] })]);
    expect(hint).toEqual({ reason: 'other', ruleId: null, ruleName: null, action: 'standard_return', approval: 'agent', returnAddress: null, explanation: [{ code: 'rule_no_match', params: {} }] });
  });

  it('carries the rule names in both languages', () => {
    const hint = match({ reason: 'size_fit', orderValue: { amount: 50, currency: 'USD' } });
    expect(hint.ruleName).toBe('Size or fit: approve the exchange automatically');
    expect(hint.ruleNameZh).toBe('尺码不合适：自动同意换货');
  });
});

describe('return address', () => {
  it('partner warehouse: serving the country, else in it, else in its region', () => {
    expect(resolveReturnAddress('nearest-partner-warehouse', 'CH', WAREHOUSES).warehouse?.id).toBe('partner-de');
    expect(resolveReturnAddress('nearest-partner-warehouse', 'US', WAREHOUSES).explanation).toEqual([
      { code: 'return_to_partner_same_country', params: { warehouse: 'Partner New Jersey', country: 'US' } },
    ]);
    const canada = resolveReturnAddress('nearest-partner-warehouse', 'CA', WAREHOUSES);
    expect(canada.warehouse?.id).toBe('partner-us');
    expect(canada.explanation).toEqual([{ code: 'return_to_partner_same_region', params: { warehouse: 'Partner New Jersey', region: 'north-america' } }]);
    // Region of a warehouse without one: taken from its address (GB → uk).
    expect(resolveReturnAddress('nearest-partner-warehouse', 'XI', WAREHOUSES).warehouse?.id).toBe('partner-gb');
  });

  it('no partner nearby: falls back to the returns service, and says so', () => {
    const spain = resolveReturnAddress('nearest-partner-warehouse', 'ES', WAREHOUSES);
    // ES is in Europe, like partner-de: same region wins before the fallback.
    expect(spain.warehouse?.id).toBe('partner-de');
    const partnersOutsideEurope = WAREHOUSES.filter((w) => w.id !== 'partner-de');
    const fallback = resolveReturnAddress('nearest-partner-warehouse', 'ES', partnersOutsideEurope);
    expect(fallback.warehouse?.id).toBe('rs-nl');
    expect(fallback.explanation).toEqual([{ code: 'return_to_returns_service_fallback', params: { warehouse: 'ReturnCo Venlo', country: 'ES' } }]);
  });

  it('returns service: the nearest, or the first one with a warning when none is near', () => {
    expect(resolveReturnAddress('returns-service', 'US', WAREHOUSES).warehouse?.id).toBe('rs-us');
    expect(resolveReturnAddress('returns-service', 'DE', WAREHOUSES).warehouse?.id).toBe('rs-nl');
    const japan = resolveReturnAddress('returns-service', 'JP', WAREHOUSES);
    expect(japan.warehouse?.id).toBe('rs-nl');
    expect(codes(japan.explanation)).toEqual(['return_to_returns_service', 'return_to_returns_service_far']);
  });

  it('buyer country unknown: the first returns-service address, explained', () => {
    const unknown = resolveReturnAddress('nearest-partner-warehouse', undefined, WAREHOUSES);
    expect(unknown.warehouse?.id).toBe('rs-nl');
    expect(codes(unknown.explanation)).toEqual(['return_buyer_country_unknown', 'return_to_returns_service']);
  });

  it('a named warehouse, none, or nothing to return to', () => {
    expect(resolveReturnAddress('own-cn', 'US', WAREHOUSES).warehouse?.id).toBe('own-cn');
    expect(resolveReturnAddress('none', 'US', WAREHOUSES)).toEqual({ warehouse: null, explanation: [{ code: 'return_to_none', params: {} }] });
    expect(resolveReturnAddress('gone', 'US', WAREHOUSES).explanation).toEqual([{ code: 'return_address_unavailable', params: { target: 'gone' } }]);
    expect(resolveReturnAddress('returns-service', 'US', []).explanation).toEqual([{ code: 'return_address_unavailable', params: { target: 'returns-service' } }]);
  });
});
