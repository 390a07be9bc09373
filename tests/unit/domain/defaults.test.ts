import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATEGORIES,
  DEFAULT_COMPLIANCE_RULES,
  DEFAULT_RETURN_RULES,
  DEFAULT_ROLE_TAGS,
  DEFAULT_SETTINGS,
} from '../../../lib/domain/defaults';
import { BUILT_IN_ROLE_TAGS, Category, ComplianceRule, ReturnRule, RoleTag, Settings } from '../../../lib/domain/schemas';
import { categoryPathOf } from '../../../lib/domain/catalogue';

describe('shipped defaults', () => {
  it('all pass their schemas unchanged', () => {
    for (const c of DEFAULT_CATEGORIES) expect(Category.parse(c)).toEqual(c);
    for (const t of DEFAULT_ROLE_TAGS) expect(RoleTag.parse(t)).toEqual(t);
    for (const r of DEFAULT_COMPLIANCE_RULES) expect(ComplianceRule.parse(r)).toEqual(r);
    for (const r of DEFAULT_RETURN_RULES) expect(ReturnRule.parse(r)).toEqual(r);
    expect(Settings.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('the four built-in role tags, in Chinese too', () => {
    expect(DEFAULT_ROLE_TAGS.map((t) => t.id)).toEqual([...BUILT_IN_ROLE_TAGS]);
    expect(DEFAULT_ROLE_TAGS.map((t) => t.labelZh)).toEqual(['引流款', '利润款', '季节款', '长尾款']);
    expect(DEFAULT_ROLE_TAGS.every((t) => t.builtIn)).toBe(true);
  });

  it('the category tree is consistent: unique ids, parents exist, levels follow depth, Chinese names', () => {
    const byId = new Map(DEFAULT_CATEGORIES.map((c) => [c.id, c]));
    expect(byId.size).toBe(DEFAULT_CATEGORIES.length);
    for (const c of DEFAULT_CATEGORIES) {
      expect(categoryPathOf(c.id, byId)).toHaveLength(c.level);
      expect(c.nameZh).toBeTruthy();
    }
    expect(byId.get('apparel-women-dresses')?.attributes).toHaveProperty('material');
    expect(byId.get('apparel-women-dresses')?.attributes).toHaveProperty('size');
  });

  it('compliance rules name existing categories and explain every requirement with an act', () => {
    const ids = new Set(DEFAULT_CATEGORIES.map((c) => c.id));
    for (const rule of DEFAULT_COMPLIANCE_RULES) {
      expect(ids.has(rule.categoryId), rule.id).toBe(true);
      expect(rule.source, rule.id).not.toBe('');
      for (const req of rule.requires) expect(req.why, `${rule.id} ${req.kind}`).toMatch(/\d{4}|Part 15|U\.S\.C/);
    }
    expect(DEFAULT_COMPLIANCE_RULES.filter((r) => r.market === 'GB').every((r) => r.requires.every((q) => q.acceptedAlternatives.includes('CE')))).toBe(true);
  });

  it('return rules: unique priorities, a catch-all last, special categories exist', () => {
    const priorities = DEFAULT_RETURN_RULES.map((r) => r.priority);
    expect(new Set(priorities).size).toBe(priorities.length);
    expect([...priorities].sort((a, b) => a - b)).toEqual(priorities);
    expect(DEFAULT_RETURN_RULES.at(-1)?.conditions).toEqual([]);
    const ids = new Set(DEFAULT_CATEGORIES.map((c) => c.id));
    for (const rule of DEFAULT_RETURN_RULES)
      for (const c of rule.conditions) if (c.type === 'category') for (const id of c.anyOf) expect(ids.has(id)).toBe(true);
  });
});
