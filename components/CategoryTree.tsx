import { signal, useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import {
  attributeKey,
  buildCategoryTree,
  childrenOf,
  inTreeOrder,
  MAX_CATEGORY_LEVEL,
  moveProblem,
  newCategoryId,
  parseAttributeValues,
  pathTo,
  skuCountsBySubtree,
  subtreeIds,
  visibleRows,
  type DeleteStrategy,
  type TreeRow,
} from '@/lib/domain/category-tree';
import type { Category, Sku } from '@/lib/domain/schemas';
import { localName, t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/page-client';
import { guarded, refreshCatalogue } from './store';

type Mode =
  | { kind: 'rename' }
  | { kind: 'add-child' }
  | { kind: 'add-root' }
  | { kind: 'add-attribute' }
  | { kind: 'edit-attribute' }
  | { kind: 'move' }
  | { kind: 'delete' };

const levelName = (level: number) => t(`catalogue_level_${level}`);
/** "1 SKU", "2 SKUs" (the browser's i18n has no plural forms). */
export const skuCountText = (count: number) => (count === 1 ? t('catalogue_sku_one') : t('catalogue_tree_count', [count]));

/** Kept while the page is open, so switching catalogue tabs does not fold the tree up again. */
const treeExpanded = signal<Set<string>>(new Set());
const treeSelected = signal<string | null>(null);

/**
 * F8: the central category tree, edited without dragging. Arrow keys move through it (WAI-ARIA
 * tree pattern); the actions below it work on the selected node: rename, add a level or an
 * attribute, move under another parent (checked for cycles and depth), delete (saying what
 * happens to the children and SKUs).
 */
export function CategoryTree({ categories, skus, onShowSkus }: { categories: Category[]; skus: readonly Sku[]; onShowSkus: (categoryId: string) => void }) {
  useSignals();
  const tree = useMemo(() => buildCategoryTree(categories), [categories]);
  const counts = useMemo(() => skuCountsBySubtree(tree, skus), [tree, skus]);
  const ownCounts = useMemo(() => {
    const own = new Map<string, number>();
    for (const sku of skus) if (sku.categoryId) own.set(sku.categoryId, (own.get(sku.categoryId) ?? 0) + 1);
    return own;
  }, [skus]);
  const expanded = treeExpanded;
  const selected = treeSelected;
  const mode = useSignal<Mode | null>(null);
  const errors = useSignal<string[]>([]);
  const done = useSignal<string | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  const focusOnRender = useRef(false);

  const rows = useMemo(() => visibleRows(tree, expanded.value), [tree, expanded.value]);
  const selectedRow = rows.find((r) => r.key === selected.value) ?? null;
  const focusKey = selectedRow?.key ?? rows[0]?.key ?? null;

  useEffect(() => {
    if (!focusOnRender.current) return;
    focusOnRender.current = false;
    treeRef.current?.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')?.focus();
  });

  const select = (key: string | null, focus = true) => {
    selected.value = key;
    if (mode.value && mode.value.kind !== 'add-root') mode.value = null;
    errors.value = [];
    focusOnRender.current = focus;
  };
  const setExpanded = (id: string, open: boolean) => {
    const next = new Set(expanded.value);
    if (open) next.add(id);
    else next.delete(id);
    expanded.value = next;
  };
  /** Opens every category from the root down to `id` (included), so `id`'s children show. */
  const reveal = (id: string) => {
    const next = new Set(expanded.value);
    for (const category of pathTo(tree, id)) next.add(category.id);
    expanded.value = next;
  };

  const run = async (work: () => Promise<{ ok: true } | { ok: false; errors: string[] } | undefined>, message: string, after?: () => void) => {
    errors.value = [];
    const result = await guarded(work);
    if (!result) return;
    if (!result.ok) {
      errors.value = result.errors;
      return;
    }
    await refreshCatalogue();
    mode.value = null;
    done.value = message;
    after?.();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.target !== event.currentTarget && (event.target as HTMLElement).getAttribute('role') !== 'treeitem') return;
    const i = rows.findIndex((r) => r.key === focusKey);
    const row = rows[i];
    if (!row) return;
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    switch (event.key) {
      case 'ArrowDown':
        handled();
        if (i + 1 < rows.length) select(rows[i + 1]!.key);
        break;
      case 'ArrowUp':
        handled();
        if (i > 0) select(rows[i - 1]!.key);
        break;
      case 'Home':
        handled();
        select(rows[0]!.key);
        break;
      case 'End':
        handled();
        select(rows[rows.length - 1]!.key);
        break;
      case 'ArrowRight':
        handled();
        if (row.kind === 'category' && row.hasChildren) {
          if (!row.expanded) setExpanded(row.key, true);
          else if (rows[i + 1]) select(rows[i + 1]!.key);
        }
        break;
      case 'ArrowLeft':
        handled();
        if (row.kind === 'category' && row.expanded) setExpanded(row.key, false);
        else if (row.parentKey) select(row.parentKey);
        break;
      case 'F2':
        handled();
        select(row.key, false);
        mode.value = { kind: row.kind === 'category' ? 'rename' : 'edit-attribute' };
        break;
      case 'Delete':
        handled();
        select(row.key, false);
        mode.value = { kind: 'delete' };
        break;
      case 'Enter':
      case ' ':
        handled();
        if (row.kind === 'category' && row.hasChildren) setExpanded(row.key, !row.expanded);
        break;
      default:
    }
  };

  const category = selectedRow?.category ?? null;
  const canAddChild = !!category && category.level < MAX_CATEGORY_LEVEL;

  return (
    <div className="card catalogue-tree-card">
      <div className="toolbar">
        <h3 id="catalogue-tree-heading">{t('catalogue_tree_heading')}</h3>
        <button type="button" onClick={() => (expanded.value = new Set(tree.byId.keys()))}>
          {t('catalogue_tree_expand_all')}
        </button>
        <button type="button" onClick={() => (expanded.value = new Set())}>
          {t('catalogue_tree_collapse_all')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            mode.value = { kind: 'add-root' };
            errors.value = [];
          }}
        >
          {t('catalogue_tree_add_root')}
        </button>
      </div>
      <p className="muted catalogue-hint">{t('catalogue_tree_keys')}</p>
      {done.value && (
        <p role="status" className="notice ok" data-testid="tree-done">
          {done.value}
        </p>
      )}
      {mode.value?.kind === 'add-root' && (
        <CategoryNameForm
          legend={t('catalogue_tree_add_level', [levelName(1)])}
          submitLabel={t('catalogue_tree_add')}
          onCancel={() => (mode.value = null)}
          onSubmit={(name, nameZh) => {
            const id = newCategoryId(name, null, tree.byId);
            void run(
              () => sendMessage('saveCategory', { category: { id, name, ...(nameZh && { nameZh }), parentId: null, level: 1 }, isNew: true }),
              t('catalogue_tree_added', [name]),
              () => select(id),
            );
          }}
        />
      )}
      {rows.length === 0 ? (
        <p className="empty">{t('catalogue_tree_empty')}</p>
      ) : (
        <ul role="tree" aria-labelledby="catalogue-tree-heading" className="catalogue-tree" ref={treeRef} onKeyDown={onKeyDown} data-testid="category-tree">
          {rows.map((row) => (
            <TreeItem
              key={row.key}
              row={row}
              focusable={row.key === focusKey}
              selected={row.key === selected.value}
              count={row.kind === 'category' ? (counts.get(row.key) ?? 0) : undefined}
              setSize={row.kind === 'category' ? childrenOf(tree, row.category.parentId).length : Object.keys(row.category.attributes).length}
              posInSet={
                row.kind === 'category'
                  ? childrenOf(tree, row.category.parentId).indexOf(row.category) + 1
                  : Object.keys(row.category.attributes).indexOf(row.name) + 1
              }
              renaming={row.key === selected.value && (mode.value?.kind === 'rename' || mode.value?.kind === 'edit-attribute')}
              onSelect={() => select(row.key)}
              onToggle={() => row.kind === 'category' && setExpanded(row.key, !row.expanded)}
              onCancelRename={() => {
                mode.value = null;
                focusOnRender.current = true;
              }}
              onRename={(name, second) => {
                if (row.kind === 'category') {
                  void run(
                    () => sendMessage('saveCategory', { category: { ...row.category, name, nameZh: second || undefined } }),
                    t('catalogue_tree_renamed', [name]),
                    () => (focusOnRender.current = true),
                  );
                } else {
                  const attributes = Object.fromEntries(
                    Object.entries(row.category.attributes).map(([key, values]) => (key === row.name ? [name, parseAttributeValues(second)] : [key, values])),
                  );
                  void run(
                    () => sendMessage('saveCategory', { category: { ...row.category, attributes } }),
                    t('catalogue_tree_renamed', [name]),
                    () => select(attributeKey(row.category.id, name)),
                  );
                }
              }}
            />
          ))}
        </ul>
      )}

      {selectedRow && (
        <div className="catalogue-tree-actions" role="group" aria-label={t('catalogue_tree_actions_for', [selectedRow.kind === 'category' ? localName(selectedRow.category) : selectedRow.name])}>
          <p className="catalogue-tree-selected">
            <strong>{selectedRow.kind === 'category' ? localName(selectedRow.category) : selectedRow.name}</strong>{' '}
            <span className="muted">
              {selectedRow.kind === 'category' ? levelName(selectedRow.category.level) : levelName(4)} ·{' '}
              {pathTo(tree, selectedRow.category.id).map(localName).join(' › ')}
            </span>
          </p>
          <div className="actions">
            <button type="button" onClick={() => (mode.value = { kind: selectedRow.kind === 'category' ? 'rename' : 'edit-attribute' })}>
              {selectedRow.kind === 'category' ? t('catalogue_tree_rename') : t('catalogue_tree_edit_attribute')}
            </button>
            {selectedRow.kind === 'category' && canAddChild && (
              <button type="button" onClick={() => (mode.value = { kind: 'add-child' })}>
                {t('catalogue_tree_add_level', [levelName(selectedRow.category.level + 1)])}
              </button>
            )}
            {selectedRow.kind === 'category' && (
              <button type="button" onClick={() => (mode.value = { kind: 'add-attribute' })}>
                {t('catalogue_tree_add_level', [levelName(4)])}
              </button>
            )}
            {selectedRow.kind === 'category' && (
              <button type="button" onClick={() => (mode.value = { kind: 'move' })}>
                {t('catalogue_tree_move')}
              </button>
            )}
            <button type="button" className="danger" onClick={() => (mode.value = { kind: 'delete' })}>
              {t('delete')}
            </button>
            {selectedRow.kind === 'category' && (
              <button type="button" onClick={() => onShowSkus(selectedRow.category.id)}>
                {t('catalogue_tree_show_skus', [counts.get(selectedRow.category.id) ?? 0])}
              </button>
            )}
          </div>

          {selectedRow.kind === 'category' && mode.value?.kind === 'add-child' && (
            <CategoryNameForm
              legend={t('catalogue_tree_add_level', [levelName(selectedRow.category.level + 1)])}
              submitLabel={t('catalogue_tree_add')}
              onCancel={() => (mode.value = null)}
              onSubmit={(name, nameZh) => {
                const parent = selectedRow.category;
                const id = newCategoryId(name, parent.id, tree.byId);
                void run(
                  () => sendMessage('saveCategory', { category: { id, name, ...(nameZh && { nameZh }), parentId: parent.id, level: parent.level + 1 }, isNew: true }),
                  t('catalogue_tree_added', [name]),
                  () => {
                    setExpanded(parent.id, true);
                    select(id);
                  },
                );
              }}
            />
          )}
          {selectedRow.kind === 'category' && mode.value?.kind === 'add-attribute' && (
            <AttributeForm
              existing={Object.keys(selectedRow.category.attributes)}
              onCancel={() => (mode.value = null)}
              onSubmit={(name, values) => {
                const parent = selectedRow.category;
                void run(
                  () => sendMessage('saveCategory', { category: { ...parent, attributes: { ...parent.attributes, [name]: values } } }),
                  t('catalogue_tree_added', [name]),
                  () => {
                    setExpanded(parent.id, true);
                    select(attributeKey(parent.id, name));
                  },
                );
              }}
            />
          )}
          {selectedRow.kind === 'category' && mode.value?.kind === 'move' && (
            <MoveForm
              category={selectedRow.category}
              tree={tree}
              onCancel={() => (mode.value = null)}
              onSubmit={(parentId) => {
                const id = selectedRow.category.id;
                const target = parentId ? tree.byId.get(parentId) : undefined;
                void run(
                  () => sendMessage('moveCategory', { id, parentId }),
                  t('catalogue_tree_moved', [localName(selectedRow.category), target ? localName(target) : t('catalogue_tree_top')]),
                  () => {
                    if (parentId) reveal(parentId);
                    select(id);
                  },
                );
              }}
            />
          )}
          {mode.value?.kind === 'delete' && (
            <DeleteForm
              row={selectedRow}
              tree={tree}
              skuCount={selectedRow.kind === 'category' ? (counts.get(selectedRow.key) ?? 0) : skus.filter((s) => s.categoryId === selectedRow.category.id && selectedRow.name in s.attributes).length}
              ownSkuCount={selectedRow.kind === 'category' ? (ownCounts.get(selectedRow.key) ?? 0) : 0}
              onCancel={() => (mode.value = null)}
              onSubmit={(strategy) => {
                if (selectedRow.kind === 'attribute') {
                  const { [selectedRow.name]: _removed, ...attributes } = selectedRow.category.attributes;
                  void run(
                    () => sendMessage('saveCategory', { category: { ...selectedRow.category, attributes } }),
                    t('catalogue_tree_deleted', [selectedRow.name]),
                    () => select(selectedRow.category.id),
                  );
                  return;
                }
                const parentId = selectedRow.category.parentId;
                void run(
                  () => sendMessage('deleteCategoryNode', { id: selectedRow.category.id, strategy }),
                  t('catalogue_tree_deleted', [localName(selectedRow.category)]),
                  () => select(parentId),
                );
              }}
            />
          )}
          {errors.value.length > 0 && (
            <div role="alert" className="notice error" data-testid="tree-errors">
              {errors.value.map((e, i) => (
                <p key={i}>{e}</p>
              ))}
            </div>
          )}
        </div>
      )}
      {!selectedRow && errors.value.length > 0 && (
        <div role="alert" className="notice error" data-testid="tree-errors">
          {errors.value.map((e, i) => (
            <p key={i}>{e}</p>
          ))}
        </div>
      )}
    </div>
  );
}

