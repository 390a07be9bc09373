import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, type KeyboardEvent } from 'react';
import { browser } from 'wxt/browser';
import type { CaseLookup, MarketCompliance, SkuLookup } from '@/lib/domain/lookup';
import { localName, t } from '@/lib/i18n/t';
import { lookupPending, lookupQuery, lookupResult, runLookup } from './store';

const DEBOUNCE_MS = 150;

/** "options.html?edit=…#catalogue" → the extension's own address. */
function dashboardUrl(link: string): string {
  return new URL(link, browser.runtime.getURL('/options.html')).href;
}

function openDashboard(link: string) {
  void browser.tabs.create({ url: dashboardUrl(link) });
  window.close();
}

/** Enum values shown by their translated name, or as they are when no translation exists. */
function named(prefix: string, value: string): string {
  const text = t(`${prefix}${value}`);
  return text === `${prefix}${value}` ? value : text;
}

function complianceText(c: MarketCompliance): string {
  if (c.errors > 0 || c.warnings > 0) return t('lookup_compliance_problems', [c.market, c.errors, c.warnings]);
  if (c.certificatesRequired === 0) return t('lookup_compliance_none_required', [c.market]);
  return t('lookup_compliance_ok', [c.market]);
}

function SkuDetails({ sku }: { sku: SkuLookup }) {
  return (
    <>
      <div>
        <code>{sku.sku}</code> {sku.title}
      </div>
      {!sku.known && <div className="warn">{t('lookup_sku_unknown')}</div>}
      {sku.known && (
        <div data-field="category">
          {sku.categoryPath.length ? sku.categoryPath.map((c) => localName(c)).join(' › ') : t('lookup_no_category')}
          {sku.tags.length > 0 && ` · ${sku.tags.map((tag) => localName(tag)).join(', ')}`}
        </div>
      )}
      {sku.compliance.length > 0 && (
        <ul data-field="compliance" style={{ listStyle: 'none', padding: 0, margin: '2px 0', display: 'flex', flexWrap: 'wrap', gap: 6 }}>
          {sku.compliance.map((c) => (
            <li key={c.market} data-market={c.market} data-status={c.status} className={c.status === 'ok' ? 'ok' : c.status}>
              {complianceText(c)}
            </li>
          ))}
        </ul>
      )}
      {sku.expiringCertificates.map((cert) => (
        <div key={cert.id} data-field="expiring" className={cert.daysLeft < 0 ? 'error' : 'warning'}>
          {cert.kind} — {cert.daysLeft < 0 ? t('overview_expired_ago', [-cert.daysLeft, cert.expiresOn]) : t('overview_expires_in', [cert.daysLeft, cert.expiresOn])}
        </div>
      ))}
      {sku.known && (
        <div className="muted" data-field="facts">
          {t('lookup_hs', [sku.hsCode ?? t('missing')])} · {sku.supplier ? t('lookup_supplier', [sku.supplier.name ?? sku.supplier.id]) : t('lookup_no_supplier')}
        </div>
      )}
      <div className="muted" data-field="returns">
        {sku.returns.count === 0
          ? t('lookup_returns_none', [sku.returns.days])
          : t('lookup_returns', [sku.returns.count, sku.returns.days, sku.returns.topReasons.map((r) => `${named('reason_', r.reason)} (${r.count})`).join(', ')])}
      </div>
      <a
        href={dashboardUrl(sku.link)}
        data-field="link"
        tabIndex={-1}
        onClick={(event) => {
          event.preventDefault();
          openDashboard(sku.link);
        }}
      >
        {t('lookup_open_dashboard')}
      </a>
    </>
  );
}

function CaseDetails({ c }: { c: CaseLookup }) {
  return (
    <li data-case={c.id} data-kind={c.kind}>
      <div>
        <strong>{t(`lookup_case_${c.kind}`)}</strong> · {named('marketplace_', c.marketplace)}
        {c.sku && (
          <>
            {' · '}
            <code>{c.sku}</code>
          </>
        )}
        {' · '}
        {t('lookup_case_opened', [c.createdAt.slice(0, 10)])}
      </div>
      {(c.reason || c.action) && (
        <div>
          {c.reason && named('reason_', c.reason)}
          {c.action && ` → ${named('action_', c.action)}`}
          {c.ruleId && ` (${t('lookup_case_rule', [c.ruleNameZh && localName({ name: c.ruleName ?? c.ruleId, nameZh: c.ruleNameZh }) || c.ruleName || c.ruleId])})`}
        </div>
      )}
      <div className="muted" data-field="timeline">
        {c.timeline.map((step) => `${named('lookup_status_', step.status)} ${step.at.slice(0, 10)}`).join(' → ')}
      </div>
    </li>
  );
}

