/**
 * The suppliers and purchasing views' messages (F10, F11). Edits are validated with the domain's
 * schemas and refused with one plain sentence per field; the lists are view models computed from
 * one read transaction (KPIs, suggestions with every formula step).
 */
import { localIsoDate } from '../domain/demo';
import { describeIssues, problemText, type FieldProblem } from '../domain/issues';
import { purchasePlan, supplierViews } from '../domain/purchase-plan';
import type { Category } from '../domain/schemas';
import { PurchaseOrder, Supplier } from '../domain/suppliers';
import type { Handlers } from '../messaging/server';
import type { SupplierSaveResult } from '../messaging/suppliers-protocol';
import type { BackgroundDeps } from './handlers';

function refused(problems: readonly FieldProblem[]): SupplierSaveResult {
  const fields: Record<string, string> = {};
  for (const p of problems) fields[p.path] ??= p.message;
  return { ok: false, errors: problems.map(problemText), fields };
}

const problem = (path: string, message: string): FieldProblem => ({ path, pathSegments: path.split('.'), message, found: undefined });

/** "Apparel › Women › Dresses": a category named by its path in the central tree. */
function categoryPaths(categories: readonly Category[]) {
  const byId = new Map(categories.map((c) => [c.id, c]));
  return categories
    .map((c) => {
      const names: string[] = [];
      for (let node: Category | undefined = c, guard = 0; node && guard < 5; node = node.parentId ? byId.get(node.parentId) : undefined, guard++) names.unshift(node.name);
      return { id: c.id, name: c.name, ...(c.nameZh && { nameZh: c.nameZh }), level: c.level, path: names.join(' › ') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** A new record's id: readable, sortable by creation, unique enough for one seller's workspace. */
const newId = (prefix: string, now: Date) => `${prefix}-${now.getTime().toString(36)}${Math.floor(Math.random() * 1296).toString(36).padStart(2, '0')}`;

export function suppliersHandlers(deps: BackgroundDeps) {
  return {
    async listSuppliers() {
      const store = await deps.store();
      const snapshot = await store.readPurchasingSnapshot();
      const today = localIsoDate(deps.now());
      const { minKpiOrders } = snapshot.settings.purchasing;
      const skuCodes = new Map(snapshot.skus.map((s) => [s.sku, s.title]));
      for (const line of snapshot.orders) if (!skuCodes.has(line.sku)) skuCodes.set(line.sku, '');
      return {
        today,
        minKpiOrders,
        suppliers: supplierViews(snapshot.suppliers, snapshot.purchaseOrders, { today, minKpiOrders }),
        categories: categoryPaths(snapshot.categories),
        skus: [...skuCodes].map(([sku, title]) => ({ sku, title })).sort((a, b) => a.sku.localeCompare(b.sku)),
      };
    },

    async saveSupplier({ supplier }) {
      const input = supplier !== null && typeof supplier === 'object' ? { ...(supplier as Record<string, unknown>) } : supplier;
      if (input && typeof input === 'object' && !('id' in input && input.id)) (input as Record<string, unknown>).id = newId('sup', deps.now());
      const parsed = Supplier.safeParse(input);
      if (!parsed.success) return refused(describeIssues(parsed.error, input));
      const store = await deps.store();
      const result = await store.putSuppliers([parsed.data]);
      if (result.errors.length > 0) return { ok: false, errors: result.errors, fields: {} };
      return { ok: true, id: parsed.data.id };
    },

    async deleteSupplier({ id }) {
      return (await deps.store()).deleteSupplier(id);
    },

    async savePurchaseOrder({ order }) {
      const input = order !== null && typeof order === 'object' ? { ...(order as Record<string, unknown>) } : order;
      if (input && typeof input === 'object' && !('id' in input && input.id)) (input as Record<string, unknown>).id = newId('po', deps.now());
      const parsed = PurchaseOrder.safeParse(input);
      if (!parsed.success) return refused(describeIssues(parsed.error, input));
      const po = parsed.data;
      const store = await deps.store();
      const problems: FieldProblem[] = [];
      const suppliers = await store.listSuppliers();
      if (!suppliers.some((s) => s.id === po.supplierId)) problems.push(problem('supplierId', `names no supplier in your list (found "${po.supplierId}")`));
      const units = po.lines.reduce((sum, l) => sum + l.quantity, 0);
      if (po.inspected && po.inspected.passed + po.inspected.failed > units) {
        problems.push(problem('inspected.failed', `passed + failed must not exceed the ${units} units ordered`));
      }
      if (po.inspected && !po.receivedOn) problems.push(problem('receivedOn', 'must be given before inspection results are recorded'));
      if (problems.length > 0) return refused(problems);
      const result = await store.putPurchaseOrders([po]);
      if (result.errors.length > 0) return { ok: false, errors: result.errors, fields: {} };
      return { ok: true, id: po.id };
    },

    async deletePurchaseOrder({ id }) {
      await (await deps.store()).deletePurchaseOrder(id);
      return { deleted: true };
    },

    async listPurchaseSuggestions({ peak }) {
      const store = await deps.store();
      const snapshot = await store.readPurchasingSnapshot();
      const today = localIsoDate(deps.now());
      const settings = snapshot.settings.purchasing;
      const suggestions = purchasePlan(snapshot, { today, settings, peak, rates: snapshot.settings.profit.exchangeRates });
      return { today, settings, suggestions, supplierCount: snapshot.suppliers.length, orderLineCount: snapshot.orders.length };
    },

    async setSkuStock({ sku, stockOnHand, firstLegLeadDays }) {
      const result = await (await deps.store()).setSkuStock(sku, { stockOnHand, firstLegLeadDays });
      return result.ok ? { ok: true } : { ok: false, errors: result.errors };
    },
  } satisfies Partial<Handlers>;
}
