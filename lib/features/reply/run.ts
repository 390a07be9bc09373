/**
 * Runs the reply assistant on a marketplace's message pages: on a thread (or "contact buyer")
 * page, once the app has rendered the thread and its reply box, it asks the background for the
 * classification, templates, order annotation and clock, shows them above the reply box and the
 * guardrail under it; on an inbox, a clock per waiting thread and the queue. It follows in-app
 * navigation and threads opened in place, like runFeatures does for rows.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isFeatureEnabled } from '../../domain/vocabulary';
import { t } from '../../i18n/t';
import { sendMessage } from '../../messaging/content-client';
import type { SuggestResponse, SuggestionWire, ThreadFacts } from '../../messaging/reply-protocol';
import { isOwnNode } from '../mount';
import { observeMutations } from '../observe';
import type { MessagingAdapter, MessagingSurface } from './adapter';
import { attachGuardrail } from './guardrail-view';
import { InboxClocks } from './inbox';
import { insertReply, readReplyText } from './insert';
import { ReplyPanel } from './panel';

const SETTLE_AFTER_NAVIGATION_MS = 150;

export function runReplyAssistant(ctx: ContentScriptContext, adapter: MessagingAdapter): void {
  let session: AbortController | undefined;
  const start = (href: string, navigated: boolean) => {
    session?.abort();
    session = new AbortController();
    const signal = AbortSignal.any([session.signal, ctx.signal]);
    void runSurface(adapter, new URL(href), signal, navigated).catch((error: unknown) => {
      if (!signal.aborted) console.warn('[HelloWord] reply assistant', error);
    });
  };
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => start(newUrl.href, true));
  ctx.onInvalidated(() => session?.abort());
  start(location.href, false);
}

async function runSurface(adapter: MessagingAdapter, url: URL, signal: AbortSignal, navigated: boolean): Promise<void> {
  if (navigated) await new Promise((resolve) => setTimeout(resolve, SETTLE_AFTER_NAVIGATION_MS));
  if (signal.aborted) return;
  const surface = adapter.detectSurface(url, document) ?? (await surfaceShown(adapter, url, signal));
  if (!surface) return;
  const settings = await sendMessage('getSettings', {});
  if (signal.aborted) return;

  if (surface === 'inbox') {
    if (!isFeatureEnabled(settings, 'reply-clock')) return;
    const clocks = new InboxClocks(adapter, settings, signal);
    clocks.render();
    observeMutations(document.body, () => clocks.render(), { signal, ignore: isOwnNode });
    return;
  }

  const showSuggestions = isFeatureEnabled(settings, 'reply-suggestions');
  const showClock = isFeatureEnabled(settings, 'reply-clock');
  const showGuardrail = isFeatureEnabled(settings, 'policy-guardrail');
  if (!showSuggestions && !showClock && !showGuardrail) return;

  let current: ThreadSession | undefined;
  const check = () => {
    if (signal.aborted || location.href !== url.href) return;
    const box = adapter.findReplyBox(document);
    const thread = adapter.readThread(document, url);
    if (!box || !thread) {
      // The thread went away (its dialog closed): its panel and shortcuts go with it.
      if (current && !current.connected()) {
        current.close();
        current = undefined;
      }
      return;
    }
    const facts: ThreadFacts = { marketplace: adapter.marketplace, ...thread };
    // The same thread still on screen with its UI in place: nothing to do.
    if (current && current.box === box && current.key === threadKey(facts) && current.connected()) return;
    current?.close();
    current = new ThreadSession(facts, box, { showSuggestions, showClock, showGuardrail }, signal);
    void current.open();
  };
  check();
  observeMutations(document.body, check, { signal, ignore: isOwnNode });
  signal.addEventListener('abort', () => current?.close());
}

/**
 * A URL one of the adapter's surfaces accepts, whose document does not show that surface yet (a
 * dialog the agent opens later, as on Shopify's order page): wait for it until the page changes.
 */
function surfaceShown(adapter: MessagingAdapter, url: URL, signal: AbortSignal): Promise<MessagingSurface | null> {
  if (!adapter.surfaces.some((surface) => surface.test(url))) return Promise.resolve(null);
  return new Promise((resolve) => {
    const waiting = new AbortController();
    const done = (surface: MessagingSurface | null) => {
      waiting.abort();
      resolve(surface);
    };
    signal.addEventListener('abort', () => done(null), { signal: waiting.signal });
    observeMutations(
      document.body,
      () => {
        const surface = adapter.detectSurface(url, document);
        if (surface) done(surface);
      },
      { signal: AbortSignal.any([signal, waiting.signal]), ignore: isOwnNode },
    );
  });
}

function threadKey(facts: ThreadFacts): string {
  return [facts.threadId, facts.orderId, facts.buyerName, facts.buyerMessage?.length, facts.receivedAt].join('|');
}

interface Switches {
  showSuggestions: boolean;
  showClock: boolean;
  showGuardrail: boolean;
}

