// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { OrderLine } from '../../../lib/import/orders';
import { supplierFromRow, SupplierRow } from '../../../lib/import/sheets';
import { skipText } from '../../../lib/import/map/types';
import { CaseRecord, Sku } from '../../../lib/domain/schemas';
import { importFixture } from './helpers';

/** Every record an importer makes passes its schema: what the lead stores is valid. */
async function imported(name: string) {
  const result = await importFixture(name);
  for (const c of result.cases) CaseRecord.parse(c);
  for (const o of result.orders) OrderLine.parse(o);
  for (const s of result.skus) Sku.parse(s);
  for (const s of result.suppliers) SupplierRow.parse(s);
  return result;
}

describe('Amazon FBA customer returns → return cases', () => {
  it('maps reason codes and comments, disposition and status onto the timeline', async () => {
    const { cases, summary } = await imported('amazon-fba-returns.us.tsv');
    expect(summary).toMatchObject({ kind: 'amazon-fba-returns', rows: 6, imported: 6, skipped: 0 });
    const byOrder = new Map(cases.map((c) => [c.orderId, c]));
    const dress = byOrder.get('113-1234567-1234567')!;
    expect(dress).toMatchObject({ id: 'amazon:return:113-1234567-1234567:DRESS-RED-M', kind: 'return', reason: 'size_fit', buyerComment: 'Runs small', source: 'import' });
    expect(dress.timeline.map((s) => s.status)).toEqual(['requested', 'item_received', 'inspected', 'restocked']);
    expect(dress.createdAt).toBe('2026-03-11T09:12:33.000Z');
    expect(byOrder.get('113-7654321-7654321')).toMatchObject({ reason: 'not_as_described', buyerComment: 'Not Compatible|Wifi' });
    expect(byOrder.get('113-7654321-7654321')!.timeline.at(-1)!.status).toBe('closed'); // Disposed
    expect(byOrder.get('113-3333333-4444444')).toMatchObject({ reason: 'damaged' }); // IMMEDIATE_DONATION, upper snake
    expect(byOrder.get('113-5555555-6666666')!.timeline.at(-1)!.status).toBe('restocked'); // Repackaged Successfully
    expect(byOrder.get('113-7777777-8888888')!.timeline.at(-1)!.status).toBe('inspected'); // Pending Repackaging
  });

  it('reads the .co.jp variant (DD-MON-YYYY, Japanese comments) and the .com.au one (capitalised, British spelling, DD-MM-YYYY)', async () => {
    const jp = await imported('amazon-fba-returns.jp.tsv');
    expect(jp.cases.map((c) => [c.orderId, c.createdAt, c.reason])).toEqual([
      ['250-1234567-1234567', '2026-03-11T00:00:00.000Z', 'damaged'],
      ['250-7654321-7654321', '2026-04-02T00:00:00.000Z', 'size_fit'],
    ]);
    const au = await imported('amazon-fba-returns.au.tsv');
    expect(au.cases.map((c) => [c.orderId, c.sku, c.createdAt])).toEqual([
      ['503-1234567-1234567', 'LAMP-DESK', '2026-03-25T00:00:00.000Z'],
      ['503-7654321-7654321', 'MUG-BLUE', '2026-04-05T00:00:00.000Z'],
    ]);
    const ui = await imported('amazon-fba-returns.ui.csv');
    expect(ui.cases[0]).toMatchObject({ sku: 'DRESS-RED-M', reason: 'size_fit' });
  });

  it('gives the same cases from the UTF-8, BOM, UTF-16 and Shift_JIS copies', async () => {
    const base = (await imported('amazon-fba-returns.us.tsv')).cases;
    for (const copy of ['amazon-fba-returns.bom.tsv', 'amazon-fba-returns.utf16le.txt', 'amazon-fba-returns.utf16be-nobom.txt']) {
      expect((await imported(copy)).cases).toEqual(base);
    }
    expect((await imported('amazon-fba-returns.jp.sjis.tsv')).cases).toEqual((await imported('amazon-fba-returns.jp.tsv')).cases);
  });
});

