/**
 * The production build in Chromium, on eBay Seller Hub fixture pages served at their real
 * addresses (the manifest's own match patterns decide where the script runs), with the demo
 * workspace loaded through the options page — as a seller meets it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchExtension, loadDemoWorkspace, type Harness } from './harness';
import { EBAY_PAGES } from './ebay-pages';
import { generatedOrderId, ordersListPage } from '../fixtures/ebay/generate';

let harness: Harness;
const dialogs: string[] = [];

before(async () => {
  harness = await launchExtension();
  // A dialog on a seller page would mean hostile page text ran as code.
  harness.context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      if (page.url().startsWith('chrome-extension://')) return;
      dialogs.push(dialog.message());
      void dialog.dismiss();
    }),
  );
  for (const page of Object.values(EBAY_PAGES)) await harness.serve(page.url, page.html);
  // The demo maps eBay categories 63861, "Women's Dresses" and 112581 onto its catalogue (F8); the rest are unmapped.
  await loadDemoWorkspace(harness);
});

after(async () => {
  await harness?.close();
});

/** Opens a seller page and scrolls through it as a seller would, so every row has come into view. */
async function open(url: string, { reveal = true, state = 'done' } = {}): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(url);
  await waitForHealth(page, state);
  if (reveal) await scrollThrough(page);
  return page;
}

async function scrollThrough(page: Page): Promise<void> {
  const rowsRead = () => page.locator('[data-helloword="adapter-health"]').getAttribute('data-rows-read');
  for (let y = 0; ; y += 700) {
    const height = await page.evaluate((top) => (window.scrollTo(0, top), document.documentElement.scrollHeight), y);
    await page.waitForTimeout(60);
    if (y > height) break;
  }
  // Settled: the count of lines read stops changing for longer than a batch interval (400 ms).
  let last = await rowsRead();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(500);
    const now = await rowsRead();
    if (now === last) break;
    last = now;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function waitForHealth(page: Page, state = 'done'): Promise<void> {
  await page.locator(`[data-helloword="adapter-health"][data-state="${state}"]`).waitFor({ timeout: 20_000 });
}

const host = (feature: string, key: { orderId?: string; sku?: string; rowKey?: string } = {}) =>
  `[data-helloword="${feature}"]` +
  (key.orderId ? `[data-order-id="${key.orderId}"]` : '') +
  (key.sku ? `[data-sku="${key.sku}"]` : '') +
  (key.rowKey ? `[data-row-key="${key.rowKey}"]` : '');

async function shadowText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((el) => el.shadowRoot?.textContent ?? '');
}

async function warningKinds(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((el) => [...el.shadowRoot!.querySelectorAll('li[data-kind]')].map((li) => li.getAttribute('data-kind')!));
}

async function noticeKinds(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const el of document.querySelectorAll('[data-helloword="shipping-notice"]')) {
      (out[el.getAttribute('data-order-id')!] ??= []).push(el.getAttribute('data-kind')!);
    }
    return out;
  });
}

async function noMarkupInjected(page: Page): Promise<boolean> {
  return page.evaluate(() => ![...document.querySelectorAll('[data-helloword]')].some((el) => el.shadowRoot?.querySelector('script, img, iframe')));
}

