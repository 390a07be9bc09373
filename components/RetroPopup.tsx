/**
 * The popup's retrospective (复盘, F16–F21): period and marketplace, the alert strip, and one tab per
 * view. The shell draws at once; the numbers follow the summary (one message), and a tab's detail
 * (categories, countries, service, cost) is asked for only when that tab is opened.
 */
import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useLayoutEffect } from 'react';
import { t } from '@/lib/i18n/t';
import type { RetroAction, RetroSummary, SkuRow } from '@/lib/domain/retro/model';
import { Bars } from './charts/Bars';
import { ParetoBar } from './charts/ParetoBar';
import { Sparkline } from './charts/Sparkline';
import { AlertStrip, MarketplaceSelect, PeriodPicker, RateText, Tabs, useRetroView } from './RetroParts';
import {
  casesPoints,
  choose,
  formatCount,
  hoursText,
  loadSummary,
  money,
  openFromPopup,
  percentText,
  periodText,
  prefetchPresets,
  queryKey,
  queryOf,
  rateText,
  reasonName,
  regionName,
  retroChoice,
  summary,
  showKeptSummary,
  summaryError,
  summaryKeptAt,
  summaryKey,
  whyText,
} from './retro-state';

export const RETRO_TABS = ['product', 'customer', 'service', 'cost', 'actions'] as const;
export type RetroTab = (typeof RETRO_TABS)[number];

const TAB_KEY = 'hw.retro.popupTab';
function initialTab(): RetroTab {
  try {
    const stored = localStorage.getItem(TAB_KEY);
    return (RETRO_TABS as readonly string[]).includes(stored ?? '') ? (stored as RetroTab) : 'product';
  } catch {
    return 'product';
  }
}

function Link({ to, children, className }: { to: string; children: React.ReactNode; className?: string }) {
  return (
    <a
      href={to}
      className={className}
      onClick={(event) => {
        event.preventDefault();
        openFromPopup(to);
      }}
    >
      {children}
    </a>
  );
}

export function RetroPopup() {
  useSignals();
  const tab = useSignal<RetroTab>(initialTab());
  const choice = retroChoice.value;
  const query = queryOf(choice);
  const key = queryKey(query);

  useEffect(() => {
    const started = performance.now();
    void loadSummary(query).then(() => {
      if (summaryKey.value === key) {
        // For the bench: when the numbers were on screen, since the popup opened and since asked.
        requestAnimationFrame(() => {
          document.body.dataset.retroReadyAt = performance.now().toFixed(1);
          document.body.dataset.retroAnsweredIn = (performance.now() - started).toFixed(1);
        });
        // The other presets are asked for once this one is shown: switching period is then local.
        const idle = (globalThis as { requestIdleCallback?: (fn: () => void) => void }).requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 50));
        idle(() => void prefetchPresets(choice).then(() => (document.body.dataset.retroPrefetched = 'true')));
      }
    });
    // `key` stands for the query's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // The kept answer (if any) is drawn before the first paint; the fresh one replaces it.
  useLayoutEffect(() => {
    if (!showKeptSummary(query)) return;
    requestAnimationFrame(() => (document.body.dataset.retroKeptAt = performance.now().toFixed(1)));
    // Once, on opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const data = summary.value;
  const current = summaryKey.value === key;
  const selectTab = (id: RetroTab) => {
    tab.value = id;
    try {
      localStorage.setItem(TAB_KEY, id);
    } catch {
      // not remembered
    }
  };

  return (
    <section className="retro-popup" aria-labelledby="retro-heading" data-testid="retro" data-ready={current ? 'true' : 'false'} aria-busy={!current}>
      <div className="retro-head">
        <h2 id="retro-heading">{t('retro_heading')}</h2>
        <MarketplaceSelect choice={choice} onChange={(marketplaces) => choose({ marketplaces })} />
      </div>
      <PeriodPicker period={choice.period} onChange={(period) => choose({ period })} />
      {summaryError.value && (
        <p className="notice error" role="alert">
          {t('retro_error', [summaryError.value])}
        </p>
      )}
      {data && (
        <p className="muted retro-range" data-testid="retro-range">
          {periodText(data.period)}
          {!current && summaryKeptAt.value && <span className="retro-updating"> · {t('retro_updating', [new Date(summaryKeptAt.value).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })])}</span>}
        </p>
      )}
      {data && <AlertStrip alerts={data.alerts} open={openFromPopup} />}
      {data?.empty ? (
        <div className="empty retro-empty" data-testid="retro-empty">
          <p>{t('retro_empty')}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => openFromPopup('#import')}>
              {t('retro_empty_import')}
            </button>
            <button type="button" onClick={() => openFromPopup('#backup')}>
              {t('retro_empty_demo')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <Tabs
            tabs={RETRO_TABS.map((id) => ({ id, label: t(`retro_tab_${id}`) }))}
            current={tab.value}
            onChange={selectTab}
            label={t('retro_tabs_label')}
            idPrefix="retro-popup"
          />
          <div role="tabpanel" id="retro-popup-panel" aria-labelledby={`retro-popup-tab-${tab.value}`} className="retro-panel" data-panel={tab.value} tabIndex={0}>
            {!data ? (
              <p className="muted">{t('loading')}</p>
            ) : (
              <>
                {tab.value === 'product' && <ProductPanel data={data} />}
                {tab.value === 'customer' && <CustomerPanel />}
                {tab.value === 'service' && <ServicePanel data={data} />}
                {tab.value === 'cost' && <CostPanel data={data} />}
                {tab.value === 'actions' && <ActionsList actions={data.actions} open={openFromPopup} compact />}
              </>
            )}
          </div>
          <p className="retro-more">
            <Link to={`#retro/${tab.value}`}>{t('retro_open_dashboard')}</Link>
          </p>
        </>
      )}
    </section>
  );
}

