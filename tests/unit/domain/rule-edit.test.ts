import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../../lib/domain/annotations';
import { DEFAULT_RETURN_RULES } from '../../../lib/domain/defaults';
import { rulesInOrder } from '../../../lib/domain/returns';
import { RULE_EDIT_EXPLANATION_PARAMS, caseCurrencies, describeRule, moveRule, rulesForEditing, validateRules } from '../../../lib/domain/rule-edit';
import { CaseRecord, ReturnRule, type ReturnRuleInput } from '../../../lib/domain/schemas';
import { WHAT_IF_EXPLANATION_PARAMS, whatIf } from '../../../lib/domain/what-if';
import { readLocaleFragments } from '../../../lib/i18n/locales';
import { buildWhatIfScenario } from '../../bench/what-if';
import { WAREHOUSES, codes } from './fixtures';

const rule = (input: Omit<ReturnRuleInput, 'name' | 'action'> & Partial<Pick<ReturnRuleInput, 'name' | 'action'>>) =>
  ReturnRule.parse({ name: input.id, action: { kind: 'standard_return' }, ...input });
const ids = (rules: readonly ReturnRule[]) => rules.map((r) => r.id);
const USD_EUR = new Map([['USD', 120], ['EUR', 80]]);

describe('validateRules', () => {
  it('finds nothing wrong with the seed rules', () => {
    expect(validateRules(DEFAULT_RETURN_RULES, { caseCurrencies: USD_EUR, warehouses: WAREHOUSES })).toEqual([]);
  });

  it('duplicate ids are an error', () => {
    const rules = [...DEFAULT_RETURN_RULES, rule({ id: 'size-fit-exchange', priority: 45 })];
    expect(validateRules(rules)).toContainEqual({ severity: 'error', ruleId: 'size-fit-exchange', explanation: { code: 'rules_duplicate_id', params: { id: 'size-fit-exchange', count: 2 } } });
  });

  it('rules after a catch-all never run', () => {
    const rules = moveRule(DEFAULT_RETURN_RULES, 'standard-return', 'up');
    const problems = validateRules(rules);
    expect(problems).toEqual([
      { severity: 'warning', ruleId: 'quality-exchange-coupon', explanation: { code: 'rules_unreachable_after_catch_all', params: { rule: DEFAULT_RETURN_RULES[4]!.name, catchAll: DEFAULT_RETURN_RULES[5]!.name } } },
    ]);
  });

  it('a rule whose cases an earlier rule already takes is shadowed; one reaching further is not', () => {
    const broad = rule({ id: 'broad', priority: 1, conditions: [{ type: 'reason', anyOf: ['size_fit', 'defective'] }, { type: 'orderValueBelow', amounts: { USD: 50, EUR: 50 } }] });
    const narrower = rule({ id: 'narrower', priority: 2, conditions: [{ type: 'country', anyOf: ['DE'] }, { type: 'orderValueBelow', amounts: { EUR: 30 } }, { type: 'reason', anyOf: ['size_fit'] }] });
    const otherReason = rule({ id: 'other-reason', priority: 3, conditions: [{ type: 'reason', anyOf: ['size_fit', 'damaged'] }, { type: 'orderValueBelow', amounts: { EUR: 30 } }] });
    const higherValue = rule({ id: 'higher', priority: 4, conditions: [{ type: 'reason', anyOf: ['size_fit'] }, { type: 'orderValueBelow', amounts: { EUR: 80 } }] });
    const newCurrency = rule({ id: 'jpy', priority: 5, conditions: [{ type: 'reason', anyOf: ['size_fit'] }, { type: 'orderValueBelow', amounts: { EUR: 10, JPY: 900 } }] });
    const recent = rule({ id: 'recent', priority: 6, conditions: [{ type: 'daysSinceDeliveryAtMost', days: 30 }] });
    const veryRecent = rule({ id: 'very-recent', priority: 7, conditions: [{ type: 'daysSinceDeliveryAtMost', days: 7 }, { type: 'tag', anyOf: ['profit'] }] });
    const problems = validateRules([broad, narrower, otherReason, higherValue, newCurrency, recent, veryRecent, rule({ id: 'rest', priority: 99 })]);
    expect(problems.map((p) => [p.ruleId, p.explanation.code, p.explanation.params.earlier])).toEqual([
      ['narrower', 'rules_shadowed', 'broad'],
      ['very-recent', 'rules_shadowed', 'recent'],
    ]);
  });

  it('switched-off rules neither shadow nor get flagged', () => {
    const off = rule({ id: 'off', priority: 1, enabled: false });
    expect(validateRules([off, ...DEFAULT_RETURN_RULES])).toEqual([]);
  });

  it('a threshold without a currency the stored cases use, in plain words', () => {
    const problems = validateRules(DEFAULT_RETURN_RULES, { caseCurrencies: new Map([['USD', 10], ['SEK', 42]]) });
    expect(problems.map((p) => [p.ruleId, p.explanation])).toEqual([
      ['low-value-keep-item', { code: 'rules_threshold_currency_missing', params: { rule: DEFAULT_RETURN_RULES[0]!.name, currency: 'SEK', count: 42 } }],
      ['high-value-supervisor', { code: 'rules_threshold_currency_missing', params: { rule: DEFAULT_RETURN_RULES[1]!.name, currency: 'SEK', count: 42 } }],
    ]);
  });

  it('counts stored return cases per currency, messages and value-less cases left out', () => {
    const at = '2026-02-01T00:00:00.000Z';
    const c = (id: string, kind: CaseRecord['kind'], currency?: string) =>
      CaseRecord.parse({ id, marketplace: 'ebay', kind, orderId: id, ...(currency && { orderValue: { amount: 10, currency } }), source: 'page', createdAt: at, updatedAt: at });
    const counts = caseCurrencies([c('1', 'return', 'EUR'), c('2', 'exchange', 'USD'), c('3', 'return', 'USD'), c('4', 'message', 'JPY'), c('5', 'return')]);
    expect([...counts]).toEqual([['USD', 2], ['EUR', 1]]);
  });

  it('no catch-all, a coupon rule without a coupon, an unknown warehouse', () => {
    const rules = [
      rule({ id: 'coupon', priority: 1, conditions: [{ type: 'reason', anyOf: ['defective'] }], action: { kind: 'exchange_with_coupon' } }),
      rule({ id: 'gone', priority: 2, conditions: [{ type: 'reason', anyOf: ['damaged'] }], action: { kind: 'route_to_warehouse', returnTo: 'closed-warehouse' } }),
    ];
    expect(validateRules(rules, { warehouses: WAREHOUSES })).toEqual([
      { severity: 'warning', ruleId: 'coupon', explanation: { code: 'rules_coupon_missing', params: { rule: 'coupon' } } },
      { severity: 'warning', ruleId: 'gone', explanation: { code: 'rules_unknown_warehouse', params: { rule: 'gone', target: 'closed-warehouse' } } },
      { severity: 'info', ruleId: null, explanation: { code: 'rules_no_catch_all', params: {} } },
    ]);
  });
});

