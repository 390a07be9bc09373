import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { Fragment, useEffect } from 'react';
import { fractionDigitsOf } from '@/lib/domain/countries';
import { localIsoDate } from '@/lib/domain/demo';
import { PROFIT_COMPONENTS, showMoney, type ProfitEstimate } from '@/lib/domain/profit';
import { ProfitSettings, type Money } from '@/lib/domain/schemas';
import { explain, t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/page-client';
import type { ProfitData } from '@/lib/messaging/rules-protocol';
import { ProfitInputs } from './ProfitInputs';
import { profitRows, sortAndFilter, type ProfitRow, type ProfitSort } from './profit-model';
import { guarded } from './store';

/**
 * Profit per SKU × market (F12): landed cost and net margin with every component, each explaining
 * where its figure comes from. Prices, fees and rates are the seller's, kept in the settings.
 */
export function Profit() {
  useSignals();
  const data = useSignal<ProfitData | null>(null);
  const market = useSignal('');
  const sort = useSignal<ProfitSort>('margin-asc');
  const open = useSignal<string | null>(null);
  const errors = useSignal<string[]>([]);
  const status = useSignal('');

  useEffect(() => {
    void guarded(async () => (data.value = await sendMessage('getProfitData', {})));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const loaded = data.value;
  if (!loaded) return <p className="muted">{t('loading')}</p>;

  const saveProfit = (next: ProfitSettings) =>
    guarded(async () => {
      const checked = ProfitSettings.safeParse(next);
      if (!checked.success) {
        errors.value = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
        return false;
      }
      const saved = await sendMessage('saveSettings', { profit: checked.data });
      data.value = { ...loaded, profit: saved.profit };
      errors.value = [];
      status.value = t('profit_saved');
      return true;
    });

  const rows = profitRows(loaded, localIsoDate(new Date()));
  const markets = [...new Set(loaded.profit.listings.map((l) => l.destination))].sort();
  const shown = sortAndFilter(rows, market.value, sort.value);
  const losses = rows.filter((r) => (r.estimate?.netProfit?.amount ?? 0) < 0).length;

  return (
    <section aria-labelledby="profit-heading" className="card profit">
      <h2 id="profit-heading">{t('profit_heading')}</h2>
      <p className="muted">{t('formula_net_profit')}</p>
      <p className="muted">{t('profit_intro')}</p>
      <div className="toolbar">
        <label>
          {t('profit_filter_market')}
          <select value={market.value} onChange={(e) => (market.value = e.currentTarget.value)} data-testid="profit-market">
            <option value="">{t('profit_all_markets')}</option>
            {markets.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('profit_sort')}
          <select value={sort.value} onChange={(e) => (sort.value = e.currentTarget.value as ProfitSort)}>
            <option value="margin-asc">{t('profit_sort_margin_asc')}</option>
            <option value="margin-desc">{t('profit_sort_margin_desc')}</option>
            <option value="sku">{t('profit_sort_sku')}</option>
          </select>
        </label>
        {losses > 0 && <span className="profit-loss-count">{t('profit_losses', [String(losses)])}</span>}
      </div>
      {rows.length === 0 ? (
        <p className="empty">{t('profit_empty')}</p>
      ) : (
        <div className="profit-scroll">
          <table className="table profit-table" data-testid="profit-table">
            <thead>
              <tr>
                <th scope="col">{t('profit_sku')}</th>
                <th scope="col">{t('profit_market')}</th>
                <th scope="col">{t('profit_price')}</th>
                {PROFIT_COMPONENTS.map((key) => (
                  <th scope="col" key={key}>
                    {t(`profit_component_${key}`)}
                  </th>
                ))}
                <th scope="col">{t('profit_landed')}</th>
                <th scope="col">{t('profit_net')}</th>
                <th scope="col">
                  <button type="button" className="profit-sort" onClick={() => (sort.value = sort.value === 'margin-asc' ? 'margin-desc' : 'margin-asc')}>
                    {t('profit_margin')} {sort.value === 'margin-asc' ? '↑' : sort.value === 'margin-desc' ? '↓' : ''}
                  </button>
                </th>
                <th scope="col">
                  <span className="sr-only">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <Fragment key={row.key}>
                  <ProfitLine row={row} open={open.value === row.key} onToggle={() => (open.value = open.value === row.key ? null : row.key)} />
                  {open.value === row.key && row.estimate && (
                    <tr className="profit-details">
                      <td colSpan={PROFIT_COMPONENTS.length + 7}>
                        <Breakdown estimate={row.estimate} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {errors.value.length > 0 && (
        <div role="alert" className="notice error">
          {errors.value.map((e, i) => (
            <p key={i}>{e}</p>
          ))}
        </div>
      )}
      <p className="sr-only" aria-live="polite">
        {status.value}
      </p>
      <ProfitInputs data={loaded} onSave={saveProfit} onErrors={(e) => (errors.value = e)} />
    </section>
  );
}

const amountText = (m: Money | undefined) => (m ? showMoney(m) : t('profit_unknown'));

function ProfitLine({ row, open, onToggle }: { row: ProfitRow; open: boolean; onToggle: () => void }) {
  const { listing, estimate } = row;
  const label = `${listing.sku} · ${t(`marketplace_${listing.marketplace}`)} · ${listing.destination}`;
  if (!estimate) {
    return (
      <tr data-listing={row.key}>
        <th scope="row">{listing.sku}</th>
        <td>{label}</td>
        <td colSpan={PROFIT_COMPONENTS.length + 5} className="profit-unknown">
          {t('profit_sku_missing', [listing.sku])}
        </td>
      </tr>
    );
  }
  const net = estimate.netProfit;
  const loss = net !== undefined && net.amount < 0;
  return (
    <tr data-listing={row.key} data-sku={listing.sku} className={loss ? 'profit-row-loss' : undefined}>
      <th scope="row">{listing.sku}</th>
      <td>
        {t(`marketplace_${listing.marketplace}`)} · {listing.destination}
      </td>
      <td title={t('profit_price_title', [showMoney(estimate.netPrice)])}>{showMoney(estimate.price)}</td>
      {PROFIT_COMPONENTS.map((key) => {
        const c = estimate.components.find((x) => x.key === key);
        const why = c ? c.explanation.map(explain).join('\n') : '';
        return (
          <td key={key} data-component={key} title={why} className={c?.status === 'unknown' ? 'profit-unknown' : c?.status === 'not-entered' ? 'profit-not-entered' : undefined}>
            {c?.amount ? `${c.amount.amount === 0 ? '' : '−'}${c.amount.amount.toFixed(fractionDigitsOf(c.amount.currency))}` : t('profit_unknown')}
            {c?.status === 'not-entered' && <span className="profit-flag">{t('profit_not_entered_flag')}</span>}
          </td>
        );
      })}
      <td data-testid="profit-landed" title={t('profit_landed_title')}>
        {amountText(estimate.landedCost)}
      </td>
      <td data-testid="profit-net" className={loss ? 'profit-loss' : undefined}>
        {net ? (
          <>
            {showMoney(net)}
            {loss && <span className="profit-loss-label"> {t('profit_loss')}</span>}
          </>
        ) : (
          t('profit_unknown')
        )}
      </td>
      <td data-testid="profit-margin" className={loss ? 'profit-loss' : undefined} title={t('profit_margin_title')}>
        {estimate.netMarginPercent !== undefined ? `${estimate.netMarginPercent.toFixed(1)}%` : t('profit_unknown')}
      </td>
      <td>
        <button type="button" data-action="profit-breakdown" aria-expanded={open} onClick={onToggle} aria-label={t('profit_breakdown_label', [label])}>
          {t('profit_breakdown')}
        </button>
      </td>
    </tr>
  );
}

/** Every component in words: the figure, where it comes from, how it was worked out. */
function Breakdown({ estimate }: { estimate: ProfitEstimate }) {
  return (
    <div className="profit-breakdown" data-testid="profit-breakdown">
      <p>
        <strong>{t('formula_net_profit')}</strong>
      </p>
      <dl>
        <dt>{t('profit_price')}</dt>
        <dd>
          {showMoney(estimate.price)} ({t('profit_price_title', [showMoney(estimate.netPrice)])})
        </dd>
        {estimate.components.map((c) => (
          <Fragment key={c.key}>
            <dt>{t(`profit_component_${c.key}`)}</dt>
            <dd data-component={c.key}>
              <strong>{c.amount ? `− ${showMoney(c.amount)}` : t('profit_unknown')}</strong> <span className="muted">({t(`profit_status_${c.status.replace('-', '_')}`)} · {c.source})</span>
              <ul>
                {c.explanation.map((e, i) => (
                  <li key={i}>{explain(e)}</li>
                ))}
              </ul>
            </dd>
          </Fragment>
        ))}
        <dt>{t('profit_landed')}</dt>
        <dd>
          {amountText(estimate.landedCost)} — {t('profit_landed_title')}
          {estimate.grossMarginPercent !== undefined && ` · ${t('profit_gross_margin', [estimate.grossProfit ? showMoney(estimate.grossProfit) : '', estimate.grossMarginPercent.toFixed(1)])}`}
        </dd>
        <dt>{t('profit_net')}</dt>
        <dd>
          {amountText(estimate.netProfit)}
          {estimate.netMarginPercent !== undefined && ` · ${t('profit_net_margin', [estimate.netMarginPercent.toFixed(1)])}`}
          {!estimate.complete && <span className="muted"> · {t('profit_incomplete')}</span>}
        </dd>
      </dl>
    </div>
  );
}
