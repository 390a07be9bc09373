/**
 * What a content script reads from a page (PageRow) and what the background answers for it
 * (RowAnnotation). Both cross the messaging boundary, so both are schemas.
 */
import { z } from 'zod';
import {
  CountryCode,
  IsoDate,
  Marketplace,
  Money,
  ReturnActionKind,
  ReturnReason,
  PostalAddress,
} from './vocabulary';

/** A structured explanation: `code` names an i18n message, `params` fill its placeholders. */
export const Explanation = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type Explanation = z.infer<typeof Explanation>;

export const PageKind = z.enum(['ordersList', 'orderDetail', 'returnsList', 'returnDetail']);
export type PageKind = z.infer<typeof PageKind>;

/** One business line read from a page: an order item or a return item. */
export const PageRow = z.object({
  /** Unique on the page: the same row read twice has the same key. */
  key: z.string().min(1).max(400),
  orderId: z.string().max(100).optional(),
  sku: z.string().max(200).optional(),
  asin: z.string().max(20).optional(),
  title: z.string().max(2000).optional(),
  quantity: z.number().int().nonnegative().optional(),
  /** Value of this line (unit price × quantity, or item subtotal). */
  lineValue: Money.optional(),
  /** Value of the whole order when the page shows it. */
  orderValue: Money.optional(),
  /** Destination: from the address block when shown, else the order's marketplace country. */
  shipCountry: CountryCode.optional(),
  shipCountrySource: z.enum(['address', 'sales-channel', 'host']).optional(),
  buyerName: z.string().max(500).optional(),
  orderDate: IsoDate.optional(),
  /** Return rows only. */
  returnReasonText: z.string().max(2000).optional(),
  returnReasonCode: z.string().max(100).optional(),
  buyerComment: z.string().max(5000).optional(),
  returnRequestedOn: IsoDate.optional(),
  deliveredOn: IsoDate.optional(),
});
export type PageRow = z.infer<typeof PageRow>;

export const CategoryStep = z.object({ id: z.string(), name: z.string(), nameZh: z.string().optional() });

export const TagView = z.object({
  id: z.string(),
  label: z.string(),
  labelZh: z.string().optional(),
  color: z.string(),
});
export type TagView = z.infer<typeof TagView>;

export const SkuView = z.object({
  known: z.boolean(),
  sku: z.string().optional(),
  title: z.string().optional(),
  categoryPath: z.array(CategoryStep).default([]),
  attributes: z.record(z.string(), z.string()).default({}),
  tags: z.array(TagView).default([]),
});
export type SkuView = z.infer<typeof SkuView>;

export const ComplianceWarningKind = z.enum([
  'certificate_missing',
  'certificate_expired',
  'certificate_expiring',
  'certificate_model_mismatch',
  'certificate_market_mismatch',
  'certificate_repealed_reference',
  'hs_missing',
  'hs_invalid',
  'destination_unknown',
]);
export type ComplianceWarningKind = z.infer<typeof ComplianceWarningKind>;

export const ComplianceWarning = z.object({
  kind: ComplianceWarningKind,
  severity: z.enum(['error', 'warning', 'info']),
  certificateKind: z.string().optional(),
  certificateId: z.string().optional(),
  explanation: Explanation,
});
export type ComplianceWarning = z.infer<typeof ComplianceWarning>;

export const TaxEstimate = z.object({
  destination: CountryCode,
  /** Customs value used: the line value. */
  customsValue: Money,
  hsCode: z.string().optional(),
  /** "national" when a per-destination code (F26) was used, else "hs6". */
  hsCodeSource: z.enum(['national', 'hs6']).optional(),
  duty: z
    .object({ ratePercent: z.number(), amount: Money, source: z.string() })
    .optional(),
  vat: z
    .object({ ratePercent: z.number(), amount: Money, source: z.string(), effectiveFrom: IsoDate })
    .optional(),
  explanation: z.array(Explanation).default([]),
});
export type TaxEstimate = z.infer<typeof TaxEstimate>;

export const ComplianceView = z.object({
  destination: CountryCode.optional(),
  status: z.enum(['ok', 'warning', 'error', 'unknown']),
  /** How many certificate requirements the seller's rules set for this SKU and destination. */
  certificatesRequired: z.number().int().nonnegative().optional(),
  warnings: z.array(ComplianceWarning).default([]),
  tax: TaxEstimate.optional(),
});
export type ComplianceView = z.infer<typeof ComplianceView>;

export const ReturnHint = z.object({
  reason: ReturnReason,
  ruleId: z.string().nullable(),
  ruleName: z.string().nullable(),
  ruleNameZh: z.string().optional(),
  action: ReturnActionKind,
  approval: z.enum(['automatic', 'agent', 'supervisor']),
  couponPercent: z.number().optional(),
  returnAddress: PostalAddress.nullable(),
  returnAddressWarehouseId: z.string().optional(),
  /** Why this rule matched (one entry per condition) or why none did. */
  explanation: z.array(Explanation),
});
export type ReturnHint = z.infer<typeof ReturnHint>;

export const RowAnnotation = z.object({
  key: z.string(),
  sku: SkuView,
  compliance: ComplianceView.optional(),
  returnHint: ReturnHint.optional(),
});
export type RowAnnotation = z.infer<typeof RowAnnotation>;

export const AnnotateRequest = z.object({
  marketplace: Marketplace,
  page: PageKind,
  rows: z.array(PageRow).max(5000),
});
export type AnnotateRequest = z.infer<typeof AnnotateRequest>;
