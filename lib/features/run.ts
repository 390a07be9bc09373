/**
 * Runs a marketplace's row features on the current page: detects the page, finds its rows, and —
 * as each row comes near the viewport — reads it, asks the background for its annotations (one
 * message per batch of rows) and renders each enabled feature next to it, once. Work runs in
 * time slices; late rows and SPA navigation are followed with one debounced observer. On a
 * 2,000-row page only what the seller can see pays at load; the rest is done as they scroll.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageKind, RowAnnotation } from '../domain/annotations';
import { isFeatureEnabled } from '../domain/vocabulary';
import { sendMessage, type ContentSettings } from '../messaging/content-client';
import type { ExtractedRow, MarketplaceAdapter } from './adapter';
import type { RowFeature } from './feature';
import { createHealthChip, type HealthChip } from './health';
import { isOwnNode } from './mount';
import { NearViewport } from './near-viewport';
import { observeMutations } from './observe';
import { forEachInSlices } from './schedule';
import { unpackAnnotations } from '../messaging/annotations-wire';

const BATCH_SIZE = 400;

export interface AnnotatorOptions {
  adapter: MarketplaceAdapter;
  features: readonly RowFeature[];
  marketplaceName: string;
}

/** After in-app navigation the app renders the new view a moment later; read it then, not the old one. */
const SETTLE_AFTER_NAVIGATION_MS = 150;

export function runFeatures(ctx: ContentScriptContext, options: AnnotatorOptions): void {
  let session: AbortController | undefined;
  let health: HealthChip | undefined;
  // Shared by every navigation of this document: rows still on screen after a filter, sort or
  // hash change keep their annotations and are not annotated again.
  const done: DoneRows = new WeakMap();

  const start = (href: string, navigated: boolean) => {
    session?.abort();
    session = new AbortController();
    const signal = AbortSignal.any([session.signal, ctx.signal]);
    void runPage(new URL(href), signal, navigated).catch((error: unknown) => {
      if (!signal.aborted) console.warn('[HelloWord]', error);
    });
  };

  const runPage = async (url: URL, signal: AbortSignal, navigated: boolean) => {
    if (navigated) await new Promise((resolve) => setTimeout(resolve, SETTLE_AFTER_NAVIGATION_MS));
    if (signal.aborted) return;
    const page = options.adapter.detectPage(url, document);
    // Where the document decides the page (a return card rendered late on an order page), a
    // change of verdict restarts the page under its new kind.
    const redetect = () => {
      if (location.href === url.href && options.adapter.detectPage(url, document) !== page) start(url.href, false);
    };
    if (!page) {
      health?.remove();
      health = undefined;
      observeMutations(document.body, redetect, { signal, ignore: isOwnNode });
      return;
    }
    const settings = await sendMessage('getSettings', {});
    if (signal.aborted) return;
    if (isFeatureEnabled(settings, 'adapter-health')) {
      health ??= createHealthChip(options.marketplaceName);
      health.update({ state: 'reading', page });
    } else {
      health?.remove();
      health = undefined;
    }
    const annotator = new PageAnnotator(options, page, url, settings, signal, health, done);
    await annotator.scan();
    observeMutations(
      document.body,
      () => {
        redetect();
        if (!signal.aborted) void annotator.scan();
      },
      { signal, ignore: isOwnNode },
    );
  };

  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => start(newUrl.href, true));
  ctx.onInvalidated(() => {
    session?.abort();
    health?.remove();
  });
  start(location.href, false);
}

/** Row element → the hosts inserted for it; a row whose hosts are all still attached is not redone. */
type DoneRows = WeakMap<Element, Element[]>;

class PageAnnotator {
  private readonly features: readonly RowFeature[];
  private readonly nearViewport: NearViewport;
  /** Rows that came near the viewport and wait to be read, annotated and rendered together. */
  private queue: Element[] = [];
  private flushing: Promise<void> | undefined;
  private scanning = false;
  private rescan = false;
  private readonly tally = { rowsFound: 0, rowsRead: 0, withoutSku: 0, errors: 0 };
  private readonly expectsSku: boolean;

  constructor(
    private readonly options: AnnotatorOptions,
    private readonly page: PageKind,
    private readonly url: URL,
    settings: ContentSettings,
    private readonly signal: AbortSignal,
    private readonly health: HealthChip | undefined,
    private readonly done: DoneRows,
  ) {
    this.features = options.features.filter((f) => f.pages.includes(page) && isFeatureEnabled(settings, f.id));
    this.nearViewport = new NearViewport(signal, (element) => this.enqueue(element));
    this.expectsSku = options.adapter.pages.find((p) => p.kind === page)?.rowsCarrySku !== false;
  }

