// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAll, importFile } from '../../../lib/import/run';
import { CATALOGUE_TEMPLATE_CSV, SUPPLIER_TEMPLATE_CSV } from '../../../lib/import/sheets';
import { amazonOrdersTsv, amazonReturnsTsv, reportFixtures } from '../../fixtures/reports/build';
import { fixture, importFixture } from './helpers';

const ALL_FIXTURES = [
  'amazon-fba-returns.us.tsv', 'amazon-fba-returns.jp.tsv', 'amazon-fba-returns.au.tsv', 'amazon-mfn-returns.tsv',
  'amazon-orders.us.tsv', 'amazon-orders.excel-de.csv', 'ebay-orders.us.csv', 'ebay-orders.de.csv', 'shopify-orders.csv',
  'catalogue.csv', 'suppliers.csv', 'amazon-fba-returns.truncated.tsv', 'amazon-fba-returns.utf16le.txt',
];
const strip = <T extends { summary: { durationMs: number } }>(r: T) => ({ ...r, summary: { ...r.summary, durationMs: 0 } });

describe('importFile', () => {
  it.each(ALL_FIXTURES)('importing %s twice yields identical records and ids', async (name) => {
    const first = strip(await importFixture(name));
    const second = strip(await importFixture(name));
    expect(second).toEqual(first);
    const ids = [...first.orders, ...first.cases, ...first.suppliers].map((r) => r.id).concat(first.skus.map((s) => s.sku));
    expect(ids.length).toBeGreaterThan(0);
  });

  it.each(ALL_FIXTURES)('%s streamed in tiny chunks gives what one chunk gives', async (name) => {
    const oneShot = strip(await importFixture(name, { chunkSize: 1 << 30 }));
    for (const chunkSize of [64, 97, 1000]) {
      expect(strip(await importFixture(name, { chunkSize }))).toEqual(oneShot);
    }
  });

  it('skips a truncated last row with its line, column, value and why', async () => {
    const { summary } = await importFixture('amazon-fba-returns.truncated.tsv');
    expect(summary).toMatchObject({ imported: 5, skipped: 1 });
    expect(summary.skippedRows[0]).toMatchObject({ line: 7, column: 'detailed-disposition', value: 'EXPIRED' });
    expect(summary.skippedRows[0]!.reason).toMatch(/the file ends in the middle of this row/);
  });

  it('skips a row cut inside a quoted cell', async () => {
    const text = 'SKU,Title,Cost,Currency\r\nA-1,"Mug",1.00,USD\r\nA-2,"Lamp, desk';
    const { summary, skus } = await importAll({ name: 'c.csv', bytes: new TextEncoder().encode(text) });
    expect(skus.map((s) => s.sku)).toEqual(['A-1']);
    expect(summary.skippedRows[0]).toMatchObject({ line: 3, reason: expect.stringMatching(/ends in the middle of this row/) });
  });

  it('says plainly when a row has more values than the header', async () => {
    const text = 'SKU,Title,Cost,Currency\r\nA-1,Mug, large,1.00,USD\r\n';
    const { summary } = await importAll({ name: 'c.csv', bytes: new TextEncoder().encode(text) });
    expect(summary.skippedRows[0]).toEqual({ line: 2, reason: 'has 5 values where the header has 4 columns; a value probably contains a comma without quotes around it.' });
  });

  it('reports progress and yields batches, then one summary', async () => {
    const bytes = new TextEncoder().encode(amazonReturnsTsv(2000));
    const progress: number[] = [];
    const events = [];
    for await (const event of importFile({ name: 'r.tsv', bytes }, { chunkSize: 32 * 1024, onProgress: (done, total) => progress.push(done / total) })) events.push(event.type);
    expect(events.at(-1)).toBe('summary');
    expect(events.filter((e) => e === 'summary')).toHaveLength(1);
    expect(events.filter((e) => e === 'batch').length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBe(1);
  });

  it('stops when aborted, saying the rows already imported are kept', async () => {
    const controller = new AbortController();
    const bytes = new TextEncoder().encode(amazonReturnsTsv(2000));
    let summary;
    for await (const event of importFile({ name: 'r.tsv', bytes }, { chunkSize: 16 * 1024, signal: controller.signal })) {
      if (event.type === 'batch') controller.abort();
      else summary = event.summary;
    }
    expect(summary!.problem).toMatch(/stopped/);
  });

  it('returns plain problems in the summary for files it cannot import', async () => {
    const { summary } = await importFixture('unknown.csv');
    expect(summary).toMatchObject({ kind: null, imported: 0 });
    expect(summary.problem).toMatch(/does not recognise/);
    const broken = await importAll({ name: 'x.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) });
    expect(broken.summary.problem).toMatch(/could not be opened as an Excel workbook/);
  });

  it('imports its own downloadable templates', async () => {
    const encode = (t: string) => new TextEncoder().encode(t);
    const catalogue = await importAll({ name: 'catalogue-template.csv', bytes: encode(CATALOGUE_TEMPLATE_CSV) });
    expect(catalogue.summary).toMatchObject({ kind: 'catalogue', imported: 1, skipped: 0 });
    const suppliers = await importAll({ name: 'supplier-template.csv', bytes: encode(SUPPLIER_TEMPLATE_CSV) });
    expect(suppliers.summary).toMatchObject({ kind: 'suppliers', imported: 1, skipped: 0 });
  });

  it('imports generated 10,000-row orders and returns reports without a skip', async () => {
    const orders = await importAll({ name: 'o.tsv', bytes: new TextEncoder().encode(amazonOrdersTsv(10_000)) });
    expect(orders.summary).toMatchObject({ kind: 'amazon-orders', imported: 10_000, skipped: 0 });
    const returns = await importAll({ name: 'r.tsv', bytes: new TextEncoder().encode(amazonReturnsTsv(10_000)) });
    expect(returns.summary).toMatchObject({ kind: 'amazon-fba-returns', imported: 10_000, skipped: 0 });
  });

  it('imports a 50 MB returns report written to a temp dir', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helloword-import-'));
    try {
      const file = join(dir, 'returns-50mb.tsv');
      writeFileSync(file, amazonReturnsTsv(240_000));
      const bytes = new Uint8Array(readFileSync(file));
      expect(bytes.length).toBeGreaterThan(50e6);
      let cases = 0;
      let summary;
      for await (const event of importFile({ name: 'returns-50mb.tsv', bytes })) {
        if (event.type === 'batch') cases += event.batch.cases.length; // batches are dropped as a worker would post them
        else summary = event.summary;
      }
      expect(cases).toBe(240_000);
      expect(summary).toMatchObject({ rows: 240_000, imported: 240_000, skipped: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('the committed fixtures are what the generator writes (regenerate with --fixtures)', () => {
    for (const [name, bytes] of Object.entries(reportFixtures())) expect(fixture(name).bytes, name).toEqual(bytes);
  });
});
