import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { validateTemplateBody, type TemplateError } from '@/lib/domain/templates/syntax';
import { TEMPLATE_VARIABLES } from '@/lib/domain/templates/variables';
import { prefersChinese, t } from '@/lib/i18n/t';
import { insertAt, insertNote, problemMessage, type TextEdit } from './templates-model';

/** Two sentences one after the other: a space between them in English, none in Chinese. */
export function joinSentences(first: string, second: string): string {
  return prefersChinese() ? first + second : `${first} ${second}`;
}

/** A body problem in plain words, with its line and column, in the UI's language. */
export function problemText(error: TemplateError): string {
  const message = problemMessage(error);
  const text = t(message.key, message.params);
  return message.suggestion ? joinSentences(text, t('tpl_problem_suggestion', [message.suggestion])) : text;
}

export interface BodyEditorProps {
  id: string;
  body: string;
  onChange: (body: string) => void;
  /** Errors from the last save attempt concern the body: mark it. */
  invalid?: boolean;
}

/**
 * The template body: a textarea with "insert variable" and "insert personalisation note", and the
 * problems found as the seller types, each a button that selects the offending text.
 */
export function TemplateBodyEditor({ id, body, onChange, invalid = false }: BodyEditorProps) {
  useSignals();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const pendingSelection = useRef<{ start: number; end: number } | null>(null);
  const problemsId = useId();
  const helpId = useId();
  const problems = validateTemplateBody(body);

  // After an insertion re-renders the textarea, put the cursor (or the selected hint) back.
  useLayoutEffect(() => {
    const selection = pendingSelection.current;
    const element = textarea.current;
    if (!selection || !element) return;
    pendingSelection.current = null;
    element.focus();
    element.setSelectionRange(selection.start, selection.end);
  }, [body]);

  const apply = (edit: (text: string, start: number, end: number) => TextEdit) => {
    const element = textarea.current;
    const start = element?.selectionStart ?? body.length;
    const end = element?.selectionEnd ?? body.length;
    const result = edit(body, start, end);
    pendingSelection.current = { start: result.start, end: result.end };
    onChange(result.text);
  };

  const select = (error: TemplateError) => {
    const element = textarea.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(error.start, error.end);
  };

  return (
    <div className="tpl-body">
      <div className="tpl-body-tools" role="toolbar" aria-label={t('tpl_body_tools')} aria-controls={id}>
        <VariableMenu onPick={(name) => apply((text, start, end) => insertAt(text, start, end, `{{${name}}}`))} />
        <button type="button" data-action="insert-note" onClick={() => apply((text, start, end) => insertNote(text, start, end, t('tpl_note_hint')))}>
          {t('tpl_insert_note')}
        </button>
      </div>
      <label htmlFor={id} className="tpl-field-label">
        {t('tpl_field_body')}
      </label>
      <textarea
        id={id}
        ref={textarea}
        className="tpl-textarea"
        rows={16}
        spellCheck
        value={body}
        aria-invalid={problems.length > 0 || invalid}
        aria-describedby={`${helpId} ${problemsId}`}
        data-testid="tpl-body"
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      <p id={helpId} className="muted tpl-small">
        {t('tpl_body_help')}
      </p>
      <div id={problemsId} data-testid="tpl-problems">
        {problems.length === 0 ? (
          <p className="tpl-small tpl-ok">{t('tpl_body_ok')}</p>
        ) : (
          <ul className="tpl-problems">
            {problems.slice(0, 8).map((error, i) => (
              <li key={`${error.start}-${i}`}>
                <button type="button" className="tpl-linklike" onClick={() => select(error)} title={t('tpl_problem_select')}>
                  {problemText(error)}
                </button>
              </li>
            ))}
            {problems.length > 8 && <li>{t('tpl_problem_more', [problems.length - 8])}</li>}
          </ul>
        )}
      </div>
    </div>
  );
}

/** "Insert variable": a menu button (arrow keys move, Enter picks, Escape closes and returns to the button). */
function VariableMenu({ onPick }: { onPick: (name: string) => void }) {
  useSignals();
  const open = useSignal(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const chinese = prefersChinese();

  useEffect(() => {
    if (open.value) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open.value]);

  const close = (refocus: boolean) => {
    open.value = false;
    if (refocus) button.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') close(false);
  };

  return (
    <div className="tpl-menu-wrap">
      <button
        type="button"
        ref={button}
        aria-haspopup="menu"
        aria-expanded={open.value}
        aria-controls={open.value ? menuId : undefined}
        data-action="insert-variable"
        onClick={() => (open.value = !open.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open.value) {
            event.preventDefault();
            open.value = true;
          }
        }}
      >
        {t('tpl_insert_variable')} ▾
      </button>
      {open.value && (
        <ul
          id={menuId}
          ref={menu}
          role="menu"
          aria-label={t('tpl_insert_variable')}
          className="tpl-menu"
          onKeyDown={onKeyDown}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null) && event.relatedTarget !== button.current) close(false);
          }}
        >
          {TEMPLATE_VARIABLES.map((variable) => (
            <li key={variable.name} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                data-variable={variable.name}
                onClick={() => {
                  close(false);
                  onPick(variable.name);
                }}
              >
                <span className="tpl-menu-label">
                  {chinese ? variable.labelZh : variable.labelEn} <code>{`{{${variable.name}}}`}</code>
                </span>
                <small className="muted">{chinese ? variable.descriptionZh : variable.descriptionEn}</small>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
