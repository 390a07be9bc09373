import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DemoWorkspace } from '../../../lib/domain/demo';
import {
  answerLookup,
  classifyQuery,
  dashboardLink,
  LookupRequest,
  LookupResult,
  lookupSnapshot,
  marketsCovered,
  rankSkus,
  returnHistory,
  supplierOf,
  type LookupSource,
} from '../../../lib/domain/lookup';
import { ComplianceRule, type CaseRecord } from '../../../lib/domain/schemas';
import { Supplier } from '../../../lib/domain/suppliers';
import { HS, sku } from './fixtures';
import { cases as handWrittenCases } from '../../../scripts/generate-demo-workspace';

// The demo workspace as shipped: its dates are written for its anchor day, which is "today" here.
const demo = DemoWorkspace.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/demo/workspace.json'), 'utf8')));
// The hand-written cases only: the demo's generated history (600 cases for the rule what-if and the
// retrospective) would make every count here a property of the generator.
const handWritten = new Set(handWrittenCases.map((c) => c.id));
const data = { ...demo.backup.data, cases: demo.backup.data.cases.filter((c) => handWritten.has(c.id)) };
const TODAY = demo.anchorDate;

const SUPPLIERS = [Supplier.parse({ id: 'sup-lamp', name: 'Ningbo Light Co.', prices: [{ sku: 'HW-LAMP-DK2', unitPrice: { amount: 6.2, currency: 'USD' }, leadTimeDays: 20 }] })];

function source(overrides: Partial<LookupSource> = {}): LookupSource & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    casesOfOrder: async (orderId) => (calls.push(`order:${orderId}`), data.cases.filter((c) => c.orderId === orderId)),
    searchSkus: async (query) => (calls.push(`skus:${query}`), data.skus.filter((s) => [s.sku, s.title].join('\n').toLowerCase().includes(query.toLowerCase()))),
    snapshot: async (ids) =>
      lookupSnapshot({
        skus: new Map(data.skus.filter((s) => ids.includes(s.sku)).map((s) => [s.sku, s])),
        categories: data.categories,
        tags: data.tags,
        certificates: data.certificates,
        complianceRules: data.complianceRules,
        returnRules: data.returnRules,
        warehouses: data.warehouses,
        vatRates: data.vatRates,
        dutyRates: data.dutyRates,
        settings: data.settings,
        hs: HS,
        today: TODAY,
      }),
    allCases: async () => data.cases,
    suppliers: async () => SUPPLIERS,
    ...overrides,
  };
}

describe('classifyQuery', () => {
  it.each([
    ['113-4417890-1234567', 'amazon', ['113-4417890-1234567']],
    ['12-11234-56789', 'ebay', ['12-11234-56789']],
    ['#1047', 'shopify', ['1047', '#1047']],
    ['1047', 'shopify', ['1047', '#1047']],
    ['  702-1188234-7654321 ', 'amazon', ['702-1188234-7654321']],
  ])('%s is an order id (%s)', (query, marketplace, orderIds) => {
    expect(classifyQuery(query)).toEqual({ kind: 'order', marketplace, orderIds });
  });

  it.each(['HW-LAMP-DK2', '113-441789-1234567', '12-1123-56789', '#12', 'lamp', '1047a'])('%s is a SKU search', (query) => {
    expect(classifyQuery(query)).toEqual({ kind: 'sku', query: query.trim() });
  });

  it('an empty or blank query asks for nothing', () => {
    expect(classifyQuery('   ')).toEqual({ kind: 'empty' });
  });

  it('the request is trimmed and refused over 200 characters', () => {
    expect(LookupRequest.parse({ query: '  HW-LAMP-DK2 ' })).toEqual({ query: 'HW-LAMP-DK2' });
    expect(LookupRequest.safeParse({ query: 'x'.repeat(201) }).success).toBe(false);
  });
});

