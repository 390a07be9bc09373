/**
 * The hot path: a page's rows in, one annotation per row out (category tags, compliance, return
 * hint). The background worker builds an annotator once per workspace snapshot and calls it for
 * every page; everything that does not depend on a row is indexed up front.
 */
import type { AnnotateRequest, CategoryMappingView, ComplianceView, PageRow, ReturnHint, RowAnnotation, SkuView } from './annotations';
import { buildSkuView, createCatalogueIndex } from './catalogue';
import { evaluateCompliance, type ComplianceContext } from './compliance';
import { daysBetween } from './dates';
import type { HsNomenclature } from './hs';
import { normaliseReturnReason } from './reasons';
import { matchReturnRule } from './returns';
import { shippingNotice } from './shipping';
import {
  isFeatureEnabled,
  type Category,
  type Certificate,
  type ComplianceRule,
  type DutyRate,
  type ReturnRule,
  type RoleTag,
  type Settings,
  type Sku,
  type VatRate,
  type Warehouse,
} from './schemas';

export interface DomainSnapshot {
  skus: ReadonlyMap<string, Sku>;
  categories: readonly Category[];
  tags: readonly RoleTag[];
  certificates: readonly Certificate[];
  complianceRules: readonly ComplianceRule[];
  returnRules: readonly ReturnRule[];
  warehouses: readonly Warehouse[];
  vatRates: readonly VatRate[];
  dutyRates: readonly DutyRate[];
  settings: Settings;
  /** HS 2022 validity; leave out while the nomenclature is still loading (codes are then not checked). */
  hs?: Pick<HsNomenclature, 'isValidHs6' | 'isValidNationalCode'> | undefined;
  /** YYYY-MM-DD, the seller's today: expiry and VAT periods are judged against it. */
  today: string;
}

export interface Annotator {
  /**
   * Annotations in row order. Rows with the same SKU, destination and value share one compliance
   * (and return hint) object: treat the result as read-only. `now` (epoch ms) judges the shipping
   * notices (F7); it defaults to the clock.
   */
  annotate(request: AnnotateRequest, now?: number): RowAnnotation[];
}

const RETURN_PAGES: ReadonlySet<AnnotateRequest['page']> = new Set(['returnsList', 'returnDetail']);

/**
 * Nested maps keyed by the values themselves (SKU objects, strings, numbers): building and hashing a
 * joined string key for every row cost more than the rest of a cached row put together.
 */
class Memo<V> {
  private readonly root = new Map<unknown, unknown>();

  get(keys: readonly unknown[]): V | undefined {
    let node: unknown = this.root;
    for (const key of keys) {
      node = (node as Map<unknown, unknown>).get(key);
      if (node === undefined) return undefined;
    }
    return node as V;
  }

  set(keys: readonly unknown[], value: V): void {
    let map = this.root;
    for (let i = 0; i < keys.length - 1; i++) {
      let next = map.get(keys[i]) as Map<unknown, unknown> | undefined;
      if (!next) map.set(keys[i], (next = new Map()));
      map = next;
    }
    map.set(keys[keys.length - 1], value);
  }
}

