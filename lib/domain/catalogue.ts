/** The catalogue as a row annotation shows it (F3): category path root → leaf, attributes, role tags. */
import type { SkuView, TagView } from './annotations';
import type { Category, RoleTag, Sku } from './schemas';

/** Deeper than any real tree (3 levels): stops a hand-edited or imported cycle from looping. */
const MAX_DEPTH = 16;

/**
 * The categories from the root down to `categoryId`. Unknown ids give []; a broken parent link
 * ends the path at the last category found; a cycle (A → B → A) is cut where it closes.
 */
export function categoryPathOf(categoryId: string | null | undefined, categoriesById: ReadonlyMap<string, Category>): Category[] {
  const path: Category[] = [];
  const seen = new Set<string>();
  let current = categoryId ? categoriesById.get(categoryId) : undefined;
  while (current && !seen.has(current.id) && path.length < MAX_DEPTH) {
    seen.add(current.id);
    path.push(current);
    current = current.parentId === null ? undefined : categoriesById.get(current.parentId);
  }
  return path.reverse();
}

export interface CatalogueIndex {
  categoriesById: ReadonlyMap<string, Category>;
  tagsById: ReadonlyMap<string, RoleTag>;
  /** Category path root → leaf, computed once per category. */
  pathOf(categoryId: string | null | undefined): readonly Category[];
}

export function createCatalogueIndex(categories: readonly Category[], tags: readonly RoleTag[]): CatalogueIndex {
  const categoriesById = new Map(categories.map((c) => [c.id, c]));
  const tagsById = new Map(tags.map((t) => [t.id, t]));
  const paths = new Map<string, readonly Category[]>();
  return {
    categoriesById,
    tagsById,
    pathOf(categoryId) {
      if (!categoryId) return [];
      let path = paths.get(categoryId);
      if (!path) {
        path = categoryPathOf(categoryId, categoriesById);
        paths.set(categoryId, path);
      }
      return path;
    },
  };
}

/** Tags the seller removed from the library still show, by id and in neutral grey, instead of vanishing. */
const UNKNOWN_TAG_COLOUR = '#5f6b7a';

function tagView(id: string, tagsById: ReadonlyMap<string, RoleTag>): TagView {
  const tag = tagsById.get(id);
  if (!tag) return { id, label: id, color: UNKNOWN_TAG_COLOUR };
  return { id, label: tag.label, ...(tag.labelZh && { labelZh: tag.labelZh }), color: tag.color };
}

/**
 * What the category-tags chip shows for a row. An unknown SKU (not in the catalogue) keeps the SKU
 * and title read from the page, so the "add to catalogue" affordance can prefill them.
 */
export function buildSkuView(sku: Sku | undefined, catalogue: CatalogueIndex, fromPage: { sku?: string; title?: string } = {}): SkuView {
  if (!sku) {
    return {
      known: false,
      ...(fromPage.sku !== undefined && { sku: fromPage.sku }),
      ...(fromPage.title !== undefined && { title: fromPage.title }),
      categoryPath: [],
      attributes: {},
      tags: [],
    };
  }
  return {
    known: true,
    sku: sku.sku,
    title: sku.title || fromPage.title || '',
    categoryPath: catalogue
      .pathOf(sku.categoryId)
      .map((c) => ({ id: c.id, name: c.name, ...(c.nameZh && { nameZh: c.nameZh }) })),
    attributes: sku.attributes,
    tags: sku.tags.map((id) => tagView(id, catalogue.tagsById)),
  };
}
