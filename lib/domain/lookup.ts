/**
 * The popup's look-up (F20): a SKU or an order id in, what the seller needs to know about it out —
 * category path and role tags, compliance per market the seller's rules cover, HS code, supplier,
 * return history, the cases of an order, and a link into the dashboard. Pure: the background reads
 * the store and hands the records in.
 */
import { z } from 'zod';
import { CategoryStep, TagView } from './annotations';
import type { DomainSnapshot } from './annotate';
import { buildSkuView, createCatalogueIndex, type CatalogueIndex } from './catalogue';
import { certificatesOfSku, evaluateCompliance, type ComplianceContext } from './compliance';
import { EU_MEMBER_STATES } from './countries';
import { daysBetween } from './dates';
import type { Supplier } from './suppliers';
import { CaseRecord, CaseStatus, Marketplace, ReturnActionKind, ReturnReason, type ComplianceRule, type ReturnRule, type Sku } from './schemas';

export const LOOKUP_MAX_SKUS = 8;
export const RETURN_HISTORY_DAYS = 90;

export const LookupRequest = z.object({ query: z.string().trim().max(200) });

// ── What a query is ───────────────────────────────────────────────────────────────────────

export type QueryKind =
  | { kind: 'empty' }
  | { kind: 'order'; marketplace: Marketplace; orderIds: string[] }
  | { kind: 'sku'; query: string };

