/**
 * The production build in Chromium, on Shopify admin fixture pages served at their real addresses
 * under admin.shopify.com/store/helloword-demo, with the demo workspace loaded through the options
 * page — as a seller meets it. Several fixtures share an address (the orders list in English,
 * Chinese, restyled…), so each page is (re)served just before it is opened.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchExtension, loadDemoWorkspace, type Harness } from './harness';
import type { DemoPage } from './pages';
import { SHOPIFY_PAGES } from './shopify-pages';
import { ordersListPage } from '../fixtures/shopify/generate';

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
  await loadDemoWorkspace(harness);
});

after(async () => {
  await harness?.close();
});

/** Health states that mean "finished reading". */
const SETTLED = ['done'];

async function open(demo: DemoPage, { reveal = true, states = SETTLED } = {}): Promise<Page> {
  await harness.serve(demo.url, demo.html);
  const page = await harness.context.newPage();
  await page.goto(demo.url);
  await waitForHealth(page, states);
  if (reveal) await scrollThrough(page);
  return page;
}

async function waitForHealth(page: Page, states: readonly string[]): Promise<void> {
  const selector = states.map((s) => `[data-helloword="adapter-health"][data-state="${s}"]`).join(', ');
  await page.locator(selector).first().waitFor({ timeout: 20_000 });
}

async function scrollThrough(page: Page): Promise<void> {
  const rowsRead = () => page.locator('[data-helloword="adapter-health"]').getAttribute('data-rows-read');
  for (let y = 0; ; y += 700) {
    const height = await page.evaluate((top) => (window.scrollTo(0, top), document.documentElement.scrollHeight), y);
    await page.waitForTimeout(60);
    if (y > height) break;
  }
  let last = await rowsRead();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(500);
    const now = await rowsRead();
    if (now === last) break;
    last = now;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

const host = (feature: string, key: { orderId?: string; sku?: string; rowKey?: string } = {}) =>
  `[data-helloword="${feature}"]` +
  (key.orderId ? `[data-order-id="${key.orderId}"]` : '') +
  (key.sku ? `[data-sku="${key.sku}"]` : '') +
  (key.rowKey ? `[data-row-key="${key.rowKey}"]` : '');

const shadowText = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.shadowRoot?.textContent ?? '');
const chip = (page: Page) => page.locator(host('adapter-health'));
const kindsIn = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => [...el.shadowRoot!.querySelectorAll('li[data-kind]')].map((li) => li.getAttribute('data-kind')));

async function assertNoInjectedMarkup(page: Page): Promise<void> {
  assert.deepEqual(dialogs, []);
  const injected = await page.evaluate(() => [...document.querySelectorAll('[data-helloword]')].some((el) => el.shadowRoot?.querySelector('script, img, iframe')));
  assert.equal(injected, false);
}

