/**
 * Main-thread cost of annotating a page, measured in Chromium with the DevTools Performance domain:
 * the same page is loaded without the extension (baseline: what Chromium itself spends parsing,
 * styling and laying it out) and with it; the difference in script time is ours. Long tasks are
 * counted by a PerformanceObserver installed before the page's own code runs.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath, launchExtension, loadDemoWorkspace, type Harness } from '../e2e/harness';

export interface PageMetrics {
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
  await page.goto(url, { waitUntil: 'load' });
  await ready(page);
  await page.waitForTimeout(800); // let trailing slices and layout settle
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const longTasks = (await page.evaluate('window.__hwLongTasks')) as number[];
  await page.close();
  return {
    taskMs: get('TaskDuration'),
    scriptMs: get('ScriptDuration'),
    layoutMs: get('LayoutDuration'),
    styleMs: get('RecalcStyleDuration'),
    longTasks: longTasks.length,
    longTaskMs: longTasks.reduce((a, b) => a + b, 0),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function medianMetrics(runs: PageMetrics[]): PageMetrics {
  const keys = Object.keys(runs[0] ?? {}) as (keyof PageMetrics)[];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((r) => r[key]))])) as unknown as PageMetrics;
}

export async function benchPageCost(url: string, html: string, expectedRows: number, runs = 3): Promise<{ without: PageMetrics; with: PageMetrics }> {
  // Without the extension.
  const plain = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const plainContext = await plain.newContext({ viewport: { width: 1440, height: 900 } });
  await plainContext.route(`${new URL(url).origin}/**`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  const without: PageMetrics[] = [];
  for (let i = 0; i < runs; i++) without.push(await measure(plainContext, url, async () => undefined));
  await plain.close();

  // With the extension and the demo workspace.
  const harness: Harness = await launchExtension();
  await harness.serve(url, html);
  await loadDemoWorkspace(harness);
  const withExt: PageMetrics[] = [];
  for (let i = 0; i < runs; i++) {
    withExt.push(
      await measure(harness.context, url, async (page) => {
        const chip = page.locator('[data-helloword="adapter-health"][data-state="done"]');
        await chip.waitFor({ timeout: 60_000 });
        const read = Number(await chip.getAttribute('data-rows-read'));
        if (read < expectedRows) throw new Error(`only ${read} of ${expectedRows} rows were annotated`);
      }),
    );
  }
  await harness.close();
  return { without: medianMetrics(without), with: medianMetrics(withExt) };
}
