/**
 * The purchasing settings (F11) as a zod/mini schema: they are part of the seller's `Settings`
 * (vocabulary.ts), which content scripts parse too, so they are kept apart from the formulas in
 * purchasing.ts (which re-exports them) and built with the small zod.
 */
import { z } from 'zod/mini';

const Range = (max: number) =>
  z
    .object({ min: z.number().check(z.gte(0), z.lte(max)), max: z.number().check(z.gte(0), z.lte(max)) })
    .check(z.refine((r) => r.min <= r.max, { message: 'min must not exceed max', path: ['max'] }));

const Weight = z.number().check(z.gte(0), z.lte(1));

export const SupplierWeights = z.object({ price: Weight, leadTime: Weight, onTime: Weight, passRate: Weight });
export type SupplierWeights = z.infer<typeof SupplierWeights>;

export const SAFETY_MODELS = ['lead-time', 'volatility'] as const;
export type SafetyModel = (typeof SAFETY_MODELS)[number];

export const PurchasingSettings = z
  .object({
    /** Days of sales the stock-up covers (the seed's "3 months"; see purchasing.ts). */
    coverageDays: z._default(z.int().check(z.gte(1), z.lte(730)), 90),
    /** Peak season (Black Friday, Christmas): stock-up raised by this much (seed: 50–100 %). */
    peakUpliftPercent: z._default(Range(300), { min: 50, max: 100 }),
    /** …and its first leg started this many months before the event (seed: 2–3). */
    peakLeadMonths: z._default(Range(12), { min: 2, max: 3 }),
    /** Volatility factor of the alternative safety-stock model (seed: 1.5). */
    safetyFactor: z._default(z.number().check(z.gte(1), z.lte(5)), 1.5),
    /** Stock turnover per month above which the next order is raised… */
    turnoverHigh: z._default(z.number().check(z.gt(0)), 2),
    /** …and below which it is cut. */
    turnoverLow: z._default(z.number().check(z.gte(0)), 1),
    turnoverHighUpliftPercent: z._default(z.number().check(z.gte(0), z.lte(300)), 30),
    turnoverLowCutPercent: z._default(z.number().check(z.gte(0), z.lte(100)), 50),
    /** Days of sales history the daily velocity is measured over. */
    velocityWindowDays: z._default(z.int().check(z.gte(1), z.lte(365)), 30),
    /** Orders below which a supplier KPI is "not enough data" and not trusted for scoring. */
    minKpiOrders: z._default(z.int().check(z.gte(1), z.lte(100)), 3),
    supplierWeights: z._default(SupplierWeights, { price: 0.4, leadTime: 0.2, onTime: 0.2, passRate: 0.2 }),
    /** 头程时效: days from the supplier to the overseas warehouse, for SKUs that do not set their own. */
    firstLegLeadDays: z._default(z.int().check(z.gte(0), z.lte(365)), 30),
    /** Which safety-stock model the suggestions use: the seed's lead-time one or the volatility one. */
    safetyModel: z._default(z.enum(SAFETY_MODELS), 'lead-time'),
    /** Sales cycle (days) of the volatility model: sales cycle × daily sales × safety factor. */
    salesCycleDays: z._default(z.int().check(z.gte(1), z.lte(365)), 30),
  })
  .check(z.refine((s) => s.turnoverLow <= s.turnoverHigh, { message: 'must not exceed the high turnover threshold', path: ['turnoverLow'] }));
export type PurchasingSettings = z.infer<typeof PurchasingSettings>;
export type PurchasingSettingsInput = z.input<typeof PurchasingSettings>;

export const DEFAULT_PURCHASING_SETTINGS: PurchasingSettings = PurchasingSettings.parse({});
