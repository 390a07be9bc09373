/**
 * The central category tree (F8) as pure operations: 大类 (level 1) › 中类 (2) › 小类 (3), and the
 * attributes a category defines as the fourth level. The tree editor and the background both use
 * these, so a move or a delete is checked the same way on both sides.
 */
import type { Category } from './schemas';

/** Categories go three deep; the fourth level is attributes (material, size…). */
export const MAX_CATEGORY_LEVEL = 3;
export const TREE_LEVELS = 4;

export interface CategoryTree {
  byId: ReadonlyMap<string, Category>;
  /** Children of each node (null = the roots), sorted by name. */
  children: ReadonlyMap<string | null, readonly Category[]>;
}

const byName = (a: Category, b: Category) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/** A category whose parent is missing shows as a root, so nothing stored ever becomes invisible. */
export function buildCategoryTree(categories: readonly Category[]): CategoryTree {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const children = new Map<string | null, Category[]>();
  for (const category of categories) {
    const parent = category.parentId !== null && byId.has(category.parentId) && category.parentId !== category.id ? category.parentId : null;
    let list = children.get(parent);
    if (!list) children.set(parent, (list = []));
    list.push(category);
  }
  for (const list of children.values()) list.sort(byName);
  return { byId, children };
}

export function childrenOf(tree: CategoryTree, id: string | null): readonly Category[] {
  return tree.children.get(id) ?? [];
}

/** The category and everything below it (ids), cycle-safe. */
export function subtreeIds(tree: CategoryTree, id: string): Set<string> {
  const out = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (out.has(current) || !tree.byId.has(current)) continue;
    out.add(current);
    for (const child of childrenOf(tree, current)) stack.push(child.id);
  }
  return out;
}

/** Levels from the category down to its deepest descendant: 1 for a category without children. */
export function subtreeHeight(tree: CategoryTree, id: string, seen: Set<string> = new Set()): number {
  if (seen.has(id)) return 0;
  seen.add(id);
  let deepest = 0;
  for (const child of childrenOf(tree, id)) deepest = Math.max(deepest, subtreeHeight(tree, child.id, seen));
  return 1 + deepest;
}

/** Root → category, cycle-safe. */
export function pathTo(tree: CategoryTree, id: string | null | undefined): Category[] {
  const path: Category[] = [];
  const seen = new Set<string>();
  let current = id ? tree.byId.get(id) : undefined;
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.unshift(current);
    current = current.parentId === null ? undefined : tree.byId.get(current.parentId);
  }
  return path;
}

/** SKUs per category, counting every SKU of the category's descendants too. */
export function skuCountsBySubtree(tree: CategoryTree, skus: readonly { categoryId: string | null }[]): Map<string, number> {
  const own = new Map<string, number>();
  for (const sku of skus) if (sku.categoryId !== null) own.set(sku.categoryId, (own.get(sku.categoryId) ?? 0) + 1);
  const total = new Map<string, number>();
  const visit = (id: string, seen: Set<string>): number => {
    if (seen.has(id)) return 0;
    seen.add(id);
    let sum = own.get(id) ?? 0;
    for (const child of childrenOf(tree, id)) sum += visit(child.id, seen);
    total.set(id, sum);
    return sum;
  };
  const seen = new Set<string>();
  for (const root of childrenOf(tree, null)) visit(root.id, seen);
  // Categories caught in a stored cycle are not reachable from a root; count them on their own.
  for (const id of tree.byId.keys()) if (!total.has(id)) visit(id, seen);
  return total;
}

export type MoveProblem = 'missing' | 'same-parent' | 'cycle' | 'too-deep';

/** Why `id` cannot go under `newParentId` (null = make it a 大类), or null when it can. */
export function moveProblem(tree: CategoryTree, id: string, newParentId: string | null): MoveProblem | null {
  const category = tree.byId.get(id);
  if (!category || (newParentId !== null && !tree.byId.has(newParentId))) return 'missing';
  if (category.parentId === newParentId) return 'same-parent';
  if (newParentId !== null && subtreeIds(tree, id).has(newParentId)) return 'cycle';
  const parentLevel = newParentId === null ? 0 : tree.byId.get(newParentId)!.level;
  if (parentLevel + subtreeHeight(tree, id) > MAX_CATEGORY_LEVEL) return 'too-deep';
  return null;
}

/** The categories a move changes: the moved one (new parent) and its descendants (new levels). */
export function moveCategory(tree: CategoryTree, id: string, newParentId: string | null): Category[] {
  const problem = moveProblem(tree, id, newParentId);
  if (problem) throw new Error(`Category ${JSON.stringify(id)} cannot move: ${problem}`);
  const parentLevel = newParentId === null ? 0 : tree.byId.get(newParentId)!.level;
  const out: Category[] = [];
  const relevel = (category: Category, level: number, parentId: string | null) => {
    out.push({ ...category, parentId, level: level as Category['level'] });
    for (const child of childrenOf(tree, category.id)) relevel(child, level + 1, category.id);
  };
  relevel(tree.byId.get(id)!, parentLevel + 1, newParentId);
  return out;
}

