/**
 * Bench: the retrospective's data side (F16–F21). With 100,000 cases and 1,000,000 order lines
 * (500 SKUs, a year, 3 marketplaces, 11 countries):
 * - the popup summary built from the aggregates in IndexedDB (fake-indexeddb in Node: a relative
 *   figure; the budget is for the popup's first render ≤ 150 ms, switching period ≤ 50 ms), against a
 *   baseline of reading the same number of bucket records and nothing else;
 * - the aggregates' size against the raw records' (JSON and V8 structured-clone bytes; budget ≤ 10 %);
 * - the import hook's cost: applying a 20,000-line batch to its buckets, against parsing the batch;
 * - a full rebuild from raw records, and that it equals the incrementally kept aggregates.
 *
 * Run alone: node --import tsx tests/bench/retro.ts   (RETRO_BENCH_SCALE=0.1 for a quick run)
 */
import 'fake-indexeddb/auto';
import { serialize } from 'node:v8';
import { pathToFileURL } from 'node:url';
import { retroHandlers } from '../../lib/background/retro-handlers';
import { openWorkspace } from '../../lib/db/store';
import { BucketSet, differingBuckets, rebuildAggregates, type RetroDay } from '../../lib/domain/retro/aggregate';
import { RetroFilters, RetroQuery } from '../../lib/domain/retro/model';
import { neededRange, productView, resolvePeriod, scan, scanAll, summary, type RetroContext } from '../../lib/domain/retro/query';
import { CaseRecord, Sku } from '../../lib/domain/schemas';
import { OrderLine } from '../../lib/import/orders';
import { makeGen } from '../unit/domain/retro/gen';

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const line = (label: string, value: string, note = '') => console.log(`  ${label.padEnd(56)} ${value.padStart(24)}  ${note}`);

/** Best of `runs`: wall-clock and this process's CPU time (the machine is shared; CPU time is steadier). */
async function best<T>(runs: number, body: () => Promise<T> | T): Promise<{ ms: number; cpu: number; value: T }> {
  let ms = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    value = await body();
    const used = process.cpuUsage(c);
    ms = Math.min(ms, performance.now() - t);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { ms, cpu, value };
}
const both = (r: { ms: number; cpu: number }) => `${fmt(r.ms)} (cpu ${r.cpu.toFixed(1)})`;

