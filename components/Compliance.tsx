import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useMemo } from 'react';
import { buildComplianceMatrix } from '@/lib/domain/compliance-matrix';
import { KNOWN_CERTIFICATE_KINDS, type CertificateInput, type ComplianceRuleInput } from '@/lib/domain/schemas';
import { t } from '@/lib/i18n/t';
import type { ComplianceCheckAnswer, ComplianceWorkspace } from '@/lib/messaging/compliance-protocol';
import { sendMessage } from '@/lib/messaging/page-client';
import { CertificateForm, ComplianceCertificates, FieldError } from './ComplianceCertificates';
import { ComplianceMatrixView } from './ComplianceMatrix';
import { ComplianceRuleForm, ComplianceRules } from './ComplianceRules';
import { guarded, refreshOverview } from './store';

/** Brings an opened form into view and puts the keyboard in its first field. */
function showForm(id: string) {
  requestAnimationFrame(() => {
    const form = document.getElementById(id);
    form?.scrollIntoView({ block: 'start' });
    form?.querySelector<HTMLElement>('input:not([readonly]), select, textarea')?.focus({ preventScroll: true });
  });
}

export type CertificateEdit = { certificate: CertificateInput; isNew: boolean };
export type RuleEdit = { rule: ComplianceRuleInput; isNew: boolean };

/**
 * The Compliance view (F9, F27): the daily check on demand, the SKU × market matrix, the
 * certificate registry and the rules. The matrix is computed here from the workspace, once per
 * change, so filtering 20,000 SKUs never waits for the background.
 */
export function Compliance() {
  useSignals();
  const data = useSignal<ComplianceWorkspace | null>(null);
  const editingCert = useSignal<CertificateEdit | null>(null);
  const editingRule = useSignal<RuleEdit | null>(null);
  const check = useSignal<ComplianceCheckAnswer | null>(null);
  const checking = useSignal(false);
  const saved = useSignal<string | null>(null);
  const windowError = useSignal<string | null>(null);

  const refresh = () =>
    guarded(async () => {
      data.value = await sendMessage('getComplianceWorkspace', {});
    });
  useEffect(() => {
    void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const workspace = data.value;
  const matrix = useMemo(
    () =>
      workspace &&
      buildComplianceMatrix({
        skus: workspace.skus,
        categories: workspace.categories,
        rules: workspace.rules,
        certificates: workspace.certificates,
        today: workspace.today,
        expiringWithinDays: workspace.expiringWithinDays,
      }),
    [workspace],
  );

  const runCheck = () =>
    guarded(async () => {
      checking.value = true;
      try {
        check.value = await sendMessage('runComplianceCheck', {});
      } finally {
        checking.value = false;
      }
    });

  const editCertificate = (id: string) => {
    const cert = workspace?.certificates.find((c) => c.id === id);
    if (!cert) return;
    editingCert.value = { certificate: cert, isNew: false };
    showForm('compliance-cert-form');
  };
  const addCertificate = (prefill: Partial<CertificateInput> = {}) => {
    editingCert.value = { certificate: { id: '', kind: '', markets: [], ...prefill }, isNew: true };
    showForm('compliance-cert-form');
  };
  const afterSave = (message: string) => {
    saved.value = message;
    void refresh();
    void refreshOverview();
  };

  return (
    <section aria-labelledby="compliance-heading" className="compliance">
      <div className="toolbar">
        <h2 id="compliance-heading">{t('compliance_heading')}</h2>
        <button type="button" data-action="compliance-check" onClick={() => void runCheck()} disabled={checking.value}>
          {checking.value ? t('compliance_checking') : t('compliance_check_now')}
        </button>
      </div>
      <p className="muted">{t('compliance_intro', [workspace?.expiringWithinDays ?? 30])}</p>
      {workspace && (
        <form
          className="compliance-window"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const days = Number(new FormData(event.currentTarget).get('expiringWithinDays'));
            if (!Number.isInteger(days) || days < 1 || days > 365) {
              windowError.value = t('compliance_window_invalid');
              return;
            }
            windowError.value = null;
            void guarded(async () => {
              await sendMessage('saveSettings', { expiringWithinDays: days });
              check.value = await sendMessage('runComplianceCheck', {});
              await refresh();
            });
          }}
        >
          <label>
            {t('compliance_window')}
            <input
              key={workspace.expiringWithinDays}
              name="expiringWithinDays"
              type="number"
              min={1}
              max={365}
              defaultValue={workspace.expiringWithinDays}
              aria-invalid={windowError.value ? true : undefined}
              aria-describedby={windowError.value ? 'compliance-window-error' : undefined}
            />
          </label>
          <button type="submit">{t('save')}</button>
          <FieldError id="compliance-window-error" messages={windowError.value ? [windowError.value] : undefined} />
        </form>
      )}
      <datalist id="compliance-kinds">
        {KNOWN_CERTIFICATE_KINDS.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      {check.value && (
        <p role="status" className={`notice ${check.value.attention.length > 0 ? 'error' : 'ok'}`} data-testid="compliance-check-result">
          {check.value.attention.length === 0
            ? t('compliance_check_none', [check.value.today])
            : check.value.notified > 0
              ? t('compliance_check_notified', [check.value.attention.length, check.value.today])
              : t('compliance_check_already', [check.value.attention.length, check.value.today])}
        </p>
      )}
      {saved.value && (
        <p role="status" className="notice ok" data-testid="compliance-saved">
          {saved.value}
        </p>
      )}
      {!workspace || !matrix ? (
        <p className="muted">{t('loading')}</p>
      ) : (
        <>
          <ComplianceMatrixView
            matrix={matrix}
            categories={workspace.categories}
            expiringWithinDays={workspace.expiringWithinDays}
            onEditCertificate={editCertificate}
            onAddCertificate={addCertificate}
          />
          {editingCert.value && (
            <CertificateForm
              key={editingCert.value.certificate.id + String(editingCert.value.isNew)}
              edit={editingCert.value}
              existingIds={workspace.certificates.map((c) => c.id)}
              skus={workspace.skus}
              onCancel={() => (editingCert.value = null)}
              onSaved={(id) => {
                editingCert.value = null;
                afterSave(t('compliance_cert_saved', [id]));
              }}
            />
          )}
          <ComplianceCertificates
            certificates={workspace.certificates}
            today={workspace.today}
            expiringWithinDays={workspace.expiringWithinDays}
            onEdit={editCertificate}
            onAdd={() => addCertificate()}
            onDeleted={(id) => afterSave(t('compliance_cert_deleted', [id]))}
          />
          {editingRule.value && (
            <ComplianceRuleForm
              key={editingRule.value.rule.id + String(editingRule.value.isNew)}
              edit={editingRule.value}
              categories={workspace.categories}
              existingIds={workspace.rules.map((r) => r.id)}
              onCancel={() => (editingRule.value = null)}
              onSaved={(id) => {
                editingRule.value = null;
                afterSave(t('compliance_rule_saved', [id]));
              }}
            />
          )}
          <ComplianceRules
            rules={workspace.rules}
            categories={workspace.categories}
            onEdit={(rule) => {
              editingRule.value = { rule, isNew: false };
              showForm('compliance-rule-form');
            }}
            onAdd={() => {
              editingRule.value = { rule: { id: '', market: '', categoryId: '', requires: [{ kind: '' }], enabled: true, source: '' }, isNew: true };
              showForm('compliance-rule-form');
            }}
            onDeleted={(id) => afterSave(t('compliance_rule_deleted', [id]))}
          />
        </>
      )}
    </section>
  );
}
