/**
 * Versioned upgrades of the workspace database. Everything runs inside IndexedDB's single
 * `versionchange` transaction: if the service worker is stopped half-way, or a step throws, the
 * transaction aborts and the database stays at its old version with every record intact; the next
 * start simply tries again.
 *
 * Version 0 → 2: fresh install, create the version 2 layout and seed the defaults.
 * Version 1 → 2: see migrate-v1.ts for the version 1 layout.
 * Version 2 → 3: adds the replyTemplates store (the seller's templates; built-ins stay in code).
 * Version 3 → 4: adds the orders (imported sales history) and suppliers stores; nothing else moves.
 * Version 4 → 5: adds the purchaseOrders store (F10 KPIs, F11 stock in transit); nothing else moves.
 * Version 5 → 6: adds the retroDays store (the retrospective's day aggregates, F16–F21) and fills it
 *   from the cases and order lines already stored, and a `sku` index on cases; nothing else moves.
 */
import type { IDBPDatabase, IDBPObjectStore, IDBPTransaction } from 'idb';
import { z } from 'zod';
import { describeIssues, problemText } from '../domain/issues';
import { CaseRecord, Category, Certificate, ReturnRule, RoleTag, Settings, Sku, Warehouse } from '../domain/schemas';
import {
  convertV1Case,
  convertV1Category,
  convertV1ReturnRule,
  convertV1Settings,
  convertV1Sku,
  convertV1Tag,
  isRecord,
} from './migrate-v1';
import { OrderLine } from '../import/orders';
import { rebuildRetro } from './retro';
import { SETTINGS_KEY, vatRateKey, type MigrationReport, type QuarantinedRecord } from './schema';
import { defaultComplianceRules, defaultVatRates, seedDefaults, type WritableTx } from './seed';

export const CURRENT_VERSION = 6;

type AnyDb = IDBPDatabase<unknown>;
type AnyTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** Creates the stores and indexes that version 2 adds (all of them on a fresh install). */
function createVersion2Layout(db: AnyDb, tx: AnyTx, oldVersion: number): void {
  if (oldVersion < 1) {
    // Stores version 1 already had, in their version 2 shape.
    db.createObjectStore('settings');
    db.createObjectStore('categories', { keyPath: 'id' });
    db.createObjectStore('tags', { keyPath: 'id' });
    db.createObjectStore('skus', { keyPath: 'sku' }).createIndex('categoryId', 'categoryId');
    db.createObjectStore('returnRules', { keyPath: 'id' });
    db.createObjectStore('warehouses', { keyPath: 'id' });
    db.createObjectStore('cases', { keyPath: 'id' }).createIndex('orderId', 'orderId');
    db.createObjectStore('meta');
  } else {
    const skus = tx.objectStore('skus');
    if (skus.indexNames.contains('category')) skus.deleteIndex('category');
    skus.createIndex('categoryId', 'categoryId');
  }
  tx.objectStore('cases').createIndex('updatedAt', 'updatedAt');
  db.createObjectStore('certificates', { keyPath: 'id' });
  db.createObjectStore('complianceRules', { keyPath: 'id' });
  db.createObjectStore('vatRates');
  db.createObjectStore('dutyRates', { keyPath: 'id' });
  db.createObjectStore('quarantine', { keyPath: 'id' });
}

/** Collects what a migration did, and keeps what it could not migrate. */
class Migration {
  readonly report: MigrationReport;
  constructor(
    private readonly tx: AnyTx,
    fromVersion: number,
    private readonly now: Date,
  ) {
    this.report = { fromVersion, toVersion: CURRENT_VERSION, at: now.toISOString(), migrated: {}, quarantined: [] };
  }

  counted(store: string): void {
    this.report.migrated[store] = (this.report.migrated[store] ?? 0) + 1;
  }

  async quarantine(store: string, key: string, record: unknown, reason: string): Promise<void> {
    const entry: QuarantinedRecord = {
      id: `${store}:${key}`,
      store,
      key,
      record,
      reason,
      fromVersion: this.report.fromVersion,
      quarantinedAt: this.now.toISOString(),
    };
    await this.tx.objectStore('quarantine').put(entry);
    this.report.quarantined.push({ store, key, reason });
  }