describe('Orders list (English)', () => {
  let page: Page;
  before(async () => {
    page = await open(SHOPIFY_PAGES.ordersEn);
  });
  after(() => page.close());

  it('says which page it recognised and reads every order', async () => {
    assert.equal(await chip(page).getAttribute('data-page'), 'ordersList');
    assert.equal(await chip(page).getAttribute('data-rows-found'), '15');
    assert.equal(await chip(page).getAttribute('data-rows-read'), '15');
  });

  it('health chip: reads "Orders · 15 rows", not "no SKU found" (line items are not on this page)', async () => {
    assert.equal(await chip(page).getAttribute('data-state'), 'done');
    assert.match(await shadowText(page, host('adapter-health')), /Orders · 15 rows/);
  });

  it('flags orders still unfulfilled long after purchase (F7), and only those', async () => {
    // Orders dated with their year (2025): late whatever day the suite runs. The year-less ones
    // ("Nov 3 at 2:15 pm") are late too, except within a day of that date each year: not asserted.
    for (const orderId of ['1013', '1004']) {
      const notice = page.locator(host('shipping-notice', { orderId }));
      assert.equal(await notice.count(), 1, orderId);
      assert.equal(await notice.getAttribute('data-kind'), 'late_shipment', orderId);
      assert.match(await notice.evaluate((el) => el.shadowRoot!.textContent!), /(?:h|days) since purchase, not shipped/, orderId);
    }
    // Delivered, canceled, or fulfilled without a ship date on the list (its notice is on the order page).
    for (const orderId of ['1016', '1010', '1006', '1011', '1005', '1003']) {
      assert.equal(await page.locator(host('shipping-notice', { orderId })).count(), 0, orderId);
    }
  });

  it('shows no SKU annotation on a page without line items', async () => {
    assert.equal(await page.locator(`${host('category-tags')}, ${host('add-to-catalogue')}, ${host('compliance-warning')}`).count(), 0);
  });

  it('shows hostile page text as text, runs none of it, and stays inside the table cells', async () => {
    const cell = await page.locator('td').filter({ hasText: '<script>alert(1)</script>' }).count();
    assert.equal(cell, 1, 'the fixture shows the <script> customer name as text');
    await assertNoInjectedMarkup(page);
    const outside = await page.evaluate(() => [...document.querySelectorAll('[data-helloword]:not([data-helloword="adapter-health"])')].filter((el) => !el.closest('td')).length);
    assert.equal(outside, 0);
  });
});

describe('Other layouts and languages', () => {
  it('reads the restyled orders list (renamed classes, ARIA grid) exactly like the Polaris page', async () => {
    const page = await open(SHOPIFY_PAGES.ordersVariant);
    assert.equal(await chip(page).getAttribute('data-rows-read'), '15');
    assert.equal(await page.locator(host('shipping-notice', { orderId: '1013' })).getAttribute('data-kind'), 'late_shipment');
    assert.equal(await page.locator(host('shipping-notice', { orderId: '1004' })).getAttribute('data-kind'), 'late_shipment');
    assert.equal(await page.locator(host('shipping-notice', { orderId: '1010' })).count(), 0);
    await page.close();
  });

  it('reads the Chinese orders list (今天/2025年10月30日, 未发货/已取消)', async () => {
    const page = await open(SHOPIFY_PAGES.ordersZh);
    assert.equal(await chip(page).getAttribute('data-rows-read'), '8');
    assert.equal(await page.locator(host('shipping-notice', { orderId: '1013' })).getAttribute('data-kind'), 'late_shipment');
    assert.equal(await page.locator(host('shipping-notice', { orderId: '1006' })).count(), 0);
    await assertNoInjectedMarkup(page);
    await page.close();
  });

  it('says so when the page shows orders but none can be read', async () => {
    const page = await open(SHOPIFY_PAGES.ordersBroken, { reveal: false, states: ['no-rows'] });
    assert.match(await shadowText(page, host('adapter-health')), /read 0 rows, but 4 orders are visible/);
    await page.close();
  });
});

