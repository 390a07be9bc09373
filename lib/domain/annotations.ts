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

/**
 * The kinds of page rows are read from. Listings are the seller's offers (eBay active listings,
 * Shopify products); productDetail is one product's edit page (Shopify), whose rows are its variants.
 */
export const PageKind = z.enum(['ordersList', 'orderDetail', 'returnsList', 'returnDetail', 'listingsList', 'productDetail']);
export type PageKind = z.infer<typeof PageKind>;

/** Where an order stands in shipping, as the page shows it (F7). */
export const ShippingStatus = z.enum(['unshipped', 'shipped', 'delivered', 'cancelled']);
export type ShippingStatus = z.infer<typeof ShippingStatus>;

export const ShippingFacts = z.object({
  status: ShippingStatus,
  /** Date (and, where the page shows it, time) the buyer paid; ISO 8601 with offset when known. */
  purchasedAt: z.optional(z.string().check(z.maxLength(40))),
  shipBy: z.optional(IsoDate),
  shippedOn: z.optional(IsoDate),
  deliverBy: z.optional(IsoDate),
  /** Last tracking event shown on the page; absent when the page shows none. */
  lastTrackingEventOn: z.optional(IsoDate),
  trackingNumber: z.optional(z.string().check(z.maxLength(100))),
  carrier: z.optional(z.string().check(z.maxLength(100))),
});
export type ShippingFacts = z.infer<typeof ShippingFacts>;

/** A marketplace's own category for a listing (F8): Amazon product type, eBay category, Shopify product type. */
export const PlatformCategory = z.object({
  kind: z.enum(['product-type', 'browse-node', 'category-id']),
  value: z.string().check(z.minLength(1), z.maxLength(300)),
  /** What the page calls it ("Women's Dresses"), when the value is an id. */
  label: z.optional(z.string().check(z.maxLength(300))),
});
export type PlatformCategory = z.infer<typeof PlatformCategory>;

/** One business line read from a page: an order item, a return item, a listing or a product variant. */
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
  /** Already known reason (e.g. from a classified buyer message); wins over code and text. */
  returnReason: z.optional(ReturnReason),
  buyerComment: z.optional(z.string().check(z.maxLength(5000))),
  returnRequestedOn: z.optional(IsoDate),
  deliveredOn: z.optional(IsoDate),
  /** Order rows: shipping state, for the proactive notices (F7). */
  shipping: z.optional(ShippingFacts),
  /** Listing rows: the marketplace's item id (eBay item number, Shopify product id). */
  itemId: z.optional(z.string().check(z.maxLength(100))),
  /** Listing rows: the marketplace's category, mapped onto the central tree (F8). */
  platformCategory: z.optional(PlatformCategory),
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

/** F7: an order that needs a word to the buyer before the buyer asks. */
export const ShippingNotice = z.object({
  kind: z.enum(['late_shipment', 'shipping_delay']),
  /** Hours since purchase (late_shipment) or days without a tracking event (shipping_delay). */
  hours: z.optional(z.number()),
  days: z.optional(z.int()),
  explanation: Explanation,
});
export type ShippingNotice = z.infer<typeof ShippingNotice>;

/** F8: the listing's platform category and the central category it is mapped to, if any. */
export const CategoryMappingView = z.object({
  platformCategory: PlatformCategory,
  categoryPath: z._default(z.array(CategoryStep), []),
  mapped: z.boolean(),
});
export type CategoryMappingView = z.infer<typeof CategoryMappingView>;

export const RowAnnotation = z.object({
  key: z.string(),
  sku: SkuView,
  compliance: z.optional(ComplianceView),
  returnHint: z.optional(ReturnHint),
  shippingNotice: z.optional(ShippingNotice),
  categoryMapping: z.optional(CategoryMappingView),
});
export type RowAnnotation = z.infer<typeof RowAnnotation>;

export const AnnotateRequest = z.object({
  marketplace: Marketplace,
  page: PageKind,
  rows: z.array(PageRow).check(z.maxLength(5000)),
});
export type AnnotateRequest = z.infer<typeof AnnotateRequest>;
