/**
 * What a content script reads from a page (PageRow) and what the background answers for it
 * (RowAnnotation). Both cross the messaging boundary, so both are schemas (zod/mini, as in
 * vocabulary.ts: content scripts build them at start-up).
 */
import { z } from 'zod/mini';
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
  code: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
  params: z._default(z.record(z.string(), z.union([z.string(), z.number()])), {}),
});
export type Explanation = z.infer<typeof Explanation>;

export const PageKind = z.enum(['ordersList', 'orderDetail', 'returnsList', 'returnDetail']);
export type PageKind = z.infer<typeof PageKind>;

/** One business line read from a page: an order item or a return item. */
export const PageRow = z.object({
  /** Unique on the page: the same row read twice has the same key. */
  key: z.string().check(z.minLength(1), z.maxLength(400)),
  orderId: z.optional(z.string().check(z.maxLength(100))),
  sku: z.optional(z.string().check(z.maxLength(200))),
  asin: z.optional(z.string().check(z.maxLength(20))),
  title: z.optional(z.string().check(z.maxLength(2000))),
  quantity: z.optional(z.int().check(z.nonnegative())),
  /** Value of this line (unit price × quantity, or item subtotal). */
  lineValue: z.optional(Money),
  /** Value of the whole order when the page shows it. */
  orderValue: z.optional(Money),
  /** Destination: from the address block when shown, else the order's marketplace country. */
  shipCountry: z.optional(CountryCode),
  shipCountrySource: z.optional(z.enum(['address', 'sales-channel', 'host'])),
  buyerName: z.optional(z.string().check(z.maxLength(500))),
  orderDate: z.optional(IsoDate),
  /** Return rows only. */
  returnReasonText: z.optional(z.string().check(z.maxLength(2000))),
  returnReasonCode: z.optional(z.string().check(z.maxLength(100))),
  buyerComment: z.optional(z.string().check(z.maxLength(5000))),
  returnRequestedOn: z.optional(IsoDate),
  deliveredOn: z.optional(IsoDate),
});
export type PageRow = z.infer<typeof PageRow>;

export const CategoryStep = z.object({ id: z.string(), name: z.string(), nameZh: z.optional(z.string()) });

export const TagView = z.object({
  id: z.string(),
  label: z.string(),
  labelZh: z.optional(z.string()),
  color: z.string(),
});
export type TagView = z.infer<typeof TagView>;

export const SkuView = z.object({
  known: z.boolean(),
  sku: z.optional(z.string()),
  title: z.optional(z.string()),
  categoryPath: z._default(z.array(CategoryStep), []),
  attributes: z._default(z.record(z.string(), z.string()), {}),
  tags: z._default(z.array(TagView), []),
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
  certificateKind: z.optional(z.string()),
  certificateId: z.optional(z.string()),
  explanation: Explanation,
});
export type ComplianceWarning = z.infer<typeof ComplianceWarning>;

export const TaxEstimate = z.object({
  destination: CountryCode,
  /** Customs value used: the line value. */
  customsValue: Money,
  hsCode: z.optional(z.string()),
  /** "national" when a per-destination code (F26) was used, else "hs6". */
  hsCodeSource: z.optional(z.enum(['national', 'hs6'])),
  duty: z.optional(z.object({ ratePercent: z.number(), amount: Money, source: z.string() })),
  vat: z.optional(z.object({ ratePercent: z.number(), amount: Money, source: z.string(), effectiveFrom: IsoDate })),
  explanation: z._default(z.array(Explanation), []),
});
export type TaxEstimate = z.infer<typeof TaxEstimate>;

export const ComplianceView = z.object({
  destination: z.optional(CountryCode),
  status: z.enum(['ok', 'warning', 'error', 'unknown']),
  /** How many certificate requirements the seller's rules set for this SKU and destination. */
  certificatesRequired: z.optional(z.int().check(z.nonnegative())),
  warnings: z._default(z.array(ComplianceWarning), []),
  tax: z.optional(TaxEstimate),
});
export type ComplianceView = z.infer<typeof ComplianceView>;

export const ReturnHint = z.object({
  reason: ReturnReason,
  ruleId: z.nullable(z.string()),
  ruleName: z.nullable(z.string()),
  ruleNameZh: z.optional(z.string()),
  action: ReturnActionKind,
  approval: z.enum(['automatic', 'agent', 'supervisor']),
  couponPercent: z.optional(z.number()),
  returnAddress: z.nullable(PostalAddress),
  returnAddressWarehouseId: z.optional(z.string()),
  /** Why this rule matched (one entry per condition) or why none did. */
  explanation: z.array(Explanation),
});
export type ReturnHint = z.infer<typeof ReturnHint>;

export const RowAnnotation = z.object({
  key: z.string(),
  sku: SkuView,
  compliance: z.optional(ComplianceView),
  returnHint: z.optional(ReturnHint),
});
export type RowAnnotation = z.infer<typeof RowAnnotation>;

export const AnnotateRequest = z.object({
  marketplace: Marketplace,
  page: PageKind,
  rows: z.array(PageRow).check(z.maxLength(5000)),
});
export type AnnotateRequest = z.infer<typeof AnnotateRequest>;
