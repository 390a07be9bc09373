/**
 * The small shared vocabulary of HelloWord's data: countries, currencies, dates, money, markets,
 * return reasons and actions, addresses and settings. Content scripts need only these (and
 * annotations.ts), so they live apart from the workspace records in schemas.ts: a content script
 * then builds a few dozen zod schemas at start-up instead of every record type.
 */
import { z } from 'zod/mini';
import { SellerKeywords } from './messages/intents';
import { PurchasingSettings } from './purchasing-settings';

// Written with zod/mini: it builds schemas without attaching every method to every instance and
// tree-shakes, which keeps a content script's start-up small. The workspace records (schemas.ts,
// classic zod) compose these freely: both are the same zod core.
const Name = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(300));

/** ISO 3166-1 alpha-2 country code, upper case ("DE", "GB", "US"). */
export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as DE or US'));
export type CountryCode = z.infer<typeof CountryCode>;

/** ISO 4217 currency code ("EUR", "USD", "JPY"). */
export const CurrencyCode = z.string().check(z.regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as EUR'));
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/** Calendar date, "YYYY-MM-DD". */
export const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'));
export type IsoDate = z.infer<typeof IsoDate>;

export const Money = z.object({
  amount: z.number(),
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;

export const Marketplace = z.enum(['amazon', 'ebay', 'shopify']);
export type Marketplace = z.infer<typeof Marketplace>;

/**
 * A market a certificate or compliance rule speaks about. Countries are markets of their own; "EU"
 * stands for every EU member state, "GB" for Great Britain, "XI" for Northern Ireland.
 */
export const MarketCode = z.string().check(z.regex(/^(EU|[A-Z]{2})$/, 'must be EU or a two-letter country code'));
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
  lines: z.array(z.string().check(z.maxLength(300))).check(z.minLength(1, 'must have at least one street line')),
  city: z.string().check(z.maxLength(200)),
  postcode: z._default(z.string().check(z.maxLength(40)), ''),
  region: z.optional(z.string().check(z.maxLength(200))),
  country: CountryCode,
});
export type PostalAddress = z.infer<typeof PostalAddress>;

/** Every switchable in-page feature; the ids are also the `data-helloword` hooks. */
export const FEATURE_IDS = [
  'category-tags',
  'compliance-warning',
  'return-hint',
  'add-to-catalogue',
  'shipping-notice',
  'category-mapping',
  'reply-suggestions',
  'reply-clock',
  'policy-guardrail',
  'adapter-health',
] as const;
export const FeatureId = z.enum(FEATURE_IDS);
export type FeatureId = z.infer<typeof FeatureId>;

// ── Profit inputs (F12) ──────────────────────────────────────────────────────────────────
// What estimateProfit (profit.ts) needs that no record holds: the seller's prices per SKU ×
// marketplace × destination, commission rates, freight, marketing and exchange rates. Kept in the
// settings so a backup carries them. The shapes match profit.ts's CommissionRate and ExchangeRates.

const ProfitText = z.string().check(z.maxLength(300));

/** One SKU listed on a marketplace for buyers in one country, at a consumer price. */
export const ProfitListing = z.object({
  sku: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(100)),
  marketplace: Marketplace,
  destination: CountryCode,
  /** As listed: VAT included in the EU and the UK. */
  price: Money,
  /** FBA fee, 3PL pick & pack and last mile per unit. */
  fulfilmentFee: z.optional(Money),
  /** Overrides the marketing share of the price for this listing. */
  marketingPercent: z.optional(z.number().check(z.gte(0), z.lte(100))),
});
export type ProfitListing = z.infer<typeof ProfitListing>;

export const ProfitSettings = z.object({
  listings: z._default(z.array(ProfitListing), []),
  commissionRates: z._default(
    z.array(
      z.object({
        id: z.string().check(z.minLength(1), z.maxLength(200)),
        marketplace: Marketplace,
        categoryId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
        percent: z.number().check(z.gte(0), z.lte(100)),
        minimum: z.optional(Money),
        source: z._default(ProfitText, 'seller'),
      }),
    ),
    [],
  ),
  /** First-leg freight (头程) per kg of the SKU's weight. */
  freightPerKg: z.optional(Money),
  /** Advertising cost of sale, percent of the price. */
  marketingPercent: z.optional(z.number().check(z.gte(0), z.lte(100))),
  exchangeRates: z.optional(
    z.object({
      base: CurrencyCode,
      rates: z.record(CurrencyCode, z.number().check(z.positive())),
      asOf: z.optional(IsoDate),
      source: z._default(ProfitText, 'seller'),
    }),
  ),
});
export type ProfitSettings = z.infer<typeof ProfitSettings>;

/** Each setting without its default: what a change may carry. */
const SETTING_FIELDS = {
  features: z.partialRecord(FeatureId, z.boolean()),
  /** A certificate expiring within this many days is a warning (F4). */
  expiringWithinDays: z.int().check(z.gte(1), z.lte(365)),
  /** Threshold under which EU imports may use IOSS (F4). */
  iossThresholdEur: z.number().check(z.nonnegative()),
  /** F7: an unshipped order is late this many hours after purchase. */
  shipWithinHours: z.int().check(z.gte(1), z.lte(24 * 30)),
  /** F7: a shipped order whose tracking has not moved for this many days needs a reassuring word. */
  stalledTrackingDays: z.int().check(z.gte(1), z.lte(90)),
  /** F6: the seller's own words per intent, added to the classifier's (plain words, any language). */
  classifierKeywords: SellerKeywords,
  /** Signature of reply templates ({{sellerName}}, {{agentName}}). */
  sellerName: z.string().check(z.maxLength(200)),
  agentName: z.string().check(z.maxLength(200)),
  /** F24: hours a buyer message may wait for a reply, per marketplace (defaults in reply-clock.ts). */
  replyDeadlineHours: z.partialRecord(Marketplace, z.int().check(z.gte(1), z.lte(24 * 14))),
  /** F12: prices, fees and rates the profit view computes with. */
  profit: ProfitSettings,
  /** F11: coverage days, peak-season uplift, turnover thresholds… (each field has its own default). */
  purchasing: PurchasingSettings,
};
const f = SETTING_FIELDS;

export const Settings = z.object({
  features: z._default(f.features, {}),
  expiringWithinDays: z._default(f.expiringWithinDays, 30),
  iossThresholdEur: z._default(f.iossThresholdEur, 150),
  shipWithinHours: z._default(f.shipWithinHours, 24),
  stalledTrackingDays: z._default(f.stalledTrackingDays, 7),
  classifierKeywords: z._default(f.classifierKeywords, {}),
  sellerName: z._default(f.sellerName, ''),
  agentName: z._default(f.agentName, ''),
  replyDeadlineHours: z._default(f.replyDeadlineHours, {}),
  profit: z._default(f.profit, { listings: [], commissionRates: [] }),
  purchasing: z._default(f.purchasing, () => PurchasingSettings.parse({})),
});
export type Settings = z.infer<typeof Settings>;

/**
 * Any subset of the settings, as a settings change is sent. Built from the fields WITHOUT their
 * defaults: a partial of `Settings` would fill every absent field with its default, and saving one
 * switch would reset every other setting.
 */
export const SettingsPatch = z.partial(z.object(SETTING_FIELDS));
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export function isFeatureEnabled(settings: Pick<Settings, 'features'>, feature: FeatureId): boolean {
  return settings.features[feature] ?? true;
}
