import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useMemo } from 'react';
import { supplierMatches } from '@/lib/domain/purchase-plan';
import type { Supplier } from '@/lib/domain/suppliers';
import { explain, t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/page-client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import type { SupplierViewWire } from '@/lib/messaging/suppliers-protocol';
import { guarded } from './store';
import { SupplierEditor } from './SupplierEditor';
import { SupplierOrders } from './SupplierOrders';
import { formatPercent, purchaseOrderDraft } from './suppliers-state';

type Workspace = ResponseOf<'listSuppliers'>;
type KpiRate = SupplierViewWire['kpis']['onTime'];

/**
 * F10: the seller's suppliers with their on-time and pass rates computed from purchase orders,
 * each supplier's orders (create, mark received, record QC), and the supplier editor.
 */
export function Suppliers() {
  useSignals();
  const data = useSignal<Workspace | null>(null);
  const query = useSignal('');
  const editing = useSignal<Supplier | 'new' | null>(null);
  const selected = useSignal<string | null>(null);
  const status = useSignal('');

  const refresh = () =>
    guarded(async () => {
      data.value = await sendMessage('listSuppliers', {});
    });
  useEffect(() => {
    void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // A suggestion's "create purchase order" opens that supplier's orders with the form pre-filled.
  const draft = purchaseOrderDraft.value;
  useEffect(() => {
    if (draft) selected.value = draft.supplierId;
  }, [draft, selected]);

  const categoryNames = useMemo(() => new Map((data.value?.categories ?? []).map((c) => [c.id, c.path])), [data.value]);
  const shown = (data.value?.suppliers ?? []).filter((s) => supplierMatches(s.supplier, query.value, categoryNames));
  const current = data.value?.suppliers.find((s) => s.supplier.id === selected.value) ?? null;

  const remove = (view: SupplierViewWire) =>
    guarded(async () => {
      const orders = view.purchaseOrders.length;
      if (!confirm(t('suppliers_delete_confirm', [view.supplier.name, orders]))) return;
      await sendMessage('deleteSupplier', { id: view.supplier.id });
      if (selected.value === view.supplier.id) selected.value = null;
      status.value = t('suppliers_deleted', [view.supplier.name]);
      await refresh();
    });

  if (!data.value) return <p className="muted">{t('loading')}</p>;
  const workspace = data.value;

  return (
    <section aria-labelledby="suppliers-heading" className="sup">
      <div className="toolbar">
        <h2 id="suppliers-heading">{t('view_suppliers')}</h2>
        <button type="button" className="primary" onClick={() => (editing.value = 'new')}>
          {t('suppliers_add')}
        </button>
      </div>
      <p className="muted">{t('suppliers_intro', [workspace.minKpiOrders])}</p>
      {editing.value && (
        <SupplierEditor
          supplier={editing.value === 'new' ? null : editing.value}
          categories={workspace.categories}
          skus={workspace.skus}
          onDone={(saved) => {
            editing.value = null;
            if (saved) {
              status.value = t('suppliers_saved', [saved]);
              void refresh();
            }
          }}
        />
      )}
      <p role="status" className="muted" data-testid="suppliers-status">
        {status.value}
      </p>
      {workspace.suppliers.length === 0 ? (
        <p className="empty">{t('suppliers_empty')}</p>
      ) : (
        <>
          <label className="sup-search">
            {t('suppliers_search')}
            <input type="search" value={query.value} onChange={(e) => (query.value = e.currentTarget.value)} placeholder={t('suppliers_search_placeholder')} />
          </label>
          <table className="table sup-table" data-testid="suppliers-table">
            <thead>
              <tr>
                <th scope="col">{t('suppliers_col_name')}</th>
                <th scope="col">{t('suppliers_col_contact')}</th>
                <th scope="col">{t('suppliers_col_quotes')}</th>
                <th scope="col">{t('suppliers_col_on_time')}</th>
                <th scope="col">{t('suppliers_col_pass_rate')}</th>
                <th scope="col">{t('suppliers_col_lead_time')}</th>
                <th scope="col">{t('suppliers_col_open')}</th>
                <th scope="col">
                  <span className="sr-only">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((view) => (
                <tr key={view.supplier.id} data-supplier-id={view.supplier.id} aria-selected={selected.value === view.supplier.id}>
                  <th scope="row">
                    {view.supplier.name}
                    <div className="sup-small muted">{view.supplier.categories.map((id) => categoryNames.get(id) ?? id).join('; ')}</div>
                  </th>
                  <td>
                    {view.supplier.contacts[0] ? (
                      <>
                        {view.supplier.contacts[0].name}
                        {view.supplier.contacts[0].role && <span className="muted"> · {view.supplier.contacts[0].role}</span>}
                        {view.supplier.contacts[0].email && <div className="sup-small">{view.supplier.contacts[0].email}</div>}
                      </>
                    ) : (
                      <span className="muted">–</span>
                    )}
                  </td>
                  <td>{t('suppliers_quotes_count', [new Set(view.supplier.prices.map((p) => p.sku)).size])}</td>
                  <td data-testid="supplier-on-time">
                    <Rate rate={view.kpis.onTime} unit="orders" minimum={workspace.minKpiOrders} />
                  </td>
                  <td data-testid="supplier-pass-rate">
                    <Rate rate={view.kpis.passRate} unit="units" minimum={workspace.minKpiOrders} />
                  </td>
                  <td>
                    {view.kpis.averageLeadTimeDays.days === null ? '–' : t('suppliers_days', [view.kpis.averageLeadTimeDays.days])}
                  </td>
                  <td>
                    {view.kpis.open}
                    {view.kpis.overdue > 0 && <span className="warn"> {t('suppliers_overdue_count', [view.kpis.overdue])}</span>}
                  </td>
                  <td className="row-actions">
                    <button type="button" aria-expanded={selected.value === view.supplier.id} onClick={() => (selected.value = selected.value === view.supplier.id ? null : view.supplier.id)}>
                      {t('suppliers_orders_button', [view.supplier.name])}
                    </button>{' '}
                    <button type="button" onClick={() => (editing.value = view.supplier)} aria-label={t('suppliers_edit_label', [view.supplier.name])}>
                      {t('edit')}
                    </button>{' '}
                    <button type="button" className="danger" onClick={() => void remove(view)} aria-label={t('suppliers_delete_label', [view.supplier.name])}>
                      {t('delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length === 0 && <p className="empty">{t('suppliers_no_match', [query.value])}</p>}
        </>
      )}
      {current && (
        <SupplierOrders
          key={current.supplier.id}
          view={current}
          today={workspace.today}
          skus={workspace.skus}
          onChanged={refresh}
          kpiLines={current.kpis.explanation.map(explain)}
        />
      )}
    </section>
  );
}

/** "80 % (4 of 5 orders)", and "not enough orders yet" below the minimum, counts always shown. */
function Rate({ rate, unit, minimum }: { rate: KpiRate; unit: 'orders' | 'units'; minimum: number }) {
  const counts = t(unit === 'orders' ? 'suppliers_rate_counts_orders' : 'suppliers_rate_counts_units', [rate.numerator, rate.denominator]);
  return (
    <span className={rate.enoughData ? 'sup-rate' : 'sup-rate sup-rate-thin'} data-rate={rate.rate === null ? '' : String(Math.round(rate.rate * 1000) / 10)}>
      <strong>{formatPercent(rate.rate)}</strong> <span className="sup-small">{counts}</span>
      {!rate.enoughData && <div className="sup-small muted">{t('suppliers_not_enough', [rate.orders, minimum])}</div>}
    </span>
  );
}
