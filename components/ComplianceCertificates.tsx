import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useMemo, type ReactNode } from 'react';
import { registryRows, validateCertificate, type CertificateState } from '@/lib/domain/compliance-registry';
import type { MatrixSku } from '@/lib/domain/compliance-matrix';
import type { Certificate, CertificateInput } from '@/lib/domain/schemas';
import { t } from '@/lib/i18n/t';
import type { FieldProblemWire } from '@/lib/messaging/compliance-protocol';
import { sendMessage } from '@/lib/messaging/page-client';
import type { CertificateEdit } from './Compliance';
import { guarded } from './store';

/** "EU, GB" / "EU GB" / one per line → ["EU", "GB"]; the schema then judges each. */
export function splitList(text: string, upper = false): string[] {
  return text
    .split(/[,;\n]+/)
    .flatMap((part) => (upper ? part.split(/\s+/) : [part]))
    .map((part) => (upper ? part.trim().toUpperCase() : part.trim()))
    .filter(Boolean);
}

/** A field's problems, keyed by the form field they belong to ("markets[1]" → "markets"). */
export function problemsByField(problems: readonly FieldProblemWire[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const p of problems) {
    const field = p.path.replace(/\[\d+\].*$/, '').replace(/\..*$/, '') || 'form';
    const text = `${p.message}${p.found !== undefined ? ` (${t('compliance_found', [p.found])})` : ''}`;
    map.set(field, [...(map.get(field) ?? []), text]);
  }
  return map;
}

export function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <span id={id} className="compliance-field-error" role="alert">
      {messages.join('; ')}
    </span>
  );
}

