import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useId } from 'react';
import { formatPath } from '@/lib/domain/issues';
import { PurchasingSettings, SAFETY_MODELS, type SafetyModel } from '@/lib/domain/purchasing-settings';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/page-client';
import { guarded, settings as settingsSignal } from './store';
import { Field } from './SupplierOrders';
import { parseNumber, type FieldErrors } from './suppliers-state';

/** Number fields of the form: settings path → label key. */
const NUMBERS: [path: string, label: string][] = [
  ['coverageDays', 'purchasing_set_coverage'],
  ['firstLegLeadDays', 'purchasing_set_first_leg'],
  ['velocityWindowDays', 'purchasing_set_window'],
  ['salesCycleDays', 'purchasing_set_cycle'],
  ['safetyFactor', 'purchasing_set_factor'],
  ['peakUpliftPercent.min', 'purchasing_set_peak_min'],
  ['peakUpliftPercent.max', 'purchasing_set_peak_max'],
  ['peakLeadMonths.min', 'purchasing_set_lead_min'],
  ['peakLeadMonths.max', 'purchasing_set_lead_max'],
  ['turnoverHigh', 'purchasing_set_turnover_high'],
  ['turnoverHighUpliftPercent', 'purchasing_set_turnover_up'],
  ['turnoverLow', 'purchasing_set_turnover_low'],
  ['turnoverLowCutPercent', 'purchasing_set_turnover_cut'],
  ['minKpiOrders', 'purchasing_set_min_orders'],
  ['supplierWeights.price', 'purchasing_set_w_price'],
  ['supplierWeights.leadTime', 'purchasing_set_w_lead'],
  ['supplierWeights.onTime', 'purchasing_set_w_on_time'],
  ['supplierWeights.passRate', 'purchasing_set_w_pass'],
];

const read = (root: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), root);

function write(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = root;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

/** F11 settings: coverage days, first leg, safety model, peak-season uplift, turnover rules, supplier weights. */
export function PurchasingSettingsForm({ settings, onSaved }: { settings: PurchasingSettings; onSaved: () => Promise<unknown> }) {
  useSignals();
  const uid = useId();
  const values = useSignal<Record<string, string>>(Object.fromEntries(NUMBERS.map(([path]) => [path, String(read(settings, path))])));
  const model = useSignal<SafetyModel>(settings.safetyModel);
  const errors = useSignal<FieldErrors>({});
  const status = useSignal('');

  const save = () =>
    guarded(async () => {
      const draft: Record<string, unknown> = { safetyModel: model.value };
      for (const [path] of NUMBERS) write(draft, path, parseNumber(values.value[path] ?? ''));
      const parsed = PurchasingSettings.safeParse(draft);
      if (!parsed.success) {
        const fields: FieldErrors = {};
        for (const issue of parsed.error.issues) {
          const path = formatPath(issue.path);
          fields[path] ??= Number.isNaN(read(draft, path)) ? t('purchasing_error_number') : issue.message.replace(/^Invalid input: /, '');
        }
        errors.value = fields;
        status.value = t('purchasing_settings_not_saved');
        return;
      }
      errors.value = {};
      const saved = await sendMessage('saveSettings', { purchasing: parsed.data });
      settingsSignal.value = saved;
      await onSaved();
      status.value = t('purchasing_settings_saved');
    });

  return (
    <details className="card pur-settings">
      <summary>{t('purchasing_settings_heading', [settings.coverageDays, settings.peakUpliftPercent.min, settings.peakUpliftPercent.max])}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        aria-label={t('purchasing_settings')}
      >
        <p className="muted sup-small">{t('purchasing_settings_help')}</p>
        <div className="grid">
          <label htmlFor={`${uid}-model`} className="sup-field">
            <span>{t('purchasing_set_model')}</span>
            <select id={`${uid}-model`} value={model.value} onChange={(e) => (model.value = e.currentTarget.value as SafetyModel)}>
              {SAFETY_MODELS.map((m) => (
                <option key={m} value={m}>
                  {t(m === 'lead-time' ? 'formula_safety_lead_time' : 'formula_safety_volatility')}
                </option>
              ))}
            </select>
          </label>
          {NUMBERS.map(([path, label]) => (
            <Field key={path} id={`${uid}-${path}`} label={t(label)} error={errors.value[path]}>
              {(p) => (
                <input {...p} inputMode="decimal" value={values.value[path] ?? ''} onChange={(e) => (values.value = { ...values.value, [path]: e.currentTarget.value })} />
              )}
            </Field>
          ))}
        </div>
        <div className="actions">
          <button type="submit" className="primary">
            {t('purchasing_settings_save')}
          </button>
          <span role="status" className="muted">
            {status.value}
          </span>
        </div>
      </form>
    </details>
  );
}
