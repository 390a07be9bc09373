import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useId, useRef, type KeyboardEvent, type RefObject } from 'react';
import { TEMPLATE_INTENTS, TEMPLATE_LANGUAGES, type TemplateIntent, type TemplateLanguage } from '@/lib/domain/templates/kinds';
import type { ReplyTemplate, ReplyTemplateInput } from '@/lib/domain/templates/schema';
import { validateTemplateBody } from '@/lib/domain/templates/syntax';
import { localName, t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/page-client';
import { refreshReplyTemplates, settings } from './store';
import { TemplateBodyEditor, joinSentences, problemText } from './TemplateBodyEditor';
import { TemplatePreview } from './TemplatePreview';
import {
  MARKETPLACES,
  addVariant,
  dirtyVariants,
  draftFromTemplates,
  isEditedBuiltIn,
  isVariantDirty,
  markSaved,
  newGroupDraft,
  problemField,
  removeVariant,
  replaceVariant,
  shippedTemplate,
  starterBody,
  templateFromDraft,
  updateVariant,
  type GroupDraft,
  type VariantDraft,
} from './templates-model';

const languageName = (language: TemplateLanguage) => t(`language_${language}`);
const intentName = (intent: TemplateIntent) => t(`intent_${intent}`);
/** The group's name as the list shows it (the Chinese one in a Chinese UI). */
const groupName = (group: GroupDraft) => localName({ name: group.name.trim(), nameZh: group.nameZh.trim() }) || t('tpl_untitled');

interface EditorError {
  /** The language version concerned; none for the fields shared by the group. */
  language?: TemplateLanguage;
  /** The field concerned, as the record names it ("body", "name"…). */
  field?: string;
  text: string;
}

/** What the seller reads after an action, announced by the status line. */
type Status = { kind: 'saved' | 'nothing' | 'reset' | 'deleted'; language?: TemplateLanguage; at: string } | null;

export interface TemplateEditorProps {
  /** Every template listed: the group's variants, free ids and the starting texts come from here. */
  templates: readonly ReplyTemplate[];
  /** The group to edit; null to create one. */
  groupId: string | null;
  /** The tab to open first when the group has it (the list's language filter). */
  initialLanguage?: TemplateLanguage | '';
  onClose: (message?: string) => void;
}

/**
 * One template group: the name and intent it shares, a tab per language version, and per version
 * the body with its live check and preview, the marketplaces and the on/off switch. A built-in
 * version keeps its id when edited (stored as the seller's edit over HelloWord's text) and can be
 * reset; the seller's own versions can be deleted.
 */
export function TemplateEditor({ templates, groupId, initialLanguage = '', onClose }: TemplateEditorProps) {
  useSignals();
  const stored = groupId ? templates.filter((tpl) => tpl.groupId === groupId) : [];
  const draft = useSignal<GroupDraft | null>(stored.length ? draftFromTemplates(stored) : null);
  const firstLanguage = draft.value?.variants.find((v) => v.language === initialLanguage)?.language ?? draft.value?.variants[0]?.language ?? 'en';
  const active = useSignal<TemplateLanguage>(firstLanguage);
  const errors = useSignal<EditorError[]>([]);
  const status = useSignal<Status>(null);
  const saving = useSignal(false);
  const addLanguage = useSignal<TemplateLanguage | ''>('');
  const base = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errorsRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const tablist = useRef<HTMLDivElement>(null);
  const focusBody = useRef(false);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  // After "Create" or "Add language": straight into the new version's text.
  useEffect(() => {
    if (!focusBody.current) return;
    focusBody.current = false;
    document.getElementById(`${base}-body-${active.value}`)?.focus();
  });

  const group = draft.value;
  if (!group) {
    return (
      <NewTemplateForm
        headingRef={headingRef}
        onCancel={() => onClose()}
        onCreate={(values) => {
          const taken = new Set(templates.flatMap((tpl) => [tpl.id, tpl.groupId]));
          const body = values.startFromShipped ? starterBody(templates, values.intent, values.language) : '';
          draft.value = newGroupDraft({ ...values, body }, taken);
          active.value = values.language;
          focusBody.current = true;
        }}
      />
    );
  }

  const hasBuiltIn = group.variants.some((v) => v.builtIn);
  const neverSaved = group.variants.every((v) => !v.saved);
  const variant = group.variants.find((v) => v.language === active.value) ?? group.variants[0];
  const dirty = dirtyVariants(group);
  const missingLanguages = TEMPLATE_LANGUAGES.filter((language) => !group.variants.some((v) => v.language === language));
  const fieldHasError = (field: string, language?: TemplateLanguage) =>
    errors.value.some((e) => e.field === field && (language === undefined || e.language === undefined || e.language === language));
  const update = (next: GroupDraft) => {
    draft.value = next;
    status.value = null;
  };
  const taken = () => new Set([...templates.flatMap((tpl) => [tpl.id, tpl.groupId]), ...group.variants.map((v) => v.id), group.groupId]);

  const focusLater = (ref: RefObject<HTMLElement | null>) => requestAnimationFrame(() => ref.current?.focus());

  const checkBeforeSave = (current: GroupDraft): EditorError[] => {
    const found: EditorError[] = [];
    if (!current.name.trim()) found.push({ field: 'name', text: t('tpl_error_name_empty') });
    for (const v of current.variants) {
      if (!isVariantDirty(current, v)) continue;
      if (!v.body.trim()) {
        found.push({ language: v.language, field: 'body', text: t('tpl_error_body_empty') });
        continue;
      }
      const problems = validateTemplateBody(v.body);
      const first = problems[0];
      if (first) {
        const text = problems.length > 1 ? joinSentences(problemText(first), t('tpl_problem_more', [problems.length - 1])) : problemText(first);
        found.push({ language: v.language, field: 'body', text });
      }
    }
    return found;
  };

  const save = async () => {
    const current = draft.value;
    if (!current || saving.value) return;
    const local = checkBeforeSave(current);
    if (local.length > 0) {
      errors.value = local;
      status.value = null;
      const firstBad = local.find((e) => e.language)?.language;
      if (firstBad) active.value = firstBad;
      focusLater(errorsRef);
      return;
    }
    const changed = dirtyVariants(current);
    if (changed.length === 0) {
      errors.value = [];
      status.value = { kind: 'nothing', at: new Date().toISOString() };
      focusLater(statusRef);
      return;
    }
    saving.value = true;
    const sent: ReplyTemplateInput[] = [];
    const failures: EditorError[] = [];
    try {
      for (const v of changed) {
        const template = templateFromDraft(current, v);
        const result = await sendMessage('saveReplyTemplate', { template });
        if (result.ok) sent.push(template);
        else failures.push(...result.errors.map((text) => ({ language: v.language, text, ...withField(text) })));
      }
    } catch (error) {
      failures.push({ text: error instanceof Error ? error.message : String(error) });
    } finally {
      saving.value = false;
    }
    if (draft.value) draft.value = markSaved(draft.value, sent, new Date().toISOString());
    errors.value = failures;
    void refreshReplyTemplates();
    if (failures.length > 0) {
      status.value = null;
      focusLater(errorsRef);
    } else {
      status.value = { kind: 'saved', at: new Date().toISOString() };
      focusLater(statusRef);
    }
  };

  const reset = async (v: VariantDraft) => {
    const shipped = shippedTemplate(v.id);
    if (!shipped || !v.saved || !confirm(t('tpl_reset_confirm', [languageName(v.language)]))) return;
    const enabled = v.saved.enabled;
    try {
      await sendMessage('deleteReplyTemplate', { id: v.id });
      // Reset brings back HelloWord's words, not the on/off choice: a version switched off stays off.
      if (!enabled) await sendMessage('saveReplyTemplate', { template: { ...shipped, enabled: false } });
      if (draft.value) draft.value = replaceVariant(draft.value, { ...shipped, enabled });
      errors.value = [];
      status.value = { kind: 'reset', language: v.language, at: new Date().toISOString() };
      focusLater(statusRef);
    } catch (error) {
      errors.value = [{ language: v.language, text: error instanceof Error ? error.message : String(error) }];
      focusLater(errorsRef);
    }
    void refreshReplyTemplates();
  };

  const remove = async (v: VariantDraft) => {
    if (!confirm(t('tpl_delete_variant_confirm', [languageName(v.language), groupName(group)]))) return;
    try {
      if (v.saved) await sendMessage('deleteReplyTemplate', { id: v.id });
    } catch (error) {
      errors.value = [{ language: v.language, text: error instanceof Error ? error.message : String(error) }];
      focusLater(errorsRef);
      return;
    }
    void refreshReplyTemplates();
    const next = removeVariant(draft.value ?? group, v.language);
    if (next.variants.length === 0) {
      onClose(t('tpl_group_deleted', [groupName(group)]));
      return;
    }
    draft.value = next;
    active.value = next.variants[0]!.language;
    errors.value = [];
    status.value = { kind: 'deleted', language: v.language, at: new Date().toISOString() };
    focusLater(statusRef);
  };

  const close = () => {
    if (dirtyVariants(draft.value ?? group).length > 0 && !confirm(t('tpl_discard_confirm'))) return;
    onClose();
  };

  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const languages = group.variants.map((v) => v.language);
    const index = languages.indexOf(active.value);
    const to =
      event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? languages.length - 1 : null;
    if (to === null) return;
    event.preventDefault();
    const language = languages[(to + languages.length) % languages.length]!;
    active.value = language;
    tablist.current?.querySelector<HTMLElement>(`[data-language="${language}"]`)?.focus();
  };

  const statusText = () => {
    if (saving.value) return t('tpl_status_saving');
    const s = status.value;
    if (s?.kind === 'saved') return t('tpl_status_saved', [new Date(s.at).toLocaleTimeString()]);
    if (s?.kind === 'nothing') return t('tpl_status_nothing');
    if (s?.kind === 'reset' && s.language) return t('tpl_status_reset', [languageName(s.language)]);
    if (s?.kind === 'deleted' && s.language) return t('tpl_status_deleted', [languageName(s.language)]);
    if (dirty.length > 0) return t('tpl_status_unsaved', [dirty.map((v) => languageName(v.language)).join(t('tpl_list_separator'))]);
    return '';
  };

  const settingsNow = settings.value;
  return (
    <section className="card tpl-editor" aria-labelledby={`${base}-heading`} data-testid="tpl-editor" data-group-id={group.groupId}>
      <h3 id={`${base}-heading`} ref={headingRef} tabIndex={-1}>
        {neverSaved ? t('tpl_editor_new') : t('tpl_editor_edit', [groupName(group)])}
      </h3>
      {hasBuiltIn && <p className="muted tpl-small">{t('tpl_editor_builtin_help')}</p>}
      <div className="grid">
        <label>
          {t('tpl_field_name')}
          <input
            name="name"
            required
            maxLength={300}
            value={group.name}
            aria-invalid={fieldHasError('name')}
            onChange={(event) => update({ ...group, name: event.currentTarget.value })}
          />
        </label>
        <label>
          {t('tpl_field_name_zh')}
          <input name="nameZh" maxLength={300} value={group.nameZh} lang="zh-CN" onChange={(event) => update({ ...group, nameZh: event.currentTarget.value })} />
        </label>
        <label>
          {t('tpl_field_intent')}
          <select
            name="intent"
            value={group.intent}
            disabled={hasBuiltIn}
            aria-describedby={hasBuiltIn ? `${base}-intent-help` : undefined}
            onChange={(event) => update({ ...group, intent: event.currentTarget.value as TemplateIntent })}
          >
            {TEMPLATE_INTENTS.map((intent) => (
              <option key={intent} value={intent}>
                {intentName(intent)}
              </option>
            ))}
          </select>
          {hasBuiltIn && (
            <span id={`${base}-intent-help`} className="muted tpl-small tpl-plain">
              {t('tpl_intent_fixed')}
            </span>
          )}
        </label>
      </div>

      <div className="tpl-tabs-row">
        <div role="tablist" aria-label={t('tpl_tabs_label')} ref={tablist} className="tpl-tabs" onKeyDown={onTabKey}>
          {group.variants.map((v) => {
            const selected = v.language === variant?.language;
            const changed = isVariantDirty(group, v);
            const broken = validateTemplateBody(v.body).length > 0;
            return (
              <button
                key={v.language}
                type="button"
                role="tab"
                id={`${base}-tab-${v.language}`}
                aria-selected={selected}
                aria-controls={`${base}-panel`}
                tabIndex={selected ? 0 : -1}
                data-language={v.language}
                className={`tpl-tab${!v.enabled ? ' tpl-tab-off' : ''}`}
                onClick={() => (active.value = v.language)}
              >
                {languageName(v.language)}
                {changed && (
                  <span className="tpl-tab-mark" title={t('tpl_tab_unsaved')}>
                    •<span className="sr-only"> {t('tpl_tab_unsaved')}</span>
                  </span>
                )}
                {broken && (
                  <span className="tpl-tab-problem" title={t('tpl_tab_problem')}>
                    !<span className="sr-only"> {t('tpl_tab_problem')}</span>
                  </span>
                )}
              </button>
            );
          })}
        </div>
        {missingLanguages.length > 0 && (
          <div className="tpl-add-language">
            <label className="inline">
              {t('tpl_add_language')}{' '}
              <select value={addLanguage.value} onChange={(event) => (addLanguage.value = event.currentTarget.value as TemplateLanguage | '')} data-testid="tpl-add-language">
                <option value="">{t('tpl_choose_language')}</option>
                {missingLanguages.map((language) => (
                  <option key={language} value={language}>
                    {languageName(language)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              disabled={!addLanguage.value}
              title={t('tpl_add_language_help')}
              onClick={() => {
                const language = addLanguage.value;
                if (!language) return;
                update(addVariant(group, language, starterBody(templates, group.intent, language), taken()));
                active.value = language;
                addLanguage.value = '';
                focusBody.current = true;
              }}
            >
              {t('tpl_add_language_button')}
            </button>
          </div>
        )}
      </div>

      {variant && (
        <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${variant.language}`} className="tpl-panel" data-language={variant.language}>
          <p className="muted tpl-small tpl-variant-meta">
            {variant.builtIn ? (variant.saved && isEditedBuiltIn(variant.saved) ? t('tpl_variant_builtin_edited') : t('tpl_variant_builtin')) : t('tpl_variant_own')}
            {!variant.saved && ` · ${t('tpl_variant_not_saved')}`}
          </p>
          <div className="tpl-columns">
            <TemplateBodyEditor
              key={variant.language}
              id={`${base}-body-${variant.language}`}
              body={variant.body}
              invalid={fieldHasError('body', variant.language)}
              onChange={(body) => update(updateVariant(group, variant.language, { body }))}
            />
            <TemplatePreview body={variant.body} language={variant.language} sellerName={settingsNow?.sellerName ?? ''} agentName={settingsNow?.agentName ?? ''} />
          </div>
          <fieldset className="tpl-marketplaces">
            <legend>{t('tpl_field_marketplaces')}</legend>
            {MARKETPLACES.map((marketplace) => (
              <label key={marketplace} className="inline">
                <input
                  type="checkbox"
                  name="marketplaces"
                  value={marketplace}
                  checked={variant.marketplaces.includes(marketplace)}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    const marketplaces = on ? [...variant.marketplaces, marketplace] : variant.marketplaces.filter((m) => m !== marketplace);
                    update(updateVariant(group, variant.language, { marketplaces: MARKETPLACES.filter((m) => marketplaces.includes(m)) }));
                  }}
                />
                {t(`marketplace_${marketplace}`)}
              </label>
            ))}
            <span className="muted tpl-small">{variant.marketplaces.length === 0 ? t('tpl_marketplaces_all') : t('tpl_marketplaces_some')}</span>
          </fieldset>
          <label className="inline tpl-toggle">
            <input
              type="checkbox"
              role="switch"
              checked={variant.enabled}
              data-testid="tpl-variant-enabled"
              onChange={(event) => update(updateVariant(group, variant.language, { enabled: event.currentTarget.checked }))}
            />
            {t('tpl_field_enabled', [languageName(variant.language)])}
          </label>
          <div className="actions tpl-variant-actions">
            {variant.builtIn && variant.saved && isEditedBuiltIn(variant.saved) && (
              <button type="button" data-action="reset-template" onClick={() => void reset(variant)}>
                {t('tpl_reset')}
              </button>
            )}
            {!variant.builtIn && (
              <button type="button" className="danger" data-action="delete-variant" onClick={() => void remove(variant)}>
                {t('tpl_delete_variant', [languageName(variant.language)])}
              </button>
            )}
          </div>
        </div>
      )}

      {errors.value.length > 0 && (
        <div role="alert" className="notice error" data-testid="tpl-errors" ref={errorsRef} tabIndex={-1}>
          <p>
            <strong>{t('tpl_errors_heading')}</strong>
          </p>
          {errors.value.map((error, i) => (
            <p key={i}>
              {[error.language && languageName(error.language), error.field && fieldLabel(error.field)].filter(Boolean).join(' · ')}
              {(error.language || error.field) && ': '}
              {error.text}
            </p>
          ))}
        </div>
      )}
      <div className="actions">
        <button type="button" className="primary" data-action="save-template" disabled={saving.value} onClick={() => void save()}>
          {neverSaved ? t('tpl_save_new') : t('save')}
        </button>
        <button type="button" onClick={close}>
          {t('close')}
        </button>
        <p role="status" className="tpl-status muted" data-testid="tpl-status" ref={statusRef} tabIndex={-1}>
          {statusText()}
        </p>
      </div>
    </section>
  );
}

function withField(text: string): { field?: string } {
  const field = problemField(text);
  return field ? { field } : {};
}

/** A record field as the form labels it. */
function fieldLabel(field: string): string {
  switch (field) {
    case 'name':
      return t('tpl_field_name');
    case 'nameZh':
      return t('tpl_field_name_zh');
    case 'intent':
      return t('tpl_field_intent');
    case 'body':
      return t('tpl_field_body');
    case 'marketplaces':
      return t('tpl_field_marketplaces');
    default:
      return field;
  }
}

interface NewTemplateValues {
  name: string;
  nameZh: string;
  intent: TemplateIntent;
  language: TemplateLanguage;
  startFromShipped: boolean;
}

/** Step one of a new template: its name, what it answers and its first language. */
function NewTemplateForm({
  headingRef,
  onCreate,
  onCancel,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  onCreate: (values: NewTemplateValues) => void;
  onCancel: () => void;
}) {
  const base = useId();
  return (
    <form
      className="card tpl-editor"
      aria-labelledby={`${base}-heading`}
      data-testid="tpl-new-form"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const text = (name: string) => String(data.get(name) ?? '').trim();
        onCreate({
          name: text('name'),
          nameZh: text('nameZh'),
          intent: text('intent') as TemplateIntent,
          language: text('language') as TemplateLanguage,
          startFromShipped: data.get('startFromShipped') === 'on',
        });
      }}
    >
      <h3 id={`${base}-heading`} ref={headingRef} tabIndex={-1}>
        {t('tpl_editor_new')}
      </h3>
      <p className="muted tpl-small">{t('tpl_new_help')}</p>
      <div className="grid">
        <label>
          {t('tpl_field_name')}
          <input name="name" required maxLength={300} placeholder={t('tpl_field_name_placeholder')} />
        </label>
        <label>
          {t('tpl_field_name_zh')}
          <input name="nameZh" maxLength={300} lang="zh-CN" />
        </label>
        <label>
          {t('tpl_field_intent')}
          <select name="intent" defaultValue="return_request">
            {TEMPLATE_INTENTS.map((intent) => (
              <option key={intent} value={intent}>
                {intentName(intent)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('tpl_field_first_language')}
          <select name="language" defaultValue="en">
            {TEMPLATE_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {languageName(language)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="inline tpl-toggle">
        <input type="checkbox" name="startFromShipped" defaultChecked /> {t('tpl_start_from_shipped')}
      </label>
      <div className="actions">
        <button type="submit" className="primary" data-action="create-template">
          {t('tpl_create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
