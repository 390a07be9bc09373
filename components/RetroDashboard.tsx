/**
 * The dashboard's retrospective (#retro, F16–F21): the popup's views full-size, with filters
 * (period, marketplaces, country, category, SKU), the cases behind any number, CSV export and a
 * printable report of every view. The address keeps the tab and filters
 * (#retro/product?sku=ABC-1&country=US), so the popup and the alerts can link straight to a place.
 */
import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useId, useRef } from 'react';
import { t } from '@/lib/i18n/t';
import type { DrilldownTarget, RetroExportView, RetroQueryInput } from '@/lib/domain/retro/model';
import { AlertStrip, MarketplaceChecks, PeriodPicker, Tabs, useRetroView } from './RetroParts';
import { RETRO_TABS, type RetroTab } from './RetroPopup';
import { RetroDrilldown } from './RetroDrilldown';
import { RetroActionsView, RetroCostView, RetroCustomerView, RetroProductView, RetroServiceView, type ViewProps } from './RetroViews';
import { choose, marketplaceName, periodText, sendRetro, retroChoice, queryOf, type RetroChoice } from './retro-state';

export interface RetroFilterState {
  country: string;
  categoryId: string;
  skus: string;
}

/** "#retro/customer?country=US&sku=A,B" → tab and filters; anything unknown is ignored. */
export function parseRetroHash(hash: string): { tab: RetroTab; filters: RetroFilterState } {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  const tab = path.split('/')[1] ?? '';
  const params = new URLSearchParams(search);
  const country = (params.get('country') ?? '').toUpperCase();
  return {
    tab: (RETRO_TABS as readonly string[]).includes(tab) ? (tab as RetroTab) : 'product',
    filters: {
      country: /^[A-Z]{2}$/.test(country) ? country : '',
      categoryId: (params.get('category') ?? '').slice(0, 200),
      skus: (params.get('sku') ?? params.get('skus') ?? '').slice(0, 2000),
    },
  };
}

export function retroHash(tab: RetroTab, filters: RetroFilterState): string {
  const params = new URLSearchParams();
  if (filters.country) params.set('country', filters.country);
  if (filters.categoryId) params.set('category', filters.categoryId);
  if (filters.skus.trim()) params.set('sku', filters.skus.trim());
  const search = params.toString();
  return `#retro/${tab}${search ? `?${search}` : ''}`;
}

export function skuList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean))].slice(0, 500);
}

export function dashboardQuery(choice: RetroChoice, filters: RetroFilterState): RetroQueryInput {
  return queryOf(choice, {
    countries: filters.country ? [filters.country] : [],
    skus: skuList(filters.skus),
    ...(filters.categoryId ? { categoryId: filters.categoryId } : {}),
  });
}

const EXPORT_VIEW: Record<RetroTab, RetroExportView> = { product: 'product', customer: 'customer', service: 'service', cost: 'cost', actions: 'actions' };