function TreeItem({
  row,
  focusable,
  selected,
  count,
  setSize,
  posInSet,
  renaming,
  onSelect,
  onToggle,
  onRename,
  onCancelRename,
}: {
  row: TreeRow;
  focusable: boolean;
  selected: boolean;
  count: number | undefined;
  setSize: number;
  posInSet: number;
  renaming: boolean;
  onSelect: () => void;
  onToggle: () => void;
  onRename: (name: string, second: string) => void;
  onCancelRename: () => void;
}) {
  const isCategory = row.kind === 'category';
  const name = isCategory ? localName(row.category) : row.name;
  return (
    <li
      role="treeitem"
      aria-level={row.depth + 1}
      aria-setsize={setSize}
      aria-posinset={posInSet}
      aria-expanded={isCategory && row.hasChildren ? row.expanded : undefined}
      aria-selected={selected}
      tabIndex={focusable ? 0 : -1}
      data-category-id={row.category.id}
      data-attribute={isCategory ? undefined : row.name}
      className={`catalogue-tree-item${isCategory ? '' : ' catalogue-tree-attribute'}`}
      style={{ paddingInlineStart: 8 + row.depth * 22 }}
      onClick={(event) => {
        event.stopPropagation();
        onSelect();
      }}
    >
      <span className="catalogue-tree-line">
        {isCategory && row.hasChildren ? (
          <span
            className="catalogue-tree-toggle"
            aria-hidden="true"
            onClick={(event) => {
              event.stopPropagation();
              onToggle();
            }}
          >
            {row.expanded ? '▾' : '▸'}
          </span>
        ) : (
          <span className="catalogue-tree-toggle" aria-hidden="true" />
        )}
        {renaming ? (
          <InlineRename
            first={isCategory ? row.category.name : row.name}
            second={isCategory ? (row.category.nameZh ?? '') : row.values.join(', ')}
            isCategory={isCategory}
            onSave={onRename}
            onCancel={onCancelRename}
          />
        ) : (
          <>
            <span className="catalogue-tree-name">{name}</span>
            <span className="catalogue-tree-level">{isCategory ? levelName(row.category.level) : levelName(4)}</span>
            {isCategory ? (
              <span className="catalogue-tree-count" data-testid="sku-count" title={t('catalogue_tree_count_title')}>
                {skuCountText(count ?? 0)}
              </span>
            ) : (
              <span className="muted catalogue-tree-values">{row.values.join(', ') || t('catalogue_tree_any_value')}</span>
            )}
            {isCategory && row.category.platformMappings.length > 0 && (
              <span className="catalogue-tree-mapped" title={row.category.platformMappings.map((m) => `${m.marketplace}: ${m.value}`).join('\n')}>
                {t('catalogue_tree_mapped', [row.category.platformMappings.length])}
              </span>
            )}
          </>
        )}
      </span>
    </li>
  );
}

