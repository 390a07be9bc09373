/**
 * The small shared vocabulary of HelloWord's data: countries, currencies, dates, money, markets,
 * return reasons and actions, addresses and settings. Content scripts need only these (and
 * annotations.ts), so they live apart from the workspace records in schemas.ts: a content script
 * then builds a few dozen zod schemas at start-up instead of every record type.
 */
import { z } from 'zod';

const Name = z.string().trim().min(1, 'must not be empty').max(300);

/** ISO 3166-1 alpha-2 country code, upper case ("DE", "GB", "US"). */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as DE or US');
export type CountryCode = z.infer<typeof CountryCode>;

/** ISO 4217 currency code ("EUR", "USD", "JPY"). */
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as EUR');
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/** Calendar date, "YYYY-MM-DD". */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;

export const Money = z.object({
  amount: z.number().finite(),
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;

export const Marketplace = z.enum(['amazon', 'ebay', 'shopify']);
export type Marketplace = z.infer<typeof Marketplace>;

/**
 * A market a certificate or compliance rule speaks about. Countries are markets of their own; "EU"
 * stands for every EU member state, "GB" for Great Britain, "XI" for Northern Ireland.
 */
export const MarketCode = z.string().regex(/^(EU|[A-Z]{2})$/, 'must be EU or a two-letter country code');
export type MarketCode = z.infer<typeof MarketCode>;

/** Return reasons, normalised across marketplaces and languages. */
export const ReturnReason = z.enum([
  'size_fit',
  'style_colour',
  'defective',
  'damaged',
  'not_as_described',
  'wrong_item',
  'missing_parts',
  'not_received',
  'late_delivery',
  'changed_mind',
  'better_price',
  'ordered_by_mistake',
  'other',
]);
export type ReturnReason = z.infer<typeof ReturnReason>;

export const ReturnActionKind = z.enum([
  'refund_without_return',
  'approve_exchange',
  'exchange_with_coupon',
  'supervisor_approval',
  'route_to_warehouse',
  'standard_return',
]);
export type ReturnActionKind = z.infer<typeof ReturnActionKind>;

export const PostalAddress = z.object({
  name: Name,
  lines: z.array(z.string().max(300)).min(1, 'must have at least one street line'),
  city: z.string().max(200),
  postcode: z.string().max(40).default(''),
  region: z.string().max(200).optional(),
  country: CountryCode,
});
export type PostalAddress = z.infer<typeof PostalAddress>;

/** Every switchable in-page feature; the ids are also the `data-helloword` hooks. */
export const FEATURE_IDS = [
  'category-tags',
  'compliance-warning',
  'return-hint',
  'add-to-catalogue',
  'adapter-health',
] as const;
export const FeatureId = z.enum(FEATURE_IDS);
export type FeatureId = z.infer<typeof FeatureId>;

export const Settings = z.object({
  features: z.partialRecord(FeatureId, z.boolean()).default({}),
  /** A certificate expiring within this many days is a warning (F4). */
  expiringWithinDays: z.number().int().min(1).max(365).default(30),
  /** Threshold under which EU imports may use IOSS (F4). */
  iossThresholdEur: z.number().nonnegative().default(150),
});
export type Settings = z.infer<typeof Settings>;

export function isFeatureEnabled(settings: Settings, feature: FeatureId): boolean {
  return settings.features[feature] ?? true;
}
