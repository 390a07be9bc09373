// Extraction on every fixture page: exact rows, hostile text kept as text, the restyled variant,
// the 2,000-row table and the independent order-id count.
import { describe, expect, it } from 'vitest';
import type { PageRow } from '../../../../lib/domain/annotations';
import { amazonAdapter } from '../../../../lib/marketplaces/amazon';
import { generatedOrderId, ordersListPage } from '../../../fixtures/amazon/generate';
import { AMAZON_FIXTURES, readAmazonFixture } from '../../../fixtures/amazon';
import { extractPage, loadFixture, parsePage, rowsOf } from './load';

const urlOf = (file: string) => AMAZON_FIXTURES.find((f) => f.file === file)!.url;
const extractFixture = (file: string) => extractPage(loadFixture(file), urlOf(file));

/** [orderId, sku, quantity, amount, currency, shipCountry, source] — the columns the features use. */
type Line = [string, string, number, number, string, string, PageRow['shipCountrySource']];
const lineOf = (r: PageRow): Line => {
  const money = r.lineValue ?? r.orderValue;
  return [r.orderId!, r.sku!, r.quantity!, money!.amount, money!.currency, r.shipCountry!, r.shipCountrySource];
};

const LONG_WORD = 'Llanfair' + 'pwllgwyngyll'.repeat(24) + 'goch';

const EN_ORDER_LINES: Line[] = [
  ['113-4829301-5528271', 'HW-DRESS-COT-M', 1, 39.99, 'USD', 'US', 'sales-channel'],
  ['114-2210394-6612045', 'HW-SPK-BT10', 4, 239.96, 'USD', 'US', 'sales-channel'],
  ['026-5512093-3374410', 'HW-DRESS-LIN-L', 1, 44.99, 'GBP', 'GB', 'sales-channel'],
  ['026-5512093-3374410', 'HW-PLUSH-BEAR', 2, 25.98, 'GBP', 'GB', 'sales-channel'],
  ['028-7719340-1183956', 'HW-LAMP-DK2', 1, 32.99, 'EUR', 'DE', 'sales-channel'],
  ['112-0092817-4466318', 'ZZ-UNKNOWN-01', 1, 12.5, 'USD', 'US', 'sales-channel'],
  ['111-7734002-9981234', 'HW-GADGET-PEELER', 3, 29.97, 'USD', 'US', 'sales-channel'],
  ['111-7734002-9981234', 'HW-PLUSH-BEAR', 1, 14.99, 'USD', 'US', 'sales-channel'],
  ['111-7734002-9981234', 'HW-DRESS-COT-M', 1, 39.99, 'USD', 'US', 'sales-channel'],
  ['113-5550129-0040012', 'HW-PLUSH-BEAR', 1, 14.99, 'USD', 'US', 'sales-channel'],
  ['204-1180923-7700341', 'HW-SPK-BT10', 1, 54.99, 'GBP', 'GB', 'sales-channel'],
  ['302-9948121-6651207', 'HW-DRESS-COT-M', 2, 79.98, 'EUR', 'DE', 'sales-channel'],
  ['114-6619203-3321904', 'HW-LAMP-DK2', 2, 69.98, 'USD', 'US', 'sales-channel'],
  ['112-3378120-5519032', 'HW-DRESS-LIN-L', 1, 49.99, 'USD', 'US', 'sales-channel'],
  ['028-4410023-9982210', 'HW-SPK-BT10', 4, 239.96, 'EUR', 'DE', 'sales-channel'],
  ['205-8870012-1123409', 'HW-GADGET-PEELER', 1, 8.99, 'GBP', 'GB', 'sales-channel'],
  ['113-9021447-2230981', 'HW-SPK-BT10', 1, 59.99, 'USD', 'US', 'sales-channel'],
  ['113-9021447-2230981', 'ZZ-UNKNOWN-01', 2, 25, 'USD', 'US', 'sales-channel'],
  ['111-4456709-8812245', 'HW-PLUSH-BEAR', 1, 14.99, 'USD', 'US', 'sales-channel'],
];