  /** Finds rows not seen yet; each is read and annotated when it comes near the viewport. */
  async scan(): Promise<void> {
    if (this.scanning) {
      this.rescan = true;
      return;
    }
    this.scanning = true;
    try {
      do {
        this.rescan = false;
        // The URL moved on and the new session has not started yet: this page's rules no longer apply.
        if (location.href !== this.url.href) return;
        const fresh = this.options.adapter.findRowElements(document, this.page).filter((element) => !this.isDone(element));
        for (const element of fresh) {
          if (!this.done.has(element)) this.tally.rowsFound++;
          this.done.set(element, []);
          this.nearViewport.watch(element);
        }
        if (fresh.length === 0) this.reportHealth();
        await this.flushing;
      } while (this.rescan && !this.signal.aborted);
    } catch (error) {
      if (!this.signal.aborted) this.health?.update({ state: 'error', page: this.page, message: String(error) });
    } finally {
      this.scanning = false;
    }
  }

  private isDone(element: Element): boolean {
    const hosts = this.done.get(element);
    return hosts !== undefined && hosts.every((host) => host.isConnected);
  }

  private enqueue(element: Element): void {
    this.queue.push(element);
    // Rows that arrive in the same frame are read and annotated as one batch.
    this.flushing ??= Promise.resolve()
      .then(() => this.flush())
      .catch((error: unknown) => {
        if (!this.signal.aborted) this.health?.update({ state: 'error', page: this.page, message: String(error) });
      })
      .finally(() => (this.flushing = undefined));
  }

  private async flush(): Promise<void> {
    const { adapter } = this.options;
    while (this.queue.length > 0 && !this.signal.aborted) {
      const elements = this.queue.splice(0, BATCH_SIZE);
      const context = adapter.readPageContext(document, this.page, this.url);
      const items: (ExtractedRow & { element: Element })[] = [];
      await forEachInSlices(
        elements,
        (element) => {
          try {
            for (const row of adapter.extractRow(element, context)) items.push({ element, ...row });
          } catch (error) {
            this.tally.errors++;
            console.warn('[HelloWord] could not read a row', error);
          }
        },
        this.signal,
      );
      if (this.signal.aborted) return;
      this.tally.rowsRead += items.length;
      if (this.expectsSku) this.tally.withoutSku += items.filter((item) => !item.row.sku && !item.row.asin).length;
      if (items.length > 0) {
        const rows = items.map((item) => item.row);
        let annotations: RowAnnotation[];
        try {
          annotations = unpackAnnotations(await sendMessage('annotateRows', { marketplace: adapter.marketplace, page: this.page, rows }));
        } catch (error) {
          // The worker may be restarting: forget these rows so the next scan tries them again.
          for (const element of elements) this.done.delete(element);
          this.tally.rowsRead -= items.length;
          throw error;
        }
        if (this.signal.aborted) return;
        // Answers come back in request order; keys alone are not unique (two returns of one SKU).
        await forEachInSlices(items, (item, index) => this.renderItem(item, annotations[index]), this.signal);
        if (this.signal.aborted) return;
        if (this.page === 'returnsList' || this.page === 'returnDetail') {
          void sendMessage('recordReturnCases', { marketplace: adapter.marketplace, page: this.page, rows }).catch(() => undefined);
        }
      }
      this.reportHealth();
    }
  }

  private reportHealth(): void {
    if (this.signal.aborted || !this.health) return;
    const { rowsFound, rowsRead } = this.tally;
    this.health.update({
      state: 'done',
      page: this.page,
      ...this.tally,
      // Counted by another route than row detection, so a layout change shows as "visible but not read".
      ...(rowsFound === 0 || rowsRead === 0 ? { orderIdsVisible: this.options.adapter.countVisibleOrderIds(document, this.page) } : {}),
    });
  }

  private renderItem(item: ExtractedRow & { element: Element }, annotation: RowAnnotation | undefined): void {
    if (!annotation || annotation.key !== item.row.key) return;
    if (!item.anchor.isConnected) {
      // The app re-rendered the row meanwhile: read it again on the next scan.
      this.done.delete(item.element);
      return;
    }
    // A row read again (part of it re-rendered) keeps the annotations of items still in place.
    if (this.hasHostsFor(item.element, item.row.key)) return;
    const hosts: Element[] = [];
    for (const feature of this.features) {
      try {
        const host = feature.render(item.row, annotation, { marketplace: this.options.adapter.marketplace, page: this.page });
        if (host) hosts.push(host);
      } catch (error) {
        // One feature's failure must not stop the others.
        this.tally.errors++;
        console.warn(`[HelloWord] ${feature.id} failed`, error);
      }
    }
    if (hosts.length === 0) return;
    if (item.anchor === item.element) {
      // No SKU line to sit under: stay inside the row (after a <tr> would break the table).
      (item.element.localName === 'tr' ? (item.element.lastElementChild ?? item.element) : item.element).append(...hosts);
    } else {
      item.anchor.after(...hosts);
    }
    const recorded = this.done.get(item.element);
    if (recorded) recorded.push(...hosts);
    else this.done.set(item.element, hosts);
  }

  private hasHostsFor(row: Element, key: string): boolean {
    for (const host of Array.from(row.querySelectorAll('[data-helloword][data-row-key]'))) {
      if (host.getAttribute('data-row-key') === key) return true;
    }
    return false;
  }
}
