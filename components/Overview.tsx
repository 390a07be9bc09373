import { useSignals } from '@preact/signals-react/runtime';
import { t } from '@/lib/i18n/t';
import { overview } from './store';

/** Workspace at a glance: what is stored and what needs attention (used by popup and options). */
export function Overview({ compact = false }: { compact?: boolean }) {
  useSignals();
  const data = overview.value;
  if (!data) return <p className="muted">{t('loading')}</p>;
  const empty = (data.counts.skus ?? 0) === 0;
  return (
    <section aria-labelledby="overview-heading" className={compact ? 'overview compact' : 'overview card'} data-testid="overview">
      <h2 id="overview-heading">{t('overview_heading')}</h2>
      {empty && <p className="notice">{t('overview_empty')}</p>}
      <dl className="stats">
        {(['skus', 'certificates', 'returnRules', 'warehouses', 'cases'] as const).map((store) => (
          <div key={store} data-stat={store}>
            <dt>{t(`store_${store}`)}</dt>
            <dd>{data.counts[store] ?? 0}</dd>
          </div>
        ))}
        <div data-stat="skusWithoutHsCode">
          <dt>{t('overview_missing_hs')}</dt>
          <dd className={data.skusWithoutHsCode ? 'warn' : ''}>{data.skusWithoutHsCode}</dd>
        </div>
      </dl>
      <h3>{t('overview_expiring_heading')}</h3>
      {data.certificatesExpiring.length === 0 ? (
        <p className="muted">{t('overview_expiring_none')}</p>
      ) : (
        <ul className="expiring" data-testid="expiring-certificates">
          {data.certificatesExpiring.map((cert) => (
            <li key={cert.id} className={cert.daysLeft < 0 ? 'error' : 'warning'}>
              <strong>{cert.kind}</strong> {cert.number} —{' '}
              {cert.daysLeft < 0 ? t('overview_expired_ago', [-cert.daysLeft, cert.expiresOn]) : t('overview_expires_in', [cert.daysLeft, cert.expiresOn])}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
