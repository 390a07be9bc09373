/**
 * Pieces the popup and the dashboard's retrospective share: the period switch, the marketplace
 * filter, the alert strip and a rate shown with what it was computed from.
 */
import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { t } from '@/lib/i18n/t';
import { RETRO_MAX_DAYS, type Rate, type RetroAlerts, type RetroPeriod } from '@/lib/domain/retro/model';
import { fetchView, MARKETPLACES, marketplaceName, queryKey, type RetroMessages, percentText, rateBasis, rateText, type RetroChoice } from './retro-state';

const PRESETS = [7, 30, 90] as const;

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** A custom window in plain words when it cannot be asked for, else null. */
export function customPeriodProblem(from: string, to: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) return t('retro_custom_from_missing');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(to)) return t('retro_custom_to_missing');
  if (from > to) return t('retro_custom_order');
  if (daysBetween(from, to) > RETRO_MAX_DAYS) return t('retro_custom_too_long', [RETRO_MAX_DAYS]);
  return null;
}

/** 7 / 30 / 90 days or a custom window (two dates and Apply); one group of toggle buttons. */
export function PeriodPicker({ period, onChange }: { period: RetroPeriod; onChange: (period: RetroPeriod) => void }) {
  useSignals();
  const editing = useSignal(period.kind === 'custom');
  const from = useSignal(period.kind === 'custom' ? period.from : '');
  const to = useSignal(period.kind === 'custom' ? period.to : todayUtc());
  const problem = useSignal<string | null>(null);
  const id = useId();
  const apply = () => {
    const found = customPeriodProblem(from.value, to.value);
    problem.value = found;
    if (!found) onChange({ kind: 'custom', from: from.value, to: to.value });
  };
  const onEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      apply();
    }
  };
  return (
    <div className="retro-period">
      <div role="group" aria-label={t('retro_period_label')} className="retro-segmented">
        {PRESETS.map((days) => (
          <button
            key={days}
            type="button"
            data-period={days}
            aria-pressed={period.kind === 'last' && period.days === days && !editing.value}
            onClick={() => {
              editing.value = false;
              problem.value = null;
              onChange({ kind: 'last', days });
            }}
          >
            {t('retro_days_short', [days])}
          </button>
        ))}
        <button type="button" data-period="custom" aria-pressed={editing.value || period.kind === 'custom'} aria-expanded={editing.value} onClick={() => (editing.value = !editing.value)}>
          {t('retro_period_custom')}
        </button>
      </div>
      {editing.value && (
        <div className="retro-custom" data-testid="retro-custom">
          <label htmlFor={`${id}-from`}>{t('retro_custom_from')}</label>
          <input id={`${id}-from`} type="date" value={from.value} max={to.value || undefined} onChange={(e) => (from.value = e.currentTarget.value)} onKeyDown={onEnter} aria-invalid={!!problem.value} aria-describedby={problem.value ? `${id}-problem` : undefined} />
          <label htmlFor={`${id}-to`}>{t('retro_custom_to')}</label>
          <input id={`${id}-to`} type="date" value={to.value} min={from.value || undefined} onChange={(e) => (to.value = e.currentTarget.value)} onKeyDown={onEnter} aria-invalid={!!problem.value} />
          <button type="button" className="primary" data-action="apply-period" onClick={apply}>
            {t('retro_custom_apply')}
          </button>
          {problem.value && (
            <p id={`${id}-problem`} role="alert" className="retro-problem">
              {problem.value}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

/** One marketplace or all of them (the popup's compact filter). */
export function MarketplaceSelect({ choice, onChange }: { choice: RetroChoice; onChange: (marketplaces: RetroChoice['marketplaces']) => void }) {
  const id = useId();
  const value = choice.marketplaces.length === 1 ? choice.marketplaces[0] : '';
  return (
    <span className="retro-market">
      <label htmlFor={id} className="sr-only">
        {t('retro_marketplaces_label')}
      </label>
      <select id={id} data-testid="retro-marketplace" value={value} onChange={(e) => onChange(e.currentTarget.value ? [e.currentTarget.value as (typeof MARKETPLACES)[number]] : [])}>
        <option value="">{t('retro_all_marketplaces')}</option>
        {MARKETPLACES.map((m) => (
          <option key={m} value={m}>
            {marketplaceName(m)}
          </option>
        ))}
      </select>
    </span>
  );
}

/** Several marketplaces at once (the dashboard's filter); none ticked = all. */
export function MarketplaceChecks({ choice, onChange }: { choice: RetroChoice; onChange: (marketplaces: RetroChoice['marketplaces']) => void }) {
  return (
    <fieldset className="retro-checks">
      <legend>{t('retro_marketplaces_label')}</legend>
      {MARKETPLACES.map((m) => (
        <label key={m} className="inline">
          <input
            type="checkbox"
            data-marketplace={m}
            checked={choice.marketplaces.includes(m)}
            onChange={(e) => onChange(e.currentTarget.checked ? [...choice.marketplaces, m] : choice.marketplaces.filter((x) => x !== m))}
          />
          {marketplaceName(m)}
        </label>
      ))}
      {choice.marketplaces.length === 0 && <span className="muted">{t('retro_all_marketplaces')}</span>}
    </fieldset>
  );
}

/** "12.3 %" with "5 of 40" beside it (or in a tooltip when `brief`), and a small-sample mark. */
export function RateText({ rate, smallSample = false, brief = false, field, empty }: { rate: Rate; smallSample?: boolean; brief?: boolean; field?: string; empty?: string }) {
  return (
    <span className={rate.rate === null ? 'retro-rate muted' : 'retro-rate'} data-field={field} data-rate={rate.rate ?? ''} title={rateBasis(rate)}>
      {rateText(rate, empty)}
      {smallSample && rate.rate !== null && (
        <abbr className="retro-small" title={t('retro_small_sample_hint')}>
          {' '}
          {t('retro_small_sample')}
        </abbr>
      )}
      {!brief && <span className="muted retro-basis"> ({rateBasis(rate)})</span>}
    </span>
  );
}

/**
 * What needs attention now: certificates expiring, SKUs over the return-rate threshold, purchases
 * due. Each chip opens its list; each entry opens the place where it is dealt with.
 */
export function AlertStrip({ alerts, open }: { alerts: RetroAlerts; open: (link: string) => void }) {
  useSignals();
  const shown = useSignal<keyof RetroAlerts | null>(null);
  const groups: { key: keyof RetroAlerts; label: string; items: { id: string; text: ReactNode; link: string; tone: 'error' | 'warning' }[] }[] = [
    {
      key: 'certificatesExpiring',
      label: t('retro_alert_certificates', [alerts.certificatesExpiring.length]),
      items: alerts.certificatesExpiring.map((c) => ({
        id: c.id,
        tone: c.daysLeft < 0 ? 'error' : 'warning',
        link: c.link,
        text: `${c.kind} ${c.number} — ${c.daysLeft < 0 ? t('overview_expired_ago', [-c.daysLeft, c.expiresOn]) : t('overview_expires_in', [c.daysLeft, c.expiresOn])}`,
      })),
    },
    {
      key: 'skusOverThreshold',
      label: t('retro_alert_skus', [alerts.skusOverThreshold.length]),
      items: alerts.skusOverThreshold.map((s) => ({
        id: s.sku,
        tone: 'warning',
        link: s.link,
        text: t('retro_alert_sku_line', [s.sku, s.returnRate.rate === null ? '—' : percentText(s.returnRate.rate), percentText(s.threshold)]),
      })),
    },
    {
      key: 'purchaseSuggestionsDue',
      label: t('retro_alert_purchases', [alerts.purchaseSuggestionsDue.length]),
      items: alerts.purchaseSuggestionsDue.map((p) => ({
        id: p.sku,
        tone: 'warning',
        link: p.link,
        text: t('retro_alert_purchase_line', [p.sku, Math.ceil(p.quantity), p.formula]),
      })),
    },
  ];
  const active = groups.filter((g) => g.items.length > 0);
  if (active.length === 0) {
    return (
      <p className="retro-alerts-none muted" data-testid="retro-alerts">
        {t('retro_alerts_none')}
      </p>
    );
  }
  const open_ = groups.find((g) => g.key === shown.value);
  return (
    <section className="retro-alerts" aria-label={t('retro_alerts_label')} data-testid="retro-alerts">
      <div className="retro-alert-chips">
        {active.map((g) => (
          <button key={g.key} type="button" className="retro-alert-chip" data-alert={g.key} data-count={g.items.length} aria-expanded={shown.value === g.key} onClick={() => (shown.value = shown.value === g.key ? null : g.key)}>
            {g.label}
          </button>
        ))}
      </div>
      {open_ && open_.items.length > 0 && (
        <ul className="retro-alert-list" data-alert-list={open_.key}>
          {open_.items.slice(0, 20).map((item) => (
            <li key={item.id} className={item.tone}>
              <a
                href={item.link}
                onClick={(event) => {
                  event.preventDefault();
                  open(item.link);
                }}
              >
                {item.text}
              </a>
            </li>
          ))}
          {open_.items.length > 20 && <li className="muted">{t('retro_and_more', [open_.items.length - 20])}</li>}
        </ul>
      )}
    </section>
  );
}

/** Tabs with the arrow keys moving between them (WAI-ARIA tabs pattern, automatic activation). */
export function Tabs<T extends string>({ tabs, current, onChange, label, idPrefix }: { tabs: readonly { id: T; label: string }[]; current: T; onChange: (id: T) => void; label: string; idPrefix: string }) {
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = tabs.findIndex((tab) => tab.id === current);
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index + tabs.length - 1) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    event.preventDefault();
    onChange(tabs[next]!.id);
    (event.currentTarget.parentElement?.children[next] as HTMLElement | undefined)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="retro-tabs">
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab.id}`}
          aria-controls={`${idPrefix}-panel`}
          aria-selected={tab.id === current}
          tabIndex={tab.id === current ? 0 : -1}
          data-tab={tab.id}
          onClick={() => onChange(tab.id)}
          onKeyDown={onKeyDown}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

/** A view's answer for `request` (kept per request): the data, or the error in plain words. */
export function useRetroView<N extends Parameters<typeof fetchView>[0]>(name: N, request: RetroMessages[N]['request']) {
  const key = queryKey(request);
  const [state, setState] = useState<{ key: string; data?: RetroMessages[N]['response']; error?: string }>({ key: '' });
  useEffect(() => {
    let live = true;
    fetchView(name, request).then(
      (data) => live && setState({ key, data }),
      (error: unknown) => live && setState({ key, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
    // The key stands for the request's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [name, key]);
  const current = state.key === key;
  return { data: current ? state.data : undefined, stale: current ? undefined : state.data, error: current ? state.error : undefined, loading: !current };
}
