/**
 * The workspace repository the background worker talks to. Nothing is cached in memory: MV3 may stop
 * the worker between any two calls, so every method is one IndexedDB transaction and the database
 * connection itself is reopened on demand.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { BackupData } from '../domain/backup';
import { canonicalJson, mergeCase } from '../domain/case-merge';
import { describeIssues, problemText } from '../domain/issues';
import type {
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
import { DEFAULT_REPLY_TEMPLATES } from '../domain/templates/defaults';
import type { ReplyTemplate } from '../domain/templates/schema';
import type { PurchaseOrder, Supplier } from '../domain/suppliers';
import type { OrderLine } from '../import/orders';
import { CURRENT_VERSION, upgradeDatabase } from './migrations';
import {
  describeRecord,
  parseForWrite,
  parseStored,
  parseStoredAll,
  validateForWrite,
  WorkspaceValidationError,
  type InvalidRecord,
  type RecordOf,
  type SaveResult,
} from './records';
import {
  ALL_STORES,
  DEFAULT_DB_NAME,
  SETTINGS_KEY,
  vatRateKey,
  WORKSPACE_STORES,
  type HelloWordDB,
  type MetaValues,
  type MigrationReport,
  type QuarantinedRecord,
  type StoreName,
  type WorkspaceStoreName,
} from './schema';
import { defaultSettings, seedDefaults } from './seed';

export { WorkspaceValidationError, type InvalidRecord, type SaveResult };

export interface OpenWorkspaceOptions {
  /** Clock for timestamps (seededAt, SKU updatedAt, migration reports); tests pin it. */
  now?: () => Date;
  /** Called for each stored record that no longer passes its schema (it is skipped, not thrown). */
  onInvalidRecord?: (record: InvalidRecord) => void;
}

export interface AnnotationSnapshot {
  /** Only the requested SKUs that exist. */
  skus: Map<string, Sku>;
  categories: Category[];
  tags: RoleTag[];
  certificates: Certificate[];
  complianceRules: ComplianceRule[];
  returnRules: ReturnRule[];
  warehouses: Warehouse[];
  vatRates: VatRate[];
  dutyRates: DutyRate[];
  settings: Settings;
  invalid: InvalidRecord[];
}

/** What an idempotent bulk write did: the same records written twice are all `unchanged` the second time. */
export interface PutRecordsResult {
  added: number;
  updated: number;
  unchanged: number;
  /** One sentence per rejected record, naming its position and field. */
  errors: string[];
}

export interface PutCasesResult {
  added: number;
  updated: number;
  unchanged: number;
  /** One sentence per rejected case, naming its position and field. */
  errors: string[];
}

type Db = IDBPDatabase<HelloWordDB>;
/** Reads work in either mode; writes need 'readwrite' (idb types `put` only there). */
type Tx = IDBPTransaction<HelloWordDB, ArrayLike<StoreName>, 'readonly' | 'readwrite'>;
type WriteTx = IDBPTransaction<HelloWordDB, ArrayLike<StoreName>, 'readwrite'>;