function ProductPanel({ data }: { data: RetroSummary }) {
  useSignals();
  const showCategories = useSignal(false);
  return (
    <div data-view="product">
      <dl className="retro-kpis">
        <div data-kpi="return-rate">
          <dt>{t('retro_return_rate')}</dt>
          <dd>
            <RateText rate={data.totals.returnRate} brief />
          </dd>
          <dd className="muted retro-kpi-basis">{t('retro_returns_of_units', [formatCount(data.totals.returns), formatCount(data.totals.unitsSold)])}</dd>
        </div>
        <div data-kpi="exchange-rate">
          <dt>{t('retro_exchange_rate')}</dt>
          <dd>
            <RateText rate={data.totals.exchangeRate} brief />
          </dd>
          <dd className="muted retro-kpi-basis">{t('retro_exchanges_of_units', [formatCount(data.totals.exchanges), formatCount(data.totals.unitsSold)])}</dd>
        </div>
        <div data-kpi="trend">
          <dt>{t('retro_trend')}</dt>
          <dd>
            <Sparkline points={casesPoints(data.trend)} label={t('retro_trend_label')} />
          </dd>
        </div>
      </dl>
      <h3>{t('retro_reasons')}</h3>
      <ParetoBar compact items={data.reasons.map((r) => ({ key: r.reason, label: reasonName(r.reason), count: r.count }))} label={t('retro_reasons')} otherLabel={t('retro_other_reasons')} limit={4} />
      <h3>{t('retro_worst_skus')}</h3>
      {data.worstSkus.length === 0 ? <p className="muted">{t('retro_no_skus')}</p> : <SkuList rows={data.worstSkus} />}
      <details className="retro-more-details" onToggle={(event) => (showCategories.value = event.currentTarget.open)}>
        <summary>{t('retro_categories')}</summary>
        {showCategories.value && <CategoryRollUp />}
      </details>
    </div>
  );
}

