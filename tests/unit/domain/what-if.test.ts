import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, DEFAULT_RETURN_RULES, DEFAULT_ROLE_TAGS } from '../../../lib/domain/defaults';
import { matchReturnRule } from '../../../lib/domain/returns';
import { moveRule } from '../../../lib/domain/rule-edit';
import { CaseRecord, ReturnRule, type ReturnReason, type ReturnRuleInput } from '../../../lib/domain/schemas';
import {
  CostModel,
  DEFAULT_COST_MODEL,
  createCaseFacts,
  dayNumber,
  whatIf,
  type CaseExtras,
  type WhatIfInput,
  type WhatIfResult,
} from '../../../lib/domain/what-if';
import { buildWhatIfScenario } from '../../bench/what-if';
import { WAREHOUSES, codes, sku } from './fixtures';

const SKUS = [
  sku({ sku: 'DRESS-1', categoryId: 'apparel-women-dresses', tags: ['profit'], cost: { amount: 8, currency: 'USD' } }),
  sku({ sku: 'LAMP-1', categoryId: 'electronics-lighting-desk-lamps', tags: ['traffic'], asin: 'B0LAMP0001' }),
];
const CATALOGUE = { skus: new Map(SKUS.map((s) => [s.sku, s])), categories: DEFAULT_CATEGORIES, tags: DEFAULT_ROLE_TAGS };

interface CaseInput {
  id: string;
  reason?: ReturnReason;
  amount?: number;
  currency?: string;
  country?: string;
  sku?: string;
  at?: string;
  kind?: CaseRecord['kind'];
}
function returnCase({ id, reason, amount, currency = 'USD', country = 'US', sku = 'DRESS-1', at = '2026-02-20T10:00:00.000Z', kind = 'return' }: CaseInput): CaseRecord {
  return CaseRecord.parse({
    id,
    marketplace: 'amazon',
    kind,
    orderId: `113-${id}`,
    sku,
    country,
    ...(reason && { reason }),
    ...(amount !== undefined && { orderValue: { amount, currency } }),
    timeline: [{ status: 'requested', at }],
    source: 'import',
    createdAt: at,
    updatedAt: at,
  });
}

const run = (cases: CaseRecord[], before: readonly ReturnRule[], after: readonly ReturnRule[], extras?: Map<string, CaseExtras>): WhatIfResult =>
  whatIf({ before, after, cases, catalogue: CATALOGUE, warehouses: WAREHOUSES, costModel: DEFAULT_COST_MODEL, extras });

const rule = (input: Omit<ReturnRuleInput, 'name'> & { name?: string }) => ReturnRule.parse({ name: input.id, ...input });

/** The seed rules with the low-value threshold changed in the given currencies. */
function withLowValue(amounts: Record<string, number>): ReturnRule[] {
  return DEFAULT_RETURN_RULES.map((r) => {
    const c = r.conditions[0];
    return r.id === 'low-value-keep-item' && c?.type === 'orderValueBelow' ? { ...r, conditions: [{ ...c, amounts: { ...c.amounts, ...amounts } }] } : r;
  });
}

const changedIds = (result: WhatIfResult) => result.cases.filter((c) => c.changed).map((c) => c.caseId);
const byId = (result: WhatIfResult, id: string) => result.cases.find((c) => c.caseId === id)!;

/** The what-if must decide as the return hint does: same rule, action, approval, coupon and warehouse. */
function expectSameAsMatchReturnRule(input: WhatIfInput, result: WhatIfResult) {
  const facts = createCaseFacts(input);
  const byCase = new Map(input.cases.map((c) => [c.id, c]));
  for (const entry of result.cases) {
    const c = byCase.get(entry.caseId)!;
    for (const side of ['before', 'after'] as const) {
      const hint = matchReturnRule(facts.factsOf(c), input[side], { warehouses: input.warehouses });
      expect(entry[side], `${entry.caseId} ${side}`).toEqual({
        ruleId: hint.ruleId,
        action: hint.action,
        approval: hint.approval,
        couponPercent: hint.couponPercent ?? null,
        warehouseId: hint.returnAddressWarehouseId ?? null,
        returnAddress: hint.returnAddress,
      });
    }
  }
}