describe('Order page', () => {
  it('English: Germany from the shipping address, compliance per line, both F7 notices', async () => {
    const page = await open(SHOPIFY_PAGES.orderDetailEn, { states: ['done'] });
    assert.equal(await chip(page).getAttribute('data-page'), 'orderDetail');
    assert.equal(await chip(page).getAttribute('data-rows-read'), '3');
    const speaker = host('compliance-warning', { orderId: '1018', sku: 'HW-SPK-BT10' });
    assert.equal(await page.locator(speaker).getAttribute('data-country'), 'DE');
    const kinds = await kindsIn(page, speaker);
    assert.ok(kinds.includes('certificate_expired'), kinds.join());
    assert.match(await shadowText(page, speaker), /VAT 19%/);
    const lamp = await kindsIn(page, host('compliance-warning', { sku: 'HW-LAMP-DK2' }));
    assert.ok(lamp.includes('certificate_model_mismatch'), lamp.join());
    // Fulfilled Nov 4, tracking last moved Nov 6, not delivered: a reassuring word is due.
    const stalled = page.locator(host('shipping-notice', { sku: 'HW-SPK-BT10' }));
    assert.equal(await stalled.getAttribute('data-kind'), 'shipping_delay');
    assert.match(await stalled.evaluate((el) => el.shadowRoot!.textContent!), /No tracking update for \d+ days/);
    for (const sku of ['HW-LAMP-DK2', 'HW-PLUSH-BEAR']) {
      assert.equal(await page.locator(host('shipping-notice', { sku })).getAttribute('data-kind'), 'late_shipment', sku);
    }
    assert.match(await shadowText(page, host('category-tags', { sku: 'HW-PLUSH-BEAR' })), /Toys/);
    // The order note "SKU: FAKE-NOTE-TRAP please call me first" is not a line item.
    assert.equal(await page.locator('[data-sku^="FAKE"]').count(), 0);
    // Each annotation sits right under its item's "SKU:" line.
    const previous = await page.locator(host('category-tags', { sku: 'HW-LAMP-DK2' })).evaluate((el) => el.previousElementSibling?.textContent ?? '');
    assert.equal(previous, 'SKU: HW-LAMP-DK2');
    await assertNoInjectedMarkup(page);
    await page.close();
  });

  it('Chinese: 收货地址 France, late dress, stalled bear', async () => {
    const page = await open(SHOPIFY_PAGES.orderDetailZh, { states: ['done'] });
    assert.equal(await chip(page).getAttribute('data-rows-read'), '2');
    assert.equal(await page.locator(host('compliance-warning', { sku: 'HW-DRESS-COT-M' })).getAttribute('data-country'), 'FR');
    assert.equal(await page.locator(host('shipping-notice', { sku: 'HW-DRESS-COT-M' })).getAttribute('data-kind'), 'late_shipment');
    assert.equal(await page.locator(host('shipping-notice', { sku: 'HW-PLUSH-BEAR' })).getAttribute('data-kind'), 'shipping_delay');
    await assertNoInjectedMarkup(page);
    await page.close();
  });
});

describe('Returns', () => {
  const expectHint = async (page: Page, sku: string, action: string, address: RegExp | null) => {
    const hint = page.locator(host('return-hint', { sku }));
    assert.equal(await hint.count(), 1, sku);
    assert.equal(await hint.getAttribute('data-action'), action, sku);
    const text = await hint.evaluate((el) => el.shadowRoot!.textContent!);
    if (address) assert.match(text, address, sku);
    else assert.match(text, /buyer keeps the item/, sku);
    return text;
  };

  it('an order page with a "Return requested" card: one hint per returned item, none for the fulfilled copies', async () => {
    const page = await open(SHOPIFY_PAGES.returnRequestEn, { states: ['done'] });
    assert.equal(await chip(page).getAttribute('data-page'), 'returnDetail');
    assert.equal(await chip(page).getAttribute('data-rows-read'), '3');
    const size = await expectHint(page, 'HW-DRESS-COT-M', 'approve_exchange', /Return address: .*, US/);
    assert.match(size, /Size or fit/);
    const defect = await expectHint(page, 'HW-SPK-BT10', 'exchange_with_coupon', /Return address: /);
    assert.match(defect, /10% coupon/);
    await expectHint(page, 'HW-GADGET-PEELER', 'standard_return', /Return address: /);
    // The returned items' annotations sit in the return card, under its "SKU:" lines.
    const inReturnCard = await page.evaluate(() =>
      [...document.querySelectorAll('[data-helloword="return-hint"]')].every((el) => el.closest('[class*="Polaris-Card"]')?.querySelector('h2')?.textContent === 'Return requested'),
    );
    assert.ok(inReturnCard);
    assert.equal(await page.locator('[data-sku^="FAKE"]').count(), 0);
    assert.equal(await page.locator(host('shipping-notice')).count(), 0);
    await assertNoInjectedMarkup(page);
    await page.close();
  });

  it('the Chinese return card (退货请求): size exchange to the German warehouse, lamp to a supervisor', async () => {
    const page = await open(SHOPIFY_PAGES.returnRequestZh, { states: ['done'] });
    await expectHint(page, 'HW-DRESS-LIN-L', 'approve_exchange', /, DE$/);
    await expectHint(page, 'HW-LAMP-DK2', 'supervisor_approval', /, DE$/);
    await assertNoInjectedMarkup(page);
    await page.close();
  });

  it('the return page: standard return, a low-value refund, and "add to catalogue" for the unknown SKU', async () => {
    const page = await open(SHOPIFY_PAGES.returnEn, { states: ['done'] });
    assert.equal(await chip(page).getAttribute('data-page'), 'returnDetail');
    await expectHint(page, 'HW-DRESS-LIN-L', 'standard_return', /Return address: /);
    await expectHint(page, 'ZZ-UNKNOWN-01', 'refund_without_return', null);
    assert.equal(await page.locator(host('add-to-catalogue', { orderId: '1009', sku: 'ZZ-UNKNOWN-01' })).count(), 1);
    assert.equal(await page.locator(host('compliance-warning', { sku: 'HW-DRESS-LIN-L' })).getAttribute('data-country'), 'FR');
    await page.close();
  });
});

