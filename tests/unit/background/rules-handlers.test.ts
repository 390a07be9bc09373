import { afterEach, describe, expect, it } from 'vitest';
import { rulesHandlers, parseDraftRules } from '../../../lib/background/rules-handlers';
import type { BackgroundDeps } from '../../../lib/background/handlers';
import { loadDemoWorkspace } from '../../../lib/db/backup';
import type { WorkspaceStore } from '../../../lib/db/store';
import type { ReturnRule } from '../../../lib/domain/schemas';
import { rulesMessages } from '../../../lib/messaging/rules-protocol';
import { buildDemoWorkspace } from '../../../scripts/generate-demo-workspace';
import { FIXED_NOW, openTestWorkspace } from '../db/helpers';

let open: WorkspaceStore[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});

async function demoHandlers() {
  const { store } = await openTestWorkspace('rules');
  open.push(store);
  const loaded = await loadDemoWorkspace(store, JSON.stringify(buildDemoWorkspace()), FIXED_NOW);
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  const deps = { store: async () => store, now: () => FIXED_NOW } as unknown as BackgroundDeps;
  return { store, h: rulesHandlers(deps) };
}

/** The low-value rule with its USD line moved from 20 to 30. */
const raiseUsdThreshold = (rules: readonly ReturnRule[]) =>
  rules.map((r) =>
    r.id === 'low-value-keep-item' ? { ...r, conditions: [{ type: 'orderValueBelow' as const, amounts: { ...(r.conditions[0] as { amounts: Record<string, number> }).amounts, USD: 30 } }] } : r,
  );