describe('what-if (F25): the low-value threshold from 20 to 30', () => {
  const cases = [
    returnCase({ id: 'usd-5', reason: 'changed_mind', amount: 5 }),
    returnCase({ id: 'usd-19.99', reason: 'changed_mind', amount: 19.99 }),
    returnCase({ id: 'usd-20', reason: 'changed_mind', amount: 20 }),
    returnCase({ id: 'usd-22.50', reason: 'changed_mind', amount: 22.5 }),
    returnCase({ id: 'usd-29.99', reason: 'changed_mind', amount: 29.99 }),
    returnCase({ id: 'usd-30', reason: 'changed_mind', amount: 30 }),
    returnCase({ id: 'usd-45', reason: 'changed_mind', amount: 45 }),
    returnCase({ id: 'usd-defective-25', reason: 'defective', amount: 25 }),
    returnCase({ id: 'eur-25', reason: 'changed_mind', amount: 25, currency: 'EUR', country: 'DE' }),
    returnCase({ id: 'eur-35', reason: 'changed_mind', amount: 35, currency: 'EUR', country: 'DE' }),
    returnCase({ id: 'jpy-2500', reason: 'changed_mind', amount: 2500, currency: 'JPY', country: 'JP' }),
  ];
  const result = run(cases, DEFAULT_RETURN_RULES, withLowValue({ USD: 30, EUR: 30 }));

  it('moves exactly the cases from 20 (inclusive) to 30 (exclusive) to refund without return', () => {
    expect(changedIds(result)).toEqual(['usd-20', 'usd-22.50', 'usd-29.99', 'usd-defective-25', 'eur-25']);
    for (const id of changedIds(result)) {
      expect(byId(result, id).after).toMatchObject({ ruleId: 'low-value-keep-item', action: 'refund_without_return', approval: 'automatic', warehouseId: null });
    }
    expect(byId(result, 'usd-20').before).toMatchObject({ ruleId: 'standard-return', action: 'standard_return', warehouseId: 'rs-us' });
    expect(byId(result, 'usd-defective-25').before).toMatchObject({ action: 'exchange_with_coupon', couponPercent: 10 });
    expect(result.summary).toMatchObject({ cases: 11, ignored: 0, changed: 5, ruleOnlyChanges: 0 });
  });

  it('costs each case by the cost model, and totals the difference per currency', () => {
    // US standard return to ReturnCo Reno (same country): 7 shipping + 2.5 handling = 9.5 → the SKU's cost, 8.
    expect(byId(result, 'usd-22.50')).toMatchObject({ currency: 'USD', costBefore: 9.5, costAfter: 8 });
    // Exchange + 10 % coupon: 7 + 2.5 + 6 outbound + 2.5 coupon = 18 → 8.
    expect(byId(result, 'usd-defective-25')).toMatchObject({ costBefore: 18, costAfter: 8 });
    // DE standard return to ReturnCo Venlo (same region): 10 + 2.5 = 12.5 → no EUR cost for the SKU: 40 % × 25 = 10.
    expect(byId(result, 'eur-25')).toMatchObject({ currency: 'EUR', costBefore: 12.5, costAfter: 10 });

    expect(result.summary.changes).toEqual([
      { from: 'standard_return', to: 'refund_without_return', count: 4, examples: ['usd-20', 'usd-22.50', 'usd-29.99', 'eur-25'], costDelta: [{ currency: 'EUR', amount: -2.5 }, { currency: 'USD', amount: -4.5 }] },
      { from: 'exchange_with_coupon', to: 'refund_without_return', count: 1, examples: ['usd-defective-25'], costDelta: [{ currency: 'USD', amount: -10 }] },
    ]);
    const delta = Object.fromEntries(result.summary.cost.map((c) => [c.currency, c.delta]));
    expect(delta).toEqual({ EUR: -2.5, JPY: 0, USD: -14.5 });
    const usd = result.summary.cost.find((c) => c.currency === 'USD')!;
    const perCase = result.cases.filter((c) => c.currency === 'USD');
    expect(usd.cases).toBe(perCase.length);
    expect(usd.before).toBeCloseTo(perCase.reduce((sum, c) => sum + c.costBefore!, 0), 6);
    expect(usd.after).toBeCloseTo(perCase.reduce((sum, c) => sum + c.costAfter!, 0), 6);
  });

  it('decides every case as matchReturnRule does', () => {
    expectSameAsMatchReturnRule({ before: DEFAULT_RETURN_RULES, after: withLowValue({ USD: 30, EUR: 30 }), cases, catalogue: CATALOGUE, warehouses: WAREHOUSES, costModel: DEFAULT_COST_MODEL }, result);
  });
});