describe('rankSkus', () => {
  const skus = ['HW-LAMP-DK2-BLACK', 'HW-LAMP-DK2', 'XL-HW-LAMP-DK2', 'HW-OTHER'].map((id) => sku({ sku: id, title: id === 'HW-OTHER' ? 'Desk lamp hw-lamp-dk2 spare' : '' }));

  it('puts the exact SKU first, then prefixes, then SKUs and titles containing it, ignoring case', () => {
    expect(rankSkus(skus, 'hw-lamp-dk2').map((s) => s.sku)).toEqual(['HW-LAMP-DK2', 'HW-LAMP-DK2-BLACK', 'XL-HW-LAMP-DK2', 'HW-OTHER']);
  });

  it('returns at most 8', () => {
    const many = Array.from({ length: 20 }, (_, i) => sku({ sku: `HW-${String(i).padStart(2, '0')}` }));
    expect(rankSkus(many, 'hw-')).toHaveLength(8);
  });
});

describe('marketsCovered', () => {
  it('names every market of the enabled rules; EU is judged for a member state without rules of its own', () => {
    const rules = [
      { id: 'a', market: 'EU', categoryId: 'x', requires: [{ kind: 'CE' }] },
      { id: 'b', market: 'DE', categoryId: 'x', requires: [{ kind: 'WEEE' }] },
      { id: 'c', market: 'US', categoryId: 'x', requires: [{ kind: 'FCC' }], enabled: false },
    ].map((r) => ComplianceRule.parse(r));
    expect(marketsCovered(rules)).toEqual([
      { market: 'DE', destination: 'DE' },
      { market: 'EU', destination: 'AT' },
    ]);
  });
});

describe('returnHistory', () => {
  it('counts return and exchange cases of the last 90 days with the commonest reasons; messages do not count', () => {
    const history = returnHistory(data.cases, 'HW-DRESS-COT-M', TODAY);
    expect(history).toEqual({ days: 90, count: 2, topReasons: [{ reason: 'size_fit', count: 2 }] });
    expect(returnHistory(data.cases, 'HW-PLUSH-BEAR', TODAY).count).toBe(0);
    // 100 days later the demo cases are out of the window.
    expect(returnHistory(data.cases, 'HW-DRESS-COT-M', '2027-03-01').count).toBe(0);
  });
});

describe('supplierOf', () => {
  it('uses the SKU’s supplierId, else the supplier quoting for it', () => {
    expect(supplierOf(sku({ sku: 'HW-LAMP-DK2' }), SUPPLIERS)).toEqual({ id: 'sup-lamp', name: 'Ningbo Light Co.', from: 'quote' });
    expect(supplierOf(sku({ sku: 'X', supplierId: 'sup-gone' }), SUPPLIERS)).toEqual({ id: 'sup-gone', from: 'sku' });
    expect(supplierOf(sku({ sku: 'X' }), SUPPLIERS)).toBeUndefined();
  });
});