describe('moveRule', () => {
  it('moves a rule up or down, handing the priorities out again by position', () => {
    const up = moveRule(DEFAULT_RETURN_RULES, 'size-fit-exchange', 'up');
    expect(ids(up)).toEqual(['low-value-keep-item', 'high-value-supervisor', 'size-fit-exchange', 'special-category-supervisor', 'quality-exchange-coupon', 'standard-return']);
    expect(up.map((r) => r.priority)).toEqual([10, 20, 30, 40, 50, 1000]);
    expect(ids(rulesInOrder(up))).toEqual(ids(up));
    // Rules that did not move keep their objects.
    expect(up[0]).toBe(DEFAULT_RETURN_RULES[0]);
    expect(ids(moveRule(up, 'size-fit-exchange', 'down'))).toEqual(ids(DEFAULT_RETURN_RULES));
  });

  it('leaves the list alone at the ends and for an unknown id', () => {
    expect(ids(moveRule(DEFAULT_RETURN_RULES, 'low-value-keep-item', 'up'))).toEqual(ids(DEFAULT_RETURN_RULES));
    expect(ids(moveRule(DEFAULT_RETURN_RULES, 'standard-return', 'down'))).toEqual(ids(DEFAULT_RETURN_RULES));
    expect(ids(moveRule(DEFAULT_RETURN_RULES, 'nope', 'up'))).toEqual(ids(DEFAULT_RETURN_RULES));
  });

  it('works with equal priorities and switched-off rules', () => {
    const rules = [rule({ id: 'a', priority: 5 }), rule({ id: 'b', priority: 5, enabled: false }), rule({ id: 'c', priority: 5 })];
    const moved = moveRule(rules, 'c', 'up');
    expect(ids(moved)).toEqual(['a', 'c', 'b']);
    expect(ids(rulesInOrder(moved))).toEqual(['a', 'c']);
    expect(ids(rulesForEditing(moveRule(moved, 'a', 'down')))).toEqual(['c', 'a', 'b']);
  });
});