describe('what-if: reordering rules', () => {
  const cases = [
    returnCase({ id: 'fit-15', reason: 'size_fit', amount: 15 }),
    returnCase({ id: 'fit-60', reason: 'size_fit', amount: 60 }),
    returnCase({ id: 'fit-250', reason: 'size_fit', amount: 250 }),
    returnCase({ id: 'mind-15', reason: 'changed_mind', amount: 15 }),
    returnCase({ id: 'lamp-fit-60', reason: 'size_fit', amount: 60, sku: 'B0LAMP0001' }),
  ];

  it('size/fit moved first: low-value and high-value size/fit cases become exchanges', () => {
    let after: ReturnRule[] = [...DEFAULT_RETURN_RULES];
    for (let i = 0; i < 3; i++) after = moveRule(after, 'size-fit-exchange', 'up');
    const result = run(cases, DEFAULT_RETURN_RULES, after);
    expect(changedIds(result)).toEqual(['fit-15', 'fit-250', 'lamp-fit-60']);
    expect(byId(result, 'fit-15').before.action).toBe('refund_without_return');
    expect(byId(result, 'fit-15').after).toMatchObject({ ruleId: 'size-fit-exchange', action: 'approve_exchange', warehouseId: 'partner-us' });
    // The lamp is found by its ASIN, so its category (mains lighting) applied before the move.
    expect(byId(result, 'lamp-fit-60').before).toMatchObject({ ruleId: 'special-category-supervisor', approval: 'supervisor' });
    expect(result.summary.noLongerSupervisor).toEqual({ count: 2, examples: ['fit-250', 'lamp-fit-60'] });
    expect(result.summary.newlySupervisor).toEqual({ count: 0, examples: [] });
    expect(result.summary.changes.map((c) => [c.from, c.to, c.count])).toEqual([
      ['supervisor_approval', 'approve_exchange', 2],
      ['refund_without_return', 'approve_exchange', 1],
    ]);
    // 15 USD refund (8 written off) → exchange from the same country: 7 + 2.5 + 6 = 15.5.
    expect(byId(result, 'fit-15')).toMatchObject({ costBefore: 8, costAfter: 15.5 });
    expectSameAsMatchReturnRule({ before: DEFAULT_RETURN_RULES, after, cases, catalogue: CATALOGUE, warehouses: WAREHOUSES, costModel: DEFAULT_COST_MODEL }, result);
  });

  it('the catch-all moved first decides everything', () => {
    let after: ReturnRule[] = [...DEFAULT_RETURN_RULES];
    for (let i = 0; i < 10; i++) after = moveRule(after, 'standard-return', 'up');
    const result = run(cases, DEFAULT_RETURN_RULES, after);
    expect(result.cases.every((c) => c.after.ruleId === 'standard-return')).toBe(true);
    expect(changedIds(result)).toEqual(['fit-15', 'fit-60', 'fit-250', 'mind-15', 'lamp-fit-60']);
  });

  it('a lower high-value threshold: the cases between now need a supervisor', () => {
    const after = DEFAULT_RETURN_RULES.map((r) => (r.id === 'high-value-supervisor' ? { ...r, conditions: [{ type: 'orderValueAtLeast' as const, amounts: { USD: 50 } }] } : r));
    const result = run(cases, DEFAULT_RETURN_RULES, after);
    expect(result.summary.newlySupervisor).toEqual({ count: 1, examples: ['fit-60'] });
    // Supervisor approval adds a review (4) and the return to the nearest partner warehouse: 7 + 2.5 + 4.
    expect(byId(result, 'fit-60')).toMatchObject({ costBefore: 15.5, costAfter: 13.5 });
    // A rule that decides alike (the lamp: special category → high value) is not a change.
    expect(byId(result, 'lamp-fit-60')).toMatchObject({ changed: false, before: { ruleId: 'special-category-supervisor' }, after: { ruleId: 'high-value-supervisor' } });
    expect(result.summary.ruleOnlyChanges).toBe(1);
  });
});

