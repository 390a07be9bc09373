import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useMemo } from 'react';
import { buildCategoryTree, inTreeOrder, pathTo, type CategoryTree } from '@/lib/domain/category-tree';
import { allMappings, mappingKey, type MappingKind, type PlatformMapping } from '@/lib/domain/category-mappings';
import { Marketplace, type Category } from '@/lib/domain/schemas';
import { localName, t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/page-client';
import { guarded, refreshCatalogue } from './store';

const KINDS: readonly MappingKind[] = ['product-type', 'browse-node', 'category-id'];
/** What each marketplace calls its categories: the kind a new mapping starts with. */
const DEFAULT_KIND: Record<Marketplace, MappingKind> = { amazon: 'product-type', ebay: 'category-id', shopify: 'product-type' };

/** F8: every platform category mapped onto the central tree, editable, removable, and new ones added. */
export function CategoryMappings({ categories }: { categories: Category[] }) {
  useSignals();
  const tree = useMemo(() => buildCategoryTree(categories), [categories]);
  const mappings = useMemo(() => allMappings(categories), [categories]);
  const filter = useSignal('');
  const errors = useSignal<string[]>([]);
  const done = useSignal<string | null>(null);
  const editingKey = useSignal<string | null>(null);
  const needle = filter.value.trim().toLowerCase();
  const shown = needle
    ? mappings.filter((m) => `${m.marketplace} ${m.kind} ${m.value} ${pathTo(tree, m.categoryId).map((c) => `${c.name} ${c.nameZh ?? ''}`).join(' ')}`.toLowerCase().includes(needle))
    : mappings;

  /** Maps `next`, then (if the platform side changed) unmaps `previous`: the new one is never lost. */
  const save = async (next: PlatformMapping, previous: PlatformMapping | null) => {
    errors.value = [];
    const ok = await guarded(async () => {
      await sendMessage('mapPlatformCategory', next);
      if (previous && previous.key !== next.key) {
        await sendMessage('mapPlatformCategory', { marketplace: previous.marketplace, kind: previous.kind, value: previous.value, categoryId: null });
      }
      return true;
    });
    if (!ok) return false;
    const target = tree.byId.get(next.categoryId);
    done.value = t('mapping_saved', [next.value, target ? localName(target) : next.categoryId]);
    editingKey.value = null;
    await refreshCatalogue();
    return true;
  };

  return (
    <div className="card">
      <h3>{t('catalogue_mappings_heading')}</h3>
      <p className="muted catalogue-hint">{t('catalogue_mappings_help')}</p>
      {done.value && (
        <p role="status" className="notice ok" data-testid="mappings-done">
          {done.value}
        </p>
      )}
      {mappings.length > 0 && (
        <label className="catalogue-mappings-filter">
          {t('catalogue_mappings_filter')}
          <input type="text" name="mappingFilter" value={filter.value} onChange={(event) => (filter.value = event.currentTarget.value)} />
        </label>
      )}
      {mappings.length === 0 ? (
        <p className="empty">{t('catalogue_mappings_empty')}</p>
      ) : (
        <table className="table" data-testid="mappings-table">
          <caption className="sr-only">{t('catalogue_mappings_heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('catalogue_mapping_marketplace')}</th>
              <th scope="col">{t('catalogue_mapping_kind')}</th>
              <th scope="col">{t('catalogue_mapping_value')}</th>
              <th scope="col">{t('catalogue_mapping_category')}</th>
              <th scope="col">
                <span className="sr-only">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((mapping) =>
              editingKey.value === mapping.key ? (
                <tr key={mapping.key} data-mapping={mapping.value}>
                  <td colSpan={5}>
                    <MappingForm
                      tree={tree}
                      initial={mapping}
                      submitLabel={t('save')}
                      onSubmit={(next) => save(next, mapping)}
                      onCancel={() => (editingKey.value = null)}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={mapping.key} data-mapping={mapping.value} data-marketplace={mapping.marketplace}>
                  <td>{t(`marketplace_${mapping.marketplace}`)}</td>
                  <td>{t(`catalogue_kind_${mapping.kind.replace('-', '_')}`)}</td>
                  <td>
                    <code>{mapping.value}</code>
                  </td>
                  <td>{pathTo(tree, mapping.categoryId).map(localName).join(' › ')}</td>
                  <td className="row-actions">
                    <button type="button" onClick={() => (editingKey.value = mapping.key)} aria-label={t('catalogue_mapping_edit', [mapping.value])}>
                      {t('edit')}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      aria-label={t('catalogue_mapping_remove', [mapping.value])}
                      onClick={() => {
                        if (!confirm(t('catalogue_mapping_remove_confirm', [mapping.value]))) return;
                        void guarded(() =>
                          sendMessage('mapPlatformCategory', { marketplace: mapping.marketplace, kind: mapping.kind, value: mapping.value, categoryId: null }),
                        ).then(async (result) => {
                          if (!result) return;
                          done.value = t('catalogue_mapping_removed', [mapping.value]);
                          await refreshCatalogue();
                        });
                      }}
                    >
                      {t('delete')}
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {needle && shown.length === 0 && mappings.length > 0 && <p className="empty">{t('catalogue_mappings_none_match')}</p>}
      <h3>{t('catalogue_mapping_add')}</h3>
      {categories.length === 0 ? (
        <p className="empty">{t('catalogue_tree_empty')}</p>
      ) : (
        <MappingForm tree={tree} initial={null} submitLabel={t('catalogue_mapping_add')} onSubmit={(next) => save(next, null)} />
      )}
      {errors.value.length > 0 && (
        <div role="alert" className="notice error">
          {errors.value.map((e, i) => (
            <p key={i}>{e}</p>
          ))}
        </div>
      )}
    </div>
  );
}

function MappingForm({
  tree,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  tree: CategoryTree;
  initial: PlatformMapping | null;
  submitLabel: string;
  onSubmit: (mapping: PlatformMapping) => Promise<boolean>;
  onCancel?: () => void;
}) {
  useSignals();
  const marketplace = useSignal<Marketplace>(initial?.marketplace ?? 'amazon');
  const kind = useSignal<MappingKind>(initial?.kind ?? 'product-type');
  const value = useSignal(initial?.value ?? '');
  const categoryId = useSignal(initial?.categoryId ?? '');
  const ordered = useMemo(() => inTreeOrder(tree), [tree]);
  return (
    <form
      className="catalogue-inline-form catalogue-mapping-form"
      data-testid={initial ? 'mapping-edit-form' : 'mapping-add-form'}
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = value.value.trim();
        if (!trimmed || !categoryId.value) return;
        void onSubmit({
          key: mappingKey({ marketplace: marketplace.value, kind: kind.value, value: trimmed }),
          marketplace: marketplace.value,
          kind: kind.value,
          value: trimmed,
          categoryId: categoryId.value,
        }).then((ok) => {
          if (ok && !initial) value.value = '';
        });
      }}
      onKeyDown={(event) => event.key === 'Escape' && onCancel?.()}
    >
      <label>
        {t('catalogue_mapping_marketplace')}
        <select
          name="mappingMarketplace"
          value={marketplace.value}
          onChange={(event) => {
            marketplace.value = event.currentTarget.value as Marketplace;
            kind.value = DEFAULT_KIND[marketplace.value];
          }}
        >
          {Marketplace.options.map((m) => (
            <option key={m} value={m}>
              {t(`marketplace_${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('catalogue_mapping_kind')}
        <select name="mappingKind" value={kind.value} onChange={(event) => (kind.value = event.currentTarget.value as MappingKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`catalogue_kind_${k.replace('-', '_')}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('catalogue_mapping_value')}
        <input name="mappingValue" value={value.value} onChange={(event) => (value.value = event.currentTarget.value)} maxLength={300} placeholder={t(`catalogue_mapping_value_hint_${kind.value.replace('-', '_')}`)} />
      </label>
      <label>
        {t('catalogue_mapping_category')}
        <select name="mappingCategory" value={categoryId.value} onChange={(event) => (categoryId.value = event.currentTarget.value)}>
          <option value="">—</option>
          {ordered.map(({ category, depth }) => (
            <option key={category.id} value={category.id}>
              {'\u00a0\u00a0\u00a0'.repeat(depth)}
              {localName(category)}
            </option>
          ))}
        </select>
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={!value.value.trim() || !categoryId.value}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
