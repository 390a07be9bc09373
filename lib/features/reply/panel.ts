/**
 * F6: beside the reply box — what the buyer wants and in which language (with a confidence, and
 * "unsure" rather than a wrong guess), the order's tags, warnings and return rule, the reply clock,
 * and the 1–3 best templates, each a real button (Alt+1…3). Everything shown is text.
 */
import type { PageRow } from '../../domain/annotations';
import { TEMPLATE_INTENTS, TEMPLATE_LANGUAGES } from '../../domain/templates/kinds';
import type { Marketplace } from '../../domain/vocabulary';
import { prefersChinese, t } from '../../i18n/t';
import type { SuggestResponse, SuggestionWire, ThreadFacts } from '../../messaging/reply-protocol';
import { rowFeatures } from '../annotations';
import { h } from '../dom';
import { createHost } from '../mount';
import { keepClockCurrent } from './clock-view';
import { REPLY_CSS } from './styles';

export interface PanelHandlers {
  insert: (suggestion: SuggestionWire) => void;
  changeIntent: (intent: string) => void;
  changeLanguage: (language: string) => void;
}

export interface PanelOptions {
  marketplace: Marketplace;
  thread: ThreadFacts;
  showClock: boolean;
  showSuggestions: boolean;
  signal: AbortSignal;
}

