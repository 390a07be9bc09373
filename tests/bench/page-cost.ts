/**
 * Main-thread cost of annotating a page, measured in Chromium with the DevTools Performance domain:
 * the same page is loaded without the extension (baseline: what Chromium itself spends parsing,
 * styling and laying it out) and with it; the difference in script time is ours. Long tasks are
 * counted by a PerformanceObserver installed before the page's own code runs.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath, launchExtension, loadDemoWorkspace, routeMarketplaceAssets, type Harness } from '../e2e/harness';

export interface PageMetrics {
  /** Main-thread time inside the extension's own code (CPU profile, inclusive of the DOM calls it makes). */
  extensionScriptMs: number;
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  longTasks: number;
  longTaskMs: number;
}

const LONG_TASK_OBSERVER = `
  window.__hwLongTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__hwLongTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
`;

async function measure(context: BrowserContext, url: string, ready: (page: Page) => Promise<void>): Promise<PageMetrics> {
  const page = await context.newPage();
  await page.addInitScript(LONG_TASK_OBSERVER);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await ready(page);
  await page.waitForTimeout(800); // let trailing slices and layout settle
  const { profile } = await cdp.send('Profiler.stop');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const longTasks = (await page.evaluate('window.__hwLongTasks')) as number[];
  await page.close();
  return {
    extensionScriptMs: extensionTime(profile),
    taskMs: get('TaskDuration'),
    scriptMs: get('ScriptDuration'),
    layoutMs: get('LayoutDuration'),
    styleMs: get('RecalcStyleDuration'),
    longTasks: longTasks.length,
    longTaskMs: longTasks.reduce((a, b) => a + b, 0),
  };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Time of samples whose stack holds a frame of the extension (chrome-extension://…), in ms. */
function extensionTime(profile: CpuProfile): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = Boolean(node?.callFrame.url.startsWith('chrome-extension://')) || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let micros = 0;
  for (let i = 0; i < samples.length; i++) if (isOurs(samples[i]!)) micros += deltas[i + 1] ?? 0;
  return micros / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function medianMetrics(runs: PageMetrics[]): PageMetrics {
  const keys = Object.keys(runs[0] ?? {}) as (keyof PageMetrics)[];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((r) => r[key]))])) as unknown as PageMetrics;
}

/** Scrolls to the end in steps smaller than the look-ahead margin, so every row passes near the viewport. */
async function scrollToEnd(page: Page): Promise<void> {
  for (let y = 0; ; y += 2400) {
    const height = await page.evaluate((top) => (window.scrollTo(0, top), document.documentElement.scrollHeight), y);
    await page.waitForTimeout(40);
    if (y > height) return;
  }
}

export interface PageCost {
  without: PageMetrics;
  with: PageMetrics;
  /** Every load with the extension (the medians above are taken over these). */
  withRuns?: PageMetrics[];
}

/**
 * Two scenarios, each with and without the extension: the page opening (what the seller waits for),
 * and opening then scrolling to the end (every row annotated).
 */
export async function benchPageCost(
  url: string,
  html: string,
  expectedLines: number,
  { runs = 3, scroll = true }: { runs?: number; scroll?: boolean } = {},
): Promise<{ load: PageCost; scroll?: PageCost }> {
  const plain = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const plainContext = await plain.newContext({ viewport: { width: 1440, height: 900 } });
  await plainContext.route(`${new URL(url).origin}/**`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await routeMarketplaceAssets(plainContext);
  const loadWithout: PageMetrics[] = [];
  for (let i = 0; i < runs; i++) loadWithout.push(await measure(plainContext, url, async () => undefined));
  const scrollWithout = scroll ? await measure(plainContext, url, scrollToEnd) : undefined;
  await plain.close();

  const harness: Harness = await launchExtension();
  await harness.serve(url, html);
  await loadDemoWorkspace(harness);
  const chip = (page: Page) => page.locator('[data-helloword="adapter-health"][data-state="done"]');
  const loadWith: PageMetrics[] = [];
  for (let i = 0; i < runs; i++) {
    loadWith.push(
      await measure(harness.context, url, async (page) => {
        await chip(page).waitFor({ timeout: 60_000 });
      }),
    );
  }
  const scrollWith = !scroll ? undefined : await measure(harness.context, url, async (page) => {
    await chip(page).waitFor({ timeout: 60_000 });
    const linesRead = async () => Number(await page.locator('[data-helloword="adapter-health"]').getAttribute('data-rows-read'));
    // A fast scroll can jump past rows while the page is busy laying out (as a dragged scrollbar
    // would); they are read when scrolled back to. Scroll again until every row has been seen.
    for (let pass = 0; pass < 4 && (await linesRead()) < expectedLines; pass++) {
      await scrollToEnd(page);
      await page.waitForTimeout(600);
    }
    const read = await linesRead();
    if (read < expectedLines) throw new Error(`only ${read} of ${expectedLines} lines were annotated after scrolling`);
  });
  await harness.close();
  return {
    load: { without: medianMetrics(loadWithout), with: medianMetrics(loadWith), withRuns: loadWith },
    ...(scrollWithout && scrollWith ? { scroll: { without: scrollWithout, with: scrollWith } } : {}),
  };
}
