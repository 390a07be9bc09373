/**
 * The suppliers and purchasing views' models (F10, F11): every supplier with its KPIs and purchase
 * orders, and a purchase suggestion for every SKU with sales history or stock, each step of it named
 * with its inputs. Pure: the background reads the workspace in one transaction and calls these.
 */
import type { Explanation } from './annotations';
import { daysBetween } from './dates';
import type { ExchangeRates } from './profit';
import {
  suggestPurchase,
  type FormulaResult,
  type InboundStock,
  type PeakEvent,
  type PeakWindow,
  type PurchaseSuggestion,
  type SalesLine,
  type SupplierCandidate,
} from './purchasing';
import type { PurchasingSettings } from './purchasing-settings';
import type { Money, Sku } from './schemas';
import { supplierKpis, type PurchaseOrder, type Supplier, type SupplierKpis } from './suppliers';

// ── Suppliers ──────────────────────────────────────────────────────────────────────────────

export type PurchaseOrderStatus = 'open' | 'overdue' | 'on-time' | 'late';

export interface PurchaseOrderView {
  order: PurchaseOrder;
  status: PurchaseOrderStatus;
  units: number;
  /** Sum of the lines per currency (a supplier may quote in two). */
  totals: Money[];
  /** Days received after the promised date (late), or overdue today (open past its date). */
  daysLate: number;
}

export interface SupplierView {
  supplier: Supplier;
  kpis: SupplierKpis;
  /** Newest first. */
  purchaseOrders: PurchaseOrderView[];
}

export function purchaseOrderStatus(order: PurchaseOrder, today: string): { status: PurchaseOrderStatus; daysLate: number } {
  if (order.receivedOn) {
    const late = daysBetween(order.promisedOn, order.receivedOn);
    return late > 0 ? { status: 'late', daysLate: late } : { status: 'on-time', daysLate: 0 };
  }
  const overdue = daysBetween(order.promisedOn, today);
  return overdue > 0 ? { status: 'overdue', daysLate: overdue } : { status: 'open', daysLate: 0 };
}

function orderTotals(order: PurchaseOrder): Money[] {
  const sums = new Map<string, number>();
  for (const line of order.lines) sums.set(line.unitPrice.currency, (sums.get(line.unitPrice.currency) ?? 0) + line.unitPrice.amount * line.quantity);
  return [...sums].map(([currency, amount]) => ({ currency, amount: Math.round(amount * 100) / 100 }));
}

export function purchaseOrderView(order: PurchaseOrder, today: string): PurchaseOrderView {
  return { order, ...purchaseOrderStatus(order, today), units: order.lines.reduce((sum, l) => sum + l.quantity, 0), totals: orderTotals(order) };
}

/** Suppliers by name, each with its KPIs (F10) and its purchase orders, newest first. */
export function supplierViews(
  suppliers: readonly Supplier[],
  purchaseOrders: readonly PurchaseOrder[],
  options: { today: string; minKpiOrders: number },
): SupplierView[] {
  const bySupplier = new Map<string, PurchaseOrder[]>();
  for (const order of purchaseOrders) {
    const list = bySupplier.get(order.supplierId) ?? [];
    list.push(order);
    bySupplier.set(order.supplierId, list);
  }
  return [...suppliers]
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((supplier) => {
      const orders = bySupplier.get(supplier.id) ?? [];
      return {
        supplier,
        kpis: supplierKpis(supplier, orders, { minOrders: options.minKpiOrders, today: options.today }),
        purchaseOrders: orders
          .map((order) => purchaseOrderView(order, options.today))
          .sort((a, b) => b.order.orderedOn.localeCompare(a.order.orderedOn) || b.order.id.localeCompare(a.order.id)),
      };
    });
}

