import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { TEMPLATE_INTENTS, TEMPLATE_LANGUAGES, type TemplateIntent, type TemplateLanguage } from '@/lib/domain/templates/kinds';
import { localName, t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/page-client';
import { KeywordSettings } from './KeywordSettings';
import { guarded, refreshReplyTemplates, replyTemplates } from './store';
import { TemplateEditor } from './TemplateEditor';
import { buildGroupRows, filterGroupRows, type GroupRow } from './templates-model';

const intentName = (intent: TemplateIntent) => t(`intent_${intent}`);
const languageName = (language: TemplateLanguage) => t(`language_${language}`);
/** Rows drawn at first; the rest on request, so a library of hundreds stays quick to type into. */
const PAGE_SIZE = 100;

/**
 * Reply templates (F6, F13): every group in one list with search and filters, the editor above it,
 * and the seller's own keywords for the buyer-message classifier below.
 */
export function Templates() {
  useSignals();
  const query = useSignal('');
  const intent = useSignal<TemplateIntent | ''>('');
  const language = useSignal<TemplateLanguage | ''>('');
  const limit = useSignal(PAGE_SIZE);
  const editing = useSignal<{ groupId: string | null; session: number } | null>(null);
  const listStatus = useSignal('');
  const opener = useRef<HTMLElement | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void refreshReplyTemplates();
  }, []);

  const templates = replyTemplates.value;
  const rows = useMemo(() => (templates ? buildGroupRows(templates, intentName) : []), [templates]);
  // Typing stays immediate; the list catches up a frame later when it is long.
  const deferredQuery = useDeferredValue(query.value);
  const shown = useMemo(
    () => filterGroupRows(rows, { query: deferredQuery, intent: intent.value, language: language.value }),
    [rows, deferredQuery, intent.value, language.value],
  );

  const open = (groupId: string | null) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    editing.value = { groupId, session: (editing.value?.session ?? 0) + 1 };
    listStatus.value = '';
  };
  const closeEditor = (message?: string) => {
    editing.value = null;
    if (message) listStatus.value = message;
    requestAnimationFrame(() => {
      // After a deletion the row that opened the editor is going away: the status line says what happened.
      const back = message ? statusRef.current : opener.current?.isConnected ? opener.current : newButton.current;
      back?.focus();
    });
  };

  const setEnabled = (row: GroupRow, on: boolean) => {
    const name = localName(row);
    replyTemplates.value = replyTemplates.value?.map((tpl) => (tpl.groupId === row.groupId ? { ...tpl, enabled: on } : tpl)) ?? null;
    void guarded(async () => {
      for (const variant of row.variants) {
        if (variant.enabled === on) continue;
        const result = await sendMessage('saveReplyTemplate', { template: { ...variant, enabled: on } });
        if (!result.ok) throw new Error(result.errors.join('; '));
      }
      listStatus.value = on ? t('tpl_group_on', [name]) : t('tpl_group_off', [name]);
    }).finally(() => void refreshReplyTemplates());
  };

  const deleteGroup = (row: GroupRow) => {
    const name = localName(row);
    if (!confirm(t('tpl_delete_group_confirm', [name, row.variants.length]))) return;
    void guarded(async () => {
      for (const variant of row.variants) if (!variant.builtIn) await sendMessage('deleteReplyTemplate', { id: variant.id });
      listStatus.value = t('tpl_group_deleted', [name]);
      if (editing.value?.groupId === row.groupId) editing.value = null;
    })
      .then(() => refreshReplyTemplates())
      .then(() => statusRef.current?.focus());
  };

  const sourceLabel = (row: GroupRow) => {
    const base = row.source === 'builtin' ? t('tpl_source_builtin') : row.source === 'own' ? t('tpl_source_own') : t('tpl_source_mixed');
    return row.editedLanguages.length > 0 ? `${base} · ${t('tpl_source_edited')}` : base;
  };

  return (
    <>
      <section aria-labelledby="templates-heading" data-testid="templates">
        <div className="toolbar">
          <h2 id="templates-heading">{t('tpl_heading')}</h2>
          <input
            type="search"
            aria-label={t('tpl_search')}
            placeholder={t('tpl_search')}
            value={query.value}
            data-testid="tpl-search"
            onChange={(event) => {
              query.value = event.currentTarget.value;
              limit.value = PAGE_SIZE;
            }}
          />
          <button type="button" className="primary" ref={newButton} data-action="new-template" onClick={() => open(null)}>
            {t('tpl_new')}
          </button>
        </div>
        <p className="muted">{t('tpl_intro')}</p>
        <div className="tpl-filters">
          <label className="inline">
            {t('tpl_filter_intent')}{' '}
            <select value={intent.value} data-testid="tpl-filter-intent" onChange={(event) => (intent.value = event.currentTarget.value as TemplateIntent | '')}>
              <option value="">{t('tpl_filter_all')}</option>
              {TEMPLATE_INTENTS.map((id) => (
                <option key={id} value={id}>
                  {intentName(id)}
                </option>
              ))}
            </select>
          </label>
          <label className="inline">
            {t('tpl_filter_language')}{' '}
            <select value={language.value} data-testid="tpl-filter-language" onChange={(event) => (language.value = event.currentTarget.value as TemplateLanguage | '')}>
              <option value="">{t('tpl_filter_all')}</option>
              {TEMPLATE_LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {languageName(code)}
                </option>
              ))}
            </select>
          </label>
        </div>

        {editing.value && templates && (
          <TemplateEditor
            key={editing.value.session}
            templates={templates}
            groupId={editing.value.groupId}
            initialLanguage={language.value}
            onClose={closeEditor}
          />
        )}

        <p role="status" className="muted" data-testid="tpl-count" ref={statusRef} tabIndex={-1}>
          {listStatus.value && <strong>{listStatus.value} </strong>}
          {templates ? t('tpl_count', [shown.length, rows.length]) : t('loading')}
        </p>
        {templates && (
          <table className="table tpl-table" data-testid="tpl-table">
            <thead>
              <tr>
                <th scope="col">{t('tpl_col_name')}</th>
                <th scope="col">{t('tpl_col_intent')}</th>
                <th scope="col">{t('tpl_col_languages')}</th>
                <th scope="col">{t('tpl_col_source')}</th>
                <th scope="col">{t('tpl_col_enabled')}</th>
                <th scope="col">
                  <span className="sr-only">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, limit.value).map((row) => {
                const name = localName(row);
                return (
                  <tr key={row.groupId} data-group-id={row.groupId} className={row.enabled === 'none' ? 'tpl-row-off' : undefined}>
                    <td>
                      <button type="button" className="tpl-linklike tpl-row-name" onClick={() => open(row.groupId)}>
                        {name}
                      </button>
                    </td>
                    <td>{intentName(row.intent)}</td>
                    <td>
                      <ul className="tpl-badges" data-testid="tpl-languages">
                        {row.languages.map((code) => {
                          const edited = row.editedLanguages.includes(code);
                          return (
                            <li key={code} className={edited ? 'tpl-badge tpl-badge-edited' : 'tpl-badge'} data-language={code} title={edited ? t('tpl_badge_edited', [languageName(code)]) : languageName(code)}>
                              <span aria-hidden="true">{code.toUpperCase()}</span>
                              <span className="sr-only">{edited ? t('tpl_badge_edited', [languageName(code)]) : languageName(code)}</span>
                            </li>
                          );
                        })}
                      </ul>
                    </td>
                    <td>{sourceLabel(row)}</td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('tpl_enable_group', [name])}
                        checked={row.enabled !== 'none'}
                        ref={(element) => {
                          // Some language versions on, some off: the box shows "mixed"; a click switches them all on.
                          if (element) element.indeterminate = row.enabled === 'some';
                        }}
                        title={row.enabled === 'some' ? t('tpl_enabled_some') : undefined}
                        data-testid="tpl-group-enabled"
                        onChange={(event) => setEnabled(row, row.enabled === 'some' ? true : event.currentTarget.checked)}
                      />
                      {row.enabled === 'some' && <span className="muted tpl-small"> {t('tpl_enabled_some_short')}</span>}
                    </td>
                    <td className="row-actions">
                      <button type="button" onClick={() => open(row.groupId)}>
                        {t('edit')}
                      </button>
                      {row.source === 'own' && (
                        <button type="button" className="danger" onClick={() => deleteGroup(row)}>
                          {t('delete')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {templates && shown.length === 0 && <p className="empty">{t('tpl_empty')}</p>}
        {shown.length > limit.value && (
          <div className="actions">
            <button type="button" onClick={() => (limit.value += PAGE_SIZE * 5)}>
              {t('tpl_show_more', [shown.length - limit.value])}
            </button>
          </div>
        )}
      </section>
      <KeywordSettings />
    </>
  );
}
