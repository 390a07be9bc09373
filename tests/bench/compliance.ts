/**
 * Bench: the Compliance view's matrix (F9, F27) for 20,000 SKUs × the markets of the default rules
 * (EU, GB, US, and JP which some certificates name), in Node, against a baseline of the same loop doing one Map lookup per cell. Also the
 * per-keystroke cost of filtering it, and the daily check over the certificates. Best of 3.
 *
 * The catalogue is a seller with many variants: 20,000 SKUs over 2,000 models in the default
 * categories (a tenth without a model, a twentieth uncategorised); ~3 certificates per model of the
 * kinds the rules ask for, some for the SKU only, some expired, expiring, for another market, or
 * citing a repealed act; a fifth of the models have none at all.
 *
 * Run alone: node --import tsx tests/bench/compliance.ts
 */
import { pathToFileURL } from 'node:url';
import { buildComplianceMatrix, filterMatrixRows, type MatrixInput } from '../../lib/domain/compliance-matrix';
import { planComplianceCheck } from '../../lib/domain/compliance-registry';
import { DEFAULT_CATEGORIES, DEFAULT_COMPLIANCE_RULES } from '../../lib/domain/defaults';
import { Certificate, Sku } from '../../lib/domain/schemas';

const SKUS = 20_000;
const MODELS = 2_000;
const TODAY = '2026-11-21';

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

const LEAVES = ['apparel-women-dresses', 'children-apparel-babywear', 'electronics-audio-speakers', 'electronics-lighting-desk-lamps', 'toys-plush-animals', 'home-kitchen-gadgets'];
const KINDS_BY_LEAF: Record<string, string[]> = {
  'electronics-audio-speakers': ['CE', 'RoHS', 'FCC', 'UKCA'],
  'electronics-lighting-desk-lamps': ['CE', 'RoHS', 'UKCA'],
  'toys-plush-animals': ['CE', 'EN71', 'CPC', 'UKCA'],
  'home-kitchen-gadgets': ['GCC'],
  'children-apparel-babywear': ['CPC'],
  'apparel-women-dresses': [],
};
const MARKETS_OF: Record<string, string[]> = { CE: ['EU', 'GB'], RoHS: ['EU'], EN71: ['EU'], FCC: ['US'], CPC: ['US'], GCC: ['US'], UKCA: ['GB'] };
const day = (offset: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

export function buildComplianceScenario(seed = 20261121): MatrixInput {
  const rand = random(seed);
  const leafOfModel = Array.from({ length: MODELS }, () => LEAVES[Math.floor(rand() * LEAVES.length)]!);
  const skus: Sku[] = [];
  for (let i = 0; i < SKUS; i++) {
    const model = Math.floor(rand() * MODELS);
    skus.push(
      Sku.parse({
        sku: `SKU-${String(i).padStart(5, '0')}`,
        title: `Item ${i} of model M${model}`,
        ...(rand() > 0.1 && { model: `M${model}` }),
        categoryId: rand() < 0.05 ? null : leafOfModel[model],
        hsCode: '851822',
      }),
    );
  }
  const certificates: Certificate[] = [];
  for (let m = 0; m < MODELS; m++) {
    if (rand() < 0.2) continue;
    for (const kind of KINDS_BY_LEAF[leafOfModel[m]!]!) {
      if (rand() < 0.15) continue;
      const r = rand();
      const expiresOn = r < 0.05 ? day(-Math.floor(rand() * 200) - 1) : r < 0.12 ? day(Math.floor(rand() * 30)) : r < 0.6 ? day(31 + Math.floor(rand() * 900)) : undefined;
      certificates.push(
        Certificate.parse({
          id: `cert-${m}-${kind}`,
          kind,
          markets: rand() < 0.03 ? ['JP'] : MARKETS_OF[kind],
          covers: rand() < 0.1 ? { skus: [`SKU-${String(m * 10).padStart(5, '0')}`] } : { models: [`M${m}`] },
          number: `${kind}-${m}`,
          issuedOn: day(-400),
          ...(expiresOn && { expiresOn }),
          legalRefs: rand() < 0.02 ? ['Directive 2001/95/EC'] : ['2014/53/EU'],
        }),
      );
    }
  }
  return { skus, categories: DEFAULT_CATEGORIES, rules: DEFAULT_COMPLIANCE_RULES, certificates, today: TODAY, expiringWithinDays: 30 };
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

export interface ComplianceBench {
  skus: number;
  markets: number;
  certificates: number;
  baselineMs: number;
  matrixMs: number;
  filterMs: number;
  checkMs: number;
  problems: number;
}

export function benchCompliance(): ComplianceBench {
  const input = buildComplianceScenario();
  const byId = new Map(input.certificates.map((c) => [c.id, c]));
  let matrix = buildComplianceMatrix(input);
  const markets = matrix.markets.map((m) => m.market);
  let sink = 0;
  const baselineMs = bestOf3(() => {
    for (const sku of input.skus) for (const market of markets) if (byId.get(`cert-${sku.model ?? ''}-${market}`)) sink++;
    sink++;
  });
  const matrixMs = bestOf3(() => {
    matrix = buildComplianceMatrix(input);
  });
  let problems = 0;
  // A seller typing "M12" in the search with "any problem" chosen: the worst filter, every row read.
  const filterMs = bestOf3(() => {
    problems = filterMatrixRows(matrix, { status: 'problems', query: 'm12' }).length + filterMatrixRows(matrix, { status: 'expiring', market: 'GB' }).length;
  });
  const checkMs = bestOf3(() => {
    sink += planComplianceCheck({ certificates: input.certificates, today: TODAY }).attention.length;
  });
  if (sink === 0 || problems === 0 || matrix.rows.length !== SKUS) throw new Error('bench produced nothing');
  return { skus: SKUS, markets: matrix.markets.length, certificates: input.certificates.length, baselineMs, matrixMs, filterMs, checkMs, problems };
}

export function printComplianceBench(): void {
  const r = benchCompliance();
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  const line = (label: string, value: string, note = '') => console.log(`  ${label.padEnd(46)} ${value.padStart(14)}  ${note}`);
  console.log(`(g) compliance matrix: ${r.skus.toLocaleString('en')} SKUs × ${r.markets} markets, ${r.certificates.toLocaleString('en')} certificates, in Node (F9, F27)`);
  line('baseline: one Map lookup per cell', fmt(r.baselineMs));
  line('buildComplianceMatrix()', fmt(r.matrixMs), `ratio ${(r.matrixMs / r.baselineMs).toFixed(1)}×  ${Math.round(((r.skus * r.markets) / r.matrixMs) * 1000).toLocaleString('en')} cells/s  budget ≤ 1,000 ms`);
  line('filterMatrixRows(), two filters (per keystroke)', fmt(r.filterMs), `budget ≤ 50 ms`);
  line('daily check over every certificate', fmt(r.checkMs), `budget ≤ 50 ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printComplianceBench();
