import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, type KeyboardEvent } from 'react';
import { describeRule, type NameKind } from '@/lib/domain/rule-edit';
import { explain, t, uiLanguage } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/page-client';
import type { RuleEditorData, WhatIfReply } from '@/lib/messaging/rules-protocol';
import { ReturnRuleEditor } from './ReturnRuleEditor';
import { ReturnRulesWhatIf } from './ReturnRulesWhatIf';
import {
  addRule,
  blocksSaving,
  deleteRule,
  draftOf,
  draftProblems,
  duplicateRule,
  listKey,
  move,
  updateRule,
  type DraftProblem,
  type DraftRule,
} from './rules-model';
import { guarded } from './store';

/**
 * Return/exchange rules (F13) with their what-if (F25). The seller edits a draft of the whole ordered
 * list; "What would change" runs the draft over every stored case in the background; Save writes the
 * list all at once, Discard goes back to what is stored.
 */
export function ReturnRules() {
  useSignals();
  const data = useSignal<RuleEditorData | null>(null);
  const draft = useSignal<DraftRule[]>([]);
  const selected = useSignal<string | null>(null);
  const result = useSignal<{ reply: WhatIfReply; key: string } | null>(null);
  const running = useSignal(false);
  const saving = useSignal(false);
  const saveErrors = useSignal<string[]>([]);
  const status = useSignal('');
  /** Bumped when the draft is replaced as a whole (load, save, discard): the open editor's typed inputs start again. */
  const generation = useSignal(0);

  const load = () =>
    guarded(async () => {
      const loaded = await sendMessage('getRuleEditor', {});
      data.value = loaded;
      draft.value = draftOf(loaded.rules);
      generation.value++;
      result.value = null;
      if (!loaded.rules.some((r) => r.id === selected.value)) selected.value = null;
    });
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const loaded = data.value;
  if (!loaded) return <p className="muted">{t('loading')}</p>;

  const zh = uiLanguage().toLowerCase().startsWith('zh');
  const nameOf = (kind: NameKind, id: string): string => {
    if (kind === 'reason') return t(`reason_${id}`);
    if (kind === 'category') {
      const c = loaded.categories.find((x) => x.id === id);
      return c ? ((zh && c.nameZh) || c.name) : id;
    }
    if (kind === 'tag') {
      const tag = loaded.tags.find((x) => x.id === id);
      return tag ? ((zh && tag.labelZh) || tag.label) : id;
    }
    return id;
  };
  const rules = draft.value;
  const draftKey = listKey(rules);
  const dirty = draftKey !== listKey(loaded.rules);
  const problems: DraftProblem[] = draftProblems(rules, {
    warehouses: loaded.warehouses,
    caseCurrencies: new Map(loaded.caseCurrencies.map((c) => [c.currency, c.count])),
  });
  const blocked = blocksSaving(problems);
  const stale = result.value !== null && result.value.key !== draftKey;

  const change = (next: DraftRule[], message?: string) => {
    draft.value = next;
    if (message) status.value = message;
  };
  const moveBy = (id: string, direction: 'up' | 'down') => {
    change(move(rules, id, direction), t(direction === 'up' ? 'rules_moved_up' : 'rules_moved_down', [rules.find((r) => r.id === id)?.name ?? id]));
    // Keep focus on the moved rule's row for repeated key presses.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-rule-id="${CSS.escape(id)}"]`)?.focus());
  };
  const onRowKey = (event: KeyboardEvent<HTMLLIElement>, id: string) => {
    if (event.target !== event.currentTarget) return;
    if (event.altKey && event.key === 'ArrowUp') {
      event.preventDefault();
      moveBy(id, 'up');
    } else if (event.altKey && event.key === 'ArrowDown') {
      event.preventDefault();
      moveBy(id, 'down');
    } else if (event.key === 'Enter') {
      event.preventDefault();
      selected.value = id;
    }
  };

  const runWhatIf = () =>
    guarded(async () => {
      running.value = true;
      try {
        const reply = await sendMessage('runWhatIf', { rules, limit: 500 });
        result.value = { reply, key: draftKey };
      } finally {
        running.value = false;
      }
    });
  const save = () =>
    guarded(async () => {
      saving.value = true;
      try {
        const reply = await sendMessage('saveReturnRules', { rules });
        if (reply.ok) {
          saveErrors.value = [];
          data.value = { ...loaded, rules: reply.rules };
          draft.value = draftOf(reply.rules);
          generation.value++;
          result.value = null;
          status.value = t('rules_saved', [String(reply.rules.length)]);
        } else saveErrors.value = reply.errors;
      } finally {
        saving.value = false;
      }
    });
  const discard = () => {
    draft.value = draftOf(loaded.rules);
    generation.value++;
    result.value = null;
    saveErrors.value = [];
    status.value = t('rules_discarded');
  };

  const editing = rules.find((r) => r.id === selected.value);
  const ruleProblems = (id: string) => problems.filter((p) => p.ruleId === id);

  return (
    <section aria-labelledby="rules-heading" className="card rules">
      <h2 id="rules-heading">{t('rules_heading')}</h2>
      <p className="muted">{t('rules_intro')}</p>
      <p className="muted">{t('rules_keyboard_hint')}</p>
      <div className="toolbar rules-toolbar">
        <button
          type="button"
          onClick={() => {
            const added = addRule(rules, t('rules_new_name'));
            change(added.rules, t('rules_added'));
            selected.value = added.id;
          }}
        >
          {t('rules_add')}
        </button>
        <span className="rules-state" aria-live="polite" data-testid="rules-state">
          {dirty ? t('rules_unsaved') : t('rules_all_saved')}
        </span>
      </div>
      {rules.length === 0 && <p className="empty">{t('rules_empty')}</p>}
      <ol className="rules-list" data-testid="rules-list">
        {rules.map((rule, index) => {
          const description = describeRule(rule, { nameOf, warehouses: loaded.warehouses });
          const own = ruleProblems(rule.id);
          return (
            <li
              key={rule.id}
              tabIndex={0}
              data-rule-id={rule.id}
              className={`rules-row${rule.enabled ? '' : ' rules-off'}${selected.value === rule.id ? ' rules-selected' : ''}`}
              aria-label={t('rules_row_label', [String(index + 1), rule.name])}
              onKeyDown={(e) => onRowKey(e, rule.id)}
            >
              <div className="rules-row-head">
                <span className="rules-position">{index + 1}</span>
                <strong className="rules-name">{(zh && rule.nameZh) || rule.name}</strong>
                {!rule.enabled && <span className="rules-badge">{t('rules_off_badge')}</span>}
                {own.length > 0 && (
                  <span className={`rules-badge rules-badge-${own.some((p) => p.severity === 'error') ? 'error' : 'warning'}`}>
                    {t('rules_problem_count', [String(own.length)])}
                  </span>
                )}
              </div>
              <ul className="rules-describe">
                {description.conditions.map((e, i) => (
                  <li key={`c${i}`}>{explain(e)}</li>
                ))}
                {description.action.map((e, i) => (
                  <li key={`a${i}`} className="rules-describe-action">
                    → {explain(e)}
                  </li>
                ))}
              </ul>
              <div className="row-actions rules-row-actions">
                <button type="button" data-action="rule-edit" onClick={() => (selected.value = selected.value === rule.id ? null : rule.id)} aria-expanded={selected.value === rule.id}>
                  {t('rules_edit')}
                </button>
                <button type="button" onClick={() => moveBy(rule.id, 'up')} disabled={index === 0} aria-label={t('rules_move_up_label', [rule.name])}>
                  ↑ {t('rules_move_up')}
                </button>
                <button type="button" onClick={() => moveBy(rule.id, 'down')} disabled={index === rules.length - 1} aria-label={t('rules_move_down_label', [rule.name])}>
                  ↓ {t('rules_move_down')}
                </button>
                <label className="rules-switch">
                  <input
                    type="checkbox"
                    checked={rule.enabled}
                    onChange={(e) => change(updateRule(rules, rule.id, (r) => ({ ...r, enabled: e.currentTarget.checked })))}
                  />
                  {t('rules_enabled')}
                </label>
                <button
                  type="button"
                  onClick={() => {
                    const copy = duplicateRule(rules, rule.id, (name) => t('rules_copy_name', [name]));
                    change(copy.rules, t('rules_duplicated', [rule.name]));
                    selected.value = copy.id;
                  }}
                >
                  {t('rules_duplicate')}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() => {
                    change(deleteRule(rules, rule.id), t('rules_deleted', [rule.name]));
                    if (selected.value === rule.id) selected.value = null;
                  }}
                >
                  {t('delete')}
                </button>
              </div>
              {editing && editing.id === rule.id && (
                <ReturnRuleEditor
                  key={`${rule.id}-${generation.value}`}
                  rule={editing}
                  data={loaded}
                  nameOf={nameOf}
                  onChange={(next) => change(updateRule(rules, rule.id, () => next))}
                  onClose={() => (selected.value = null)}
                />
              )}
            </li>
          );
        })}
      </ol>

      <div className="rules-problems" data-testid="rules-problems">
        <h3>{t('rules_problems_heading')}</h3>
        {problems.length === 0 ? (
          <p className="muted">{t('rules_no_problems')}</p>
        ) : (
          <ul>
            {problems.map((p, i) => (
              <li key={i} className={`rules-problem rules-problem-${p.severity}`}>
                <span className="rules-severity">{t(`rules_severity_${p.severity}`)}</span> {'text' in p ? p.text : explain(p.explanation)}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="actions rules-actions">
        <button type="button" data-action="rules-whatif" onClick={() => void runWhatIf()} disabled={running.value || blocked} aria-describedby="rules-whatif-help">
          {running.value ? t('rules_whatif_running') : t('rules_whatif_run')}
        </button>
        <button type="button" className="primary" onClick={() => void save()} disabled={!dirty || blocked || saving.value}>
          {saving.value ? t('rules_saving') : t('rules_save')}
        </button>
        <button type="button" onClick={discard} disabled={!dirty}>
          {t('rules_discard')}
        </button>
      </div>
      <p id="rules-whatif-help" className="muted">
        {blocked ? t('rules_blocked') : t('rules_whatif_help', [String(loaded.ruleCases)])}
      </p>
      <p className="sr-only" aria-live="polite">
        {status.value}
      </p>
      {saveErrors.value.length > 0 && (
        <div role="alert" className="notice error">
          {saveErrors.value.map((e, i) => (
            <p key={i}>{e}</p>
          ))}
        </div>
      )}
      {result.value && <ReturnRulesWhatIf reply={result.value.reply} stale={stale} rules={[...loaded.rules, ...rules]} warehouses={loaded.warehouses} />}
    </section>
  );
}
