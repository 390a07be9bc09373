/**
 * Cases are seen again and again (every visit to a returns page, every re-imported report). Merging
 * must be idempotent: seeing the same case twice changes nothing, and a later sighting adds its new
 * timeline steps without duplicating the old ones.
 */
import type { CaseRecord } from './schemas';

const instant = (iso: string): number => Date.parse(iso);

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Steps are the same when status and instant match ("…T10:00:00Z" equals "…T11:00:00+01:00"). */
export function mergeTimelines(...timelines: CaseRecord['timeline'][]): CaseRecord['timeline'] {
  const byKey = new Map<string, CaseRecord['timeline'][number]>();
  for (const step of timelines.flat()) {
    const key = `${step.status}@${instant(step.at)}`;
    if (!byKey.has(key)) byKey.set(key, step);
  }
  return [...byKey.values()].sort((a, b) => instant(a.at) - instant(b.at));
}

/**
 * The fields of the more recently updated sighting win; a field it does not know (undefined)
 * never erases what the other knew.
 */
export function mergeCase(existing: CaseRecord | undefined, incoming: CaseRecord): CaseRecord {
  if (!existing) return { ...incoming, timeline: mergeTimelines(incoming.timeline) };
  const incomingIsNewer = instant(incoming.updatedAt) >= instant(existing.updatedAt);
  const [older, newer] = incomingIsNewer ? [existing, incoming] : [incoming, existing];
  return {
    ...older,
    ...definedOnly(newer),
    costs: { ...older.costs, ...definedOnly(newer.costs) },
    timeline: mergeTimelines(existing.timeline, incoming.timeline),
    createdAt: instant(incoming.createdAt) < instant(existing.createdAt) ? incoming.createdAt : existing.createdAt,
    updatedAt: newer.updatedAt,
  };
}

/** JSON with sorted keys: equal for records that differ only in key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
