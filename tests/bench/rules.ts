/**
 * Bench (F25, issue "what-if over 100,000 cases ≤ 1 s"): the path the rule editor uses — the
 * `runWhatIf` background handler reading every stored case in one IndexedDB transaction (each record
 * zod-parsed) and running whatIf() over them — on the 100,000 cases of tests/bench/what-if.ts.
 *
 * 1. Node, fake-indexeddb: the handler end to end, split into read and compute (best of 3), against
 *    two baselines measured in the same run: whatIf() alone on the same arrays, and a bare getAll()
 *    of the cases store (no parsing).
 * 2. Chromium, the production build (when one exists at HW_OUT_DIR/.output): the same 100,000 cases
 *    written into the extension's real IndexedDB, then `runWhatIf` sent from the options page the
 *    way the editor sends it; the wall time from send to reply, and the worker's own read/compute split.
 *
 * Run alone: node --import tsx -e "import('./tests/bench/rules.ts').then(m => m.benchRules())"
 */
import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openDB } from 'idb';
import { rulesHandlers } from '../../lib/background/rules-handlers';
import type { BackgroundDeps } from '../../lib/background/handlers';
import { openWorkspace } from '../../lib/db/store';
import { whatIf } from '../../lib/domain/what-if';
import { EXTENSION_DIR, launchExtension } from '../e2e/harness';
import { buildWhatIfScenario, rulesAfter, rulesBefore } from './what-if';

const BUDGET_MS = 1000;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const line = (label: string, value: string, note = '') => console.log(`  ${label.padEnd(52)} ${value.padStart(12)}  ${note}`);

interface Run {
  /** Send → reply (Chromium) or the handler call (Node). */
  totalMs: number;
  readMs: number;
  computeMs: number;
  changed: number;
}

export interface RulesBench {
  cases: number;
  pureMs: number;
  bareReadMs: number;
  /** First run in a fresh worker: every case read and parsed. */
  cold: Run;
  /** Again, as while editing: the worker's copy of the cases is current, only rules and catalogue are read. */
  warm: Run;
  chromium?: { cold: Run; warm: Run };
}

async function bestOf3<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  let best = { ms: Infinity, value: undefined as T };
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const value = await run();
    const ms = performance.now() - t0;
    if (ms < best.ms) best = { ms, value };
  }
  return best;
}

async function nodeHandler(): Promise<Omit<RulesBench, 'chromium'>> {
  const { input } = buildWhatIfScenario();
  const name = `bench-rules-${Date.now()}`;
  const store = await openWorkspace(name, { onInvalidRecord: () => undefined });
  await store.saveReturnRuleList(rulesBefore());
  for (const w of input.warehouses) await store.putWarehouse(w);
  // Cases written straight into the store in one transaction (putCases merges each; not what is measured).
  const db = await openDB(name);
  const tx = db.transaction(['cases', 'skus'], 'readwrite');
  await Promise.all([...input.cases.map((c) => tx.objectStore('cases').put(c)), ...[...input.catalogue.skus.values()].map((s) => tx.objectStore('skus').put(s))]);
  await tx.done;

  const pure = await bestOf3(async () => whatIf({ ...input, extras: undefined }).summary.changed);
  const bare = await bestOf3(async () => (await db.getAll('cases')).length);
  db.close();

  const handlers = () => rulesHandlers({ store: async () => store, now: () => new Date() } as unknown as BackgroundDeps);
  const runOf = async (h: ReturnType<typeof handlers>): Promise<Run> => {
    const t0 = performance.now();
    const reply = await h.runWhatIf({ rules: rulesAfter(), limit: 500 });
    const totalMs = performance.now() - t0;
    if (!reply.ok || reply.changed === 0 || reply.cases < 90_000) throw new Error('bench produced nothing');
    return { totalMs, readMs: reply.timing.readMs, computeMs: reply.timing.computeMs, changed: reply.changed };
  };
  const cold = (await bestOf3(async () => runOf(handlers()))).value;
  const warmHandlers = handlers();
  await runOf(warmHandlers);
  const warm = (await bestOf3(async () => runOf(warmHandlers))).value;
  await store.close();
  return { cases: input.cases.length, pureMs: pure.ms, bareReadMs: bare.ms, cold, warm };
}

