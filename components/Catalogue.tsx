import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { buildSkuSearchIndex, filterSkus, isFiltering, NO_FILTER, UNCATEGORISED, visibleWindow, type SkuFilter } from '@/lib/domain/catalogue-filter';
import { buildCategoryTree, inTreeOrder, pathTo } from '@/lib/domain/category-tree';
import type { Sku, SkuInput } from '@/lib/domain/schemas';
import { localName, t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/page-client';
import { CategoryMappings } from './CategoryMappings';
import { CategoryTags } from './CategoryTags';
import { CategoryTree } from './CategoryTree';
import { SkuForm } from './SkuForm';
import { catalogue, catalogueQuery, guarded, refreshCatalogue, refreshOverview } from './store';

/**
 * `?edit=<sku>` (the popup look-up's link, F20) or `#catalogue?sku=<sku>` (the retrospective's links)
 * opens that SKU's form once the catalogue lists it.
 */
function editFromUrl(): string | null {
  const fromHash = new URLSearchParams(location.hash.split('?')[1] ?? '').get('sku');
  return (new URLSearchParams(location.search).get('edit') ?? fromHash)?.trim() || null;
}

const TABS = ['skus', 'tree', 'tags', 'mappings'] as const;
type Tab = (typeof TABS)[number];

/** Fixed row height of the SKU list: only the rows in view (plus a few) are in the DOM. */
const ROW_HEIGHT = 36;
const LIST_HEIGHT = 560;

/** F8: the catalogue — SKUs with search and filters, the category tree, role tags, platform mappings. */
export function Catalogue({ draft, onDraftDone }: { draft: SkuInput | null; onDraftDone: () => void }) {
  useSignals();
  const tab = useSignal<Tab>('skus');
  const editing = useSignal<{ sku: SkuInput; isNew: boolean } | null>(draft ? { sku: draft, isNew: true } : null);
  const saved = useSignal<string | null>(null);
  const pendingEdit = useSignal(editFromUrl());
  const filter = useSignal<Omit<SkuFilter, 'text'>>(NO_FILTER);
  const scrollTop = useSignal(0);
  const listRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (pendingEdit.peek()) catalogueQuery.value = pendingEdit.peek()!;
  }, [pendingEdit]);
  // Read fresh each time the view opens (a restore or an import may have changed it meanwhile).
  useEffect(() => void refreshCatalogue(), []);

  const data = catalogue.value;
  useEffect(() => {
    const found = pendingEdit.peek() ? data?.skus.find((s) => s.sku === pendingEdit.peek()) : undefined;
    if (!found) return;
    editing.value = { sku: found, isNew: false };
    pendingEdit.value = null;
  }, [data, editing, pendingEdit]);

  const skus = data?.skus;
  const categories = data?.categories;
  const index = useMemo(() => buildSkuSearchIndex(skus ?? [], categories ?? []), [skus, categories]);
  const tree = useMemo(() => buildCategoryTree(categories ?? []), [categories]);
  const pathNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const id of tree.byId.keys()) names.set(id, pathTo(tree, id).map(localName).join(' › '));
    return names;
  }, [tree]);
  const tagsById = useMemo(() => new Map((data?.tags ?? []).map((tag) => [tag.id, tag])), [data?.tags]);
  const suppliersById = useMemo(() => new Map((data?.suppliers ?? []).map((s) => [s.id, s.name])), [data?.suppliers]);

  const query = catalogueQuery.value;
  const fullFilter: SkuFilter = { ...filter.value, text: query };
  const shown = useMemo(() => filterSkus(index, fullFilter), [index, query, filter.value]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (listRef.current) listRef.current.scrollTop = 0;
    scrollTop.value = 0;
  }, [shown, scrollTop]);

  const setFilter = (patch: Partial<Omit<SkuFilter, 'text'>>) => (filter.value = { ...filter.value, ...patch });
  const openForm = (sku: SkuInput, isNew: boolean) => {
    editing.value = { sku, isNew };
    saved.value = null;
    requestAnimationFrame(() => formRef.current?.scrollIntoView({ block: 'nearest' }));
  };
  const showCategory = (categoryId: string) => {
    setFilter({ categoryId });
    catalogueQuery.value = '';
    tab.value = 'skus';
  };

  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.indexOf(tab.value);
    const next = event.key === 'ArrowRight' ? (i + 1) % TABS.length : event.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length : -1;
    if (next < 0) return;
    event.preventDefault();
    tab.value = TABS[next]!;
    event.currentTarget.querySelector<HTMLButtonElement>(`#catalogue-tab-${TABS[next]}`)?.focus();
  };

  const windowed = visibleWindow(shown.length, scrollTop.value, LIST_HEIGHT, ROW_HEIGHT);
  const rows = shown.slice(windowed.start, windowed.end);
  const counts = data
    ? { skus: data.skus.length, categories: data.categories.length, tags: data.tags.length, mappings: data.categories.reduce((n, c) => n + c.platformMappings.length, 0) }
    : null;

  return (
    <section aria-labelledby="catalogue-heading" className="catalogue">
      <div className="toolbar">
        <h2 id="catalogue-heading">{t('catalogue_heading')}</h2>
      </div>
      <div role="tablist" aria-label={t('catalogue_tabs')} className="catalogue-tabs" onKeyDown={onTabKey}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`catalogue-tab-${id}`}
            aria-controls={`catalogue-panel-${id}`}
            aria-selected={tab.value === id}
            tabIndex={tab.value === id ? 0 : -1}
            className="catalogue-tab"
            onClick={() => (tab.value = id)}
          >
            {t(`catalogue_tab_${id}`)}
            {counts && <span className="catalogue-tab-count">{counts[id === 'tree' ? 'categories' : id]}</span>}
          </button>
        ))}
      </div>

      {!data && (
        <p role="status" className="muted" data-testid="catalogue-loading">
          {t('catalogue_loading')}
        </p>
      )}
      {tab.value === 'skus' && (
        <div role="tabpanel" id="catalogue-panel-skus" aria-labelledby="catalogue-tab-skus">
          <div className="toolbar catalogue-search">
            <input
              type="search"
              aria-label={t('catalogue_search')}
              placeholder={t('catalogue_search')}
              value={catalogueQuery.value}
              onChange={(event) => (catalogueQuery.value = event.currentTarget.value)}
            />
            <button type="button" className="primary" onClick={() => openForm({ sku: '', title: '' }, true)}>
              {t('catalogue_add')}
            </button>
          </div>
          {data && (
            <div className="catalogue-filters" role="group" aria-label={t('catalogue_filters')}>
              <label>
                {t('field_category')}
                <select
                  name="filterCategory"
                  value={filter.value.categoryId ?? ''}
                  onChange={(event) => setFilter({ categoryId: event.currentTarget.value || null })}
                >
                  <option value="">{t('catalogue_filter_any_category')}</option>
                  <option value={UNCATEGORISED}>{t('tags_uncategorised')}</option>
                  {inTreeOrder(tree).map(({ category, depth }) => (
                    <option key={category.id} value={category.id}>
                      {'\u00a0\u00a0\u00a0'.repeat(depth)}
                      {localName(category)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('field_tags')}
                <select name="filterTag" value={filter.value.tag ?? ''} onChange={(event) => setFilter({ tag: event.currentTarget.value || null })}>
                  <option value="">{t('catalogue_filter_any_tag')}</option>
                  {data.tags.map((tag) => (
                    <option key={tag.id} value={tag.id}>
                      {localName(tag)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('catalogue_field_supplier')}
                <select
                  name="filterSupplier"
                  value={filter.value.supplierId ?? ''}
                  onChange={(event) => setFilter({ supplierId: event.currentTarget.value || null })}
                  disabled={data.suppliers.length === 0}
                  title={data.suppliers.length === 0 ? t('catalogue_no_suppliers') : undefined}
                >
                  <option value="">{t('catalogue_filter_any_supplier')}</option>
                  {data.suppliers.map((supplier) => (
                    <option key={supplier.id} value={supplier.id}>
                      {supplier.name}
                    </option>
                  ))}
                </select>
              </label>
              <label className="inline">
                <input type="checkbox" name="filterMissingHs" checked={filter.value.missingHs} onChange={(event) => setFilter({ missingHs: event.currentTarget.checked })} />
                {t('catalogue_filter_missing_hs')}
              </label>
              <label className="inline">
                <input
                  type="checkbox"
                  name="filterMissingCertificate"
                  checked={filter.value.missingCertificate}
                  onChange={(event) => setFilter({ missingCertificate: event.currentTarget.checked })}
                />
                {t('catalogue_filter_missing_certificate')}
              </label>
              {isFiltering(fullFilter) && (
                <button
                  type="button"
                  onClick={() => {
                    filter.value = NO_FILTER;
                    catalogueQuery.value = '';
                  }}
                >
                  {t('catalogue_filter_clear')}
                </button>
              )}
            </div>
          )}
          {saved.value && (
            <p role="status" className="notice ok" data-testid="sku-saved">
              {t('sku_saved', [saved.value])}
            </p>
          )}
          <div ref={formRef}>
            {editing.value && data && (
              <SkuForm
                key={editing.value.sku.sku + String(editing.value.isNew)}
                initial={editing.value.sku}
                isNew={editing.value.isNew}
                categories={data.categories}
                tags={data.tags}
                certificates={data.certificates}
                suppliers={data.suppliers}
                onCancel={() => {
                  editing.value = null;
                  onDraftDone();
                }}
                onSaved={(sku) => {
                  saved.value = sku;
                  editing.value = null;
                  onDraftDone();
                  history.replaceState(null, '', location.pathname + location.hash.split('?')[0]);
                  void refreshCatalogue();
                  void refreshOverview();
                }}
              />
            )}
          </div>
          {data && (
            <>
              <p className="muted" role="status" data-testid="catalogue-count">
                {t('catalogue_count', [shown.length.toLocaleString('en-US'), data.skus.length.toLocaleString('en-US')])}
              </p>
              <div
                ref={listRef}
                className="catalogue-list"
                style={{ maxHeight: LIST_HEIGHT }}
                onScroll={(event) => (scrollTop.value = event.currentTarget.scrollTop)}
                tabIndex={-1}
              >
                <table className="table catalogue-table" data-testid="catalogue-table" aria-rowcount={shown.length + 1}>
                  <thead>
                    <tr aria-rowindex={1}>
                      <th scope="col" className="catalogue-col-sku">
                        SKU
                      </th>
                      <th scope="col">{t('field_title')}</th>
                      <th scope="col">{t('field_category')}</th>
                      <th scope="col">{t('field_tags')}</th>
                      <th scope="col" className="catalogue-col-hs">
                        {t('field_hs')}
                      </th>
                      <th scope="col" className="catalogue-col-certs">
                        {t('field_certificates')}
                      </th>
                      <th scope="col">{t('catalogue_field_supplier')}</th>
                      <th scope="col" className="catalogue-col-actions">
                        <span className="sr-only">{t('actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {windowed.start > 0 && <tr aria-hidden="true" className="catalogue-spacer" style={{ height: windowed.start * ROW_HEIGHT }} />}
                    {rows.map((sku, i) => (
                      <SkuRow
                        key={sku.sku}
                        sku={sku}
                        rowIndex={windowed.start + i + 2}
                        categoryName={sku.categoryId ? (pathNames.get(sku.categoryId) ?? sku.categoryId) : '—'}
                        tagsById={tagsById}
                        supplierName={sku.supplierId ? (suppliersById.get(sku.supplierId) ?? sku.supplierId) : ''}
                        onEdit={() => openForm(sku, false)}
                      />
                    ))}
                    {windowed.end < shown.length && (
                      <tr aria-hidden="true" className="catalogue-spacer" style={{ height: (shown.length - windowed.end) * ROW_HEIGHT }} />
                    )}
                  </tbody>
                </table>
              </div>
              {shown.length === 0 && <p className="empty">{data.skus.length === 0 ? t('catalogue_empty_workspace') : t('catalogue_empty')}</p>}
            </>
          )}
        </div>
      )}

      {tab.value === 'tree' && data && (
        <div role="tabpanel" id="catalogue-panel-tree" aria-labelledby="catalogue-tab-tree">
          <CategoryTree categories={data.categories} skus={data.skus} onShowSkus={showCategory} />
        </div>
      )}
      {tab.value === 'tags' && data && (
        <div role="tabpanel" id="catalogue-panel-tags" aria-labelledby="catalogue-tab-tags">
          <CategoryTags tags={data.tags} skus={data.skus} onShowSkus={(tag) => {
            filter.value = { ...NO_FILTER, tag };
            catalogueQuery.value = '';
            tab.value = 'skus';
          }} />
        </div>
      )}
      {tab.value === 'mappings' && data && (
        <div role="tabpanel" id="catalogue-panel-mappings" aria-labelledby="catalogue-tab-mappings">
          <CategoryMappings categories={data.categories} />
        </div>
      )}
    </section>
  );
}

function SkuRow({
  sku,
  rowIndex,
  categoryName,
  tagsById,
  supplierName,
  onEdit,
}: {
  sku: Sku;
  rowIndex: number;
  categoryName: string;
  tagsById: ReadonlyMap<string, { label: string; labelZh?: string; color: string }>;
  supplierName: string;
  onEdit: () => void;
}) {
  return (
    <tr data-sku={sku.sku} aria-rowindex={rowIndex} style={{ height: ROW_HEIGHT }}>
      <td className="catalogue-col-sku">
        <code>{sku.sku}</code>
      </td>
      <td title={sku.title}>{sku.title}</td>
      <td title={categoryName}>{categoryName}</td>
      <td>
        {sku.tags.map((id) => {
          const tag = tagsById.get(id);
          return (
            <span key={id} className="catalogue-chip" style={{ borderColor: tag?.color ?? '#5f6b7a' }}>
              {tag ? localName(tag) : id}
            </span>
          );
        })}
      </td>
      <td className="catalogue-col-hs">{sku.hsCode ?? <span className="warn">{t('missing')}</span>}</td>
      <td className="catalogue-col-certs">{sku.certificateIds.length}</td>
      <td title={supplierName}>{supplierName}</td>
      <td className="row-actions catalogue-col-actions">
        <button type="button" onClick={onEdit} aria-label={t('catalogue_edit_sku', [sku.sku])}>
          {t('edit')}
        </button>
        <button
          type="button"
          className="danger"
          aria-label={t('catalogue_delete_sku', [sku.sku])}
          onClick={() => {
            if (!confirm(t('sku_delete_confirm', [sku.sku]))) return;
            void guarded(() => sendMessage('deleteSku', { sku: sku.sku })).then(() => Promise.all([refreshCatalogue(), refreshOverview()]));
          }}
        >
          {t('delete')}
        </button>
      </td>
    </tr>
  );
}