async function openDatabase(name: string, now: () => Date, onClosed: () => void): Promise<Db> {
  let failure: unknown;
  try {
    const db = await openDB<HelloWordDB>(name, CURRENT_VERSION, {
      upgrade(database, oldVersion, _newVersion, tx) {
        tx.done.catch(() => undefined); // an aborted upgrade is reported by openDB's own rejection
        // Any failure aborts the upgrade transaction: the database keeps its old version and data.
        upgradeDatabase(database as unknown as IDBPDatabase<unknown>, oldVersion, tx as unknown as Parameters<typeof upgradeDatabase>[2], now()).catch((error: unknown) => {
          failure = error;
          try {
            tx.abort();
          } catch {
            // Already aborting.
          }
        });
      },
      blocking() {
        // A newer version wants to upgrade: step aside; the next call reopens.
        db.close();
        onClosed();
      },
      terminated: onClosed,
    });
    return db;
  } catch (error) {
    const cause = failure ?? error;
    // The caught error is the generic AbortError of the upgrade; the migration's failure says why.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(`The workspace database could not be opened: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** Reads every record of `store` in `tx`, keeping the valid ones. */
async function readAll<S extends WorkspaceStoreName>(tx: Tx, store: S, invalid: InvalidRecord[]): Promise<RecordOf<S>[]> {
  const os = tx.objectStore(store);
  const [keys, values] = await Promise.all([os.getAllKeys(), os.getAll()]);
  return parseStoredAll(store, keys, values, invalid);
}

async function readSettings(tx: Tx, invalid: InvalidRecord[]): Promise<Settings> {
  const stored: unknown = await tx.objectStore('settings').get(SETTINGS_KEY);
  if (stored === undefined) return defaultSettings();
  return parseStored('settings', SETTINGS_KEY, stored, invalid) ?? defaultSettings();
}

const byPriority = (a: ReturnRule, b: ReturnRule) => a.priority - b.priority;

export class WorkspaceStore {
  private connection: Promise<Db> | undefined;
  private readonly now: () => Date;
  private readonly onInvalid: (record: InvalidRecord) => void;

  constructor(
    readonly name: string,
    options: OpenWorkspaceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.onInvalid =
      options.onInvalidRecord ??
      ((r) => console.warn(`HelloWord: skipped an invalid ${r.store} record ${JSON.stringify(r.key)}: ${r.problems.join('; ')}`));
  }

  private db(): Promise<Db> {
    this.connection ??= openDatabase(this.name, this.now, () => (this.connection = undefined)).catch((error: unknown) => {
      this.connection = undefined;
      throw error;
    });
    return this.connection;
  }

  /** Runs `body` in one transaction and reports the invalid records it met. */
  private async read<T>(stores: StoreName[], body: (tx: Tx, invalid: InvalidRecord[]) => Promise<T>): Promise<T> {
    const tx = (await this.db()).transaction(stores, 'readonly');
    tx.done.catch(() => undefined); // awaited below; this only keeps an early throw from leaving it unhandled
    const invalid: InvalidRecord[] = [];
    const result = await body(tx, invalid);
    await tx.done;
    invalid.forEach(this.onInvalid);
    return result;
  }

  private async write<T>(stores: StoreName[], body: (tx: WriteTx) => Promise<T>): Promise<T> {
    const tx = (await this.db()).transaction(stores, 'readwrite');
    tx.done.catch(() => undefined); // awaited below; this only keeps an early throw from leaving it unhandled
    try {
      const result = await body(tx);
      await tx.done;
      return result;
    } catch (error) {
      // All or nothing: a rejected step undoes the transaction's earlier writes.
      try {
        tx.abort();
      } catch {
        // Already finished or aborted.
      }
      throw error;
    }
  }

  private list<S extends WorkspaceStoreName>(store: S): Promise<RecordOf<S>[]> {
    return this.read([store], (tx, invalid) => readAll(tx, store, invalid));
  }

  private async put<S extends 'categories' | 'tags' | 'certificates' | 'complianceRules' | 'returnRules' | 'warehouses' | 'dutyRates'>(
    store: S,
    input: unknown,
  ): Promise<RecordOf<S>> {
    const value = parseForWrite(store, input);
    await this.write([store], (tx) => tx.objectStore(store).put(value as never));
    return value;
  }

  private remove(store: 'tags' | 'complianceRules' | 'returnRules' | 'warehouses' | 'dutyRates' | 'replyTemplates' | 'purchaseOrders', key: string): Promise<void> {
    return this.write([store], (tx) => tx.objectStore(store).delete(key));
  }

  /** Opens (and if needed migrates) the database now, so a failure shows at start-up. */
  async ready(): Promise<void> {
    await this.db();
  }

  async close(): Promise<void> {
    const connection = this.connection;
    this.connection = undefined;
    if (connection) (await connection).close();
  }

  // ── Settings ──────────────────────────────────────────────────────────────────────────────

  getSettings(): Promise<Settings> {
    return this.read(['settings'], readSettings);
  }

  /** Merges `patch` into the stored settings (`features` key by key) and saves the whole record. */
  saveSettings(patch: Partial<Settings>): Promise<Settings> {
    return this.write(['settings'], async (tx) => {
      const current = await readSettings(tx, []);
      const next = parseForWrite('settings', { ...current, ...patch, features: { ...current.features, ...patch.features } });
      await tx.objectStore('settings').put(next, SETTINGS_KEY);
      return next;
    });
  }

  // ── Reply templates (F13) ─────────────────────────────────────────────────────────────────

  /**
   * The templates in effect: the built-ins shipped with this version, each replaced by the seller's
   * edit of it where there is one, then the seller's own. A built-in the seller switched off stays
   * listed (enabled: false) so it can be switched on again.
   */
  async listReplyTemplates(): Promise<ReplyTemplate[]> {
    const stored = await this.list('replyTemplates');
    const byId = new Map(stored.map((t) => [t.id, t]));
    const builtIns = DEFAULT_REPLY_TEMPLATES.map((t) => byId.get(t.id) ?? t);
    const builtInIds = new Set(DEFAULT_REPLY_TEMPLATES.map((t) => t.id));
    return [...builtIns, ...stored.filter((t) => !builtInIds.has(t.id))];
  }

  /** Saves a seller template, or the seller's edit of a built-in (same id, kept across updates). */
  async putReplyTemplate(input: unknown): Promise<ReplyTemplate> {
    const template = parseForWrite('replyTemplates', input);
    const isBuiltInId = DEFAULT_REPLY_TEMPLATES.some((t) => t.id === template.id);
    if (template.builtIn !== isBuiltInId) {
      throw new WorkspaceValidationError(describeRecord('replyTemplates', template), [
        isBuiltInId ? 'id belongs to a built-in template: edit that one instead of creating a copy with its id' : 'builtIn must be false for your own templates',
      ]);
    }
    const value = { ...template, updatedAt: this.now().toISOString() };
    await this.write(['replyTemplates'], (tx) => tx.objectStore('replyTemplates').put(value));
    return value;
  }

  /** Deletes a seller template; for a built-in, drops the seller's edit (back to the shipped text). */
  deleteReplyTemplate(id: string): Promise<void> {
    return this.remove('replyTemplates', id);
  }

  // ── Catalogue ─────────────────────────────────────────────────────────────────────────────

  listCategories(): Promise<Category[]> {
    return this.list('categories');
  }

  /** Also checks the tree: the parent must exist and sit one level up. */
  async putCategory(input: unknown): Promise<Category> {
    const category = parseForWrite('categories', input);
    return this.write(['categories'], async (tx) => {
      const problems: string[] = [];
      if (category.parentId === null) {
        if (category.level !== 1) problems.push(`parentId is missing: a level ${category.level} category needs a parent`);
      } else {
        const parent = await tx.objectStore('categories').get(category.parentId);
        if (!parent) problems.push(`parentId names no existing category (found ${JSON.stringify(category.parentId)})`);
        else if (parent.level + 1 !== category.level) problems.push(`level must be ${parent.level + 1}, one below its parent`);
      }
      if (problems.length > 0) throw new WorkspaceValidationError(describeRecord('categories', category), problems);
      await tx.objectStore('categories').put(category);
      return category;
    });
  }

  /**
   * F8: maps a platform category (eBay category, Shopify product type…) onto one central category,
   * moving it if another category had it; `categoryId: null` unmaps it. Values compare
   * case-insensitively, as the annotator matches them.
   */
  mapPlatformCategory(mapping: {
    marketplace: Category['platformMappings'][number]['marketplace'];
    kind: Category['platformMappings'][number]['kind'];
    value: string;
    categoryId: string | null;
  }): Promise<Category | null> {
    const value = mapping.value.trim();
    const same = (m: Category['platformMappings'][number]) =>
      m.marketplace === mapping.marketplace && m.kind === mapping.kind && m.value.trim().toLowerCase() === value.toLowerCase();
    return this.write(['categories'], async (tx) => {
      const store = tx.objectStore('categories');
      let target: Category | null = null;
      if (mapping.categoryId !== null) {
        const found = await store.get(mapping.categoryId);
        if (!found) throw new Error(`Category ${JSON.stringify(mapping.categoryId)} does not exist; the mapping was not saved.`);
        target = parseForWrite('categories', found);
      }
      for (const category of (await store.getAll()) as Category[]) {
        if (category.id === target?.id || !category.platformMappings.some(same)) continue;
        await store.put({ ...category, platformMappings: category.platformMappings.filter((m) => !same(m)) });
      }
      if (target) {
        target = {
          ...target,
          platformMappings: [...target.platformMappings.filter((m) => !same(m)), { marketplace: mapping.marketplace, kind: mapping.kind, value }],
        };
        await store.put(target);
      }
      return target;
    });
  }

  /** Refuses while sub-categories or SKUs still point at it, so nothing is left dangling. */
  deleteCategory(id: string): Promise<void> {
    return this.write(['categories', 'skus'], async (tx) => {
      const children = (await tx.objectStore('categories').getAll()).filter((c) => c.parentId === id).length;
      const skus = await tx.objectStore('skus').index('categoryId').count(id);
      if (children > 0 || skus > 0) {
        const what = [children > 0 ? `${children} sub-categor${children === 1 ? 'y' : 'ies'}` : '', skus > 0 ? `${skus} SKU(s)` : '']
          .filter(Boolean)
          .join(' and ');
        throw new Error(`Category ${JSON.stringify(id)} was not deleted: ${what} still use it; move them first.`);
      }
      await tx.objectStore('categories').delete(id);
    });
  }

  listTags(): Promise<RoleTag[]> {
    return this.list('tags');
  }
  putTag(input: unknown): Promise<RoleTag> {
    return this.put('tags', input);
  }
  deleteTag(id: string): Promise<void> {
    return this.remove('tags', id);
  }

  getSkus(skus: readonly string[]): Promise<Map<string, Sku>> {
    return this.read(['skus'], (tx, invalid) => readSkus(tx, skus, invalid));
  }

  /** SKUs in key order; `query` matches SKU, title, model or ASIN, ignoring case. */
  listSkus(options: { query?: string; limit?: number } = {}): Promise<Sku[]> {
    const query = options.query?.trim().toLowerCase() ?? '';
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    return this.read(['skus'], async (tx, invalid) => {
      const found: Sku[] = [];
      let cursor = await tx.objectStore('skus').openCursor();
      while (cursor && found.length < limit) {
        const sku = parseStored('skus', cursor.key, cursor.value, invalid);
        const haystack = sku ? [sku.sku, sku.title, sku.model ?? '', sku.asin ?? ''].join('\n').toLowerCase() : '';
        if (sku && haystack.includes(query)) found.push(sku);
        cursor = await cursor.continue();
      }
      return found;
    });
  }

  /**
   * Validates and saves a SKU (stamping `updatedAt`). Saving what is already stored writes nothing,
   * so adding the same SKU twice changes nothing.
   */
  async putSku(input: unknown): Promise<SaveResult<Sku>> {
    const checked = validateForWrite('skus', input);
    if (!checked.ok) return checked;
    const sku = checked.value;
    return this.write(['skus', 'categories'], async (tx): Promise<SaveResult<Sku>> => {
      if (sku.categoryId !== null && !(await tx.objectStore('categories').getKey(sku.categoryId))) {
        return { ok: false, errors: [`categoryId names no existing category (found ${JSON.stringify(sku.categoryId)})`] };
      }
      const stored = parseStored('skus', sku.sku, await tx.objectStore('skus').get(sku.sku), []);
      if (stored && canonicalJson({ ...stored, updatedAt: undefined }) === canonicalJson({ ...sku, updatedAt: undefined })) {
        return { ok: true, value: stored };
      }
      const value = { ...sku, updatedAt: this.now().toISOString() };
      await tx.objectStore('skus').put(value);
      return { ok: true, value };
    });
  }

  deleteSku(sku: string): Promise<void> {
    return this.write(['skus'], (tx) => tx.objectStore('skus').delete(sku));
  }

  // ── Compliance ────────────────────────────────────────────────────────────────────────────

  listCertificates(): Promise<Certificate[]> {
    return this.list('certificates');
  }
  putCertificate(input: unknown): Promise<Certificate> {
    return this.put('certificates', input);
  }

  /** Also unlinks it from every SKU, in the same transaction. */
  deleteCertificate(id: string): Promise<void> {
    return this.write(['certificates', 'skus'], async (tx) => {
      await tx.objectStore('certificates').delete(id);
      let cursor = await tx.objectStore('skus').openCursor();
      while (cursor) {
        if (cursor.value.certificateIds?.includes(id)) {
          await cursor.update({ ...cursor.value, certificateIds: cursor.value.certificateIds.filter((c) => c !== id) });
        }
        cursor = await cursor.continue();
      }
    });
  }

  listComplianceRules(): Promise<ComplianceRule[]> {
    return this.list('complianceRules');
  }
  putComplianceRule(input: unknown): Promise<ComplianceRule> {
    return this.put('complianceRules', input);
  }
  deleteComplianceRule(id: string): Promise<void> {
    return this.remove('complianceRules', id);
  }

  listVatRates(): Promise<VatRate[]> {
    return this.list('vatRates');
  }
  listDutyRates(): Promise<DutyRate[]> {
    return this.list('dutyRates');
  }
  putDutyRate(input: unknown): Promise<DutyRate> {
    return this.put('dutyRates', input);
  }
  deleteDutyRate(id: string): Promise<void> {
    return this.remove('dutyRates', id);
  }

  // ── Returns ───────────────────────────────────────────────────────────────────────────────

  /** In the order they are tried (priority ascending). */
  async listReturnRules(): Promise<ReturnRule[]> {
    return (await this.list('returnRules')).sort(byPriority);
  }
  putReturnRule(input: unknown): Promise<ReturnRule> {
    return this.put('returnRules', input);
  }
  deleteReturnRule(id: string): Promise<void> {
    return this.remove('returnRules', id);
  }

  listWarehouses(): Promise<Warehouse[]> {
    return this.list('warehouses');
  }
  putWarehouse(input: unknown): Promise<Warehouse> {
    return this.put('warehouses', input);
  }
  deleteWarehouse(id: string): Promise<void> {
    return this.remove('warehouses', id);
  }

  // ── Cases ─────────────────────────────────────────────────────────────────────────────────

  /**
   * Upserts cases by id, merging timelines (mergeCase). Valid cases are stored even when others in
   * the batch are rejected; each rejection is a sentence naming the case and field.
   */
  putCases(cases: readonly unknown[]): Promise<PutCasesResult> {
    const result: PutCasesResult = { added: 0, updated: 0, unchanged: 0, errors: [] };
    const valid: CaseRecord[] = [];
    cases.forEach((input, index) => {
      const checked = validateForWrite('cases', input);
      if (checked.ok) valid.push(checked.value);
      else result.errors.push(`Case ${index + 1} (${describeRecord('cases', input)}) was not saved: ${checked.errors.join('; ')}.`);
    });
    return this.write(['cases'], async (tx) => {
      const os = tx.objectStore('cases');
      // All reads are issued at once, then all writes: waiting for each request before the next
      // made a 100,000-row import spend most of its time idle between requests. A batch may name a
      // case twice: later rows merge into what the earlier ones made.
      const stored = await Promise.all(valid.map((incoming) => os.get(incoming.id)));
      const current = new Map<string, CaseRecord | undefined>();
      const dirty = new Set<string>();
      valid.forEach((incoming, i) => {
        const existing = current.has(incoming.id) ? current.get(incoming.id) : parseStored('cases', incoming.id, stored[i], []);
        const merged = mergeCase(existing, incoming);
        current.set(incoming.id, merged);
        if (existing && canonicalJson(existing) === canonicalJson(merged)) {
          result.unchanged++;
          return;
        }
        dirty.add(incoming.id);
        if (existing) result.updated++;
        else result.added++;
      });
      const writes = [...dirty].map((id) => os.put(current.get(id)!));
      await Promise.all(writes);
      return result;
    });
  }

  /** Most recently updated first. */
  listCases(options: { orderId?: string; limit?: number } = {}): Promise<CaseRecord[]> {
    return this.read(['cases'], async (tx, invalid) => {
      const os = tx.objectStore('cases');
      const source = options.orderId === undefined ? os.index('updatedAt') : os.index('orderId');
      const found: CaseRecord[] = [];
      let cursor = await source.openCursor(options.orderId ?? null, options.orderId === undefined ? 'prev' : 'next');
      while (cursor && found.length < (options.limit ?? Number.POSITIVE_INFINITY)) {
        const record = parseStored('cases', cursor.primaryKey, cursor.value, invalid);
        if (record) found.push(record);
        cursor = await cursor.continue();
      }
      return found;
    });
  }

  // ── Imported order lines and suppliers (F15) ──────────────────────────────────────────────

  /** Upserts order lines by id: a line already stored as it is writes nothing (counted `unchanged`). */
  putOrderLines(lines: readonly unknown[]): Promise<PutRecordsResult> {
    return this.putRecords('orders', lines);
  }

  /** Upserts suppliers by id, replacing a stored one only when it differs. */
  putSuppliers(suppliers: readonly unknown[]): Promise<PutRecordsResult> {
    return this.putRecords('suppliers', suppliers);
  }

  /**
   * Adds imported SKUs that are not in the catalogue yet; a SKU already stored is never touched
   * (counted `unchanged`), so importing a catalogue sheet again cannot undo the seller's edits.
   * A SKU naming a category that does not exist is added without one, and says so in `errors`.
   */
  addNewSkus(inputs: readonly unknown[]): Promise<PutRecordsResult> {
    const result: PutRecordsResult = { added: 0, updated: 0, unchanged: 0, errors: [] };
    const valid: Sku[] = [];
    inputs.forEach((input, index) => {
      const checked = validateForWrite('skus', input);
      if (checked.ok) valid.push(checked.value);
      else result.errors.push(`${describeRecord('skus', input)} (${index + 1}) was not saved: ${checked.errors.join('; ')}.`);
    });
    return this.write(['skus', 'categories'], async (tx) => {
      const os = tx.objectStore('skus');
      for (const sku of valid) {
        if ((await os.getKey(sku.sku)) !== undefined) {
          result.unchanged++;
          continue;
        }
        let value: Sku = { ...sku, updatedAt: this.now().toISOString() };
        if (sku.categoryId !== null && !(await tx.objectStore('categories').getKey(sku.categoryId))) {
          result.errors.push(`SKU ${JSON.stringify(sku.sku)} was added without a category: ${JSON.stringify(sku.categoryId)} is not in your category tree.`);
          value = { ...value, categoryId: null };
        }
        await os.put(value);
        result.added++;
      }
      return result;
    });
  }

  listOrderLines(options: { sku?: string } = {}): Promise<OrderLine[]> {
    if (options.sku === undefined) return this.list('orders');
    return this.read(['orders'], async (tx, invalid) => {
      const index = tx.objectStore('orders').index('sku');
      const [keys, values] = await Promise.all([index.getAllKeys(options.sku), index.getAll(options.sku)]);
      return parseStoredAll('orders', keys, values, invalid);
    });
  }

  listSuppliers(): Promise<Supplier[]> {
    return this.list('suppliers');
  }

  /** Upserts purchase orders by id (F10), replacing a stored one only when it differs. */
  putPurchaseOrders(orders: readonly unknown[]): Promise<PutRecordsResult> {
    return this.putRecords('purchaseOrders', orders);
  }

  listPurchaseOrders(options: { supplierId?: string } = {}): Promise<PurchaseOrder[]> {
    if (options.supplierId === undefined) return this.list('purchaseOrders');
    return this.read(['purchaseOrders'], async (tx, invalid) => {
      const index = tx.objectStore('purchaseOrders').index('supplierId');
      const [keys, values] = await Promise.all([index.getAllKeys(options.supplierId), index.getAll(options.supplierId)]);
      return parseStoredAll('purchaseOrders', keys, values, invalid);
    });
  }

  deletePurchaseOrder(id: string): Promise<void> {
    return this.remove('purchaseOrders', id);
  }

  private putRecords<S extends 'orders' | 'suppliers' | 'purchaseOrders'>(store: S, inputs: readonly unknown[]): Promise<PutRecordsResult> {
    const result: PutRecordsResult = { added: 0, updated: 0, unchanged: 0, errors: [] };
    const valid: RecordOf<S>[] = [];
    inputs.forEach((input, index) => {
      const checked = validateForWrite(store, input);
      if (checked.ok) valid.push(checked.value);
      else result.errors.push(`${describeRecord(store, input)} (${index + 1}) was not saved: ${checked.errors.join('; ')}.`);
    });
    return this.write([store], async (tx) => {
      const os = tx.objectStore(store);
      // Reads issued together, then writes (as putCases): no idle round trip per record.
      const stored: unknown[] = await Promise.all(valid.map((incoming) => os.get(incoming.id)));
      const current = new Map<string, unknown>();
      const dirty = new Map<string, RecordOf<S>>();
      valid.forEach((incoming, i) => {
        const before = current.has(incoming.id) ? current.get(incoming.id) : stored[i];
        current.set(incoming.id, incoming);
        if (before !== undefined && canonicalJson(before) === canonicalJson(incoming)) {
          result.unchanged++;
          return;
        }
        dirty.set(incoming.id, incoming);
        if (before === undefined) result.added++;
        else result.updated++;
      });
      await Promise.all([...dirty.values()].map((record) => os.put(record as never)));
      return result;
    });
  }

  // ── Whole workspace ───────────────────────────────────────────────────────────────────────

  counts(): Promise<Record<StoreName, number>> {
    return this.read([...ALL_STORES], async (tx) => {
      const entries = await Promise.all(ALL_STORES.map(async (store) => [store, await tx.objectStore(store).count()] as const));
      return Object.fromEntries(entries) as Record<StoreName, number>;
    });
  }

  /** Everything the annotators need for these SKUs, read in ONE transaction (a consistent view). */
  loadAnnotationSnapshot(skus: readonly string[]): Promise<AnnotationSnapshot> {
    const stores: WorkspaceStoreName[] = [...WORKSPACE_STORES].filter((s) => s !== 'cases' && s !== 'orders' && s !== 'suppliers' && s !== 'purchaseOrders');
    return this.read(stores, async (tx, invalid) => {
      const [found, categories, tags, certificates, complianceRules, returnRules, warehouses, vatRates, dutyRates, settings] =
        await Promise.all([
          readSkus(tx, skus, invalid),
          readAll(tx, 'categories', invalid),
          readAll(tx, 'tags', invalid),
          readAll(tx, 'certificates', invalid),
          readAll(tx, 'complianceRules', invalid),
          readAll(tx, 'returnRules', invalid),
          readAll(tx, 'warehouses', invalid),
          readAll(tx, 'vatRates', invalid),
          readAll(tx, 'dutyRates', invalid),
          readSettings(tx, invalid),
        ]);
      returnRules.sort(byPriority);
      return { skus: found, categories, tags, certificates, complianceRules, returnRules, warehouses, vatRates, dutyRates, settings, invalid };
    });
  }

  /** The whole workspace as backup data, read in one transaction; invalid records are reported. */
  readWorkspace(): Promise<BackupData> {
    return this.read([...WORKSPACE_STORES], async (tx, invalid) => ({
      settings: await readSettings(tx, invalid),
      categories: await readAll(tx, 'categories', invalid),
      tags: await readAll(tx, 'tags', invalid),
      skus: await readAll(tx, 'skus', invalid),
      certificates: await readAll(tx, 'certificates', invalid),
      complianceRules: await readAll(tx, 'complianceRules', invalid),
      returnRules: await readAll(tx, 'returnRules', invalid),
      warehouses: await readAll(tx, 'warehouses', invalid),
      vatRates: await readAll(tx, 'vatRates', invalid),
      dutyRates: await readAll(tx, 'dutyRates', invalid),
      cases: await readAll(tx, 'cases', invalid),
      replyTemplates: await readAll(tx, 'replyTemplates', invalid),
      orders: await readAll(tx, 'orders', invalid),
      suppliers: await readAll(tx, 'suppliers', invalid),
      purchaseOrders: await readAll(tx, 'purchaseOrders', invalid),
    }));
  }

  /**
   * Replaces every workspace store with `data` in ONE readwrite transaction: all or nothing.
   * The data is validated before anything is touched. Quarantine and meta history are kept;
   * `demoLoadedAt` is set from `meta` or removed.
   */
  async replaceWorkspace(input: BackupData, meta: Partial<Pick<MetaValues, 'demoLoadedAt'>> = {}): Promise<void> {
    const parsed = BackupData.safeParse(input);
    if (!parsed.success) {
      throw new WorkspaceValidationError('Workspace', describeIssues(parsed.error, input, ['data']).map(problemText));
    }
    const data = parsed.data;
    await this.write([...WORKSPACE_STORES, 'meta'], async (tx) => {
      await Promise.all(WORKSPACE_STORES.map((store) => tx.objectStore(store).clear()));
      // The workspace is no longer the demo, unless this restore is the demo being loaded.
      if (meta.demoLoadedAt === undefined) await tx.objectStore('meta').delete('demoLoadedAt');
      else await tx.objectStore('meta').put(meta.demoLoadedAt, 'demoLoadedAt');
      await Promise.all([
        tx.objectStore('settings').put(data.settings, SETTINGS_KEY),
        ...data.categories.map((r) => tx.objectStore('categories').put(r)),
        ...data.tags.map((r) => tx.objectStore('tags').put(r)),
        ...data.skus.map((r) => tx.objectStore('skus').put(r)),
        ...data.certificates.map((r) => tx.objectStore('certificates').put(r)),
        ...data.complianceRules.map((r) => tx.objectStore('complianceRules').put(r)),
        ...data.returnRules.map((r) => tx.objectStore('returnRules').put(r)),
        ...data.warehouses.map((r) => tx.objectStore('warehouses').put(r)),
        ...data.vatRates.map((r) => tx.objectStore('vatRates').put(r, vatRateKey(r))),
        ...data.dutyRates.map((r) => tx.objectStore('dutyRates').put(r)),
        ...data.cases.map((r) => tx.objectStore('cases').put(r)),
        ...data.replyTemplates.map((r) => tx.objectStore('replyTemplates').put(r)),
        ...data.orders.map((r) => tx.objectStore('orders').put(r)),
        ...data.suppliers.map((r) => tx.objectStore('suppliers').put(r)),
        ...data.purchaseOrders.map((r) => tx.objectStore('purchaseOrders').put(r)),
      ]);
    });
  }

  /** Back to a new workspace: defaults only (quarantine emptied too; meta history kept, demo mark removed). */
  clearWorkspace(): Promise<void> {
    const stores: StoreName[] = [...WORKSPACE_STORES, 'quarantine', 'meta'];
    return this.write(stores, async (tx) => {
      await Promise.all([...WORKSPACE_STORES, 'quarantine' as const].map((store) => tx.objectStore(store).clear()));
      await tx.objectStore('meta').delete('demoLoadedAt');
      await seedDefaults(tx, this.now());
    });
  }

  // ── Meta and quarantine ───────────────────────────────────────────────────────────────────

  getMeta<K extends keyof MetaValues>(key: K): Promise<MetaValues[K] | undefined> {
    return this.read(['meta'], async (tx) => (await tx.objectStore('meta').get(key)) as MetaValues[K] | undefined);
  }

  setMeta<K extends keyof MetaValues>(key: K, value: MetaValues[K]): Promise<void> {
    return this.write(['meta'], async (tx) => void (await tx.objectStore('meta').put(value, key)));
  }

  /** What the last version upgrade did, including what it had to quarantine. */
  getMigrationReport(): Promise<MigrationReport | undefined> {
    return this.getMeta('lastMigration');
  }

  listQuarantine(): Promise<QuarantinedRecord[]> {
    return this.read(['quarantine'], (tx) => tx.objectStore('quarantine').getAll());
  }
}

async function readSkus(tx: Tx, skus: readonly string[], invalid: InvalidRecord[]): Promise<Map<string, Sku>> {
  const os = tx.objectStore('skus');
  const unique = [...new Set(skus)];
  const values = await Promise.all(unique.map((sku) => os.get(sku)));
  const found = new Map<string, Sku>();
  unique.forEach((key, i) => {
    const sku = values[i] === undefined ? undefined : parseStored('skus', key, values[i], invalid);
    if (sku) found.set(key, sku);
  });
  return found;
}

/** Opens the workspace database, creating or upgrading it first. */
export async function openWorkspace(name: string = DEFAULT_DB_NAME, options: OpenWorkspaceOptions = {}): Promise<WorkspaceStore> {
  const store = new WorkspaceStore(name, options);
  await store.ready();
  return store;
}
