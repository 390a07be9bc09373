/**
 * Storing one parsed chunk of an imported file (F15). The import worker calls this with the
 * workspace store it opened itself (extension pages and their workers share the background's
 * IndexedDB origin), so 100,000 records never travel through runtime messaging: every record is
 * still checked against its zod schema by the store before it is written.
 *
 * Each kind is its own transaction, one after another: a stopped import loses at most the chunk in
 * flight, never a half-written one.
 */
import type { ImportBatch } from './run';
import { supplierFromRow } from './sheets';
import type { Supplier } from '../domain/suppliers';

export const IMPORT_KINDS = ['cases', 'orders', 'skus', 'suppliers'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface PutCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** One sentence per record not stored, naming it and the field. */
  errors: string[];
}
export type ImportBatchResult = Record<ImportKind, PutCounts>;

/** The part of the workspace store an import writes through (lib/db/store.ts). */
export interface ImportSink {
  putCases(cases: readonly unknown[]): Promise<PutCounts>;
  putOrderLines(lines: readonly unknown[]): Promise<PutCounts>;
  addNewSkus(skus: readonly unknown[]): Promise<PutCounts>;
  putSuppliers(suppliers: readonly unknown[]): Promise<PutCounts>;
}

export const noCounts = (): PutCounts => ({ added: 0, updated: 0, unchanged: 0, errors: [] });

/** Adds `result` into `total` (errors appended). */
export function addCounts(total: ImportBatchResult, result: ImportBatchResult): void {
  for (const kind of IMPORT_KINDS) {
    total[kind].added += result[kind].added;
    total[kind].updated += result[kind].updated;
    total[kind].unchanged += result[kind].unchanged;
    total[kind].errors.push(...result[kind].errors);
  }
}

export const emptyResult = (): ImportBatchResult => ({ cases: noCounts(), orders: noCounts(), skus: noCounts(), suppliers: noCounts() });

/** Cases merged, order lines and suppliers upserted, SKUs added only when new (the seller's edits win). */
export async function storeImportBatch(sink: ImportSink, batch: Pick<ImportBatch, ImportKind>): Promise<ImportBatchResult> {
  const supplierErrors: string[] = [];
  const suppliers: Supplier[] = [];
  for (const row of batch.suppliers) {
    try {
      suppliers.push(supplierFromRow(row));
    } catch (error) {
      supplierErrors.push(`Supplier ${JSON.stringify(row.id)} was not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const result = emptyResult();
  if (batch.cases.length > 0) result.cases = await sink.putCases(batch.cases);
  if (batch.orders.length > 0) result.orders = await sink.putOrderLines(batch.orders);
  if (batch.skus.length > 0) result.skus = await sink.addNewSkus(batch.skus);
  if (suppliers.length > 0) result.suppliers = await sink.putSuppliers(suppliers);
  result.suppliers.errors.push(...supplierErrors);
  return result;
}
