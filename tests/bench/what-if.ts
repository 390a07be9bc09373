/**
 * Bench: the rule what-if (F25) over 100,000 stored cases in Node, budget ≤ 1 s, against a baseline
 * of the same loop doing one Map lookup per case. Best of 3; each run builds its own indexes, as the
 * dashboard does each time the seller changes a rule.
 *
 * The cases are what a busy seller stores in a year: 300 SKUs over the default category tree (with
 * costs for most), ten buyer countries in six currencies, values spread log-normally (many distinct
 * amounts, so the threshold buckets matter), the reasons in the proportions apparel-heavy sellers see,
 * repeat buyers, delivery dates for most cases, and a few message cases and cases without a value.
 * The change is a realistic edit: thresholds raised by half, size/fit exchanges moved first, and a
 * new rule for repeat returners.
 *
 * Run alone: node --import tsx tests/bench/what-if.ts
 */
import { pathToFileURL } from 'node:url';
import { DEFAULT_CATEGORIES, DEFAULT_RETURN_RULES, DEFAULT_ROLE_TAGS } from '../../lib/domain/defaults';
import { CaseRecord, ReturnRule, Sku, Warehouse, type ReturnReason, type ReturnRuleInput } from '../../lib/domain/schemas';
import { DEFAULT_COST_MODEL, whatIf, type CaseExtras, type WhatIfInput } from '../../lib/domain/what-if';

const CASES = 100_000;

/** mulberry32: a small seeded generator, so every run (and the unit test) sees the same cases. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(rand: () => number, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = rand() * total;
  for (const [value, w] of table) if ((r -= w) < 0) return value;
  return table[table.length - 1]![0];
}

const LEAVES = ['apparel-women-dresses', 'children-apparel-babywear', 'electronics-audio-speakers', 'electronics-lighting-desk-lamps', 'toys-plush-animals', 'home-kitchen-gadgets'];
/** Country, its currency, and how many of that currency a $1 item costs (rounded to that currency's habit). */
const COUNTRIES = [
  ['US', 'USD', 1, 35],
  ['DE', 'EUR', 0.92, 15],
  ['GB', 'GBP', 0.79, 12],
  ['FR', 'EUR', 0.92, 8],
  ['JP', 'JPY', 150, 8],
  ['IT', 'EUR', 0.92, 6],
  ['ES', 'EUR', 0.92, 6],
  ['CA', 'CAD', 1.36, 6],
  ['AU', 'AUD', 1.52, 3],
  ['SE', 'SEK', 10.5, 1],
] as const;
const REASONS: readonly (readonly [ReturnReason | undefined, number])[] = [
  ['size_fit', 28], ['defective', 14], ['changed_mind', 14], ['not_as_described', 9], ['style_colour', 8],
  ['damaged', 7], ['wrong_item', 5], ['ordered_by_mistake', 4], ['missing_parts', 3], ['not_received', 3],
  ['late_delivery', 2], ['other', 2], ['better_price', 1], [undefined, 2],
];

export const BENCH_WAREHOUSES: Warehouse[] = [
  ['partner-de', 'partner-overseas', 'DE', ['DE', 'AT', 'FR', 'IT', 'ES']],
  ['partner-us', 'partner-overseas', 'US', ['US', 'CA']],
  ['partner-gb', 'partner-overseas', 'GB', []],
  ['returns-nl', 'returns-service', 'NL', []],
  ['returns-us', 'returns-service', 'US', []],
  ['returns-jp', 'returns-service', 'JP', []],
].map(([id, kind, country, servesCountries]) =>
  Warehouse.parse({ id, name: id, kind, servesCountries, address: { name: id, lines: ['1 Dock Rd'], city: 'City', country } }),
);

const rule = (input: ReturnRuleInput) => ReturnRule.parse(input);
const scale = (amounts: Record<string, number>, by: number) => Object.fromEntries(Object.entries(amounts).map(([c, a]) => [c, Math.round(a * by)]));

/** Today's rules: the seed rules, size/fit exchanges only within 30 days of delivery. */
export function rulesBefore(): ReturnRule[] {
  return DEFAULT_RETURN_RULES.map((r) =>
    r.id === 'size-fit-exchange' ? { ...r, conditions: [...r.conditions, { type: 'daysSinceDeliveryAtMost' as const, days: 30 }] } : r,
  );
}

/** The edit: low-value threshold ×1.5, size/fit first, repeat returners (3+) to a supervisor. */
export function rulesAfter(): ReturnRule[] {
  return [
    rule({ id: 'repeat-returner', name: 'Repeat returner: supervisor', priority: 5, conditions: [{ type: 'customerReturnsAtLeast', count: 3 }], action: { kind: 'supervisor_approval', approval: 'supervisor', returnTo: 'nearest-partner-warehouse' } }),
    ...rulesBefore().map((r) => {
      if (r.id === 'size-fit-exchange') return { ...r, priority: 8 };
      if (r.id !== 'low-value-keep-item') return r;
      const c = r.conditions[0]!;
      return c.type === 'orderValueBelow' ? { ...r, conditions: [{ ...c, amounts: scale(c.amounts, 1.5) }] } : r;
    }),
  ];
}