/** The panel's hosts: the suggestions (with the order) and, apart, the clock. */
export class ReplyPanel {
  readonly host: HTMLElement;
  readonly clockHost: HTMLElement | null;
  private readonly root: ShadowRoot;
  private readonly clockRoot: ShadowRoot | null;
  private suggestions: SuggestionWire[] = [];
  private readonly status = h('div', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  private clockSession: AbortController | undefined;

  constructor(
    private readonly options: PanelOptions,
    private readonly handlers: PanelHandlers,
  ) {
    const keys = { orderId: options.thread.orderId, sku: options.thread.sku };
    ({ host: this.host, root: this.root } = createHost('reply-suggestions', keys, REPLY_CSS));
    if (options.thread.threadId) this.host.setAttribute('data-thread-id', options.thread.threadId);
    if (options.showClock) {
      const clock = createHost('reply-clock', keys, REPLY_CSS);
      this.clockHost = clock.host;
      this.clockRoot = clock.root;
      if (options.thread.threadId) this.clockHost.setAttribute('data-thread-id', options.thread.threadId);
    } else {
      this.clockHost = null;
      this.clockRoot = null;
    }
  }

  /** The hosts to put above the reply box: the clock, then the suggestions (each only when switched on). */
  hosts(): HTMLElement[] {
    return [this.clockHost, this.options.showSuggestions ? this.host : null].filter((e): e is HTMLElement => e !== null);
  }

  /** The i-th suggestion (0-based), if shown. */
  suggestion(index: number): SuggestionWire | undefined {
    return this.suggestions[index];
  }

  showStatus(text: string, tone: 'ok' | 'warn' = 'ok'): void {
    this.status.className = `status ${tone}`;
    this.status.textContent = text;
  }

  render(response: SuggestResponse): void {
    const { classification } = response;
    this.host.setAttribute('data-intent', response.intent);
    this.host.setAttribute('data-language', response.language);
    this.host.setAttribute('data-unsure', String(classification?.unsure ?? false));
    this.suggestions = response.suggestions;

    const intentSelect = h('select', { attrs: { 'aria-label': t('reply_intent_label'), 'data-role': 'intent' } });
    for (const intent of TEMPLATE_INTENTS) {
      const option = h('option', { attrs: { value: intent } }, t(`intent_${intent}`));
      option.selected = intent === response.intent;
      intentSelect.append(option);
    }
    intentSelect.addEventListener('change', () => this.handlers.changeIntent(intentSelect.value));
    const languageSelect = h('select', { attrs: { 'aria-label': t('reply_language_label'), 'data-role': 'language' } });
    for (const language of TEMPLATE_LANGUAGES) {
      const option = h('option', { attrs: { value: language } }, t(`language_${language}`));
      option.selected = language === response.language;
      languageSelect.append(option);
    }
    if (!(TEMPLATE_LANGUAGES as readonly string[]).includes(response.language)) {
      const unknown = h('option', { attrs: { value: response.language } }, t('language_unknown', [response.language]));
      unknown.selected = true;
      languageSelect.prepend(unknown);
    }
    languageSelect.addEventListener('change', () => this.handlers.changeLanguage(languageSelect.value));

    const head = h('div', { class: 'row' }, h('span', { class: 'brand' }, 'HelloWord'), h('span', { class: 'muted' }, t('reply_intent_label')), intentSelect, languageSelect);
    if (classification) {
      const percent = Math.round(classification.confidence * 100);
      head.append(
        classification.unsure
          ? h('span', { class: 'pill unsure', title: t('reply_unsure_help') }, t('reply_unsure', [percent]))
          : h('span', { class: 'pill' }, t('reply_confidence', [percent])),
      );
    } else {
      head.append(h('span', { class: 'pill' }, t('reply_no_message')));
    }

    // What counted for the intent shown; phrases a negation cancelled ("not damaged") are left out.
    const support = classification?.evidence.filter((e) => e.intent === response.intent && !(e.negated && response.intent !== 'not_received')) ?? [];
    const why = support.length ? h('div', { class: 'row muted' }, `${t('reply_evidence')}: `, support.map((e) => `“${e.phrase}”`).join(', ')) : null;

    const list = h('div', { class: 'suggestions', attrs: { role: 'group', 'aria-label': t('reply_suggestions_label') } });
    response.suggestions.forEach((s, index) => {
      const name = (prefersChinese() && s.nameZh) || s.name;
      const button = h(
        'button',
        {
          class: 'suggestion',
          attrs: {
            type: 'button',
            'data-template-id': s.templateId,
            'data-intent': s.intent,
            'data-language': s.language,
            'aria-keyshortcuts': `Alt+${index + 1}`,
          },
          title: s.text,
          onClick: (event) => {
            event.preventDefault();
            this.handlers.insert(s);
          },
        },
        h('span', { class: 'key' }, `Alt+${index + 1}`),
        h('span', { class: 'name' }, name, s.fallback ? ` · ${t('reply_fallback', [t(`language_${s.language}`)])}` : ''),
        h('span', { class: 'preview' }, s.text),
      );
      list.append(button);
    });
    if (response.suggestions.length === 0) list.append(h('div', { class: 'muted' }, t('reply_no_templates')));

    const order = h('div', { class: 'order' });
    if (response.annotation) {
      const row: PageRow = {
        key: response.annotation.key,
        ...(this.options.thread.orderId && { orderId: this.options.thread.orderId }),
        ...(this.options.thread.sku && { sku: this.options.thread.sku }),
        ...(this.options.thread.productTitle && { title: this.options.thread.productTitle }),
      };
      const page = response.annotation.returnHint ? 'returnDetail' : 'orderDetail';
      order.append(h('div', { class: 'row muted' }, t('reply_order', [this.options.thread.orderId ?? '—'])));
      for (const feature of rowFeatures) {
        if (!feature.pages.includes(page)) continue;
        try {
          const host = feature.render(row, response.annotation, { marketplace: this.options.marketplace, page });
          if (host) order.append(host);
        } catch (error) {
          console.warn(`[HelloWord] ${feature.id} failed`, error);
        }
      }
    }

    this.root.replaceChildren(h('div', { class: 'panel' }, head, why, order, list, this.status));
    this.renderClock(response);
  }

  private renderClock(response: SuggestResponse): void {
    if (!this.clockHost || !this.clockRoot) return;
    this.clockSession?.abort();
    this.clockSession = new AbortController();
    const signal = AbortSignal.any([this.clockSession.signal, this.options.signal]);
    if (!response.clock) {
      this.clockHost.hidden = true;
      return;
    }
    this.clockHost.hidden = false;
    this.clockHost.setAttribute('data-due-at', response.clock.dueAt);
    const clock = h('span', { class: 'clock' });
    const due = new Date(response.clock.dueAt);
    this.clockRoot.replaceChildren(
      h(
        'div',
        { class: 'row' },
        clock,
        h('span', { class: 'muted' }, t('clock_due', [due.toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' })])),
        h('span', { class: 'muted' }, `· ${response.clock.source}`),
      ),
    );
    keepClockCurrent(clock, this.clockHost, response.clock.dueAt, signal);
  }

  remove(): void {
    this.clockSession?.abort();
    this.host.remove();
    this.clockHost?.remove();
  }
}