describe('Amazon seller-fulfilled returns → return cases with costs', () => {
  it('keeps the order value, the seller-paid label, the delivery and the refund', async () => {
    const { cases, summary } = await imported('amazon-mfn-returns.tsv');
    expect(summary).toMatchObject({ kind: 'amazon-mfn-returns', imported: 2, skipped: 1 });
    const [dress, mug] = cases;
    expect(dress).toMatchObject({ reason: 'size_fit', orderValue: { amount: 39.9, currency: 'EUR' }, costs: { returnShipping: { amount: 6.4, currency: 'EUR' } } });
    expect(dress!.timeline.map((s) => s.status)).toEqual(['requested', 'approved', 'item_received', 'refunded']);
    expect(mug).toMatchObject({ reason: 'not_as_described', action: 'refund_without_return', costs: {} });
    expect(summary.skippedRows[0]).toEqual({ line: 4, column: 'Return request date', value: 'soon', reason: 'is not a date' });
  });
});

describe('Amazon orders → order lines', () => {
  it('reads the all-orders report; a pending order without a price is skipped with why', async () => {
    const { orders, summary } = await imported('amazon-orders.us.tsv');
    expect(orders[0]).toEqual({
      id: 'amazon:113-1234567-1234567:DRESS-RED-M', marketplace: 'amazon', orderId: '113-1234567-1234567', sku: 'DRESS-RED-M',
      quantity: 2, orderedAt: '2026-03-01T18:53:56.000Z', country: 'US', currency: 'USD', itemPrice: { amount: 59.98, currency: 'USD' },
      status: 'Shipped', source: 'import',
    });
    expect(orders.find((o) => o.sku === 'CHARGER-65W')).toMatchObject({ currency: 'CAD', country: 'CA' }); // currency from Amazon.ca
    expect(summary.skippedRows).toEqual([
      { line: 4, column: 'item-price', value: '', reason: 'has no price yet (the order is Pending; Amazon gives the price once it is confirmed), so it is not counted as a sale' },
    ]);
  });

  it('reads the .es variant, the archived report and Excel-mangled copies', async () => {
    expect((await imported('amazon-orders.es.tsv')).orders[0]).toMatchObject({ quantity: 1, orderedAt: '2026-07-14T18:53:56.000Z', itemPrice: { amount: 34.9, currency: 'EUR' } });
    expect((await imported('amazon-orders.archived.tsv')).orders).toHaveLength(1);
    const de = await imported('amazon-orders.excel-de.csv');
    expect(de.orders.map((o) => [o.orderedAt, o.itemPrice.amount])).toEqual([
      ['2023-11-01', 1234.56], // serial 45231, "1.234,56"
      ['2026-03-11', 1234.56], // 11.03.2026, "1 234,56"
      ['2026-03-25', 49],
    ]);
    const us = await imported('amazon-orders.excel-us.csv');
    expect(us.orders.map((o) => [o.orderedAt, o.itemPrice.amount])).toEqual([
      ['2026-03-11', 1234.56], // 3/11/2026 month first, "1,234.56"
      ['2026-03-25', 12.99],
    ]);
  });
});

describe('eBay Seller Hub orders report → order lines', () => {
  it('skips the framing and footers, spreads a multi-item order, and names the bad cell', async () => {
    const { orders, summary } = await imported('ebay-orders.us.csv');
    expect(orders.map((o) => [o.orderId, o.sku, o.quantity, o.itemPrice.amount, o.orderedAt, o.country])).toEqual([
      ['12-34567-89012', 'DRESS-RED-M', 1, 29.99, '2026-09-30', 'US'],
      ['12-34567-89013', 'MUG-BLUE', 2, 25.98, '2026-10-05', 'CA'],
      ['12-34567-89013', '145678901236', 1, 22.99, '2026-10-05', 'CA'], // no Custom Label: the item number
    ]);
    expect(summary.rows).toBe(4);
    expect(summary.skippedRows).toEqual([{ line: 8, column: 'Quantity', value: 'two', reason: 'is not a whole number of units' }]);
  });

  it('reads decimal commas on .de and the UK/newer column names', async () => {
    const de = await imported('ebay-orders.de.csv');
    expect(de.orders.map((o) => [o.itemPrice.amount, o.currency, o.country, o.orderedAt])).toEqual([
      [90, 'EUR', 'DE', '2026-05-26'],
      [1234.5, 'EUR', 'AT', '2026-05-27'],
    ]);
    const uk = await imported('ebay-orders.uk.csv');
    expect(uk.orders[0]).toMatchObject({ orderId: '21-12345-67890', quantity: 3, itemPrice: { amount: 25.5, currency: 'GBP' }, country: 'GB' });
  });
});