/** Parents `id` may move under: not itself, not below itself, not so deep that its branch passes 小类. */
export function moveTargets(tree: CategoryTree, id: string): { id: string | null; problem: MoveProblem | null }[] {
  return [null, ...tree.byId.keys()].map((target) => ({ id: target, problem: target === id ? 'cycle' : moveProblem(tree, id, target) }));
}

/**
 * What deleting a category does:
 * - `lift`: its children move up to its parent (a root's children become 大类) and its SKUs go to
 *   the parent (or become uncategorised under a root);
 * - `branch`: it and everything below it go; the branch's SKUs go to its parent (or uncategorised).
 */
export type DeleteStrategy = 'lift' | 'branch';

export interface DeletePlan {
  deleteIds: string[];
  /** Categories rewritten (new parent and level). */
  updates: Category[];
  /** Where the affected SKUs go. */
  skuTarget: string | null;
  /** Categories whose SKUs move to `skuTarget`. */
  skuSourceIds: string[];
}

export function planCategoryDelete(tree: CategoryTree, id: string, strategy: DeleteStrategy): DeletePlan {
  const category = tree.byId.get(id);
  if (!category) return { deleteIds: [], updates: [], skuTarget: null, skuSourceIds: [] };
  const parentId = category.parentId !== null && tree.byId.has(category.parentId) ? category.parentId : null;
  if (strategy === 'branch') {
    const ids = [...subtreeIds(tree, id)];
    return { deleteIds: ids, updates: [], skuTarget: parentId, skuSourceIds: ids };
  }
  // Lifting a level never makes the tree deeper, so every child fits one level up.
  const without: CategoryTree = buildCategoryTree([...tree.byId.values()].filter((c) => c.id !== id).map((c) => (c.parentId === id ? { ...c, parentId: null } : c)));
  const updates: Category[] = [];
  const relevel = (node: Category, level: number, newParent: string | null) => {
    updates.push({ ...node, parentId: newParent, level: level as Category['level'] });
    for (const child of childrenOf(without, node.id)) relevel(child, level + 1, node.id);
  };
  for (const child of childrenOf(tree, id)) relevel(child, category.level, parentId);
  return { deleteIds: [id], updates, skuTarget: parentId, skuSourceIds: [id] };
}

/** A readable, stable id for a new category: "home-kitchen-knives"; unique among `existing`. */
export function newCategoryId(name: string, parentId: string | null, existing: ReadonlySet<string> | ReadonlyMap<string, unknown>): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const base = [parentId, slug || 'category'].filter(Boolean).join('-').slice(0, 150);
  if (!existing.has(base)) return base;
  for (let n = 2; ; n++) if (!existing.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Categories in reading order (parents before children) with their depth, for pickers. */
export function inTreeOrder(tree: CategoryTree): { category: Category; depth: number }[] {
  const out: { category: Category; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const category of childrenOf(tree, parent)) {
      if (seen.has(category.id)) continue;
      seen.add(category.id);
      out.push({ category, depth });
      visit(category.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** One line of the tree view: a category, or an attribute (fourth level) of one. */
export type TreeRow =
  | { kind: 'category'; key: string; category: Category; depth: number; hasChildren: boolean; expanded: boolean; parentKey: string | null }
  | { kind: 'attribute'; key: string; category: Category; name: string; values: readonly string[]; depth: number; parentKey: string };

export const attributeKey = (categoryId: string, name: string) => `${categoryId}\u0000${name}`;

/** The rows a tree shows with `expanded` open: what the keyboard moves through, in order. */
export function visibleRows(tree: CategoryTree, expanded: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const category of childrenOf(tree, parent)) {
      if (seen.has(category.id)) continue;
      seen.add(category.id);
      const attributes = Object.entries(category.attributes);
      const hasChildren = childrenOf(tree, category.id).length > 0 || attributes.length > 0;
      const isOpen = hasChildren && expanded.has(category.id);
      rows.push({ kind: 'category', key: category.id, category, depth, hasChildren, expanded: isOpen, parentKey: parent });
      if (!isOpen) continue;
      visit(category.id, depth + 1);
      for (const [name, values] of attributes) {
        rows.push({ kind: 'attribute', key: attributeKey(category.id, name), category, name, values, depth: depth + 1, parentKey: category.id });
      }
    }
  };
  visit(null, 0);
  return rows;
}

/** "cotton, linen ,, silk" → ["cotton", "linen", "silk"] (also splits on Chinese commas). */
export function parseAttributeValues(text: string): string[] {
  return [...new Set(text.split(/[,，、;\n]/).map((v) => v.trim()).filter(Boolean))];
}

/** SKUs per role tag. */
export function tagUsage(skus: readonly { tags: readonly string[] }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sku of skus) for (const tag of new Set(sku.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return counts;
}

/** A role tag id from its label ("Clearance sale" → "clearance-sale"), unique among `existing`. */
export function newTagId(label: string, existing: ReadonlySet<string>): string {
  const slug =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'tag';
  if (!existing.has(slug)) return slug;
  for (let n = 2; ; n++) if (!existing.has(`${slug}-${n}`)) return `${slug}-${n}`;
}
