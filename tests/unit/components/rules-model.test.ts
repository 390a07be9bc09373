import { describe, expect, it } from 'vitest';
import { DEFAULT_RETURN_RULES } from '../../../lib/domain/defaults';
import { ReturnCondition, ReturnRule } from '../../../lib/domain/schemas';
import {
  CONDITION_TYPES,
  addRule,
  blocksSaving,
  deleteRule,
  draftOf,
  draftProblems,
  duplicateRule,
  freeRuleId,
  listKey,
  move,
  newCondition,
  parseCountryList,
  parseNumber,
} from '../../../components/rules-model';

const rules = draftOf(DEFAULT_RETURN_RULES);
const ctx = { warehouses: [] };

describe('rule draft edits', () => {
  it('adds a new rule before the catch-all and renumbers by position', () => {
    const { rules: next, id } = addRule(rules, 'Late delivery: refund');
    expect(id).toBe('late-delivery-refund');
    expect(next.map((r) => r.id).slice(-2)).toEqual([id, 'standard-return']);
    expect(next.map((r) => r.priority)).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(ReturnRule.safeParse(next.find((r) => r.id === id)).success).toBe(true);
  });

  it('adds at the end when there is no enabled catch-all', () => {
    const withoutCatchAll = rules.filter((r) => r.conditions.length > 0);
    expect(addRule(withoutCatchAll, 'x').rules.at(-1)?.id).toBe('x');
  });

  it('duplicates right after the original, switched off, with a free id', () => {
    const { rules: next, id } = duplicateRule(rules, 'size-fit-exchange', (n) => `${n} (copy)`);
    const at = next.findIndex((r) => r.id === 'size-fit-exchange');
    expect(next[at + 1]).toMatchObject({ id, enabled: false, name: 'Size or fit: approve the exchange automatically (copy)' });
    expect(next[at + 1]?.nameZh).toBeUndefined();
    expect(id).toBe('size-fit-exchange-copy');
    // The copy is a deep copy: editing it leaves the original alone.
    (next[at + 1]!.conditions[0] as { anyOf: string[] }).anyOf.push('defective');
    expect((next[at]!.conditions[0] as { anyOf: string[] }).anyOf).toEqual(['size_fit']);
  });

  it('finds a free id by suffixing', () => {
    expect(freeRuleId([{ id: 'a' }, { id: 'a-2' }], 'A')).toBe('a-3');
    expect(freeRuleId([], '！！')).toBe('rule');
  });

  it('moves a rule and keeps the priorities in use', () => {
    const moved = move(rules, 'size-fit-exchange', 'up');
    expect(moved.map((r) => r.id).slice(2, 4)).toEqual(['size-fit-exchange', 'special-category-supervisor']);
    expect(moved.map((r) => r.priority)).toEqual(rules.map((r) => r.priority));
    expect(move(rules, 'low-value-keep-item', 'up').map((r) => r.id)).toEqual(rules.map((r) => r.id));
  });

  it('tells a changed list from the stored one', () => {
    expect(listKey(rules)).toBe(listKey(DEFAULT_RETURN_RULES));
    expect(listKey(deleteRule(rules, 'standard-return'))).not.toBe(listKey(DEFAULT_RETURN_RULES));
  });
});

describe('new conditions', () => {
  it('start valid for every kind', () => {
    for (const type of CONDITION_TYPES) {
      const condition = newCondition(type, { currencies: ['EUR', 'JPY'], firstCategory: 'apparel', firstTag: 'profit' });
      expect(ReturnCondition.safeParse(condition).success, type).toBe(true);
    }
    expect(newCondition('orderValueBelow', { currencies: ['EUR', 'JPY'] })).toEqual({ type: 'orderValueBelow', amounts: { EUR: 20, JPY: 3000 } });
  });
});

describe('draft problems', () => {
  it('names a broken field in plain words and blocks saving', () => {
    const broken = rules.map((r) => (r.id === 'size-fit-exchange' ? { ...r, conditions: [{ type: 'daysSinceDeliveryAtMost' as const, days: Number.NaN }] } : r));
    const problems = draftProblems(broken, ctx);
    expect(blocksSaving(problems)).toBe(true);
    const text = problems.find((p) => 'text' in p);
    expect(text && 'text' in text ? text.text : '').toMatch(/^“Size or fit: approve the exchange automatically”: conditions\[0\]\.days/);
  });

  it('passes validateRules warnings through without blocking', () => {
    const shadowed = [...rules.slice(0, -1), { ...rules[3]!, id: 'again', priority: 60 }, rules.at(-1)!];
    const problems = draftProblems(shadowed, ctx);
    expect(blocksSaving(problems)).toBe(false);
    expect(problems.some((p) => 'explanation' in p && p.explanation.code === 'rules_shadowed')).toBe(true);
  });

  it('blocks duplicate ids', () => {
    expect(blocksSaving(draftProblems([...rules, rules[0]!], ctx))).toBe(true);
  });
});

describe('typed inputs', () => {
  it('reads country lists and reports the rest', () => {
    expect(parseCountryList('de, FR  us;de，jp')).toEqual({ countries: ['DE', 'FR', 'US', 'JP'], invalid: [] });
    expect(parseCountryList('Germany, GB')).toEqual({ countries: ['GB'], invalid: ['Germany'] });
  });
  it('reads numbers with a comma or a point', () => {
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber(' ')).toBeUndefined();
    expect(parseNumber('abc')).toBeUndefined();
  });
});
