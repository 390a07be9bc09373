/** F8: the platform categories mapped onto the central tree, as one flat list. */
import type { Category } from './schemas';

export type PlatformMappingOnCategory = Category['platformMappings'][number];
export type MappingKind = PlatformMappingOnCategory['kind'];

export interface PlatformMapping extends PlatformMappingOnCategory {
  /** marketplace + kind + value (case-insensitive): one platform category maps to one central category. */
  key: string;
  categoryId: string;
}

export const mappingKey = (m: Pick<PlatformMappingOnCategory, 'marketplace' | 'kind' | 'value'>) =>
  `${m.marketplace}\u0000${m.kind}\u0000${m.value.trim().toLowerCase()}`;

/** Every mapping, sorted by marketplace, kind and value; a duplicate (same key twice) is listed once per category. */
export function allMappings(categories: readonly Category[]): PlatformMapping[] {
  const out: PlatformMapping[] = [];
  const seen = new Set<string>();
  for (const category of categories) {
    for (const m of category.platformMappings) {
      const key = mappingKey(m);
      const unique = seen.has(key) ? `${key}\u0000${category.id}` : key;
      seen.add(key);
      out.push({ marketplace: m.marketplace, kind: m.kind, value: m.value, categoryId: category.id, key: unique });
    }
  }
  return out.sort((a, b) => a.marketplace.localeCompare(b.marketplace) || a.kind.localeCompare(b.kind) || a.value.localeCompare(b.value, undefined, { numeric: true }));
}
