/**
 * Where the content script spends its main-thread time while opening the 2,000-row orders page:
 * top functions by self and inclusive time from a CPU profile. For readable names build unminified
 * first: `HW_UNMINIFIED=1 npx wxt build && node --import tsx tests/bench/profile-content-script.ts`.
 */
import { launchExtension, loadDemoWorkspace } from '../e2e/harness';
import { ordersListPage } from '../fixtures/amazon/generate';
import { ebayOrdersBench } from './ebay';
import { shopifyOrdersListBench } from './shopify';
// SITE=ebay|shopify profiles that marketplace's 2,000-row orders page instead of Amazon's.
const rows = Number(process.env.ROWS ?? 2000);
const site = process.env.SITE ?? 'amazon';
const { url, html } =
  site === 'ebay' ? ebayOrdersBench(rows) : site === 'shopify' ? shopifyOrdersListBench(rows) : { url: 'https://sellercentral.amazon.com/orders-v3/mfn/all', html: ordersListPage({ rows }) };
const h = await launchExtension();
await h.serve(url, html);
await loadDemoWorkspace(h);
const page = await h.context.newPage();
const cdp = await h.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(url);
await page.locator(`[data-helloword="adapter-health"][data-state="done"]`).waitFor({ timeout: 60000 });
await page.waitForTimeout(800);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const ours = (id: number): boolean => { const n = byId.get(id)!; if (n.callFrame.url.startsWith('chrome-extension://')) return true; const p = parent.get(id); return p !== undefined && ours(p); };
const self = new Map<string, number>();
const incl = new Map<string, number>();
const samples = profile.samples!, deltas = profile.timeDeltas!;
for (let i = 0; i < samples.length; i++) {
  const id = samples[i]!; if (!ours(id)) continue;
  const d = (deltas[i + 1] ?? 0) / 1000;
  const n = byId.get(id)!; const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  self.set(key, (self.get(key) ?? 0) + d);
  const seen = new Set<string>();
  for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) { const m = byId.get(x)!; if (!m.callFrame.url.startsWith('chrome-extension://')) continue; const k = `${m.callFrame.functionName || '(anon)'}:${m.callFrame.lineNumber}:${m.callFrame.columnNumber}`; if (seen.has(k)) continue; seen.add(k); incl.set(k, (incl.get(k) ?? 0) + d); }
}
// Longest stretches of consecutive samples inside our code (a stretch > 50 ms is a long task of ours).
const stretches: { ms: number; top: string }[] = [];
let run = 0;
let top = new Map<string, number>();
for (let i = 0; i < samples.length; i++) {
  const d = (deltas[i + 1] ?? 0) / 1000;
  if (ours(samples[i]!)) {
    run += d;
    const n = byId.get(samples[i]!)!;
    let x: number | undefined = samples[i]!;
    let outer = n;
    for (; x !== undefined; x = parent.get(x)) if (byId.get(x)!.callFrame.url.startsWith('chrome-extension://')) outer = byId.get(x)!;
    const k = outer.callFrame.functionName || '(anon)';
    top.set(k, (top.get(k) ?? 0) + d);
  } else if (run > 0) {
    stretches.push({ ms: run, top: [...top].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ') });
    run = 0;
    top = new Map();
  }
}
console.log('LONGEST STRETCHES'); for (const st of stretches.sort((a, b) => b.ms - a.ms).slice(0, 8)) console.log(st.ms.toFixed(1).padStart(8), st.top);
// Total by outermost frame of ours: where the time starts (module start-up, scan, flush…).
const outermost = new Map<string, number>();
for (let i = 0; i < samples.length; i++) {
  if (!ours(samples[i]!)) continue;
  let outer = byId.get(samples[i]!)!;
  for (let x: number | undefined = samples[i]!; x !== undefined; x = parent.get(x)) if (byId.get(x)!.callFrame.url.startsWith('chrome-extension://')) outer = byId.get(x)!;
  const k = `${outer.callFrame.functionName || '(anon)'}:${outer.callFrame.lineNumber}`;
  outermost.set(k, (outermost.get(k) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
}
const total = [...outermost.values()].reduce((a, b) => a + b, 0);
console.log(`TOTAL ${total.toFixed(1)} ms; BY OUTERMOST FRAME`); for (const [k, v] of [...outermost].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(v.toFixed(1).padStart(8), k);
console.log('SELF'); for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(8), k);
console.log('INCLUSIVE'); for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(1).padStart(8), k);
await h.close();
// TREE=1: the call tree of our frames (inclusive ms, ≥ 0.4 ms), to see what start-up and each phase are made of.
if (process.env.TREE) {
  const inclusive = new Map<number, number>();
  for (let i = 0; i < samples.length; i++) {
    const d = (deltas[i + 1] ?? 0) / 1000;
    for (let x: number | undefined = samples[i]!; x !== undefined; x = parent.get(x)) inclusive.set(x, (inclusive.get(x) ?? 0) + d);
  }
  const print = (id: number, depth: number) => {
    const n = byId.get(id)!;
    const ms = inclusive.get(id) ?? 0;
    if (ms < 0.4 || depth > Number(process.env.TREE_DEPTH ?? 9)) return;
    if (ours(id)) console.log(`${' '.repeat(depth * 2)}${ms.toFixed(1)} ${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`);
    for (const c of n.children ?? []) print(c, ours(id) ? depth + 1 : depth);
  };
  print(profile.nodes[0]!.id, 0);
}
