// Extraction on every eBay fixture page: exact rows, hostile text kept as text, German, the restyled
// variants, shipping facts for F7, platform categories for F8, the 2,000-row grid and the
// independent order-id count.
import { describe, expect, it } from 'vitest';
import type { PageRow } from '../../../../lib/domain/annotations';
import { ebayAdapter } from '../../../../lib/marketplaces/ebay';
import { platformCategoryOf } from '../../../../lib/marketplaces/ebay/extract';
import { EBAY_FIXTURES, readEbayFixture } from '../../../fixtures/ebay';
import { countItemLines, generatedOrder, generatedOrderId, ordersListPage } from '../../../fixtures/ebay/generate';
import { extractPage, loadFixture, parsePage, rowsOf } from './load';

const urlOf = (file: string) => EBAY_FIXTURES.find((f) => f.file === file)!.url;
const extractFixture = (file: string, url = urlOf(file)) => extractPage(loadFixture(file), url);
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

/** [orderId, sku, quantity, amount, currency, shipCountry, source] — the columns the features use. */
type Line = [string | undefined, string | undefined, number | undefined, number, string, string, PageRow['shipCountrySource']];
const lineOf = (r: PageRow): Line => {
  const money = r.lineValue ?? r.orderValue;
  return [r.orderId, r.sku, r.quantity, money!.amount, money!.currency, r.shipCountry!, r.shipCountrySource];
};
/** [orderId, status, purchasedAt, shipBy, shippedOn, deliverBy, lastTrackingEventOn, trackingNumber, carrier] */
const shippingOf = (r: PageRow) => {
  const s = r.shipping;
  return [r.orderId, s?.status, s?.purchasedAt, s?.shipBy, s?.shippedOn, s?.deliverBy, s?.lastTrackingEventOn, s?.trackingNumber, s?.carrier];
};

const LONG_WORD = 'Llanfair' + 'pwllgwyngyll'.repeat(24) + 'goch';

const EN_ORDER_LINES: Line[] = [
  ['12-04711-38261', 'HW-DRESS-COT-M', 1, 39.99, 'USD', 'US', 'address'],
  ['13-11254-09872', 'HW-SPK-BT10', 2, 119.98, 'USD', 'GB', 'address'],
  ['14-20931-55120', 'HW-LAMP-DK2', 1, 34.99, 'USD', 'DE', 'address'],
  ['14-20931-55120', 'HW-PLUSH-BEAR', 2, 29.98, 'USD', 'DE', 'address'],
  ['15-30077-11843', 'ZZ-EB-PHONE-STAND', 1, 12.5, 'USD', 'AU', 'address'],
  ['16-44120-70215', 'HW-GADGET-PEELER', 3, 29.97, 'USD', 'FR', 'address'],
  ['16-44120-70215', 'HW-DRESS-LIN-L', 1, 49.99, 'USD', 'FR', 'address'],
  ['17-50981-23346', 'HW-PLUSH-BEAR', 1, 14.99, 'USD', 'FR', 'address'],
  ['18-61243-88017', 'HW-DRESS-COT-M', 2, 79.98, 'USD', 'GB', 'address'],
  // A domestic address prints no country: it ships within the site's country.
  ['19-72304-11592', 'HW-SPK-BT10', 1, 59.99, 'USD', 'US', 'address'],
  // Only a postcode shown: the site's country.
  ['20-83415-60428', 'ZZ-EB-USB-HUB', 1, 24, 'USD', 'US', 'host'],
  ['21-94526-37019', 'HW-LAMP-DK2', 1, 34.99, 'USD', 'AT', 'address'],
  ['22-15637-48220', 'HW-DRESS-LIN-L', 1, 49.99, 'USD', 'FR', 'address'],
  ['22-15637-48220', 'HW-GADGET-PEELER', 1, 9.99, 'USD', 'FR', 'address'],
  ['23-26748-59331', 'HW-PLUSH-BEAR', 1, 14.99, 'USD', 'AU', 'address'],
];

