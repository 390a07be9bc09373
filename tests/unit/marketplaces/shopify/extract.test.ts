// Extraction on every Shopify fixture page: exact rows, the restyled variants, the Chinese UI,
// hostile text kept as text, the 2,000-row page, and the independent order count for the health chip.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PageRow } from '../../../../lib/domain/annotations';
import { shopifyAdapter } from '../../../../lib/marketplaces/shopify';
import { isoLocalDateTime } from '../../../../lib/marketplaces/shopify/extract';
import { SHOPIFY_FIXTURES, readShopifyFixture } from '../../../fixtures/shopify';
import { generatedOrderId, ordersListPage } from '../../../fixtures/shopify/generate';
import { extractFixture, extractPage, loadFixture, parsePage, rowsOf, urlOf } from './load';

// "Today", "Yesterday", weekdays and year-less dates are read against this clock (local time).
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 12, 0));
});
afterAll(() => vi.useRealTimers());

const LONG_WORD = 'Llanfair' + 'pwllgwyngyll'.repeat(24) + 'goch';
const at = (date: string, time: string) => isoLocalDateTime({ date, time });

/** [orderId, buyer, date, amount, currency, shipping status] — what the orders list gives. */
type ListLine = [string, string | undefined, string | undefined, number | undefined, string | undefined, string | undefined];
const listLine = (r: PageRow): ListLine => [r.orderId!, r.buyerName, r.orderDate, r.orderValue?.amount, r.orderValue?.currency, r.shipping?.status];

const EN_ORDERS: ListLine[] = [
  ['1016', 'Jane Doe', '2026-11-22', 39.99, 'USD', 'unshipped'],
  ['1015', '<script>alert(1)</script>', '2026-11-21', 239.96, 'USD', 'unshipped'],
  ['1014', 'Émilie Dubois 😀', '2026-11-03', 79.98, 'USD', 'unshipped'],
  ['1013', 'Oliver Smith', '2025-10-30', 54.99, 'USD', 'unshipped'],
  ['1012', 'محمد الأحمد', '2026-11-18', 12.5, 'USD', 'unshipped'],
  ['1011', 'שרה כהן', '2025-10-12', 34.99, 'USD', 'shipped'],
  ['1010', `Hubert ${LONG_WORD}`, '2025-09-28', 1234.56, 'USD', 'delivered'],
  ['1009', 'Chloé Martin', '2026-11-01', 49.99, 'USD', 'delivered'],
  ['1008', 'Liam Tremblay', '2026-10-29', 59.99, 'USD', 'unshipped'],
  ['1007', undefined, '2026-10-27', 9.99, 'USD', 'shipped'],
  ['1006', 'Max Mustermann', '2026-10-25', 0, 'USD', 'cancelled'],
  ['1005', 'Emma Wilson', '2026-10-24', 89.98, 'USD', 'delivered'],
  ['1004', 'Jürgen Müller', '2025-10-20', 69.98, 'USD', 'unshipped'],
  ['1003', 'Zoë 🧸 <img src=x onerror=alert(1)>', '2026-10-18', 14.99, 'USD', 'delivered'],
  ['1002', 'Noah Brown', '2026-10-15', 119.97, 'USD', 'shipped'],
];