  /** The current-schema value, or the plain-words reason it is not one. */
  check<T>(schema: z.core.$ZodType<T>, candidate: unknown): { ok: true; value: T } | { ok: false; reason: string } {
    const parsed = z.safeParse(schema, candidate);
    if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error, candidate).map(problemText).join('; ') };
    // zod drops fields it does not know; in a migration that would lose data without a word.
    const dropped = isRecord(candidate) && isRecord(parsed.data) ? Object.keys(candidate).filter((k) => !(k in (parsed.data as object))) : [];
    if (dropped.length > 0) return { ok: false, reason: `has field(s) version ${CURRENT_VERSION} does not know: ${dropped.join(', ')}` };
    return { ok: true, value: parsed.data };
  }

  /**
   * Rewrites every record of a keyPath store through `convert` + `schema`; a record that fails is
   * moved to quarantine with its reason instead of being dropped.
   */
  async rewriteStore<T>(store: string, schema: z.core.$ZodType<T>, convert: (raw: unknown) => unknown): Promise<void> {
    const os = this.tx.objectStore(store);
    const keys = (await os.getAllKeys()) as IDBValidKey[];
    const values = (await os.getAll()) as unknown[];
    for (const [i, key] of keys.entries()) {
      const raw = values[i];
      const result = this.check(schema, convert(raw));
      await os.delete(key);
      if (result.ok) {
        await os.put(result.value);
        this.counted(store);
      } else {
        await this.quarantine(store, String(key), raw, result.reason);
      }
    }
  }
}

async function migrateSettingsFromV1(m: Migration, tx: AnyTx): Promise<void> {
  const os = tx.objectStore('settings');
  const keys = (await os.getAllKeys()).map(String);
  const values = (await os.getAll()) as unknown[];
  const kept: { key: string; value: unknown }[] = [];
  // Each setting is checked on its own, so one bad value does not cost the seller the others.
  for (const [i, key] of keys.entries()) {
    const entry = { key, value: values[i] };
    const result = m.check(Settings, convertV1Settings([entry]));
    if (result.ok) kept.push(entry);
    else await m.quarantine('settings', key, entry.value, result.reason);
  }
  await os.clear();
  await os.put(Settings.parse(convertV1Settings(kept)), SETTINGS_KEY);
  m.counted('settings');
}

async function migrateSkusFromV1(m: Migration, tx: AnyTx): Promise<void> {
  const skus = tx.objectStore('skus');
  const certificates = tx.objectStore<string>('certificates');
  const keys = (await skus.getAllKeys()).map(String);
  const values = (await skus.getAll()) as unknown[];
  for (const [i, key] of keys.entries()) {
    const raw = values[i];
    const { sku: candidate, certificates: embedded } = convertV1Sku(raw);
    await skus.delete(key);
    const checked = m.check(Sku, candidate);
    if (!checked.ok) {
      // The raw record keeps its embedded certificates, so they are quarantined with it.
      await m.quarantine('skus', key, raw, checked.reason);
      continue;
    }
    const sku = checked.value;
    for (const cert of embedded) {
      const result = m.check(Certificate, cert.candidate);
      if (!result.ok) {
        await m.quarantine('skus.certificates', cert.sourceKey, cert.raw, result.reason);
        continue;
      }
      const id = await placeCertificate(certificates, result.value, sku.sku);
      if (!sku.certificateIds.includes(id)) sku.certificateIds.push(id);
    }
    await skus.put(sku);
    m.counted('skus');
  }
  m.report.migrated.certificates = (await certificates.count()) as number;
}

/**
 * Version 1 copied one certificate into every SKU it covered; the same kind + number + expiry +
 * market becomes one record covering all those SKUs. A different certificate that happens to
 * share kind and number keeps its own record, suffixed with the SKU.
 */