function download(fileName: string, csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function RetroDashboard() {
  useSignals();
  const initial = parseRetroHash(location.hash);
  const tab = useSignal<RetroTab>(initial.tab);
  const filters = useSignal<RetroFilterState>(initial.filters);
  const drill = useSignal<{ target: DrilldownTarget; title: string } | null>(null);
  const exporting = useSignal<string | null>(null);
  const exportStatus = useSignal<{ ok: boolean; text: string } | null>(null);
  const printing = useSignal(false);
  const ready = useRef(new Set<string>());
  const printAsked = useRef(false);
  const ids = useId();

  const choice = retroChoice.value;
  const query = dashboardQuery(choice, filters.value);

  // The address follows the tab and filters (links from the popup land here, and back/forward work).
  useEffect(() => {
    const onHash = () => {
      if (!location.hash.startsWith('#retro')) return;
      const parsed = parseRetroHash(location.hash);
      tab.value = parsed.tab;
      filters.value = parsed.filters;
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [tab, filters]);
  const setPlace = (nextTab: RetroTab, nextFilters: RetroFilterState) => {
    tab.value = nextTab;
    filters.value = nextFilters;
    drill.value = null;
    history.replaceState(null, '', retroHash(nextTab, nextFilters));
  };
  const setFilter = (patch: Partial<RetroFilterState>) => setPlace(tab.value, { ...filters.value, ...patch });

  const alerts = useRetroView('retroAlerts', query);
  const customers = useRetroView('retroCustomers', { query: queryOf(choice), offset: 0, limit: 1000 });
  const products = useRetroView('retroProducts', { query: queryOf(choice), offset: 0, limit: 1 });

  const exportCsv = async (view: RetroExportView) => {
    exporting.value = view;
    exportStatus.value = null;
    try {
      const result = await sendRetro('retroExport', { query, view });
      download(result.fileName, result.csv);
      exportStatus.value = { ok: true, text: t('retro_exported', [result.rows, result.fileName]) };
    } catch (error) {
      exportStatus.value = { ok: false, text: t('retro_error', [error instanceof Error ? error.message : String(error)]) };
    } finally {
      exporting.value = null;
    }
  };

  // Print: every view is drawn, and the dialog opens once all five have their numbers.
  const onReady = (view: string) => {
    ready.current.add(view);
    if (printing.value && !printAsked.current && ready.current.size >= RETRO_TABS.length) {
      printAsked.current = true;
      requestAnimationFrame(() => window.print());
    }
  };
  useEffect(() => {
    const done = () => (printing.value = false);
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, [printing]);
  const startPrint = () => {
    ready.current.clear();
    printAsked.current = false;
    printing.value = true;
  };

  const openLink = (link: string) => {
    if (link.startsWith('#retro')) {
      const parsed = parseRetroHash(link);
      setPlace(parsed.tab, parsed.filters);
    } else {
      location.hash = link;
    }
  };
  const props: ViewProps = {
    query,
    drill: (target, title) => (drill.value = { target, title }),
    filter: (patch) => setFilter(patch),
    open: openLink,
    onReady,
  };

  const countries = customers.data?.countries.map((c) => c.country).filter((c) => c !== 'ZZ') ?? [];
  const categories = products.data?.categories.filter((c) => c.categoryId) ?? [];
  const f = filters.value;
  const filtered = f.country || f.categoryId || f.skus.trim();

  return (
    <section className="retro-dashboard" aria-labelledby="retro-dash-heading" data-testid="retro-dashboard" data-printing={printing.value ? 'true' : undefined}>
      <div className="toolbar">
        <h2 id="retro-dash-heading">{t('retro_heading')}</h2>
        <span className="retro-spacer" />
        <button type="button" data-action="export-csv" disabled={!!exporting.value} onClick={() => void exportCsv(EXPORT_VIEW[tab.value])}>
          {exporting.value ? t('retro_exporting') : t('retro_export_csv')}
        </button>
        <button type="button" data-action="export-cases" disabled={!!exporting.value} onClick={() => void exportCsv('cases')}>
          {t('retro_export_cases')}
        </button>
        <button type="button" data-action="print" onClick={startPrint}>
          {t('retro_print')}
        </button>
      </div>
      {exportStatus.value && (
        <p className={exportStatus.value.ok ? 'notice ok' : 'notice error'} role="status" data-testid="retro-export-status">
          {exportStatus.value.text}
        </p>
      )}
      <div className="card retro-filters" data-testid="retro-filters">
        <PeriodPicker period={choice.period} onChange={(period) => choose({ period })} />
        <MarketplaceChecks choice={choice} onChange={(marketplaces) => choose({ marketplaces })} />
        <div className="retro-filter-row">
          <label htmlFor={`${ids}-country`}>
            {t('retro_filter_country')}
            <select id={`${ids}-country`} data-filter="country" value={f.country} onChange={(e) => setFilter({ country: e.currentTarget.value })}>
              <option value="">{t('retro_all_countries')}</option>
              {[...new Set([...countries, ...(f.country ? [f.country] : [])])].sort().map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <label htmlFor={`${ids}-category`}>
            {t('retro_filter_category')}
            <select id={`${ids}-category`} data-filter="category" value={f.categoryId} onChange={(e) => setFilter({ categoryId: e.currentTarget.value })}>
              <option value="">{t('retro_all_categories')}</option>
              {categories.map((c) => (
                <option key={c.categoryId!} value={c.categoryId!}>
                  {c.name ?? c.categoryId}
                </option>
              ))}
              {f.categoryId && !categories.some((c) => c.categoryId === f.categoryId) && <option value={f.categoryId}>{f.categoryId}</option>}
            </select>
          </label>
          <SkuFilter value={f.skus} onChange={(skus) => setFilter({ skus })} />
          {filtered && (
            <button type="button" data-action="clear-filters" onClick={() => setFilter({ country: '', categoryId: '', skus: '' })}>
              {t('retro_clear_filters')}
            </button>
          )}
        </div>
      </div>
      <p className="retro-print-only">
        {t('retro_heading')}
        {products.data && ` · ${periodText(products.data.period)}`}
        {` · ${choice.marketplaces.length ? choice.marketplaces.map(marketplaceName).join(', ') : t('retro_all_marketplaces')}`}
        {f.country && ` · ${f.country}`}
        {f.categoryId && ` · ${categories.find((c) => c.categoryId === f.categoryId)?.name ?? f.categoryId}`}
        {f.skus.trim() && ` · ${f.skus.trim()}`}
      </p>
      {alerts.data && <AlertStrip alerts={alerts.data} open={openLink} />}
      {printing.value ? (
        <div className="retro-print-all">
          <p className="notice retro-screen-only" role="status">
            {t('retro_preparing_print')}
          </p>
          {RETRO_TABS.map((id) => (
            <section key={id} className="retro-print-section" aria-label={t(`retro_tab_${id}`)}>
              <h3>{t(`retro_tab_${id}`)}</h3>
              <TabView tab={id} props={props} />
            </section>
          ))}
        </div>
      ) : (
        <>
          <Tabs tabs={RETRO_TABS.map((id) => ({ id, label: t(`retro_tab_${id}`) }))} current={tab.value} onChange={(id) => setPlace(id, filters.value)} label={t('retro_tabs_label')} idPrefix="retro-dash" />
          <div role="tabpanel" id="retro-dash-panel" aria-labelledby={`retro-dash-tab-${tab.value}`} className="retro-dash-panel" data-panel={tab.value}>
            <TabView tab={tab.value} props={props} />
          </div>
        </>
      )}
      {drill.value && !printing.value && <RetroDrilldown query={query} target={drill.value.target} title={drill.value.title} onClose={() => (drill.value = null)} />}
    </section>
  );
}

function TabView({ tab, props }: { tab: RetroTab; props: ViewProps }) {
  if (tab === 'product') return <RetroProductView {...props} />;
  if (tab === 'customer') return <RetroCustomerView {...props} />;
  if (tab === 'service') return <RetroServiceView {...props} />;
  if (tab === 'cost') return <RetroCostView {...props} />;
  return <RetroActionsView {...props} />;
}

/** SKUs typed or pasted (comma, space or new line between them), applied on Enter or leaving the box. */
function SkuFilter({ value, onChange }: { value: string; onChange: (skus: string) => void }) {
  useSignals();
  const draft = useSignal(value);
  const id = useId();
  useEffect(() => {
    draft.value = value;
  }, [value, draft]);
  const apply = () => {
    if (draft.value.trim() !== value.trim()) onChange(draft.value.trim());
  };
  return (
    <label htmlFor={id}>
      {t('retro_filter_sku')}
      <input
        id={id}
        type="search"
        data-filter="sku"
        placeholder={t('retro_filter_sku_placeholder')}
        value={draft.value}
        onChange={(e) => (draft.value = e.currentTarget.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            apply();
          }
        }}
      />
    </label>
  );
}