describe('orders grid (/sh/ord)', () => {
  const en = extractFixture('orders-list.en.html');
  const rows = rowsOf(en);

  it('reads every item line of orders-list.en.html, with unique keys', () => {
    expect(rows.map(lineOf)).toEqual(EN_ORDER_LINES);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('reads the whole first row', () => {
    expect(rows[0]).toEqual({
      key: '12-04711-38261|HW-DRESS-COT-M|0',
      orderId: '12-04711-38261',
      sku: 'HW-DRESS-COT-M',
      itemId: '256012340001',
      title: "HelloWord Women's Cotton Summer Dress, Medium, Navy",
      quantity: 1,
      lineValue: { amount: 39.99, currency: 'USD' },
      orderValue: { amount: 45.98, currency: 'USD' },
      shipCountry: 'US',
      shipCountrySource: 'address',
      buyerName: 'Jane Doe',
      orderDate: '2026-09-30',
      shipping: { status: 'unshipped', purchasedAt: '2026-09-30T10:42:00-07:00', shipBy: '2026-10-02' },
    });
    expect(rows[3]?.key).toBe('14-20931-55120|HW-PLUSH-BEAR|1');
  });

  it('reads what F7 needs: status, purchase time, ship-by, shipment, tracking, delivery', () => {
    expect(rows.map(shippingOf)).toEqual([
      ['12-04711-38261', 'unshipped', '2026-09-30T10:42:00-07:00', '2026-10-02', undefined, undefined, undefined, undefined, undefined],
      ['13-11254-09872', 'unshipped', '2026-10-01T08:15:00-07:00', '2026-10-03', undefined, undefined, undefined, undefined, undefined],
      ['14-20931-55120', 'shipped', '2026-09-29T16:03:00-07:00', undefined, '2026-10-01', '2026-10-09', undefined, '9400111899223847561234', 'USPS'],
      ['14-20931-55120', 'shipped', '2026-09-29T16:03:00-07:00', undefined, '2026-10-01', '2026-10-09', undefined, '9400111899223847561234', 'USPS'],
      ['15-30077-11843', 'delivered', '2026-09-28T23:20:00-07:00', undefined, undefined, undefined, undefined, '9400111899221111222233', 'USPS'],
      ['16-44120-70215', 'shipped', '2026-09-30T18:55:00-07:00', undefined, '2026-10-02', undefined, undefined, '1Z999AA10123456784', 'UPS'],
      ['16-44120-70215', 'shipped', '2026-09-30T18:55:00-07:00', undefined, '2026-10-02', undefined, undefined, '1Z999AA10123456784', 'UPS'],
      // "Ship by" and its date in two elements.
      ['17-50981-23346', 'unshipped', '2026-10-03T09:09:00-07:00', '2026-10-05', undefined, undefined, undefined, undefined, undefined],
      ['18-61243-88017', 'cancelled', '2026-10-04T07:30:00-07:00', undefined, undefined, undefined, undefined, undefined, undefined],
      // "Est. delivery: Oct 17 – Oct 21": the last day of the range, the year of the sale.
      ['19-72304-11592', 'shipped', '2026-10-12T13:47:00-07:00', undefined, '2026-10-14', '2026-10-21', undefined, '9400111899224444555566', 'USPS'],
      ['20-83415-60428', 'unshipped', '2026-10-18T17:12:00-07:00', '2026-10-20', undefined, undefined, undefined, undefined, undefined],
      ['21-94526-37019', 'delivered', '2026-10-10T03:33:00-07:00', undefined, undefined, undefined, undefined, '9400111899227777888899', 'USPS'],
      ['22-15637-48220', 'unshipped', '2026-10-21T12:01:00-07:00', '2026-10-23', undefined, undefined, undefined, undefined, undefined],
      ['22-15637-48220', 'unshipped', '2026-10-21T12:01:00-07:00', '2026-10-23', undefined, undefined, undefined, undefined, undefined],
      ['23-26748-59331', 'shipped', '2026-10-19T10:10:00-07:00', undefined, '2026-10-20', undefined, undefined, 'LX123456789AU', 'Australia Post'],
    ]);
    expect(rows[4]?.deliveredOn).toBe('2026-10-09');
  });

  it('keeps hostile, right-to-left, emoji and very long text as literal text', () => {
    expect(rows[1]?.buyerName).toBe('<script>alert(1)</script>');
    expect(rows[7]?.title).toBe('HelloWord Plush Teddy Bear 🧸 <img src=x onerror=alert(1)>');
    expect(rows[4]?.buyerName).toBe('محمد الأحمد');
    expect(rows[5]?.buyerName).toBe('שרה כהן');
    expect(rows[7]?.buyerName).toBe('Émilie Dubois 😀');
    expect(rows[8]?.buyerName).toBe(`Hubert ${LONG_WORD}`);
  });

  it('anchors each line on its "Custom label (SKU)" line, inside the item row', () => {
    for (const { row, anchor } of en) {
      expect(text(anchor)).toBe(`Custom label (SKU): ${row.sku}`);
      expect(anchor.closest('tr')?.classList.contains('item-info')).toBe(true);
    }
  });

  it('reads the same rows from the restyled variant (div grid, hashed classes, no ids or data attributes)', () => {
    const variant = extractFixture('orders-list.variant.html', urlOf('orders-list.en.html'));
    expect(rowsOf(variant)).toEqual(rows);
    expect(variant.map((e) => text(e.anchor))).toEqual(rows.map((r) => `Custom label (SKU): ${r.sku}`));
    // Served on eBay UK, the lines without a country read as British.
    const uk = rowsOf(extractFixture('orders-list.variant.html'));
    expect(uk.map((r) => [r.orderId, r.shipCountry, r.shipCountrySource]).slice(9, 11)).toEqual([
      ['19-72304-11592', 'GB', 'address'],
      ['20-83415-60428', 'GB', 'host'],
    ]);
  });

  it('reads the German UI: "Benutzerdefiniertes Etikett (SKU)", "EUR 39,99", "1.234,56 €", "30. Sep. 2026 19:42 MESZ"', () => {
    const de = rowsOf(extractFixture('orders-list.de.html'));
    expect(de.map(lineOf)).toEqual([
      ['05-11223-34455', 'HW-DRESS-COT-M', 1, 39.99, 'EUR', 'DE', 'address'],
      ['05-22334-45566', 'HW-SPK-BT10', 2, 119.98, 'EUR', 'AT', 'address'],
      ['05-33445-56677', 'HW-GADGET-PEELER', 1, 9.99, 'EUR', 'FR', 'address'],
      ['05-33445-56677', 'HW-PLUSH-BEAR', 2, 29.98, 'EUR', 'FR', 'address'],
      ['05-44556-67788', 'HW-LAMP-DK2', 35, 1224.65, 'EUR', 'PL', 'address'],
      ['05-55667-78899', 'ZZ-EB-PHONE-STAND', 1, 11.5, 'EUR', 'DE', 'address'],
    ]);
    expect(de.map(shippingOf)).toEqual([
      ['05-11223-34455', 'unshipped', '2026-09-30T19:42:00+02:00', '2026-10-02', undefined, undefined, undefined, undefined, undefined],
      ['05-22334-45566', 'shipped', '2026-09-29T08:15:00+02:00', undefined, '2026-10-01', '2026-10-09', undefined, '00340434161094042557', 'DHL'],
      ['05-33445-56677', 'delivered', '2026-09-28T21:05:00+02:00', undefined, undefined, undefined, undefined, '00340434161094042571', 'DHL'],
      ['05-33445-56677', 'delivered', '2026-09-28T21:05:00+02:00', undefined, undefined, undefined, undefined, '00340434161094042571', 'DHL'],
      ['05-44556-67788', 'unshipped', '2026-10-03T10:00:00+02:00', '2026-10-05', undefined, undefined, undefined, undefined, undefined],
      ['05-55667-78899', 'cancelled', '2026-10-04T14:30:00+02:00', undefined, undefined, undefined, undefined, undefined, undefined],
    ]);
    expect(de[4]?.orderValue).toEqual({ amount: 1234.56, currency: 'EUR' });
    expect(de[1]?.buyerName).toBe('<script>alert(1)</script>');
    expect(de[3]?.title).toBe('HelloWord Plüsch-Teddybär 🧸 <img src=x onerror=alert(1)>');
  });

  it('reads a generated 2,000-row page, its late and stalled orders relative to its clock', () => {
    const now = new Date('2026-11-20T18:00:00Z');
    const html = ordersListPage({ rows: 2000, now });
    const doc = parsePage(html);
    const extracted = extractPage(doc, 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS');
    expect(extracted.length).toBe(2000 + 400); // every fifth order has two items
    expect(countItemLines(html)).toBe(2400);
    expect(new Set(extracted.map((e) => e.row.orderId)).size).toBe(2000);
    expect(extracted[extracted.length - 1]?.row.orderId).toBe(generatedOrderId(1999));
    expect(ebayAdapter.countVisibleOrderIds(doc, 'ordersList')).toBe(2000);
    const byOrder = (i: number) => extracted.find((e) => e.row.orderId === generatedOrderId(i))!.row.shipping;
    // Sold 2 hours before `now`, at a time and zone the page prints.
    expect(Date.parse(byOrder(0)!.purchasedAt!)).toBe(now.getTime() - 2 * 3_600_000);
    expect(byOrder(1)).toMatchObject({ status: 'unshipped' });
    expect(byOrder(2)).toMatchObject({ status: 'shipped', shippedOn: '2026-11-10', trackingNumber: expect.any(String) });
    expect(byOrder(3)).toMatchObject({ status: 'delivered' });
    expect(generatedOrder(7, now).id).toBe(generatedOrderId(7));
  }, 60_000); // happy-dom alone takes most of this to parse a 6 MB page on a busy machine

  it('puts late rows and the SPA detail view in templates, outside the grid', () => {
    const doc = parsePage(ordersListPage({ rows: 3, lateRows: 2, spaNavigateTo: '/sh/ord/details?orderid=24-37859-60442' }));
    expect(extractPage(doc, 'https://www.ebay.com/sh/ord/')).toHaveLength(3 + 1);
    const late = doc.querySelector<HTMLTemplateElement>('#hw-late-rows')!;
    expect(late.content.querySelectorAll('tr.order-info')).toHaveLength(2);
    const detail = doc.querySelector<HTMLTemplateElement>('#hw-spa-detail')!;
    expect(detail.content.querySelector('[data-testid="order-page"] dd')?.textContent).toBe('24-37859-60442');
  });
});

describe('order details', () => {
  it('reads the English page: 2 lines shipping to the UK by the address, stalled tracking', () => {
    const extracted = extractFixture('order-detail.en.html');
    const shipping = {
      status: 'shipped',
      purchasedAt: '2026-09-30T09:06:00-07:00',
      shipBy: '2026-10-02',
      shippedOn: '2026-10-01',
      deliverBy: '2026-10-09',
      lastTrackingEventOn: '2026-10-02',
      trackingNumber: 'AB123456789GB',
      carrier: 'Royal Mail',
    };
    expect(rowsOf(extracted)).toEqual([
      {
        key: '24-37859-60442|HW-SPK-BT10|0',
        orderId: '24-37859-60442',
        sku: 'HW-SPK-BT10',
        itemId: '256012340004',
        title: 'HelloWord BT10 Portable Bluetooth Speaker, 10 W',
        quantity: 1,
        lineValue: { amount: 59.99, currency: 'USD' },
        orderValue: { amount: 101.96, currency: 'USD' },
        shipCountry: 'GB',
        shipCountrySource: 'address',
        buyerName: 'Amelia Clarke',
        orderDate: '2026-09-30',
        shipping,
      },
      {
        key: '24-37859-60442|HW-PLUSH-BEAR|0',
        orderId: '24-37859-60442',
        sku: 'HW-PLUSH-BEAR',
        itemId: '256012340006',
        title: 'HelloWord Plush Teddy Bear, 30 cm 🧸',
        quantity: 2,
        lineValue: { amount: 29.98, currency: 'USD' },
        orderValue: { amount: 101.96, currency: 'USD' },
        shipCountry: 'GB',
        shipCountrySource: 'address',
        buyerName: 'Amelia Clarke',
        orderDate: '2026-09-30',
        shipping,
      },
    ]);
    expect(extracted.map((e) => text(e.anchor))).toEqual(['Custom label (SKU): HW-SPK-BT10', 'Custom label (SKU): HW-PLUSH-BEAR']);
  });

  it('reads the German page at /mesh/ord/details: Lieferadresse in France, not yet shipped', () => {
    const rows = rowsOf(extractFixture('order-detail.de.html'));
    expect(rows.map(lineOf)).toEqual([
      ['25-48960-71553', 'HW-DRESS-COT-M', 2, 79.98, 'EUR', 'FR', 'address'],
      ['25-48960-71553', 'HW-GADGET-PEELER', 1, 9.99, 'EUR', 'FR', 'address'],
    ]);
    expect(rows[0]).toMatchObject({
      buyerName: '<script>alert(1)</script>',
      orderDate: '2026-09-29',
      shipping: { status: 'unshipped', purchasedAt: '2026-09-29T18:05:00+02:00', shipBy: '2026-10-01' },
    });
    expect(rows[1]?.title).toBe('HelloWord Sparschäler aus Edelstahl <img src=x onerror=alert(1)>');
  });

  it('finds the order in the URL, and the address by its heading when data-testids are gone', () => {
    const doc = loadFixture('order-detail.en.html');
    for (const el of Array.from(doc.querySelectorAll('[data-testid]'))) el.removeAttribute('data-testid');
    const ctx = ebayAdapter.readPageContext(doc, 'orderDetail', new URL(urlOf('order-detail.en.html')));
    expect(ctx).toMatchObject({ orderId: '24-37859-60442', shipCountry: 'GB', shipCountrySource: 'address', orderDate: '2026-09-30', hostCountry: 'US' });
    expect(ebayAdapter.findRowElements(doc, 'orderDetail')).toHaveLength(2);
    // A sales-record URL (?srn=) has no order number: the page's own says which order it is.
    const bySrn = ebayAdapter.readPageContext(doc, 'orderDetail', new URL('https://www.ebay.com/sh/ord/details?srn=1187'));
    expect(bySrn.orderId).toBe('24-37859-60442');
  });
});

/** [orderId, sku, quantity, value, currency, country, source, reason, code, comment] */
const returnLine = (r: PageRow) => [...lineOf(r), r.returnReasonText, r.returnReasonCode, r.buyerComment];

describe('returns', () => {
  it('reads Returns on eBay UK: reasons as eBay lists them → Post-Order codes, hostile comments as text', () => {
    const rows = rowsOf(extractFixture('returns-list.en.html'));
    expect(rows.map(returnLine)).toEqual([
      ['07-11483-52016', 'HW-DRESS-COT-M', 1, 39.99, 'GBP', 'GB', 'address', "Doesn't fit", 'WRONG_SIZE', 'Runs a size small, I need a Large.'],
      ['07-22594-63127', 'HW-SPK-BT10', 1, 54.99, 'GBP', 'GB', 'address', "Doesn't work or defective", 'DEFECTIVE_ITEM', 'Stopped charging after two days 😞'],
      ['07-33605-74238', 'HW-LAMP-DK2', 2, 69.98, 'GBP', 'GB', 'address', 'Arrived damaged', 'ARRIVED_DAMAGED', 'Box arrived crushed, the lamp arm snapped 📦'],
      ['07-44716-85349', 'HW-GADGET-PEELER', 1, 8.99, 'GBP', 'GB', 'address', 'Changed my mind', 'NO_LONGER_NEED_ITEM', '<script>alert(1)</script>'],
      ['07-55827-96450', 'HW-SPK-BT10', 4, 219.96, 'GBP', 'GB', 'address', 'Ordered by mistake', 'ORDERED_ACCIDENTALLY', 'تم الطلب بالخطأ — הזמנתי בטעות'],
      ['07-66938-07561', 'HW-DRESS-LIN-L', 1, 44.99, 'GBP', 'GB', 'address', 'Wrong item sent', 'RECEIVED_WRONG_ITEM', 'Custom label (SKU): FAKE-INJECTED-01 arrived instead <img src=x onerror=alert(1)>'],
      ['07-77049-18672', 'ZZ-EB-PHONE-STAND', 1, 11.5, 'GBP', 'GB', 'address', "Doesn't match description or photos", 'NOT_AS_DESCRIBED', LONG_WORD],
      ['07-88150-29783', 'HW-PLUSH-BEAR', 1, 12.99, 'GBP', 'GB', 'address', 'Found a better price', 'FOUND_BETTER_PRICE', undefined],
    ]);
    expect(rows[0]).toMatchObject({ buyerName: 'Oliver Smith', returnRequestedOn: '2026-11-12', deliveredOn: '2026-11-05', orderValue: { amount: 39.99, currency: 'GBP' }, itemId: '256012340001' });
    expect(rows[4]?.buyerName).toBe('<img src=x onerror=alert(1)>');
    expect(rows.every((r) => r.shipping === undefined)).toBe(true);
  });

  it('reads the German returns: "Passt nicht" is a size problem, amounts "EUR 32,99" and "239,96 €"', () => {
    const rows = rowsOf(extractFixture('returns-list.de.html'));
    expect(rows.map(returnLine)).toEqual([
      ['05-33445-56677', 'HW-LAMP-DK2', 1, 32.99, 'EUR', 'DE', 'address', 'Defekt oder funktioniert nicht', 'DEFECTIVE_ITEM', 'Die Lampe flackert 💡'],
      ['05-44556-67799', 'HW-DRESS-COT-M', 2, 79.98, 'EUR', 'AT', 'address', 'Passt nicht', 'WRONG_SIZE', 'Fällt eine Nummer kleiner aus.'],
      ['05-55667-78800', 'HW-SPK-BT10', 4, 239.96, 'EUR', 'FR', 'address', 'Versehentlich gekauft', 'ORDERED_ACCIDENTALLY', '<script>alert(1)</script>'],
      ['05-66778-89911', 'HW-PLUSH-BEAR', 1, 14.99, 'EUR', 'FR', 'address', 'Falscher Artikel gesendet', 'RECEIVED_WRONG_ITEM', undefined],
    ]);
    expect(rows[0]).toMatchObject({ returnRequestedOn: '2026-11-12', deliveredOn: '2026-11-03', buyerName: 'Jürgen Müller' });
  });

  it('reads the return details page: the item card and the return told around it', () => {
    const extracted = extractFixture('return-detail.en.html');
    expect(rowsOf(extracted)).toEqual([
      {
        key: '19-72304-11593|HW-DRESS-LIN-L|0',
        orderId: '19-72304-11593',
        sku: 'HW-DRESS-LIN-L',
        itemId: '256012340002',
        title: "HelloWord Women's Linen Midi Dress, Large, Sand",
        quantity: 1,
        lineValue: { amount: 49.99, currency: 'USD' },
        orderValue: { amount: 49.99, currency: 'USD' },
        shipCountry: 'US',
        shipCountrySource: 'address',
        buyerName: 'Dana Whitfield',
        orderDate: '2026-09-30', // "Sep-30-26", the report's format
        returnReasonText: "Doesn't fit",
        returnReasonCode: 'WRONG_SIZE',
        buyerComment: 'Runs a size small 😕 — could I swap it for an XL? Custom label (SKU): NOT-A-REAL-SKU',
        returnRequestedOn: '2026-11-12',
        deliveredOn: '2026-10-06',
      },
    ]);
    expect(text(extracted[0]?.anchor)).toBe('Custom label (SKU): HW-DRESS-LIN-L');
  });
});

describe('active listings (/sh/lst/active)', () => {
  /** [itemId, sku, price, currency, category value, category label] */
  const listingOf = (r: PageRow) => [r.itemId, r.sku, r.lineValue?.amount, r.lineValue?.currency, r.platformCategory?.value, r.platformCategory?.label];
  const EN_LISTINGS = [
    ['256012340001', 'HW-DRESS-COT-M', 39.99, 'USD', '63861', "Women's Dresses"],
    ['256012340002', 'HW-DRESS-LIN-L', 49.99, 'USD', "Women's Dresses", undefined],
    ['256012340003', 'HW-GADGET-PEELER', 9.99, 'USD', '20625', 'Kitchen Tools & Gadgets'],
    ['256012340004', 'HW-SPK-BT10', 59.99, 'USD', '111694', 'Portable Audio & Headphones > Speakers'],
    ['256012340005', 'HW-LAMP-DK2', 34.99, 'USD', '112581', 'Lamps'],
    ['256012340006', 'HW-PLUSH-BEAR', 14.99, 'USD', '386', 'Teddy Bears'],
    ['256012340007', 'ZZ-EB-PHONE-STAND', 12.5, 'USD', '35190', 'Cell Phone Stands'],
    ['256012340008', undefined, 1234.56, 'USD', '112529', 'Headphones'],
  ];

  it('reads item number, custom label, price and eBay category of every listing', () => {
    const extracted = extractFixture('listings.en.html');
    const rows = rowsOf(extracted);
    expect(rows.map(listingOf)).toEqual(EN_LISTINGS);
    expect(rows[0]).toEqual({
      key: '256012340001|HW-DRESS-COT-M|0',
      itemId: '256012340001',
      sku: 'HW-DRESS-COT-M',
      title: "HelloWord Women's Cotton Summer Dress, Medium, Navy",
      lineValue: { amount: 39.99, currency: 'USD' },
      shipCountry: 'US',
      shipCountrySource: 'host',
      platformCategory: { kind: 'category-id', value: '63861', label: "Women's Dresses" },
    });
    expect(rows[5]?.title).toBe('HelloWord Plush Teddy Bear 🧸 <img src=x onerror=alert(1)>');
    expect(rows[7]?.title).toBe(`Studio Headphones ${LONG_WORD}`);
    // Annotations sit beside the SKU value, inside the SKU cell (or the title, for a listing without one).
    expect(extracted.slice(0, 7).map((e) => [text(e.anchor), e.anchor.closest('td')?.classList.contains('shui-dt-column__listingSKU')])).toEqual(
      rows.slice(0, 7).map((r) => [r.sku, true]),
    );
    expect(extracted[7]?.anchor.closest('td')?.classList.contains('shui-dt-column__title')).toBe(true);
  });

  it('reads the restyled variant by its /itm/ links and headings (no data-id, no shui classes)', () => {
    const rows = rowsOf(extractFixture('listings.variant.html', urlOf('listings.en.html')));
    expect(rows).toEqual(rowsOf(extractFixture('listings.en.html')));
  });

  it('reads the German grid: "Benutzerdefiniertes Etikett (SKU)", "eBay-Kategorie", EUR', () => {
    expect(rowsOf(extractFixture('listings.de.html')).map(listingOf)).toEqual([
      ['166012340001', 'HW-DRESS-COT-M', 39.99, 'EUR', '63861', 'Damenkleider'],
      ['166012340003', 'HW-GADGET-PEELER', 9.99, 'EUR', '20625', 'Küchenhelfer'],
      ['166012340004', 'HW-SPK-BT10', 59.99, 'EUR', '111694', 'Lautsprecher'],
      ['166012340006', 'HW-PLUSH-BEAR', 14.99, 'EUR', '386', 'Teddybären'],
      ['166012340009', 'ZZ-EB-CHARGER-15W', 19.9, 'EUR', '123417', 'Ladegeräte & Dockingstationen'],
    ]);
  });

  it('turns what the category cell shows into a platform category', () => {
    expect(platformCategoryOf("Women's Dresses (63861)")).toEqual({ kind: 'category-id', value: '63861', label: "Women's Dresses" });
    expect(platformCategoryOf('63861')).toEqual({ kind: 'category-id', value: '63861' });
    expect(platformCategoryOf("Women's Dresses")).toEqual({ kind: 'category-id', value: "Women's Dresses" });
    expect(platformCategoryOf("Clothing, Shoes & Accessories > Women > Women's Dresses")).toEqual({
      kind: 'category-id',
      value: "Women's Dresses",
      label: "Clothing, Shoes & Accessories > Women > Women's Dresses",
    });
    expect(platformCategoryOf('  ')).toBeUndefined();
  });
});

describe('countVisibleOrderIds', () => {
  it.each([
    ['orders-list.en.html', 12],
    ['orders-list.de.html', 5],
    ['orders-list.variant.html', 12],
    ['orders-list.broken.html', 4],
    ['order-detail.en.html', 1],
    ['order-detail.de.html', 1],
    ['returns-list.en.html', 8],
    ['returns-list.de.html', 4],
    ['return-detail.en.html', 1],
    ['listings.en.html', 8],
    ['listings.de.html', 5],
    ['listings.variant.html', 8],
  ])('%s shows %d', (file, count) => {
    const fixture = EBAY_FIXTURES.find((f) => f.file === file)!;
    expect(ebayAdapter.countVisibleOrderIds(loadFixture(file), fixture.page)).toBe(count);
  });

  it('finds order numbers in the text when a restyle drops the order links, so the chip can say none were read', () => {
    const doc = parsePage(readEbayFixture('orders-list.broken.html'));
    const url = new URL(urlOf('orders-list.broken.html'));
    const ctx = ebayAdapter.readPageContext(doc, 'ordersList', url);
    expect(ebayAdapter.findRowElements(doc, 'ordersList').flatMap((el) => ebayAdapter.extractRow(el, ctx))).toEqual([]);
    expect(ebayAdapter.countVisibleOrderIds(doc, 'ordersList')).toBe(4);
  });
});

describe('resilience', () => {
  it('finds order rows by dated selector when the links are gone; order numbers come from the checkboxes', () => {
    const doc = loadFixture('orders-list.en.html');
    for (const a of Array.from(doc.querySelectorAll('a[href*="orderid="]'))) a.removeAttribute('href');
    expect(ebayAdapter.findRowElements(doc, 'ordersList')).toHaveLength(12); // '~2026 Seller Hub' tr.order-info
    expect(rowsOf(extractPage(doc, urlOf('orders-list.en.html'))).map(lineOf)).toEqual(EN_ORDER_LINES);
    const bare = parsePage('<table><tbody><tr><td>Custom label (SKU): X</td></tr></tbody></table>');
    expect(extractPage(bare, 'https://www.ebay.com/sh/ord/')).toEqual([]);
  });

  it('does not read a line twice when the order row is re-rendered and its item rows keep their annotations', () => {
    const doc = loadFixture('orders-list.en.html');
    const url = new URL(urlOf('orders-list.en.html'));
    const ctx = ebayAdapter.readPageContext(doc, 'ordersList', url);
    const [first] = ebayAdapter.findRowElements(doc, 'ordersList');
    const [line] = ebayAdapter.extractRow(first!, ctx);
    const host = doc.createElement('helloword-annotation');
    host.setAttribute('data-helloword', 'category-tags');
    host.setAttribute('data-row-key', line!.row.key);
    line!.anchor.after(host);
    first!.replaceWith(first!.cloneNode(true));
    const [again] = ebayAdapter.findRowElements(doc, 'ordersList');
    expect(ebayAdapter.extractRow(again!, ctx)).toEqual([]);
  });

  it('takes the order rows inside a layout table, not the layout row around them', () => {
    const order = (id: string, sku: string) =>
      `<div role="row"><a href="/sh/ord/details?orderid=${id}">${id}</a> <p>Custom label (SKU): ${sku}</p></div>`;
    const doc = parsePage(`<table><tr><td><div role="grid">${order('12-04711-38261', 'A-1')}${order('13-11254-09872', 'B-2')}</div></td></tr></table>`);
    expect(rowsOf(extractPage(doc, 'https://www.ebay.com/sh/ord/')).map((r) => [r.orderId, r.sku])).toEqual([
      ['12-04711-38261', 'A-1'],
      ['13-11254-09872', 'B-2'],
    ]);
  });

  it('reads a sales-record number without an order number as no order', () => {
    const doc = parsePage('<main><div>Custom label (SKU): HW-1</div><a href="/itm/256012340001">Dress</a></main>');
    expect(extractPage(doc, 'https://www.ebay.com/sh/ord/details?srn=1187')).toEqual([]);
  });
});
