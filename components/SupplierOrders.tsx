import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useId, type ReactNode } from 'react';
import type { PurchaseOrder } from '@/lib/domain/suppliers';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/page-client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import type { SupplierViewWire } from '@/lib/messaging/suppliers-protocol';
import { guarded } from './store';
import { addDaysIso, formatMoney, parseNumber, purchaseOrderDraft, type FieldErrors } from './suppliers-state';

interface LineRow {
  sku: string;
  quantity: string;
  unitPrice: string;
  currency: string;
}

/** One supplier's purchase orders (F10): KPIs in words, the list, a new order, receipt and QC. */
export function SupplierOrders({
  view,
  today,
  skus,
  onChanged,
  kpiLines,
}: {
  view: SupplierViewWire;
  today: string;
  skus: ResponseOf<'listSuppliers'>['skus'];
  onChanged: () => Promise<unknown>;
  kpiLines: string[];
}) {
  useSignals();
  const uid = useId();
  const supplier = view.supplier;
  const creating = useSignal(false);
  const receiving = useSignal<string | null>(null);
  const message = useSignal('');

  // A draft handed over by the purchasing view opens the form here, pre-filled.
  const draft = purchaseOrderDraft.value?.supplierId === supplier.id ? purchaseOrderDraft.value : null;
  useEffect(() => {
    if (draft) creating.value = true;
  }, [draft, creating]);

  const remove = (order: PurchaseOrder) =>
    guarded(async () => {
      if (!confirm(t('suppliers_po_delete_confirm', [order.id]))) return;
      await sendMessage('deletePurchaseOrder', { id: order.id });
      message.value = t('suppliers_po_deleted', [order.id]);
      await onChanged();
    });

  return (
    <section className="card sup-orders" aria-labelledby={`${uid}-heading`} data-testid="supplier-orders" data-supplier-id={supplier.id}>
      <div className="toolbar">
        <h3 id={`${uid}-heading`}>{t('suppliers_orders_heading', [supplier.name])}</h3>
        {!creating.value && (
          <button type="button" className="primary" onClick={() => (creating.value = true)}>
            {t('suppliers_po_new')}
          </button>
        )}
      </div>
      <ul className="sup-kpi-lines" data-testid="supplier-kpi-lines">
        {kpiLines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <p role="status" className="muted">
        {message.value}
      </p>
      {creating.value && (
        <NewOrderForm
          key={draft ? JSON.stringify(draft) : 'blank'}
          view={view}
          today={today}
          skus={skus}
          initial={
            draft
              ? {
                  lines: draft.lines.map((l) => ({ sku: l.sku, quantity: String(l.quantity), unitPrice: String(l.unitPrice.amount), currency: l.unitPrice.currency })),
                  promisedOn: addDaysIso(today, draft.leadTimeDays),
                }
              : null
          }
          onDone={async (savedId) => {
            creating.value = false;
            purchaseOrderDraft.value = null;
            if (savedId) {
              message.value = t('suppliers_po_saved', [savedId]);
              await onChanged();
            }
          }}
        />
      )}
      {view.purchaseOrders.length === 0 ? (
        <p className="empty">{t('suppliers_po_empty')}</p>
      ) : (
        <table className="table" data-testid="purchase-orders">
          <thead>
            <tr>
              <th scope="col">{t('suppliers_po_col_id')}</th>
              <th scope="col">{t('suppliers_po_col_lines')}</th>
              <th scope="col">{t('suppliers_po_col_ordered')}</th>
              <th scope="col">{t('suppliers_po_col_promised')}</th>
              <th scope="col">{t('suppliers_po_col_status')}</th>
              <th scope="col">{t('suppliers_po_col_qc')}</th>
              <th scope="col">
                <span className="sr-only">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {view.purchaseOrders.map((po) => (
              <OrderRow
                key={po.order.id}
                po={po}
                today={today}
                receiving={receiving.value === po.order.id}
                onReceive={() => (receiving.value = receiving.value === po.order.id ? null : po.order.id)}
                onSaved={async () => {
                  receiving.value = null;
                  message.value = t('suppliers_po_saved', [po.order.id]);
                  await onChanged();
                }}
                onDelete={() => void remove(po.order)}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function OrderRow({
  po,
  today,
  receiving,
  onReceive,
  onSaved,
  onDelete,
}: {
  po: SupplierViewWire['purchaseOrders'][number];
  today: string;
  receiving: boolean;
  onReceive: () => void;
  onSaved: () => Promise<void>;
  onDelete: () => void;
}) {
  const { order } = po;
  const statusText =
    po.status === 'late'
      ? t('suppliers_po_status_late', [order.receivedOn ?? '', po.daysLate])
      : po.status === 'on-time'
        ? t('suppliers_po_status_on_time', [order.receivedOn ?? ''])
        : po.status === 'overdue'
          ? t('suppliers_po_status_overdue', [po.daysLate])
          : t('suppliers_po_status_open');
  return (
    <>
      <tr data-po-id={order.id} data-status={po.status}>
        <th scope="row">{order.id}</th>
        <td>
          {order.lines.map((l, i) => (
            <div key={i}>
              {l.sku} × {l.quantity} @ {formatMoney(l.unitPrice)}
            </div>
          ))}
          <div className="sup-small muted">{po.totals.map(formatMoney).join(' + ')}</div>
        </td>
        <td className="sup-date">{order.orderedOn}</td>
        <td className="sup-date">{order.promisedOn}</td>
        <td className={po.status === 'late' || po.status === 'overdue' ? 'warn' : undefined}>{statusText}</td>
        <td>
          {order.inspected
            ? t('suppliers_po_qc', [order.inspected.passed, order.inspected.passed + order.inspected.failed, order.inspected.failed])
            : order.receivedOn
              ? t('suppliers_po_qc_none')
              : '–'}
        </td>
        <td className="row-actions">
          <button type="button" aria-expanded={receiving} onClick={onReceive}>
            {order.receivedOn ? t('suppliers_po_edit_receipt', [order.id]) : t('suppliers_po_mark_received', [order.id])}
          </button>{' '}
          <button type="button" className="danger" onClick={onDelete} aria-label={t('suppliers_po_delete_label', [order.id])}>
            {t('delete')}
          </button>
        </td>
      </tr>
      {receiving && (
        <tr className="sup-detail-row">
          <td colSpan={7}>
            <ReceiveForm order={order} today={today} onSaved={onSaved} onCancel={onReceive} />
          </td>
        </tr>
      )}
    </>
  );
}

/** Mark received (date) and record QC (units passed / failed); the KPIs update when it is saved. */
function ReceiveForm({ order, today, onSaved, onCancel }: { order: PurchaseOrder; today: string; onSaved: () => Promise<void>; onCancel: () => void }) {
  useSignals();
  const uid = useId();
  const receivedOn = useSignal(order.receivedOn ?? today);
  const passed = useSignal(order.inspected ? String(order.inspected.passed) : '');
  const failed = useSignal(order.inspected ? String(order.inspected.failed) : '');
  const errors = useSignal<FieldErrors>({});
  const summary = useSignal<string[]>([]);

  const save = () =>
    guarded(async () => {
      const inspected = passed.value.trim() === '' && failed.value.trim() === '' ? undefined : { passed: parseNumber(passed.value || '0'), failed: parseNumber(failed.value || '0') };
      const { inspected: _old, receivedOn: _was, ...rest } = order;
      void _old;
      void _was;
      const result = await sendMessage('savePurchaseOrder', { order: { ...rest, ...(receivedOn.value && { receivedOn: receivedOn.value }), ...(inspected && { inspected }) } });
      if (result.ok) await onSaved();
      else {
        errors.value = result.fields;
        summary.value = result.errors;
      }
    });

  return (
    <form
      className="sup-receive"
      aria-label={t('suppliers_po_receive_heading', [order.id])}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Field id={`${uid}-received`} label={t('suppliers_po_received_on')} error={errors.value.receivedOn}>
        {(p) => <input {...p} type="date" value={receivedOn.value} onChange={(e) => (receivedOn.value = e.currentTarget.value)} />}
      </Field>
      <Field id={`${uid}-passed`} label={t('suppliers_po_passed')} error={errors.value['inspected.passed']}>
        {(p) => <input {...p} inputMode="numeric" value={passed.value} onChange={(e) => (passed.value = e.currentTarget.value)} />}
      </Field>
      <Field id={`${uid}-failed`} label={t('suppliers_po_failed')} error={errors.value['inspected.failed']}>
        {(p) => <input {...p} inputMode="numeric" value={failed.value} onChange={(e) => (failed.value = e.currentTarget.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="primary">
          {t('suppliers_po_save_receipt')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
      {summary.value.length > 0 && (
        <div role="alert" className="notice error">
          {summary.value.map((e, i) => (
            <p key={i}>{e}</p>
          ))}
        </div>
      )}
    </form>
  );
}

type InputProps = { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string };

/** A labelled input with its own plain-words error. */
export function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: (props: InputProps) => ReactNode }) {
  return (
    <label htmlFor={id} className="sup-field">
      <span>{label}</span>
      {children({ id, 'aria-invalid': Boolean(error), ...(error && { 'aria-describedby': `${id}-error` }) })}
      {error && (
        <span id={`${id}-error`} className="sup-field-error">
          {error}
        </span>
      )}
    </label>
  );
}

function NewOrderForm({
  view,
  today,
  skus,
  initial,
  onDone,
}: {
  view: SupplierViewWire;
  today: string;
  skus: ResponseOf<'listSuppliers'>['skus'];
  initial: { lines: LineRow[]; promisedOn: string } | null;
  onDone: (savedId: string | null) => Promise<void>;
}) {
  useSignals();
  const uid = useId();
  const supplier = view.supplier;
  const quoteFor = (sku: string) => supplier.prices.find((p) => p.sku === sku && (!p.validUntil || p.validUntil >= today)) ?? supplier.prices.find((p) => p.sku === sku);
  const firstQuote = supplier.prices[0];
  const id = useSignal('');
  const orderedOn = useSignal(today);
  const promisedOn = useSignal(initial?.promisedOn ?? (firstQuote ? addDaysIso(today, firstQuote.leadTimeDays) : ''));
  const lines = useSignal<LineRow[]>(
    initial?.lines ?? [
      firstQuote
        ? { sku: firstQuote.sku, quantity: String(firstQuote.moq), unitPrice: String(firstQuote.unitPrice.amount), currency: firstQuote.unitPrice.currency }
        : { sku: '', quantity: '', unitPrice: '', currency: 'USD' },
    ],
  );
  const errors = useSignal<FieldErrors>({});
  const summary = useSignal<string[]>([]);
  const skuList = `${uid}-skus`;

  const setLine = (i: number, field: keyof LineRow, value: string) => {
    lines.value = lines.value.map((l, j) => {
      if (j !== i) return l;
      const next = { ...l, [field]: value };
      // Picking a SKU the supplier quotes fills its price and MOQ (the seller may still change them).
      const quote = field === 'sku' ? quoteFor(value) : undefined;
      if (quote && l.unitPrice === '') return { ...next, unitPrice: String(quote.unitPrice.amount), currency: quote.unitPrice.currency, quantity: l.quantity || String(quote.moq) };
      return next;
    });
  };

  const save = () =>
    guarded(async () => {
      const order = {
        ...(id.value.trim() && { id: id.value.trim() }),
        supplierId: supplier.id,
        orderedOn: orderedOn.value,
        promisedOn: promisedOn.value,
        lines: lines.value.map((l) => ({ sku: l.sku, quantity: parseNumber(l.quantity), unitPrice: { amount: parseNumber(l.unitPrice), currency: l.currency.trim().toUpperCase() } })),
      };
      const result = await sendMessage('savePurchaseOrder', { order });
      if (result.ok) await onDone(result.id);
      else {
        errors.value = result.fields;
        summary.value = result.errors;
      }
    });

  return (
    <form
      className="sup-new-order"
      aria-label={t('suppliers_po_new_heading', [supplier.name])}
      data-testid="po-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h4>{t('suppliers_po_new_heading', [supplier.name])}</h4>
      {initial && <p className="notice">{t('suppliers_po_from_suggestion')}</p>}
      <div className="grid">
        <Field id={`${uid}-id`} label={t('suppliers_po_field_id')} error={errors.value.id}>
          {(p) => <input {...p} value={id.value} placeholder={t('suppliers_po_field_id_placeholder')} onChange={(e) => (id.value = e.currentTarget.value)} />}
        </Field>
        <Field id={`${uid}-ordered`} label={t('suppliers_po_col_ordered')} error={errors.value.orderedOn}>
          {(p) => <input {...p} type="date" value={orderedOn.value} onChange={(e) => (orderedOn.value = e.currentTarget.value)} />}
        </Field>
        <Field id={`${uid}-promised`} label={t('suppliers_po_col_promised')} error={errors.value.promisedOn}>
          {(p) => <input {...p} type="date" value={promisedOn.value} onChange={(e) => (promisedOn.value = e.currentTarget.value)} />}
        </Field>
      </div>
      <datalist id={skuList}>
        {[...new Set([...supplier.prices.map((p) => p.sku), ...skus.map((s) => s.sku)])].map((sku) => (
          <option key={sku} value={sku} />
        ))}
      </datalist>
      <fieldset className="sup-fieldset">
        <legend>{t('suppliers_po_col_lines')}</legend>
        {errors.value.lines && <p className="sup-field-error">{errors.value.lines}</p>}
        {lines.value.map((l, i) => (
          <div key={i} className="sup-row" role="group" aria-label={t('suppliers_po_line_n', [i + 1])}>
            <Field id={`${uid}-sku-${i}`} label={t('suppliers_field_sku')} error={errors.value[`lines[${i}].sku`]}>
              {(p) => <input {...p} list={skuList} value={l.sku} onChange={(e) => setLine(i, 'sku', e.currentTarget.value)} />}
            </Field>
            <Field id={`${uid}-qty-${i}`} label={t('suppliers_po_field_quantity')} error={errors.value[`lines[${i}].quantity`]}>
              {(p) => <input {...p} inputMode="numeric" value={l.quantity} onChange={(e) => setLine(i, 'quantity', e.currentTarget.value)} />}
            </Field>
            <Field id={`${uid}-price-${i}`} label={t('suppliers_field_unit_price')} error={errors.value[`lines[${i}].unitPrice.amount`]}>
              {(p) => <input {...p} inputMode="decimal" value={l.unitPrice} onChange={(e) => setLine(i, 'unitPrice', e.currentTarget.value)} />}
            </Field>
            <Field id={`${uid}-cur-${i}`} label={t('suppliers_field_currency')} error={errors.value[`lines[${i}].unitPrice.currency`]}>
              {(p) => <input {...p} maxLength={3} size={4} value={l.currency} onChange={(e) => setLine(i, 'currency', e.currentTarget.value)} />}
            </Field>
            {lines.value.length > 1 && (
              <button type="button" className="danger sup-row-remove" onClick={() => (lines.value = lines.value.filter((_, j) => j !== i))}>
                {t('suppliers_po_remove_line', [i + 1])}
              </button>
            )}
          </div>
        ))}
        <button type="button" onClick={() => (lines.value = [...lines.value, { sku: '', quantity: '', unitPrice: '', currency: lines.value.at(-1)?.currency ?? 'USD' }])}>
          {t('suppliers_po_add_line')}
        </button>
      </fieldset>
      {summary.value.length > 0 && (
        <div role="alert" className="notice error" data-testid="po-errors">
          {summary.value.map((e, i) => (
            <p key={i}>{e}</p>
          ))}
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('suppliers_po_create')}
        </button>
        <button type="button" onClick={() => void onDone(null)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
