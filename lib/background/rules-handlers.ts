/**
 * The rule editor, warehouses and profit inputs (F12, F13, F25). The what-if reads every stored case
 * in ONE transaction and runs here, beside the data: the page only sends its draft and shows the answer.
 */
import { WorkspaceValidationError } from '../db/store';
import { describeIssues, problemText } from '../domain/issues';
import { caseCurrencies } from '../domain/rule-edit';
import { ReturnRule } from '../domain/schemas';
import { DEFAULT_COST_MODEL, isRuleCase, whatIf, type RuleCaseRecord, type RuleDecision } from '../domain/what-if';
import type { AffectedCase, WhatIfReply } from '../messaging/rules-protocol';
import type { Handlers } from '../messaging/server';
import type { BackgroundDeps } from './handlers';

/** Each draft rule parsed on its own, so every broken one is named, not only the first. */
export function parseDraftRules(inputs: readonly unknown[]): { ok: true; rules: ReturnRule[] } | { ok: false; errors: string[] } {
  const rules: ReturnRule[] = [];
  const errors: string[] = [];
  inputs.forEach((input, index) => {
    const parsed = ReturnRule.safeParse(input);
    if (parsed.success) rules.push(parsed.data);
    else {
      const name = typeof input === 'object' && input && 'name' in input && typeof input.name === 'string' && input.name ? `“${input.name}”` : `number ${index + 1}`;
      errors.push(`Rule ${name}: ${describeIssues(parsed.error, input).map(problemText).join('; ')}`);
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rules };
}

const wireDecision = (d: RuleDecision) => ({ ruleId: d.ruleId, action: d.action, approval: d.approval, couponPercent: d.couponPercent, warehouseId: d.warehouseId });

export function rulesHandlers(deps: BackgroundDeps) {
  /**
   * The cases as last read, kept while the worker lives: the seller runs the what-if again and again
   * while editing, and only a write to the cases (a new revision) makes a fresh read necessary.
   */
  let cached: { revision: string; cases: RuleCaseRecord[] } | undefined;
  const ruleWorkspace = async () => {
    const ws = await (await deps.store()).loadRuleWorkspace(cached?.revision);
    if (ws.cases) cached = { revision: ws.casesRevision, cases: ws.cases };
    return { ...ws, cases: ws.cases ?? cached!.cases, fromCache: ws.cases === null };
  };

  return {
    async getRuleEditor() {
      // Reading the cases here also warms the what-if's copy before the seller asks.
      const ws = await ruleWorkspace();
      const currencies = caseCurrencies(ws.cases);
      return {
        rules: ws.returnRules,
        warehouses: ws.warehouses,
        categories: ws.categories,
        tags: ws.tags,
        caseCurrencies: [...currencies].map(([currency, count]) => ({ currency, count })),
        ruleCases: ws.cases.reduce((n, c) => n + (isRuleCase(c) ? 1 : 0), 0),
      };
    },

    async runWhatIf({ rules, limit }): Promise<WhatIfReply> {
      const draft = parseDraftRules(rules);
      if (!draft.ok) return draft;
      const t0 = performance.now();
      const ws = await ruleWorkspace();
      const t1 = performance.now();
      const result = whatIf({
        before: ws.returnRules,
        after: draft.rules,
        cases: ws.cases,
        catalogue: { skus: new Map(ws.skus.map((s) => [s.sku, s])), categories: ws.categories, tags: ws.tags },
        warehouses: ws.warehouses,
        costModel: DEFAULT_COST_MODEL,
      });
      const t2 = performance.now();
      const summary = result.summary;
      return {
        ok: true,
        cases: summary.cases,
        ignored: summary.ignored,
        changed: summary.changed,
        ruleOnlyChanges: summary.ruleOnlyChanges,
        changes: summary.changes.map(({ from, to, count, costDelta }) => ({ from, to, count, costDelta })),
        newlySupervisor: summary.newlySupervisor.count,
        noLongerSupervisor: summary.noLongerSupervisor.count,
        cost: summary.cost,
        notes: summary.notes,
        affected: affectedCases(result.cases, ws.cases, limit),
        timing: { readMs: t1 - t0, computeMs: t2 - t1, casesFromMemory: ws.fromCache },
      };
    },

    async saveReturnRules({ rules }) {
      const draft = parseDraftRules(rules);
      if (!draft.ok) return draft;
      const saved = await (await deps.store()).saveReturnRuleList(draft.rules);
      return saved.ok ? { ok: true as const, rules: saved.value } : saved;
    },

    async saveWarehouse({ warehouse }) {
      try {
        return { ok: true as const, warehouse: await (await deps.store()).putWarehouse(warehouse) };
      } catch (error) {
        if (error instanceof WorkspaceValidationError) return { ok: false as const, errors: error.problems };
        throw error;
      }
    },

    async deleteWarehouse({ id }) {
      await (await deps.store()).deleteWarehouse(id);
      return { deleted: true };
    },

    async getProfitData() {
      const store = await deps.store();
      const [settings, skus, categories, vatRates, dutyRates] = await Promise.all([
        store.getSettings(),
        store.listSkus(),
        store.listCategories(),
        store.listVatRates(),
        store.listDutyRates(),
      ]);
      return { profit: settings.profit, skus, categories, vatRates, dutyRates, iossThresholdEur: settings.iossThresholdEur };
    },
  } satisfies Partial<Handlers>;
}

/** The changed cases with what the seller needs to judge them, the largest cost change first. */
export function affectedCases(decided: ReturnType<typeof whatIf>['cases'], cases: readonly RuleCaseRecord[], limit: number): AffectedCase[] {
  const changed = decided.filter((d) => d.changed);
  const byId = new Map<string, RuleCaseRecord>();
  if (changed.length > 0) for (const c of cases) byId.set(c.id, c);
  const delta = (d: (typeof changed)[number]) => (d.costAfter === null || d.costBefore === null ? -Infinity : Math.abs(d.costAfter - d.costBefore));
  return changed
    .sort((a, b) => delta(b) - delta(a))
    .slice(0, limit)
    .map((d) => {
      const c = byId.get(d.caseId)!;
      return {
        caseId: d.caseId,
        orderId: c.orderId,
        sku: c.sku ?? null,
        reason: c.reason ?? null,
        country: c.country ?? null,
        marketplace: c.marketplace,
        currency: d.currency,
        orderValue: c.orderValue?.amount ?? null,
        before: wireDecision(d.before),
        after: wireDecision(d.after),
        costBefore: d.costBefore,
        costAfter: d.costAfter,
      };
    });
}