describe('orders list', () => {
  const en = extractFixture('orders-list.en.html');
  const rows = rowsOf(en);

  it('reads one line per order: name, customer, date, total in the shop currency, shipping state', () => {
    expect(rows.map(listLine)).toEqual(EN_ORDERS);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    // Line items are not on the list: no row names a SKU (see the health-chip note in the report).
    expect(rows.every((r) => r.sku === undefined && r.asin === undefined)).toBe(true);
  });

  it('reads the whole first row, with the purchase time for the 24 h check (F7)', () => {
    expect(rows[0]).toEqual({
      key: '1016|order',
      orderId: '1016',
      buyerName: 'Jane Doe',
      orderDate: '2026-11-22',
      orderValue: { amount: 39.99, currency: 'USD' },
      shipping: { status: 'unshipped', purchasedAt: at('2026-11-22', '09:41') },
    });
    expect(rows[3]?.shipping).toEqual({ status: 'unshipped', purchasedAt: at('2025-10-30', '10:20') });
    expect(Date.parse(rows[3]!.shipping!.purchasedAt!)).toBe(new Date(2025, 9, 30, 10, 20).getTime());
  });

  it('keeps hostile, right-to-left, emoji and very long text as literal text', () => {
    expect(rows[1]?.buyerName).toBe('<script>alert(1)</script>');
    expect(rows[13]?.buyerName).toBe('Zoë 🧸 <img src=x onerror=alert(1)>');
    expect(rows[4]?.buyerName).toBe('محمد الأحمد');
    expect(rows[6]?.buyerName).toBe(`Hubert ${LONG_WORD}`);
  });

  it('anchors each order inside its order-name cell, never on the row itself', () => {
    for (const { anchor } of en) {
      expect(anchor.closest('td')).not.toBeNull();
      expect(anchor.textContent).toMatch(/^#\d{4}/);
    }
  });

  it('reads the same rows from the restyled variant (div grid, no Polaris class, no data-primary-link)', () => {
    const variant = extractFixture('orders-list.variant.html');
    expect(rowsOf(variant)).toEqual(rows);
    expect(variant.every((e) => e.anchor.localName === 'a')).toBe(true);
  });

  it('reads the Chinese UI: 今天/昨天/星期三/11月3日/2025年10月30日, 未发货/已发货/部分发货, 已取消', () => {
    expect(rowsOf(extractFixture('orders-list.zh.html')).map(listLine)).toEqual([
      ['1016', '王芳', '2026-11-22', 39.99, 'USD', 'unshipped'],
      ['1015', '<script>alert(1)</script>', '2026-11-21', 239.96, 'USD', 'unshipped'],
      ['1014', 'Émilie Dubois 😀', '2026-11-03', 79.98, 'USD', 'unshipped'],
      ['1013', 'Oliver Smith', '2025-10-30', 54.99, 'USD', 'unshipped'],
      ['1012', '李伟', '2026-11-18', 12.5, 'USD', 'unshipped'],
      ['1011', 'שרה כהן', '2025-10-12', 34.99, 'USD', 'shipped'],
      ['1010', `Hubert ${LONG_WORD}`, '2025-09-28', 1234.56, 'USD', 'delivered'],
      ['1006', 'Max Mustermann', '2026-10-25', 0, 'USD', 'cancelled'],
    ]);
  });

  it('reads the headings again when the seller changes the visible columns', () => {
    const doc = loadFixture('orders-list.en.html');
    const address = urlOf('orders-list.en.html');
    expect(rowsOf(extractPage(doc, address))[0]?.buyerName).toBe('Jane Doe');
    // The admin renders a new header row without the Customer column (its cells stay, unnamed).
    const header = doc.querySelector('thead tr')!;
    const edited = header.cloneNode(true) as Element;
    Array.from(edited.children).find((th) => th.textContent === 'Customer')!.textContent = 'Notes';
    header.replaceWith(edited);
    const rows = rowsOf(extractPage(doc, address));
    expect(rows[0]?.buyerName).toBeUndefined();
    expect(rows[0]?.orderValue).toEqual({ amount: 39.99, currency: 'USD' });
  });

  it('reads cells by their shape when the table has no headings', () => {
    const doc = loadFixture('orders-list.en.html');
    doc.querySelector('thead')!.remove();
    expect(rowsOf(extractPage(doc, urlOf('orders-list.en.html'))).map(listLine)).toEqual(EN_ORDERS);
  });

  it('reads a generated 2,000-row page, and puts late rows and the SPA view in templates', () => {
    const doc = parsePage(ordersListPage({ rows: 2000 }));
    const extracted = extractPage(doc, 'https://admin.shopify.com/store/helloword-demo/orders?selectedView=all');
    expect(extracted.length).toBe(2000);
    expect(new Set(extracted.map((e) => e.row.orderId)).size).toBe(2000);
    expect(extracted[1999]?.row.orderId).toBe('12000');
    expect(shopifyAdapter.countVisibleOrderIds(doc, 'ordersList')).toBe(2000);
    expect(doc.querySelector(`a[href$="/orders/${generatedOrderId(1999)}"]`)).not.toBeNull();

    const spa = parsePage(ordersListPage({ rows: 3, lateRows: 2, spaNavigateTo: '/store/helloword-demo/orders/5872041345118' }));
    expect(extractPage(spa, 'https://admin.shopify.com/store/helloword-demo/orders')).toHaveLength(3);
    expect(spa.querySelector<HTMLTemplateElement>('#hw-late-rows')!.content.querySelectorAll('tr')).toHaveLength(2);
    expect(spa.querySelector<HTMLTemplateElement>('#hw-spa-detail')!.content.querySelector('h1')?.textContent).toBe('#1018');
  });
});

const EN_DETAIL_SHARED = {
  orderId: '1018',
  orderValue: { amount: 124.86, currency: 'EUR' },
  shipCountry: 'DE',
  shipCountrySource: 'address',
  buyerName: 'Jürgen Müller',
  orderDate: '2026-11-02',
} as const;

describe('order page', () => {
  it('reads the English page: line items, Germany from the address, fulfilment and tracking per card', () => {
    const extracted = extractFixture('order-detail.en.html');
    const purchasedAt = at('2026-11-02', '10:20');
    expect(rowsOf(extracted)).toEqual([
      {
        ...EN_DETAIL_SHARED,
        key: '1018|HW-SPK-BT10|0',
        sku: 'HW-SPK-BT10',
        title: 'HelloWord BT10 Portable Bluetooth Speaker, 10 W',
        quantity: 1,
        lineValue: { amount: 54.99, currency: 'EUR' },
        shipping: {
          status: 'shipped',
          purchasedAt,
          shippedOn: '2026-11-04',
          deliverBy: '2026-11-09',
          lastTrackingEventOn: '2026-11-06',
          trackingNumber: '00340434161234567890',
          carrier: 'DHL Express',
        },
      },
      {
        ...EN_DETAIL_SHARED,
        key: '1018|HW-LAMP-DK2|1',
        sku: 'HW-LAMP-DK2',
        title: 'HelloWord DK2 LED Desk Lamp, Dimmable',
        quantity: 1,
        lineValue: { amount: 32.99, currency: 'EUR' },
        shipping: { status: 'unshipped', purchasedAt },
      },
      {
        ...EN_DETAIL_SHARED,
        key: '1018|HW-PLUSH-BEAR|2',
        sku: 'HW-PLUSH-BEAR',
        title: 'HelloWord Plush Teddy Bear, 30 cm 🧸',
        quantity: 2,
        lineValue: { amount: 29.98, currency: 'EUR' },
        shipping: { status: 'unshipped', purchasedAt },
      },
    ]);
    // Annotations go right under each "SKU:" line; the note "SKU: FAKE-NOTE-TRAP please…" is no line item.
    expect(extracted.map((e) => e.anchor.textContent)).toEqual(['SKU: HW-SPK-BT10', 'SKU: HW-LAMP-DK2', 'SKU: HW-PLUSH-BEAR']);
  });

  it('reads the Chinese page: 收货地址 → France, 未发货/已发货 cards, 运单号/承运商/发货时间/最后更新', () => {
    const rows = rowsOf(extractFixture('order-detail.zh.html'));
    expect(rows.map((r) => [r.sku, r.quantity, r.lineValue?.amount, r.lineValue?.currency, r.shipCountry, r.orderDate])).toEqual([
      ['HW-DRESS-COT-M', 2, 79.98, 'EUR', 'FR', '2026-11-03'],
      ['HW-PLUSH-BEAR', 1, 14.99, 'EUR', 'FR', '2026-11-03'],
    ]);
    expect(rows[0]?.shipping).toEqual({ status: 'unshipped', purchasedAt: at('2026-11-03', '14:15') });
    expect(rows[1]?.shipping).toEqual({
      status: 'shipped',
      purchasedAt: at('2026-11-03', '14:15'),
      shippedOn: '2026-11-04',
      lastTrackingEventOn: '2026-11-05',
      trackingNumber: '6A12345678901',
      carrier: 'La Poste',
    });
    expect(rows[0]).toMatchObject({ orderId: '1014', buyerName: 'Émilie Dubois', title: 'HelloWord 女士棉质夏季连衣裙', orderValue: { amount: 101.87, currency: 'EUR' } });
  });

  it('finds the country above the phone line, and leaves it unknown when the address names none', () => {
    const doc = loadFixture('order-detail.en.html');
    const address = Array.from(doc.querySelectorAll('p')).find((p) => p.textContent?.includes('Friedrichstraße'))!;
    expect(address.textContent).toMatch(/Germany\+49 30 1234567$/); // a phone line follows the country
    address.replaceChildren('Jürgen Müller', doc.createElement('br'), 'Friedrichstraße 123', doc.createElement('br'), '10117 Berlin');
    const rows = rowsOf(extractPage(doc, urlOf('order-detail.en.html')));
    expect(rows[0]?.shipCountry).toBeUndefined();
    expect(rows[0]?.shipCountrySource).toBeUndefined();
  });

  it('marks every line of a canceled order as cancelled', () => {
    const doc = loadFixture('order-detail.en.html');
    const badges = doc.querySelector('h1')!.parentElement!;
    badges.append(Object.assign(doc.createElement('span'), { textContent: 'Canceled' }));
    expect(rowsOf(extractPage(doc, urlOf('order-detail.en.html'))).map((r) => r.shipping?.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });
});

/** [orderId, sku, qty, line amount, currency, country, reason text, reason code, comment, requested] */
const returnLine = (r: PageRow) => [r.orderId, r.sku, r.quantity, r.lineValue?.amount, r.lineValue?.currency, r.shipCountry, r.returnReasonText, r.returnReasonCode, r.buyerComment, r.returnRequestedOn];

describe('returns', () => {
  it('reads the "Return requested" card of an order page (en), not the fulfilled items below it', () => {
    const extracted = extractFixture('order-return-request.en.html');
    expect(rowsOf(extracted).map(returnLine)).toEqual([
      ['1005', 'HW-DRESS-COT-M', 1, 39.99, 'USD', 'US', 'Size was too small', 'SIZE_TOO_SMALL', 'Runs a size small, I need a Large.', '2026-11-12'],
      ['1005', 'HW-SPK-BT10', 1, 59.99, 'USD', 'US', 'Damaged or defective', 'DEFECTIVE', 'Stopped charging after two days 😞', '2026-11-12'],
      // Reason printed without a label; the note that reads "SKU: …" is the note, not a line item.
      ['1005', 'HW-GADGET-PEELER', 1, 9.99, 'USD', 'US', 'Received the wrong item', 'WRONG_ITEM', 'SKU: FAKE-INJECTED-01 arrived instead <img src=x onerror=alert(1)>', '2026-11-12'],
    ]);
    expect(rowsOf(extracted)[0]).toMatchObject({ orderValue: { amount: 114.96, currency: 'USD' }, buyerName: 'Emma Wilson', orderDate: '2026-10-24' });
    expect(rowsOf(extracted).every((r) => r.shipping === undefined)).toBe(true);
  });

  it('reads the Chinese return card: 退货原因/客户备注/申请时间, 德国', () => {
    expect(rowsOf(extractFixture('order-return-request.zh.html')).map(returnLine)).toEqual([
      ['1020', 'HW-DRESS-LIN-L', 1, 49.99, 'EUR', 'DE', '尺码过小', 'SIZE_TOO_SMALL', '太小了，需要大一码。', '2026-11-12'],
      ['1020', 'HW-LAMP-DK2', 1, 32.99, 'EUR', 'DE', '损坏或有缺陷', 'DEFECTIVE', '灯罩碎了 😢 <img src=x onerror=alert(1)>', '2026-11-12'],
    ]);
  });

  it('reads the return page: order name from its link, France from the customer card', () => {
    const rows = rowsOf(extractFixture('return-detail.en.html'));
    expect(rows.map(returnLine)).toEqual([
      ['1009', 'HW-DRESS-LIN-L', 1, 49.99, 'EUR', 'FR', 'Item not as described', 'NOT_AS_DESCRIBED', 'La couleur est beaucoup plus foncée que sur les photos.', '2026-11-14'],
      ['1009', 'ZZ-UNKNOWN-01', 1, 12.5, 'EUR', 'FR', 'Customer changed their mind', 'UNWANTED', 'تم الطلب بالخطأ — הזמנתי בטעות', '2026-11-14'],
    ]);
    expect(rows[0]?.orderValue).toBeUndefined();
  });
});

/** [key, sku, title, product type] */
const listingLine = (r: PageRow) => [r.key, r.sku, r.title, r.platformCategory?.value];

describe('products', () => {
  const EN_PRODUCTS = [
    ['8103775797341|product', undefined, "HelloWord Women's Cotton Summer Dress", 'Dresses'],
    ['8103775797341|44334137737311', 'HW-DRESS-COT-S', "HelloWord Women's Cotton Summer Dress — S / Navy", undefined],
    ['8103775797341|44334137737312', 'HW-DRESS-COT-M', "HelloWord Women's Cotton Summer Dress — M / Navy", undefined],
    ['8103775797342|product', undefined, "HelloWord Women's Linen Midi Dress", 'Dresses'],
    ['8103775797404|product', undefined, 'HelloWord Stainless Steel Vegetable Peeler', 'Kitchen Tools'],
    ['8103775797401|product', undefined, 'HelloWord BT10 Portable Bluetooth Speaker, 10 W', 'Speakers'],
    ['8103775797402|product', undefined, 'HelloWord DK2 LED Desk Lamp, Dimmable', undefined],
    ['8103775797403|product', undefined, 'HelloWord Plush Teddy Bear 🧸 <img src=x onerror=alert(1)>', 'Toys'],
    ['8103775797499|product', undefined, 'حامل هاتف من الألومنيوم — Phone Stand', 'Accessories'],
    ['8103775797500|product', undefined, `Cushion ${LONG_WORD}`, 'Home Decor'],
  ];

  it('reads the products list: product rows with their type (not their category), variant rows with SKUs', () => {
    const rows = rowsOf(extractFixture('products-list.en.html'));
    expect(rows.map(listingLine)).toEqual(EN_PRODUCTS);
    expect(rows[0]).toEqual({
      key: '8103775797341|product',
      itemId: '8103775797341',
      title: "HelloWord Women's Cotton Summer Dress",
      platformCategory: { kind: 'product-type', value: 'Dresses' },
    });
    expect(rows.every((r) => r.itemId && /^\d+$/.test(r.itemId))).toBe(true);
  });

  it('reads the same rows from the restyled products list', () => {
    expect(rowsOf(extractFixture('products-list.variant.html'))).toEqual(rowsOf(extractFixture('products-list.en.html')));
  });

  it('reads the Chinese products list: 类型 column, 连衣裙/厨房工具/音箱', () => {
    expect(rowsOf(extractFixture('products-list.zh.html')).map(listingLine)).toEqual([
      ['8103775797341|product', undefined, 'HelloWord 女士棉质夏季连衣裙', '连衣裙'],
      ['8103775797341|44334137737311', 'HW-DRESS-COT-S', 'HelloWord 女士棉质夏季连衣裙 — S / 海军蓝', undefined],
      ['8103775797341|44334137737312', 'HW-DRESS-COT-M', 'HelloWord 女士棉质夏季连衣裙 — M / 海军蓝', undefined],
      ['8103775797342|product', undefined, 'HelloWord 女士亚麻中长连衣裙', '连衣裙'],
      ['8103775797404|product', undefined, 'HelloWord 不锈钢削皮刀', '厨房工具'],
      ['8103775797401|product', undefined, 'HelloWord BT10 Portable Bluetooth Speaker, 10 W', '音箱'],
      ['8103775797402|product', undefined, 'HelloWord DK2 LED Desk Lamp, Dimmable', undefined],
      ['8103775797403|product', undefined, 'HelloWord Plush Teddy Bear 🧸 <img src=x onerror=alert(1)>', '玩具'],
    ]);
  });

  it('reads the product page: the Type field of "Product organization", one row per variant SKU', () => {
    const extracted = extractFixture('product-edit.en.html');
    expect(rowsOf(extracted).map(listingLine)).toEqual([
      ['8103775797341|product', undefined, "HelloWord Women's Cotton Summer Dress", 'Dresses'],
      ['8103775797341|HW-DRESS-COT-S|1', 'HW-DRESS-COT-S', "HelloWord Women's Cotton Summer Dress — S / Navy", undefined],
      ['8103775797341|HW-DRESS-COT-M|2', 'HW-DRESS-COT-M', "HelloWord Women's Cotton Summer Dress — M / Navy", undefined],
    ]);
    // The mapping chip sits in the Type field's block; variant annotations under each SKU line.
    expect(extracted[0]?.anchor.querySelector('input')?.getAttribute('value')).toBe('Dresses');
    expect(extracted.slice(1).map((e) => e.anchor.textContent)).toEqual(['SKU: HW-DRESS-COT-S', 'SKU: HW-DRESS-COT-M']);
  });

  it('reads the Chinese single-variant product page: 类型 field, the "SKU（库存单位）" input', () => {
    const extracted = extractFixture('product-edit.zh.html');
    expect(rowsOf(extracted).map(listingLine)).toEqual([
      ['8103775797401|product', undefined, 'HelloWord BT10 便携式蓝牙音箱', '音箱'],
      ['8103775797401|HW-SPK-BT10|1', 'HW-SPK-BT10', 'HelloWord BT10 便携式蓝牙音箱', undefined],
    ]);
  });

  it('reads the value a seller typed (the input\'s property), not only the attribute the page was served with', () => {
    const doc = loadFixture('product-edit.en.html');
    (doc.getElementById('ProductType') as HTMLInputElement).value = 'Maxi Dresses';
    expect(rowsOf(extractPage(doc, urlOf('product-edit.en.html')))[0]?.platformCategory).toEqual({ kind: 'product-type', value: 'Maxi Dresses' });
  });
});

describe('countVisibleOrderIds', () => {
  it.each([
    ['orders-list.en.html', 15],
    ['orders-list.zh.html', 8],
    ['orders-list.variant.html', 15],
    ['orders-list.broken.html', 4],
    ['order-detail.en.html', 1],
    ['order-detail.zh.html', 1],
    ['order-return-request.en.html', 1],
    ['return-detail.en.html', 1],
    ['products-list.en.html', 8],
    ['product-edit.en.html', 1],
  ])('%s shows %d orders (or products)', (file, count) => {
    const fixture = SHOPIFY_FIXTURES.find((f) => f.file === file)!;
    expect(shopifyAdapter.countVisibleOrderIds(loadFixture(file), fixture.page)).toBe(count);
  });

  it('the broken layout yields no row, while its order names are still counted', () => {
    const doc = parsePage(readShopifyFixture('orders-list.broken.html'));
    expect(shopifyAdapter.findRowElements(doc, 'ordersList')).toEqual([]);
    expect(shopifyAdapter.countVisibleOrderIds(doc, 'ordersList')).toBe(4);
  });
});

describe('resilience', () => {
  it('finds rows by the dated Polaris selector when the order links are gone, and reads the name from the text', () => {
    const doc = loadFixture('orders-list.en.html');
    for (const a of Array.from(doc.querySelectorAll('a[href*="/orders/"]'))) a.removeAttribute('href');
    expect(shopifyAdapter.findRowElements(doc, 'ordersList')).toHaveLength(15);
    expect(rowsOf(extractPage(doc, urlOf('orders-list.en.html'))).map((r) => r.orderId)).toEqual(EN_ORDERS.map((l) => l[0]));
  });

  it('drops a row without any order name instead of throwing', () => {
    const bare = parsePage('<table><tbody><tr><td><a href="/store/x/orders/abc">Open</a></td><td>SKU: X</td></tr></tbody></table>');
    expect(extractPage(bare, 'https://admin.shopify.com/store/x/orders')).toEqual([]);
  });
});