describe('answerLookup', () => {
  it('a SKU: category path, role tags, compliance per market, expiring certificates, HS, supplier, returns and link', async () => {
    const result = LookupResult.parse(await answerLookup('hw-lamp-dk2', source()));
    expect(result.kind).toBe('sku');
    if (result.kind !== 'sku') return;
    const [lamp] = result.skus;
    expect(lamp!.sku).toBe('HW-LAMP-DK2');
    expect(lamp!.categoryPath.map((c) => c.id)).toEqual(['electronics', 'electronics-lighting', 'electronics-lighting-desk-lamps']);
    expect(lamp!.tags.map((t) => t.id)).toEqual(['profit']);
    expect(lamp!.compliance.map((c) => c.market)).toEqual(['EU', 'GB', 'US']);
    // The CE declaration names model DK1, not this SKU: a warning in the EU; no RoHS: an error.
    const eu = lamp!.compliance.find((c) => c.market === 'EU')!;
    expect(eu).toMatchObject({ status: 'error', certificatesRequired: 2 });
    expect(eu.errors).toBeGreaterThan(0);
    expect(lamp!.compliance.find((c) => c.market === 'US')).toMatchObject({ certificatesRequired: 0 });
    expect(lamp!.hsCode).toBe('940521');
    expect(lamp!.supplier).toEqual({ id: 'sup-lamp', name: 'Ningbo Light Co.', from: 'quote' });
    expect(lamp!.returns.count).toBe(0);
    expect(lamp!.link).toBe('options.html?edit=HW-LAMP-DK2#catalogue');
  });

  it('lists certificates expiring within the warning window with days left', async () => {
    const result = await answerLookup('HW-SPK-BT10', source());
    if (result.kind !== 'sku') throw new Error(result.kind);
    const expiring = result.skus[0]!.expiringCertificates;
    expect(expiring.map((c) => [c.id, c.daysLeft])).toEqual([
      ['cert-spk-rohs', -20],
      ['cert-spk-ce', 12],
    ]);
    expect(result.skus[0]!.returns).toMatchObject({ count: 1, topReasons: [{ reason: 'defective', count: 1 }] });
  });

  it('an order id: its cases oldest first with reason, action, rule and timeline, and the SKUs in them', async () => {
    const result = LookupResult.parse(await answerLookup('113-4417890-1234567', source()));
    expect(result.kind).toBe('order');
    if (result.kind !== 'order') return;
    expect(result.orderId).toBe('113-4417890-1234567');
    expect(result.cases).toHaveLength(1);
    expect(result.cases[0]).toMatchObject({ kind: 'return', reason: 'size_fit', action: 'approve_exchange', ruleId: 'size-fit-exchange', sku: 'HW-DRESS-COT-M' });
    expect(result.cases[0]!.ruleName).toBeTruthy();
    expect(result.cases[0]!.timeline.map((s) => s.status)).toEqual(['requested', 'approved']);
    expect(result.skus.map((s) => s.sku)).toEqual(['HW-DRESS-COT-M']);
    expect(result.skus[0]!.returns.count).toBe(2);
  });

  it('a Shopify order is found with or without "#"', async () => {
    for (const query of ['1047', '#1047']) {
      const result = await answerLookup(query, source());
      expect(result.kind).toBe('order');
      if (result.kind === 'order') expect(result.cases.map((c) => c.sku)).toEqual(['HW-GADGET-PEELER']);
    }
  });

  it('an order id no case carries is searched as a SKU, and reported as an order when that finds nothing', async () => {
    const numbered = source({ searchSkus: async () => [sku({ sku: 'LAMP-9999' })] });
    expect(await answerLookup('9999', numbered)).toMatchObject({ kind: 'sku', skus: [{ sku: 'LAMP-9999', known: false }] });
    expect(await answerLookup('111-1111111-1111111', source())).toEqual({ kind: 'order', orderId: '111-1111111-1111111', cases: [], skus: [] });
  });

  it('nonsense finds nothing; an empty query reads nothing', async () => {
    expect(await answerLookup('zzqx-nothing', source())).toEqual({ kind: 'sku', query: 'zzqx-nothing', skus: [] });
    const quiet = source();
    expect(await answerLookup('  ', quiet)).toEqual({ kind: 'empty' });
    expect(quiet.calls).toEqual([]);
  });

  it('a case naming a SKU not in the catalogue still shows it, with a link to add it', async () => {
    const cases: CaseRecord[] = [{ ...data.cases[1]!, orderId: '999-0000000-0000000', sku: 'GHOST-1' }];
    const result = await answerLookup('999-0000000-0000000', source({ casesOfOrder: async () => cases }));
    if (result.kind !== 'order') throw new Error(result.kind);
    expect(result.skus).toMatchObject([{ sku: 'GHOST-1', known: false, link: dashboardLink('GHOST-1') }]);
  });
});