describe('describeRule', () => {
  it('one explanation per condition, then the action and where the item goes', () => {
    const [low, high, special, fit, quality, rest] = DEFAULT_RETURN_RULES.map((r) => describeRule(r, { warehouses: WAREHOUSES }));
    expect(low).toEqual({
      conditions: [{ code: 'rules_cond_value_below', params: { amounts: '20 USD / 20 EUR / 20 GBP / 25 CAD / 30 AUD / 3000 JPY' } }],
      action: [
        { code: 'rules_action', params: { action: 'refund_without_return', approval: 'automatic' } },
        { code: 'rules_action_keep_item', params: {} },
      ],
    });
    expect(codes(high!.conditions)).toEqual(['rules_cond_value_at_least']);
    expect(codes(high!.action)).toEqual(['rules_action', 'rules_action_to_nearest_partner']);
    expect(special!.conditions).toEqual([{ code: 'rules_cond_category', params: { categories: 'electronics-lighting' } }]);
    expect(fit!.conditions).toEqual([{ code: 'rules_cond_reason', params: { reasons: 'size_fit' } }]);
    expect(quality!.action).toEqual([
      { code: 'rules_action', params: { action: 'exchange_with_coupon', approval: 'agent' } },
      { code: 'rules_action_coupon', params: { percent: 10 } },
      { code: 'rules_action_to_returns_service', params: {} },
    ]);
    expect(rest!.conditions).toEqual([{ code: 'rules_cond_always', params: {} }]);
  });

  it('names come from the editor (translated reasons, category names), warehouses by name', () => {
    const r = rule({
      id: 'x',
      priority: 1,
      enabled: false,
      conditions: [
        { type: 'reason', anyOf: ['size_fit', 'defective'] },
        { type: 'tag', anyOf: ['profit'] },
        { type: 'country', anyOf: ['DE', 'AT'] },
        { type: 'daysSinceDeliveryAtMost', days: 14 },
        { type: 'customerReturnsAtLeast', count: 3 },
        { type: 'orderValueAtLeast', amounts: {} },
      ],
      action: { kind: 'route_to_warehouse', returnTo: 'partner-de' },
    });
    const names: Record<string, string> = { size_fit: '尺码不合适', defective: '质量问题', profit: '利润款' };
    const described = describeRule(r, { nameOf: (_kind, id) => names[id] ?? id, warehouses: WAREHOUSES });
    expect(described.conditions).toEqual([
      { code: 'rules_cond_reason', params: { reasons: '尺码不合适, 质量问题' } },
      { code: 'rules_cond_tag', params: { tags: '利润款' } },
      { code: 'rules_cond_country', params: { countries: 'DE, AT' } },
      { code: 'rules_cond_days_within', params: { days: 14 } },
      { code: 'rules_cond_customer_returns', params: { count: 3 } },
      { code: 'rules_cond_value_no_amounts', params: {} },
    ]);
    expect(described.action).toEqual([
      { code: 'rules_action', params: { action: 'route_to_warehouse', approval: 'agent' } },
      { code: 'rules_action_to_warehouse', params: { warehouse: 'Partner Frankfurt' } },
      { code: 'rules_action_disabled', params: {} },
    ]);
  });
});

// ── locales/rules.json ──────────────────────────────────────────────────────────────────────

