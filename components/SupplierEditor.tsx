import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useId, type ReactNode } from 'react';
import type { Supplier } from '@/lib/domain/suppliers';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/page-client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { guarded } from './store';
import { parseNumber, type FieldErrors } from './suppliers-state';

type Workspace = ResponseOf<'listSuppliers'>;

interface ContactRow {
  name: string;
  role: string;
  email: string;
  phone: string;
  wechat: string;
}
interface PriceRow {
  sku: string;
  unitPrice: string;
  currency: string;
  moq: string;
  leadTimeDays: string;
  validFrom: string;
  validUntil: string;
}

const emptyContact = (): ContactRow => ({ name: '', role: '', email: '', phone: '', wechat: '' });
const emptyPrice = (currency = 'USD'): PriceRow => ({ sku: '', unitPrice: '', currency, moq: '1', leadTimeDays: '', validFrom: '', validUntil: '' });

/** The form's rows → the record the background validates; empty optional fields are left out. */
function toSupplier(id: string | undefined, name: string, notes: string, categories: string[], contacts: ContactRow[], prices: PriceRow[]) {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    ...(id && { id }),
    name,
    notes,
    categories,
    contacts: contacts.map((c) => ({ name: c.name, role: c.role.trim(), email: optional(c.email), phone: optional(c.phone), wechat: optional(c.wechat) })),
    prices: prices.map((p) => ({
      sku: p.sku,
      unitPrice: { amount: parseNumber(p.unitPrice), currency: p.currency.trim().toUpperCase() },
      moq: parseNumber(p.moq),
      leadTimeDays: parseNumber(p.leadTimeDays),
      validFrom: optional(p.validFrom),
      validUntil: optional(p.validUntil),
    })),
  };
}