describe('Shopify orders export → order lines', () => {
  it('fills continuation rows from their order row and counts lines across multi-line cells', async () => {
    const { orders, summary } = await imported('shopify-orders.csv');
    expect(orders.map((o) => [o.id, o.quantity, o.itemPrice.amount, o.currency, o.status])).toEqual([
      ['shopify:1001:DRESS-RED-M', 1, 39.9, 'EUR', 'paid'],
      ['shopify:1001:MUG-BLUE', 1, 14.99, 'EUR', 'paid'],
      ['shopify:1002:CHARGER-65W', 2, 45, 'USD', 'partially_refunded'],
    ]);
    expect(orders[1]!.orderedAt).toBe('2026-03-11T08:12:33.000Z');
    // #1001's Note Attributes spans lines 2–4, so its continuation row is line 5 and the gift card line 7.
    expect(summary.skippedRows.map((s) => [s.line, s.column])).toEqual([[7, 'Lineitem sku'], [8, 'Created at']]);
    expect(summary.notes.join(' ')).toMatch(/1 order\(s\) had a refund/);
  });
});

describe("the seller's own sheets", () => {
  it('imports the catalogue, restoring HS codes Excel cut short, and rejects bad cells by column', async () => {
    const { skus, summary } = await imported('catalogue.csv');
    expect(skus.map((s) => [s.sku, s.hsCode, s.cost])).toEqual([
      ['DRESS-RED-M', '610442', { amount: 8.5, currency: 'USD' }],
      ['HONEY-500', '040900', { amount: 3.1, currency: 'EUR' }],
    ]);
    expect(skus[0]).toMatchObject({ tags: ['seasonal', 'profit'], hsCodesByCountry: { US: '6104420010', DE: '61044200' }, supplierId: 'SUP-001' });
    expect(summary.skippedRows.map(skipText)).toEqual([
      'Line 4, column "HS code" ("94A521"): must be a 6-digit HS code',
      'Line 5, column "Cost" ("cheap"): is not an amount',
    ]);
  });

  it('accepts Chinese headers, semicolons and decimal commas', async () => {
    const { skus } = await imported('catalogue.zh-semicolon.csv');
    expect(skus[0]).toMatchObject({ sku: 'MUG-BLUE', title: '蓝色马克杯', cost: { amount: 12.5, currency: 'CNY' }, tags: ['引流款'] });
  });

  it('imports the catalogue from an .xlsx workbook', async () => {
    const { skus, summary } = await imported('catalogue.xlsx');
    expect(summary).toMatchObject({ kind: 'catalogue', imported: 2, skipped: 0 });
    expect(skus.map((s) => [s.sku, s.cost?.amount, s.weightGrams, s.hsCode])).toEqual([
      ['DRESS-RED-M', 8.5, 240, '610442'],
      ['HONEY-500', 3.1, undefined, '040900'],
    ]);
  });

  it('imports suppliers and says which cell is wrong', async () => {
    const { suppliers, summary } = await imported('suppliers.csv');
    expect(suppliers).toEqual([
      {
        id: 'SUP-001', name: 'Ningbo Textile Co.', contact: 'Li Wei', email: 'sales@example.com', country: 'CN', categories: ['apparel-women-dresses'],
        unitPrice: { amount: 8.5, currency: 'USD' }, moq: 200, leadTimeDays: 25, skus: ['DRESS-RED-M', 'DRESS-RED-L'], source: 'import',
      },
    ]);
    expect(summary.skippedRows).toEqual([
      { line: 3, column: 'Email', value: 'not-an-email', reason: 'must be an e-mail address' },
      { line: 4, column: 'MOQ', value: '50.5', reason: 'is not a whole number' },
    ]);
  });
});

describe('supplierFromRow', () => {
  it('turns a sheet row into the workspace Supplier with one quote per SKU', async () => {
    const { suppliers } = await importFixture('suppliers.csv');
    const supplier = supplierFromRow(suppliers[0]!);
    expect(supplier.contacts).toEqual([{ name: 'Li Wei', role: '', email: 'sales@example.com' }]);
    expect(supplier.prices.map((p) => [p.sku, p.unitPrice.amount, p.moq, p.leadTimeDays])).toEqual([
      ['DRESS-RED-M', 8.5, 200, 25],
      ['DRESS-RED-L', 8.5, 200, 25],
    ]);
  });
});