/** Case- and accent-insensitive match on a supplier's name, contacts, notes, categories and quoted SKUs. */
export function supplierMatches(supplier: Supplier, query: string, categoryNames: ReadonlyMap<string, string> = new Map()): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(
    [
      supplier.name,
      supplier.id,
      supplier.notes,
      ...supplier.contacts.flatMap((c) => [c.name, c.role, c.email ?? '', c.phone ?? '', c.wechat ?? '']),
      ...supplier.categories.map((id) => categoryNames.get(id) ?? id),
      ...supplier.prices.map((p) => p.sku),
    ].join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

// ── Purchase suggestions ───────────────────────────────────────────────────────────────────

/** An order line as stored (lib/import/orders.ts), reduced to what the velocity needs. */
export interface SoldLine {
  sku: string;
  quantity: number;
  orderedAt: string;
  status?: string;
}

export interface SuggestionStep {
  formula: FormulaResult['formula'];
  quantity: number;
  inputs: Record<string, number | string>;
  explanation: Explanation[];
  range?: { min: number; max: number };
}

export interface SuggestionCandidate {
  supplierId: string;
  name: string;
  score: number;
  unitPrice: Money;
  moq: number;
  leadTimeDays: number;
  explanation: Explanation[];
}

export interface SuggestionRow {
  sku: string;
  title: string;
  /** In the catalogue (false: known only from sales history). */
  inCatalogue: boolean;
  /** Counted stock; null = never counted (treated as 0). */
  stockOnHand: number | null;
  firstLegLeadDays: number;
  firstLegSource: 'sku' | 'settings';
  dailySales: number;
  unitsSold: number;
  inbound: number;
  stockPosition: number;
  /** Stock position ÷ daily sales, one decimal; null without sales. */
  daysOfCover: number | null;
  lastSoldOn: string | null;
  quantity: number;
  formula: PurchaseSuggestion['formula'];
  steps: SuggestionStep[];
  supplier: SuggestionCandidate | null;
  candidates: SuggestionCandidate[];
  excluded: { supplierId: string; name: string; explanation: Explanation }[];
  /** Ranking notes (assumed KPIs, unused criteria, ties), without each candidate's own lines. */
  supplierNotes: Explanation[];
  peak: PeakWindow | null;
  /** quantity × the recommended supplier's unit price. */
  orderValue: Money | null;
}

export interface PlanOptions {
  today: string;
  settings: PurchasingSettings;
  /** 'auto': uplift when the goods would leave in a peak window; an event forces it; 'off' never. */
  peak?: 'auto' | 'off' | PeakEvent;
  rates?: ExchangeRates;
}

const isCancelled = (status: string | undefined) => status !== undefined && /cancel/i.test(status);

function candidateView(c: SupplierCandidate): SuggestionCandidate {
  return { supplierId: c.supplierId, name: c.name, score: c.score, unitPrice: c.unitPrice, moq: c.quote.moq, leadTimeDays: c.quote.leadTimeDays, explanation: c.explanation };
}

/**
 * A suggestion for every catalogue SKU and every SKU with sales history, most urgent first: fewest
 * days of cover, then the SKUs without sales (nothing to base a suggestion on), by SKU.
 */
export function purchasePlan(
  input: { skus: readonly Sku[]; orders: readonly SoldLine[]; suppliers: readonly Supplier[]; purchaseOrders: readonly PurchaseOrder[] },
  options: PlanOptions,
): SuggestionRow[] {
  const { settings, today } = options;
  const salesBySku = new Map<string, SalesLine[]>();
  for (const line of input.orders) {
    const list = salesBySku.get(line.sku) ?? [];
    list.push({ sku: line.sku, quantity: line.quantity, orderedAt: line.orderedAt, cancelled: isCancelled(line.status) });
    salesBySku.set(line.sku, list);
  }
  const catalogue = new Map(input.skus.map((s) => [s.sku, s]));
  // Indexes, so each SKU looks only at the suppliers quoting it and their orders (2,000 SKUs × every
  // purchase order would be the slow part).
  const quoting = new Map<string, Supplier[]>();
  for (const supplier of input.suppliers) {
    for (const sku of new Set(supplier.prices.map((p) => p.sku))) {
      const list = quoting.get(sku) ?? [];
      list.push(supplier);
      quoting.set(sku, list);
    }
  }
  const ordersOf = new Map<string, PurchaseOrder[]>();
  const inboundOf = new Map<string, InboundStock[]>();
  for (const order of input.purchaseOrders) {
    const list = ordersOf.get(order.supplierId) ?? [];
    list.push(order);
    ordersOf.set(order.supplierId, list);
    if (order.receivedOn) continue;
    const units = new Map<string, number>();
    for (const line of order.lines) units.set(line.sku, (units.get(line.sku) ?? 0) + line.quantity);
    for (const [sku, quantity] of units) {
      if (quantity <= 0) continue;
      const inbound = inboundOf.get(sku) ?? [];
      inbound.push({ quantity, expectedOn: order.promisedOn, purchaseOrderId: order.id });
      inboundOf.set(sku, inbound);
    }
  }
  const codes = [...new Set([...catalogue.keys(), ...salesBySku.keys()])];
  // Each supplier's KPIs once, not once per SKU it quotes.
  const kpis = new Map(input.suppliers.map((supplier) => [supplier.id, supplierKpis(supplier, ordersOf.get(supplier.id) ?? [], { minOrders: settings.minKpiOrders, today })]));
  const safety = settings.safetyModel === 'volatility' ? ({ model: 'volatility', salesCycleDays: settings.salesCycleDays } as const) : ({ model: 'lead-time' } as const);

  const rows = codes.map((code): SuggestionRow => {
    const sku = catalogue.get(code);
    const sales = salesBySku.get(code) ?? [];
    const sold = sales.filter((l) => !l.cancelled).map((l) => l.orderedAt.slice(0, 10));
    const firstSold = sold.reduce<string | undefined>((a, b) => (a === undefined || b < a ? b : a), undefined);
    const lastSold = sold.reduce<string | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
    const firstLegLeadDays = sku?.firstLegLeadDays ?? settings.firstLegLeadDays;
    const candidates = quoting.get(code) ?? [];
    const suggestion = suggestPurchase(code, {
      today,
      settings,
      sales,
      // A SKU first sold inside the window is in its test period: its velocity counts from then.
      ...(firstSold && { activeSince: firstSold }),
      stock: { onHand: sku?.stockOnHand ?? 0, inbound: inboundOf.get(code) ?? [] },
      firstLegLeadDays,
      safety,
      peak: options.peak ?? 'auto',
      suppliers: candidates,
      purchaseOrders: candidates.flatMap((c) => ordersOf.get(c.id) ?? []),
      rates: options.rates,
      kpis,
    });
    const velocity = suggestion.steps[0]!;
    const position = suggestion.steps[1]!;
    const dailySales = velocity.quantity;
    const candidateLines = new Set(suggestion.suppliers.candidates.flatMap((c) => c.explanation));
    const supplier = suggestion.supplier ? candidateView(suggestion.supplier) : null;
    return {
      sku: code,
      title: sku?.title ?? '',
      inCatalogue: sku !== undefined,
      stockOnHand: sku?.stockOnHand ?? null,
      firstLegLeadDays,
      firstLegSource: sku?.firstLegLeadDays === undefined ? 'settings' : 'sku',
      dailySales: Math.round(dailySales * 100) / 100,
      unitsSold: Number(velocity.inputs.units ?? 0),
      inbound: Number(position.inputs.inbound ?? 0),
      stockPosition: position.quantity,
      daysOfCover: dailySales > 0 ? Math.round((position.quantity / dailySales) * 10) / 10 : null,
      lastSoldOn: lastSold ?? null,
      quantity: suggestion.quantity,
      formula: suggestion.formula,
      steps: suggestion.steps.map((s) => ({ formula: s.formula, quantity: s.quantity, inputs: s.inputs, explanation: s.explanation, ...(s.range && { range: s.range }) })),
      supplier,
      candidates: suggestion.suppliers.candidates.map(candidateView),
      excluded: suggestion.suppliers.excluded,
      supplierNotes: suggestion.suppliers.explanation.filter((e) => !candidateLines.has(e)),
      peak: suggestion.peak ?? null,
      orderValue: supplier && suggestion.quantity > 0 ? { amount: Math.round(supplier.unitPrice.amount * suggestion.quantity * 100) / 100, currency: supplier.unitPrice.currency } : null,
    };
  });
  return rows.sort(byUrgency);
}

/** Fewest days of cover first; SKUs without sales last; then by SKU. */
export function byUrgency(a: Pick<SuggestionRow, 'daysOfCover' | 'sku'>, b: Pick<SuggestionRow, 'daysOfCover' | 'sku'>): number {
  if (a.daysOfCover === null && b.daysOfCover !== null) return 1;
  if (b.daysOfCover === null && a.daysOfCover !== null) return -1;
  return (a.daysOfCover ?? 0) - (b.daysOfCover ?? 0) || a.sku.localeCompare(b.sku);
}