const ORDER_PATTERNS: readonly { marketplace: Marketplace; pattern: RegExp }[] = [
  { marketplace: 'amazon', pattern: /^\d{3}-\d{7}-\d{7}$/ },
  { marketplace: 'ebay', pattern: /^\d{2}-\d{5}-\d{5}$/ },
  // Shopify order names: "#1001" in the admin, "1001" in exports.
  { marketplace: 'shopify', pattern: /^#?\d{3,10}$/ },
];

/** Amazon 3-7-7, eBay 12-34567-89012, Shopify #1001 / 1001 are order ids; anything else is a SKU search. */
export function classifyQuery(raw: string): QueryKind {
  const query = raw.trim();
  if (!query) return { kind: 'empty' };
  for (const { marketplace, pattern } of ORDER_PATTERNS) {
    if (!pattern.test(query)) continue;
    if (marketplace !== 'shopify') return { kind: 'order', marketplace, orderIds: [query] };
    const digits = query.replace(/^#/, '');
    return { kind: 'order', marketplace, orderIds: [digits, `#${digits}`] };
  }
  return { kind: 'sku', query };
}

/** Exact SKU first, then SKUs starting with the query, then SKU or title containing it; case-insensitive. */
export function rankSkus(skus: readonly Sku[], query: string, max = LOOKUP_MAX_SKUS): Sku[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const rankOf = (sku: Sku): number => {
    const id = sku.sku.toLowerCase();
    if (id === q) return 0;
    if (id.startsWith(q)) return 1;
    if (id.includes(q)) return 2;
    if (sku.title.toLowerCase().includes(q)) return 3;
    if (sku.model?.toLowerCase() === q || sku.asin?.toLowerCase() === q) return 4;
    return -1;
  };
  return skus
    .map((sku) => ({ sku, rank: rankOf(sku) }))
    .filter((x) => x.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.sku.sku.localeCompare(b.sku.sku))
    .slice(0, max)
    .map((x) => x.sku);
}

// ── Results ───────────────────────────────────────────────────────────────────────────────

export const MarketCompliance = z.object({
  market: z.string(),
  /** The country the market was judged for (EU → a member state without rules of its own). */
  destination: z.string(),
  status: z.enum(['ok', 'warning', 'error', 'unknown']),
  certificatesRequired: z.number(),
  errors: z.number(),
  warnings: z.number(),
});
export type MarketCompliance = z.infer<typeof MarketCompliance>;

export const SkuLookup = z.object({
  sku: z.string(),
  known: z.boolean(),
  title: z.string(),
  categoryPath: z.array(CategoryStep),
  tags: z.array(TagView),
  compliance: z.array(MarketCompliance),
  expiringCertificates: z.array(z.object({ id: z.string(), kind: z.string(), expiresOn: z.string(), daysLeft: z.number() })),
  hsCode: z.string().optional(),
  hsCodesByCountry: z.record(z.string(), z.string()),
  /** The SKU's supplier (its `supplierId`), else the first supplier quoting a price for it. */
  supplier: z.object({ id: z.string(), name: z.string().optional(), from: z.enum(['sku', 'quote']) }).optional(),
  returns: z.object({
    days: z.number(),
    count: z.number(),
    topReasons: z.array(z.object({ reason: ReturnReason, count: z.number() })),
  }),
  /** Relative to the extension root, e.g. "options.html?edit=HW-LAMP-DK2#catalogue". */
  link: z.string(),
});
export type SkuLookup = z.infer<typeof SkuLookup>;

export const CaseLookup = z.object({
  id: z.string(),
  marketplace: Marketplace,
  kind: CaseRecord.shape.kind,
  orderId: z.string(),
  sku: z.string().optional(),
  country: z.string().optional(),
  reason: z.optional(ReturnReason),
  action: z.optional(ReturnActionKind),
  ruleId: z.string().optional(),
  ruleName: z.string().optional(),
  ruleNameZh: z.string().optional(),
  timeline: z.array(z.object({ status: CaseStatus, at: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseLookup = z.infer<typeof CaseLookup>;

export const LookupResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('empty') }),
  z.object({ kind: z.literal('order'), orderId: z.string(), cases: z.array(CaseLookup), skus: z.array(SkuLookup) }),
  z.object({ kind: z.literal('sku'), query: z.string(), skus: z.array(SkuLookup) }),
]);
export type LookupResult = z.infer<typeof LookupResult>;

// ── Building them ─────────────────────────────────────────────────────────────────────────

export function dashboardLink(sku: string): string {
  return `options.html?${new URLSearchParams({ edit: sku }).toString()}#catalogue`;
}

/**
 * The markets the seller's enabled rules speak of, each with a country to judge it by. "EU" is
 * judged for a member state that has no rules of its own (DE when it has none), so a country rule
 * is never counted as an EU one.
 */
export function marketsCovered(rules: readonly ComplianceRule[]): { market: string; destination: string }[] {
  const markets = [...new Set(rules.filter((r) => r.enabled).map((r) => r.market))].sort();
  const countriesWithRules = new Set(markets);
  const euStand = ['DE', ...[...EU_MEMBER_STATES].sort()].find((c) => !countriesWithRules.has(c)) ?? 'DE';
  return markets.map((market) => ({ market, destination: market === 'EU' ? euStand : market }));
}

/** Return and exchange cases of `sku` created in the last `days` days: how many, and the commonest reasons. */
export function returnHistory(cases: readonly CaseRecord[], sku: string, today: string, days = RETURN_HISTORY_DAYS): SkuLookup['returns'] {
  const recent = cases.filter(
    (c) => c.sku === sku && c.kind !== 'message' && daysBetween(c.createdAt.slice(0, 10), today) <= days,
  );
  const byReason = new Map<ReturnReason, number>();
  for (const c of recent) if (c.reason) byReason.set(c.reason, (byReason.get(c.reason) ?? 0) + 1);
  const topReasons = [...byReason]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([reason, count]) => ({ reason, count }));
  return { days, count: recent.length, topReasons };
}

export interface SkuLookupContext {
  catalogue: CatalogueIndex;
  compliance: ComplianceContext;
  /** Enabled or not: markets are taken from the enabled ones. */
  complianceRules: readonly ComplianceRule[];
  cases: readonly CaseRecord[];
  suppliers: readonly Pick<Supplier, 'id' | 'name' | 'prices'>[];
}

/** A supplierId naming no stored supplier is still shown (by id), so a broken link is visible. */
export function supplierOf(sku: Sku, suppliers: SkuLookupContext['suppliers']): SkuLookup['supplier'] {
  if (sku.supplierId) {
    const named = suppliers.find((s) => s.id === sku.supplierId);
    return { id: sku.supplierId, ...(named && { name: named.name }), from: 'sku' };
  }
  const quoting = suppliers.find((s) => s.prices.some((p) => p.sku === sku.sku));
  return quoting ? { id: quoting.id, name: quoting.name, from: 'quote' } : undefined;
}

export function lookupSku(sku: Sku, ctx: SkuLookupContext): SkuLookup {
  const view = buildSkuView(sku, ctx.catalogue);
  const categoryPath = ctx.catalogue.pathOf(sku.categoryId).map((c) => c.id);
  const compliance = marketsCovered(ctx.complianceRules).map(({ market, destination }) => {
    const result = evaluateCompliance({ sku, categoryPath, destination }, ctx.compliance);
    return {
      market,
      destination,
      status: result.status,
      certificatesRequired: result.certificatesRequired ?? 0,
      errors: result.warnings.filter((w) => w.severity === 'error').length,
      warnings: result.warnings.filter((w) => w.severity === 'warning').length,
    };
  });
  const today = ctx.compliance.today;
  const supplier = supplierOf(sku, ctx.suppliers);
  const expiringCertificates = certificatesOfSku(sku, ctx.compliance)
    .filter((c) => c.expiresOn !== undefined)
    .map((c) => ({ id: c.id, kind: c.kind, expiresOn: c.expiresOn!, daysLeft: daysBetween(today, c.expiresOn!) }))
    .filter((c) => c.daysLeft <= ctx.compliance.expiringWithinDays)
    .sort((a, b) => a.daysLeft - b.daysLeft);
  return {
    sku: sku.sku,
    known: true,
    title: sku.title,
    categoryPath: view.categoryPath,
    tags: view.tags,
    compliance,
    expiringCertificates,
    ...(sku.hsCode && { hsCode: sku.hsCode }),
    hsCodesByCountry: sku.hsCodesByCountry,
    ...(supplier && { supplier }),
    returns: returnHistory(ctx.cases, sku.sku, today),
    link: dashboardLink(sku.sku),
  };
}

/** A SKU named by a case but not in the catalogue: shown, with a link that opens the catalogue on it. */
export function unknownSku(sku: string, cases: readonly CaseRecord[], today: string): SkuLookup {
  return {
    sku,
    known: false,
    title: '',
    categoryPath: [],
    tags: [],
    compliance: [],
    expiringCertificates: [],
    hsCodesByCountry: {},
    returns: returnHistory(cases, sku, today),
    link: dashboardLink(sku),
  };
}

/** Oldest case first, each with its status timeline in time order and the rule that decided it by name. */
export function caseLookups(cases: readonly CaseRecord[], rules: readonly ReturnRule[]): CaseLookup[] {
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  return [...cases]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((c) => {
      const rule = c.ruleId ? ruleById.get(c.ruleId) : undefined;
      return {
        id: c.id,
        marketplace: c.marketplace,
        kind: c.kind,
        orderId: c.orderId,
        ...(c.sku && { sku: c.sku }),
        ...(c.country && { country: c.country }),
        ...(c.reason && { reason: c.reason }),
        ...(c.action && { action: c.action }),
        ...(c.ruleId && { ruleId: c.ruleId }),
        ...(rule && { ruleName: rule.name }),
        ...(rule?.nameZh && { ruleNameZh: rule.nameZh }),
        timeline: [...c.timeline].sort((a, b) => a.at.localeCompare(b.at)),
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
      };
    });
}

// ── The whole answer ──────────────────────────────────────────────────────────────────────

/** What the look-up reads; the background backs it with the store, tests with arrays. */
export interface LookupSource {
  casesOfOrder(orderId: string): Promise<CaseRecord[]>;
  /** SKUs whose SKU, title, model or ASIN contain the query (any order; ranked here). */
  searchSkus(query: string): Promise<Sku[]>;
  /** Everything compliance needs, with these SKUs' records. */
  snapshot(skus: readonly string[]): Promise<Omit<SkuLookupContext, 'cases' | 'suppliers'> & { skus: ReadonlyMap<string, Sku>; returnRules: readonly ReturnRule[] }>;
  /** Cases for the return history. */
  allCases(): Promise<CaseRecord[]>;
  suppliers(): Promise<SkuLookupContext['suppliers']>;
}

export type LookupSnapshot = Awaited<ReturnType<LookupSource['snapshot']>>;

/** The annotators' snapshot, indexed for the look-up. */
export function lookupSnapshot(snapshot: DomainSnapshot): LookupSnapshot {
  return {
    skus: snapshot.skus,
    returnRules: snapshot.returnRules,
    complianceRules: snapshot.complianceRules,
    catalogue: createCatalogueIndex(snapshot.categories, snapshot.tags),
    compliance: {
      rules: snapshot.complianceRules,
      certificatesById: new Map(snapshot.certificates.map((c) => [c.id, c])),
      hs: snapshot.hs,
      vatRates: snapshot.vatRates,
      dutyRates: snapshot.dutyRates,
      today: snapshot.today,
      expiringWithinDays: snapshot.settings.expiringWithinDays,
      iossThresholdEur: snapshot.settings.iossThresholdEur,
    },
  };
}

/**
 * An order id gives its cases and the SKUs in them; when no case carries that id (a Shopify
 * "1001" may as well be part of a SKU) the query is searched as a SKU too.
 */
export async function answerLookup(rawQuery: string, source: LookupSource): Promise<LookupResult> {
  const query = classifyQuery(rawQuery);
  if (query.kind === 'empty') return { kind: 'empty' };
  const text = rawQuery.trim();

  if (query.kind === 'order') {
    const orderCases = (await Promise.all(query.orderIds.map((id) => source.casesOfOrder(id)))).flat();
    const found = orderCases.length > 0 ? [] : rankSkus(await source.searchSkus(text), text);
    if (found.length === 0) {
      const skuIds = [...new Set(orderCases.flatMap((c) => (c.sku ? [c.sku] : [])))];
      const described = await describeSkus(skuIds, source);
      return { kind: 'order', orderId: orderCases[0]?.orderId ?? query.orderIds[0]!, cases: caseLookups(orderCases, described.returnRules), skus: described.skus };
    }
    return { kind: 'sku', query: text, skus: (await describeSkus(found.map((s) => s.sku), source)).skus };
  }
  const found = rankSkus(await source.searchSkus(text), text);
  return { kind: 'sku', query: text, skus: (await describeSkus(found.map((s) => s.sku), source)).skus };
}

async function describeSkus(ids: readonly string[], source: LookupSource): Promise<{ skus: SkuLookup[]; returnRules: readonly ReturnRule[] }> {
  const [snapshot, cases, suppliers] = await Promise.all([source.snapshot(ids), ids.length ? source.allCases() : [], ids.length ? source.suppliers() : []]);
  const ctx: SkuLookupContext = { ...snapshot, cases, suppliers };
  const skus = ids.map((id) => {
    const sku = snapshot.skus.get(id);
    return sku ? lookupSku(sku, ctx) : unknownSku(id, cases, snapshot.compliance.today);
  });
  return { skus, returnRules: snapshot.returnRules };
}
