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
import { benchPageCost } from './page-cost';

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const line = (label: string, value: string, note = '') => console.log(`  ${label.padEnd(46)} ${value.padStart(14)}  ${note}`);

console.log('\nHelloWord bench\n');

// (a) + (b): annotating the 2,000-row orders page in Chromium.
const url = 'https://sellercentral.amazon.com/orders-v3/mfn/all';
const { without, with: withExt } = await benchPageCost(url, ordersListPage({ rows: 2000 }), 2000);
const extensionScript = Math.max(0, withExt.scriptMs - without.scriptMs);
console.log('(a) 2,000-row Manage Orders page, main thread (median of 3 loads)');
line('baseline: Chromium parse+style+layout, no extension', fmt(without.taskMs), `(script ${fmt(without.scriptMs)}, layout ${fmt(without.layoutMs)}, style ${fmt(without.styleMs)})`);
line('with HelloWord: all main-thread work', fmt(withExt.taskMs), `(layout ${fmt(withExt.layoutMs)}, style ${fmt(withExt.styleMs)})`);
line('HelloWord script time (with − without)', fmt(extensionScript), `ratio to baseline ${(extensionScript / without.taskMs).toFixed(2)}×  budget ≤ 50 ms`);
console.log('(b) long tasks (> 50 ms)');
line('without extension', String(without.longTasks), `(${fmt(without.longTaskMs)})`);
line('with HelloWord', String(withExt.longTasks), `(${fmt(withExt.longTaskMs)})  added: ${withExt.longTasks - without.longTasks}  budget 0`);

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
