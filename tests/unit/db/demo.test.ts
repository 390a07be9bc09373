import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, loadDemoWorkspace, restoreBackup } from '../../../lib/db/backup';
import type { WorkspaceStore } from '../../../lib/db/store';
import { DemoWorkspace, daysBetween, shiftDemoDates } from '../../../lib/domain/demo';
import { DEMO_WORKSPACE_PATH, demoWorkspaceText } from '../../../scripts/generate-demo-workspace';
import { openTestWorkspace } from './helpers';

const demoText = readFileSync(resolve(process.cwd(), DEMO_WORKSPACE_PATH), 'utf8');
const demo = DemoWorkspace.parse(JSON.parse(demoText));

let open: WorkspaceStore[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});

describe('public/demo/workspace.json', () => {
  it('is valid and is what scripts/generate-demo-workspace.ts builds', () => {
    expect(demoText).toBe(demoWorkspaceText());
    expect(demo.anchorDate).toBe('2026-11-21');
  });

  it('holds the SKUs each demo scenario needs', () => {
    const { data } = demo.backup;
    const sku = (id: string) => data.skus.find((s) => s.sku === id);
    const cert = (id: string) => data.certificates.find((c) => c.id === id);
    expect(data.skus.map((s) => s.sku)).toEqual(['HW-DRESS-COT-M', 'HW-DRESS-LIN-L', 'HW-GADGET-PEELER', 'HW-LAMP-DK2', 'HW-PLUSH-BEAR', 'HW-SPK-BT10']);
    expect(sku('HW-DRESS-COT-M')).toMatchObject({ categoryId: 'apparel-women-dresses', attributes: { material: 'cotton', size: 'M' }, tags: ['profit', 'seasonal'], hsCode: '620442' });
    expect(sku('HW-DRESS-LIN-L')?.hsCode).toBeUndefined();
    expect(sku('HW-SPK-BT10')?.hsCodesByCountry).toEqual({ US: '8518220000', DE: '85182200' });
    expect(cert('cert-spk-ce')).toMatchObject({ kind: 'CE', expiresOn: '2026-12-03', covers: { models: ['BT10'] } });
    expect(cert('cert-spk-rohs')?.expiresOn).toBe('2026-11-01');
    expect(data.certificates.some((c) => c.kind === 'UKCA')).toBe(false);
    expect(cert('cert-lamp-ce-dk1')?.covers.models).toEqual(['DK1']);
    expect(sku('HW-LAMP-DK2')).toMatchObject({ model: 'DK2', hsCode: '940521' });
    expect(sku('HW-PLUSH-BEAR')?.certificateIds.map((id) => cert(id)?.kind)).toEqual(['CE', 'EN71']);
    expect(sku('HW-GADGET-PEELER')).toMatchObject({ tags: ['long-tail'], certificateIds: ['cert-peeler-gcc'] });
    // Every SKU's certificates and category exist.
    for (const s of data.skus) {
      expect(data.categories.some((c) => c.id === s.categoryId), s.sku).toBe(true);
      for (const id of s.certificateIds) expect(cert(id), `${s.sku} → ${id}`).toBeDefined();
    }
    expect(data.warehouses.map((w) => [w.id, w.kind, w.region])).toEqual([
      ['returns-service', 'returns-service', 'europe'],
      ['wh-de-duisburg', 'partner-overseas', 'europe'],
      ['wh-jp-chiba', 'partner-overseas', 'asia-pacific'],
      ['wh-uk-coventry', 'partner-overseas', 'uk'],
      ['wh-us-california', 'partner-overseas', 'north-america'],
    ]);
    expect(data.dutyRates.every((d) => d.source.startsWith('demo rate'))).toBe(true);
    expect(data.cases.every((c) => c.ruleId === undefined || data.returnRules.some((r) => r.id === c.ruleId))).toBe(true);
  });
});

describe('shiftDemoDates', () => {
  it('moves certificate and case dates, keeps times, offsets and legal dates', () => {
    const shifted = shiftDemoDates(demo.backup, 40);
    const ce = shifted.data.certificates.find((c) => c.id === 'cert-spk-ce');
    expect(ce?.expiresOn).toBe('2027-01-12'); // 2026-12-03 + 40 days, across the year end
    expect(ce?.validFrom).toBe('2025-01-12'); // 2024-12-03 + 40
    expect(shifted.exportedAt).toBe('2026-12-31T08:00:00.000Z');
    const before = demo.backup.data.cases[0]!;
    const after = shifted.data.cases[0]!;
    expect(daysBetween(before.createdAt.slice(0, 10), after.createdAt.slice(0, 10))).toBe(40);
    expect(after.createdAt.slice(10)).toBe(before.createdAt.slice(10));
    expect(after.timeline.map((s) => s.status)).toEqual(before.timeline.map((s) => s.status));
    expect(shifted.data.vatRates).toEqual(demo.backup.data.vatRates);
    expect(shifted.data.certificates.find((c) => c.id === 'cert-lamp-ce-dk1')?.expiresOn).toBeUndefined();
    // Pure: the input is untouched, and shifting back restores it.
    expect(demo.backup.data.certificates.find((c) => c.id === 'cert-spk-ce')?.expiresOn).toBe('2026-12-03');
    expect(shiftDemoDates(shifted, -40)).toEqual(demo.backup);
  });

  it('keeps a written offset as written', () => {
    const withOffset = structuredClone(demo.backup);
    withOffset.data.cases[0]!.createdAt = '2026-03-29T01:30:00+01:00'; // the night clocks change in Europe
    expect(shiftDemoDates(withOffset, 1).data.cases[0]?.createdAt).toBe('2026-03-30T01:30:00+01:00');
  });
});

describe('loadDemoWorkspace', () => {
  it('loads the demo so that "expires in 12 days" is true on the day it is loaded', async () => {
    const { store } = await openTestWorkspace('demo');
    open.push(store);
    const today = new Date(2027, 4, 10, 15, 30); // local 2027-05-10
    const result = await loadDemoWorkspace(store, demoText, today);
    expect(result).toEqual({ ok: true, shiftedByDays: daysBetween('2026-11-21', '2027-05-10') });
    const certs = await store.listCertificates();
    expect(certs.find((c) => c.id === 'cert-spk-ce')?.expiresOn).toBe('2027-05-22');
    expect(certs.find((c) => c.id === 'cert-spk-rohs')?.expiresOn).toBe('2027-04-20');
    const counts = await store.counts();
    expect(counts).toMatchObject({ skus: 6, certificates: 7, warehouses: 5, dutyRates: 4, cases: demo.backup.data.cases.length });
    const exported = await exportBackup(store, today);
    expect(exported.data.skus).toEqual(demo.backup.data.skus);
    expect(await store.getMeta('demoLoadedAt')).toBe(today.toISOString());
    await restoreBackup(store, exported);
    expect(await store.getMeta('demoLoadedAt')).toBeUndefined();
  });

  it('refuses a file that is not the demo and stores nothing', async () => {
    const { store } = await openTestWorkspace('demo-bad');
    open.push(store);
    const before = await store.readWorkspace();
    expect(await loadDemoWorkspace(store, '{"format": "helloword-backup"}', new Date())).toMatchObject({ ok: false });
    expect(await loadDemoWorkspace(store, 'not json', new Date())).toEqual({ ok: false, errors: ['The demo workspace file is not valid JSON.'] });
    expect(await store.readWorkspace()).toEqual(before);
  });
});