export function createAnnotator(snapshot: DomainSnapshot): Annotator {
  const catalogue = createCatalogueIndex(snapshot.categories, snapshot.tags);
  const skuByAsin = new Map<string, Sku>();
  for (const sku of snapshot.skus.values()) if (sku.asin) skuByAsin.set(sku.asin, sku);

  const certificatesById = new Map(snapshot.certificates.map((c) => [c.id, c]));
  const certificatesBySku = new Map<string, Certificate[]>();
  const certificatesByModel = new Map<string, Certificate[]>();
  const add = (index: Map<string, Certificate[]>, key: string, cert: Certificate) => {
    const list = index.get(key);
    if (list) list.push(cert);
    else index.set(key, [cert]);
  };
  for (const cert of snapshot.certificates) {
    for (const sku of cert.covers.skus) add(certificatesBySku, sku, cert);
    for (const model of cert.covers.models) add(certificatesByModel, model, cert);
  }
  const complianceCtx: ComplianceContext = {
    rules: snapshot.complianceRules,
    certificatesById,
    certificatesBySku,
    certificatesByModel,
    hs: snapshot.hs,
    vatRates: snapshot.vatRates,
    dutyRates: snapshot.dutyRates,
    today: snapshot.today,
    expiringWithinDays: snapshot.settings.expiringWithinDays,
    iossThresholdEur: snapshot.settings.iossThresholdEur,
  };
  const returnCtx = { warehouses: snapshot.warehouses };
  const showCompliance = isFeatureEnabled(snapshot.settings, 'compliance-warning');
  const showReturnHints = isFeatureEnabled(snapshot.settings, 'return-hint');
  const showShippingNotices = isFeatureEnabled(snapshot.settings, 'shipping-notice');
  const showCategoryMapping = isFeatureEnabled(snapshot.settings, 'category-mapping');

  // F8: "marketplace kind value" → the central category the seller mapped it to.
  const mappedCategory = new Map<string, string>();
  for (const category of snapshot.categories) {
    for (const m of category.platformMappings) mappedCategory.set(mappingKey(m.marketplace, m.kind, m.value), category.id);
  }
  const mappingViews = new Map<string, CategoryMappingView>();

  // Per SKU, valid for the snapshot's lifetime.
  const skuViews = new Map<string, SkuView>();
  const categoryIds = new Map<string, readonly string[]>();
  const categoryIdsOf = (sku: Sku | undefined): readonly string[] => {
    if (!sku?.categoryId) return [];
    let ids = categoryIds.get(sku.categoryId);
    if (!ids) {
      ids = catalogue.pathOf(sku.categoryId).map((c) => c.id);
      categoryIds.set(sku.categoryId, ids);
    }
    return ids;
  };
  const knownSkuView = (sku: Sku): SkuView => {
    let view = skuViews.get(sku.sku);
    if (!view) {
      view = buildSkuView(sku, catalogue);
      skuViews.set(sku.sku, view);
    }
    return view;
  };
  const findSku = (row: PageRow): Sku | undefined =>
    (row.sku !== undefined ? snapshot.skus.get(row.sku) : undefined) ?? (row.asin !== undefined ? skuByAsin.get(row.asin) : undefined);

  return {
    annotate(request, now = Date.now()) {
      // Per call: the same SKU shipped to the same country at the same value is judged once.
      const compliance = new Memo<ComplianceView>();
      const hints = new Memo<ReturnHint>();
      const isReturnPage = RETURN_PAGES.has(request.page);
      const out: RowAnnotation[] = new Array(request.rows.length);

      for (let i = 0; i < request.rows.length; i++) {
        const row = request.rows[i]!;
        const sku = findSku(row);
        const annotation: RowAnnotation = {
          key: row.key,
          sku: sku ? knownSkuView(sku) : buildSkuView(undefined, catalogue, { ...(row.sku !== undefined && { sku: row.sku }), ...(row.title !== undefined && { title: row.title }) }),
        };

        if (sku && showCompliance) {
          const value = row.lineValue;
          const key = [sku, row.shipCountry, value?.currency, value?.amount];
          let view = compliance.get(key);
          if (!view) {
            view = evaluateCompliance({ sku, categoryPath: categoryIdsOf(sku), destination: row.shipCountry, lineValue: value }, complianceCtx);
            compliance.set(key, view);
          }
          annotation.compliance = view;
        }

        if (isReturnPage && showReturnHints) {
          const reason = row.returnReason ?? normaliseReturnReason({ code: row.returnReasonCode, text: row.returnReasonText });
          const orderValue = row.orderValue ?? row.lineValue;
          const key = [reason, orderValue?.currency, orderValue?.amount, sku, row.shipCountry, row.deliveredOn, row.returnRequestedOn];
          let hint = hints.get(key);
          if (!hint) {
            const daysSinceDelivery = row.deliveredOn ? daysBetween(row.deliveredOn, row.returnRequestedOn ?? snapshot.today) : undefined;
            hint = matchReturnRule(
              { reason, orderValue, categoryPath: categoryIdsOf(sku), tags: sku?.tags, country: row.shipCountry, daysSinceDelivery },
              snapshot.returnRules,
              returnCtx,
            );
            hints.set(key, hint);
          }
          annotation.returnHint = hint;
        }
        if (row.shipping && showShippingNotices) {
          const notice = shippingNotice(row.shipping, now, snapshot.today, snapshot.settings);
          if (notice) annotation.shippingNotice = notice;
        }

        if (row.platformCategory && showCategoryMapping) {
          const { kind, value } = row.platformCategory;
          const key = mappingKey(request.marketplace, kind, value);
          let view = mappingViews.get(key);
          if (!view) {
            const categoryId = mappedCategory.get(key);
            view = {
              platformCategory: row.platformCategory,
              mapped: categoryId !== undefined,
              categoryPath: catalogue.pathOf(categoryId).map((c) => ({ id: c.id, name: c.name, ...(c.nameZh && { nameZh: c.nameZh }) })),
            };
            mappingViews.set(key, view);
          }
          annotation.categoryMapping = view;
        }
        out[i] = annotation;
      }
      return out;
    },
  };
}

/** Platform category values compare case-insensitively ("Dresses" = "dresses" as a Shopify product type). */
function mappingKey(marketplace: string, kind: string, value: string): string {
  return `${marketplace}\u0000${kind}\u0000${value.trim().toLowerCase()}`;
}