/** The category roll-up, asked for only when opened (the summary does not carry it). */
function CategoryRollUp() {
  const view = useRetroView('retroProducts', { query: queryOf(retroChoice.value), offset: 0, limit: 1 });
  if (view.error) return <p className="notice error">{t('retro_error', [view.error])}</p>;
  const data = view.data ?? view.stale;
  if (!data) return <p className="muted">{t('loading')}</p>;
  if (data.categories.length === 0) return <p className="muted">{t('retro_no_categories')}</p>;
  return (
    <table className="retro-table compact" data-testid="retro-categories">
      <thead>
        <tr>
          <th scope="col">{t('retro_col_category')}</th>
          <th scope="col">{t('retro_return_rate')}</th>
          <th scope="col">{t('retro_col_returns')}</th>
        </tr>
      </thead>
      <tbody>
        {data.categories.slice(0, 6).map((c) => (
          <tr key={c.categoryId ?? '—'} data-category={c.categoryId ?? ''}>
            <th scope="row">{c.name ?? t('retro_uncategorised')}</th>
            <td>
              <RateText rate={c.returnRate} smallSample={c.smallSample} brief />
            </td>
            <td>{formatCount(c.returns)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SkuList({ rows }: { rows: readonly SkuRow[] }) {
  return (
    <table className="retro-table compact" data-testid="retro-worst-skus">
      <thead>
        <tr>
          <th scope="col">{t('retro_col_sku')}</th>
          <th scope="col">{t('retro_return_rate')}</th>
          <th scope="col">{t('retro_exchange_rate_short')}</th>
          <th scope="col">{t('retro_trend')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.sku} data-sku={row.sku}>
            <th scope="row">
              <Link to={`#retro/product?sku=${encodeURIComponent(row.sku)}`}>
                <code>{row.sku}</code>
              </Link>
              {row.reasons[0] && <div className="muted retro-top-reason">{reasonName(row.reasons[0].reason)}</div>}
            </th>
            <td>
              <RateText rate={row.returnRate} smallSample={row.smallSample} brief field="return-rate" />
            </td>
            <td>
              <RateText rate={row.exchangeRate} brief field="exchange-rate" />
            </td>
            <td>
              <Sparkline points={casesPoints(row.trend)} label={t('retro_sku_trend_label', [row.sku])} width={64} height={18} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CustomerPanel() {
  const choice = retroChoice.value;
  const view = useRetroView('retroCustomers', { query: queryOf(choice), offset: 0, limit: 8 });
  if (view.error) return <p className="notice error">{t('retro_error', [view.error])}</p>;
  const data = view.data ?? view.stale;
  if (!data) return <p className="muted">{t('loading')}</p>;
  if (data.countries.length === 0) return <p className="muted">{t('retro_no_countries')}</p>;
  return (
    <div data-view="customer">
      <ContrastList contrasts={data.contrasts} />
      <h3>{t('retro_regions')}</h3>
      <RegionTable regions={data.regions} />
      <h3>{t('retro_countries')}</h3>
      <table className="retro-table compact" data-testid="retro-countries">
        <thead>
          <tr>
            <th scope="col">{t('retro_col_country')}</th>
            <th scope="col">{t('retro_return_rate')}</th>
            <th scope="col">{t('retro_col_top_reason')}</th>
          </tr>
        </thead>
        <tbody>
          {data.countries.map((c) => (
            <tr key={c.country} data-country={c.country}>
              <th scope="row">{c.country === 'ZZ' ? t('retro_country_unknown') : <Link to={`#retro/customer?country=${c.country}`}>{c.country}</Link>}</th>
              <td>
                <RateText rate={c.returnRate} smallSample={c.smallSample} brief field="return-rate" />
              </td>
              <td>{c.reasons[0] ? `${reasonName(c.reasons[0].reason)} (${c.reasons[0].count})` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "North America: Size / fit is 60 % of returns there, 10 % elsewhere." */
export function ContrastList({ contrasts }: { contrasts: readonly { region: string; reason: string; count: number; share: number; elsewhereCount: number; elsewhereShare: number }[] }) {
  if (contrasts.length === 0) return null;
  return (
    <ul className="retro-contrasts" data-testid="retro-contrasts">
      {contrasts.map((c) => (
        <li key={`${c.region}:${c.reason}`} data-region={c.region} data-reason={c.reason}>
          {t('retro_contrast', [regionName(c.region), reasonName(c.reason), percentText(c.share), c.count, percentText(c.elsewhereShare), c.elsewhereCount])}
        </li>
      ))}
    </ul>
  );
}

export function RegionTable({ regions, onSelect }: { regions: readonly { region: string; returns: number; exchanges: number; unitsSold: number; returnRate: RetroSummary['totals']['returnRate']; smallSample: boolean; reasons: RetroSummary['reasons'] }[]; onSelect?: (region: string) => void }) {
  return (
    <table className="retro-table compact" data-testid="retro-regions">
      <thead>
        <tr>
          <th scope="col">{t('retro_col_region')}</th>
          <th scope="col">{t('retro_return_rate')}</th>
          <th scope="col">{t('retro_col_reasons')}</th>
        </tr>
      </thead>
      <tbody>
        {regions.map((r) => (
          <tr key={r.region} data-region={r.region}>
            <th scope="row">
              {onSelect ? (
                <button type="button" className="chart-linklike" onClick={() => onSelect(r.region)}>
                  {regionName(r.region)}
                </button>
              ) : (
                regionName(r.region)
              )}
            </th>
            <td>
              <RateText rate={r.returnRate} smallSample={r.smallSample} brief field="return-rate" />
            </td>
            <td>{r.reasons.slice(0, 2).map((x) => `${reasonName(x.reason)} ${percentText(x.share)}`).join(', ') || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ServicePanel({ data }: { data: RetroSummary }) {
  const { handling, ruleShare, openOverdueReplies } = data.service;
  return (
    <div data-view="service">
      <dl className="retro-kpis">
        <div data-kpi="median">
          <dt>{t('retro_median_handling')}</dt>
          <dd data-hours={handling.medianHours ?? ''}>{hoursText(handling.medianHours)}</dd>
        </div>
        <div data-kpi="p90">
          <dt>{t('retro_p90_handling')}</dt>
          <dd data-hours={handling.p90Hours ?? ''}>{hoursText(handling.p90Hours)}</dd>
        </div>
        <div data-kpi="rule-share">
          <dt>{t('retro_rule_share')}</dt>
          <dd>
            <RateText rate={ruleShare} brief empty="—" />
          </dd>
        </div>
        <div data-kpi="overdue">
          <dt>{t('retro_overdue_replies')}</dt>
          <dd className={openOverdueReplies ? 'warn' : ''} data-count={openOverdueReplies}>
            {openOverdueReplies}
          </dd>
        </div>
      </dl>
      <p className="muted">{t('retro_handling_basis', [handling.count])}</p>
    </div>
  );
}

function CostPanel({ data }: { data: RetroSummary }) {
  if (data.cost.length === 0) return <p className="muted">{t('retro_no_costs')}</p>;
  return (
    <div data-view="cost">
      <table className="retro-table compact" data-testid="retro-cost">
        <thead>
          <tr>
            <th scope="col">{t('retro_col_currency')}</th>
            <th scope="col">{t('retro_cost_total')}</th>
            <th scope="col">{t('retro_cost_per_case')}</th>
            <th scope="col">{t('retro_share_of_revenue')}</th>
          </tr>
        </thead>
        <tbody>
          {data.cost.map((c) => (
            <tr key={c.currency} data-currency={c.currency}>
              <th scope="row">{c.currency}</th>
              <td data-field="total" data-value={c.total}>
                {money(c.total, c.currency)}
              </td>
              <td data-field="per-case" data-value={c.perCase ?? ''}>
                {c.perCase === null ? '—' : money(c.perCase, c.currency)}
              </td>
              <td data-field="share-of-revenue">{rateText(c.shareOfRevenue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Bars bars={data.cost.map((c) => ({ key: c.currency, label: c.currency, value: c.shareOfRevenue.rate ?? 0 }))} label={t('retro_share_of_revenue')} format={percentText} />
    </div>
  );
}

/** The week's problem SKUs: top-3 reasons, the suggested action and where it is done. */
export function ActionsList({ actions, open, compact = false }: { actions: readonly RetroAction[]; open: (link: string) => void; compact?: boolean }) {
  if (actions.length === 0) return <p className="muted" data-testid="retro-actions-none">{t('retro_actions_none')}</p>;
  return (
    <ol className={compact ? 'retro-actions compact' : 'retro-actions'} data-testid="retro-actions">
      {actions.map((a) => (
        <li key={`${a.sku}:${a.kind}`} data-sku={a.sku} data-action={a.kind}>
          <div className="retro-action-head">
            <code>{a.sku}</code> {a.title && <span className="muted">{a.title}</span>}
          </div>
          <div>
            <strong>{t(`retro_action_${a.kind}`)}</strong> — {whyText(a.why)}
          </div>
          <div className="muted">
            {a.reasons.map((r) => `${reasonName(r.reason)} ${r.count}`).join(' · ')} · <RateText rate={a.returnRate} brief />
          </div>
          {a.supplier && (
            <div className="muted" data-field="supplier">
              {t('retro_supplier_pass_rate', [a.supplier.name, a.supplier.passRate === null ? t('retro_not_enough_data') : percentText(a.supplier.passRate)])}
            </div>
          )}
          <a
            href={a.link}
            data-field="do-it"
            onClick={(event) => {
              event.preventDefault();
              open(a.link);
            }}
          >
            {t(`retro_do_${a.kind}`)}
          </a>
        </li>
      ))}
    </ol>
  );
}
