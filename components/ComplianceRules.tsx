import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect } from 'react';
import { validateComplianceRule } from '@/lib/domain/compliance-registry';
import type { Category, ComplianceRule, ComplianceRuleInput } from '@/lib/domain/schemas';
import { localName, t } from '@/lib/i18n/t';
import type { FieldProblemWire } from '@/lib/messaging/compliance-protocol';
import { sendMessage } from '@/lib/messaging/page-client';
import type { RuleEdit } from './Compliance';
import { FieldError, splitList } from './ComplianceCertificates';
import { guarded } from './store';

function pathName(category: Category | undefined, byId: ReadonlyMap<string, Category>): string {
  const names: string[] = [];
  for (let node = category, guard = 0; node && guard < 8; guard++) {
    names.unshift(localName(node));
    node = node.parentId ? byId.get(node.parentId) : undefined;
  }
  return names.join(' › ');
}

interface RequirementDraft {
  key: number;
  kind: string;
  alternatives: string;
  why: string;
}

export function ComplianceRuleForm({
  edit,
  categories,
  existingIds,
  onCancel,
  onSaved,
}: {
  edit: RuleEdit;
  categories: readonly Category[];
  existingIds: readonly string[];
  onCancel: () => void;
  onSaved: (id: string) => void;
}) {
  useSignals();
  const initial = edit.rule;
  const errors = useSignal<FieldProblemWire[]>([]);
  const saving = useSignal(false);
  const requirements = useSignal<RequirementDraft[]>(
    initial.requires.map((r, i) => ({ key: i, kind: r.kind, alternatives: (r.acceptedAlternatives ?? []).join(', '), why: r.why ?? '' })),
  );
  // After a refused save, the keyboard goes to the first field named in the errors.
  const problemCount = errors.value.length;
  useEffect(() => {
    if (problemCount > 0) document.querySelector<HTMLElement>('#compliance-rule-form [aria-invalid="true"]')?.focus();
  }, [problemCount]);
  const byId = new Map(categories.map((c) => [c.id, c]));
  const errorAt = (path: string) => errors.value.filter((p) => p.path === path || p.path.startsWith(`${path}[`) || p.path.startsWith(`${path}.`)).map((p) => `${p.message}${p.found !== undefined ? ` (${t('compliance_found', [p.found])})` : ''}`);
  const aria = (path: string) => (errorAt(path).length > 0 ? { 'aria-invalid': true as const, 'aria-describedby': `compliance-rule-${path.replace(/\W/g, '-')}-error` } : {});
  const errorOf = (path: string) => <FieldError id={`compliance-rule-${path.replace(/\W/g, '-')}-error`} messages={errorAt(path)} />;
  const update = (key: number, patch: Partial<RequirementDraft>) => (requirements.value = requirements.value.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const market = text('market').toUpperCase();
    const categoryId = text('categoryId');
    let id = initial.id;
    if (edit.isNew) {
      const base = `rule-${market.toLowerCase()}-${categoryId}`.replace(/[^a-z0-9-]+/g, '-');
      id = base;
      for (let n = 2; existingIds.includes(id); n++) id = `${base}-${n}`;
    }
    const rule: ComplianceRuleInput = {
      id,
      market,
      categoryId,
      enabled: data.get('enabled') === 'on',
      source: text('source'),
      requires: requirements.value.map((r) => ({ kind: r.kind.trim(), acceptedAlternatives: splitList(r.alternatives), why: r.why.trim() })),
    };
    const local = validateComplianceRule(rule, new Set(categories.map((c) => c.id)));
    if (!local.ok) {
      errors.value = local.problems.map((p) => ({ path: p.path, message: p.message, ...(p.found !== undefined && { found: p.found }) }));
      return;
    }
    saving.value = true;
    try {
      const result = await guarded(() => sendMessage('saveComplianceRule', { rule, ...(edit.isNew ? {} : { previousId: initial.id }) }));
      if (!result) return;
      if (result.ok) onSaved(result.id);
      else errors.value = result.problems;
    } finally {
      saving.value = false;
    }
  };

  return (
    <form
      id="compliance-rule-form"
      className="card compliance-form"
      data-testid="compliance-rule-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
    >
      <h3>{edit.isNew ? t('compliance_rule_new') : t('compliance_rule_edit', [initial.id])}</h3>
      <div className="grid">
        <label>
          {t('compliance_rule_market')}
          <input name="market" required defaultValue={initial.market} placeholder="EU, GB, US…" maxLength={2} {...aria('market')} />
          {errorOf('market')}
        </label>
        <label className="wide">
          {t('compliance_rule_category')}
          <select name="categoryId" defaultValue={initial.categoryId} {...aria('categoryId')}>
            <option value="">{t('compliance_rule_pick_category')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {pathName(c, byId)}
              </option>
            ))}
          </select>
          {errorOf('categoryId')}
        </label>
        <label className="wide">
          {t('compliance_rule_source')}
          <input name="source" defaultValue={initial.source ?? ''} placeholder={t('compliance_rule_source_placeholder')} {...aria('source')} />
          {errorOf('source')}
        </label>
        <label className="inline">
          <input type="checkbox" name="enabled" defaultChecked={initial.enabled ?? true} /> {t('compliance_rule_enabled')}
        </label>
      </div>
      <fieldset>
        <legend>{t('compliance_rule_requires')}</legend>
        {errorOf('requires')}
        {requirements.value.map((r, index) => (
          <div key={r.key} className="compliance-requirement grid">
            <label>
              {t('compliance_cert_kind')}
              <input list="compliance-kinds" value={r.kind} onChange={(e) => update(r.key, { kind: e.currentTarget.value })} {...aria(`requires[${index}].kind`)} />
              {errorOf(`requires[${index}].kind`)}
            </label>
            <label>
              {t('compliance_rule_alternatives')}
              <input value={r.alternatives} onChange={(e) => update(r.key, { alternatives: e.currentTarget.value })} placeholder="CE" />
            </label>
            <label className="wide">
              {t('compliance_rule_why')}
              <input value={r.why} onChange={(e) => update(r.key, { why: e.currentTarget.value })} {...aria(`requires[${index}].why`)} />
              {errorOf(`requires[${index}].why`)}
            </label>
            <div className="actions">
              <button type="button" className="danger" onClick={() => (requirements.value = requirements.value.filter((x) => x.key !== r.key))}>
                {t('compliance_rule_remove_requirement')}
              </button>
            </div>
          </div>
        ))}
        <button
          type="button"
          onClick={() => (requirements.value = [...requirements.value, { key: Math.max(0, ...requirements.value.map((x) => x.key)) + 1, kind: '', alternatives: '', why: '' }])}
        >
          {t('compliance_rule_add_requirement')}
        </button>
      </fieldset>
      {errorAt('id').length > 0 && (
        <p role="alert" className="notice error">
          {errorAt('id').join('; ')}
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

/** The "market × category → certificates" rules, each with where it comes from. */
export function ComplianceRules({
  rules,
  categories,
  onEdit,
  onAdd,
  onDeleted,
}: {
  rules: readonly ComplianceRule[];
  categories: readonly Category[];
  onEdit: (rule: ComplianceRule) => void;
  onAdd: () => void;
  onDeleted: (id: string) => void;
}) {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const sorted = [...rules].sort((a, b) => a.market.localeCompare(b.market) || a.categoryId.localeCompare(b.categoryId));
  const remove = (rule: ComplianceRule) => {
    if (!confirm(t('compliance_rule_delete_confirm', [rule.id]))) return;
    void guarded(() => sendMessage('deleteComplianceRule', { id: rule.id })).then((r) => r && onDeleted(rule.id));
  };
  return (
    <section aria-labelledby="compliance-rules-heading" className="card">
      <div className="toolbar">
        <h3 id="compliance-rules-heading">{t('compliance_rules_heading')}</h3>
        <button type="button" className="primary" onClick={onAdd} data-action="add-rule">
          {t('compliance_rule_add')}
        </button>
      </div>
      <p className="muted">{t('compliance_rules_intro')}</p>
      {sorted.length === 0 ? (
        <p className="empty">{t('compliance_rules_empty')}</p>
      ) : (
        <table className="table" data-testid="compliance-rules">
          <thead>
            <tr>
              <th scope="col">{t('compliance_rule_market')}</th>
              <th scope="col">{t('compliance_rule_category')}</th>
              <th scope="col">{t('compliance_rule_requires')}</th>
              <th scope="col">{t('compliance_rule_source')}</th>
              <th scope="col">
                <span className="sr-only">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((rule) => (
              <tr key={rule.id} data-rule-id={rule.id} className={rule.enabled ? undefined : 'compliance-disabled'}>
                <td>
                  {rule.market}
                  {!rule.enabled && <div className="muted">{t('compliance_rule_off')}</div>}
                </td>
                <td>{byId.has(rule.categoryId) ? pathName(byId.get(rule.categoryId), byId) : <span className="warn">{t('compliance_rule_unknown_category', [rule.categoryId])}</span>}</td>
                <td>
                  <ul className="compliance-reasons">
                    {rule.requires.map((r, i) => (
                      <li key={i}>
                        <strong>{r.kind}</strong>
                        {r.acceptedAlternatives.length > 0 && ` ${t('compliance_rule_or', [r.acceptedAlternatives.join(', ')])}`}
                        {r.why && <div className="muted">{r.why}</div>}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="compliance-source">{rule.source || <span className="muted">{t('compliance_rule_no_source')}</span>}</td>
                <td className="row-actions">
                  <button type="button" onClick={() => onEdit(rule)} aria-label={t('compliance_rule_edit', [rule.id])}>
                    {t('edit')}
                  </button>
                  <button type="button" className="danger" onClick={() => remove(rule)} aria-label={t('compliance_rule_delete', [rule.id])}>
                    {t('delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