function InlineRename({
  first,
  second,
  isCategory,
  onSave,
  onCancel,
}: {
  first: string;
  second: string;
  isCategory: boolean;
  onSave: (first: string, second: string) => void;
  onCancel: () => void;
}) {
  useSignals();
  const a = useSignal(first);
  const b = useSignal(second);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const save = () => a.value.trim() && onSave(a.value.trim(), b.value.trim());
  const keys = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <span className="catalogue-inline-rename" onClick={(event) => event.stopPropagation()}>
      <input
        ref={ref}
        aria-label={isCategory ? t('catalogue_name_en') : t('catalogue_attribute_name')}
        value={a.value}
        onChange={(event) => (a.value = event.currentTarget.value)}
        onKeyDown={keys}
      />
      <input
        aria-label={isCategory ? t('catalogue_name_zh') : t('catalogue_attribute_values')}
        value={b.value}
        onChange={(event) => (b.value = event.currentTarget.value)}
        onKeyDown={keys}
      />
      <button type="button" className="primary" onClick={save} disabled={!a.value.trim()}>
        {t('save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </span>
  );
}

function CategoryNameForm({ legend, submitLabel, onSubmit, onCancel }: { legend: string; submitLabel: string; onSubmit: (name: string, nameZh: string) => void; onCancel: () => void }) {
  useSignals();
  const name = useSignal('');
  const nameZh = useSignal('');
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <form
      className="catalogue-inline-form"
      data-testid="category-name-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.value.trim()) onSubmit(name.value.trim(), nameZh.value.trim());
      }}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <fieldset>
        <legend>{legend}</legend>
        <label>
          {t('catalogue_name_en')}
          <input ref={ref} name="name" value={name.value} onChange={(event) => (name.value = event.currentTarget.value)} required />
        </label>
        <label>
          {t('catalogue_name_zh')}
          <input name="nameZh" value={nameZh.value} onChange={(event) => (nameZh.value = event.currentTarget.value)} />
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={!name.value.trim()}>
            {submitLabel}
          </button>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

