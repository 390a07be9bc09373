/**
 * The contract of a marketplace's messaging surfaces (F6, F23, F24): which pages are message pages,
 * what thread they show, where the agent types, and the inbox's threads. Like MarketplaceAdapter,
 * all DOM knowledge stays in lib/marketplaces/<m>/messaging.ts.
 */
import type { Marketplace } from '../../domain/vocabulary';
import type { ThreadFacts } from '../../messaging/reply-protocol';

export type MessagingSurface = 'inbox' | 'thread' | 'contact';

export interface SurfaceDefinition {
  kind: MessagingSurface;
  title: string;
  test: (url: URL) => boolean;
  /** Real-looking URLs this check must accept (and every other check must reject). */
  examples: readonly string[];
}

/** One thread in an inbox list. */
export interface InboxThread {
  /** The row element; the clock chip is added inside it. */
  element: Element;
  threadId: string;
  buyerName?: string;
  orderId?: string;
  /** When the oldest unanswered buyer message arrived (ISO 8601 with offset). */
  receivedAt?: string;
  /** The list marks it as waiting for the seller. */
  awaitingReply: boolean;
  /** Link that opens the thread. */
  href?: string;
}

/** What the thread page shows, without the marketplace (the adapter knows it). */
export type ThreadRead = Omit<ThreadFacts, 'marketplace'>;

export interface MessagingAdapter {
  marketplace: Marketplace;
  surfaces: readonly SurfaceDefinition[];
  detectSurface: (url: URL, doc: Document) => MessagingSurface | null;
  /** The thread on a thread or contact page; null while the app has not rendered it yet. */
  readThread: (doc: Document, url: URL) => ThreadRead | null;
  /**
   * The element the agent types the reply into: a `<textarea>`, a Katal `kat-textarea` host (its
   * real textarea is in its shadow root) or a contenteditable element. Null until rendered.
   */
  findReplyBox: (doc: Document) => HTMLElement | null;
  /** Threads listed on an inbox page, in page order. */
  listThreads: (doc: Document, url: URL) => InboxThread[];
}
