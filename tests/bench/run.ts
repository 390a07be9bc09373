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
import { printClassifierReport } from './classifier';
import { ebayOrdersBench } from './ebay';
import { benchGuardrail } from './guardrail';
import { benchWhatIf } from './what-if';
import { benchRules } from './rules';
import { printComplianceBench } from './compliance';
import { benchCatalogue } from './catalogue';
import { benchPurchasing } from './purchasing';
import { benchImport } from './import';
import { benchImportPage } from './import-page';
import { shopifyOrdersListBench } from './shopify';
import { benchRetroUi } from './retro-ui';
import { benchRetro } from './retro';
import { benchPageCost, type PageCost, type PageMetrics } from './page-cost';

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const line = (label: string, value: string, note = '') => console.log(`  ${label.padEnd(46)} ${value.padStart(14)}  ${note}`);

console.log('\nHelloWord bench\n');

// (a) + (b): annotating orders pages in Chromium — 2,000 rows (the stress case) and 100 rows
// (the most Seller Central's own page-size selector shows).
const url = 'https://sellercentral.amazon.com/orders-v3/mfn/all';
const rendering = (m: PageMetrics) => m.layoutMs + m.styleMs;
const linesOf = (html: string) => (html.match(/>SKU:</g) ?? []).length;

function reportLoad(title: string, load: PageCost) {
  console.log(`  ${title} (median of 3 loads)`);
  line('baseline: Chromium parse+style+layout, no extension', fmt(load.without.taskMs), `(layout ${fmt(load.without.layoutMs)}, style ${fmt(load.without.styleMs)})`);
  line('HelloWord script time (CPU profile of its code)', fmt(load.with.extensionScriptMs), `ratio to baseline ${(load.with.extensionScriptMs / load.without.taskMs).toFixed(3)}×  budget ≤ 50 ms`);
  line('style+layout added by the annotations', fmt(Math.max(0, rendering(load.with) - rendering(load.without))));
  line('long tasks: without → with HelloWord', `${load.without.longTasks} → ${load.with.longTasks}`, `added: ${load.with.longTasks - load.without.longTasks}  budget 0`);
}

const html2000 = ordersListPage({ rows: 2000 });
const big = await benchPageCost(url, html2000, linesOf(html2000));
console.log(`(a)+(b) 2,000-row Manage Orders page (${linesOf(html2000)} item lines), main thread`);
reportLoad('opening the page', big.load);
if (big.scroll) {
  const { scroll } = big;
  console.log('  opening, then scrolling to the end: every row annotated');
  line('baseline: the same scroll, no extension', fmt(scroll.without.taskMs));
  line('HelloWord script time, whole page', fmt(scroll.with.extensionScriptMs), `ratio to baseline ${(scroll.with.extensionScriptMs / scroll.without.taskMs).toFixed(3)}×`);
  line('style+layout added by the annotations', fmt(Math.max(0, rendering(scroll.with) - rendering(scroll.without))));
  line('long tasks: without → with HelloWord', `${scroll.without.longTasks} → ${scroll.with.longTasks}`, `added: ${scroll.with.longTasks - scroll.without.longTasks}`);
}
const html100 = ordersListPage({ rows: 100 });
const typical = await benchPageCost(url, html100, linesOf(html100), { scroll: false });
console.log(`(a)+(b) 100-row Manage Orders page (${linesOf(html100)} item lines)`);
reportLoad('opening the page', typical.load);

// (a') the same 2,000-row figure on eBay Seller Hub and Shopify admin.
for (const [name, bench] of [
  ['eBay Seller Hub orders', ebayOrdersBench()],
  ['Shopify admin orders', shopifyOrdersListBench()],
] as const) {
  const lines = bench.linesOf(bench.html);
  const cost = await benchPageCost(bench.url, bench.html, lines, { scroll: false });
  console.log(`(a) 2,000-row ${name} page (${lines} lines), main thread`);
  reportLoad('opening the page', cost.load);
}

// (c): rules + compliance for 100,000 rows in Node.
const domain = await benchDomain();
console.log('(c) annotate 100,000 rows in Node (rules + compliance + tax)');
line('baseline: one Map lookup per row', fmt(domain.baselineMs));
line('HelloWord annotate()', fmt(domain.ms), `${Math.round(domain.rowsPerSecond).toLocaleString('en')} rows/s  budget ≤ 250 ms`);

// (c') what-if over 100,000 stored cases (F25), in Node.
const whatIf = benchWhatIf();
console.log('(c) return-rule what-if over 100,000 cases in Node (F25)');
line('baseline: one Map lookup per case', fmt(whatIf.baselineMs));
line('whatIf(): both rule lists, costs, summary', fmt(whatIf.ms), `${Math.round(whatIf.casesPerSecond).toLocaleString('en')} cases/s  budget ≤ 1,000 ms`);
await benchRules(); // (f) the same through the rule editor's runWhatIf handler, in Node and in the built extension

printComplianceBench();

// (f) report import (F15) in Node; the dashboard's worker and UI come with the rest of issue 4.
await benchImport();
// (f') the same report through the options page's Import view in Chromium: worker, importBatch, store.
await benchImportPage();
// (g) catalogue filters (F8) over 20,000 SKUs, per keystroke, in Node.
await benchCatalogue();
// (purchasing) F10/F11 view models: suggestions for 2,000 SKUs from 150,000 order lines, in Node.
await benchPurchasing();

// (retro) the popup's retrospective: first render and period switch at 100,000 cases / 1,000,000 order lines.
await benchRetroUi();
// (retro data) aggregates: summary query time, size against raw records, import hook, rebuild.
await benchRetro();

// (d): content script size.
console.log('(d) content script size');
const dir = join(EXTENSION_DIR, 'content-scripts');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const bytes = readFileSync(join(dir, file));
  line(file, `${(bytes.length / 1024).toFixed(1)} KiB`, `gzip ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KiB  budget ≤ 80 KB gzip`);
}

// (e) reply assistant: the classifier on the evaluation set, and the guardrail per keystroke.
await printClassifierReport();
const guardrail = benchGuardrail();
console.log('(e) policy guardrail on a 2,000-character reply (runs on each keystroke, debounced)');
line('baseline: one regex test over the same text', `${(guardrail.baselineMs * 1000).toFixed(1)} µs`);
line('checkReply, ordinary reply', `${(guardrail.ordinaryMs * 1000).toFixed(1)} µs`, `ratio ${(guardrail.ordinaryMs / guardrail.baselineMs).toFixed(1)}×  budget ≤ 1 ms`);
line('checkReply, reply full of violations', `${(guardrail.denseMs * 1000).toFixed(1)} µs`, `ratio ${(guardrail.denseMs / guardrail.baselineMs).toFixed(1)}×`);
console.log('');
