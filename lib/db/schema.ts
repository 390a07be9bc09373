/**
 * The IndexedDB layout of a workspace (schema version 6, see migrations.ts for the earlier ones).
 *
 * Values are typed as the domain types because every write goes through the zod schema first; every
 * read is still `safeParse`d (records.ts), since a stored value may predate the current code.
 */
import type { DBSchema } from 'idb';
import {
  CaseRecord,
  Category,
  Certificate,
  ComplianceRule,
  DutyRate,
  ReturnRule,
  RoleTag,
  Settings,
  Sku,
  VatRate,
  Warehouse,
} from '../domain/schemas';
import { ReplyTemplate } from '../domain/templates/schema';
import { PurchaseOrder, Supplier } from '../domain/suppliers';
import { OrderLine } from '../import/orders';
import type { RetroDay } from '../domain/retro/aggregate';

export const DEFAULT_DB_NAME = 'helloword';

/** The one key of the settings store: settings are a single validated record. */
export const SETTINGS_KEY = 'settings';

/** A record a migration could not turn into a valid current record: kept, never dropped. */
export interface QuarantinedRecord {
  /** `${store}:${key}` of the record it came from, so re-running a migration does not duplicate it. */
  id: string;
  /** Store the record lived in (in the old version's layout). */
  store: string;
  key: string;
  /** The record exactly as it was stored. */
  record: unknown;
  /** Plain words naming the field, e.g. `hsCode: must be a 6-digit HS code`. */
  reason: string;
  fromVersion: number;
  quarantinedAt: string;
}

export interface MigrationReport {
  fromVersion: number;
  toVersion: number;
  at: string;
  /** Records written to each store by the migration. */
  migrated: Record<string, number>;
  quarantined: { store: string; key: string; reason: string }[];
}

/** Keys of the meta store and what they hold. */
export interface MetaValues {
  schemaVersion: number;
  seededAt: string;
  lastBackupAt: string;
  lastMigration: MigrationReport;
  /** Set when the demo workspace was loaded; a restore or a clear removes it. */
  demoLoadedAt: string;
  /** Changes with every write to the cases store (WorkspaceStore.write): the rule what-if's cache key. */
  casesRevision: string;
  /** Compliance daily check: the certificates already notified on `date` (parsed with ComplianceNotified on read). */
  complianceNotified: { date: string; ids: string[] };
  /** When the retrospective's aggregates were last rebuilt from the raw cases and orders. */
  retroRebuiltAt: string;
}
export type MetaKey = keyof MetaValues;

export interface HelloWordDB extends DBSchema {
  settings: { key: string; value: Settings };
  categories: { key: string; value: Category };
  tags: { key: string; value: RoleTag };
  skus: { key: string; value: Sku; indexes: { categoryId: string } };
  certificates: { key: string; value: Certificate };
  complianceRules: { key: string; value: ComplianceRule };
  returnRules: { key: string; value: ReturnRule };
  warehouses: { key: string; value: Warehouse };
  /** Out-of-line key `${country}:${effectiveFrom}` (vatRateKey): a country has one rate per start date. */
  vatRates: { key: string; value: VatRate };
  dutyRates: { key: string; value: DutyRate };
  cases: { key: string; value: CaseRecord; indexes: { orderId: string; updatedAt: string; sku: string } };
  /** The seller's reply templates and their edits of built-in ones (same id); built-ins live in code. */
  replyTemplates: { key: string; value: ReplyTemplate };
  /** Imported sales history (F15), one record per order line; feeds purchase suggestions and the retrospective. */
  orders: { key: string; value: OrderLine; indexes: { sku: string; orderedAt: string } };
  /** Suppliers (F10), e.g. from the imported supplier sheet. */
  suppliers: { key: string; value: Supplier };
  /** The seller's purchase orders to suppliers (F10): supplier KPIs and stock in transit (F11). */
  purchaseOrders: { key: string; value: PurchaseOrder; indexes: { supplierId: string } };
  meta: { key: MetaKey; value: MetaValues[MetaKey] };
  quarantine: { key: string; value: QuarantinedRecord };
  /** v6: the retrospective's day aggregates (lib/domain/retro/aggregate.ts). Derived: not backed up. */
  retroDays: { key: string; value: RetroDay };
}

/** The stores that make up the seller's workspace: what a backup holds and a restore replaces. */
export const WORKSPACE_STORES = [
  'settings',
  'categories',
  'tags',
  'skus',
  'certificates',
  'complianceRules',
  'returnRules',
  'warehouses',
  'vatRates',
  'dutyRates',
  'cases',
  'replyTemplates',
  'orders',
  'suppliers',
  'purchaseOrders',
] as const;
export type WorkspaceStoreName = (typeof WORKSPACE_STORES)[number];

export const ALL_STORES = [...WORKSPACE_STORES, 'meta', 'quarantine'] as const;
/** Stores derived from the workspace stores (rebuilt, never backed up or counted). */
export const DERIVED_STORES = ['retroDays'] as const;
export type StoreName = (typeof ALL_STORES)[number] | (typeof DERIVED_STORES)[number];

/** The zod schema each workspace store's records must satisfy (for writes and for reads). */
export const RECORD_SCHEMAS = {
  settings: Settings,
  categories: Category,
  tags: RoleTag,
  skus: Sku,
  certificates: Certificate,
  complianceRules: ComplianceRule,
  returnRules: ReturnRule,
  warehouses: Warehouse,
  vatRates: VatRate,
  dutyRates: DutyRate,
  cases: CaseRecord,
  replyTemplates: ReplyTemplate,
  orders: OrderLine,
  suppliers: Supplier,
  purchaseOrders: PurchaseOrder,
} as const;

export function vatRateKey(rate: Pick<VatRate, 'country' | 'effectiveFrom'>): string {
  return `${rate.country}:${rate.effectiveFrom}`;
}
