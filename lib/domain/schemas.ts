/**
 * The seller's workspace as zod schemas. Types are inferred from these, so a value that passed
 * `Schema.parse` is exactly what the type says. Every record that crosses a boundary (messages,
 * imported files, backups, IndexedDB reads) goes through one of them.
 */
import { z } from 'zod';
import { TEMPLATE_INTENTS } from './templates/kinds';
import {
  CountryCode,
  CurrencyCode,
  IsoDate,
  Marketplace,
  MarketCode,
  Money,
  PostalAddress,
  ReturnActionKind,
  ReturnReason,
} from './vocabulary';

export * from './vocabulary';

// ── Primitives only the workspace records use ──────────────────────────────────────────────

/** Timestamp as an ISO 8601 string with time zone. */
export const IsoDateTime = z.iso.datetime({ offset: true, message: 'must be a date and time in ISO 8601 form' });

const Id = z.string().min(1, 'must not be empty').max(200);
const Name = z.string().trim().min(1, 'must not be empty').max(300);

// ── Catalogue (F3, F8) ─────────────────────────────────────────────────────────────────────

/**
 * A node of the central category tree: level 1 大类 (e.g. Apparel), level 2 中类 (Women),
 * level 3 小类 (Dresses). The fourth level is the attributes a leaf defines (material, size…).
 */
export const Category = z.object({
  id: Id,
  name: Name,
  /** Chinese name shown when the UI runs in Chinese; falls back to `name`. */
  nameZh: z.string().max(300).optional(),
  parentId: Id.nullable(),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Attribute name → allowed values, e.g. { material: ['cotton'], size: ['S', 'M', 'L'] }. */
  attributes: z.record(z.string(), z.array(z.string())).default({}),
  /** Platform categories mapped onto this node (F8). */
  platformMappings: z
    .array(
      z.object({
        marketplace: Marketplace,
        /** Amazon product type / browse node, eBay category id, Shopify product type. */
        kind: z.enum(['product-type', 'browse-node', 'category-id']),
        value: z.string().min(1),
      }),
    )
    .default([]),
});
export type Category = z.infer<typeof Category>;

export const BUILT_IN_ROLE_TAGS = ['traffic', 'profit', 'seasonal', 'long-tail'] as const;

/** A role tag: the four built-in roles of F3 plus any the seller defines. */
export const RoleTag = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'),
  label: Name,
  labelZh: z.string().max(100).optional(),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a7f37')
    .default('#5f6b7a'),
  builtIn: z.boolean().default(false),
});
export type RoleTag = z.infer<typeof RoleTag>;

/** 6-digit HS 2022 subheading. */
export const HsCode6 = z.string().regex(/^\d{6}$/, 'must be a 6-digit HS code');
/** National tariff line (8–10 digits) used for one destination (F26). */
export const NationalTariffCode = z.string().regex(/^\d{8,10}$/, 'must be an 8- to 10-digit tariff code');

export const Sku = z.object({
  sku: z.string().trim().min(1, 'must not be empty').max(100),
  title: z.string().max(500).default(''),
  /** Manufacturer model the certificates name (F27); defaults to the SKU itself. */
  model: z.string().max(200).optional(),
  asin: z.string().regex(/^[A-Z0-9]{10}$/, 'must be a 10-character ASIN').optional(),
  categoryId: Id.nullable().default(null),
  attributes: z.record(z.string(), z.string()).default({}),
  tags: z.array(z.string()).default([]),
  cost: z.optional(Money),
  weightGrams: z.number().nonnegative().optional(),
  hsCode: HsCode6.optional(),
  /** Destination country → 8–10 digit national code, used before `hsCode` when present (F26). */
  hsCodesByCountry: z.record(CountryCode, NationalTariffCode).default({}),
  certificateIds: z.array(Id).default([]),
  supplierId: Id.optional(),
  /** F11: units in stock (all warehouses), as the seller last counted them; absent = not counted. */
  stockOnHand: z.number().int('must be a whole number').min(0, 'must not be negative').max(10_000_000).optional(),
  /** F11: 头程时效 in days for this SKU (air vs sea); absent = the purchasing setting. */
  firstLegLeadDays: z.number().int('must be a whole number').min(0, 'must not be negative').max(365).optional(),
  /** Marketplace the SKU was first added from (the "add to catalogue" affordance). */
  source: z.optional(Marketplace),
  updatedAt: IsoDateTime.optional(),
});
export type Sku = z.infer<typeof Sku>;
export type SkuInput = z.input<typeof Sku>;

