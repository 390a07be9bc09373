/**
 * The workspace repository the background worker talks to. Nothing is cached in memory: MV3 may stop
 * the worker between any two calls, so every method is one IndexedDB transaction and the database
 * connection itself is reopened on demand.
 */
import { openDB, unwrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
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
import { RuleCaseRecord } from '../domain/what-if';
import type { ReplyTemplate } from '../domain/templates/schema';
import type { PurchaseOrder, Supplier } from '../domain/suppliers';
import type { OrderLine } from '../import/orders';
import { buildCategoryTree, moveCategory, moveProblem, planCategoryDelete, type DeleteStrategy, type MoveProblem } from '../domain/category-tree';
import { CURRENT_VERSION, upgradeDatabase } from './migrations';
import { applyRetroCases, applyRetroOrders, readRetroDays, rebuildRetro } from './retro';
import { differingBuckets, type RetroDay } from '../domain/retro/aggregate';
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

/** Why a category move was refused, in the seller's words. */
const MOVE_PROBLEM_TEXT: Record<MoveProblem, string> = {
  missing: 'parentId names no existing category',
  'same-parent': 'parentId is already its parent: nothing to move',
  cycle: 'parentId is the category itself or one below it: a category cannot sit inside itself',
  'too-deep': 'the branch would go deeper than 小类 (level 3): move it higher or flatten it first',
};

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

/** What readRetroSnapshot returns: the retrospective's buckets for a window and what the views name. */
export interface RetroSnapshot {
  days: RetroDay[];
  skus: Sku[];
  categories: Category[];
  suppliers: Supplier[];
  purchaseOrders: PurchaseOrder[];
  certificates: Certificate[];
  settings: Settings;
  rebuiltAt: string | null;
  /** No case and no order line stored at all. */
  empty: boolean;
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

/** What the rule editor reads (loadRuleWorkspace); `cases` is null when the caller's copy is current. */
export interface RuleWorkspace {
  returnRules: ReturnRule[];
  warehouses: Warehouse[];
  skus: Sku[];
  categories: Category[];
  tags: RoleTag[];
  casesRevision: string;
  cases: RuleCaseRecord[] | null;
}

/** A value no earlier write of the cases used (see `write`). */
const newCasesRevision = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

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
  /** Share of the last batch per store whose ids were already stored (see newOrStored). */
  private readonly storedShare = new Map<string, number>();

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
    // Any write to the cases gives them a new revision (in the same transaction), so a copy kept in
    // memory elsewhere — the rule what-if's, in the background — knows when it is stale.
    const touchesCases = stores.includes('cases');
    const tx = (await this.db()).transaction(touchesCases && !stores.includes('meta') ? [...stores, 'meta'] : stores, 'readwrite');
    tx.done.catch(() => undefined); // awaited below; this only keeps an early throw from leaving it unhandled
    if (touchesCases) tx.objectStore('meta').put(newCasesRevision(), 'casesRevision').catch(() => undefined);
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

  /**
   * The first step of an upsert: records whose id is not stored yet are added as `fresh` makes
   * them, without a read (IndexedDB's cost is per request, and most imported records are new);
   * the others come back with their stored values (`again`, `stored`) for the caller to merge or
   * compare and write. An id named twice in one batch is in `again` from its second time on.
   * When most of the previous batch was already stored (importing a file again), reading first is
   * cheaper than adds that fail, so that is done instead.
   */
  private async newOrStored<T extends { id: string }, F extends { id: string }>(
    store: WorkspaceStoreName,
    os: IDBObjectStore,
    records: readonly T[],
    fresh: (record: T) => F,
  ): Promise<{ added: F[]; again: T[]; stored: unknown[] }> {
    if ((this.storedShare.get(store) ?? 0) > 0.5) {
      const stored = await Promise.all(records.map((record) => request(os.get(record.id))));
      this.storedShare.set(store, stored.filter((value) => value !== undefined).length / Math.max(1, records.length));
      return { added: [], again: [...records], stored };
    }
    const candidates = records.map(fresh);
    const collided = new Set(await addAll(os, candidates));
    this.storedShare.set(store, collided.size / Math.max(1, records.length));
    const again = records.filter((_, i) => collided.has(i));
    const stored = await Promise.all(again.map((record) => request(os.get(record.id))));
    return { added: candidates.filter((_, i) => !collided.has(i)), again, stored };
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

  // ── Catalogue editor (F8) ─────────────────────────────────────────────────────────────────

  /** The whole catalogue in one read transaction: SKUs, the tree, tags, certificates, suppliers. */
  readCatalogue(): Promise<{ skus: Sku[]; categories: Category[]; tags: RoleTag[]; certificates: Certificate[]; suppliers: Supplier[] }> {
    return this.read(['skus', 'categories', 'tags', 'certificates', 'suppliers'], async (tx, invalid) => {
      const [skus, categories, tags, certificates, suppliers] = await Promise.all([
        readAll(tx, 'skus', invalid),
        readAll(tx, 'categories', invalid),
        readAll(tx, 'tags', invalid),
        readAll(tx, 'certificates', invalid),
        readAll(tx, 'suppliers', invalid),
      ]);
      return { skus, categories, tags, certificates, suppliers };
    });
  }

  /** Moves a category and its branch under `parentId` (null: to the top), re-levelling the branch. */
  moveCategoryBranch(id: string, parentId: string | null): Promise<void> {
    return this.write(['categories'], async (tx) => {
      const store = tx.objectStore('categories');
      const tree = buildCategoryTree(parseStoredAll('categories', await store.getAllKeys(), await store.getAll(), []));
      const problem = moveProblem(tree, id, parentId);
      if (problem) throw new WorkspaceValidationError(describeRecord('categories', tree.byId.get(id) ?? { id }), [MOVE_PROBLEM_TEXT[problem]]);
      for (const category of moveCategory(tree, id, parentId)) await store.put(category);
    });
  }

  /**
   * Deletes a category as `strategy` says (see planCategoryDelete): its SKUs and platform mappings go
   * to the parent (SKUs become uncategorised under a 大类). Refused while rules name a category that
   * would go, so no rule is left pointing at nothing.
   */
  deleteCategoryNode(id: string, strategy: DeleteStrategy): Promise<void> {
    return this.write(['categories', 'skus', 'complianceRules', 'returnRules'], async (tx) => {
      const store = tx.objectStore('categories');
      const tree = buildCategoryTree(parseStoredAll('categories', await store.getAllKeys(), await store.getAll(), []));
      if (!tree.byId.has(id)) throw new Error(`Category ${JSON.stringify(id)} does not exist (already deleted?).`);
      const plan = planCategoryDelete(tree, id, strategy);
      const gone = new Set(plan.deleteIds);
      const compliance = ((await tx.objectStore('complianceRules').getAll()) as ComplianceRule[]).filter((r) => gone.has(r.categoryId));
      const returns = ((await tx.objectStore('returnRules').getAll()) as ReturnRule[]).filter((r) =>
        r.conditions.some((c) => c.type === 'category' && c.anyOf.some((x) => gone.has(x))),
      );
      if (compliance.length + returns.length > 0) {
        const names = [...compliance.map((r) => `compliance rule ${r.id}`), ...returns.map((r) => `return rule "${r.name}"`)];
        throw new Error(`The category was not deleted: ${names.join(', ')} still use${names.length === 1 ? 's' : ''} it. Change ${names.length === 1 ? 'that rule' : 'those rules'} first.`);
      }
      const skus = tx.objectStore('skus');
      const stamp = this.now().toISOString();
      for (const source of plan.skuSourceIds) {
        for (const sku of (await skus.index('categoryId').getAll(source)) as Sku[]) {
          await skus.put({ ...sku, categoryId: plan.skuTarget, updatedAt: stamp });
        }
      }
      const moved = plan.deleteIds.flatMap((x) => tree.byId.get(x)?.platformMappings ?? []);
      if (plan.skuTarget !== null && moved.length > 0) {
        const parent = plan.updates.find((c) => c.id === plan.skuTarget) ?? tree.byId.get(plan.skuTarget)!;
        const key = (m: Category['platformMappings'][number]) => `${m.marketplace}\u0000${m.kind}\u0000${m.value.toLowerCase()}`;
        const seen = new Set(parent.platformMappings.map(key));
        await store.put({ ...parent, platformMappings: [...parent.platformMappings, ...moved.filter((m) => !seen.has(key(m)))] });
      }
      for (const category of plan.updates) await store.put(category);
      for (const gid of plan.deleteIds) await store.delete(gid);
    });
  }

  /** Deletes a role tag and takes it off every SKU carrying it; returns how many SKUs changed. */
  deleteTagEverywhere(id: string): Promise<number> {
    return this.write(['tags', 'skus'], async (tx) => {
      let changed = 0;
      const stamp = this.now().toISOString();
      let cursor = await tx.objectStore('skus').openCursor();
      while (cursor) {
        const sku = cursor.value as Sku;
        if (Array.isArray(sku.tags) && sku.tags.includes(id)) {
          await cursor.update({ ...sku, tags: sku.tags.filter((x) => x !== id), updatedAt: stamp });
          changed++;
        }
        cursor = await cursor.continue();
      }
      await tx.objectStore('tags').delete(id);
      return changed;
    });
  }

  // ── Compliance ────────────────────────────────────────────────────────────────────────────

  /**
   * Every SKU in one getAll, for the compliance matrix: listSkus steps a cursor (one IndexedDB round
   * trip per record), which takes seconds at 20,000 SKUs.
   */
  listAllSkus(): Promise<Sku[]> {
    return this.list('skus');
  }

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

  // ── Rules ── (F13, F25: the rule editor's reads and its all-or-nothing save)

  /**
   * Replaces the whole return-rule list in ONE transaction: every rule is validated first (each
   * error names the rule and field), then the old list is cleared and the new one written.
   */
  saveReturnRuleList(inputs: readonly unknown[]): Promise<SaveResult<ReturnRule[]>> {
    const rules: ReturnRule[] = [];
    const errors: string[] = [];
    inputs.forEach((input, index) => {
      const checked = validateForWrite('returnRules', input);
      if (checked.ok) rules.push(checked.value);
      else errors.push(`Rule ${index + 1} (${describeRecord('returnRules', input)}): ${checked.errors.join('; ')}`);
    });
    const ids = new Set<string>();
    for (const rule of rules) {
      if (ids.has(rule.id)) errors.push(`Two rules share the id "${rule.id}": each rule needs its own id`);
      ids.add(rule.id);
    }
    if (errors.length > 0) return Promise.resolve({ ok: false, errors });
    return this.write(['returnRules'], async (tx) => {
      const os = tx.objectStore('returnRules');
      await os.clear();
      await Promise.all(rules.map((rule) => os.put(rule)));
      return { ok: true as const, value: rules.sort(byPriority) };
    });
  }

  /**
   * What the rule editor and its what-if read, in ONE transaction: rules, warehouses, catalogue, the
   * cases' revision and — unless `knownRevision` is still the current one — every case, as the
   * projection the what-if needs (each parsed; invalid ones reported and left out).
   */
  loadRuleWorkspace(knownRevision?: string): Promise<RuleWorkspace> {
    return this.read(['returnRules', 'warehouses', 'skus', 'categories', 'tags', 'cases', 'meta'], async (tx, invalid) => {
      const casesRevision = ((await tx.objectStore('meta').get('casesRevision')) as string | undefined) ?? 'initial';
      const readCases = async (): Promise<RuleCaseRecord[]> => {
        const os = tx.objectStore('cases');
        const [keys, values] = await Promise.all([os.getAllKeys(), os.getAll()]);
        const cases: RuleCaseRecord[] = [];
        values.forEach((value, i) => {
          const parsed = RuleCaseRecord.safeParse(value);
          if (parsed.success) cases.push(parsed.data);
          else invalid.push({ store: 'cases', key: String(keys[i]), problems: describeIssues(parsed.error, value).map(problemText) });
        });
        return cases;
      };
      const [returnRules, warehouses, skus, categories, tags, cases] = await Promise.all([
        readAll(tx, 'returnRules', invalid),
        readAll(tx, 'warehouses', invalid),
        readAll(tx, 'skus', invalid),
        readAll(tx, 'categories', invalid),
        readAll(tx, 'tags', invalid),
        knownRevision === casesRevision ? null : readCases(),
      ]);
      return { returnRules: returnRules.sort(byPriority), warehouses, skus, categories, tags, casesRevision, cases };
    });
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
    return this.write(['cases', 'retroDays'], async (tx) => {
      const os = tx.objectStore('cases');
      // New cases are added without a read; the others (and an id named twice in the batch) are
      // read, merged and written: a later row merges into what the earlier ones made.
      const { added, again, stored } = await this.newOrStored('cases', unwrap(os), valid, (incoming) => mergeCase(undefined, incoming));
      result.added += added.length;
      const current = new Map<string, CaseRecord | undefined>();
      const dirty = new Set<string>();
      const original = new Map<string, CaseRecord | undefined>(); // as stored before this batch (retro aggregates)
      for (const fresh of added) original.set(fresh.id, undefined);
      again.forEach((incoming, i) => {
        const existing = current.has(incoming.id) ? current.get(incoming.id) : parseStored('cases', incoming.id, stored[i], []);
        if (!original.has(incoming.id)) original.set(incoming.id, existing);
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
      // An id added and then merged again in this batch counts once, from nothing to its last state.
      const changes: [CaseRecord | undefined, CaseRecord][] = added.filter((fresh) => !dirty.has(fresh.id)).map((fresh) => [undefined, fresh]);
      for (const id of dirty) changes.push([original.get(id), current.get(id)!]);
      await applyRetroCases(tx, changes);
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
    return this.write(store === 'orders' ? [store, 'retroDays'] : [store], async (tx) => {
      const os = tx.objectStore(store);
      // New records are added without a read (as putCases); only ids already stored are compared.
      const { added, again, stored } = await this.newOrStored(store, unwrap(os), valid, (incoming) => incoming);
      result.added += added.length;
      const current = new Map<string, unknown>();
      const dirty = new Map<string, RecordOf<S>>();
      const original = new Map<string, unknown>(); // as stored before this batch (retro aggregates)
      for (const fresh of added) original.set(fresh.id, undefined);
      again.forEach((incoming, i) => {
        const before = current.has(incoming.id) ? current.get(incoming.id) : stored[i];
        if (!original.has(incoming.id)) original.set(incoming.id, stored[i]);
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
      if (store === 'orders') {
        const changes = added.filter((fresh) => !dirty.has(fresh.id)).map((fresh) => [undefined, fresh as OrderLine] as const);
        await applyRetroOrders(tx, [...changes, ...[...dirty].map(([id, line]) => [original.get(id), line as OrderLine] as const)]);
      }
      return result;
    });
  }

  // ── Suppliers and purchasing (F10, F11) ──────────────────────────────────────────────────

  /** Deletes a supplier and its purchase orders in one transaction; says how many orders went with it. */
  deleteSupplier(id: string): Promise<{ deleted: boolean; purchaseOrders: number }> {
    return this.write(['suppliers', 'purchaseOrders'], async (tx) => {
      const existed = (await tx.objectStore('suppliers').getKey(id)) !== undefined;
      const orderKeys = await tx.objectStore('purchaseOrders').index('supplierId').getAllKeys(id);
      await Promise.all([tx.objectStore('suppliers').delete(id), ...orderKeys.map((key) => tx.objectStore('purchaseOrders').delete(key))]);
      return { deleted: existed, purchaseOrders: orderKeys.length };
    });
  }

  /**
   * Sets (a number) or clears (null) a SKU's counted stock and its own first-leg lead time; fields
   * left out are kept. A SKU known only from sales history is added to the catalogue with them.
   */
  setSkuStock(sku: string, patch: { stockOnHand?: number | null; firstLegLeadDays?: number | null }): Promise<SaveResult<Sku>> {
    return this.write(['skus'], async (tx): Promise<SaveResult<Sku>> => {
      const os = tx.objectStore('skus');
      const stored = parseStored('skus', sku, await os.get(sku), []) ?? { sku };
      const next: Record<string, unknown> = { ...stored, updatedAt: this.now().toISOString() };
      for (const field of ['stockOnHand', 'firstLegLeadDays'] as const) {
        const value = patch[field];
        if (value === null) delete next[field];
        else if (value !== undefined) next[field] = value;
      }
      const checked = validateForWrite('skus', next);
      if (!checked.ok) return checked;
      await os.put(checked.value);
      return checked;
    });
  }

  /** Everything purchase suggestions need, read in ONE transaction (a consistent view). */
  readPurchasingSnapshot(): Promise<{
    settings: Settings;
    skus: Sku[];
    orders: OrderLine[];
    suppliers: Supplier[];
    purchaseOrders: PurchaseOrder[];
    categories: Category[];
  }> {
    return this.read(['settings', 'skus', 'orders', 'suppliers', 'purchaseOrders', 'categories'], async (tx, invalid) => {
      const [settings, skus, orders, suppliers, purchaseOrders, categories] = await Promise.all([
        readSettings(tx, invalid),
        readAll(tx, 'skus', invalid),
        readAll(tx, 'orders', invalid),
        readAll(tx, 'suppliers', invalid),
        readAll(tx, 'purchaseOrders', invalid),
        readAll(tx, 'categories', invalid),
      ]);
      return { settings, skus, orders, suppliers, purchaseOrders, categories };
    });
  }

  // ── end suppliers and purchasing ───────────────────────────────────────────────────────────

  // ── Retro ── (F16–F21: the retrospective's aggregates, lib/db/retro.ts) ────────────────────

  /** Everything a retrospective view needs, in one read: the day buckets of `from`..`to` and the catalogue. */
  readRetroSnapshot(from: string, to: string): Promise<RetroSnapshot> {
    const stores: StoreName[] = ['retroDays', 'skus', 'categories', 'suppliers', 'purchaseOrders', 'certificates', 'settings', 'meta', 'cases', 'orders'];
    return this.read(stores, async (tx, invalid) => {
      const [days, skus, categories, suppliers, purchaseOrders, certificates, settings, rebuiltAt, anyCase, anyOrder] = await Promise.all([
        readRetroDays(tx, from, to),
        readAll(tx, 'skus', invalid),
        readAll(tx, 'categories', invalid),
        readAll(tx, 'suppliers', invalid),
        readAll(tx, 'purchaseOrders', invalid),
        readAll(tx, 'certificates', invalid),
        readSettings(tx, invalid),
        tx.objectStore('meta').get('retroRebuiltAt') as Promise<string | undefined>,
        tx.objectStore('cases').openKeyCursor(),
        tx.objectStore('orders').openKeyCursor(),
      ]);
      return { days, skus, categories, suppliers, purchaseOrders, certificates, settings, rebuiltAt: rebuiltAt ?? null, empty: !anyCase && !anyOrder };
    });
  }

  /**
   * Cases whose request may fall in `from`..`to` (a case is updated on or after its request, so the
   * updatedAt index bounds the scan), optionally only one SKU's; the caller filters precisely.
   */
  listRetroCases(options: { from: string; sku?: string }): Promise<CaseRecord[]> {
    return this.read(['cases'], async (tx, invalid) => {
      const os = tx.objectStore('cases');
      const [keys, values] =
        options.sku !== undefined
          ? await Promise.all([os.index('sku').getAllKeys(options.sku), os.index('sku').getAll(options.sku)])
          : await Promise.all([os.index('updatedAt').getAllKeys(IDBKeyRange.lowerBound(options.from)), os.index('updatedAt').getAll(IDBKeyRange.lowerBound(options.from))]);
      return parseStoredAll('cases', keys, values, invalid);
    });
  }

  /**
   * Rebuilds the aggregates from every stored case and order line, in one transaction, and says
   * whether the incrementally kept ones agreed (the keys of the buckets that did not).
   */
  rebuildRetroAggregates(): Promise<{ cases: number; orders: number; buckets: number; differences: string[]; rebuiltAt: string }> {
    return this.write(['cases', 'orders', 'retroDays', 'meta'], async (tx) => {
      const invalid: InvalidRecord[] = [];
      const [cases, orders, before] = await Promise.all([readAll(tx, 'cases', invalid), readAll(tx, 'orders', invalid), tx.objectStore('retroDays').getAll()]);
      const days = await rebuildRetro(tx, cases, orders);
      const rebuiltAt = this.now().toISOString();
      await tx.objectStore('meta').put(rebuiltAt, 'retroRebuiltAt');
      invalid.forEach(this.onInvalid);
      return { cases: cases.length, orders: orders.length, buckets: days.length, differences: differingBuckets(before, days), rebuiltAt };
    });
  }

  /** The stored buckets as they are (tests and the bench compare them with a rebuild). */
  listRetroDays(): Promise<RetroDay[]> {
    return this.read(['retroDays'], (tx) => tx.objectStore('retroDays').getAll());
  }

  // ── end retro ─────────────────────────────────────────────────────────────────────────────

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
    await this.write([...WORKSPACE_STORES, 'meta', 'retroDays'], async (tx) => {
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
      // Derived data: the retrospective's aggregates are rebuilt from what was just written.
      await rebuildRetro(tx, data.cases, data.orders);
      await tx.objectStore('meta').put(this.now().toISOString(), 'retroRebuiltAt');
    });
  }

  /** Back to a new workspace: defaults only (quarantine emptied too; meta history kept, demo mark removed). */
  clearWorkspace(): Promise<void> {
    const stores: StoreName[] = [...WORKSPACE_STORES, 'quarantine', 'meta', 'retroDays'];
    return this.write(stores, async (tx) => {
      await Promise.all([...WORKSPACE_STORES, 'quarantine' as const, 'retroDays' as const].map((store) => tx.objectStore(store).clear()));
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

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Adds every record in one go; returns the indexes of those whose key was already stored (a
 * ConstraintError, kept from aborting the transaction). Any other failure rejects, and the
 * transaction aborts as usual.
 */
function addAll(store: IDBObjectStore, records: readonly unknown[]): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const collided: number[] = [];
    let pending = records.length;
    if (pending === 0) return resolve(collided);
    const settle = () => {
      if (--pending === 0) resolve(collided);
    };
    records.forEach((record, i) => {
      const added = store.add(record);
      added.onsuccess = settle;
      added.onerror = (event) => {
        if (added.error?.name !== 'ConstraintError') return reject(added.error);
        event.preventDefault();
        event.stopPropagation();
        collided.push(i);
        settle();
      };
    });
  });
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