interface Entry {
  en: string;
  zh_CN: string;
  placeholders?: Record<string, { content: string }>;
}
const localesDir = resolve(import.meta.dirname, '../../../locales');
const messages = JSON.parse(readFileSync(resolve(localesDir, 'rules.json'), 'utf8')) as Record<string, Entry>;
const TABLES: Record<string, readonly string[]> = { ...WHAT_IF_EXPLANATION_PARAMS, ...RULE_EDIT_EXPLANATION_PARAMS };

describe('locales/rules.json', () => {
  it('has every code, placeholders in parameter order as $1, $2…, and nothing else', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(TABLES).sort());
    for (const [code, params] of Object.entries(TABLES)) {
      expect(Object.keys(messages[code]!.placeholders ?? {}), code).toEqual([...params]);
      expect(Object.values(messages[code]!.placeholders ?? {}).map((p) => p.content), code).toEqual(params.map((_, i) => `$${i + 1}`));
    }
  });

  it('each text uses exactly its placeholders, in English and Chinese', () => {
    const used = (text: string) => [...new Set([...text.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]))].sort();
    for (const [code, entry] of Object.entries(messages)) {
      const names = Object.keys(entry.placeholders ?? {}).sort();
      expect(used(entry.en), `${code} en`).toEqual(names);
      expect(used(entry.zh_CN), `${code} zh_CN`).toEqual(names);
      expect(entry.zh_CN, code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('merges with the other fragments without a clash', () => {
    expect(() => readLocaleFragments(localesDir)).not.toThrow();
  });

  it('every explanation the what-if and the rule helpers emit can be shown', () => {
    const emitted: Explanation[] = [];
    const { input } = buildWhatIfScenario(3_000, 11);
    emitted.push(...whatIf(input).summary.notes);
    emitted.push(...whatIf({ ...input, extras: undefined, cases: input.cases.map((c) => ({ ...c, orderValue: c.orderValue && { ...c.orderValue, currency: c.orderValue.currency === 'SEK' ? 'NOK' : c.orderValue.currency } })) }).summary.notes);
    const everything = rule({
      id: 'all',
      priority: 1,
      enabled: false,
      conditions: [
        { type: 'reason', anyOf: ['size_fit'] },
        { type: 'orderValueBelow', amounts: { USD: 1 } },
        { type: 'orderValueAtLeast', amounts: {} },
        { type: 'category', anyOf: ['toys'] },
        { type: 'tag', anyOf: ['profit'] },
        { type: 'country', anyOf: ['DE'] },
        { type: 'daysSinceDeliveryAtMost', days: 3 },
        { type: 'customerReturnsAtLeast', count: 2 },
      ],
      action: { kind: 'exchange_with_coupon', couponPercent: 5, returnTo: 'partner-de' },
    });
    for (const r of [...DEFAULT_RETURN_RULES, everything]) {
      const d = describeRule(r, { warehouses: WAREHOUSES });
      emitted.push(...d.conditions, ...d.action);
    }
    const risky = [
      rule({ id: 'dup', priority: 1, conditions: [{ type: 'orderValueBelow', amounts: { USD: 5 } }], action: { kind: 'exchange_with_coupon', returnTo: 'gone' } }),
      rule({ id: 'dup', priority: 2, conditions: [{ type: 'orderValueBelow', amounts: { USD: 4 } }] }),
      rule({ id: 'all-cases', priority: 3 }),
      rule({ id: 'late', priority: 4, conditions: [{ type: 'reason', anyOf: ['other'] }] }),
    ];
    emitted.push(...validateRules(risky, { caseCurrencies: new Map([['JPY', 3]]), warehouses: WAREHOUSES }).map((p) => p.explanation));
    emitted.push(...validateRules([risky[0]!]).map((p) => p.explanation));

    for (const e of emitted) {
      expect(messages, e.code).toHaveProperty(e.code);
      expect(Object.keys(e.params), e.code).toEqual(Object.keys(messages[e.code]!.placeholders ?? {}));
    }
    // The runs above reach every code of both tables.
    expect([...new Set(emitted.map((e) => e.code))].sort()).toEqual(Object.keys(TABLES).sort());
  });
});