function Field({ name, label, errors, wide, children }: { name: string; label: string; errors: Map<string, string[]>; wide?: boolean; children: (props: { 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode }) {
  const messages = errors.get(name);
  const errorId = `compliance-cert-${name}-error`;
  return (
    <label className={wide ? 'wide' : undefined} data-field={name}>
      {label}
      {children(messages?.length ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
      <FieldError id={errorId} messages={messages} />
    </label>
  );
}

function newCertificateId(kind: string, number: string, existing: readonly string[]): string {
  const slug = `${kind}-${number}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'certificate';
  let id = `cert-${slug}`;
  for (let n = 2; existing.includes(id); n++) id = `cert-${slug}-${n}`;
  return id;
}

export function CertificateForm({
  edit,
  existingIds,
  skus,
  onCancel,
  onSaved,
}: {
  edit: CertificateEdit;
  existingIds: readonly string[];
  skus: readonly MatrixSku[];
  onCancel: () => void;
  onSaved: (id: string) => void;
}) {
  useSignals();
  const errors = useSignal<FieldProblemWire[]>([]);
  const saving = useSignal(false);
  const initial = edit.certificate;
  // After a refused save, the keyboard goes to the first field named in the errors.
  const problemCount = errors.value.length;
  useEffect(() => {
    if (problemCount > 0) document.querySelector<HTMLElement>('#compliance-cert-form [aria-invalid="true"]')?.focus();
  }, [problemCount]);
  const byField = problemsByField(errors.value);

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const optional = (name: string) => text(name) || undefined;
    const kind = text('kind');
    const number = text('number');
    const certificate: CertificateInput = {
      id: edit.isNew ? newCertificateId(kind, number, existingIds) : initial.id,
      kind,
      markets: splitList(text('markets'), true),
      covers: { skus: splitList(text('coversSkus')), models: splitList(text('coversModels')) },
      issuer: text('issuer'),
      number,
      issuedOn: optional('issuedOn'),
      validFrom: optional('validFrom'),
      expiresOn: optional('expiresOn'),
      fileRef: optional('fileRef'),
      legalRefs: splitList(text('legalRefs')),
    };
    // Checked here first, so the seller sees every bad field at once; the background checks again.
    const local = validateCertificate(certificate);
    if (!local.ok) {
      errors.value = local.problems.map((p) => ({ path: p.path, message: p.message, ...(p.found !== undefined && { found: p.found }) }));
      return;
    }
    saving.value = true;
    try {
      const result = await guarded(() => sendMessage('saveCertificate', { certificate, ...(edit.isNew ? {} : { previousId: initial.id }) }));
      if (!result) return;
      if (result.ok) onSaved(result.id);
      else errors.value = result.problems;
    } finally {
      saving.value = false;
    }
  };

  const knownSkus = new Set(skus.map((s) => s.sku));
  return (
    <form
      id="compliance-cert-form"
      className="card compliance-form"
      data-testid="compliance-cert-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
    >
      <h3>{edit.isNew ? t('compliance_cert_new') : t('compliance_cert_edit', [initial.id])}</h3>
      <div className="grid">
        <Field name="kind" label={t('compliance_cert_kind')} errors={byField}>
          {(aria) => <input name="kind" list="compliance-kinds" required defaultValue={initial.kind} {...aria} />}
        </Field>
        <Field name="markets" label={t('compliance_cert_markets')} errors={byField}>
          {(aria) => <input name="markets" required defaultValue={initial.markets.join(', ')} placeholder="EU, GB" {...aria} />}
        </Field>
        <Field name="number" label={t('compliance_cert_number')} errors={byField}>
          {(aria) => <input name="number" defaultValue={initial.number ?? ''} {...aria} />}
        </Field>
        <Field name="issuer" label={t('compliance_cert_issuer')} errors={byField}>
          {(aria) => <input name="issuer" defaultValue={initial.issuer ?? ''} {...aria} />}
        </Field>
        <Field name="coversModels" label={t('compliance_cert_models')} errors={byField.has('covers') ? new Map([['coversModels', byField.get('covers')!]]) : byField}>
          {(aria) => <textarea name="coversModels" rows={2} defaultValue={initial.covers?.models?.join('\n') ?? ''} placeholder="BT10" {...aria} />}
        </Field>
        <Field name="coversSkus" label={t('compliance_cert_skus')} errors={byField}>
          {(aria) => <textarea name="coversSkus" rows={2} defaultValue={initial.covers?.skus?.join('\n') ?? ''} placeholder="HW-SPK-BT10" {...aria} />}
        </Field>
        <Field name="issuedOn" label={t('compliance_cert_issued')} errors={byField}>
          {(aria) => <input type="date" name="issuedOn" defaultValue={initial.issuedOn ?? ''} {...aria} />}
        </Field>
        <Field name="validFrom" label={t('compliance_cert_valid_from')} errors={byField}>
          {(aria) => <input type="date" name="validFrom" defaultValue={initial.validFrom ?? ''} {...aria} />}
        </Field>
        <Field name="expiresOn" label={t('compliance_cert_expires')} errors={byField}>
          {(aria) => <input type="date" name="expiresOn" defaultValue={initial.expiresOn ?? ''} {...aria} />}
        </Field>
        <Field name="fileRef" label={t('compliance_cert_file')} errors={byField} wide>
          {(aria) => <input name="fileRef" defaultValue={initial.fileRef ?? ''} placeholder={t('compliance_cert_file_placeholder')} {...aria} />}
        </Field>
        <Field name="legalRefs" label={t('compliance_cert_legal')} errors={byField} wide>
          {(aria) => <textarea name="legalRefs" rows={2} defaultValue={initial.legalRefs?.join('\n') ?? ''} placeholder="2014/53/EU" {...aria} />}
        </Field>
      </div>
      <p className="muted">{t('compliance_cert_hint')}</p>
      {(initial.covers?.skus ?? []).some((s) => !knownSkus.has(s)) && <p className="muted">{t('compliance_cert_unknown_skus')}</p>}
      {(byField.get('id') ?? byField.get('form')) && (
        <p role="alert" className="notice error">
          {[...(byField.get('id') ?? []), ...(byField.get('form') ?? [])].join('; ')}
        </p>
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

/** Certificates listed at once; a seller with thousands pages or searches. */
const REGISTRY_PAGE_SIZE = 50;

export function CertificateChip({ state, daysLeft }: { state: CertificateState; daysLeft: number | null }) {
  const label =
    state === 'expired'
      ? t('compliance_state_expired', [-(daysLeft ?? 0)])
      : state === 'expiring'
        ? t('compliance_state_expiring', [daysLeft ?? 0])
        : state === 'not-yet-valid'
          ? t('compliance_state_not_yet_valid')
          : t('compliance_state_valid');
  return <span className={`compliance-chip compliance-state-${state}`}>{label}</span>;
}

/** The registry: every certificate with its state on `today`, the most urgent first. */
export function ComplianceCertificates({
  certificates,
  today,
  expiringWithinDays,
  onEdit,
  onAdd,
  onDeleted,
}: {
  certificates: readonly Certificate[];
  today: string;
  expiringWithinDays: number;
  onEdit: (id: string) => void;
  onAdd: () => void;
  onDeleted: (id: string) => void;
}) {
  useSignals();
  const query = useSignal('');
  const page = useSignal(0);
  const rows = useMemo(() => registryRows(certificates, today, expiringWithinDays, query.value), [certificates, today, expiringWithinDays, query.value]);
  const pages = Math.max(1, Math.ceil(rows.length / REGISTRY_PAGE_SIZE));
  const current = Math.min(page.value, pages - 1);
  const shown = rows.slice(current * REGISTRY_PAGE_SIZE, (current + 1) * REGISTRY_PAGE_SIZE);
  const remove = (cert: Certificate) => {
    if (!confirm(t('compliance_cert_delete_confirm', [cert.kind, cert.number || cert.id]))) return;
    void guarded(() => sendMessage('deleteCertificate', { id: cert.id })).then((r) => r && onDeleted(cert.id));
  };
  return (
    <section aria-labelledby="compliance-certs-heading" className="card">
      <div className="toolbar">
        <h3 id="compliance-certs-heading">{t('compliance_certs_heading')}</h3>
        <button type="button" className="primary" onClick={onAdd} data-action="add-certificate">
          {t('compliance_cert_add')}
        </button>
        {certificates.length > 0 && (
          <input
            type="search"
            aria-label={t('compliance_certs_search')}
            placeholder={t('compliance_certs_search')}
            value={query.value}
            onChange={(e) => {
              query.value = e.currentTarget.value;
              page.value = 0;
            }}
          />
        )}
      </div>
      {certificates.length === 0 ? (
        <p className="empty">{t('compliance_certs_empty')}</p>
      ) : rows.length === 0 ? (
        <p className="empty">{t('compliance_certs_no_match')}</p>
      ) : (
        <div className="compliance-matrix-scroll">
          <table className="table" data-testid="compliance-certificates">
            <thead>
              <tr>
                <th scope="col">{t('compliance_cert_kind')}</th>
                <th scope="col">{t('compliance_cert_number')}</th>
                <th scope="col">{t('compliance_cert_markets')}</th>
                <th scope="col">{t('compliance_cert_covers')}</th>
                <th scope="col">{t('compliance_cert_issuer')}</th>
                <th scope="col">{t('compliance_cert_validity')}</th>
                <th scope="col">{t('compliance_cert_status')}</th>
                <th scope="col">{t('compliance_cert_file')}</th>
                <th scope="col">
                  <span className="sr-only">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ cert, state, daysLeft }) => (
                <tr key={cert.id} data-certificate-id={cert.id} data-state={state}>
                  <td>{cert.kind}</td>
                  <td>
                    <code>{cert.number || '—'}</code>
                  </td>
                  <td>{cert.markets.join(', ')}</td>
                  <td>
                    {[...cert.covers.models.map((m) => t('compliance_model', [m])), ...cert.covers.skus].join(', ') || (
                      <span className="warn">{t('compliance_cert_covers_nothing')}</span>
                    )}
                  </td>
                  <td>{cert.issuer || '—'}</td>
                  <td>
                    {cert.validFrom ?? cert.issuedOn ?? '…'} → {cert.expiresOn ?? t('compliance_cert_no_expiry')}
                  </td>
                  <td>
                    <CertificateChip state={state} daysLeft={daysLeft} />
                  </td>
                  <td className="compliance-file">{cert.fileRef ?? '—'}</td>
                  <td className="row-actions">
                    <button type="button" onClick={() => onEdit(cert.id)} aria-label={t('compliance_cert_edit', [cert.id])}>
                      {t('edit')}
                    </button>
                    <button type="button" className="danger" onClick={() => remove(cert)} aria-label={t('compliance_cert_delete', [cert.id])}>
                      {t('delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {pages > 1 && (
            <nav className="compliance-pager" aria-label={t('compliance_certs_pages')}>
              <button type="button" onClick={() => (page.value = current - 1)} disabled={current === 0}>
                {t('compliance_prev')}
              </button>
              <span>{t('compliance_page', [current + 1, pages])}</span>
              <button type="button" onClick={() => (page.value = current + 1)} disabled={current >= pages - 1}>
                {t('compliance_next')}
              </button>
            </nav>
          )}
        </div>
      )}
    </section>
  );
}