describe('Manage orders (English, ebay.com)', () => {
  let page: Page;
  before(async () => {
    page = await open(EBAY_PAGES.ordersEn.url);
  });
  after(() => page.close());

  it('says which page it recognised and how many rows it read', async () => {
    const chip = page.locator(host('adapter-health'));
    assert.equal(await chip.getAttribute('data-page'), 'ordersList');
    assert.equal(await chip.getAttribute('data-rows-found'), '12');
    assert.equal(await chip.getAttribute('data-rows-read'), '15');
    assert.match(await shadowText(page, host('adapter-health')), /Orders · 12 rows/);
  });

  it('shows the category path and tags next to a known SKU, under its "Custom label (SKU)" line', async () => {
    const text = await shadowText(page, host('category-tags', { orderId: '12-04711-38261', sku: 'HW-DRESS-COT-M' }));
    assert.match(text, /Apparel›Women›Dresses/);
    for (const sku of ['HW-LAMP-DK2', 'HW-PLUSH-BEAR']) {
      const annotation = page.locator(host('category-tags', { orderId: '14-20931-55120', sku }));
      assert.equal(await annotation.count(), 1, sku);
      assert.match(await annotation.evaluate((el) => el.previousElementSibling?.textContent ?? ''), new RegExp(`Custom label \\(SKU\\):\\s*${sku}`));
    }
  });

  it('warns about compliance for the destination the "Ship to" line names', async () => {
    const toyFr = page.locator(host('compliance-warning', { orderId: '17-50981-23346', sku: 'HW-PLUSH-BEAR' }));
    assert.equal(await toyFr.getAttribute('data-country'), 'FR');
    const speakerGb = page.locator(host('compliance-warning', { orderId: '13-11254-09872', sku: 'HW-SPK-BT10' }));
    assert.equal(await speakerGb.getAttribute('data-country'), 'GB');
    assert.ok(!(await warningKinds(page, host('compliance-warning', { orderId: '13-11254-09872', sku: 'HW-SPK-BT10' }))).includes('certificate_missing'));
    const lampDe = page.locator(host('compliance-warning', { orderId: '14-20931-55120', sku: 'HW-LAMP-DK2' }));
    assert.equal(await lampDe.getAttribute('data-country'), 'DE');
    assert.match(await lampDe.evaluate((el) => el.shadowRoot!.textContent!), /VAT 19%/);
    // Only a postcode shown: the site's country.
    assert.equal(await page.locator(host('compliance-warning', { orderId: '19-72304-11592' })).getAttribute('data-country'), 'US');
  });

  it('flags orders not shipped in time and shipments stalled in transit (F7), and nothing else', async () => {
    const kinds = await noticeKinds(page);
    assert.deepEqual(kinds['12-04711-38261'], ['late_shipment']);
    assert.deepEqual(kinds['17-50981-23346'], ['late_shipment']);
    assert.deepEqual(kinds['22-15637-48220'], ['late_shipment', 'late_shipment']);
    assert.deepEqual(kinds['14-20931-55120'], ['shipping_delay', 'shipping_delay']);
    assert.deepEqual(kinds['19-72304-11592'], ['shipping_delay']);
    for (const delivered of ['15-30077-11843', '21-94526-37019', '18-61243-88017']) assert.equal(kinds[delivered], undefined, delivered);
    assert.equal(Object.values(kinds).flat().length, 12);
    assert.match(await shadowText(page, host('shipping-notice', { orderId: '12-04711-38261' })), /Not shipped yet/);
    assert.match(await shadowText(page, host('shipping-notice', { orderId: '19-72304-11592' })), /Stalled in transit/);
  });

  it('offers "add to catalogue" for unknown SKUs only', async () => {
    assert.equal(await page.locator(host('add-to-catalogue', { sku: 'ZZ-EB-PHONE-STAND' })).count(), 1);
    assert.equal(await page.locator(host('add-to-catalogue', { sku: 'ZZ-EB-USB-HUB' })).count(), 1);
    assert.equal(await page.locator(host('category-tags', { sku: 'ZZ-EB-USB-HUB' })).count(), 0);
    assert.equal(await page.locator(host('add-to-catalogue', { sku: 'HW-DRESS-COT-M' })).count(), 0);
  });

  it('shows hostile page text as text and runs none of it', async () => {
    assert.deepEqual(dialogs, []);
    assert.equal(await page.locator('.buyer-modal-trigger-wrapper button', { hasText: '<script>alert(1)</script>' }).count(), 1);
    assert.equal(await noMarkupInjected(page), true);
  });

  it('does not move the page it annotates: every annotation sits inside an item row', async () => {
    assert.ok(((await page.locator('table.orders-grid thead').boundingBox())?.width ?? 0) > 0);
    const misplaced = await page.evaluate(
      () =>
        [...document.querySelectorAll('[data-helloword]:not([data-helloword="adapter-health"])')].filter((el) => !el.closest('tr.item-info'))
          .length,
    );
    assert.equal(misplaced, 0);
  });
});

describe('Other layouts and languages', () => {
  it('reads the German grid on ebay.de: labels, "EUR 39,99", late and stalled orders', async () => {
    const page = await open(EBAY_PAGES.ordersDe.url);
    assert.equal(await page.locator(host('adapter-health')).getAttribute('data-rows-read'), '6');
    assert.equal(await page.locator(host('compliance-warning', { orderId: '05-22334-45566', sku: 'HW-SPK-BT10' })).getAttribute('data-country'), 'AT');
    const kinds = await noticeKinds(page);
    assert.deepEqual(kinds['05-11223-34455'], ['late_shipment']);
    assert.deepEqual(kinds['05-44556-67788'], ['late_shipment']);
    assert.deepEqual(kinds['05-22334-45566'], ['shipping_delay']);
    assert.equal(kinds['05-33445-56677'], undefined);
    assert.equal(await page.locator(host('add-to-catalogue', { sku: 'ZZ-EB-PHONE-STAND' })).count(), 1);
    assert.deepEqual(dialogs, []);
    await page.close();
  });

  it('reads the restyled grid (div grid, hashed classes, no data attributes) like the classic one', async () => {
    const page = await open(EBAY_PAGES.ordersVariant.url);
    assert.equal(await page.locator(host('adapter-health')).getAttribute('data-rows-read'), '15');
    assert.equal(await page.locator(host('category-tags')).count(), 13);
    assert.equal(await page.locator(host('add-to-catalogue')).count(), 2);
    assert.equal(await page.locator(host('shipping-notice')).count(), 12);
    await page.close();
  });

  it('says so when the page shows orders but none can be read', async () => {
    const page = await open(EBAY_PAGES.ordersBroken.url, { reveal: false, state: 'no-rows' });
    assert.match(await shadowText(page, host('adapter-health')), /read 0 rows, but 4 orders are visible/);
    await page.close();
  });
});