export interface WhatIfScenario {
  input: WhatIfInput;
}

export function buildWhatIfScenario(count = CASES, seed = 20260301): WhatIfScenario {
  const rand = random(seed);
  const skus: Sku[] = [];
  for (let i = 0; i < 300; i++) {
    skus.push(
      Sku.parse({
        sku: `SKU-${String(i).padStart(4, '0')}`,
        categoryId: LEAVES[i % LEAVES.length],
        tags: [DEFAULT_ROLE_TAGS[i % 4]!.id],
        ...(i % 3 !== 0 && { cost: { amount: Math.round((4 + rand() * 30) * 100) / 100, currency: 'USD' } }),
      }),
    );
  }
  // Best sellers return most: a skewed pick over the SKUs.
  const pickSku = () => skus[Math.floor(rand() ** 2 * skus.length)]!;

  const cases: CaseRecord[] = [];
  const extras = new Map<string, CaseExtras>();
  const start = Date.UTC(2025, 2, 1);
  const buyers = Math.round(count * 0.4);
  for (let i = 0; i < count; i++) {
    const [country, currency, rate] = weighted(rand, COUNTRIES.map(([c, cur, rate, w]) => [[c, cur, rate] as const, w] as const));
    const usd = Math.exp(Math.log(32) + 0.8 * (rand() + rand() + rand() - 1.5) * 2);
    const amount = currency === 'JPY' ? Math.round((usd * rate) / 10) * 10 : Math.round(usd * rate * 100) / 100;
    const reason = weighted(rand, REASONS);
    const kind = weighted(rand, [['return', 92], ['exchange', 5], ['message', 3]] as const);
    const requested = new Date(start + Math.floor(rand() * 365) * 86_400_000 + Math.floor(rand() * 86_400_000)).toISOString();
    const sku = pickSku();
    const id = `amazon:${kind}:${String(113_0000000 + i)}:${sku.sku}`;
    cases.push(
      CaseRecord.parse({
        id,
        marketplace: 'amazon',
        kind,
        orderId: String(113_0000000 + i),
        sku: sku.sku,
        country,
        ...(reason && { reason }),
        ...(rand() > 0.01 && { orderValue: { amount, currency } }),
        ...(kind === 'message' && { message: { intent: 'other', language: 'en' } }),
        timeline: [{ status: 'requested', at: requested }],
        source: 'import',
        createdAt: requested,
        updatedAt: requested,
      }),
    );
    const extra: CaseExtras = {};
    if (rand() < 0.7) extra.buyerId = `buyer-${Math.floor(rand() ** 1.5 * buyers)}`;
    if (rand() < 0.85) extra.deliveredOn = new Date(Date.parse(requested) - Math.floor(1 + rand() * 45) * 86_400_000).toISOString().slice(0, 10);
    if (extra.buyerId !== undefined || extra.deliveredOn !== undefined) extras.set(id, extra);
  }
  return {
    input: {
      before: rulesBefore(),
      after: rulesAfter(),
      cases,
      catalogue: { skus: new Map(skus.map((s) => [s.sku, s])), categories: DEFAULT_CATEGORIES, tags: DEFAULT_ROLE_TAGS },
      warehouses: BENCH_WAREHOUSES,
      costModel: DEFAULT_COST_MODEL,
      extras,
    },
  };
}

function bestOf3(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export function benchWhatIf(): { cases: number; ms: number; casesPerSecond: number; baselineMs: number; changed: number } {
  const { input } = buildWhatIfScenario();
  let sink = 0;
  const baselineMs = bestOf3(() => {
    for (const c of input.cases) if (c.sku !== undefined && input.catalogue.skus.get(c.sku)) sink++;
  });
  let changed = 0;
  const ms = bestOf3(() => {
    changed = whatIf(input).summary.changed;
  });
  if (sink === 0 || changed === 0) throw new Error('bench produced nothing');
  return { cases: input.cases.length, ms, casesPerSecond: (input.cases.length / ms) * 1000, baselineMs, changed };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = benchWhatIf();
  console.log('what-if over 100,000 stored cases in Node (before vs after rules, with costs)');
  console.log(`  baseline: one Map lookup per case   ${r.baselineMs.toFixed(1)} ms`);
  console.log(`  HelloWord whatIf()                   ${r.ms.toFixed(1)} ms  ${Math.round(r.casesPerSecond).toLocaleString('en')} cases/s  budget ≤ 1000 ms  (${r.changed.toLocaleString('en')} decisions change)`);
}
