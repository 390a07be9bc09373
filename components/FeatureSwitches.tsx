import { useSignals } from '@preact/signals-react/runtime';
import { FEATURE_IDS, isFeatureEnabled } from '@/lib/domain/schemas';
import { t } from '@/lib/i18n/t';
import { ReplySettings } from './ReplySettings';
import { saveSettings, settings, settingsSaving } from './store';

/** The features view: the switches, then the reply assistant's settings (names, reply deadlines). */
export function FeatureSwitches() {
  return (
    <>
      <FeatureSwitchList />
      <ReplySettings />
    </>
  );
}

/** One switch per in-page feature; content scripts read them when a page loads. */
function FeatureSwitchList() {
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
      <NumberSetting label={t('settings_expiring_days')} min={1} max={365} value={current.expiringWithinDays} save={(n) => saveSettings({ expiringWithinDays: n })} />
      <NumberSetting label={t('settings_ship_within_hours')} min={1} max={720} value={current.shipWithinHours} save={(n) => saveSettings({ shipWithinHours: n })} />
      <NumberSetting
        label={t('settings_stalled_tracking_days')}
        min={1}
        max={90}
        value={current.stalledTrackingDays}
        save={(n) => saveSettings({ stalledTrackingDays: n })}
      />
    </section>
  );
}

/** A whole-number setting saved as soon as it holds a value within its bounds. */
function NumberSetting({ label, min, max, value, save }: { label: string; min: number; max: number; value: number; save: (value: number) => unknown }) {
  return (
    <label className="inline">
      {label}{' '}
      <input
        type="number"
        min={min}
        max={max}
        value={value}
        onChange={(event) => {
          const n = Number(event.currentTarget.value);
          if (Number.isInteger(n) && n >= min && n <= max) void save(n);
        }}
      />
    </label>
  );
}