describe('what-if: identical rules', () => {
  it('changes nothing, whether the same array or an equal copy', () => {
    const { input } = buildWhatIfScenario(2_000, 7);
    for (const after of [input.before, structuredClone(input.before)]) {
      const result = whatIf({ ...input, after });
      expect(result.summary).toMatchObject({ changed: 0, ruleOnlyChanges: 0, changes: [], newlySupervisor: { count: 0 }, noLongerSupervisor: { count: 0 } });
      expect(result.summary.cost.every((c) => c.delta === 0 && c.before === c.after)).toBe(true);
      expect(result.cases.every((c) => !c.changed && c.costBefore === c.costAfter)).toBe(true);
    }
  });
});

describe('what-if: 10,000 stored cases', () => {
  const { input } = buildWhatIfScenario(10_000);

  it('is deterministic', () => {
    const first = whatIf(input);
    const again = whatIf(buildWhatIfScenario(10_000).input);
    expect(again).toEqual(first);
    expect(JSON.stringify(again.summary)).toBe(JSON.stringify(first.summary));
    expect(first.summary.cases + first.summary.ignored).toBe(10_000);
    expect(first.summary.changed).toBeGreaterThan(0);
    expect(first.summary.changes.reduce((sum, c) => sum + c.count, 0)).toBe(first.summary.changed);
    for (const change of first.summary.changes) expect(change.examples.length).toBe(Math.min(5, change.count));
  });

  it('decides every case as matchReturnRule does, history and delivery dates included', () => {
    expectSameAsMatchReturnRule(input, whatIf(input));
  });

  it('keeps as many examples as asked', () => {
    const result = whatIf({ ...input, examples: 2 });
    expect(result.summary.changes.every((c) => c.examples.length <= 2)).toBe(true);
  });
});