describe('Products', () => {
  const mapping = (page: Page, productId: string) => page.locator(host('category-mapping', { rowKey: `${productId}|product` }));

  it('products list: mapped and unmapped product types, tags and "add to catalogue" on variant SKUs', async () => {
    const page = await open(SHOPIFY_PAGES.productsEn, { states: ['done'] });
    assert.equal(await chip(page).getAttribute('data-page'), 'listingsList');
    assert.equal(await chip(page).getAttribute('data-rows-read'), '10');
    // "Dresses" is mapped in the demo workspace; "Kitchen Tools" and "Speakers" are not.
    assert.equal(await mapping(page, '8103775797341').getAttribute('data-mapped'), 'true');
    assert.match(await mapping(page, '8103775797341').evaluate((el) => el.shadowRoot!.textContent!), /Dresses.*→.*Dresses/);
    assert.equal(await mapping(page, '8103775797342').getAttribute('data-mapped'), 'true');
    for (const id of ['8103775797404', '8103775797401']) {
      assert.equal(await mapping(page, id).getAttribute('data-mapped'), 'false', id);
      assert.equal(await mapping(page, id).locator('button').count(), 1, id);
    }
    assert.equal(await mapping(page, '8103775797402').count(), 0, 'no product type, no mapping');
    assert.match(await shadowText(page, host('category-tags', { sku: 'HW-DRESS-COT-M' })), /Apparel›Women›Dresses/);
    assert.equal(await page.locator(host('add-to-catalogue', { sku: 'HW-DRESS-COT-S' })).count(), 1);
    await assertNoInjectedMarkup(page);
    await page.close();
  });

  it('the restyled products list reads the same', async () => {
    const page = await open(SHOPIFY_PAGES.productsVariant, { states: ['done'] });
    assert.equal(await chip(page).getAttribute('data-rows-read'), '10');
    assert.equal(await mapping(page, '8103775797341').getAttribute('data-mapped'), 'true');
    assert.equal(await mapping(page, '8103775797404').getAttribute('data-mapped'), 'false');
    assert.equal(await page.locator(host('add-to-catalogue', { sku: 'HW-DRESS-COT-S' })).count(), 1);
    await page.close();
  });

  it('the Chinese products list: 连衣裙 mapped, 厨房工具 and 音箱 not', async () => {
    const page = await open(SHOPIFY_PAGES.productsZh, { states: ['done'] });
    assert.equal(await mapping(page, '8103775797341').getAttribute('data-mapped'), 'true');
    assert.equal(await mapping(page, '8103775797404').getAttribute('data-mapped'), 'false');
    assert.equal(await mapping(page, '8103775797401').getAttribute('data-mapped'), 'false');
    await page.close();
  });

  it('the product page: the mapping beside the Type field, each variant SKU annotated', async () => {
    const page = await open(SHOPIFY_PAGES.productEn, { states: ['done'] });
    assert.equal(await chip(page).getAttribute('data-page'), 'productDetail');
    assert.equal(await chip(page).getAttribute('data-rows-read'), '3');
    const map = mapping(page, '8103775797341');
    assert.equal(await map.getAttribute('data-mapped'), 'true');
    assert.equal(await map.evaluate((el) => el.parentElement?.querySelector('input')?.id), 'ProductType');
    assert.match(await shadowText(page, host('category-tags', { sku: 'HW-DRESS-COT-M' })), /Dresses/);
    assert.equal(await page.locator(host('add-to-catalogue', { sku: 'HW-DRESS-COT-S' })).count(), 1);
    await page.close();
  });

  it('the Chinese product page: 音箱 unmapped, the SKU field\'s product tagged', async () => {
    const page = await open(SHOPIFY_PAGES.productZh, { states: ['done'] });
    assert.equal(await mapping(page, '8103775797401').getAttribute('data-mapped'), 'false');
    assert.match(await shadowText(page, host('category-tags', { sku: 'HW-SPK-BT10' })), /Audio›Bluetooth speakers/);
    await page.close();
  });
});