/** F10 supplier editor: contacts, main categories from the central tree, quoted prices with MOQ, lead time and validity. */
export function SupplierEditor({
  supplier,
  categories,
  skus,
  onDone,
}: {
  supplier: Supplier | null;
  categories: Workspace['categories'];
  skus: Workspace['skus'];
  onDone: (savedName: string | null) => void;
}) {
  useSignals();
  const uid = useId();
  const name = useSignal(supplier?.name ?? '');
  const notes = useSignal(supplier?.notes ?? '');
  const chosen = useSignal<string[]>(supplier?.categories ?? []);
  const contacts = useSignal<ContactRow[]>(
    supplier?.contacts.map((c) => ({ name: c.name, role: c.role, email: c.email ?? '', phone: c.phone ?? '', wechat: c.wechat ?? '' })) ?? [emptyContact()],
  );
  const prices = useSignal<PriceRow[]>(
    supplier?.prices.map((p) => ({
      sku: p.sku,
      unitPrice: String(p.unitPrice.amount),
      currency: p.unitPrice.currency,
      moq: String(p.moq),
      leadTimeDays: String(p.leadTimeDays),
      validFrom: p.validFrom ?? '',
      validUntil: p.validUntil ?? '',
    })) ?? [],
  );
  const errors = useSignal<FieldErrors>({});
  const summary = useSignal<string[]>([]);
  const saving = useSignal(false);

  const setContact = (i: number, field: keyof ContactRow, value: string) => (contacts.value = contacts.value.map((c, j) => (j === i ? { ...c, [field]: value } : c)));
  const setPrice = (i: number, field: keyof PriceRow, value: string) => (prices.value = prices.value.map((p, j) => (j === i ? { ...p, [field]: value } : p)));

  const save = () =>
    guarded(async () => {
      saving.value = true;
      try {
        const record = toSupplier(supplier?.id, name.value, notes.value, chosen.value, contacts.value, prices.value);
        const result = await sendMessage('saveSupplier', { supplier: { ...supplier, ...record } });
        if (result.ok) {
          errors.value = {};
          summary.value = [];
          onDone(name.value.trim());
        } else {
          errors.value = result.fields;
          summary.value = result.errors;
        }
      } finally {
        saving.value = false;
      }
    });

  /** An input with its label and its own error, tied together for assistive tools. */
  const field = (path: string, label: string, input: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode) => {
    const id = `${uid}-${path}`;
    const error = errors.value[path];
    return (
      <label htmlFor={id} className="sup-field">
        <span>{label}</span>
        {input({ id, 'aria-invalid': Boolean(error), ...(error && { 'aria-describedby': `${id}-error` }) })}
        {error && (
          <span id={`${id}-error`} className="sup-field-error">
            {error}
          </span>
        )}
      </label>
    );
  };
  const skuList = `${uid}-skus`;

  return (
    <form
      className="card sup-editor"
      aria-labelledby={`${uid}-title`}
      data-testid="supplier-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={`${uid}-title`}>{supplier ? t('suppliers_edit_heading', [supplier.name]) : t('suppliers_new_heading')}</h3>
      <div className="grid">
        {field('name', t('suppliers_field_name'), (p) => (
          <input {...p} value={name.value} onChange={(e) => (name.value = e.currentTarget.value)} maxLength={300} autoFocus />
        ))}
        {field('notes', t('suppliers_field_notes'), (p) => (
          <input {...p} value={notes.value} onChange={(e) => (notes.value = e.currentTarget.value)} maxLength={5000} />
        ))}
      </div>

      <fieldset className="sup-fieldset">
        <legend>{t('suppliers_contacts')}</legend>
        {contacts.value.length === 0 && <p className="muted">{t('suppliers_contacts_empty')}</p>}
        {contacts.value.map((c, i) => (
          <div key={i} className="sup-row" role="group" aria-label={t('suppliers_contact_n', [i + 1])}>
            {field(`contacts[${i}].name`, t('suppliers_field_contact_name'), (p) => <input {...p} value={c.name} onChange={(e) => setContact(i, 'name', e.currentTarget.value)} />)}
            {field(`contacts[${i}].role`, t('suppliers_field_role'), (p) => (
              <input {...p} value={c.role} placeholder={t('suppliers_field_role_placeholder')} onChange={(e) => setContact(i, 'role', e.currentTarget.value)} />
            ))}
            {field(`contacts[${i}].email`, t('suppliers_field_email'), (p) => <input {...p} type="email" value={c.email} onChange={(e) => setContact(i, 'email', e.currentTarget.value)} />)}
            {field(`contacts[${i}].phone`, t('suppliers_field_phone'), (p) => <input {...p} type="tel" value={c.phone} onChange={(e) => setContact(i, 'phone', e.currentTarget.value)} />)}
            {field(`contacts[${i}].wechat`, t('suppliers_field_wechat'), (p) => <input {...p} value={c.wechat} onChange={(e) => setContact(i, 'wechat', e.currentTarget.value)} />)}
            <button type="button" className="danger sup-row-remove" onClick={() => (contacts.value = contacts.value.filter((_, j) => j !== i))}>
              {t('suppliers_remove_contact', [i + 1])}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => (contacts.value = [...contacts.value, emptyContact()])}>
          {t('suppliers_add_contact')}
        </button>
      </fieldset>

      <fieldset className="sup-fieldset">
        <legend>{t('suppliers_categories')}</legend>
        {categories.length === 0 ? (
          <p className="muted">{t('suppliers_categories_empty')}</p>
        ) : (
          <div className="sup-categories">
            {categories.map((c) => (
              <label key={c.id} className="inline" style={{ paddingLeft: (c.level - 1) * 14 }}>
                <input
                  type="checkbox"
                  checked={chosen.value.includes(c.id)}
                  onChange={(e) => (chosen.value = e.currentTarget.checked ? [...chosen.value, c.id] : chosen.value.filter((id) => id !== c.id))}
                />
                {c.name}
              </label>
            ))}
          </div>
        )}
      </fieldset>

      <fieldset className="sup-fieldset">
        <legend>{t('suppliers_prices')}</legend>
        <p className="muted sup-small">{t('suppliers_prices_help')}</p>
        <datalist id={skuList}>
          {skus.map((s) => (
            <option key={s.sku} value={s.sku}>
              {s.title}
            </option>
          ))}
        </datalist>
        {prices.value.length === 0 && <p className="muted">{t('suppliers_prices_empty')}</p>}
        {prices.value.map((p, i) => (
          <div key={i} className="sup-row" role="group" aria-label={t('suppliers_price_n', [i + 1])}>
            {field(`prices[${i}].sku`, t('suppliers_field_sku'), (q) => <input {...q} list={skuList} value={p.sku} onChange={(e) => setPrice(i, 'sku', e.currentTarget.value)} />)}
            {field(`prices[${i}].unitPrice.amount`, t('suppliers_field_unit_price'), (q) => (
              <input {...q} inputMode="decimal" value={p.unitPrice} onChange={(e) => setPrice(i, 'unitPrice', e.currentTarget.value)} />
            ))}
            {field(`prices[${i}].unitPrice.currency`, t('suppliers_field_currency'), (q) => (
              <input {...q} value={p.currency} maxLength={3} size={4} onChange={(e) => setPrice(i, 'currency', e.currentTarget.value)} />
            ))}
            {field(`prices[${i}].moq`, t('suppliers_field_moq'), (q) => <input {...q} inputMode="numeric" value={p.moq} onChange={(e) => setPrice(i, 'moq', e.currentTarget.value)} />)}
            {field(`prices[${i}].leadTimeDays`, t('suppliers_field_lead_time'), (q) => (
              <input {...q} inputMode="numeric" value={p.leadTimeDays} onChange={(e) => setPrice(i, 'leadTimeDays', e.currentTarget.value)} />
            ))}
            {field(`prices[${i}].validFrom`, t('suppliers_field_valid_from'), (q) => <input {...q} type="date" value={p.validFrom} onChange={(e) => setPrice(i, 'validFrom', e.currentTarget.value)} />)}
            {field(`prices[${i}].validUntil`, t('suppliers_field_valid_until'), (q) => (
              <input {...q} type="date" value={p.validUntil} onChange={(e) => setPrice(i, 'validUntil', e.currentTarget.value)} />
            ))}
            <button type="button" className="danger sup-row-remove" onClick={() => (prices.value = prices.value.filter((_, j) => j !== i))}>
              {t('suppliers_remove_price', [i + 1])}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => (prices.value = [...prices.value, emptyPrice(prices.value.at(-1)?.currency)])}>
          {t('suppliers_add_price')}
        </button>
      </fieldset>

      {summary.value.length > 0 && (
        <div role="alert" className="notice error" data-testid="supplier-errors">
          <p>{t('suppliers_not_saved')}</p>
          <ul>
            {summary.value.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving.value}>
          {t('save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
