/**
 * The suppliers and purchasing views' messages (F10, F11): options page → background. The
 * background reads the workspace in one transaction and answers view models (KPIs, suggestions with
 * every formula step), never raw stores.
 */
import { z } from 'zod';
import { PEAK_EVENTS } from '../domain/purchasing';
import { PurchasingSettings } from '../domain/purchasing-settings';
import { Money } from '../domain/schemas';
import { PurchaseOrder, Supplier } from '../domain/suppliers';
import { Empty, message } from './content-protocol';

const PAGES = ['extension-page'] as const;

const ExplanationWire = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });

const KpiRateWire = z.object({ rate: z.number().nullable(), numerator: z.number(), denominator: z.number(), orders: z.number(), enoughData: z.boolean() });

export const SupplierKpisWire = z.object({
  supplierId: z.string(),
  orders: z.number(),
  received: z.number(),
  open: z.number(),
  overdue: z.number(),
  onTime: KpiRateWire,
  passRate: KpiRateWire,
  averageLeadTimeDays: z.object({ days: z.number().nullable(), orders: z.number(), enoughData: z.boolean() }),
  explanation: z.array(ExplanationWire),
});

export const PurchaseOrderViewWire = z.object({
  order: PurchaseOrder,
  status: z.enum(['open', 'overdue', 'on-time', 'late']),
  units: z.number(),
  totals: z.array(Money),
  daysLate: z.number(),
});

export const SupplierViewWire = z.object({ supplier: Supplier, kpis: SupplierKpisWire, purchaseOrders: z.array(PurchaseOrderViewWire) });
export type SupplierViewWire = z.infer<typeof SupplierViewWire>;

/** A save refused: one sentence per problem, and the same keyed by field path for the form. */
export const SupplierSaveResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), id: z.string() }),
  z.object({ ok: z.literal(false), errors: z.array(z.string()), fields: z.record(z.string(), z.string()) }),
]);
export type SupplierSaveResult = z.infer<typeof SupplierSaveResult>;

const CandidateWire = z.object({
  supplierId: z.string(),
  name: z.string(),
  score: z.number(),
  unitPrice: Money,
  moq: z.number(),
  leadTimeDays: z.number(),
  explanation: z.array(ExplanationWire),
});

export const SuggestionRowWire = z.object({
  sku: z.string(),
  title: z.string(),
  inCatalogue: z.boolean(),
  stockOnHand: z.number().nullable(),
  firstLegLeadDays: z.number(),
  firstLegSource: z.enum(['sku', 'settings']),
  dailySales: z.number(),
  unitsSold: z.number(),
  inbound: z.number(),
  stockPosition: z.number(),
  daysOfCover: z.number().nullable(),
  lastSoldOn: z.string().nullable(),
  quantity: z.number(),
  formula: z.string(),
  steps: z.array(
    z.object({
      formula: z.string(),
      quantity: z.number(),
      inputs: z.record(z.string(), z.union([z.string(), z.number()])),
      explanation: z.array(ExplanationWire),
      range: z.object({ min: z.number(), max: z.number() }).optional(),
    }),
  ),
  supplier: CandidateWire.nullable(),
  candidates: z.array(CandidateWire),
  excluded: z.array(z.object({ supplierId: z.string(), name: z.string(), explanation: ExplanationWire })),
  supplierNotes: z.array(ExplanationWire),
  peak: z.object({ event: z.enum(PEAK_EVENTS), date: z.string(), shipFrom: z.string(), shipBy: z.string() }).nullable(),
  orderValue: z.nullable(Money),
});
export type SuggestionRowWire = z.infer<typeof SuggestionRowWire>;

export const PeakChoice = z.enum(['auto', 'off', ...PEAK_EVENTS]);
export type PeakChoice = z.infer<typeof PeakChoice>;

export const suppliersMessages = {
  /** Suppliers with KPIs and purchase orders; the category tree and SKUs the editor picks from. */
  listSuppliers: message({
    from: PAGES,
    request: Empty,
    response: z.object({
      today: z.string(),
      minKpiOrders: z.number(),
      suppliers: z.array(SupplierViewWire),
      categories: z.array(z.object({ id: z.string(), name: z.string(), nameZh: z.string().optional(), level: z.number(), path: z.string() })),
      skus: z.array(z.object({ sku: z.string(), title: z.string() })),
    }),
  }),
  saveSupplier: message({ from: PAGES, request: z.object({ supplier: z.unknown() }), response: SupplierSaveResult }),
  deleteSupplier: message({
    from: PAGES,
    request: z.object({ id: z.string().min(1).max(200) }),
    response: z.object({ deleted: z.boolean(), purchaseOrders: z.number() }),
  }),
  /** Creates or replaces a purchase order (receipt and QC are recorded by saving it again). */
  savePurchaseOrder: message({ from: PAGES, request: z.object({ order: z.unknown() }), response: SupplierSaveResult }),
  deletePurchaseOrder: message({ from: PAGES, request: z.object({ id: z.string().min(1).max(200) }), response: z.object({ deleted: z.boolean() }) }),
  /** A purchase suggestion for every SKU with sales history or stock, most urgent first. */
  listPurchaseSuggestions: message({
    from: PAGES,
    request: z.object({ peak: PeakChoice.default('auto') }),
    response: z.object({
      today: z.string(),
      settings: PurchasingSettings,
      suggestions: z.array(SuggestionRowWire),
      supplierCount: z.number(),
      orderLineCount: z.number(),
    }),
  }),
  /** Sets or clears (null) a SKU's counted stock on hand and its own first-leg lead time. */
  setSkuStock: message({
    from: PAGES,
    request: z.object({
      sku: z.string().trim().min(1).max(100),
      stockOnHand: z.number().int().min(0).max(10_000_000).nullable().optional(),
      firstLegLeadDays: z.number().int().min(0).max(365).nullable().optional(),
    }),
    response: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), errors: z.array(z.string()) })]),
  }),
} as const;