async function chromiumHandler(): Promise<RulesBench['chromium']> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) return undefined;
  const { input } = buildWhatIfScenario();
  const harness = await launchExtension();
  try {
    const page = await harness.openExtensionPage('options.html#rules');
    await page.waitForSelector('[data-testid="rules-list"]', { timeout: 30_000 });
    // The workspace database exists now (the background opened it); fill it as an import would.
    const payload = { cases: input.cases, skus: [...input.catalogue.skus.values()], warehouses: input.warehouses, rules: rulesBefore() };
    await page.evaluate(async (data) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('helloword');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['cases', 'skus', 'warehouses', 'returnRules', 'meta'], 'readwrite');
        tx.objectStore('returnRules').clear();
        // As WorkspaceStore.write does for every write to the cases: the worker's copy is now stale.
        tx.objectStore('meta').put(`bench-${Date.now()}`, 'casesRevision');
        for (const c of data.cases) tx.objectStore('cases').put(c);
        for (const s of data.skus) tx.objectStore('skus').put(s);
        for (const w of data.warehouses) tx.objectStore('warehouses').put(w);
        for (const r of data.rules) tx.objectStore('returnRules').put(r);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, payload);
    const rules = rulesAfter();
    const runs: Run[] = [];
    for (let i = 0; i < 4; i++) {
      const result = await page.evaluate(async (draft) => {
        const t0 = performance.now();
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime;
        const reply = (await runtime.sendMessage({ hw: 1, name: 'runWhatIf', payload: { rules: draft, limit: 500 } })) as {
          ok: boolean;
          data: { ok: boolean; changed: number; timing: { readMs: number; computeMs: number; casesFromMemory: boolean } };
        };
        return { totalMs: performance.now() - t0, reply };
      }, rules);
      if (!result.reply.ok || !result.reply.data.ok) throw new Error(`runWhatIf failed: ${JSON.stringify(result.reply).slice(0, 300)}`);
      const { timing, changed } = result.reply.data;
      if (timing.casesFromMemory !== (i > 0)) throw new Error(`run ${i + 1}: cases ${timing.casesFromMemory ? 'from memory' : 'read again'}`);
      runs.push({ totalMs: result.totalMs, readMs: timing.readMs, computeMs: timing.computeMs, changed });
    }
    const fastest = (list: Run[]) => list.reduce((a, b) => (b.totalMs < a.totalMs ? b : a));
    return { cold: runs[0]!, warm: fastest(runs.slice(1)) };
  } finally {
    await harness.close();
  }
}

export async function benchRules(): Promise<RulesBench> {
  const node = await nodeHandler();
  const chromium = await chromiumHandler().catch((error: unknown) => {
    console.log(`  (Chromium part skipped: ${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  });
  const n = node.cases.toLocaleString('en');
  const report = (where: string, run: Run, budget: boolean) => {
    line(`${where}: total`, fmt(run.totalMs), budget ? `budget ≤ ${BUDGET_MS} ms  (${run.changed.toLocaleString('en')} decisions change)` : '');
    line(`${where}:   reading (and parsing) the workspace`, fmt(run.readMs));
    line(`${where}:   whatIf() over the cases`, fmt(run.computeMs), `${(run.computeMs / node.pureMs).toFixed(2)}× whatIf() alone`);
  };
  console.log(`(f) rule what-if over ${n} stored cases, the editor's path (runWhatIf handler)`);
  line('baseline: whatIf() alone on arrays in memory (best of 3)', fmt(node.pureMs));
  line('baseline: bare getAll() of the cases (fake-indexeddb)', fmt(node.bareReadMs));
  report('Node, first run (cases read + parsed)', node.cold, false);
  report('Node, while editing (worker copy current)', node.warm, true);
  if (chromium) {
    report('Chromium build, first run', chromium.cold, false);
    report('Chromium build, while editing', chromium.warm, true);
  }
  return { ...node, ...(chromium && { chromium }) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) await benchRules();
