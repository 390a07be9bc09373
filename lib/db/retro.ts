/**
 * The retrospective's aggregate store (`retroDays`, schema v6): kept inside the same transactions
 * that write cases and order lines (store.ts calls these with its own transaction), rebuilt when a
 * workspace is replaced. Derived data: not in the backup.
 *
 * Per batch: the keys of every touched day bucket are collected, each bucket is read once (all reads
 * issued together), changed in memory, and written (or deleted when empty) once.
 */
import type { IDBPTransaction } from 'idb';
import { BucketSet, bucketRange, rebuildAggregates, type RetroDay } from '../domain/retro/aggregate';
import type { CaseRecord } from '../domain/schemas';
import { OrderLine } from '../import/orders';
import type { HelloWordDB, StoreName } from './schema';

export const RETRO_STORE = 'retroDays';

type AnyTx = IDBPTransaction<HelloWordDB, ArrayLike<StoreName>, 'readwrite' | 'versionchange'>;
type ReadTx = IDBPTransaction<HelloWordDB, ArrayLike<StoreName>, 'readonly' | 'readwrite'>;

/** A record as it was before the write (undefined: new) and as written (undefined: deleted). */
export type Change<T> = readonly [before: T | undefined, after: T | undefined];

async function applySet(tx: AnyTx, keys: Set<string>, fill: (set: BucketSet) => void): Promise<void> {
  if (keys.size === 0) return;
  const os = tx.objectStore(RETRO_STORE);
  const list = [...keys];
  const stored = await Promise.all(list.map((key) => os.get(key)));
  const set = new BucketSet();
  list.forEach((key, i) => set.load(key, stored[i]));
  fill(set);
  const { put, remove } = set.changed();
  await Promise.all([...put.map((day) => os.put(day)), ...remove.map((key) => os.delete(key))]);
}

/** Moves the aggregates from what the cases were to what they are now. */
export function applyRetroCases(tx: AnyTx, changes: readonly Change<CaseRecord>[]): Promise<void> {
  return applySet(tx, BucketSet.keysForCases(changes.flat()), (set) => {
    for (const [before, after] of changes) set.applyCase(before, after);
  });
}

/**
 * The same for order lines. `before` is the raw stored value (it is parsed here; a stored value
 * that no longer parses was left out of the aggregates when it was written, so it is skipped).
 */
export function applyRetroOrders(tx: AnyTx, changes: readonly (readonly [before: unknown, after: OrderLine | undefined])[]): Promise<void> {
  const typed: Change<OrderLine>[] = changes.map(([before, after]) => {
    if (before === undefined) return [undefined, after];
    const parsed = OrderLine.safeParse(before);
    return [parsed.success ? parsed.data : undefined, after];
  });
  return applySet(tx, BucketSet.keysForOrderLines(typed.flat()), (set) => {
    for (const [before, after] of typed) set.applyOrderLine(before, after);
  });
}

/** Replaces every bucket by ones rebuilt from `cases` and `orders`; returns how many there are. */
export async function rebuildRetro(tx: AnyTx, cases: Iterable<CaseRecord>, orders: Iterable<OrderLine>): Promise<RetroDay[]> {
  const days = rebuildAggregates(cases, orders);
  const os = tx.objectStore(RETRO_STORE);
  await os.clear();
  await Promise.all(days.map((day) => os.put(day)));
  return days;
}

/** The buckets of the days from `from` to `to` (every marketplace), in key order. */
export function readRetroDays(tx: ReadTx, from: string, to: string): Promise<RetroDay[]> {
  const { lower, upper } = bucketRange(from, to);
  return tx.objectStore(RETRO_STORE).getAll(IDBKeyRange.bound(lower, upper));
}