async function placeCertificate(
  store: IDBPObjectStore<unknown, string[], string, 'versionchange'>,
  cert: Certificate,
  sku: string,
): Promise<string> {
  const existing = (await store.get(cert.id)) as Certificate | undefined;
  if (!existing) {
    await store.put(cert);
    return cert.id;
  }
  const same =
    existing.kind === cert.kind &&
    existing.expiresOn === cert.expiresOn &&
    existing.markets.join() === cert.markets.join();
  if (same) {
    if (!existing.covers.skus.includes(sku)) existing.covers.skus.push(sku);
    await store.put(existing);
    return existing.id;
  }
  const own = { ...cert, id: `${cert.id}-${sku.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` };
  await store.put(own);
  return own.id;
}

async function migrateFromV1(tx: AnyTx, now: Date): Promise<MigrationReport> {
  const m = new Migration(tx, 1, now);
  await migrateSettingsFromV1(m, tx);
  await m.rewriteStore('categories', Category, convertV1Category);
  await m.rewriteStore('tags', RoleTag, convertV1Tag);
  await migrateSkusFromV1(m, tx);
  await m.rewriteStore('returnRules', ReturnRule, convertV1ReturnRule);
  await m.rewriteStore('warehouses', Warehouse, (raw) => raw);
  await m.rewriteStore('cases', CaseRecord, convertV1Case);
  // Version 1 had these built into the code: start from today's shipped defaults.
  for (const rule of defaultComplianceRules()) await tx.objectStore('complianceRules').put(rule);
  for (const rate of defaultVatRates()) await tx.objectStore('vatRates').put(rate, vatRateKey(rate));
  return m.report;
}

/** v6: the retrospective's aggregates, built from the cases and order lines already stored (valid ones). */
async function backfillRetro(tx: AnyTx, now: Date): Promise<void> {
  const valid = <T>(schema: z.core.$ZodType<T>, values: unknown[]): T[] =>
    values.flatMap((value) => {
      const parsed = z.safeParse(schema, value);
      return parsed.success ? [parsed.data] : [];
    });
  const cases = valid(CaseRecord, (await tx.objectStore('cases').getAll()) as unknown[]);
  const orders = tx.objectStoreNames.contains('orders') ? valid(OrderLine, (await tx.objectStore('orders').getAll()) as unknown[]) : [];
  await rebuildRetro(tx as never, cases, orders);
  await tx.objectStore('meta').put(now.toISOString(), 'retroRebuiltAt');
}

/**
 * The `upgrade` callback's body. Structure changes happen synchronously first (IndexedDB only
 * allows them while the upgrade transaction is active); data moves follow.
 */
export async function upgradeDatabase(db: AnyDb, oldVersion: number, tx: AnyTx, now: Date): Promise<MigrationReport | undefined> {
  if (oldVersion > CURRENT_VERSION) throw new Error(`Workspace database is version ${oldVersion}, newer than this HelloWord (${CURRENT_VERSION}).`);
  if (oldVersion < 2) createVersion2Layout(db, tx, oldVersion);
  if (oldVersion < 3) db.createObjectStore('replyTemplates', { keyPath: 'id' });
  if (oldVersion < 4) {
    const orders = db.createObjectStore('orders', { keyPath: 'id' });
    orders.createIndex('sku', 'sku');
    orders.createIndex('orderedAt', 'orderedAt');
    db.createObjectStore('suppliers', { keyPath: 'id' });
  }
  if (oldVersion < 5) db.createObjectStore('purchaseOrders', { keyPath: 'id' }).createIndex('supplierId', 'supplierId');
  if (oldVersion < 6) {
    db.createObjectStore('retroDays', { keyPath: 'key' });
    // The retrospective's drill-down finds one SKU's cases without a scan.
    tx.objectStore('cases').createIndex('sku', 'sku');
  }

  let report: MigrationReport | undefined;
  if (oldVersion === 0) {
    await seedDefaults(tx as unknown as WritableTx, now);
  } else if (oldVersion === 1) {
    report = await migrateFromV1(tx, now);
    await tx.objectStore('meta').put(report, 'lastMigration');
  }
  if (oldVersion > 0 && oldVersion < 6) await backfillRetro(tx, now);
  await tx.objectStore('meta').put(CURRENT_VERSION, 'schemaVersion');
  return report;
}