/**
 * The popup's search box (F20): a SKU or an order id. Typing waits 150 ms and only the newest
 * answer is shown; ↑/↓ move through the SKUs found and Enter opens the chosen one in the dashboard.
 */
export function PopupSearch() {
  useSignals();
  const active = useSignal(0);
  const typed = lookupQuery.value;

  useEffect(() => {
    const timer = setTimeout(() => void runLookup(typed), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const result = lookupResult.value;
  const skus = result && result.kind !== 'empty' ? result.skus : [];
  const current = Math.min(active.value, Math.max(skus.length - 1, 0));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (skus.length === 0) return;
      active.value = (current + (event.key === 'ArrowDown' ? 1 : skus.length - 1)) % skus.length;
    } else if (event.key === 'Enter') {
      const chosen = skus[current];
      if (chosen) {
        event.preventDefault();
        openDashboard(chosen.link);
      }
    } else if (event.key === 'Escape' && typed) {
      event.preventDefault();
      lookupQuery.value = '';
    }
  };

  const optionId = (i: number) => `lookup-option-${i}`;
  // While the next answer is on its way the previous one stays (no flicker); each names its query.
  const searching = typed.trim() !== '' && (!result || result.kind === 'empty');
  const answered = result?.kind === 'sku' ? result.query : result?.kind === 'order' ? result.orderId : '';

  return (
    <section
      aria-labelledby="lookup-heading"
      aria-busy={lookupPending.value}
      data-testid="popup-search"
      data-answered={answered}
      style={{ marginBottom: 12 }}
    >
      <h2 id="lookup-heading" className="sr-only">
        {t('lookup_heading')}
      </h2>
      <input
        type="search"
        autoFocus
        role="combobox"
        aria-expanded={skus.length > 0}
        aria-controls="lookup-results"
        aria-activedescendant={skus.length ? optionId(current) : undefined}
        aria-label={t('lookup_label')}
        placeholder={t('lookup_placeholder')}
        value={typed}
        style={{ width: '100%', boxSizing: 'border-box' }}
        onChange={(event) => {
          lookupQuery.value = event.currentTarget.value;
          active.value = 0;
        }}
        onKeyDown={onKeyDown}
      />
      <div aria-live="polite" data-testid="lookup-status">
        {typed.trim() === '' && <p className="muted">{t('lookup_hint')}</p>}
        {searching && <p className="muted">{t('lookup_searching')}</p>}
        {!searching && result?.kind === 'sku' && skus.length === 0 && (
          <p className="empty" data-testid="lookup-nothing">
            {t('lookup_nothing_found', [result.query])}
          </p>
        )}
        {!searching && result?.kind === 'order' && (
          <p data-testid="lookup-order">
            {result.cases.length === 0 ? t('lookup_order_no_cases', [result.orderId]) : t('lookup_order_cases', [result.orderId, result.cases.length])}
          </p>
        )}
      </div>
      {!searching && result?.kind === 'order' && result.cases.length > 0 && (
        <ul data-testid="lookup-cases" style={{ paddingLeft: 16, margin: '4px 0' }}>
          {result.cases.map((c) => (
            <CaseDetails key={c.id} c={c} />
          ))}
        </ul>
      )}
      {!searching && skus.length > 0 && (
        <ul id="lookup-results" role="listbox" aria-label={t('lookup_results')} data-testid="lookup-results" style={{ listStyle: 'none', padding: 0, margin: '4px 0' }}>
          {skus.map((sku, i) => (
            <li
              key={sku.sku}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              data-sku={sku.sku}
              onMouseEnter={() => (active.value = i)}
              style={{ padding: '6px 8px', borderRadius: 6, background: i === current ? '#eef3f8' : undefined, cursor: 'pointer' }}
              onClick={(event) => {
                if ((event.target as HTMLElement).closest('a')) return;
                openDashboard(sku.link);
              }}
            >
              <SkuDetails sku={sku} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