function AttributeForm({ existing, onSubmit, onCancel }: { existing: string[]; onSubmit: (name: string, values: string[]) => void; onCancel: () => void }) {
  useSignals();
  const name = useSignal('');
  const values = useSignal('');
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const taken = existing.includes(name.value.trim());
  return (
    <form
      className="catalogue-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.value.trim() && !taken) onSubmit(name.value.trim(), parseAttributeValues(values.value));
      }}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <fieldset>
        <legend>{t('catalogue_tree_add_level', [levelName(4)])}</legend>
        <label>
          {t('catalogue_attribute_name')}
          <input ref={ref} name="attributeName" value={name.value} onChange={(event) => (name.value = event.currentTarget.value)} placeholder="material" />
        </label>
        <label>
          {t('catalogue_attribute_values')}
          <input name="attributeValues" value={values.value} onChange={(event) => (values.value = event.currentTarget.value)} placeholder="cotton, linen" />
        </label>
        {taken && <p className="catalogue-field-error">{t('catalogue_attribute_taken', [name.value.trim()])}</p>}
        <div className="actions">
          <button type="submit" className="primary" disabled={!name.value.trim() || taken}>
            {t('catalogue_tree_add')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

const TOP = '\u0000top';

function MoveForm({
  category,
  tree,
  onSubmit,
  onCancel,
}: {
  category: Category;
  tree: ReturnType<typeof buildCategoryTree>;
  onSubmit: (parentId: string | null) => void;
  onCancel: () => void;
}) {
  useSignals();
  const choice = useSignal('');
  const inside = useMemo(() => subtreeIds(tree, category.id), [tree, category.id]);
  const options = [
    { id: TOP, label: t('catalogue_tree_top'), depth: 0, problem: moveProblem(tree, category.id, null) },
    ...inTreeOrder(tree).map(({ category: c, depth }) => ({
      id: c.id,
      label: localName(c),
      depth: depth + 1,
      problem: inside.has(c.id) ? ('cycle' as const) : moveProblem(tree, category.id, c.id),
    })),
  ];
  const chosen = options.find((o) => o.id === choice.value);
  return (
    <form
      className="catalogue-inline-form"
      data-testid="category-move-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen && !chosen.problem) onSubmit(chosen.id === TOP ? null : chosen.id);
      }}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <fieldset>
        <legend>{t('catalogue_tree_move_legend', [localName(category)])}</legend>
        <label>
          {t('catalogue_tree_move_to')}
          <select name="moveTarget" value={choice.value} onChange={(event) => (choice.value = event.currentTarget.value)} autoFocus>
            <option value="">—</option>
            {options.map((option) => (
              <option key={option.id} value={option.id} disabled={!!option.problem}>
                {'\u00a0\u00a0\u00a0'.repeat(option.depth)}
                {option.label}
                {option.problem ? ` — ${t(`catalogue_move_${option.problem.replace('-', '_')}`)}` : ''}
              </option>
            ))}
          </select>
        </label>
        <p className="muted catalogue-hint">{t('catalogue_tree_move_hint')}</p>
        <div className="actions">
          <button type="submit" className="primary" disabled={!chosen || !!chosen.problem}>
            {t('catalogue_tree_move')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

function DeleteForm({
  row,
  tree,
  skuCount,
  ownSkuCount,
  onSubmit,
  onCancel,
}: {
  row: TreeRow;
  tree: ReturnType<typeof buildCategoryTree>;
  skuCount: number;
  ownSkuCount: number;
  onSubmit: (strategy: DeleteStrategy) => void;
  onCancel: () => void;
}) {
  useSignals();
  const strategy = useSignal<DeleteStrategy>('lift');
  const ref = useRef<HTMLFormElement>(null);
  // The choice comes into view with the keyboard on it: the chosen option, or Cancel.
  useEffect(() => ref.current?.querySelector<HTMLElement>('input[type=radio]:checked, button[type=button]')?.focus(), []);
  const category = row.category;
  const parent = category.parentId ? tree.byId.get(category.parentId) : undefined;
  const branch = row.kind === 'category' ? subtreeIds(tree, category.id).size - 1 : 0;
  const children = row.kind === 'category' ? childrenOf(tree, category.id).length : 0;
  const where = parent ? localName(parent) : null;
  const simple = row.kind === 'attribute' || (children === 0 && skuCount === 0);
  return (
    <form
      ref={ref}
      className="catalogue-inline-form"
      data-testid="category-delete-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(simple ? 'branch' : strategy.value);
      }}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <fieldset>
        <legend>{t('catalogue_tree_delete_legend', [row.kind === 'category' ? localName(category) : row.name])}</legend>
        {row.kind === 'attribute' ? (
          <p>{t('catalogue_tree_delete_attribute', [skuCount])}</p>
        ) : simple ? (
          <p>{t('catalogue_tree_delete_empty')}</p>
        ) : (
          <>
            <p>{t('catalogue_tree_delete_has', [children, skuCount])}</p>
            <label className="inline">
              <input type="radio" name="deleteStrategy" value="lift" checked={strategy.value === 'lift'} onChange={() => (strategy.value = 'lift')} />
              {where
                ? t('catalogue_tree_delete_lift', [children, ownSkuCount, where])
                : t('catalogue_tree_delete_lift_top', [children, ownSkuCount])}
            </label>
            <label className="inline">
              <input type="radio" name="deleteStrategy" value="branch" checked={strategy.value === 'branch'} onChange={() => (strategy.value = 'branch')} />
              {where ? t('catalogue_tree_delete_branch', [branch, skuCount, where]) : t('catalogue_tree_delete_branch_top', [branch, skuCount])}
            </label>
            {category.platformMappings.length > 0 && (
              <p className="muted">
                {where ? t('catalogue_tree_delete_mappings', [category.platformMappings.length, where]) : t('catalogue_tree_delete_mappings_lost', [category.platformMappings.length])}
              </p>
            )}
          </>
        )}
        <div className="actions">
          <button type="submit" className="danger">
            {t('delete')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
