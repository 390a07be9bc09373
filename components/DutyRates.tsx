import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect } from 'react';
import type { DutyRate } from '@/lib/domain/schemas';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/page-client';
import { guarded } from './store';

/**
 * Import duty rates by destination and HS prefix (the longest matching prefix wins). HelloWord ships
 * none as fact — TARIC / HTS rates are not open data — so the seller enters the ones they use, with
 * where each comes from; the compliance hint shows that source beside the estimate.
 */
export function DutyRates() {
  useSignals();
  const rates = useSignal<DutyRate[] | null>(null);
  const errors = useSignal<string[]>([]);
  const refresh = () =>
    guarded(async () => {
      rates.value = (await sendMessage('listDutyRates', {})).dutyRates;
    });
  useEffect(() => {
    void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const add = (form: HTMLFormElement) => guarded(() => save(form));
  const save = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const destination = text('destination').toUpperCase();
    const hsPrefix = text('hsPrefix').replace(/\D/g, '');
    const dutyRate = {
      id: `${destination}:${hsPrefix}`,
      destination,
      hsPrefix,
      ratePercent: Number(text('ratePercent').replace(',', '.')),
      source: text('source'),
    };
    const result = await sendMessage('saveDutyRate', { dutyRate });
    if (result.ok) {
      errors.value = [];
      form.reset();
      await refresh();
    } else errors.value = result.errors;
  };

  return (
    <section aria-labelledby="duty-heading" className="card">
      <h2 id="duty-heading">{t('duty_heading')}</h2>
      <p className="muted">{t('duty_intro')}</p>
      <table className="table" data-testid="duty-rates">
        <thead>
          <tr>
            <th scope="col">{t('duty_destination')}</th>
            <th scope="col">{t('duty_hs_prefix')}</th>
            <th scope="col">{t('duty_rate')}</th>
            <th scope="col">{t('duty_source')}</th>
            <th scope="col">
              <span className="sr-only">{t('actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rates.value?.map((rate) => (
            <tr key={rate.id}>
              <td>{rate.destination}</td>
              <td>
                <code>{rate.hsPrefix}</code>
              </td>
              <td>{rate.ratePercent}%</td>
              <td>{rate.source}</td>
              <td className="row-actions">
                <button type="button" className="danger" onClick={() => void guarded(() => sendMessage('deleteDutyRate', { id: rate.id })).then(refresh)}>
                  {t('delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rates.value?.length === 0 && <p className="empty">{t('duty_empty')}</p>}
      <form
        className="grid"
        onSubmit={(event) => {
          event.preventDefault();
          void add(event.currentTarget);
        }}
      >
        <label>
          {t('duty_destination')}
          <input name="destination" required placeholder="EU, US, GB…" maxLength={2} />
        </label>
        <label>
          {t('duty_hs_prefix')}
          <input name="hsPrefix" required inputMode="numeric" placeholder="6204" />
        </label>
        <label>
          {t('duty_rate')}
          <input name="ratePercent" required inputMode="decimal" placeholder="12" />
        </label>
        <label className="wide">
          {t('duty_source')}
          <input name="source" required placeholder={t('duty_source_placeholder')} />
        </label>
        <div className="actions">
          <button type="submit" className="primary">
            {t('duty_add')}
          </button>
        </div>
      </form>
      {errors.value.length > 0 && (
        <div role="alert" className="notice error">
          {errors.value.map((e, i) => (
            <p key={i}>{e}</p>
          ))}
        </div>
      )}
    </section>
  );
}
