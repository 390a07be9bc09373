/**
 * F23: the policy guardrail under the reply box. As the agent types (debounced), the reply is
 * checked against the marketplace's messaging rules; each finding names the offending words and
 * the rule. It never blocks sending — the agent decides — but it is hard to miss.
 */
import { checkReply } from '../../domain/guardrail';
import type { Marketplace } from '../../domain/vocabulary';
import { explain, t } from '../../i18n/t';
import { h } from '../dom';
import { createHost } from '../mount';
import { readReplyText } from './insert';
import { REPLY_CSS } from './styles';

export interface GuardrailOptions {
  marketplace: Marketplace;
  replyBox: HTMLElement;
  /** Order id, tracking number, SKU: never mistaken for a phone number. */
  knownValues: readonly string[];
  threadId?: string | undefined;
  orderId?: string | undefined;
  signal: AbortSignal;
}

export function attachGuardrail(options: GuardrailOptions): HTMLElement {
  const { host, root } = createHost('policy-guardrail', { orderId: options.orderId }, REPLY_CSS);
  if (options.threadId) host.setAttribute('data-thread-id', options.threadId);
  host.setAttribute('role', 'status');
  host.setAttribute('aria-live', 'polite');
  host.setAttribute('data-count', '0');
  host.hidden = true;

  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  const check = () => {
    const text = readReplyText(options.replyBox);
    if (text === last) return;
    last = text;
    const findings = text.trim() ? checkReply(text, { marketplace: options.marketplace, knownValues: options.knownValues }) : [];
    host.setAttribute('data-count', String(findings.length));
    host.setAttribute('data-rules', [...new Set(findings.map((f) => f.rule))].join(' '));
    host.hidden = findings.length === 0;
    if (findings.length === 0) {
      root.replaceChildren();
      return;
    }
    const list = h('ul', { class: 'findings', attrs: { 'aria-label': t('guardrail_heading') } });
    for (const finding of findings) {
      list.append(
        h(
          'li',
          { class: finding.severity, attrs: { 'data-rule': finding.rule, 'data-severity': finding.severity } },
          explain(finding.explanation),
        ),
      );
    }
    root.replaceChildren(list);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(check, 150);
  };
  // Input events from a kat-textarea's inner textarea are composed: they reach the host.
  const doc = options.replyBox.ownerDocument;
  doc.addEventListener(
    'input',
    (event) => {
      const path = event.composedPath();
      if (path.includes(options.replyBox)) schedule();
    },
    { capture: true, signal: options.signal },
  );
  // Apps that set the value without events (drafts restored): a slow poll catches them.
  const poll = setInterval(check, 2_000);
  options.signal.addEventListener('abort', () => {
    clearInterval(poll);
    clearTimeout(timer);
    host.remove();
  });
  queueMicrotask(check);
  return host;
}