describe('what-if: facts the stored cases do not have', () => {
  const repeat = rule({ id: 'repeat', priority: 1, conditions: [{ type: 'customerReturnsAtLeast', count: 2 }], action: { kind: 'supervisor_approval', approval: 'supervisor' } });
  const quick = rule({ id: 'quick-fit', priority: 2, conditions: [{ type: 'reason', anyOf: ['size_fit'] }, { type: 'daysSinceDeliveryAtMost', days: 30 }], action: { kind: 'approve_exchange', approval: 'automatic' } });
  const cases = [
    returnCase({ id: 'a1', reason: 'changed_mind', amount: 40, at: '2026-01-05T09:00:00.000Z' }),
    returnCase({ id: 'a2', reason: 'changed_mind', amount: 40, at: '2026-01-20T09:00:00.000Z' }),
    returnCase({ id: 'a3', reason: 'changed_mind', amount: 40, at: '2026-02-10T09:00:00.000Z' }),
    returnCase({ id: 'a3-same-moment', reason: 'changed_mind', amount: 40, at: '2026-02-10T09:00:00.000Z' }),
    returnCase({ id: 'fit-recent', reason: 'size_fit', amount: 40, at: '2026-02-20T09:00:00+08:00' }),
    returnCase({ id: 'fit-late', reason: 'size_fit', amount: 40 }),
    returnCase({ id: 'msg', kind: 'message' }),
  ];
  const extras = new Map<string, CaseExtras>([
    ['a1', { buyerId: 'b1' }],
    ['a2', { buyerId: 'b1' }],
    ['a3', { buyerId: 'b1' }],
    ['a3-same-moment', { buyerId: 'b1' }],
    ['fit-recent', { deliveredOn: '2026-01-21' }],
    ['fit-late', { deliveredOn: '2026-01-01' }],
    ['msg', { buyerId: 'b1' }],
  ]);
  const after = [repeat, quick, ...DEFAULT_RETURN_RULES];

  it('counts a buyer’s earlier returns and the days since delivery', () => {
    const result = run(cases, DEFAULT_RETURN_RULES, after, extras);
    expect(result.summary.ignored).toBe(1);
    // a3 and a3-same-moment each have two earlier cases (a1, a2), not each other.
    expect(changedIds(result)).toEqual(['a3', 'a3-same-moment', 'fit-recent']);
    expect(byId(result, 'a3').after).toMatchObject({ ruleId: 'repeat', approval: 'supervisor' });
    expect(byId(result, 'fit-recent').after.ruleId).toBe('quick-fit'); // 30 days after delivery
    expect(byId(result, 'fit-late').after.ruleId).toBe('size-fit-exchange'); // 50 days
    // Only the two cases without a known buyer.
    expect(result.summary.notes).toContainEqual({ code: 'whatif_history_unknown', params: { rule: 'repeat', count: 2 } });
    const facts = createCaseFacts({ cases, catalogue: CATALOGUE, extras });
    expect(cases.map((c) => facts.factsOf(c).customerReturnCount)).toEqual([0, 1, 2, 2, undefined, undefined, undefined]);
    expect(cases.map((c) => facts.factsOf(c).daysSinceDelivery)).toEqual([undefined, undefined, undefined, undefined, 30, 50, undefined]);
  });

  it('without them, those rules do not apply, and the summary says for how many cases', () => {
    const result = run(cases, DEFAULT_RETURN_RULES, after);
    expect(changedIds(result)).toEqual([]);
    expect(result.summary.notes).toEqual([
      { code: 'whatif_history_unknown', params: { rule: 'repeat', count: 6 } },
      { code: 'whatif_days_unknown', params: { rule: 'quick-fit', count: 2 } },
    ]);
  });

  it('says what could not be judged or costed', () => {
    const odd = [
      returnCase({ id: 'no-value', reason: 'changed_mind' }),
      returnCase({ id: 'no-reason', amount: 40 }),
      returnCase({ id: 'sek', reason: 'changed_mind', amount: 150, currency: 'SEK', country: 'SE' }),
      returnCase({ id: 'lamp-cheap', reason: 'changed_mind', amount: 10, sku: 'LAMP-1' }),
    ];
    const result = run(odd, DEFAULT_RETURN_RULES, DEFAULT_RETURN_RULES);
    expect(byId(result, 'no-value')).toMatchObject({ currency: null, costBefore: null, costAfter: null });
    expect(byId(result, 'sek')).toMatchObject({ currency: 'SEK', costBefore: null });
    expect(byId(result, 'no-reason').after.ruleId).toBe('standard-return');
    // The lamp has no cost: 40 % of 10 is written off.
    expect(byId(result, 'lamp-cheap')).toMatchObject({ costBefore: 4, costAfter: 4 });
    // Both threshold rules (low and high value) meet the case without a value and the one in SEK.
    expect(codes(result.summary.notes).sort()).toEqual(
      [
        'whatif_cost_currency_missing',
        'whatif_cost_no_value',
        'whatif_currency_not_covered',
        'whatif_currency_not_covered',
        'whatif_product_cost_estimated',
        'whatif_reason_unknown',
        'whatif_value_missing',
        'whatif_value_missing',
      ].sort(),
    );
    expect(result.summary.notes).toContainEqual({ code: 'whatif_currency_not_covered', params: { rule: DEFAULT_RETURN_RULES[0]!.name, currency: 'SEK', count: 1 } });
    expect(result.summary.notes).toContainEqual({ code: 'whatif_cost_currency_missing', params: { currency: 'SEK', count: 1 } });
  });
});

describe('cost model and dates', () => {
  it('the default cost model passes its schema; a negative cost does not', () => {
    expect(CostModel.parse(DEFAULT_COST_MODEL)).toEqual(DEFAULT_COST_MODEL);
    const broken = structuredClone(DEFAULT_COST_MODEL);
    broken.currencies.USD!.handling = -1;
    expect(CostModel.safeParse(broken).success).toBe(false);
  });

  it('dayNumber counts days as Date.UTC does, and rejects what is not a date', () => {
    for (const iso of ['1970-01-01', '2000-02-29', '2024-12-31', '2026-03-01T23:59:59.999Z', '2100-03-01']) {
      expect(dayNumber(iso), iso).toBe(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
    }
    for (const bad of ['', '2026-3-01', '2026-13-01', 'abcd-ef-gh', '2026-03-01x']) expect(dayNumber(bad), bad).toBeNaN();
  });
});
