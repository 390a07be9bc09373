/**
 * The retrospective's views full-size (dashboard #retro): product (F16), customer (F17), service
 * (F18), cost (F19) and actions (F21). Every number that stands for cases is a button that lists
 * those cases (drill-down); every chart also states its numbers as text.
 */
import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, type ReactNode } from 'react';
import { t } from '@/lib/i18n/t';
import type { CostPart, DrilldownTarget, HandlingStats, Rate, RetroQueryInput } from '@/lib/domain/retro/model';
import { Bars } from './charts/Bars';
import { ParetoBar } from './charts/ParetoBar';
import { Sparkline } from './charts/Sparkline';
import { RateText, useRetroView } from './RetroParts';
import { ActionsList, ContrastList, RegionTable } from './RetroPopup';
import { casesPoints, formatCount, hoursText, money, percentText, rateText, reasonName, regionName } from './retro-state';
import type { RetroFilterState } from './RetroDashboard';

export interface ViewProps {
  query: RetroQueryInput;
  drill: (target: DrilldownTarget, title: string) => void;
  filter: (patch: Partial<RetroFilterState>) => void;
  open: (link: string) => void;
  onReady: (view: string) => void;
}

const PAGE = 100;

/** A count that opens the cases behind it. */
function Drill({ count, target, title, drill }: { count: number; target: DrilldownTarget; title: string; drill: ViewProps['drill'] }) {
  if (count === 0) return <span data-value={0}>0</span>;
  return (
    <button type="button" className="chart-linklike retro-drill" data-value={count} aria-label={t('retro_drill_label', [formatCount(count), title])} onClick={() => drill(target, title)}>
      {formatCount(count)}
    </button>
  );
}

function Status({ error, loading }: { error?: string; loading: boolean }) {
  if (error) return <p className="notice error" role="alert">{t('retro_error', [error])}</p>;
  if (loading) return <p className="muted">{t('loading')}</p>;
  return null;
}

function useReady(name: string, ready: boolean, onReady: ViewProps['onReady']) {
  useEffect(() => {
    if (ready) onReady(name);
  }, [name, ready, onReady]);
}

function Kpi({ name, label, children, note }: { name: string; label: string; children: ReactNode; note?: ReactNode }) {
  return (
    <div data-kpi={name}>
      <dt>{label}</dt>
      <dd>{children}</dd>
      {note && <dd className="muted retro-kpi-basis">{note}</dd>}
    </div>
  );
}

function trendArrow(now: Rate, before: Rate): string {
  if (now.rate === null || before.rate === null) return '';
  const diff = now.rate - before.rate;
  if (Math.abs(diff) < 0.0005) return '→';
  return diff > 0 ? '↑' : '↓';
}

// ── F16 Product ────────────────────────────────────────────────────────────────────────────