describe('Single-page app behaviour', () => {
  it('annotates orders that arrive late, once each, and follows in-app navigation to an order', async () => {
    const demo: DemoPage = {
      name: 'shopify-orders-spa',
      url: 'https://admin.shopify.com/store/helloword-demo/orders?selectedView=spa',
      html: ordersListPage({ rows: 20, lateRows: 6, lateAfterMs: 800, spaNavigateTo: '/store/helloword-demo/orders/5872041345118' }),
    };
    const page = await open(demo);
    await page.waitForFunction(() => document.querySelectorAll('#hw-main tbody > tr').length === 26, null, { timeout: 15_000 });
    await scrollThrough(page);
    await page.waitForFunction(() => document.querySelector('[data-helloword="adapter-health"]')?.getAttribute('data-rows-read') === '26', null, { timeout: 15_000 });
    // Rows 3, 8, 13, 18 and the late 23 are unfulfilled since Oct 30, 2025.
    const notices = await page.evaluate(() => [...document.querySelectorAll('[data-helloword="shipping-notice"]')].map((el) => el.getAttribute('data-order-id')));
    assert.deepEqual(notices, ['10004', '10009', '10014', '10019', '10024']);

    await page.locator('#hw-spa-link').click();
    await page.waitForURL('**/orders/5872041345118');
    await page.waitForFunction(() => document.querySelector('[data-helloword="adapter-health"]')?.getAttribute('data-page') === 'orderDetail', null, { timeout: 15_000 });
    await waitForHealth(page, ['done']);
    assert.equal(await page.locator(host('compliance-warning', { sku: 'HW-SPK-BT10' })).getAttribute('data-country'), 'DE');
    assert.equal(await page.locator(host('shipping-notice', { sku: 'HW-SPK-BT10' })).getAttribute('data-kind'), 'shipping_delay');
    assert.equal(await chip(page).count(), 1);
    await page.close();
  });

  it('on a 2,000-row orders list, reads rows as they come into view and annotates each once', async () => {
    const page = await open(SHOPIFY_PAGES.orders2000, { reveal: false });
    assert.equal(await chip(page).getAttribute('data-rows-found'), '2000');
    const atLoad = Number(await chip(page).getAttribute('data-rows-read'));
    assert.ok(atLoad > 0 && atLoad < 400, `rows read at load: ${atLoad}`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // The last late order (#11999) gets its notice before the seller reaches it.
    await page.locator(host('shipping-notice', { orderId: '11999' })).waitFor({ timeout: 10_000 });
    const keys = await page.evaluate(() => [...document.querySelectorAll('[data-row-key]')].map((el) => el.getAttribute('data-row-key')));
    assert.equal(new Set(keys).size, keys.length, 'no row is annotated twice');
    await page.close();
  });
});