/** One thread on screen: its panel, guardrail and keyboard shortcuts, until it goes away. */
class ThreadSession {
  readonly key: string;
  private readonly controller = new AbortController();
  private readonly signal: AbortSignal;
  private panel: ReplyPanel | undefined;
  private guardrail: HTMLElement | undefined;
  private last: SuggestResponse | undefined;
  private request = 0;
  /** The text last inserted, to tell an untouched template from the agent's own writing. */
  private inserted: string | undefined;

  constructor(
    private readonly facts: ThreadFacts,
    readonly box: HTMLElement,
    private readonly switches: Switches,
    parent: AbortSignal,
  ) {
    this.key = threadKey(facts);
    this.signal = AbortSignal.any([this.controller.signal, parent]);
  }

  connected(): boolean {
    const panelOk = !this.panel || this.panel.hosts().every((host) => host.isConnected);
    const guardOk = !this.guardrail || this.guardrail.isConnected;
    return this.box.isConnected && panelOk && guardOk;
  }

  close(): void {
    this.controller.abort();
    this.panel?.remove();
  }

  async open(): Promise<void> {
    const { facts, box, signal } = this;
    if (this.switches.showGuardrail) {
      this.guardrail = attachGuardrail({
        marketplace: facts.marketplace,
        replyBox: box,
        knownValues: [facts.orderId, facts.trackingNumber, facts.sku].filter((v): v is string => Boolean(v)),
        threadId: facts.threadId,
        orderId: facts.orderId,
        signal,
      });
      box.after(this.guardrail);
    }
    if (!this.switches.showSuggestions && !this.switches.showClock) return;
    this.panel = new ReplyPanel(
      { marketplace: facts.marketplace, thread: facts, showClock: this.switches.showClock, showSuggestions: this.switches.showSuggestions, signal },
      {
        insert: (suggestion) => this.insert(suggestion),
        changeIntent: (intent) => void this.load({ intent }),
        changeLanguage: (language) => void this.load({ language }),
      },
    );
    box.before(...this.panel.hosts());
    document.addEventListener(
      'keydown',
      (event) => {
        if (!event.altKey || event.ctrlKey || event.metaKey || !/^Digit[1-3]$/.test(event.code)) return;
        const suggestion = this.panel?.suggestion(Number(event.code.slice(5)) - 1);
        if (!suggestion || !this.switches.showSuggestions) return;
        event.preventDefault();
        event.stopPropagation();
        this.insert(suggestion);
      },
      { capture: true, signal },
    );
    await this.load({});
  }

  private async load(choice: { intent?: string; language?: string }): Promise<void> {
    const id = ++this.request;
    const intent = choice.intent ?? (this.last && choice.language ? this.last.intent : undefined);
    try {
      const response = await sendMessage('suggestReplies', {
        thread: this.facts,
        ...(intent && { intent: intent as SuggestResponse['intent'] }),
        ...(choice.language && { language: choice.language }),
      });
      if (this.signal.aborted || id !== this.request) return;
      this.last = response;
      this.panel?.render(response);
    } catch (error) {
      if (!this.signal.aborted) this.panel?.showStatus(t('reply_failed', [String(error)]), 'warn');
    }
  }

  private insert(suggestion: SuggestionWire): void {
    const first = suggestion.personalise[0];
    // A second template over one the agent has not touched replaces it instead of nesting in it.
    // Editors render line breaks their own way (innerText adds a line per empty block): compare words.
    const words = (text: string) => text.replace(/\s+/g, ' ').trim();
    const replace = this.inserted !== undefined && words(readReplyText(this.box)) === words(this.inserted);
    const result = insertReply(this.box, suggestion.text, first ? { start: first.start, end: first.end } : undefined, { replace });
    if (!result) {
      this.panel?.showStatus(t('reply_insert_failed'), 'warn');
      return;
    }
    this.inserted = suggestion.text;
    this.box.setAttribute('data-helloword-inserted', suggestion.templateId);
    const missing = suggestion.missing.length;
    this.panel?.showStatus(
      missing > 0 ? t('reply_inserted_missing', [missing]) : suggestion.personalise.length > 0 ? t('reply_inserted_personalise') : t('reply_inserted'),
      missing > 0 ? 'warn' : 'ok',
    );
    const { facts, last } = this;
    if (facts.orderId && last) {
      void sendMessage('recordMessageCase', {
        marketplace: facts.marketplace,
        orderId: facts.orderId,
        ...(facts.threadId && { threadId: facts.threadId }),
        ...(facts.sku && { sku: facts.sku }),
        ...(facts.shipCountry && { shipCountry: facts.shipCountry }),
        intent: suggestion.intent,
        language: suggestion.language,
        ...(last.classification && { confidence: last.classification.confidence }),
        templateId: suggestion.templateId,
        ...(facts.receivedAt && { receivedAt: facts.receivedAt }),
      }).catch(() => undefined);
    }
  }
}
