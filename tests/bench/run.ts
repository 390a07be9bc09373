/**
 * `npm run bench`: figures, not pass/fail timings (the machine is shared and noisy). Each figure is
 * printed beside a baseline measured in the same run, so the ratio means something anywhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../e2e/harness';
import { ordersListPage } from '../fixtures/amazon/generate';
import { benchDomain } from './domain';
import { benchPageCost, type PageMetrics } from './page-cost';

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const line = (label: string, value: string, note = '') => console.log(`  ${label.padEnd(46)} ${value.padStart(14)}  ${note}`);

console.log('\nHelloWord bench\n');

// (a) + (b): annotating the 2,000-row orders page in Chromium.
const url = 'https://sellercentral.amazon.com/orders-v3/mfn/all';
const html = ordersListPage({ rows: 2000 });
const itemLines = (html.match(/>SKU:</g) ?? []).length;
const { load, scroll } = await benchPageCost(url, html, itemLines);
const rendering = (m: PageMetrics) => m.layoutMs + m.styleMs;
console.log(`(a) 2,000-row Manage Orders page (${itemLines} item lines), main thread`);
console.log('  opening the page (median of 3 loads)');
line('baseline: Chromium parse+style+layout, no extension', fmt(load.without.taskMs), `(layout ${fmt(load.without.layoutMs)}, style ${fmt(load.without.styleMs)})`);
line('HelloWord script time (CPU profile of its code)', fmt(load.with.extensionScriptMs), `ratio to baseline ${(load.with.extensionScriptMs / load.without.taskMs).toFixed(3)}×  budget ≤ 50 ms`);
line('style+layout added by the annotations', fmt(Math.max(0, rendering(load.with) - rendering(load.without))));
console.log('  opening, then scrolling to the end: every row annotated');
line('baseline: the same scroll, no extension', fmt(scroll.without.taskMs));
line('HelloWord script time, whole page', fmt(scroll.with.extensionScriptMs), `ratio to baseline ${(scroll.with.extensionScriptMs / scroll.without.taskMs).toFixed(3)}×`);
line('style+layout added by the annotations', fmt(Math.max(0, rendering(scroll.with) - rendering(scroll.without))));
console.log('(b) long tasks (> 50 ms)');
line('opening, without extension', String(load.without.longTasks), `(${fmt(load.without.longTaskMs)})`);
line('opening, with HelloWord', String(load.with.longTasks), `(${fmt(load.with.longTaskMs)})  added: ${load.with.longTasks - load.without.longTasks}  budget 0`);
line('scrolling through, without extension', String(scroll.without.longTasks), `(${fmt(scroll.without.longTaskMs)})`);
line('scrolling through, with HelloWord', String(scroll.with.longTasks), `(${fmt(scroll.with.longTaskMs)})  added: ${scroll.with.longTasks - scroll.without.longTasks}`);

// (c): rules + compliance for 100,000 rows in Node.
const domain = await benchDomain();
console.log('(c) annotate 100,000 rows in Node (rules + compliance + tax)');
line('baseline: one Map lookup per row', fmt(domain.baselineMs));
line('HelloWord annotate()', fmt(domain.ms), `${Math.round(domain.rowsPerSecond).toLocaleString('en')} rows/s  budget ≤ 250 ms`);

// (d): content script size.
console.log('(d) content script size');
const dir = join(EXTENSION_DIR, 'content-scripts');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const bytes = readFileSync(join(dir, file));
  line(file, `${(bytes.length / 1024).toFixed(1)} KiB`, `gzip ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KiB  budget ≤ 80 KB gzip`);
}
console.log('');
