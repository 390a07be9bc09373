import { useSignals } from '@preact/signals-react/runtime';
import { FEATURE_IDS, isFeatureEnabled } from '@/lib/domain/schemas';
import { t } from '@/lib/i18n/t';
import { saveSettings, settings, settingsSaving } from './store';

/** One switch per in-page feature; content scripts read them when a page loads. */
export function FeatureSwitches() {
  useSignals();
  const current = settings.value;
  if (!current) return <p className="muted">{t('loading')}</p>;
  return (
    <section aria-labelledby="features-heading" className="card">
      <h2 id="features-heading">{t('features_heading')}</h2>
      <p className="muted">{t('features_intro')}</p>
      <p role="status" className="muted" data-testid="settings-status" data-saving={String(settingsSaving.value > 0)}>
        {settingsSaving.value > 0 ? t('settings_saving') : t('settings_saved')}
      </p>
      <ul className="switches">
        {FEATURE_IDS.map((id) => (
          <li key={id}>
            <label>
              <input
                type="checkbox"
                data-feature={id}
                checked={isFeatureEnabled(current, id)}
                onChange={(event) => void saveSettings({ features: { [id]: event.currentTarget.checked } })}
              />
              <span>
                <strong>{t(`feature_${id.replaceAll('-', '_')}`)}</strong>
                <span className="muted"> — {t(`feature_${id.replaceAll('-', '_')}_help`)}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <label className="inline">
        {t('settings_expiring_days')}{' '}
        <input
          type="number"
          min={1}
          max={365}
          value={current.expiringWithinDays}
          onChange={(event) => {
            const days = Number(event.currentTarget.value);
            if (Number.isInteger(days) && days >= 1 && days <= 365) void saveSettings({ expiringWithinDays: days });
          }}
        />
      </label>
    </section>
  );
}
