import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect } from 'react';
import type { ReturnRule, Warehouse } from '@/lib/domain/schemas';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/page-client';
import { RETURN_TARGETS, freeRuleId, parseCountryList } from './rules-model';
import { guarded } from './store';

const KINDS = ['own', 'partner-overseas', 'returns-service'] as const;
const REGIONS = ['north-america', 'europe', 'uk', 'asia-pacific', 'middle-east', 'latin-america'] as const;

/** Warehouses and return addresses (F13): where rules send items back. */
export function Warehouses() {
  useSignals();
  const warehouses = useSignal<Warehouse[] | null>(null);
  const rules = useSignal<ReturnRule[]>([]);
  const editing = useSignal<Warehouse | null>(null);
  const errors = useSignal<string[]>([]);
  const status = useSignal('');

  const refresh = () =>
    guarded(async () => {
      const data = await sendMessage('getRuleEditor', {});
      warehouses.value = data.warehouses;
      rules.value = data.rules;
    });
  useEffect(() => {
    void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const keywords: readonly string[] = RETURN_TARGETS;
  /** Rules naming this warehouse (deleting it leaves them without an address). */
  const usedBy = (id: string) => rules.value.filter((r) => r.action.returnTo === id && !keywords.includes(id));
  /** Rules that send items to the nearest warehouse of this one's kind: it is a candidate. */
  const nearestFor = (w: Warehouse) =>
    rules.value.filter(
      (r) =>
        r.action.kind !== 'refund_without_return' &&
        ((r.action.returnTo === 'nearest-partner-warehouse' && w.kind === 'partner-overseas') ||
          (r.action.returnTo === 'returns-service' && w.kind === 'returns-service')),
    );

  const save = (form: HTMLFormElement) =>
    guarded(async () => {
      const data = new FormData(form);
      const text = (name: string) => String(data.get(name) ?? '').trim();
      const serves = parseCountryList(text('servesCountries'));
      if (serves.invalid.length > 0) {
        errors.value = [t('warehouses_countries_invalid', [serves.invalid.join(', ')])];
        return;
      }
      const existing = editing.value;
      const name = text('name');
      const region = text('region');
      const warehouse = {
        id: existing?.id ?? freeRuleId(warehouses.value ?? [], `wh-${name}`),
        name,
        kind: text('kind'),
        address: {
          name: text('addressName'),
          lines: text('lines')
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean),
          city: text('city'),
          postcode: text('postcode'),
          ...(text('addressRegion') && { region: text('addressRegion') }),
          country: text('country').toUpperCase(),
        },
        servesCountries: serves.countries,
        ...(region && { region }),
      };
      const result = await sendMessage('saveWarehouse', { warehouse });
      if (result.ok) {
        errors.value = [];
        editing.value = null;
        form.reset();
        status.value = t('warehouses_saved', [result.warehouse.name]);
        await refresh();
      } else errors.value = result.errors;
    });

  const remove = (w: Warehouse) =>
    guarded(async () => {
      const users = usedBy(w.id);
      if (users.length > 0 && !confirm(t('warehouses_delete_used', [w.name, users.map((r) => r.name).join(', ')]))) return;
      await sendMessage('deleteWarehouse', { id: w.id });
      status.value = t('warehouses_deleted', [w.name]);
      await refresh();
    });

  const current = editing.value;
  return (
    <section aria-labelledby="warehouses-heading" className="card">
      <h2 id="warehouses-heading">{t('warehouses_heading')}</h2>
      <p className="muted">{t('warehouses_intro')}</p>
      {warehouses.value === null && <p className="muted">{t('loading')}</p>}
      {warehouses.value?.length === 0 && <p className="empty">{t('warehouses_empty')}</p>}
      {warehouses.value && warehouses.value.length > 0 && (
        <table className="table" data-testid="warehouses">
          <thead>
            <tr>
              <th scope="col">{t('warehouses_name')}</th>
              <th scope="col">{t('warehouses_kind')}</th>
              <th scope="col">{t('warehouses_address')}</th>
              <th scope="col">{t('warehouses_serves')}</th>
              <th scope="col">{t('warehouses_used_by')}</th>
              <th scope="col">
                <span className="sr-only">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {warehouses.value.map((w) => (
              <tr key={w.id} data-warehouse-id={w.id}>
                <td>
                  {w.name}
                  <div className="muted rules-small">
                    <code>{w.id}</code>
                  </div>
                </td>
                <td>{t(`warehouses_kind_${w.kind.replaceAll('-', '_')}`)}</td>
                <td>
                  <address className="rules-address">
                    {[w.address.name, ...w.address.lines, [w.address.postcode, w.address.city].filter(Boolean).join(' '), w.address.region, w.address.country]
                      .filter(Boolean)
                      .map((line, i) => (
                        <span key={i}>
                          {line}
                          <br />
                        </span>
                      ))}
                  </address>
                </td>
                <td>{w.servesCountries.length > 0 ? w.servesCountries.join(', ') : t('warehouses_serves_own', [w.address.country])}</td>
                <td>
                  {usedBy(w.id).map((r) => r.name).join(', ')}
                  {nearestFor(w).length > 0 && (
                    <div className="muted rules-small">{t('warehouses_candidate_for', [nearestFor(w).map((r) => r.name).join(', ')])}</div>
                  )}
                  {usedBy(w.id).length === 0 && nearestFor(w).length === 0 && '—'}
                </td>
                <td className="row-actions">
                  <button type="button" onClick={() => ((editing.value = w), (errors.value = []))} aria-label={t('warehouses_edit_label', [w.name])}>
                    {t('warehouses_edit')}
                  </button>
                  <button type="button" className="danger" onClick={() => void remove(w)} aria-label={t('warehouses_delete_label', [w.name])}>
                    {t('delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{current ? t('warehouses_edit_heading', [current.name]) : t('warehouses_add_heading')}</h3>
      <form
        className="grid"
        key={current?.id ?? 'new'}
        data-testid="warehouse-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save(event.currentTarget);
        }}
      >
        <label>
          {t('warehouses_name')}
          <input name="name" required maxLength={300} defaultValue={current?.name ?? ''} />
        </label>
        <label>
          {t('warehouses_kind')}
          <select name="kind" defaultValue={current?.kind ?? 'partner-overseas'}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`warehouses_kind_${k.replaceAll('-', '_')}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('warehouses_address_name')}
          <input name="addressName" required maxLength={300} defaultValue={current?.address.name ?? ''} />
        </label>
        <label className="wide">
          {t('warehouses_lines')}
          <textarea name="lines" required rows={2} defaultValue={current?.address.lines.join('\n') ?? ''} />
        </label>
        <label>
          {t('warehouses_city')}
          <input name="city" required maxLength={200} defaultValue={current?.address.city ?? ''} />
        </label>
        <label>
          {t('warehouses_postcode')}
          <input name="postcode" maxLength={40} defaultValue={current?.address.postcode ?? ''} />
        </label>
        <label>
          {t('warehouses_address_region')}
          <input name="addressRegion" maxLength={200} defaultValue={current?.address.region ?? ''} />
        </label>
        <label>
          {t('warehouses_country')}
          <input name="country" required maxLength={2} placeholder="DE" defaultValue={current?.address.country ?? ''} />
        </label>
        <label className="wide">
          {t('warehouses_serves')}
          <input name="servesCountries" placeholder="DE, AT, FR" defaultValue={current?.servesCountries.join(', ') ?? ''} aria-describedby="warehouses-serves-help" />
          <span id="warehouses-serves-help" className="muted rules-small">
            {t('warehouses_serves_hint')}
          </span>
        </label>
        <label>
          {t('warehouses_region')}
          <select name="region" defaultValue={current?.region ?? ''}>
            <option value="">{t('warehouses_region_auto')}</option>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {t(`warehouses_region_${r.replaceAll('-', '_')}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="actions">
          <button type="submit" className="primary">
            {current ? t('warehouses_save') : t('warehouses_add')}
          </button>
          {current && (
            <button type="button" onClick={() => ((editing.value = null), (errors.value = []))}>
              {t('warehouses_cancel')}
            </button>
          )}
        </div>
      </form>
      {errors.value.length > 0 && (
        <div role="alert" className="notice error">
          {errors.value.map((e, i) => (
            <p key={i}>{e}</p>
          ))}
        </div>
      )}
      <p className="sr-only" aria-live="polite">
        {status.value}
      </p>
    </section>
  );
}
