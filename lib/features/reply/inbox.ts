/**
 * F24 on the inbox: a clock on every thread waiting for a reply, and above the list the threads in
 * the order they must be answered — overdue first. The host's own list is left as it is (reordering
 * an app's list would break it); the queue links to each thread.
 */
import { byUrgency, replyClock, replyDeadlineHours, type ReplyClock } from '../../domain/reply-clock';
import type { Settings } from '../../domain/vocabulary';
import { t } from '../../i18n/t';
import { h } from '../dom';
import { createHost } from '../mount';
import type { InboxThread, MessagingAdapter } from './adapter';
import { clockState, clockText } from './clock-view';
import { REPLY_CSS } from './styles';

export class InboxClocks {
  private readonly chips = new WeakMap<Element, HTMLElement>();
  /** Every chip this instance added, so a new inbox view (in-app navigation) does not find them doubled. */
  private readonly chipHosts = new Set<HTMLElement>();
  private queueHost: HTMLElement | undefined;
  private readonly hours: number;

  constructor(
    private readonly adapter: MessagingAdapter,
    settings: Pick<Settings, 'replyDeadlineHours'>,
    private readonly signal: AbortSignal,
    private readonly now: () => number = Date.now,
  ) {
    this.hours = replyDeadlineHours(adapter.marketplace, settings).hours;
    const timer = setInterval(() => this.render(), 30_000);
    signal.addEventListener('abort', () => {
      clearInterval(timer);
      this.queueHost?.remove();
      for (const chip of this.chipHosts) chip.remove();
    });
  }

  render(): void {
    if (this.signal.aborted) return;
    const threads = this.adapter.listThreads(document, new URL(location.href));
    const now = this.now();
    const waiting = threads
      .filter((thread) => thread.awaitingReply)
      .map((thread) => ({ thread, clock: thread.receivedAt ? replyClock(thread.receivedAt, now, this.hours) : null }));
    for (const { thread, clock } of waiting) this.renderChip(thread, clock);
    this.renderQueue(byUrgency(waiting), threads[0]?.element);
  }

  private renderChip(thread: InboxThread, clock: ReplyClock | null): void {
    let host = this.chips.get(thread.element);
    if (!host || !host.isConnected) {
      const created = createHost('reply-clock', { orderId: thread.orderId }, REPLY_CSS);
      host = created.host;
      host.setAttribute('data-thread-id', thread.threadId);
      this.chips.set(thread.element, host);
      this.chipHosts.add(host);
      const target = thread.element.localName === 'tr' ? (thread.element.lastElementChild ?? thread.element) : thread.element;
      target.append(host);
    }
    const root = host.shadowRoot!;
    if (!clock) {
      host.setAttribute('data-state', 'unknown');
      root.replaceChildren(h('span', { class: 'clock ok' }, t('clock_unknown')));
      return;
    }
    host.setAttribute('data-state', clockState(clock.remainingMs));
    host.setAttribute('data-due-at', clock.dueAt);
    host.setAttribute('data-remaining-minutes', String(Math.trunc(clock.remainingMs / 60_000)));
    root.replaceChildren(h('span', { class: `clock ${clockState(clock.remainingMs)}` }, clockText(clock.remainingMs)));
  }

  private renderQueue(ordered: { thread: InboxThread; clock: ReplyClock | null }[], firstRow: Element | undefined): void {
    if (!firstRow) {
      this.queueHost?.remove();
      return;
    }
    if (!this.queueHost) {
      const { host } = createHost('reply-clock', {}, REPLY_CSS);
      host.setAttribute('data-view', 'queue');
      this.queueHost = host;
    }
    const host = this.queueHost;
    // Above the list: before the table (never inside it) or before the first row's list.
    const list = firstRow.closest('table') ?? firstRow.parentElement;
    if (list && host.nextElementSibling !== list) list.before(host);
    host.setAttribute('data-count', String(ordered.length));
    host.setAttribute('data-order', ordered.map((o) => o.thread.threadId).join(' '));
    const items = h('ol', null);
    for (const { thread, clock } of ordered.slice(0, 10)) {
      const label = [thread.buyerName, thread.orderId].filter(Boolean).join(' · ') || thread.threadId;
      const link = thread.href ? h('a', { attrs: { href: thread.href } }, label) : h('span', null, label);
      items.append(
        h(
          'li',
          { attrs: { 'data-thread-id': thread.threadId } },
          link,
          ' ',
          clock ? h('span', { class: `clock ${clockState(clock.remainingMs)}` }, clockText(clock.remainingMs)) : h('span', { class: 'muted' }, t('clock_unknown')),
        ),
      );
    }
    host.shadowRoot!.replaceChildren(
      h(
        'div',
        { class: 'queue' },
        h('strong', null, ordered.length ? t('queue_heading', [ordered.length]) : t('queue_empty')),
        ordered.length ? items : null,
      ),
    );
  }
}