describe('orders list (orders-v3)', () => {
  const en = extractFixture('orders-list.en.html');
  const rows = rowsOf(en);

  it('reads every item line of orders-list.en.html', () => {
    expect(rows.map(lineOf)).toEqual(EN_ORDER_LINES);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('reads the whole first row', () => {
    expect(rows[0]).toEqual({
      key: '113-4829301-5528271|HW-DRESS-COT-M|0',
      orderId: '113-4829301-5528271',
      sku: 'HW-DRESS-COT-M',
      asin: 'B0HWDRS001',
      title: "HelloWord Women's Cotton Summer Dress, Medium, Navy",
      quantity: 1,
      lineValue: { amount: 39.99, currency: 'USD' },
      shipCountry: 'US',
      shipCountrySource: 'sales-channel',
      buyerName: 'Jane Doe',
      orderDate: '2026-11-03',
      // F7: the status line and "Ship by date:"; the purchase time is not printed with a zone.
      shipping: { status: 'unshipped', purchasedAt: '2026-11-03', shipBy: '2026-11-05' },
    });
    expect(rows[8]?.key).toBe('111-7734002-9981234|HW-DRESS-COT-M|2');
  });

  it('keeps hostile, right-to-left, emoji and very long text as literal text', () => {
    expect(rows[1]?.buyerName).toBe('<script>alert(1)</script>');
    expect(rows[9]?.title).toBe('HelloWord Plush Teddy Bear 🧸 <img src=x onerror=alert(1)>');
    expect(rows[5]?.buyerName).toBe('محمد الأحمد');
    expect(rows[6]?.buyerName).toBe('שרה כהן');
    expect(rows[10]?.buyerName).toBe('Émilie Dubois 😀');
    expect(rows[11]?.buyerName).toBe(`Hubert ${LONG_WORD}`);
  });

  it('anchors each line on the element holding its SKU line', () => {
    for (const { row, anchor } of en) expect(anchor.textContent?.replace(/\s+/g, ' ').trim()).toBe(`SKU: ${row.sku}`);
  });

  it('reads the same rows from the restyled variant (no shared class, id or data-test-id)', () => {
    const variant = extractFixture('orders-list.variant.html');
    expect(rowsOf(variant)).toEqual(rows);
    expect(variant.map((e) => e.anchor.textContent?.trim())).toEqual(rows.map((r) => `SKU: ${r.sku}`));
  });

  it('reads the Japanese UI: full-width colons, ￥ amounts, 2026/11/03 dates', () => {
    const ja = rowsOf(extractFixture('orders-list.ja.html'));
    expect(ja.map(lineOf)).toEqual([
      ['503-2291847-6630211', 'HW-DRESS-COT-M', 1, 5980, 'JPY', 'JP', 'sales-channel'],
      ['249-7781230-1145567', 'HW-SPK-BT10', 4, 35960, 'JPY', 'JP', 'sales-channel'],
      ['249-7781230-1145567', 'HW-GADGET-PEELER', 2, 2396, 'JPY', 'JP', 'sales-channel'],
      ['250-0012398-7781120', 'HW-PLUSH-BEAR', 1, 2280, 'JPY', 'JP', 'sales-channel'],
      ['503-6612098-2234410', 'ZZ-UNKNOWN-01', 1, 1980, 'JPY', 'JP', 'sales-channel'],
      ['249-3390127-5567012', 'HW-LAMP-DK2', 1, 4980, 'JPY', 'JP', 'sales-channel'],
      ['250-8845120-3321096', 'HW-DRESS-LIN-L', 1, 7480, 'JPY', 'JP', 'sales-channel'],
    ]);
    expect(ja[0]).toMatchObject({ buyerName: '山田 花子', orderDate: '2026-11-03', title: 'HelloWord レディース コットン サマードレス M ネイビー' });
    expect(ja[4]?.buyerName).toBe('<script>alert(1)</script>');
  });

  it('reads the pre-2019 legacy table', () => {
    expect(rowsOf(extractFixture('orders-list.legacy.html')).map(lineOf)).toEqual(EN_ORDER_LINES.slice(0, 4));
  });

  it('falls back to the host country when no sales channel is shown', () => {
    const doc = loadFixture('orders-list.en.html');
    for (const el of Array.from(doc.querySelectorAll('span.a-text-bold'))) {
      if (el.textContent?.startsWith('Sales channel')) el.parentElement?.remove();
    }
    const first = rowsOf(extractPage(doc, 'https://sellercentral.amazon.de/orders-v3'))[0];
    expect(first).toMatchObject({ shipCountry: 'DE', shipCountrySource: 'host' });
    const europe = rowsOf(extractPage(doc, 'https://sellercentral-europe.amazon.com/orders-v3'))[0];
    expect(europe?.shipCountry).toBeUndefined();
  });

  it('reads a generated 2,000-row page', () => {
    const doc = parsePage(ordersListPage({ rows: 2000 }));
    const extracted = extractPage(doc, 'https://sellercentral.amazon.com/orders-v3/mfn/all');
    expect(extracted.length).toBe(2000 + 400); // every fifth order has two items
    expect(new Set(extracted.map((e) => e.row.orderId)).size).toBe(2000);
    expect(extracted[extracted.length - 1]?.row.orderId).toBe(generatedOrderId(1999));
    expect(amazonAdapter.countVisibleOrderIds(doc, 'ordersList')).toBe(2000);
  });

  it('puts late rows and the SPA detail view in templates, outside the table', () => {
    const doc = parsePage(ordersListPage({ rows: 3, lateRows: 2, spaNavigateTo: '/orders-v3/order/114-3941689-8772232' }));
    expect(extractPage(doc, 'https://sellercentral.amazon.com/orders-v3')).toHaveLength(3 + 1);
    const late = doc.querySelector<HTMLTemplateElement>('#hw-late-rows')!;
    expect(late.content.querySelectorAll('tr')).toHaveLength(2);
    const detail = doc.querySelector<HTMLTemplateElement>('#hw-spa-detail')!;
    expect(detail.content.querySelector('[data-test-id="order-id-value"]')?.textContent).toBe('114-3941689-8772232');
  });
});

describe('order detail', () => {
  it('reads the English page: 2 lines shipping to Germany by the address', () => {
    const extracted = extractFixture('order-detail.en.html');
    expect(rowsOf(extracted)).toEqual([
      {
        key: '114-3941689-8772232|HW-LAMP-DK2|0',
        orderId: '114-3941689-8772232',
        sku: 'HW-LAMP-DK2',
        asin: 'B0HWLMP002',
        title: 'HelloWord DK2 LED Desk Lamp, Dimmable',
        quantity: 1,
        lineValue: { amount: 34.99, currency: 'USD' },
        shipCountry: 'DE',
        shipCountrySource: 'address',
        orderDate: '2026-11-03',
        shipping: { status: 'unshipped', purchasedAt: '2026-11-03' },
      },
      {
        key: '114-3941689-8772232|HW-PLUSH-BEAR|0',
        orderId: '114-3941689-8772232',
        sku: 'HW-PLUSH-BEAR',
        asin: 'B0HWPLS001',
        title: 'HelloWord Plush Teddy Bear, 30 cm 🧸',
        quantity: 2,
        lineValue: { amount: 29.98, currency: 'USD' },
        shipCountry: 'DE',
        shipCountrySource: 'address',
        orderDate: '2026-11-03',
        shipping: { status: 'unshipped', purchasedAt: '2026-11-03' },
      },
    ]);
    expect(extracted.map((e) => e.anchor.textContent?.trim())).toEqual(['SKU: HW-LAMP-DK2', 'SKU: HW-PLUSH-BEAR']);
  });

  it('reads the Japanese page: 出品者SKU, 数量 column, ￥, a domestic address → JP', () => {
    expect(rowsOf(extractFixture('order-detail.ja.html')).map(lineOf)).toEqual([
      ['503-1234567-7654321', 'HW-DRESS-COT-M', 1, 5980, 'JPY', 'JP', 'address'],
      ['503-1234567-7654321', 'HW-GADGET-PEELER', 2, 2396, 'JPY', 'JP', 'address'],
    ]);
    const doc = loadFixture('order-detail.ja.html');
    const ctx = amazonAdapter.readPageContext(doc, 'orderDetail', new URL(urlOf('order-detail.ja.html')));
    expect(ctx).toMatchObject({ orderId: '503-1234567-7654321', orderDate: '2026-11-03', hostCountry: 'JP' });
  });

  it('finds the address by its "Ship to" heading when data-test-ids are gone', () => {
    const doc = loadFixture('order-detail.en.html');
    for (const el of Array.from(doc.querySelectorAll('[data-test-id]'))) el.removeAttribute('data-test-id');
    const ctx = amazonAdapter.readPageContext(doc, 'orderDetail', new URL(urlOf('order-detail.en.html')));
    expect(ctx).toMatchObject({ orderId: '114-3941689-8772232', shipCountry: 'DE', shipCountrySource: 'address', orderDate: '2026-11-03' });
    expect(amazonAdapter.findRowElements(doc, 'orderDetail')).toHaveLength(2);
  });
});

/** [orderId, sku, quantity, order amount, currency, country, source, reason, code, comment] */
const returnLine = (r: PageRow) => [...lineOf(r), r.returnReasonText, r.returnReasonCode, r.buyerComment];

describe('returns', () => {
  it('reads Manage Returns (en), hostile comments as text, no SKU taken from a comment', () => {
    const rows = rowsOf(extractFixture('returns-list.en.html'));
    expect(rows.map(returnLine)).toEqual([
      ['113-4829301-5528271', 'HW-DRESS-COT-M', 1, 39.99, 'USD', 'US', 'host', 'Too small', 'APPAREL_TOO_SMALL', 'Runs a size small, I need a Large.'],
      ['113-9021447-2230981', 'HW-SPK-BT10', 1, 59.99, 'USD', 'US', 'host', "Item defective or doesn't work", 'DEFECTIVE', 'Stopped charging after two days 😞'],
      ['114-6619203-3321904', 'HW-LAMP-DK2', 2, 69.98, 'USD', 'US', 'host', 'Product and shipping box both damaged', undefined, 'Box arrived crushed, the lamp arm snapped 📦'],
      ['111-7734002-9981234', 'HW-GADGET-PEELER', 1, 9.99, 'USD', 'US', 'host', 'No longer needed', undefined, '<script>alert(1)</script>'],
      ['114-2210394-6612045', 'HW-SPK-BT10', 4, 239.96, 'USD', 'US', 'host', 'Bought by mistake', undefined, 'تم الطلب بالخطأ — הזמנתי בטעות'],
      ['112-3378120-5519032', 'HW-DRESS-LIN-L', 1, 49.99, 'USD', 'US', 'host', 'Wrong item was sent', undefined, 'SKU: FAKE-INJECTED-01 arrived instead <img src=x onerror=alert(1)>'],
      ['112-0092817-4466318', 'ZZ-UNKNOWN-01', 1, 12.5, 'USD', 'US', 'host', 'Not as described', undefined, LONG_WORD],
      ['111-4456709-8812245', 'HW-PLUSH-BEAR', 1, 14.99, 'USD', 'US', 'host', 'Better price available', undefined, undefined],
    ]);
    expect(rows[0]).toMatchObject({
      asin: 'B0HWDRS001',
      buyerName: 'Jane Doe',
      orderDate: '2026-11-03',
      returnRequestedOn: '2026-11-12',
      title: "HelloWord Women's Cotton Summer Dress, Medium, Navy",
    });
    expect(rows[4]?.buyerName).toBe('<img src=x onerror=alert(1)>');
  });

  it('reads the German UI: 32,99 € and "4. Nov. 2026"', () => {
    const rows = rowsOf(extractFixture('returns-list.de.html'));
    expect(rows.map(returnLine)).toEqual([
      ['028-7719340-1183956', 'HW-LAMP-DK2', 1, 32.99, 'EUR', 'DE', 'host', 'Artikel defekt oder funktioniert nicht', undefined, 'Die Lampe flackert 💡'],
      ['302-9948121-6651207', 'HW-DRESS-COT-M', 2, 79.98, 'EUR', 'DE', 'host', 'Zu klein', undefined, 'Fällt eine Nummer kleiner aus.'],
      ['028-4410023-9982210', 'HW-SPK-BT10', 4, 239.96, 'EUR', 'DE', 'host', 'Versehentlich bestellt', undefined, '<script>alert(1)</script>'],
      ['302-5521907-7730018', 'HW-PLUSH-BEAR', 1, 14.99, 'EUR', 'DE', 'host', 'Falscher Artikel geliefert', undefined, undefined],
    ]);
    expect(rows[0]).toMatchObject({ buyerName: 'Jürgen Müller', orderDate: '2026-11-04', returnRequestedOn: '2026-11-12' });
  });

  it('reads the Chinese UI on the European host: country from each sales channel', () => {
    const rows = rowsOf(extractFixture('returns-list.zh.html'));
    expect(rows.map(returnLine)).toEqual([
      ['026-5512093-3374410', 'HW-PLUSH-BEAR', 2, 25.98, 'GBP', 'GB', 'sales-channel', '商品有缺陷', undefined, '缝线开了'],
      ['028-7719340-1183956', 'HW-LAMP-DK2', 1, 32.99, 'EUR', 'DE', 'sales-channel', '运输途中损坏', undefined, '灯罩碎了 😢'],
      ['302-9948121-6651207', 'HW-DRESS-COT-M', 2, 79.98, 'EUR', 'DE', 'sales-channel', '尺寸太小', undefined, '<img src=x onerror=alert(1)>'],
      ['204-1180923-7700341', 'HW-SPK-BT10', 1, 54.99, 'GBP', 'GB', 'sales-channel', '不再需要', undefined, undefined],
    ]);
    expect(rows[0]).toMatchObject({ orderDate: '2026-11-04', returnRequestedOn: '2026-11-12', buyerName: 'Oliver Smith' });
  });

  it('reads the single-return view', () => {
    expect(rowsOf(extractFixture('return-detail.en.html')).map(returnLine)).toEqual([
      ['113-4829301-5528271', 'HW-DRESS-COT-M', 1, 39.99, 'USD', 'US', 'host', 'Too small', 'APPAREL_TOO_SMALL', 'Runs a size small, I need a Large.'],
    ]);
  });

  it('takes the comment from .customer-comment when its label is unknown', () => {
    const doc = loadFixture('returns-list.en.html');
    for (const el of Array.from(doc.querySelectorAll('span.a-text-bold'))) {
      if (el.textContent?.startsWith('Buyer comment')) el.textContent = 'Notes from the customer:';
    }
    expect(rowsOf(extractPage(doc, urlOf('returns-list.en.html')))[3]?.buyerComment).toBe('<script>alert(1)</script>');
  });
});

describe('countVisibleOrderIds', () => {
  it.each([
    ['orders-list.en.html', 15],
    ['orders-list.ja.html', 6],
    ['orders-list.variant.html', 15],
    ['orders-list.legacy.html', 3],
    ['order-detail.en.html', 1],
    ['order-detail.ja.html', 1],
    ['returns-list.en.html', 8],
    ['returns-list.de.html', 4],
    ['returns-list.zh.html', 4],
    ['return-detail.en.html', 1],
  ])('%s shows %d order ids', (file, count) => {
    const fixture = AMAZON_FIXTURES.find((f) => f.file === file)!;
    expect(amazonAdapter.countVisibleOrderIds(loadFixture(file), fixture.page)).toBe(count);
  });

  it('finds order ids in the text when a restyle drops the order links, so the chip can say none were read', () => {
    const doc = parsePage(readAmazonFixture('orders-list.broken.html'));
    expect(amazonAdapter.findRowElements(doc, 'ordersList').flatMap((el) => amazonAdapter.extractRow(el, amazonAdapter.readPageContext(doc, 'ordersList', new URL('https://sellercentral.amazon.com/orders-v3'))))).toEqual([]);
    expect(amazonAdapter.countVisibleOrderIds(doc, 'ordersList')).toBe(4);
  });

  it('counts without row detection: rows the selectors miss still count', () => {
    const doc = loadFixture('orders-list.en.html');
    doc.querySelector('#orders-table')!.id = 'renamed';
    expect(amazonAdapter.countVisibleOrderIds(doc, 'ordersList')).toBe(15);
  });
});

describe('resilience', () => {
  it('finds rows by selector when order links are gone, and skips rows without an order id', () => {
    const doc = loadFixture('orders-list.en.html');
    for (const a of Array.from(doc.querySelectorAll('a[href*="/order"]'))) a.removeAttribute('href');
    const elements = amazonAdapter.findRowElements(doc, 'ordersList');
    expect(elements).toHaveLength(15); // '~2025 classic' #orders-table > tbody > tr
    // The order id is still in the text of the row, so rows survive.
    expect(extractPage(doc, urlOf('orders-list.en.html')).map((e) => e.row.orderId)).toEqual(EN_ORDER_LINES.map((l) => l[0]));
    const bare = parsePage('<table><tbody><tr><td>SKU: X</td></tr></tbody></table>');
    expect(extractPage(bare, 'https://sellercentral.amazon.com/orders-v3')).toEqual([]);
  });
});