describe('Order details', () => {
  it('uses the "Ship to" address (sold on ebay.com, shipped to the UK) and flags the stalled tracking', async () => {
    const page = await open(EBAY_PAGES.orderDetailEn.url);
    const chip = page.locator(host('adapter-health'));
    assert.equal(await chip.getAttribute('data-page'), 'orderDetail');
    assert.equal(await chip.getAttribute('data-rows-read'), '2');
    assert.equal(await page.locator(host('compliance-warning', { sku: 'HW-SPK-BT10' })).getAttribute('data-country'), 'GB');
    assert.equal(await page.locator(host('compliance-warning', { sku: 'HW-PLUSH-BEAR' })).getAttribute('data-country'), 'GB');
    assert.deepEqual(await noticeKinds(page), { '24-37859-60442': ['shipping_delay', 'shipping_delay'] });
    assert.match(await shadowText(page, host('shipping-notice', { sku: 'HW-SPK-BT10' })), /2026-10-02/);
    await page.close();
  });

  it('reads the German page at /mesh/ord/details: Lieferadresse in France, not shipped in time', async () => {
    const page = await open(EBAY_PAGES.orderDetailDe.url);
    assert.equal(await page.locator(host('adapter-health')).getAttribute('data-rows-read'), '2');
    assert.equal(await page.locator(host('compliance-warning', { sku: 'HW-DRESS-COT-M' })).getAttribute('data-country'), 'FR');
    assert.deepEqual(await noticeKinds(page), { '25-48960-71553': ['late_shipment', 'late_shipment'] });
    assert.deepEqual(dialogs, []);
    assert.equal(await noMarkupInjected(page), true);
    await page.close();
  });
});

describe('Returns', () => {
  const expectHint = async (page: Page, orderId: string, action: string, address: RegExp | null) => {
    const hint = page.locator(host('return-hint', { orderId }));
    assert.equal(await hint.count(), 1, orderId);
    assert.equal(await hint.getAttribute('data-action'), action, orderId);
    const text = await hint.evaluate((el) => el.shadowRoot!.textContent!);
    if (address) assert.match(text, address, orderId);
    else assert.match(text, /buyer keeps the item/, orderId);
    return text;
  };

  it('shows the matched rule, the action, why, and the return address (eBay UK)', async () => {
    const page = await open(EBAY_PAGES.returnsEn.url);
    assert.equal(await page.locator(host('adapter-health')).getAttribute('data-rows-read'), '8');
    const size = await expectHint(page, '07-11483-52016', 'approve_exchange', /Return address: .*, GB/);
    assert.match(size, /Size or fit/);
    const defect = await expectHint(page, '07-22594-63127', 'exchange_with_coupon', /Return address: /);
    assert.match(defect, /10% coupon/);
    await expectHint(page, '07-33605-74238', 'supervisor_approval', /Return address: .*, GB/);
    await expectHint(page, '07-44716-85349', 'refund_without_return', null);
    await expectHint(page, '07-55827-96450', 'supervisor_approval', /Return address: .*, GB/);
    await expectHint(page, '07-66938-07561', 'standard_return', /Return address: /);
    await expectHint(page, '07-77049-18672', 'refund_without_return', null);
    await expectHint(page, '07-88150-29783', 'refund_without_return', null);
    assert.equal(await page.locator(host('add-to-catalogue', { orderId: '07-77049-18672' })).count(), 1);
    assert.equal(await page.locator(host('add-to-catalogue', { sku: 'FAKE-INJECTED-01' })).count(), 0);
    assert.deepEqual(dialogs, []);
    assert.equal(await noMarkupInjected(page), true);
    await page.close();
  });

  it('reads German returns ("Passt nicht", "EUR 32,99") and routes to the EU warehouse', async () => {
    const page = await open(EBAY_PAGES.returnsDe.url);
    assert.equal(await page.locator(host('adapter-health')).getAttribute('data-rows-read'), '4');
    await expectHint(page, '05-33445-56677', 'supervisor_approval', /, DE$/);
    await expectHint(page, '05-44556-67799', 'approve_exchange', /, DE$/);
    await expectHint(page, '05-55667-78800', 'supervisor_approval', /, DE$/);
    await expectHint(page, '05-66778-89911', 'refund_without_return', null);
    await page.close();
  });

  it('annotates the return details page (/rt/ReturnDetails) with its hint and US return address', async () => {
    const page = await open(EBAY_PAGES.returnDetailEn.url);
    const chip = page.locator(host('adapter-health'));
    assert.equal(await chip.getAttribute('data-page'), 'returnDetail');
    assert.equal(await chip.getAttribute('data-rows-read'), '1');
    const text = await expectHint(page, '19-72304-11593', 'approve_exchange', /Return address: .*, US/);
    assert.match(text, /Size or fit/);
    assert.equal(await page.locator(host('add-to-catalogue', { sku: 'NOT-A-REAL-SKU' })).count(), 0);
    await page.close();
  });
});