export async function benchRetro(): Promise<void> {
  const scale = Number(process.env.RETRO_BENCH_SCALE ?? 1);
  const CASES = Math.round(100_000 * scale);
  const LINES = Math.round(1_000_000 * scale);
  const BATCH = 20_000;
  const end = '2026-11-21';
  console.log(`\n(retro) retrospective data: ${CASES.toLocaleString('en')} cases, ${LINES.toLocaleString('en')} order lines, 500 SKUs, 365 days`);

  const gen = makeGen(2026, { skus: 500, days: 365, end });
  const cases: CaseRecord[] = Array.from({ length: CASES }, (_, i) => gen.kase(i));
  const orders: OrderLine[] = Array.from({ length: LINES }, (_, i) => gen.orderLine(i));

  // ── Size ───────────────────────────────────────────────────────────────────────────────────
  const rebuilt = await best(1, () => rebuildAggregates(cases, orders));
  const json = (records: readonly unknown[]) => records.reduce<number>((sum, r) => sum + Buffer.byteLength(JSON.stringify(r)), 0);
  const structured = (records: readonly unknown[]) => records.reduce<number>((sum, r) => sum + serialize(r).length, 0);
  const rawJson = json(cases) + json(orders);
  const aggJson = json(rebuilt.value);
  const rawClone = structured(cases) + structured(orders);
  const aggClone = structured(rebuilt.value);
  line('rebuild from raw records (pure, in memory)', both(rebuilt), `${rebuilt.value.length} day buckets`);
  line('raw records: JSON / structured clone', `${mb(rawJson)} / ${mb(rawClone)}`);
  line('aggregates: JSON / structured clone', `${mb(aggJson)} / ${mb(aggClone)}`);
  line('aggregates ÷ raw (JSON)', `${((aggJson / rawJson) * 100).toFixed(1)} %`, 'budget ≤ 10 %');
  line('aggregates ÷ raw (structured clone)', `${((aggClone / rawClone) * 100).toFixed(1)} %`, 'budget ≤ 10 %');

  // ── The import hook's CPU cost per batch ────────────────────────────────────────────────────
  // Order reports list lines by date, so a batch touches a few days; a shuffled file touches all.
  const sorted = orders.slice().sort((a, b) => (a.orderedAt < b.orderedAt ? -1 : 1));
  const byKey = new Map(rebuilt.value.map((d) => [d.key, d]));
  const parse = await best(3, () => sorted.slice(0, BATCH).map((o) => OrderLine.parse(o)));
  line(`baseline: zod-parse a ${BATCH.toLocaleString('en')}-line import batch`, both(parse));
  for (const [label, batch] of [
    ['date-ordered report', sorted.slice(LINES >> 1, (LINES >> 1) + BATCH)],
    ['shuffled lines (worst case)', orders.slice(0, BATCH)],
  ] as const) {
    const hook = await best(3, () => {
      const set = new BucketSet();
      // structuredClone stands for IndexedDB's read of each touched bucket (and its write back).
      for (const key of BucketSet.keysForOrderLines(batch)) set.load(key, structuredClone(byKey.get(key)));
      for (const o of batch) set.applyOrderLine(undefined, o);
      return structuredClone(set.changed().put).length;
    });
    line(`aggregate hook for that batch, ${label}`, both(hook), `cpu ratio ${(hook.cpu / parse.cpu).toFixed(2)}×, ${hook.value} buckets read and written once`);
  }
  if (process.env.RETRO_BENCH_ONLY === 'size') return;

  // ── The summary's own work, from buckets in memory (what IndexedDB's read is added to) ──────────
  const skuList = Array.from({ length: 500 }, (_, i) => Sku.parse({ sku: `SKU-${String(i).padStart(4, '0')}`, title: `Product ${i}`, cost: { amount: 4 + (i % 20), currency: 'USD' } }));
  const ctx: RetroContext = { today: end, now: Date.parse(`${end}T12:00:00Z`), skus: new Map(skuList.map((s) => [s.sku, s])), categories: [] };
  const noFilters = RetroFilters.parse({});
  for (const days of [30, 7, 90] as const) {
    const query = RetroQuery.parse({ period: { kind: 'last', days } });
    const range = neededRange(query, end);
    const window = rebuilt.value.filter((d) => d.day >= range.from && d.day <= range.to);
    const compute = await best(5, () => summary(scanAll(window, query, ctx, { countries: false }), ctx, { empty: false }));
    line(`summary compute only, last ${days} days (${window.length} buckets in memory)`, both(compute));
    if (days === 90) {
      const p = await best(3, () => productView(scan(window, resolvePeriod(query.period, end), noFilters, ctx), ctx, { offset: 0, limit: 100 }));
      line('product view compute only, 90 days', both(p));
    }
  }

  // ── Through the store: a share of the records written by the import path (fake-indexeddb is far
  // slower than a browser's IndexedDB at a million puts), checked against a rebuild ───────────────
  const storedShare = Number(process.env.RETRO_BENCH_STORED ?? 0.05);
  const someCases = cases.slice(0, Math.round(CASES * storedShare));
  const someOrders = orders.slice(0, Math.round(LINES * storedShare));
  const small = await openWorkspace(`retro-bench-small-${Date.now()}`);
  const writeStart = performance.now();
  for (let i = 0; i < someCases.length; i += BATCH) await small.putCases(someCases.slice(i, i + BATCH));
  for (let i = 0; i < someOrders.length; i += BATCH) await small.putOrderLines(someOrders.slice(i, i + BATCH));
  const written = someCases.length + someOrders.length;
  line(`write ${written.toLocaleString('en')} raw records via putCases/putOrderLines`, fmt(performance.now() - writeStart), '(fake-indexeddb, hook included)');
  const diff = differingBuckets(await small.listRetroDays(), rebuildAggregates(someCases, someOrders));
  line('incremental aggregates equal the rebuilt ones', diff.length === 0 ? 'yes' : `NO (${diff.length})`);
  const rebuildStored = await best(1, () => small.rebuildRetroAggregates());
  line(`rebuild in the store from ${written.toLocaleString('en')} raw records`, both(rebuildStored), `agreed: ${rebuildStored.value.differences.length === 0}`);
  await small.close();

  // ── Queries at full size: the full aggregates stored (queries read only them and the catalogue) ──
  const store = await openWorkspace(`retro-bench-${Date.now()}`, { now: () => new Date(`${end}T12:00:00Z`) });
  await store.replaceWorkspace({ ...(await store.readWorkspace()), skus: skuList, cases: cases.slice(0, 1), orders: orders.slice(0, 1) });
  await putBuckets(`retro-bench-put`, store, rebuilt.value);
  const deps = { store: async () => store, now: () => new Date(`${end}T12:00:00Z`), fetchDemo: async () => ({}), openOptions: async () => undefined, appVersion: 'bench' };
  const h = retroHandlers(deps);
  const filters = { marketplaces: [], countries: [], skus: [] };
  const readOnly = async (days: number) => {
    const from = new Date(Date.parse(`${end}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
    return (await store.readRetroSnapshot(from, end)).days.length;
  };
  await h.retroSummary({ period: { kind: 'last', days: 30 }, filters }); // opens the connection
  const base30 = await best(5, () => readOnly(60));
  const first = await best(5, () => h.retroSummary({ period: { kind: 'last', days: 30 }, filters }));
  line('baseline: read the buckets of 60 days, nothing else', both(base30), `${base30.value} records`);
  line('popup summary, last 30 days (what the popup opens with)', both(first), `cpu ratio ${(first.cpu / base30.cpu).toFixed(2)}×  budget ≤ 150 ms (render incl.)`);
  for (const days of [7, 90] as const) {
    const s = await best(5, () => h.retroSummary({ period: { kind: 'last', days }, filters }));
    line(`switching period: summary, last ${days} days`, both(s), 'budget ≤ 50 ms (render incl.)');
  }
  const products = await best(3, () => h.retroProducts({ query: { period: { kind: 'last', days: 90 }, filters }, offset: 0, limit: 100 }));
  line('dashboard product view, 90 days, first 100 SKUs', both(products));
  const customers = await best(3, () => h.retroCustomers({ query: { period: { kind: 'last', days: 90 }, filters }, offset: 0, limit: 100 }));
  line('dashboard customer view, 90 days', both(customers));
  const sample = first.value;
  line('sanity: 30-day units sold / returns / return rate', `${sample.totals.unitsSold} / ${sample.totals.returns}`, `${((sample.totals.returnRate.rate ?? 0) * 100).toFixed(1)} %`);
  await store.close();
}

/** Writes the full-size buckets straight into the retroDays store (as a rebuild would). */
async function putBuckets(_label: string, store: Awaited<ReturnType<typeof openWorkspace>>, days: readonly RetroDay[]): Promise<void> {
  const { openDB } = await import('idb');
  await store.close();
  const db = await openDB(store.name);
  const tx = db.transaction('retroDays', 'readwrite');
  await tx.store.clear();
  await Promise.all(days.map((d) => tx.store.put(d)));
  await tx.done;
  db.close();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchRetro();
