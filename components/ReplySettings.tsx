import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useId, useRef } from 'react';
import { DEFAULT_REPLY_DEADLINES } from '@/lib/domain/reply-clock';
import type { Marketplace, Settings } from '@/lib/domain/schemas';
import { t } from '@/lib/i18n/t';
import { saveSettings, settings } from './store';
import { DEADLINE_MAX_HOURS, MARKETPLACES, parseDeadlineHours } from './templates-model';

/** saveSettings with this section's own "saving… / saved" line (several sections share one settings record). */
export function useSettingsSaver() {
  const pending = useSignal(0);
  const saved = useSignal(false);
  const save = (patch: Partial<Settings>) => {
    pending.value++;
    // Only the changed keys: the background merges them into the stored record.
    return saveSettings(patch).finally(() => {
      pending.value--;
      saved.value = true;
    });
  };
  return { save, pending, saved };
}

export function SaveStatus({ pending, saved, testId }: { pending: number; saved: boolean; testId: string }) {
  return (
    <p role="status" className="muted tpl-small" data-testid={testId} data-saving={String(pending > 0)}>
      {pending > 0 ? t('settings_saving') : saved ? t('settings_saved') : ''}
    </p>
  );
}

/**
 * A setting typed into a text box, saved half a second after the seller stops typing, when the
 * field is left, or when the page goes away — never once per keystroke.
 */
function useDebouncedSave(save: (text: string) => void) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<string | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  const flush = () => {
    clearTimeout(timer.current);
    if (latest.current === null) return;
    const text = latest.current;
    latest.current = null;
    saveRef.current(text);
  };
  useEffect(() => () => flush(), []);
  return {
    change: (text: string) => {
      latest.current = text;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, 500);
    },
    flush,
  };
}

/** F6/F24: the names replies are signed with, and how long a buyer message may wait per marketplace. */
export function ReplySettings() {
  useSignals();
  const saver = useSettingsSaver();
  const current = settings.value;
  if (!current) return null;
  return (
    <section aria-labelledby="reply-settings-heading" className="card" data-testid="reply-settings">
      <h2 id="reply-settings-heading">{t('rs_heading')}</h2>
      <SaveStatus pending={saver.pending.value} saved={saver.saved.value} testId="reply-settings-status" />
      <div className="grid">
        <NameSetting
          name="sellerName"
          label={t('rs_seller_name')}
          help={t('rs_seller_name_help')}
          placeholder={t('rs_seller_name_placeholder')}
          value={current.sellerName}
          save={(sellerName) => saver.save({ sellerName })}
        />
        <NameSetting
          name="agentName"
          label={t('rs_agent_name')}
          help={t('rs_agent_name_help')}
          placeholder={t('rs_agent_name_placeholder')}
          value={current.agentName}
          save={(agentName) => saver.save({ agentName })}
        />
      </div>
      <fieldset>
        <legend>{t('rs_deadlines')}</legend>
        <p className="muted tpl-small">{t('rs_deadlines_help')}</p>
        <div className="tpl-deadlines">
          {MARKETPLACES.map((marketplace) => (
            <DeadlineSetting
              key={marketplace}
              marketplace={marketplace}
              value={current.replyDeadlineHours[marketplace]}
              save={(hours) => {
                const next = { ...(settings.value?.replyDeadlineHours ?? {}) };
                if (hours === undefined) delete next[marketplace];
                else next[marketplace] = hours;
                void saver.save({ replyDeadlineHours: next });
              }}
            />
          ))}
        </div>
      </fieldset>
    </section>
  );
}

function NameSetting(props: { name: string; label: string; help: string; placeholder: string; value: string; save: (value: string) => unknown }) {
  useSignals();
  const draft = useSignal(props.value);
  const helpId = useId();
  const debounced = useDebouncedSave((text) => {
    if (text.trim() !== (settings.value?.[props.name as 'sellerName' | 'agentName'] ?? '')) void props.save(text.trim());
  });
  return (
    <label>
      {props.label}
      <input
        name={props.name}
        maxLength={200}
        value={draft.value}
        placeholder={props.placeholder}
        aria-describedby={helpId}
        onChange={(event) => {
          draft.value = event.currentTarget.value;
          debounced.change(event.currentTarget.value);
        }}
        onBlur={debounced.flush}
      />
      <span id={helpId} className="muted tpl-small tpl-plain">
        {props.help}
      </span>
    </label>
  );
}

/** Where each default comes from, in the UI's language (the figures are DEFAULT_REPLY_DEADLINES'). */
function deadlineSource(marketplace: Marketplace): string {
  switch (marketplace) {
    case 'amazon':
      return t('rs_source_amazon');
    case 'ebay':
      return t('rs_source_ebay');
    case 'shopify':
      return t('rs_source_shopify');
  }
}

function DeadlineSetting({ marketplace, value, save }: { marketplace: Marketplace; value: number | undefined; save: (hours: number | undefined) => void }) {
  useSignals();
  const draft = useSignal(value === undefined ? '' : String(value));
  const invalid = useSignal(false);
  const id = useId();
  const defaults = DEFAULT_REPLY_DEADLINES[marketplace];
  const debounced = useDebouncedSave((text) => {
    const parsed = parseDeadlineHours(text);
    if (parsed.ok && parsed.hours !== settings.value?.replyDeadlineHours[marketplace]) save(parsed.hours);
  });
  return (
    <div className="tpl-deadline">
      <label htmlFor={`${id}-input`} className="tpl-field-label">
        {t(`marketplace_${marketplace}`)}
      </label>
      <span className="tpl-deadline-input">
        <input
          id={`${id}-input`}
          name={`deadline-${marketplace}`}
          inputMode="numeric"
          size={5}
          value={draft.value}
          placeholder={String(defaults.hours)}
          aria-invalid={invalid.value}
          aria-describedby={`${id}-help${invalid.value ? ` ${id}-error` : ''}`}
          data-marketplace={marketplace}
          onChange={(event) => {
            const text = event.currentTarget.value;
            draft.value = text;
            invalid.value = !parseDeadlineHours(text).ok;
            debounced.change(text);
          }}
          onBlur={debounced.flush}
        />{' '}
        {t('rs_hours')}
      </span>
      <span id={`${id}-help`} className="muted tpl-small">
        {t('rs_deadline_default', [defaults.hours, deadlineSource(marketplace)])}
      </span>
      {invalid.value && (
        <span id={`${id}-error`} className="tpl-small tpl-error-text">
          {t('rs_deadline_invalid', [DEADLINE_MAX_HOURS])}
        </span>
      )}
    </div>
  );
}