// ── Compliance (F4, F9, F26, F27) ─────────────────────────────────────────────────────────

/** Certificate kinds the default rules speak of; sellers may use their own names too. */
export const KNOWN_CERTIFICATE_KINDS = [
  'CE',
  'UKCA',
  'UKNI',
  'FCC',
  'CPC',
  'GCC',
  'RoHS',
  'EN71',
  'REACH',
  'GPSR',
] as const;

export const CertificateKind = z.string().trim().min(1).max(40);

export const Certificate = z.object({
  id: Id,
  kind: CertificateKind,
  /** Markets the certificate is valid for ("EU", "GB", "US"…). */
  markets: z.array(MarketCode).min(1, 'must name at least one market'),
  /** Models and SKUs the certificate covers; a certificate that covers neither the SKU nor its model is a mismatch. */
  covers: z
    .object({
      skus: z.array(z.string()).default([]),
      models: z.array(z.string()).default([]),
    })
    .default({ skus: [], models: [] }),
  issuer: z.string().max(300).default(''),
  number: z.string().max(200).default(''),
  validFrom: z.optional(IsoDate),
  /** No expiry date means the certificate does not expire (many DoCs). */
  expiresOn: z.optional(IsoDate),
  /** Where the file lives (a path, a drive link or a document number); never fetched. */
  fileRef: z.string().max(1000).optional(),
  /** Legal acts and standards the certificate cites, e.g. "2014/53/EU", "EN 71-3". */
  legalRefs: z.array(z.string()).default([]),
  /** Date the certificate or declaration was issued. */
  issuedOn: z.optional(IsoDate),
});
export type Certificate = z.infer<typeof Certificate>;
export type CertificateInput = z.input<typeof Certificate>;

/** One requirement: a certificate of `kind`, or of any kind in `acceptedAlternatives`. */
export const CertificateRequirement = z.object({
  kind: CertificateKind,
  acceptedAlternatives: z.array(CertificateKind).default([]),
  /** Why this is required, with the legal act. Shown to the seller. */
  why: z.string().max(500).default(''),
});
export type CertificateRequirement = z.infer<typeof CertificateRequirement>;

export const ComplianceRule = z.object({
  id: Id,
  /** Market the rule applies to: "EU", or a country such as "GB" or "US". */
  market: MarketCode,
  /** Category the rule applies to, including all its sub-categories. */
  categoryId: Id,
  requires: z.array(CertificateRequirement).min(1, 'must require at least one certificate'),
  enabled: z.boolean().default(true),
  /** Where the requirement comes from (act, page), shown with the warning. */
  source: z.string().max(500).default(''),
});
export type ComplianceRule = z.infer<typeof ComplianceRule>;
export type ComplianceRuleInput = z.input<typeof ComplianceRule>;

/** A VAT rate in force from a date, for one country (EU member states, GB…). */
export const VatRate = z.object({
  country: CountryCode,
  standard: z.number().min(0).max(100),
  reduced: z.array(z.number().min(0).max(100)).default([]),
  effectiveFrom: IsoDate,
  source: z.string().min(1),
});
export type VatRate = z.infer<typeof VatRate>;

/**
 * Import duty rate for an HS code prefix in a destination (a country or "EU"). The longest
 * matching prefix wins; rates are entered by the seller or shipped with their source.
 */
export const DutyRate = z.object({
  id: Id,
  destination: MarketCode,
  hsPrefix: z.string().regex(/^\d{2,10}$/, 'must be 2 to 10 digits of an HS code'),
  ratePercent: z.number().min(0).max(1000),
  source: z.string().min(1, 'must say where the rate comes from'),
});
export type DutyRate = z.infer<typeof DutyRate>;

// ── Returns (F5, F13) ─────────────────────────────────────────────────────────────────────

/** Amount thresholds per currency: a rule speaks of "$20 / €20" without exchange rates. */
export const AmountByCurrency = z.record(CurrencyCode, z.number().nonnegative());