describe('Active listings', () => {
  it('maps eBay categories onto the catalogue: by id (63861, 112581), by name, or offers to map them (F8)', async () => {
    const page = await open(EBAY_PAGES.listingsEn.url);
    const chip = page.locator(host('adapter-health'));
    assert.equal(await chip.getAttribute('data-page'), 'listingsList');
    assert.equal(await chip.getAttribute('data-rows-read'), '8');
    const mapping = (sku: string) => page.locator(host('category-mapping', { sku }));
    assert.equal(await mapping('HW-DRESS-COT-M').getAttribute('data-mapped'), 'true');
    assert.match(await shadowText(page, host('category-mapping', { sku: 'HW-DRESS-COT-M' })), /Women's Dresses→Apparel › Women › Dresses/);
    assert.equal(await mapping('HW-DRESS-LIN-L').getAttribute('data-mapped'), 'true');
    assert.match(await shadowText(page, host('category-mapping', { sku: 'HW-LAMP-DK2' })), /Lamps→.*Desk lamps/i);
    for (const sku of ['HW-GADGET-PEELER', 'HW-SPK-BT10', 'ZZ-EB-PHONE-STAND']) assert.equal(await mapping(sku).getAttribute('data-mapped'), 'false', sku);
    assert.equal(await mapping('HW-GADGET-PEELER').locator('button').count(), 1);
    assert.match(await shadowText(page, host('category-mapping', { sku: 'HW-GADGET-PEELER' })), /eBay category:Kitchen Tools & Gadgets/);
    // The listing without a custom label still shows its category.
    assert.equal(await page.locator(host('category-mapping')).count(), 8);
    assert.match(await shadowText(page, host('category-tags', { sku: 'HW-SPK-BT10' })), /Electronics/);
    assert.equal(await page.locator(host('add-to-catalogue', { sku: 'ZZ-EB-PHONE-STAND' })).count(), 1);
    assert.equal(await page.locator(host('compliance-warning', { sku: 'HW-PLUSH-BEAR' })).getAttribute('data-country'), 'US');
    // Annotations sit in the SKU cell, beside the value.
    const inSkuCell = await page.evaluate(
      () =>
        [...document.querySelectorAll('[data-helloword="category-tags"]')].every((el) => el.closest('td')?.classList.contains('shui-dt-column__listingSKU')),
    );
    assert.equal(inSkuCell, true);
    assert.deepEqual(dialogs, []);
    assert.equal(await noMarkupInjected(page), true);
    await page.close();
  });

  it('reads the German listings (ebay.de): mapped 63861, unmapped 20625, an unknown SKU', async () => {
    const page = await open(EBAY_PAGES.listingsDe.url);
    assert.equal(await page.locator(host('adapter-health')).getAttribute('data-rows-read'), '5');
    assert.equal(await page.locator(host('category-mapping', { sku: 'HW-DRESS-COT-M' })).getAttribute('data-mapped'), 'true');
    assert.equal(await page.locator(host('category-mapping', { sku: 'HW-GADGET-PEELER' })).getAttribute('data-mapped'), 'false');
    assert.equal(await page.locator(host('add-to-catalogue', { sku: 'ZZ-EB-CHARGER-15W' })).count(), 1);
    assert.equal(await page.locator(host('compliance-warning', { sku: 'HW-SPK-BT10' })).getAttribute('data-country'), 'DE');
    assert.deepEqual(dialogs, []);
    await page.close();
  });

  it('reads the restyled listings grid by its /itm/ links and headings', async () => {
    const page = await open(EBAY_PAGES.listingsVariant.url);
    assert.equal(await page.locator(host('adapter-health')).getAttribute('data-rows-read'), '8');
    assert.equal(await page.locator(`${host('category-mapping')}[data-mapped="true"]`).count(), 3);
    assert.equal(await page.locator(host('category-tags')).count(), 6);
    await page.close();
  });
});

describe('Single-page app behaviour', () => {
  it('annotates rows that arrive late, once each, judges F7 against today, and follows in-app navigation', async () => {
    const url = 'https://www.ebay.es/sh/ord/?filter=status:ALL_ORDERS';
    await harness.serve(url, () => ordersListPage({ rows: 20, lateRows: 6, lateAfterMs: 800, spaNavigateTo: '/sh/ord/details?orderid=24-37859-60442' }));
    const page = await open(url);
    await page.waitForFunction(() => document.querySelectorAll('table.orders-grid tr.order-info').length === 26, null, { timeout: 15_000 });
    const itemLines = await page.evaluate(() => document.querySelectorAll('table.orders-grid .item-custom-sku-pair').length);
    assert.equal(itemLines, 26 + 6);
    await scrollThrough(page);
    await page.waitForFunction((n) => document.querySelector('[data-helloword="adapter-health"]')?.getAttribute('data-rows-read') === String(n), itemLines, { timeout: 15_000 });
    const keys = await page.evaluate(() => [...document.querySelectorAll('[data-helloword="category-tags"], [data-helloword="add-to-catalogue"]')].map((el) => el.getAttribute('data-row-key')));
    assert.equal(keys.length, itemLines);
    assert.equal(new Set(keys).size, itemLines, 'no line is annotated twice');
    // Sold 2 hours ago: on time. Sold 3 days ago: late. Shipped 10 days ago, no delivery: stalled.
    const kinds = await noticeKinds(page);
    assert.equal(kinds[generatedOrderId(0)], undefined);
    assert.deepEqual(kinds[generatedOrderId(1)], ['late_shipment']);
    assert.deepEqual(kinds[generatedOrderId(2)], ['shipping_delay']);
    assert.equal(kinds[generatedOrderId(3)], undefined);
    assert.equal(kinds[generatedOrderId(4)], undefined);
    assert.deepEqual(kinds[generatedOrderId(21)], ['late_shipment'], 'a late-arriving row gets its notice too');

    // A filter change only rewrites the query string: rows still on screen keep their annotations.
    await page.evaluate(() => history.pushState(null, '', '?filter=status:AWAITING_SHIPMENT'));
    await page.waitForTimeout(800);
    assert.equal(await page.evaluate(() => document.querySelectorAll('[data-helloword="category-tags"], [data-helloword="add-to-catalogue"]').length), itemLines);

    await page.locator('#hw-spa-link').click();
    await page.waitForURL('**/sh/ord/details?orderid=24-37859-60442');
    await page.waitForFunction(() => document.querySelector('[data-helloword="adapter-health"]')?.getAttribute('data-page') === 'orderDetail', null, { timeout: 15_000 });
    await waitForHealth(page);
    await page.locator(host('compliance-warning', { sku: 'HW-SPK-BT10' })).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator(host('compliance-warning', { sku: 'HW-SPK-BT10' })).getAttribute('data-country'), 'GB');
    assert.equal(await page.locator(host('adapter-health')).count(), 1);
    await page.close();
  });

  it('on a 2,000-row grid, reads rows as they come into view and annotates each line once', async () => {
    const page = await open(EBAY_PAGES.orders2000.url, { reveal: false });
    const chip = page.locator(host('adapter-health'));
    assert.equal(await chip.getAttribute('data-rows-found'), '2000');
    const atLoad = Number(await chip.getAttribute('data-rows-read'));
    assert.ok(atLoad > 0 && atLoad < 400, `lines read at load: ${atLoad}`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const lastItem = page.locator('table.orders-grid tr.item-info').last();
    await lastItem.locator('[data-helloword="category-tags"], [data-helloword="add-to-catalogue"]').first().waitFor({ timeout: 15_000 });
    const perKey = await page.evaluate(() => {
      const counts: Record<string, number> = {};
      for (const el of document.querySelectorAll('[data-row-key]')) {
        const key = `${el.getAttribute('data-helloword')}|${el.getAttribute('data-row-key')}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return Object.values(counts);
    });
    assert.ok(perKey.every((n) => n === 1), 'no feature shows twice for a line');
    await page.close();
  });
});
