import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useMemo } from 'react';
import { buildCategoryTree, inTreeOrder, pathTo } from '@/lib/domain/category-tree';
import type { Category, Certificate, RoleTag, SkuInput } from '@/lib/domain/schemas';
import { localName, t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/page-client';
import type { ResponseOf } from '@/lib/messaging/protocol';

export interface SkuFormProps {
  initial: SkuInput;
  categories: Category[];
  tags: RoleTag[];
  certificates: Certificate[];
  suppliers?: { id: string; name: string }[];
  isNew: boolean;
  onSaved: (sku: string) => void;
  onCancel: () => void;
}

type HsInfo = ResponseOf<'describeHsCode'>;
interface NationalRow {
  key: number;
  country: string;
  code: string;
}

const digits = (text: string) => text.replace(/[\s.-]/g, '');

/** The field a background error names ("hsCode must be…", "hsCodesByCountry.US: …", "cost.currency …"). */
function fieldOf(error: string): string {
  const match = /^([A-Za-z]+)(?:\.([A-Z]{2})\b)?/.exec(error);
  if (!match) return '';
  return match[1] === 'hsCodesByCountry' && match[2] ? `national.${match[2]}` : match[1]!;
}

/** Add or edit one SKU. Each field is checked as it is typed; the background checks again on save. */
export function SkuForm({ initial, categories, tags, certificates, suppliers = [], isNew, onSaved, onCancel }: SkuFormProps) {
  useSignals();
  const errors = useSignal<Record<string, string>>({});
  const summary = useSignal<string[]>([]);
  const saving = useSignal(false);
  const categoryId = useSignal(initial.categoryId ?? '');
  const hsCode = useSignal(initial.hsCode ?? '');
  const hsInfo = useSignal<HsInfo | null>(null);
  const nextKey = useSignal(1);
  const national = useSignal<NationalRow[]>(
    Object.entries(initial.hsCodesByCountry ?? {}).map(([country, code], i) => ({ key: -1 - i, country, code })),
  );
  const tree = useMemo(() => buildCategoryTree(categories), [categories]);
  const ordered = useMemo(() => inTreeOrder(tree), [tree]);

  // The HS code's description, asked for as soon as it has 6 (or 8–10) digits.
  const hsDigits = digits(hsCode.value);
  useEffect(() => {
    if (!/^(\d{6}|\d{8,10})$/.test(hsDigits)) {
      hsInfo.value = null;
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      void sendMessage('describeHsCode', { code: hsDigits })
        .then((info) => current && (hsInfo.value = info))
        .catch(() => undefined);
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [hsDigits, hsInfo]);

  /** The category's attributes (its own and its parents'), with the allowed values. */
  const attributeDefs = useMemo(() => {
    const defs = new Map<string, string[]>();
    for (const category of pathTo(tree, categoryId.value || null)) for (const [name, values] of Object.entries(category.attributes)) defs.set(name, values);
    return [...defs];
  }, [tree, categoryId.value]);

  const fieldError = (name: string) => errors.value[name];
  const describedBy = (name: string) => (errors.value[name] ? `sku-error-${name.replace('.', '-')}` : undefined);
  const errorText = (name: string) =>
    errors.value[name] ? (
      <span className="catalogue-field-error" id={`sku-error-${name.replace('.', '-')}`}>
        {errors.value[name]}
      </span>
    ) : null;

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const problems: Record<string, string> = {};
    const numberOf = (name: string, field: string): number | undefined => {
      const raw = text(name).replace(',', '.');
      if (raw === '') return undefined;
      const value = Number(raw);
      if (!Number.isFinite(value) || value < 0) problems[field] = t('catalogue_error_number', [text(name)]);
      return value;
    };
    const costAmount = numberOf('costAmount', 'cost');
    const currency = text('costCurrency').toUpperCase();
    if (costAmount !== undefined && !/^[A-Z]{3}$/.test(currency)) problems.cost = t('catalogue_error_currency', [currency]);
    const weightGrams = numberOf('weightGrams', 'weightGrams');
    const hs = digits(text('hsCode'));
    if (hs !== '' && !/^\d{6}$/.test(hs)) problems.hsCode = t('catalogue_error_hs_shape', [text('hsCode')]);
    else if (hs !== '' && hsInfo.value && hsDigits === hs && !hsInfo.value.valid) problems.hsCode = t('catalogue_error_hs_unknown', [hs]);
    const nationalCodes: Record<string, string> = {};
    for (const row of national.value) {
      const country = row.country.trim().toUpperCase();
      const code = digits(row.code);
      if (country === '' && code === '') continue;
      const field = `national.${row.key}`;
      if (!/^[A-Z]{2}$/.test(country)) problems[field] = t('catalogue_error_country', [row.country]);
      else if (!/^\d{8,10}$/.test(code)) problems[field] = t('catalogue_error_national_shape', [row.code]);
      else if (hs === '') problems[field] = t('catalogue_error_national_needs_hs');
      else if (!code.startsWith(hs)) problems[field] = t('catalogue_error_national_prefix', [code, hs]);
      else if (nationalCodes[country]) problems[field] = t('catalogue_error_national_twice', [country]);
      else nationalCodes[country] = code;
    }
    // Attributes the chosen category does not define are kept as they were, never dropped unseen.
    const attributes: Record<string, string> = Object.fromEntries(
      Object.entries(initial.attributes ?? {}).filter(([name]) => !attributeDefs.some(([defined]) => defined === name)),
    );
    for (const [name] of attributeDefs) if (text(`attr:${name}`)) attributes[name] = text(`attr:${name}`);
    const asin = text('asin').toUpperCase();
    if (asin !== '' && !/^[A-Z0-9]{10}$/.test(asin)) problems.asin = t('catalogue_error_asin', [asin]);
    if (text('sku') === '') problems.sku = t('catalogue_error_required');

    const labels: Record<string, string> = {
      sku: `${t('field_sku')} (sku)`,
      asin: 'ASIN (asin)',
      cost: `${t('field_cost')} (cost)`,
      weightGrams: `${t('field_weight')} (weightGrams)`,
      hsCode: `${t('field_hs')} (hsCode)`,
    };
    const labelOf = (field: string) => {
      if (!field.startsWith('national.')) return labels[field] ?? field;
      const row = national.value.find((r) => `national.${r.key}` === field);
      return `${t('field_hs_national')} ${row?.country.toUpperCase() ?? ''} (hsCodesByCountry)`;
    };
    if (Object.keys(problems).length > 0) {
      errors.value = problems;
      summary.value = Object.entries(problems).map(([field, message]) => `${labelOf(field)}: ${message}`);
      return;
    }

    const sku: SkuInput = {
      ...initial,
      sku: text('sku'),
      title: text('title'),
      model: text('model') || undefined,
      asin: asin || undefined,
      categoryId: text('categoryId') || null,
      attributes,
      tags: data.getAll('tags').map(String),
      cost: costAmount === undefined ? undefined : { amount: costAmount, currency },
      weightGrams,
      hsCode: hs || undefined,
      hsCodesByCountry: nationalCodes,
      certificateIds: data.getAll('certificateIds').map(String),
      supplierId: text('supplierId') || undefined,
    };
    saving.value = true;
    try {
      const result = await sendMessage('saveSku', { sku });
      if (result.ok) onSaved(sku.sku);
      else {
        const byField: Record<string, string> = {};
        for (const error of result.errors) {
          const field = fieldOf(error);
          const row = field.startsWith('national.') ? national.value.find((r) => r.country.toUpperCase() === field.slice(9)) : undefined;
          byField[row ? `national.${row.key}` : field] = error;
        }
        errors.value = byField;
        summary.value = result.errors;
      }
    } catch (error) {
      summary.value = [error instanceof Error ? error.message : String(error)];
    } finally {
      saving.value = false;
    }
  };

  const info = hsInfo.value;
  return (
    <form
      className="card sku-form"
      data-testid="sku-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
    >
      <h2>{isNew ? t('sku_form_new') : t('sku_form_edit', [initial.sku])}</h2>
      {initial.source && isNew && <p className="muted">{t('sku_form_from_page', [t(`marketplace_${initial.source}`)])}</p>}
      <div className="grid">
        <label>
          {t('field_sku')}
          <input name="sku" required defaultValue={initial.sku} readOnly={!isNew} aria-invalid={!!fieldError('sku')} aria-describedby={describedBy('sku')} />
          {errorText('sku')}
        </label>
        <label className="wide">
          {t('field_title')}
          <input name="title" defaultValue={initial.title} />
        </label>
        <label>
          {t('field_model')}
          <input name="model" defaultValue={initial.model ?? ''} placeholder={t('field_model_placeholder')} />
        </label>
        <label>
          ASIN
          <input name="asin" defaultValue={initial.asin ?? ''} aria-invalid={!!fieldError('asin')} aria-describedby={describedBy('asin')} />
          {errorText('asin')}
        </label>
        <label className="wide">
          {t('field_category')}
          <select name="categoryId" value={categoryId.value} onChange={(event) => (categoryId.value = event.currentTarget.value)}>
            <option value="">{t('tags_uncategorised')}</option>
            {ordered.map(({ category, depth }) => (
              <option key={category.id} value={category.id}>
                {'\u00a0\u00a0\u00a0'.repeat(depth)}
                {localName(category)} · {t(`catalogue_level_${category.level}`)}
              </option>
            ))}
          </select>
          {categoryId.value && <span className="muted catalogue-hint">{pathTo(tree, categoryId.value).map(localName).join(' › ')}</span>}
        </label>
        {attributeDefs.map(([name, values]) => {
          const current = initial.attributes?.[name] ?? '';
          const options = current && !values.includes(current) ? [...values, current] : values;
          return (
            <label key={name}>
              {t('catalogue_attribute_field', [name])}
              <select name={`attr:${name}`} defaultValue={current}>
                <option value="">—</option>
                {options.map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
        <label>
          {t('field_cost')}
          <span className="pair">
            <input
              name="costAmount"
              inputMode="decimal"
              defaultValue={initial.cost?.amount ?? ''}
              aria-invalid={!!fieldError('cost')}
              aria-describedby={describedBy('cost')}
            />
            <input name="costCurrency" defaultValue={initial.cost?.currency ?? 'USD'} maxLength={3} size={4} aria-label={t('field_currency')} />
          </span>
          {errorText('cost')}
        </label>
        <label>
          {t('field_weight')}
          <input
            name="weightGrams"
            inputMode="numeric"
            defaultValue={initial.weightGrams ?? ''}
            aria-invalid={!!fieldError('weightGrams')}
            aria-describedby={describedBy('weightGrams')}
          />
          {errorText('weightGrams')}
        </label>
        <label>
          {t('field_hs')}
          <input
            name="hsCode"
            inputMode="numeric"
            value={hsCode.value}
            onChange={(event) => (hsCode.value = event.currentTarget.value)}
            placeholder="851822"
            aria-invalid={!!fieldError('hsCode') || info?.valid === false}
            aria-describedby={['sku-hs-description', describedBy('hsCode')].filter(Boolean).join(' ')}
          />
          <span
            id="sku-hs-description"
            className="catalogue-hint"
            data-testid="hs-description"
            aria-live="polite"
            title={info?.heading ? `${info.heading.code}: ${info.heading.description}` : undefined}
          >
            {info?.valid && info.description
              ? `${info.chapter ? `${info.chapter.code} › ` : ''}${info.heading ? `${info.heading.code} › ` : ''}${hsDigits.slice(0, 6)}: ${info.description}`
              : info && !info.valid && /^\d{6}$/.test(hsDigits)
                ? t('catalogue_error_hs_unknown', [hsDigits])
                : hsCode.value.trim() === ''
                  ? t('catalogue_hs_hint')
                  : ''}
          </span>
          {errorText('hsCode')}
        </label>
      </div>
      <fieldset className="catalogue-national">
        <legend>{t('field_hs_national')}</legend>
        <p className="muted catalogue-hint">{t('catalogue_national_hint')}</p>
        {national.value.map((row, i) => (
          <div key={row.key} className="catalogue-national-row" data-country={row.country}>
            <label className="inline">
              {t('catalogue_national_country')}
              <input
                name={`nationalCountry${i}`}
                value={row.country}
                maxLength={2}
                size={3}
                placeholder="US"
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  national.value = national.value.map((r) => (r.key === row.key ? { ...r, country: value } : r));
                }}
              />
            </label>
            <label className="inline">
              {t('catalogue_national_code')}
              <input
                name={`nationalCode${i}`}
                value={row.code}
                inputMode="numeric"
                placeholder={hsDigits.length === 6 ? `${hsDigits}0000` : '8518220000'}
                aria-invalid={!!fieldError(`national.${row.key}`)}
                aria-describedby={describedBy(`national.${row.key}`)}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  national.value = national.value.map((r) => (r.key === row.key ? { ...r, code: value } : r));
                }}
              />
            </label>
            <button type="button" onClick={() => (national.value = national.value.filter((r) => r.key !== row.key))} aria-label={t('catalogue_national_remove', [row.country || '—'])}>
              {t('delete')}
            </button>
            {errorText(`national.${row.key}`)}
          </div>
        ))}
        <button
          type="button"
          onClick={() => {
            national.value = [...national.value, { key: nextKey.value, country: '', code: '' }];
            nextKey.value++;
          }}
        >
          {t('catalogue_national_add')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('field_tags')}</legend>
        {tags.length === 0 && <p className="muted">{t('catalogue_tags_none')}</p>}
        {tags.map((tag) => (
          <label key={tag.id} className="inline">
            <input type="checkbox" name="tags" value={tag.id} defaultChecked={initial.tags?.includes(tag.id)} />
            <span className="catalogue-swatch" style={{ background: tag.color }} aria-hidden="true" /> {localName(tag)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('field_certificates')}</legend>
        {certificates.length === 0 && <p className="muted">{t('catalogue_certificates_none')}</p>}
        {certificates.map((cert) => (
          <label key={cert.id} className="inline">
            <input type="checkbox" name="certificateIds" value={cert.id} defaultChecked={initial.certificateIds?.includes(cert.id)} /> {cert.kind} {cert.number} (
            {cert.markets.join(', ')}){cert.expiresOn ? ` · ${t('catalogue_certificate_expires', [cert.expiresOn])}` : ''}
          </label>
        ))}
      </fieldset>
      <div className="grid">
        <label>
          {t('catalogue_field_supplier')}
          <select name="supplierId" defaultValue={initial.supplierId ?? ''}>
            <option value="">{suppliers.length === 0 ? t('catalogue_no_suppliers') : '—'}</option>
            {initial.supplierId && !suppliers.some((s) => s.id === initial.supplierId) && <option value={initial.supplierId}>{initial.supplierId}</option>}
            {suppliers.map((supplier) => (
              <option key={supplier.id} value={supplier.id}>
                {supplier.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {summary.value.length > 0 && (
        <div role="alert" className="notice error" data-testid="sku-errors">
          {summary.value.map((e, i) => (
            <p key={i}>{e}</p>
          ))}
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving.value}>
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