export const ReturnCondition = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reason'), anyOf: z.array(ReturnReason).min(1) }),
  z.object({ type: z.literal('orderValueBelow'), amounts: AmountByCurrency }),
  z.object({ type: z.literal('orderValueAtLeast'), amounts: AmountByCurrency }),
  z.object({ type: z.literal('category'), anyOf: z.array(Id).min(1) }),
  z.object({ type: z.literal('tag'), anyOf: z.array(z.string()).min(1) }),
  z.object({ type: z.literal('country'), anyOf: z.array(CountryCode).min(1) }),
  z.object({ type: z.literal('daysSinceDeliveryAtMost'), days: z.number().int().nonnegative() }),
  z.object({ type: z.literal('customerReturnsAtLeast'), count: z.number().int().positive() }),
]);
export type ReturnCondition = z.infer<typeof ReturnCondition>;

export const ReturnAction = z.object({
  kind: ReturnActionKind,
  approval: z.enum(['automatic', 'agent', 'supervisor']).default('agent'),
  /** Coupon offered with an exchange, as a percentage of the order value. */
  couponPercent: z.number().min(0).max(100).optional(),
  /** Where the item goes back: the partner warehouse nearest the buyer, the returns service, or a named warehouse. */
  returnTo: z
    .union([z.literal('nearest-partner-warehouse'), z.literal('returns-service'), z.literal('none'), Id])
    .default('returns-service'),
});
export type ReturnAction = z.infer<typeof ReturnAction>;

export const ReturnRule = z.object({
  id: Id,
  name: Name,
  nameZh: z.string().max(300).optional(),
  enabled: z.boolean().default(true),
  /** Lower runs first; the first matching rule decides. */
  priority: z.number().int(),
  /** All conditions must hold (an empty list always matches: a catch-all). */
  conditions: z.array(ReturnCondition).default([]),
  action: ReturnAction,
});
export type ReturnRule = z.infer<typeof ReturnRule>;
export type ReturnRuleInput = z.input<typeof ReturnRule>;

export const Warehouse = z.object({
  id: Id,
  name: Name,
  kind: z.enum(['own', 'partner-overseas', 'returns-service']),
  address: PostalAddress,
  /** Buyer countries this warehouse takes returns from; empty = only its own country. */
  servesCountries: z.array(CountryCode).default([]),
  /** Rough region used to find the nearest warehouse when no country matches. */
  region: z.enum(['north-america', 'europe', 'uk', 'asia-pacific', 'middle-east', 'latin-america']).optional(),
});
export type Warehouse = z.infer<typeof Warehouse>;

// ── Cases (F14) ────────────────────────────────────────────────────────────────────────────

export const CaseStatus = z.enum([
  'requested',
  'approved',
  'item_received',
  'inspected',
  'refunded',
  'reshipped',
  'restocked',
  'closed',
]);

export const CaseRecord = z.object({
  /** Stable key: marketplace:kind:orderId:sku, so seeing or importing the same case twice updates it. */
  id: Id,
  marketplace: Marketplace,
  kind: z.enum(['return', 'exchange', 'message']),
  orderId: z.string().min(1),
  sku: z.string().optional(),
  country: z.optional(CountryCode),
  reason: z.optional(ReturnReason),
  /** The buyer's own words, kept as text. */
  buyerComment: z.string().max(5000).optional(),
  orderValue: z.optional(Money),
  ruleId: z.string().optional(),
  action: z.optional(ReturnActionKind),
  timeline: z.array(z.object({ status: CaseStatus, at: IsoDateTime })).default([]),
  costs: z
    .object({ returnShipping: z.optional(Money), product: z.optional(Money), labour: z.optional(Money) })
    .default({}),
  source: z.enum(['page', 'import']),
  /** Message cases (F6, F14): what the buyer wanted, in which language, and how it was answered. */
  message: z
    .object({
      threadId: z.string().max(200).optional(),
      intent: z.enum(TEMPLATE_INTENTS),
      language: z.string().min(2).max(8),
      confidence: z.number().min(0).max(1).optional(),
      templateId: z.string().max(200).optional(),
      receivedAt: IsoDateTime.optional(),
      repliedAt: IsoDateTime.optional(),
      /** When the marketplace expects the reply (F24). */
      dueAt: IsoDateTime.optional(),
    })
    .optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type CaseRecord = z.infer<typeof CaseRecord>;

