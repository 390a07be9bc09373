import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useId } from 'react';
import { explain, t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/page-client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import type { PeakChoice, SuggestionRowWire } from '@/lib/messaging/suppliers-protocol';
import { guarded } from './store';
import { PurchasingSettingsForm } from './PurchasingSettingsForm';
import { Field } from './SupplierOrders';
import { formatMoney, parseNumber, purchaseOrderDraft, type FieldErrors } from './suppliers-state';

type Plan = ResponseOf<'listPurchaseSuggestions'>;
type Filter = 'all' | 'order' | 'no-sales' | 'not-counted';
const FILTERS: Filter[] = ['all', 'order', 'no-sales', 'not-counted'];
const PEAKS: PeakChoice[] = ['auto', 'black_friday', 'christmas', 'off'];

/** Days of cover below which a SKU is flagged: it runs out before a first leg could land. */
const coverClass = (row: SuggestionRowWire) =>
  row.daysOfCover === null ? '' : row.daysOfCover < row.firstLegLeadDays ? 'pur-cover-critical' : row.daysOfCover < row.firstLegLeadDays * 2 ? 'pur-cover-low' : '';

/**
 * F11: a purchase suggestion for every SKU with sales history or stock, most urgent first, each
 * with the formulas that produced it (named, inputs and result shown), the recommended supplier
 * and why, and a button that opens a pre-filled purchase order.
 */
export function Purchasing() {
  useSignals();
  const plan = useSignal<Plan | null>(null);
  const peak = useSignal<PeakChoice>('auto');
  const filter = useSignal<Filter>('all');
  const query = useSignal('');
  const open = useSignal<string | null>(null);
  const status = useSignal('');

  const refresh = () =>
    guarded(async () => {
      plan.value = await sendMessage('listPurchaseSuggestions', { peak: peak.value });
    });
  useEffect(() => {
    void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [peak.value]);

  if (!plan.value) return <p className="muted">{t('loading')}</p>;
  const { suggestions, settings, today } = plan.value;
  const words = query.value.trim().toLowerCase();
  const shown = suggestions.filter(
    (row) =>
      (filter.value === 'all' ||
        (filter.value === 'order' && row.quantity > 0) ||
        (filter.value === 'no-sales' && row.dailySales === 0) ||
        (filter.value === 'not-counted' && row.stockOnHand === null)) &&
      (words === '' || `${row.sku} ${row.title}`.toLowerCase().includes(words)),
  );
  const toOrder = suggestions.filter((s) => s.quantity > 0).length;

  const createOrder = (row: SuggestionRowWire) => {
    if (!row.supplier) return;
    purchaseOrderDraft.value = {
      supplierId: row.supplier.supplierId,
      lines: [{ sku: row.sku, quantity: row.quantity, unitPrice: row.supplier.unitPrice }],
      leadTimeDays: row.supplier.leadTimeDays,
    };
    location.hash = 'suppliers';
  };

  return (
    <section aria-labelledby="purchasing-heading" className="pur">
      <h2 id="purchasing-heading">{t('view_purchasing')}</h2>
      <p className="muted">{t('purchasing_intro', [today, settings.coverageDays, settings.velocityWindowDays])}</p>
      <p className="muted sup-small">{t('purchasing_stock_note')}</p>
      <PurchasingSettingsForm settings={settings} onSaved={refresh} />
      {suggestions.length === 0 ? (
        <p className="empty">{t('purchasing_empty')}</p>
      ) : (
        <>
          <div className="pur-filters" role="group" aria-label={t('purchasing_filters')}>
            <label className="sup-search">
              {t('purchasing_search')}
              <input type="search" value={query.value} onChange={(e) => (query.value = e.currentTarget.value)} />
            </label>
            <label>
              {t('purchasing_filter')}
              <select value={filter.value} onChange={(e) => (filter.value = e.currentTarget.value as Filter)}>
                {FILTERS.map((f) => (
                  <option key={f} value={f}>
                    {t(`purchasing_filter_${f.replace('-', '_')}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('purchasing_peak')}
              <select value={peak.value} onChange={(e) => (peak.value = e.currentTarget.value as PeakChoice)} data-testid="purchasing-peak">
                {PEAKS.map((p) => (
                  <option key={p} value={p}>
                    {t(`purchasing_peak_${p}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p role="status" className="muted" data-testid="purchasing-count">
            {t('purchasing_count', [shown.length, suggestions.length, toOrder])} {status.value}
          </p>
          {plan.value.supplierCount === 0 && <p className="notice">{t('purchasing_no_suppliers')}</p>}
          {plan.value.orderLineCount === 0 && <p className="notice">{t('purchasing_no_sales_history')}</p>}
          <table className="table pur-table" data-testid="purchasing-table">
            <thead>
              <tr>
                <th scope="col">{t('purchasing_col_sku')}</th>
                <th scope="col">{t('purchasing_col_daily')}</th>
                <th scope="col">{t('purchasing_col_stock')}</th>
                <th scope="col">{t('purchasing_col_cover')}</th>
                <th scope="col">{t('purchasing_col_quantity')}</th>
                <th scope="col">{t('purchasing_col_supplier')}</th>
                <th scope="col">
                  <span className="sr-only">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <SuggestionRows
                  key={row.sku}
                  row={row}
                  expanded={open.value === row.sku}
                  onToggle={() => (open.value = open.value === row.sku ? null : row.sku)}
                  onCreateOrder={() => createOrder(row)}
                  defaultLeadDays={settings.firstLegLeadDays}
                  onStockSaved={(sku) =>
                    void refresh().then(() => {
                      status.value = t('purchasing_stock_saved', [sku]);
                    })
                  }
                />
              ))}
            </tbody>
          </table>
          {shown.length === 0 && <p className="empty">{t('purchasing_no_match')}</p>}
        </>
      )}
    </section>
  );
}

function SuggestionRows({
  row,
  expanded,
  onToggle,
  onCreateOrder,
  onStockSaved,
  defaultLeadDays,
}: {
  row: SuggestionRowWire;
  defaultLeadDays: number;
  expanded: boolean;
  onToggle: () => void;
  onCreateOrder: () => void;
  onStockSaved: (sku: string) => void;
}) {
  const detailId = `pur-detail-${row.sku.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <>
      <tr data-sku={row.sku} data-quantity={row.quantity}>
        <th scope="row">
          <code>{row.sku}</code>
          {row.title && <div className="sup-small muted">{row.title}</div>}
          {!row.inCatalogue && <div className="sup-small warn">{t('purchasing_not_in_catalogue')}</div>}
        </th>
        <td>{row.dailySales.toLocaleString()}</td>
        <td>
          {row.stockOnHand === null ? <span className="warn">{t('purchasing_not_counted')}</span> : row.stockOnHand.toLocaleString()}
          {row.inbound > 0 && <div className="sup-small muted">{t('purchasing_inbound', [row.inbound])}</div>}
        </td>
        <td className={coverClass(row)} data-testid="days-of-cover" title={coverClass(row) === 'pur-cover-critical' ? t('purchasing_cover_short', [row.firstLegLeadDays]) : undefined}>
          {row.daysOfCover === null ? '–' : t('purchasing_days', [row.daysOfCover])}
        </td>
        <td data-testid="suggested-quantity">
          <strong>{row.quantity.toLocaleString()}</strong>
          <div className="sup-small muted">{t(row.formula)}</div>
          {row.peak && <div className="sup-small pur-peak">{t('purchasing_peak_applied', [t(`peak_${row.peak.event}`)])}</div>}
        </td>
        <td data-testid="recommended-supplier">
          {row.supplier ? (
            <>
              {row.supplier.name}
              <div className="sup-small muted">
                {t('purchasing_supplier_line', [row.supplier.score, formatMoney(row.supplier.unitPrice), row.supplier.moq, row.supplier.leadTimeDays])}
              </div>
            </>
          ) : (
            <span className="muted">{t('purchasing_no_supplier')}</span>
          )}
        </td>
        <td className="row-actions">
          <button type="button" aria-expanded={expanded} aria-controls={detailId} aria-label={t('purchasing_why', [row.sku])} onClick={onToggle}>
            {t('purchasing_col_why')}
          </button>{' '}
          {row.supplier && row.quantity > 0 && (
            <button type="button" className="primary" onClick={onCreateOrder}>
              {t('purchasing_create_po')}
            </button>
          )}
        </td>
      </tr>
      {expanded && (
        <tr className="sup-detail-row" id={detailId}>
          <td colSpan={7}>
            <SuggestionDetail row={row} onStockSaved={onStockSaved} defaultLeadDays={defaultLeadDays} />
          </td>
        </tr>
      )}
    </>
  );
}

/** Every formula applied, in order, with its inputs and result; then the supplier ranking. */
function SuggestionDetail({ row, onStockSaved, defaultLeadDays }: { row: SuggestionRowWire; onStockSaved: (sku: string) => void; defaultLeadDays: number }) {
  return (
    <div className="pur-detail" data-testid="suggestion-detail">
      <StockForm row={row} onSaved={onStockSaved} defaultLeadDays={defaultLeadDays} />
      <ol className="pur-steps">
        {row.steps.map((step, i) => (
          <li key={i} className="pur-step" data-formula={step.formula}>
            <div className="pur-step-head">
              <strong>{t(step.formula)}</strong>
              <span className="pur-step-result">
                → {step.formula === 'formula_sales_velocity' ? t('purchasing_per_day', [Math.round(step.quantity * 100) / 100]) : step.quantity.toLocaleString()}
                {step.range && ` (${step.range.min.toLocaleString()}–${step.range.max.toLocaleString()})`}
              </span>
            </div>
            <dl className="pur-inputs">
              {Object.entries(step.inputs).map(([name, value]) => (
                <div key={name}>
                  <dt>{inputLabel(name)}</dt>
                  <dd>{typeof value === 'number' ? (Math.round(value * 100) / 100).toLocaleString() : inputValue(value)}</dd>
                </div>
              ))}
            </dl>
            <ul className="pur-why">
              {step.explanation.map((e, j) => (
                <li key={j}>{explain(e)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <h4>{t('formula_supplier_score')}</h4>
      {row.candidates.length === 0 && row.excluded.length === 0 ? (
        <p className="muted">{t('purchasing_no_quotes', [row.sku])}</p>
      ) : (
        <table className="table pur-candidates" data-testid="supplier-ranking">
          <thead>
            <tr>
              <th scope="col">{t('suppliers_col_name')}</th>
              <th scope="col">{t('purchasing_col_score')}</th>
              <th scope="col">{t('suppliers_field_unit_price')}</th>
              <th scope="col">{t('suppliers_field_moq')}</th>
              <th scope="col">{t('suppliers_field_lead_time')}</th>
              <th scope="col">{t('purchasing_col_why')}</th>
            </tr>
          </thead>
          <tbody>
            {row.candidates.map((c) => (
              <tr key={c.supplierId} className={c.supplierId === row.supplier?.supplierId ? 'pur-recommended' : undefined}>
                <th scope="row">
                  {c.name}
                  {c.supplierId === row.supplier?.supplierId && (
                    <>
                      {' '}
                      <span className="pur-badge">{t('purchasing_recommended')}</span>
                    </>
                  )}
                </th>
                <td>{c.score}</td>
                <td>{formatMoney(c.unitPrice)}</td>
                <td>{c.moq}</td>
                <td>{t('purchasing_days', [c.leadTimeDays])}</td>
                <td>
                  {c.explanation.map((e, i) => (
                    <div key={i} className="sup-small">
                      {explain(e)}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
            {row.excluded.map((x) => (
              <tr key={`x-${x.supplierId}`} className="muted">
                <th scope="row">{x.name}</th>
                <td colSpan={5}>{explain(x.explanation)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ul className="pur-why">
        {row.supplierNotes.map((e, i) => (
          <li key={i}>{explain(e)}</li>
        ))}
      </ul>
      {row.orderValue && <p>{t('purchasing_order_value', [row.quantity, formatMoney(row.orderValue)])}</p>}
    </div>
  );
}

function inputLabel(name: string): string {
  const key = `purchasing_input_${name}`;
  const text = t(key);
  return text === key ? name : text;
}

function inputValue(value: string): string {
  if (value.startsWith('formula_')) return t(value);
  return value;
}

/** Stock on hand (counted by the seller) and the SKU's own first-leg days, saved on the SKU. */
function StockForm({ row, onSaved, defaultLeadDays }: { row: SuggestionRowWire; onSaved: (sku: string) => void; defaultLeadDays: number }) {
  useSignals();
  const uid = useId();
  const onHand = useSignal(row.stockOnHand === null ? '' : String(row.stockOnHand));
  const leadDays = useSignal(row.firstLegSource === 'sku' ? String(row.firstLegLeadDays) : '');
  const errors = useSignal<FieldErrors>({});
  const problems = useSignal<string[]>([]);

  const save = () =>
    guarded(async () => {
      const fields: FieldErrors = {};
      const stock = onHand.value.trim() === '' ? null : parseNumber(onHand.value);
      const lead = leadDays.value.trim() === '' ? null : parseNumber(leadDays.value);
      if (stock !== null && (!Number.isInteger(stock) || stock < 0)) fields.stockOnHand = t('purchasing_error_whole', [onHand.value]);
      if (lead !== null && (!Number.isInteger(lead) || lead < 0 || lead > 365)) fields.firstLegLeadDays = t('purchasing_error_days', [leadDays.value]);
      errors.value = fields;
      if (Object.keys(fields).length > 0) return;
      const result = await sendMessage('setSkuStock', { sku: row.sku, stockOnHand: stock, firstLegLeadDays: lead });
      if (result.ok) onSaved(row.sku);
      else problems.value = result.errors;
    });

  return (
    <form
      className="pur-stock"
      aria-label={t('purchasing_stock_heading', [row.sku])}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Field id={`${uid}-onhand`} label={t('purchasing_field_on_hand')} error={errors.value.stockOnHand}>
        {(p) => <input {...p} inputMode="numeric" value={onHand.value} placeholder={t('purchasing_not_counted')} onChange={(e) => (onHand.value = e.currentTarget.value)} />}
      </Field>
      <Field id={`${uid}-lead`} label={t('purchasing_field_first_leg')} error={errors.value.firstLegLeadDays}>
        {(p) => (
          <input
            {...p}
            inputMode="numeric"
            value={leadDays.value}
            placeholder={t('purchasing_first_leg_default', [defaultLeadDays])}
            onChange={(e) => (leadDays.value = e.currentTarget.value)}
          />
        )}
      </Field>
      <button type="submit">{t('purchasing_save_stock')}</button>
      {problems.value.length > 0 && (
        <div role="alert" className="notice error">
          {problems.value.map((e, i) => (
            <p key={i}>{e}</p>
          ))}
        </div>
      )}
    </form>
  );
}
