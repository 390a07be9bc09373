import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import type { Category, Certificate, RoleTag, SkuInput } from '@/lib/domain/schemas';
import { localName, t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/page-client';

export interface SkuFormProps {
  initial: SkuInput;
  categories: Category[];
  tags: RoleTag[];
  certificates: Certificate[];
  isNew: boolean;
  onSaved: (sku: string) => void;
  onCancel: () => void;
}

/** Add or edit one SKU. The background validates with the same schema and names any bad field. */
export function SkuForm({ initial, categories, tags, certificates, isNew, onSaved, onCancel }: SkuFormProps) {
  useSignals();
  const errors = useSignal<string[]>([]);
  const saving = useSignal(false);
  const byId = new Map(categories.map((c) => [c.id, c]));
  const pathName = (category: Category): string => {
    const names: string[] = [];
    let node: Category | undefined = category;
    for (let guard = 0; node && guard < 4; guard++) {
      names.unshift(localName(node));
      node = node.parentId ? byId.get(node.parentId) : undefined;
    }
    return names.join(' › ');
  };
  const leafCategories = categories.filter((c) => c.level === 3 || !categories.some((child) => child.parentId === c.id));

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const number = (name: string) => (text(name) === '' ? undefined : Number(text(name).replace(',', '.')));
    const national: Record<string, string> = {};
    for (const line of text('hsCodesByCountry').split('\n')) {
      const [country, code] = line.split(/[:=\s]+/).map((part) => part.trim());
      if (country && code) national[country.toUpperCase()] = code.replace(/\D/g, '');
    }
    const costAmount = number('costAmount');
    const sku: SkuInput = {
      ...initial,
      sku: text('sku'),
      title: text('title'),
      model: text('model') || undefined,
      asin: text('asin') || undefined,
      categoryId: text('categoryId') || null,
      tags: data.getAll('tags').map(String),
      cost: costAmount === undefined ? undefined : { amount: costAmount, currency: text('costCurrency').toUpperCase() },
      weightGrams: number('weightGrams'),
      hsCode: text('hsCode').replace(/\D/g, '') || undefined,
      hsCodesByCountry: national,
      certificateIds: data.getAll('certificateIds').map(String),
    };
    saving.value = true;
    try {
      const result = await sendMessage('saveSku', { sku });
      if (result.ok) onSaved(sku.sku);
      else errors.value = result.errors;
    } catch (error) {
      errors.value = [error instanceof Error ? error.message : String(error)];
    } finally {
      saving.value = false;
    }
  };

  return (
    <form
      className="card sku-form"
      data-testid="sku-form"
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
          <input name="sku" required defaultValue={initial.sku} readOnly={!isNew} />
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
          <input name="asin" defaultValue={initial.asin ?? ''} />
        </label>
        <label className="wide">
          {t('field_category')}
          <select name="categoryId" defaultValue={initial.categoryId ?? ''}>
            <option value="">{t('tags_uncategorised')}</option>
            {leafCategories.map((c) => (
              <option key={c.id} value={c.id}>
                {pathName(c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('field_cost')}
          <span className="pair">
            <input name="costAmount" inputMode="decimal" defaultValue={initial.cost?.amount ?? ''} />
            <input name="costCurrency" defaultValue={initial.cost?.currency ?? 'USD'} maxLength={3} size={4} aria-label={t('field_currency')} />
          </span>
        </label>
        <label>
          {t('field_weight')}
          <input name="weightGrams" inputMode="numeric" defaultValue={initial.weightGrams ?? ''} />
        </label>
        <label>
          {t('field_hs')}
          <input name="hsCode" inputMode="numeric" defaultValue={initial.hsCode ?? ''} placeholder="851822" />
        </label>
        <label className="wide">
          {t('field_hs_national')}
          <textarea
            name="hsCodesByCountry"
            rows={2}
            defaultValue={Object.entries(initial.hsCodesByCountry ?? {})
              .map(([country, code]) => `${country}: ${code}`)
              .join('\n')}
            placeholder="US: 8518220000"
          />
        </label>
      </div>
      <fieldset>
        <legend>{t('field_tags')}</legend>
        {tags.map((tag) => (
          <label key={tag.id} className="inline">
            <input type="checkbox" name="tags" value={tag.id} defaultChecked={initial.tags?.includes(tag.id)} /> {localName(tag)}
          </label>
        ))}
      </fieldset>
      {certificates.length > 0 && (
        <fieldset>
          <legend>{t('field_certificates')}</legend>
          {certificates.map((cert) => (
            <label key={cert.id} className="inline">
              <input type="checkbox" name="certificateIds" value={cert.id} defaultChecked={initial.certificateIds?.includes(cert.id)} />{' '}
              {cert.kind} {cert.number} ({cert.markets.join(', ')})
            </label>
          ))}
        </fieldset>
      )}
      {errors.value.length > 0 && (
        <div role="alert" className="notice error" data-testid="sku-errors">
          {errors.value.map((e, i) => (
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
