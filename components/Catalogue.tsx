import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect } from 'react';
import type { SkuInput } from '@/lib/domain/schemas';
import { localName, t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/page-client';
import { SkuForm } from './SkuForm';
import { catalogue, catalogueQuery, guarded, refreshCatalogue, refreshOverview } from './store';

/** `?edit=<sku>` (the popup look-up's link, F20) opens that SKU's form once the catalogue lists it. */
function editFromUrl(): string | null {
  return new URLSearchParams(location.search).get('edit')?.trim() || null;
}

/** The catalogue list with search, and the SKU form (also opened pre-filled from a page). */
export function Catalogue({ draft, onDraftDone }: { draft: SkuInput | null; onDraftDone: () => void }) {
  useSignals();
  const editing = useSignal<{ sku: SkuInput; isNew: boolean } | null>(draft ? { sku: draft, isNew: true } : null);
  const saved = useSignal<string | null>(null);
  const pendingEdit = useSignal(editFromUrl());
  useEffect(() => {
    if (pendingEdit.peek()) catalogueQuery.value = pendingEdit.peek()!;
  }, [pendingEdit]);

  const query = catalogueQuery.value;
  useEffect(() => {
    const timer = setTimeout(() => void refreshCatalogue(), 150);
    return () => clearTimeout(timer);
  }, [query]);

  const data = catalogue.value;
  useEffect(() => {
    const found = pendingEdit.peek() ? data?.skus.find((s) => s.sku === pendingEdit.peek()) : undefined;
    if (!found) return;
    editing.value = { sku: found, isNew: false };
    pendingEdit.value = null;
  }, [data, editing, pendingEdit]);
  const categoryName = (id: string | null) => {
    const category = id ? data?.categories.find((c) => c.id === id) : undefined;
    return category ? localName(category) : '—';
  };
  const tagLabel = (id: string) => {
    const tag = data?.tags.find((x) => x.id === id);
    return tag ? localName(tag) : id;
  };

  return (
    <section aria-labelledby="catalogue-heading">
      <div className="toolbar">
        <h2 id="catalogue-heading">{t('catalogue_heading')}</h2>
        <input
          type="search"
          aria-label={t('catalogue_search')}
          placeholder={t('catalogue_search')}
          value={catalogueQuery.value}
          onChange={(event) => (catalogueQuery.value = event.currentTarget.value)}
        />
        <button type="button" className="primary" onClick={() => (editing.value = { sku: { sku: '', title: '' }, isNew: true })}>
          {t('catalogue_add')}
        </button>
      </div>
      {saved.value && (
        <p role="status" className="notice ok" data-testid="sku-saved">
          {t('sku_saved', [saved.value])}
        </p>
      )}
      {editing.value && data && (
        <SkuForm
          key={editing.value.sku.sku + String(editing.value.isNew)}
          initial={editing.value.sku}
          isNew={editing.value.isNew}
          categories={data.categories}
          tags={data.tags}
          certificates={data.certificates}
          onCancel={() => {
            editing.value = null;
            onDraftDone();
          }}
          onSaved={(sku) => {
            saved.value = sku;
            editing.value = null;
            onDraftDone();
            history.replaceState(null, '', location.pathname + location.hash);
            void refreshCatalogue();
            void refreshOverview();
          }}
        />
      )}
      {data && (
        <>
          <p className="muted">{t('catalogue_count', [data.skus.length, data.total])}</p>
          <table className="table" data-testid="catalogue-table">
            <thead>
              <tr>
                <th scope="col">SKU</th>
                <th scope="col">{t('field_title')}</th>
                <th scope="col">{t('field_category')}</th>
                <th scope="col">{t('field_tags')}</th>
                <th scope="col">{t('field_hs')}</th>
                <th scope="col">{t('field_certificates')}</th>
                <th scope="col">
                  <span className="sr-only">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.skus.map((sku) => (
                <tr key={sku.sku} data-sku={sku.sku}>
                  <td>
                    <code>{sku.sku}</code>
                  </td>
                  <td>{sku.title}</td>
                  <td>{categoryName(sku.categoryId)}</td>
                  <td>{sku.tags.map(tagLabel).join(', ')}</td>
                  <td>{sku.hsCode ?? <span className="warn">{t('missing')}</span>}</td>
                  <td>{sku.certificateIds.length}</td>
                  <td className="row-actions">
                    <button type="button" onClick={() => (editing.value = { sku, isNew: false })}>
                      {t('edit')}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      onClick={() => {
                        if (!confirm(t('sku_delete_confirm', [sku.sku]))) return;
                        void guarded(() => sendMessage('deleteSku', { sku: sku.sku })).then(() => Promise.all([refreshCatalogue(), refreshOverview()]));
                      }}
                    >
                      {t('delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.skus.length === 0 && <p className="empty">{t('catalogue_empty')}</p>}
        </>
      )}
    </section>
  );
}
