/**
 * Suppliers and their purchase orders (F10): who makes a SKU, at what price, MOQ (起订量) and lead
 * time (交货周期), and how well they have delivered — on-time delivery rate (交货准时率) and pass
 * rate (产品合格率) — computed from the seller's own purchase orders, never typed in.
 */
import { explainerFor } from './explain';
import { z } from 'zod';
import type { Explanation } from './annotations';
import { daysBetween } from './dates';
import { IsoDate, Money } from './schemas';

// ── Records ────────────────────────────────────────────────────────────────────────────────

const Id = z.string().min(1, 'must not be empty').max(200);
const Name = z.string().trim().min(1, 'must not be empty').max(300);
const SkuCode = z.string().trim().min(1, 'must not be empty').max(100);

export const SupplierContact = z.object({
  name: Name,
  /** "sales", "factory manager", "QC"… free text. */
  role: z.string().max(100).default(''),
  email: z.email('must be an e-mail address').optional(),
  phone: z.string().max(50).optional(),
  wechat: z.string().max(100).optional(),
});
export type SupplierContact = z.infer<typeof SupplierContact>;

/**
 * One quoted price for one SKU. A supplier may hold several quotes per SKU over time: the one in
 * force on a day is the latest `validFrom` not after it (as VAT rates are), unless it has expired.
 */
export const SupplierPrice = z
  .object({
    sku: SkuCode,
    unitPrice: Money,
    /** 起订量: the smallest order the supplier accepts. */
    moq: z.number().int().min(1).default(1),
    /** 交货周期: days from order to goods ready, as quoted. */
    leadTimeDays: z.number().int().min(0).max(365),
    validFrom: z.optional(IsoDate),
    /** Last day the quote holds; quotes usually lapse (raw-material prices move). */
    validUntil: z.optional(IsoDate),
  })
  .refine((p) => !p.validFrom || !p.validUntil || p.validFrom <= p.validUntil, {
    message: 'must not end before it starts',
    path: ['validUntil'],
  });
export type SupplierPrice = z.infer<typeof SupplierPrice>;

export const Supplier = z.object({
  id: Id,
  name: Name,
  contacts: z.array(SupplierContact).default([]),
  /** Central category ids (F8) the supplier mainly makes (主营品类). */
  categories: z.array(Id).default([]),
  prices: z.array(SupplierPrice).default([]),
  notes: z.string().max(5000).default(''),
});
export type Supplier = z.infer<typeof Supplier>;
export type SupplierInput = z.input<typeof Supplier>;

export const PurchaseOrderLine = z.object({
  sku: SkuCode,
  quantity: z.number().int().positive(),
  unitPrice: Money,
});
export type PurchaseOrderLine = z.infer<typeof PurchaseOrderLine>;

export const PurchaseOrder = z
  .object({
    id: Id,
    supplierId: Id,
    lines: z.array(PurchaseOrderLine).min(1, 'must have at least one line'),
    orderedOn: IsoDate,
    /** The date the supplier promised the goods ready (the on-time rate is measured against it). */
    promisedOn: IsoDate,
    receivedOn: z.optional(IsoDate),
    /** Units inspected on receipt (QC): passed and failed. */
    inspected: z.object({ passed: z.number().int().min(0), failed: z.number().int().min(0) }).optional(),
  })
  .refine((o) => o.promisedOn >= o.orderedOn, { message: 'must not be before the order date', path: ['promisedOn'] })
  .refine((o) => !o.receivedOn || o.receivedOn >= o.orderedOn, { message: 'must not be before the order date', path: ['receivedOn'] });
export type PurchaseOrder = z.infer<typeof PurchaseOrder>;
export type PurchaseOrderInput = z.input<typeof PurchaseOrder>;

// ── Explanations (locales/workspace.json) ───────────────────────────────────────────────────

/** Codes this file emits, with their parameter names in placeholder order. */
export const SUPPLIER_EXPLANATION_PARAMS = {
  supplier_kpi_on_time: ['onTime', 'received', 'percent'],
  supplier_kpi_on_time_too_few: ['received', 'minimum'],
  supplier_kpi_pass_rate: ['passed', 'inspected', 'percent'],
  supplier_kpi_pass_rate_too_few: ['orders', 'minimum'],
  supplier_kpi_lead_time: ['days', 'received'],
  supplier_kpi_lead_time_too_few: ['received', 'minimum'],
  supplier_kpi_open_orders: ['open', 'overdue'],
} as const satisfies Record<string, readonly string[]>;
export type SupplierExplanationCode = keyof typeof SUPPLIER_EXPLANATION_PARAMS;

const explainSupplier = explainerFor(SUPPLIER_EXPLANATION_PARAMS);

// ── Prices ─────────────────────────────────────────────────────────────────────────────────

export type PriceLookup =
  | { status: 'in-force'; price: SupplierPrice }
  | { status: 'expired'; price: SupplierPrice }
  | { status: 'not-yet-valid'; price: SupplierPrice }
  | { status: 'none' };

/**
 * The supplier's quote for `sku` in force on `today`: the latest `validFrom` not after today (no
 * `validFrom` = always), provided it has not expired. A quote whose successor has started is
 * superseded even without a `validUntil`. When nothing is in force, says why: the most recent
 * expired quote, or the earliest one still to come.
 */
