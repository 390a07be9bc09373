/**
 * Where the content script spends its main-thread time while opening the 2,000-row orders page:
 * top functions by self and inclusive time from a CPU profile. For readable names build unminified
 * first: `HW_UNMINIFIED=1 npx wxt build && node --import tsx tests/bench/profile-content-script.ts`.
 */
import { launchExtension, loadDemoWorkspace } from '../e2e/harness';
import { ordersListPage } from '../fixtures/amazon/generate';
const h = await launchExtension();
const url = 'https://sellercentral.amazon.com/orders-v3/mfn/all';
await h.serve(url, ordersListPage({ rows: Number(process.env.ROWS ?? 2000) }));
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
console.log('SELF'); for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(8), k);
console.log('INCLUSIVE'); for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(1).padStart(8), k);
await h.close();
