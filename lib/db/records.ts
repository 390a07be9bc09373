/**
 * Validation at the IndexedDB boundary. Writes are parsed and rejected with plain words naming the
 * field; reads are `safeParse`d and an invalid stored record is reported and skipped, never thrown,
 * so one damaged record cannot stop the pages from being annotated.
 */
import type { z } from 'zod';
import { describeIssues, problemText } from '../domain/issues';
import { RECORD_SCHEMAS, type WorkspaceStoreName } from './schema';

export type RecordOf<S extends WorkspaceStoreName> = z.output<(typeof RECORD_SCHEMAS)[S]>;

export interface InvalidRecord {
  store: WorkspaceStoreName;
  key: string;
  problems: string[];
}

export type SaveResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** A write that did not pass its schema. `problems` each name a field. */
export class WorkspaceValidationError extends Error {
  constructor(
    readonly what: string,
    readonly problems: string[],
  ) {
    super(`${what} was not saved: ${problems.join('; ')}.`);
    this.name = 'WorkspaceValidationError';
  }
}

const NOUNS: Record<WorkspaceStoreName, string> = {
  settings: 'Settings',
  categories: 'Category',
  tags: 'Tag',
  skus: 'SKU',
  certificates: 'Certificate',
  complianceRules: 'Compliance rule',
  returnRules: 'Return rule',
  warehouses: 'Warehouse',
  vatRates: 'VAT rate',
  replyTemplates: 'Reply template',
  dutyRates: 'Duty rate',
  cases: 'Case',
  orders: 'Order line',
  suppliers: 'Supplier',
  purchaseOrders: 'Purchase order',
};

/** "SKU "HW-1"", "Category (no id)": how an error names the record. */
export function describeRecord(store: WorkspaceStoreName, input: unknown): string {
  const noun = NOUNS[store];
  if (input !== null && typeof input === 'object') {
    const key = (input as Record<string, unknown>)[store === 'skus' ? 'sku' : 'id'];
    if (typeof key === 'string' && key !== '') return `${noun} ${JSON.stringify(key)}`;
  }
  return noun;
}

export function validateForWrite<S extends WorkspaceStoreName>(store: S, input: unknown): SaveResult<RecordOf<S>> {
  const parsed = RECORD_SCHEMAS[store].safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data as RecordOf<S> };
  return { ok: false, errors: describeIssues(parsed.error, input).map(problemText) };
}

/** Parses or throws WorkspaceValidationError. */
export function parseForWrite<S extends WorkspaceStoreName>(store: S, input: unknown): RecordOf<S> {
  const result = validateForWrite(store, input);
  if (!result.ok) throw new WorkspaceValidationError(describeRecord(store, input), result.errors);
  return result.value;
}

export function parseStored<S extends WorkspaceStoreName>(
  store: S,
  key: IDBValidKey,
  value: unknown,
  invalid: InvalidRecord[],
): RecordOf<S> | undefined {
  const parsed = RECORD_SCHEMAS[store].safeParse(value);
  if (parsed.success) return parsed.data as RecordOf<S>;
  invalid.push({ store, key: String(key), problems: describeIssues(parsed.error, value).map(problemText) });
  return undefined;
}

export function parseStoredAll<S extends WorkspaceStoreName>(
  store: S,
  keys: readonly IDBValidKey[],
  values: readonly unknown[],
  invalid: InvalidRecord[],
): RecordOf<S>[] {
  const out: RecordOf<S>[] = [];
  values.forEach((value, i) => {
    const record = parseStored(store, keys[i] ?? '?', value, invalid);
    if (record !== undefined) out.push(record);
  });
  return out;
}