export function RetroProductView({ query, drill, filter, onReady }: ViewProps) {
  useSignals();
  const offset = useSignal(0);
  const view = useRetroView('retroProducts', { query, offset: offset.value, limit: PAGE });
  useReady('product', !!view.data, onReady);
  const data = view.data ?? view.stale;
  if (!data) return <Status error={view.error} loading />;
  const { totals } = data;
  return (
    <div data-view="product" aria-busy={view.loading}>
      <Status error={view.error} loading={false} />
      <dl className="retro-kpis wide">
        <Kpi name="units" label={t('retro_units_sold')}>{formatCount(totals.unitsSold)}</Kpi>
        <Kpi name="returns" label={t('retro_col_returns')}>
          <Drill count={totals.returns} target={{ kind: 'returns' }} title={t('retro_col_returns')} drill={drill} />
        </Kpi>
        <Kpi name="exchanges" label={t('retro_col_exchanges')}>
          <Drill count={totals.exchanges} target={{ kind: 'exchanges' }} title={t('retro_col_exchanges')} drill={drill} />
        </Kpi>
        <Kpi name="return-rate" label={t('retro_return_rate')} note={t('retro_previous', [rateText(totals.previousReturnRate)])}>
          <RateText rate={totals.returnRate} brief /> {trendArrow(totals.returnRate, totals.previousReturnRate)}
        </Kpi>
        <Kpi name="exchange-rate" label={t('retro_exchange_rate')}>
          <RateText rate={totals.exchangeRate} brief />
        </Kpi>
        <Kpi name="trend" label={t('retro_trend')}>
          <Sparkline points={casesPoints(data.trend)} label={t('retro_trend_label')} width={160} height={32} />
        </Kpi>
      </dl>
      <div className="retro-columns">
        <section>
          <h3>{t('retro_reasons')}</h3>
          <ParetoBar
            items={data.reasons.map((r) => ({ key: r.reason, label: reasonName(r.reason), count: r.count }))}
            label={t('retro_reasons')}
            otherLabel={t('retro_other_reasons')}
            limit={7}
            onSelect={(reason) => drill({ kind: 'cases', reason: reason as DrilldownTarget['reason'] }, reasonName(reason))}
          />
        </section>
        <section>
          <h3>{t('retro_categories')}</h3>
          {data.categories.length === 0 ? (
            <p className="muted">{t('retro_no_categories')}</p>
          ) : (
            <table className="retro-table" data-testid="retro-categories">
              <thead>
                <tr>
                  <th scope="col">{t('retro_col_category')}</th>
                  <th scope="col">{t('retro_col_skus')}</th>
                  <th scope="col">{t('retro_units_sold')}</th>
                  <th scope="col">{t('retro_col_returns')}</th>
                  <th scope="col">{t('retro_return_rate')}</th>
                </tr>
              </thead>
              <tbody>
                {data.categories.map((c) => (
                  <tr key={c.categoryId ?? '—'} data-category={c.categoryId ?? ''}>
                    <th scope="row">
                      {c.categoryId ? (
                        <button type="button" className="chart-linklike" onClick={() => filter({ categoryId: c.categoryId! })}>
                          {c.name ?? c.categoryId}
                        </button>
                      ) : (
                        t('retro_uncategorised')
                      )}
                    </th>
                    <td>{c.skuCount}</td>
                    <td>{formatCount(c.unitsSold)}</td>
                    <td>{formatCount(c.returns)}</td>
                    <td>
                      <RateText rate={c.returnRate} smallSample={c.smallSample} brief />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
      <h3>{t('retro_skus_heading', [data.skuCount])}</h3>
      {data.skus.length === 0 ? (
        <p className="empty">{t('retro_no_skus')}</p>
      ) : (
        <table className="retro-table" data-testid="retro-sku-table">
          <thead>
            <tr>
              <th scope="col">{t('retro_col_sku')}</th>
              <th scope="col">{t('retro_col_category')}</th>
              <th scope="col">{t('retro_units_sold')}</th>
              <th scope="col">{t('retro_col_returns')}</th>
              <th scope="col">{t('retro_col_exchanges')}</th>
              <th scope="col">{t('retro_return_rate')}</th>
              <th scope="col">{t('retro_exchange_rate')}</th>
              <th scope="col">{t('retro_col_reasons')}</th>
              <th scope="col">{t('retro_trend')}</th>
            </tr>
          </thead>
          <tbody>
            {data.skus.map((row) => (
              <tr key={row.sku} data-sku={row.sku}>
                <th scope="row">
                  <button type="button" className="chart-linklike" onClick={() => filter({ skus: row.sku })} title={t('retro_filter_to_sku')}>
                    <code>{row.sku}</code>
                  </button>
                  {row.title && <div className="muted retro-title">{row.title}</div>}
                </th>
                <td>{row.categoryName ?? (row.categoryId ? row.categoryId : t('retro_uncategorised'))}</td>
                <td data-field="units" data-value={row.unitsSold}>{formatCount(row.unitsSold)}</td>
                <td data-field="returns">
                  <Drill count={row.returns} target={{ kind: 'returns', sku: row.sku }} title={t('retro_returns_of', [row.sku])} drill={drill} />
                </td>
                <td data-field="exchanges">
                  <Drill count={row.exchanges} target={{ kind: 'exchanges', sku: row.sku }} title={t('retro_exchanges_of', [row.sku])} drill={drill} />
                </td>
                <td>
                  <RateText rate={row.returnRate} smallSample={row.smallSample} brief field="return-rate" /> {trendArrow(row.returnRate, row.previousReturnRate)}
                </td>
                <td>
                  <RateText rate={row.exchangeRate} brief field="exchange-rate" />
                </td>
                <td>
                  <div className="retro-reasons-cell">
                    {row.reasons.slice(0, 3).map((r) => (
                      <button key={r.reason} type="button" className="chart-linklike" onClick={() => drill({ kind: 'cases', sku: row.sku, reason: r.reason }, `${row.sku} · ${reasonName(r.reason)}`)}>
                        {reasonName(r.reason)} {r.count}
                      </button>
                    ))}
                  </div>
                </td>
                <td>
                  <Sparkline points={casesPoints(row.trend)} label={t('retro_sku_trend_label', [row.sku])} width={80} height={20} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager offset={offset.value} total={data.skuCount} page={PAGE} onChange={(next) => (offset.value = next)} />
    </div>
  );
}

export function Pager({ offset, total, page, onChange }: { offset: number; total: number; page: number; onChange: (offset: number) => void }) {
  if (total <= page) return null;
  return (
    <nav className="retro-pager" aria-label={t('retro_pages')}>
      <button type="button" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - page))}>
        {t('retro_previous_page')}
      </button>
      <span>{t('retro_page_range', [offset + 1, Math.min(offset + page, total), total])}</span>
      <button type="button" disabled={offset + page >= total} onClick={() => onChange(offset + page)}>
        {t('retro_next_page')}
      </button>
    </nav>
  );
}

// ── F17 Customer ───────────────────────────────────────────────────────────────────────────

export function RetroCustomerView({ query, drill, filter, onReady }: ViewProps) {
  const view = useRetroView('retroCustomers', { query, offset: 0, limit: 1000 });
  useReady('customer', !!view.data, onReady);
  const data = view.data ?? view.stale;
  if (!data) return <Status error={view.error} loading />;
  return (
    <div data-view="customer" aria-busy={view.loading}>
      <Status error={view.error} loading={false} />
      <h3>{t('retro_contrasts')}</h3>
      {data.contrasts.length === 0 ? <p className="muted">{t('retro_no_contrasts')}</p> : <ContrastList contrasts={data.contrasts} />}
      <div className="retro-columns">
        <section>
          <h3>{t('retro_regions')}</h3>
          <RegionTable regions={data.regions} onSelect={(region) => drill({ kind: 'cases', region: region as DrilldownTarget['region'] }, regionName(region))} />
        </section>
        <section>
          <h3>{t('retro_return_rate_by_region')}</h3>
          <Bars
            bars={data.regions.map((r) => ({ key: r.region, label: regionName(r.region), value: r.returnRate.rate ?? 0, note: `(${formatCount(r.returns)}/${formatCount(r.unitsSold)})` }))}
            label={t('retro_return_rate_by_region')}
            format={percentText}
          />
        </section>
      </div>
      <h3>{t('retro_countries')}</h3>
      {data.countries.length === 0 ? (
        <p className="empty">{t('retro_no_countries')}</p>
      ) : (
        <table className="retro-table" data-testid="retro-country-table">
          <thead>
            <tr>
              <th scope="col">{t('retro_col_country')}</th>
              <th scope="col">{t('retro_col_region')}</th>
              <th scope="col">{t('retro_units_sold')}</th>
              <th scope="col">{t('retro_col_returns')}</th>
              <th scope="col">{t('retro_col_exchanges')}</th>
              <th scope="col">{t('retro_return_rate')}</th>
              <th scope="col">{t('retro_exchange_rate')}</th>
              <th scope="col">{t('retro_col_reasons')}</th>
              <th scope="col">{t('retro_trend')}</th>
            </tr>
          </thead>
          <tbody>
            {data.countries.map((c) => {
              const name = c.country === 'ZZ' ? t('retro_country_unknown') : c.country;
              const target = c.country === 'ZZ' ? { region: 'unknown' as const } : { country: c.country };
              return (
                <tr key={c.country} data-country={c.country}>
                  <th scope="row">
                    {c.country === 'ZZ' ? (
                      name
                    ) : (
                      <button type="button" className="chart-linklike" onClick={() => filter({ country: c.country })} title={t('retro_filter_to_country')}>
                        {name}
                      </button>
                    )}
                  </th>
                  <td>{regionName(c.region)}</td>
                  <td data-field="units" data-value={c.unitsSold}>{formatCount(c.unitsSold)}</td>
                  <td data-field="returns">
                    <Drill count={c.returns} target={{ kind: 'returns', ...target }} title={t('retro_returns_of', [name])} drill={drill} />
                  </td>
                  <td data-field="exchanges">
                    <Drill count={c.exchanges} target={{ kind: 'exchanges', ...target }} title={t('retro_exchanges_of', [name])} drill={drill} />
                  </td>
                  <td>
                    <RateText rate={c.returnRate} smallSample={c.smallSample} brief field="return-rate" />
                  </td>
                  <td>
                    <RateText rate={c.exchangeRate} brief field="exchange-rate" />
                  </td>
                  <td>{c.reasons.slice(0, 3).map((r) => `${reasonName(r.reason)} ${r.count}`).join(', ') || '—'}</td>
                  <td>
                    <Sparkline points={casesPoints(c.trend)} label={t('retro_sku_trend_label', [name])} width={80} height={20} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

// ── F18 Service ────────────────────────────────────────────────────────────────────────────

function HandlingCells({ handling }: { handling: HandlingStats }) {
  return (
    <>
      <td data-field="median" data-hours={handling.medianHours ?? ''}>{hoursText(handling.medianHours)}</td>
      <td data-field="p90" data-hours={handling.p90Hours ?? ''}>{hoursText(handling.p90Hours)}</td>
      <td>{handling.count}</td>
    </>
  );
}

export function RetroServiceView({ query, drill, onReady }: ViewProps) {
  const view = useRetroView('retroService', query);
  useReady('service', !!view.data, onReady);
  const data = view.data ?? view.stale;
  if (!data) return <Status error={view.error} loading />;
  const r = data.replies;
  return (
    <div data-view="service" aria-busy={view.loading}>
      <Status error={view.error} loading={false} />
      <dl className="retro-kpis wide">
        <Kpi name="cases" label={t('retro_cases')}>
          <Drill count={data.cases} target={{ kind: 'cases' }} title={t('retro_cases')} drill={drill} />
        </Kpi>
        <Kpi name="open" label={t('retro_open_cases')}>
          <Drill count={data.open} target={{ kind: 'cases', only: 'open' }} title={t('retro_open_cases')} drill={drill} />
        </Kpi>
        <Kpi name="median" label={t('retro_median_handling')} note={t('retro_handling_basis', [data.handling.count])}>
          <span data-hours={data.handling.medianHours ?? ''}>{hoursText(data.handling.medianHours)}</span>
        </Kpi>
        <Kpi name="p90" label={t('retro_p90_handling')}>
          <span data-hours={data.handling.p90Hours ?? ''}>{hoursText(data.handling.p90Hours)}</span>
        </Kpi>
        <Kpi name="rule-share" label={t('retro_rule_share')}>
          <RateText rate={data.ruleShare} brief empty="—" />
        </Kpi>
        <Kpi name="breaches" label={t('retro_reply_breaches')} note={rateText(r.breachRate, '—')}>
          <Drill count={r.answeredLate + r.openOverdue} target={{ kind: 'messages', only: 'reply_breached' }} title={t('retro_reply_breaches')} drill={drill} />
        </Kpi>
      </dl>
      <div className="retro-columns">
        <section>
          <h3>{t('retro_decided_heading')}</h3>
          <Bars
            bars={[
              { key: 'by_rule', label: t('retro_decided_rule'), value: data.decidedByRule },
              { key: 'by_hand', label: t('retro_decided_hand'), value: data.decidedByHand },
              { key: 'undecided', label: t('retro_decided_none'), value: data.undecided },
            ]}
            label={t('retro_decided_heading')}
            onSelect={(only) => drill({ kind: 'cases', only: only as DrilldownTarget['only'] }, t(`retro_decided_${only === 'by_rule' ? 'rule' : only === 'by_hand' ? 'hand' : 'none'}`))}
          />
        </section>
        <section>
          <h3>{t('retro_replies_heading')}</h3>
          <Bars
            bars={[
              { key: 'in_time', label: t('retro_reply_in_time'), value: r.answeredInTime },
              { key: 'late', label: t('retro_reply_late'), value: r.answeredLate },
              { key: 'open_overdue', label: t('retro_reply_open_overdue'), value: r.openOverdue },
              { key: 'open_in_time', label: t('retro_reply_open_in_time'), value: r.openInTime },
              { key: 'unknown', label: t('retro_reply_unknown'), value: r.unknown },
            ]}
            label={t('retro_replies_heading')}
          />
          <p className="muted">{t('retro_median_reply', [hoursText(r.medianReplyHours), r.messages])}</p>
        </section>
      </div>
      <h3>{t('retro_by_marketplace')}</h3>
      <table className="retro-table" data-testid="retro-service-marketplaces">
        <thead>
          <tr>
            <th scope="col">{t('retro_col_marketplace')}</th>
            <th scope="col">{t('retro_cases')}</th>
            <th scope="col">{t('retro_median_handling')}</th>
            <th scope="col">{t('retro_p90_handling')}</th>
            <th scope="col">{t('retro_col_closed')}</th>
            <th scope="col">{t('retro_rule_share')}</th>
            <th scope="col">{t('retro_reply_breaches')}</th>
          </tr>
        </thead>
        <tbody>
          {data.byMarketplace.map((m) => (
            <tr key={m.marketplace} data-marketplace={m.marketplace}>
              <th scope="row">{t(`marketplace_${m.marketplace}`)}</th>
              <td>{m.cases}</td>
              <HandlingCells handling={m.handling} />
              <td>{rateText(m.ruleShare, '—')}</td>
              <td>{rateText(m.replies.breachRate, '—')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('retro_by_agent')}</h3>
      {data.agents.length === 0 ? (
        <p className="muted" data-testid="retro-no-agents">{t('retro_no_agents')}</p>
      ) : (
        <table className="retro-table" data-testid="retro-agents">
          <thead>
            <tr>
              <th scope="col">{t('retro_col_agent')}</th>
              <th scope="col">{t('retro_cases')}</th>
              <th scope="col">{t('retro_median_handling')}</th>
              <th scope="col">{t('retro_p90_handling')}</th>
              <th scope="col">{t('retro_col_closed')}</th>
            </tr>
          </thead>
          <tbody>
            {data.agents.map((a) => (
              <tr key={a.agent}>
                <th scope="row">{a.agent}</th>
                <td>{a.cases}</td>
                <HandlingCells handling={a.handling} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

// ── F19 Cost ───────────────────────────────────────────────────────────────────────────────

function PartCell({ part, currency }: { part: CostPart; currency: string }) {
  return (
    <td data-value={part.amount}>
      {money(part.amount, currency)}
      {part.estimated > 0 && (
        <div className="muted retro-estimated" title={t('retro_estimated_hint')}>
          {t('retro_estimated', [money(part.estimated, currency), part.estimatedCases])}
        </div>
      )}
    </td>
  );
}

export function RetroCostView({ query, drill, onReady }: ViewProps) {
  const view = useRetroView('retroCosts', query);
  useReady('cost', !!view.data, onReady);
  const data = view.data ?? view.stale;
  if (!data) return <Status error={view.error} loading />;
  if (data.currencies.length === 0) return <p className="empty">{t('retro_no_costs')}</p>;
  return (
    <div data-view="cost" aria-busy={view.loading}>
      <Status error={view.error} loading={false} />
      <table className="retro-table" data-testid="retro-cost-table">
        <thead>
          <tr>
            <th scope="col">{t('retro_col_currency')}</th>
            <th scope="col">{t('retro_cases')}</th>
            <th scope="col">{t('retro_cost_shipping')}</th>
            <th scope="col">{t('retro_cost_written_off')}</th>
            <th scope="col">{t('retro_cost_labour')}</th>
            <th scope="col">{t('retro_cost_total')}</th>
            <th scope="col">{t('retro_cost_per_case')}</th>
            <th scope="col">{t('retro_revenue')}</th>
            <th scope="col">{t('retro_share_of_revenue')}</th>
            <th scope="col">{t('retro_net_profit')}</th>
            <th scope="col">{t('retro_share_of_profit')}</th>
          </tr>
        </thead>
        <tbody>
          {data.currencies.map((c) => (
            <tr key={c.currency} data-currency={c.currency}>
              <th scope="row">{c.currency}</th>
              <td>{formatCount(c.returns + c.exchanges)}</td>
              <PartCell part={c.returnShipping} currency={c.currency} />
              <PartCell part={c.productWrittenOff} currency={c.currency} />
              <PartCell part={c.labour} currency={c.currency} />
              <td data-field="total" data-value={c.total}>
                <strong>{money(c.total, c.currency)}</strong>
              </td>
              <td data-field="per-case" data-value={c.perCase ?? ''}>{c.perCase === null ? '—' : money(c.perCase, c.currency)}</td>
              <td data-field="revenue" data-value={c.revenue}>{money(c.revenue, c.currency)}</td>
              <td data-field="share-of-revenue">{rateText(c.shareOfRevenue)}</td>
              <td data-field="net-profit">{c.netProfit === null ? '—' : money(c.netProfit, c.currency)}</td>
              <td data-field="share-of-profit">{rateText(c.shareOfNetProfit, '—')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="retro-columns">
        {data.currencies.map((c) => (
          <section key={c.currency}>
            <h3>{t('retro_cost_parts', [c.currency])}</h3>
            <Bars
              bars={[
                { key: 'shipping', label: t('retro_cost_shipping'), value: c.returnShipping.amount },
                { key: 'written_off', label: t('retro_cost_written_off'), value: c.productWrittenOff.amount },
                { key: 'labour', label: t('retro_cost_labour'), value: c.labour.amount },
              ]}
              label={t('retro_cost_parts', [c.currency])}
              format={(v) => money(v, c.currency)}
            />
          </section>
        ))}
      </div>
      <h3>{t('retro_cost_top_skus')}</h3>
      {data.topSkus.length === 0 ? (
        <p className="muted">{t('retro_no_costs')}</p>
      ) : (
        <table className="retro-table" data-testid="retro-cost-skus">
          <thead>
            <tr>
              <th scope="col">{t('retro_col_sku')}</th>
              <th scope="col">{t('retro_cases')}</th>
              <th scope="col">{t('retro_cost_total')}</th>
            </tr>
          </thead>
          <tbody>
            {data.topSkus.map((s) => (
              <tr key={`${s.sku}:${s.currency}`} data-sku={s.sku}>
                <th scope="row">
                  <code>{s.sku}</code>
                </th>
                <td>
                  <Drill count={s.cases} target={{ kind: 'cases', sku: s.sku }} title={t('retro_cases_of', [s.sku])} drill={drill} />
                </td>
                <td data-value={s.total}>{money(s.total, s.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

// ── F21 Actions ────────────────────────────────────────────────────────────────────────────

export function RetroActionsView({ query, open, onReady }: ViewProps) {
  const view = useRetroView('retroActions', query);
  useReady('actions', !!view.data, onReady);
  const data = view.data ?? view.stale;
  if (!data) return <Status error={view.error} loading />;
  return (
    <div data-view="actions" aria-busy={view.loading}>
      <Status error={view.error} loading={false} />
      <p className="muted">{t('retro_actions_week', [data.period.from, data.period.to])}</p>
      <ActionsList actions={data.actions} open={open} />
    </div>
  );
}

