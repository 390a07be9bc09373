/**
 * The pure parts of the return-rule editor (F13, F25): the draft list's edits (add, duplicate,
 * delete, switch, move), a fresh condition of each kind, the draft's problems in plain words (schema
 * errors first, then validateRules' warnings), and parsing of the few free-text inputs. No React and
 * no messaging: tests/unit/components/rules-model.test.ts covers them.
 */
import { describeIssues, problemText } from '@/lib/domain/issues';
import { moveRule, rulesForEditing, validateRules, type RuleListContext } from '@/lib/domain/rule-edit';
import { ReturnRule, type ReturnCondition, type ReturnReason, type Warehouse } from '@/lib/domain/schemas';
import type { Explanation } from '@/lib/domain/annotations';

export const CONDITION_TYPES = [
  'reason',
  'orderValueBelow',
  'orderValueAtLeast',
  'category',
  'tag',
  'country',
  'daysSinceDeliveryAtMost',
  'customerReturnsAtLeast',
] as const satisfies readonly ReturnCondition['type'][];
export type ConditionType = (typeof CONDITION_TYPES)[number];

/** Where an item can go back, besides a named warehouse. */
export const RETURN_TARGETS = ['none', 'returns-service', 'nearest-partner-warehouse'] as const;

/** A rule as the editor holds it: anything typed, checked by `draftProblems` before it may be saved. */
export type DraftRule = ReturnRule;

/** Priorities handed out by position (10, 20, 30…): the order on screen is the order of trial. */
export function renumber(rules: readonly DraftRule[]): DraftRule[] {
  return rules.map((rule, i) => (rule.priority === (i + 1) * 10 ? rule : { ...rule, priority: (i + 1) * 10 }));
}

/** The editor's list: every rule, switched off ones included, in trial order. */
export function draftOf(rules: readonly ReturnRule[]): DraftRule[] {
  return rulesForEditing(rules);
}

/** An id no rule in the list uses: `base`, else `base-2`, `base-3`… */
export function freeRuleId(rules: readonly { id: string }[], base: string): string {
  const slug =
    base
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'rule';
  const taken = new Set(rules.map((r) => r.id));
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

/**
 * A new rule: inserted before the first enabled catch-all (so it can ever run), else at the end;
 * the list is renumbered.
 */
export function addRule(rules: readonly DraftRule[], name: string): { rules: DraftRule[]; id: string } {
  const id = freeRuleId(rules, name);
  const rule: DraftRule = { id, name, enabled: true, priority: 0, conditions: [{ type: 'reason', anyOf: ['changed_mind'] }], action: { kind: 'standard_return', approval: 'agent', returnTo: 'returns-service' } };
  const catchAll = rules.findIndex((r) => r.enabled && r.conditions.length === 0);
  const at = catchAll < 0 ? rules.length : catchAll;
  return { rules: renumber([...rules.slice(0, at), rule, ...rules.slice(at)]), id };
}

/** A copy right after the original, switched off so it changes nothing until the seller says so. */
export function duplicateRule(rules: readonly DraftRule[], ruleId: string, copyName: (name: string) => string): { rules: DraftRule[]; id: string } {
  const at = rules.findIndex((r) => r.id === ruleId);
  if (at < 0) return { rules: [...rules], id: ruleId };
  const original = rules[at]!;
  const id = freeRuleId(rules, `${original.id}-copy`);
  const copy: DraftRule = structuredClone({ ...original, id, name: copyName(original.name), enabled: false });
  if (copy.nameZh !== undefined) delete copy.nameZh;
  return { rules: renumber([...rules.slice(0, at + 1), copy, ...rules.slice(at + 1)]), id };
}

export function deleteRule(rules: readonly DraftRule[], ruleId: string): DraftRule[] {
  return rules.filter((r) => r.id !== ruleId);
}

export function updateRule(rules: readonly DraftRule[], ruleId: string, change: (rule: DraftRule) => DraftRule): DraftRule[] {
  return rules.map((r) => (r.id === ruleId ? change(r) : r));
}

/** Moves in the on-screen order (moveRule keeps the priorities in use), returned in trial order. */
export function move(rules: readonly DraftRule[], ruleId: string, direction: 'up' | 'down'): DraftRule[] {
  return rulesForEditing(moveRule(rules, ruleId, direction));
}

/** A condition of `type` with a sensible start, so the rule stays valid while it is filled in. */
export function newCondition(type: ConditionType, ctx: { currencies: readonly string[]; firstCategory?: string; firstTag?: string }): ReturnCondition {
  const currencies = ctx.currencies.length > 0 ? ctx.currencies : ['USD'];
  switch (type) {
    case 'reason':
      return { type, anyOf: ['size_fit'] satisfies ReturnReason[] };
    case 'orderValueBelow':
    case 'orderValueAtLeast':
      return { type, amounts: Object.fromEntries(currencies.map((c) => [c, c === 'JPY' ? 3000 : 20])) };
    case 'category':
      return { type, anyOf: ctx.firstCategory ? [ctx.firstCategory] : [] };
    case 'tag':
      return { type, anyOf: ctx.firstTag ? [ctx.firstTag] : [] };
    case 'country':
      return { type, anyOf: ['US'] };
    case 'daysSinceDeliveryAtMost':
      return { type, days: 30 };
    case 'customerReturnsAtLeast':
      return { type, count: 3 };
  }
}

/** "de, FR  us" → ["DE", "FR", "US"]; anything that is not two letters is reported. */
export function parseCountryList(text: string): { countries: string[]; invalid: string[] } {
  const words = text
    .split(/[\s,;，、]+/)
    .map((w) => w.trim())
    .filter(Boolean);
  const countries: string[] = [];
  const invalid: string[] = [];
  for (const word of words) {
    if (/^[a-z]{2}$/i.test(word)) {
      const code = word.toUpperCase();
      if (!countries.includes(code)) countries.push(code);
    } else invalid.push(word);
  }
  return { countries, invalid };
}

/** A typed number: "12,5" → 12.5; empty or not a number → undefined. */
export function parseNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(',', '.');
  if (cleaned === '') return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : undefined;
}

export type DraftProblem =
  | { severity: 'error'; ruleId: string | null; text: string }
  | { severity: 'error' | 'warning' | 'info'; ruleId: string | null; explanation: Explanation };

/**
 * Everything wrong with the draft: each rule's schema errors in plain words (these block saving),
 * then validateRules' problems (duplicate ids block too; the rest are warnings and notes).
 */
export function draftProblems(rules: readonly DraftRule[], ctx: RuleListContext & { warehouses: readonly Warehouse[] }): DraftProblem[] {
  const problems: DraftProblem[] = [];
  rules.forEach((rule, index) => {
    const parsed = ReturnRule.safeParse(rule);
    if (!parsed.success) {
      const label = rule.name?.trim() ? `“${rule.name}”` : `#${index + 1}`;
      for (const p of describeIssues(parsed.error, rule)) problems.push({ severity: 'error', ruleId: rule.id, text: `${label}: ${problemText(p)}` });
    }
  });
  for (const p of validateRules(rules, ctx)) problems.push(p);
  return problems;
}

export const blocksSaving = (problems: readonly DraftProblem[]) => problems.some((p) => p.severity === 'error');

/** Canonical text of a rule list in trial order, to tell whether the draft differs from what is stored. */
export function listKey(rules: readonly ReturnRule[]): string {
  return JSON.stringify(rulesForEditing(rules));
}