describe('rule editor handlers', () => {
  it('gives the rules, warehouses and the stored cases per currency', async () => {
    const { h } = await demoHandlers();
    const data = rulesMessages.getRuleEditor.response.parse(await h.getRuleEditor());
    expect(data.rules.map((r) => r.id)[0]).toBe('low-value-keep-item');
    expect(data.warehouses.length).toBeGreaterThan(0);
    expect(data.caseCurrencies[0]).toEqual({ currency: 'USD', count: expect.any(Number) });
    expect(data.ruleCases).toBeGreaterThan(500);
  });

  it('runs the draft over the stored cases: what changes, grouped, with costs and the affected cases', async () => {
    const { h } = await demoHandlers();
    const { rules } = await h.getRuleEditor();
    const same = await h.runWhatIf({ rules, limit: 500 });
    expect(same.ok && same.changed).toBe(0);

    const reply = rulesMessages.runWhatIf.response.parse(await h.runWhatIf({ rules: raiseUsdThreshold(rules), limit: 10 }));
    if (!reply.ok) throw new Error(reply.errors.join());
    expect(reply.changed).toBeGreaterThan(0);
    expect(reply.changes.every((g) => g.to === 'refund_without_return')).toBe(true);
    expect(reply.changes.reduce((n, g) => n + g.count, 0)).toBe(reply.changed);
    const usd = reply.cost.find((c) => c.currency === 'USD')!;
    expect(usd.delta).toBeLessThan(0);
    expect(reply.cost.filter((c) => c.currency !== 'USD').every((c) => c.delta === 0)).toBe(true);
    expect(reply.affected).toHaveLength(Math.min(10, reply.changed));
    for (const a of reply.affected) {
      expect(a.currency).toBe('USD');
      expect(a.orderValue).toBeGreaterThanOrEqual(20);
      expect(a.orderValue).toBeLessThan(30);
      expect(a.after).toMatchObject({ ruleId: 'low-value-keep-item', action: 'refund_without_return' });
    }
    // Largest cost change first.
    const deltas = reply.affected.map((a) => Math.abs(a.costAfter! - a.costBefore!));
    expect(deltas).toEqual([...deltas].sort((a, b) => b - a));
  });

  it('keeps the cases it read until a write to the cases makes them stale', async () => {
    const { h, store } = await demoHandlers();
    const { rules } = await h.getRuleEditor();
    const draft = raiseUsdThreshold(rules);
    const first = await h.runWhatIf({ rules: draft, limit: 5 });
    if (!first.ok) throw new Error(first.errors.join());
    expect(first.timing.casesFromMemory).toBe(true);

    const added = await store.putCases([
      {
        id: 'amazon:return:999-0000000-0000001:HW-PLUSH-BEAR',
        marketplace: 'amazon',
        kind: 'return',
        orderId: '999-0000000-0000001',
        sku: 'HW-PLUSH-BEAR',
        country: 'US',
        reason: 'changed_mind',
        orderValue: { amount: 25, currency: 'USD' },
        source: 'import',
        createdAt: '2026-11-20T10:00:00.000Z',
        updatedAt: '2026-11-20T10:00:00.000Z',
      },
    ]);
    expect(added.added).toBe(1);
    const again = await h.runWhatIf({ rules: draft, limit: 5 });
    if (!again.ok) throw new Error(again.errors.join());
    expect(again.timing.casesFromMemory).toBe(false);
    expect(again.changed).toBe(first.changed + 1);
    const third = await h.runWhatIf({ rules: draft, limit: 5 });
    expect(third.ok && third.timing.casesFromMemory).toBe(true);
  });

  it('names every broken draft rule instead of running', async () => {
    const { h } = await demoHandlers();
    const reply = await h.runWhatIf({ rules: [{ id: 'a', name: 'Broken', priority: 1, action: { kind: 'nope' } }, { id: 'b' }], limit: 5 });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.errors).toHaveLength(2);
    expect(reply.errors[0]).toMatch(/^Rule “Broken”: action\.kind/);
    expect(reply.errors[1]).toMatch(/^Rule number 2: /);
  });

  it('saves the whole list at once, and nothing when one rule is bad', async () => {
    const { h, store } = await demoHandlers();
    const { rules } = await h.getRuleEditor();
    const changed = raiseUsdThreshold(rules).filter((r) => r.id !== 'special-category-supervisor');
    const saved = await h.saveReturnRules({ rules: changed });
    expect(saved.ok).toBe(true);
    const stored = await store.listReturnRules();
    expect(stored.map((r) => r.id)).toEqual(changed.map((r) => r.id));
    expect(stored[0]?.conditions[0]).toMatchObject({ amounts: { USD: 30 } });

    const rejected = await h.saveReturnRules({ rules: [...rules, { ...rules[0], priority: 'first' }] });
    expect(rejected.ok).toBe(false);
    expect((await store.listReturnRules()).map((r) => r.id)).toEqual(changed.map((r) => r.id));
    const duplicate = await store.saveReturnRuleList([rules[0], rules[0]]);
    expect(duplicate).toEqual({ ok: false, errors: [expect.stringContaining('low-value-keep-item')] });
  });

  it('saves and deletes warehouses with plain-words errors', async () => {
    const { h, store } = await demoHandlers();
    const bad = await h.saveWarehouse({ warehouse: { id: 'wh-x', name: 'X', kind: 'own', address: { name: 'X', lines: [], city: 'Y', country: 'Germany' } } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join(' ')).toMatch(/address\.lines.*|address\.country/);
    const good = await h.saveWarehouse({ warehouse: { id: 'wh-x', name: 'X', kind: 'own', address: { name: 'X', lines: ['1 Road'], city: 'Y', country: 'DE' }, servesCountries: ['AT'] } });
    expect(good.ok).toBe(true);
    expect((await store.listWarehouses()).some((w) => w.id === 'wh-x')).toBe(true);
    await h.deleteWarehouse({ id: 'wh-x' });
    expect((await store.listWarehouses()).some((w) => w.id === 'wh-x')).toBe(false);
  });

  it('gives the profit inputs with the rates from the store', async () => {
    const { h } = await demoHandlers();
    const data = rulesMessages.getProfitData.response.parse(await h.getProfitData());
    expect(data.profit.listings.length).toBeGreaterThan(5);
    expect(data.vatRates.some((v) => v.country === 'DE')).toBe(true);
    expect(data.dutyRates.length).toBeGreaterThan(0);
  });
});

describe('parseDraftRules', () => {
  it('keeps good rules and fills defaults', () => {
    const parsed = parseDraftRules([{ id: 'x', name: 'X', priority: 1, action: { kind: 'standard_return' } }]);
    expect(parsed).toMatchObject({ ok: true, rules: [{ enabled: true, conditions: [], action: { approval: 'agent', returnTo: 'returns-service' } }] });
  });
});
