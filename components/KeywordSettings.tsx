import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useId, useRef } from 'react';
import { MESSAGE_INTENTS, type MessageIntent } from '@/lib/domain/messages/intents';
import { t } from '@/lib/i18n/t';
import { SaveStatus, useSettingsSaver } from './ReplySettings';
import { settings } from './store';
import { KEYWORDS_PER_INTENT, KEYWORD_MAX_LENGTH, addKeywords, type KeywordProblem } from './templates-model';

function problemText(word: string, problem: KeywordProblem): string {
  switch (problem) {
    case 'too_long':
      return t('kw_problem_too_long', [word.slice(0, 30) + '…', KEYWORD_MAX_LENGTH]);
    case 'no_letters':
      return t('kw_problem_no_letters', [word]);
    case 'duplicate':
      return t('kw_problem_duplicate', [word]);
    case 'too_many':
      return t('kw_problem_too_many', [word, KEYWORDS_PER_INTENT]);
  }
}

/**
 * F6: the seller's own words per intent, added to the classifier's. Each change is saved at once
 * (settings.classifierKeywords); the content scripts use them on the next message they read.
 */
export function KeywordSettings() {
  useSignals();
  const saver = useSettingsSaver();
  const current = settings.value;
  if (!current) return <p className="muted">{t('loading')}</p>;
  const save = (intent: MessageIntent, words: string[]) => {
    const next = { ...(settings.value?.classifierKeywords ?? {}) };
    if (words.length) next[intent] = words;
    else delete next[intent];
    void saver.save({ classifierKeywords: next });
  };
  return (
    <section aria-labelledby="keywords-heading" className="card" data-testid="keyword-settings">
      <h2 id="keywords-heading">{t('kw_heading')}</h2>
      <p className="muted">{t('kw_intro')}</p>
      <SaveStatus pending={saver.pending.value} saved={saver.saved.value} testId="keyword-status" />
      <div className="tpl-kw-list">
        {MESSAGE_INTENTS.map((intent) => (
          <KeywordRow key={intent} intent={intent} words={current.classifierKeywords[intent] ?? []} onChange={(words) => save(intent, words)} />
        ))}
      </div>
    </section>
  );
}

/** One intent: its words as chips, each removable, and a box to add more (Enter or comma-separated). */
function KeywordRow({ intent, words, onChange }: { intent: MessageIntent; words: readonly string[]; onChange: (words: string[]) => void }) {
  useSignals();
  const text = useSignal('');
  const problems = useSignal<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const intentLabel = t(`intent_${intent}`);

  const add = () => {
    const result = addKeywords(words, text.value);
    problems.value = result.problems.map((p) => problemText(p.word, p.problem));
    // Keep what can still be fixed in the box; duplicates are simply dropped.
    text.value = result.problems
      .filter((p) => p.problem !== 'duplicate')
      .map((p) => p.word)
      .join(', ');
    if (result.added.length) onChange(result.list);
  };

  const remove = (word: string) => {
    onChange(words.filter((w) => w !== word));
    problems.value = [];
    input.current?.focus();
  };

  return (
    <div className="tpl-kw-row" role="group" aria-labelledby={`${id}-label`} data-intent={intent}>
      <div className="tpl-kw-head">
        <label id={`${id}-label`} htmlFor={`${id}-input`} className="tpl-field-label">
          {intentLabel}
        </label>
        <span className="muted tpl-small">{t('kw_count', [words.length, KEYWORDS_PER_INTENT])}</span>
      </div>
      <div className="tpl-kw-body">
        {words.length > 0 && (
          <ul className="tpl-chips" aria-label={t('kw_chips_label', [intentLabel])}>
            {words.map((word, i) => (
              <li key={`${i}:${word}`} className="tpl-chip" data-keyword={word}>
                <span>{word}</span>
                <button type="button" aria-label={t('kw_remove', [word])} title={t('kw_remove', [word])} onClick={() => remove(word)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <span className="tpl-kw-add">
          <input
            id={`${id}-input`}
            ref={input}
            value={text.value}
            placeholder={t('kw_placeholder')}
            aria-describedby={problems.value.length ? `${id}-problems` : undefined}
            aria-invalid={problems.value.length > 0}
            data-testid={`kw-input-${intent}`}
            onChange={(event) => (text.value = event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <button type="button" onClick={add} disabled={!text.value.trim()} aria-label={t('kw_add_for', [intentLabel])}>
            {t('kw_add')}
          </button>
        </span>
        {problems.value.length > 0 && (
          <ul id={`${id}-problems`} className="tpl-kw-problems" role="alert">
            {problems.value.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
