/**
 * The catalogue editor's messages (F8, F26): the whole catalogue in one read, the category tree's
 * edits (add, rename, move, delete), role tags, and HS code descriptions for the SKU form.
 */
import { z } from 'zod';
import { Category, Certificate, RoleTag, Sku } from '../domain/schemas';
import { Empty, message } from './content-protocol';

const PAGES = ['extension-page'] as const;

const Saved = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), errors: z.array(z.string()) }),
]);

export const CatalogueSupplier = z.object({ id: z.string(), name: z.string() });

/** Everything the catalogue view shows, read in one transaction. */
export const CatalogueSnapshot = z.object({
  skus: z.array(Sku),
  categories: z.array(Category),
  tags: z.array(RoleTag),
  certificates: z.array(Certificate),
  suppliers: z.array(CatalogueSupplier),
});
export type CatalogueSnapshot = z.infer<typeof CatalogueSnapshot>;

const HsLevel = z.object({ code: z.string(), description: z.string() });

export const catalogueMessages = {
  /** The whole catalogue (all SKUs, however many) for in-page search and filters. */
  loadCatalogue: message({ from: PAGES, request: Empty, response: CatalogueSnapshot }),
  /** Adds or renames a category, or edits its attributes; the parent must exist one level up. */
  saveCategory: message({
    from: PAGES,
    /** `isNew`: refuse when the id is taken (another tab added it), instead of overwriting that category. */
    request: z.object({ category: z.unknown(), isNew: z.boolean().default(false) }),
    response: Saved,
  }),
  /** Moves a category (and its branch) under another one, or to the top (parentId null). */
  moveCategory: message({
    from: PAGES,
    request: z.object({ id: z.string().min(1).max(200), parentId: z.string().min(1).max(200).nullable() }),
    response: Saved,
  }),
  /** Deletes a category, saying what happens to its children and SKUs (never left dangling). */
  deleteCategoryNode: message({
    from: PAGES,
    request: z.object({ id: z.string().min(1).max(200), strategy: z.enum(['lift', 'branch']) }),
    response: Saved,
  }),
  saveRoleTag: message({ from: PAGES, request: z.object({ tag: z.unknown() }), response: Saved }),
  /** Deletes a role tag and takes it off every SKU that had it, in one transaction. */
  deleteRoleTag: message({
    from: PAGES,
    request: z.object({ id: z.string().min(1).max(200) }),
    response: z.object({ deleted: z.boolean(), skusUpdated: z.number().int() }),
  }),
  /** An HS code as the nomenclature describes it (6 digits, or a national code read by its first six). */
  describeHsCode: message({
    from: PAGES,
    request: z.object({ code: z.string().max(20) }),
    response: z.object({
      valid: z.boolean(),
      description: z.string().optional(),
      heading: HsLevel.optional(),
      chapter: HsLevel.optional(),
    }),
  }),
} as const;