export function priceInForce(supplier: Supplier, sku: string, today: string): PriceLookup {
  const quotes = supplier.prices.filter((p) => p.sku === sku);
  if (quotes.length === 0) return { status: 'none' };
  const started = quotes.filter((p) => !p.validFrom || p.validFrom <= today);
  if (started.length === 0) {
    const next = quotes.reduce((a, b) => ((a.validFrom ?? '') <= (b.validFrom ?? '') ? a : b));
    return { status: 'not-yet-valid', price: next };
  }
  const latest = started.reduce((a, b) => ((b.validFrom ?? '') > (a.validFrom ?? '') ? b : a));
  if (latest.validUntil && latest.validUntil < today) return { status: 'expired', price: latest };
  return { status: 'in-force', price: latest };
}

// ── KPIs ───────────────────────────────────────────────────────────────────────────────────

/** Below this many orders a rate is shown with its counts but called "not enough data". */
export const DEFAULT_MIN_KPI_ORDERS = 3;

export interface KpiRate {
  /** 0..1, or null when nothing was measured. */
  rate: number | null;
  numerator: number;
  denominator: number;
  /** Orders the figure rests on. */
  orders: number;
  enoughData: boolean;
}

export interface SupplierKpis {
  supplierId: string;
  /** Purchase orders of this supplier counted (others are ignored). */
  orders: number;
  received: number;
  /** Not received yet; `overdue` when `today` is given and the promised date has passed. */
  open: number;
  overdue: number;
  /** 交货准时率: orders received on or before the promised date ÷ orders received. */
  onTime: KpiRate;
  /** 产品合格率: units passed ÷ units inspected, over the orders that were inspected. */
  passRate: KpiRate;
  /** Average days from order to receipt, over received orders. */
  averageLeadTimeDays: { days: number | null; orders: number; enoughData: boolean };
  explanation: Explanation[];
}

export interface KpiOptions {
  /** Orders below which a figure is "not enough data" (default 3). */
  minOrders?: number;
  /** YYYY-MM-DD: counts open orders already past their promised date. */
  today?: string;
}

const percentOf = (rate: number) => Math.round(rate * 1000) / 10;

export function supplierKpis(supplier: Supplier, purchaseOrders: readonly PurchaseOrder[], options: KpiOptions = {}): SupplierKpis {
  const minOrders = options.minOrders ?? DEFAULT_MIN_KPI_ORDERS;
  const mine = purchaseOrders.filter((o) => o.supplierId === supplier.id);
  const received = mine.filter((o) => o.receivedOn !== undefined);
  const open = mine.length - received.length;
  const today = options.today;
  const overdue = today ? mine.filter((o) => o.receivedOn === undefined && o.promisedOn < today).length : 0;
  const explanation: Explanation[] = [];

  const onTimeCount = received.filter((o) => (o.receivedOn as string) <= o.promisedOn).length;
  const onTime: KpiRate = {
    rate: received.length ? onTimeCount / received.length : null,
    numerator: onTimeCount,
    denominator: received.length,
    orders: received.length,
    enoughData: received.length >= minOrders,
  };
  if (onTime.rate !== null) explanation.push(explainSupplier('supplier_kpi_on_time', { onTime: onTimeCount, received: received.length, percent: percentOf(onTime.rate) }));
  if (!onTime.enoughData) explanation.push(explainSupplier('supplier_kpi_on_time_too_few', { received: received.length, minimum: minOrders }));

  const inspectedOrders = mine.filter((o) => o.inspected && o.inspected.passed + o.inspected.failed > 0);
  const passed = inspectedOrders.reduce((sum, o) => sum + (o.inspected?.passed ?? 0), 0);
  const inspected = inspectedOrders.reduce((sum, o) => sum + (o.inspected ? o.inspected.passed + o.inspected.failed : 0), 0);
  const passRate: KpiRate = {
    rate: inspected ? passed / inspected : null,
    numerator: passed,
    denominator: inspected,
    orders: inspectedOrders.length,
    // Many units from one batch say little about the next batch: the sample is counted in orders.
    enoughData: inspectedOrders.length >= minOrders,
  };
  if (passRate.rate !== null) explanation.push(explainSupplier('supplier_kpi_pass_rate', { passed, inspected, percent: percentOf(passRate.rate) }));
  if (!passRate.enoughData) explanation.push(explainSupplier('supplier_kpi_pass_rate_too_few', { orders: inspectedOrders.length, minimum: minOrders }));

  const leadDays = received.reduce((sum, o) => sum + daysBetween(o.orderedOn, o.receivedOn as string), 0);
  const averageLeadTimeDays = {
    days: received.length ? Math.round((leadDays / received.length) * 10) / 10 : null,
    orders: received.length,
    enoughData: received.length >= minOrders,
  };
  if (averageLeadTimeDays.days !== null) explanation.push(explainSupplier('supplier_kpi_lead_time', { days: averageLeadTimeDays.days, received: received.length }));
  if (!averageLeadTimeDays.enoughData) explanation.push(explainSupplier('supplier_kpi_lead_time_too_few', { received: received.length, minimum: minOrders }));

  if (open > 0) explanation.push(explainSupplier('supplier_kpi_open_orders', { open, overdue }));

  return { supplierId: supplier.id, orders: mine.length, received: received.length, open, overdue, onTime, passRate, averageLeadTimeDays, explanation };
}
