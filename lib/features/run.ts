/**
 * Runs a marketplace's row features on the current page: detects the page, reads rows in time
 * slices, asks the background for their annotations in batches, renders each enabled feature next
 * to each row once, and follows late rows and SPA navigation with one debounced observer.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageKind, RowAnnotation } from '../domain/annotations';
import { isFeatureEnabled, type Settings } from '../domain/schemas';
import { sendMessage } from '../messaging/client';
import type { ExtractedRow, MarketplaceAdapter } from './adapter';
import type { RowFeature } from './feature';
import { createHealthChip, type HealthChip } from './health';
import { isOwnNode } from './mount';
import { observeMutations } from './observe';
import { chunk, forEachInSlices } from './schedule';

const BATCH_SIZE = 400;

export interface AnnotatorOptions {
  adapter: MarketplaceAdapter;
  features: readonly RowFeature[];
  marketplaceName: string;
}

export function runFeatures(ctx: ContentScriptContext, options: AnnotatorOptions): void {
  let session: AbortController | undefined;
  let health: HealthChip | undefined;

  const start = (href: string) => {
    session?.abort();
    session = new AbortController();
    const signal = AbortSignal.any([session.signal, ctx.signal]);
    void runPage(new URL(href), signal).catch((error: unknown) => {
      if (!signal.aborted) console.warn('[HelloWord]', error);
    });
  };

  const runPage = async (url: URL, signal: AbortSignal) => {
    const page = options.adapter.detectPage(url, document);
    if (!page) {
      health?.remove();
      health = undefined;
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
    const annotator = new PageAnnotator(options, page, url, settings, signal, health);
    await annotator.scan();
    observeMutations(document.body, () => void annotator.scan(), { signal, ignore: isOwnNode });
  };

  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => start(newUrl.href));
  ctx.onInvalidated(() => {
    session?.abort();
    health?.remove();
  });
  start(location.href);
}

class PageAnnotator {
  /** Row element → the hosts we inserted for it; a row whose hosts are still attached is never redone. */
  private readonly done = new WeakMap<Element, Element[]>();
  private readonly features: readonly RowFeature[];
  private scanning = false;
  private rescan = false;
  private rowsRead = 0;
  private errors = 0;

  constructor(
    private readonly options: AnnotatorOptions,
    private readonly page: PageKind,
    private readonly url: URL,
    settings: Settings,
    private readonly signal: AbortSignal,
    private readonly health: HealthChip | undefined,
  ) {
    this.features = options.features.filter((f) => f.pages.includes(page) && isFeatureEnabled(settings, f.id));
  }

  async scan(): Promise<void> {
    if (this.scanning) {
      this.rescan = true;
      return;
    }
    this.scanning = true;
    try {
      do {
        this.rescan = false;
        await this.scanOnce();
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

  private async scanOnce(): Promise<void> {
    const { adapter } = this.options;
    const context = adapter.readPageContext(document, this.page, this.url);
    const fresh = adapter.findRowElements(document, this.page).filter((element) => !this.isDone(element));
    const extracted: { element: Element; rows: ExtractedRow[] }[] = [];
    await forEachInSlices(
      fresh,
      (element) => {
        try {
          extracted.push({ element, rows: adapter.extractRow(element, context) });
        } catch (error) {
          this.errors++;
          console.warn('[HelloWord] could not read a row', error);
        }
      },
      this.signal,
    );
    for (const { element } of extracted) this.done.set(element, []);
    const items = extracted.flatMap(({ element, rows }) => rows.map((row) => ({ element, ...row })));
    this.rowsRead += items.length;

    for (const batch of chunk(items, BATCH_SIZE)) {
      if (this.signal.aborted) return;
      const rows = batch.map((item) => item.row);
      const { rows: annotations } = await sendMessage('annotateRows', { marketplace: adapter.marketplace, page: this.page, rows });
      if (this.signal.aborted) return;
      const byKey = new Map<string, RowAnnotation>(annotations.map((a) => [a.key, a]));
      await forEachInSlices(batch, (item) => this.renderItem(item, byKey.get(item.row.key)), this.signal);
      if (this.page === 'returnsList' || this.page === 'returnDetail') {
        void sendMessage('recordReturnCases', { marketplace: adapter.marketplace, page: this.page, rows }).catch(() => undefined);
      }
    }
    if (!this.signal.aborted) {
      this.health?.update({
        state: 'done',
        page: this.page,
        rowsRead: this.rowsRead,
        orderIdsVisible: adapter.countVisibleOrderIds(document, this.page),
        errors: this.errors,
      });
    }
  }

  private renderItem(item: ExtractedRow & { element: Element }, annotation: RowAnnotation | undefined): void {
    if (!annotation) return;
    const hosts: Element[] = [];
    for (const feature of this.features) {
      try {
        const host = feature.render(item.row, annotation, { marketplace: this.options.adapter.marketplace, page: this.page });
        if (host) hosts.push(host);
      } catch (error) {
        // One feature's failure must not stop the others.
        this.errors++;
        console.warn(`[HelloWord] ${feature.id} failed`, error);
      }
    }
    if (hosts.length === 0) return;
    item.anchor.after(...hosts);
    this.done.get(item.element)?.push(...hosts);
  }
}
