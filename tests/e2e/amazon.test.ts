/**
 * The production build in Chromium, on Seller Central fixture pages served at their real addresses,
 * with the demo workspace loaded through the options page — as a seller meets it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { fixture, launchExtension, loadDemoWorkspace, type Harness } from './harness';
import { AMAZON_PAGES } from './pages';
import { ordersListPage } from '../fixtures/amazon/generate';

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
  for (const page of Object.values(AMAZON_PAGES)) await harness.serve(page.url, page.html);
  await loadDemoWorkspace(harness);
});

after(async () => {
  await harness?.close();
});

/** Opens a seller page and scrolls through it as a seller would, so every row has come into view. */
async function open(url: string, { reveal = true } = {}): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(url);
  await waitForHealth(page);
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

describe('Manage Orders (English, amazon.com)', () => {
  let page: Page;
  before(async () => {
    page = await open(AMAZON_PAGES.ordersEn.url);
  });
  after(() => page.close());

  it('says which page it recognised and how many rows it read', async () => {
    const chip = page.locator(host('adapter-health'));
    assert.equal(await chip.getAttribute('data-page'), 'ordersList');
    assert.equal(await chip.getAttribute('data-rows-read'), '19');
    assert.equal(await chip.getAttribute('data-rows-found'), '15');
    assert.match(await shadowText(page, host('adapter-health')), /Orders · 15 rows/);
  });

  it('flags orders not shipped within 24 h of purchase (F7), in plain words', async () => {
    // The fixture's orders were placed on Nov 3, 2026 and are still unshipped: late for any run after Nov 4.
    const notice = page.locator(host('shipping-notice', { orderId: '113-4829301-5528271', sku: 'HW-DRESS-COT-M' }));
    assert.equal(await notice.getAttribute('data-kind'), 'late_shipment');
    assert.match(await shadowText(page, host('shipping-notice', { orderId: '113-4829301-5528271', sku: 'HW-DRESS-COT-M' })), /Not shipped yet\d+ (?:h|days) since purchase, not shipped \(promise: within 24 h\)/);
  });

  it('shows the category path, attributes and role tags next to a known SKU', async () => {
    const text = await shadowText(page, host('category-tags', { orderId: '113-4829301-5528271', sku: 'HW-DRESS-COT-M' }));
    assert.match(text, /Apparel›Women›Dresses/);
    assert.match(text, /material: cotton/);
    assert.match(text, /Profit/);
    assert.match(text, /Seasonal/);
  });

  it('annotates every line of a multi-item order, under its own SKU line', async () => {
    for (const sku of ['HW-GADGET-PEELER', 'HW-PLUSH-BEAR', 'HW-DRESS-COT-M']) {
      const annotation = page.locator(host('category-tags', { orderId: '111-7734002-9981234', sku }));
      assert.equal(await annotation.count(), 1, sku);
      const previous = await annotation.evaluate((el) => el.previousElementSibling?.textContent ?? '');
      assert.match(previous, new RegExp(`SKU:\\s*${sku}`));
    }
  });

  it('warns about compliance for the SKU and the destination of its sales channel', async () => {
    // HW-PLUSH-BEAR (a toy) sold to the US has no Children's Product Certificate.
    const toyUs = page.locator(host('compliance-warning', { orderId: '113-5550129-0040012', sku: 'HW-PLUSH-BEAR' }));
    assert.equal(await toyUs.getAttribute('data-country'), 'US');
    assert.equal(await toyUs.getAttribute('data-status'), 'error');
    assert.match(await toyUs.evaluate((el) => el.shadowRoot!.textContent!), /CPC/);
    // The speaker to Germany (amazon.de): CE expires within 30 days, RoHS has expired; duty and VAT estimated.
    const speakerDe = page.locator(host('compliance-warning', { orderId: '028-4410023-9982210', sku: 'HW-SPK-BT10' }));
    assert.equal(await speakerDe.getAttribute('data-country'), 'DE');
    const kinds = await speakerDe.evaluate((el) => [...el.shadowRoot!.querySelectorAll('li[data-kind]')].map((li) => li.getAttribute('data-kind')));
    assert.ok(kinds.includes('certificate_expiring'), kinds.join());
    assert.ok(kinds.includes('certificate_expired'), kinds.join());
    assert.match(await speakerDe.evaluate((el) => el.shadowRoot!.textContent!), /VAT 19%/);
    // The linen dress has no HS code.
    const dress = page.locator(host('compliance-warning', { orderId: '112-3378120-5519032', sku: 'HW-DRESS-LIN-L' }));
    assert.ok((await dress.evaluate((el) => el.shadowRoot!.innerHTML)).includes('hs_missing'));
  });

  it('accepts CE for Great Britain where UKCA is missing', async () => {
    const speakerGb = page.locator(host('compliance-warning', { orderId: '204-1180923-7700341', sku: 'HW-SPK-BT10' }));
    assert.equal(await speakerGb.getAttribute('data-country'), 'GB');
    const kinds = await speakerGb.evaluate((el) => [...el.shadowRoot!.querySelectorAll('li[data-kind]')].map((li) => li.getAttribute('data-kind')));
    assert.ok(!kinds.includes('certificate_missing'), `UKCA should be satisfied by CE: ${kinds.join()}`);
  });

  it('offers "add to catalogue" for an unknown SKU, and nothing else for it', async () => {
    assert.equal(await page.locator(host('add-to-catalogue', { sku: 'ZZ-UNKNOWN-01' })).count(), 2);
    assert.equal(await page.locator(host('category-tags', { sku: 'ZZ-UNKNOWN-01' })).count(), 0);
    assert.equal(await page.locator(host('add-to-catalogue', { sku: 'HW-DRESS-COT-M' })).count(), 0);
  });

  it('shows hostile page text as text and runs none of it', async () => {
    assert.deepEqual(dialogs, []);
    const buyer = await page.locator('[data-test-id="buyer-name-with-link"]').filter({ hasText: '<script>' }).count();
    assert.equal(buyer, 1, 'the fixture shows the <script> buyer name as text');
    const injected = await page.evaluate(() =>
      [...document.querySelectorAll('[data-helloword]')].some((el) => el.shadowRoot?.querySelector('script, img, iframe')),
    );
    assert.equal(injected, false);
  });

  it('does not move or restyle the page it annotates', async () => {
    const header = await page.locator('#orders-table thead').boundingBox();
    assert.ok(header && header.width > 0);
    const hostsOutsideRows = await page.evaluate(
      () => [...document.querySelectorAll('[data-helloword]:not([data-helloword="adapter-health"])')].filter((el) => !el.closest('tr')).length,
    );
    assert.equal(hostsOutsideRows, 0);
  });
});

describe('Other layouts and languages', () => {
  it('reads the restyled variant (hashed classes, no data-test-id) exactly like the classic page', async () => {
    const page = await open(AMAZON_PAGES.ordersVariant.url);
    assert.equal(await page.locator(host('adapter-health')).getAttribute('data-rows-read'), '19');
    assert.equal(await page.locator(host('category-tags')).count(), 17);
    assert.equal(await page.locator(host('add-to-catalogue')).count(), 2);
    await page.close();
  });

  it('reads the Japanese UI (full-width colons, ￥ amounts) on amazon.co.jp', async () => {
    const page = await open(AMAZON_PAGES.ordersJa.url);
    assert.equal(await page.locator(host('adapter-health')).getAttribute('data-rows-read'), '7');
    const speaker = page.locator(host('compliance-warning', { orderId: '249-7781230-1145567', sku: 'HW-SPK-BT10' }));
    assert.equal(await speaker.getAttribute('data-country'), 'JP');
    assert.equal(await page.locator(host('add-to-catalogue', { sku: 'ZZ-UNKNOWN-01' })).count(), 1);
    await page.close();
  });

  it('uses the ship-to address on order details (sold on amazon.com, shipped to Germany)', async () => {
    const page = await open(AMAZON_PAGES.orderDetailEn.url);
    const chip = page.locator(host('adapter-health'));
    assert.equal(await chip.getAttribute('data-page'), 'orderDetail');
    assert.equal(await chip.getAttribute('data-rows-read'), '2');
    const lamp = page.locator(host('compliance-warning', { sku: 'HW-LAMP-DK2' }));
    assert.equal(await lamp.getAttribute('data-country'), 'DE');
    const kinds = await lamp.evaluate((el) => [...el.shadowRoot!.querySelectorAll('li[data-kind]')].map((li) => li.getAttribute('data-kind')));
    assert.ok(kinds.includes('certificate_model_mismatch'), kinds.join());
    const bear = page.locator(host('compliance-warning', { sku: 'HW-PLUSH-BEAR' }));
    assert.equal(await bear.getAttribute('data-status'), 'ok');
    assert.match(await bear.evaluate((el) => el.shadowRoot!.textContent!), /VAT 19%/);
    await page.close();
  });

  it('says so when the page shows orders but none can be read', async () => {
    const url = 'https://sellercentral.amazon.com/orders-v3/fba/all';
    await harness.serve(url, fixture('amazon/orders-list.broken.html'));
    const page = await harness.context.newPage();
    await page.goto(url);
    await waitForHealth(page, 'no-rows');
    assert.match(await shadowText(page, host('adapter-health')), /read 0 rows, but 4 orders are visible/);
    await page.close();
  });
});

describe('Manage Returns', () => {
  const expectHint = async (page: Page, orderId: string, action: string, address: RegExp | null) => {
    const hint = page.locator(host('return-hint', { orderId }));
    assert.equal(await hint.count(), 1, orderId);
    assert.equal(await hint.getAttribute('data-action'), action, orderId);
    const text = await hint.evaluate((el) => el.shadowRoot!.textContent!);
    if (address) assert.match(text, address, orderId);
    else assert.match(text, /buyer keeps the item/, orderId);
    return text;
  };

  it('shows the matched rule, the action, why, and the return address (English)', async () => {
    const page = await open(AMAZON_PAGES.returnsEn.url);
    assert.equal(await page.locator(host('adapter-health')).getAttribute('data-rows-read'), '8');
    const size = await expectHint(page, '113-4829301-5528271', 'approve_exchange', /Return address: .*, US/);
    assert.match(size, /Size or fit/);
    assert.match(size, /Reason: Size \/ fit/);
    const defect = await expectHint(page, '113-9021447-2230981', 'exchange_with_coupon', /Return address: /);
    assert.match(defect, /10% coupon/);
    await expectHint(page, '114-6619203-3321904', 'supervisor_approval', /Return address: .*, US/);
    await expectHint(page, '111-7734002-9981234', 'refund_without_return', null);
    const high = await expectHint(page, '114-2210394-6612045', 'supervisor_approval', /Return address: .*, US/);
    assert.match(high, /239\.96/);
    await expectHint(page, '112-3378120-5519032', 'standard_return', /Return address: /);
    await expectHint(page, '112-0092817-4466318', 'refund_without_return', null);
    assert.equal(await page.locator(host('add-to-catalogue', { orderId: '112-0092817-4466318' })).count(), 1);
    assert.deepEqual(dialogs, []);
    await page.close();
  });

  it('reads German labels and amounts ("32,99 €") on amazon.de and routes to the EU warehouse', async () => {
    const page = await open(AMAZON_PAGES.returnsDe.url);
    assert.equal(await page.locator(host('adapter-health')).getAttribute('data-rows-read'), '4');
    await expectHint(page, '028-7719340-1183956', 'supervisor_approval', /, DE$/);
    await expectHint(page, '302-9948121-6651207', 'approve_exchange', /, DE$/);
    await expectHint(page, '028-4410023-9982210', 'supervisor_approval', /, DE$/);
    await expectHint(page, '302-5521907-7730018', 'refund_without_return', null);
    await page.close();
  });

  it('reads the Chinese UI on the unified European host, per row sales channel', async () => {
    const page = await open(AMAZON_PAGES.returnsZh.url);
    assert.equal(await page.locator(host('adapter-health')).getAttribute('data-rows-read'), '4');
    await expectHint(page, '302-9948121-6651207', 'approve_exchange', /, DE$/);
    assert.equal(await page.locator(host('compliance-warning', { orderId: '204-1180923-7700341' })).getAttribute('data-country'), 'GB');
    await page.close();
  });
});

describe('Single-page app behaviour', () => {
  it('annotates rows that arrive late, once each, and follows in-app navigation', async () => {
    const url = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped';
    await harness.serve(url, ordersListPage({ rows: 20, lateRows: 6, lateAfterMs: 800, spaNavigateTo: '/orders-v3/order/114-3941689-8772232' }));
    const page = await open(url);
    await page.waitForFunction(() => document.querySelectorAll('#orders-table > tbody > tr').length === 26, null, { timeout: 15_000 });
    // Every item line of the 26 orders (some hold several items) gets one annotation, once.
    const itemLines = await page.evaluate(() => (document.querySelector('#orders-table')!.textContent!.match(/SKU:/g) ?? []).length);
    assert.ok(itemLines > 26);
    await scrollThrough(page);
    await page.waitForFunction((n) => document.querySelector('[data-helloword="adapter-health"]')?.getAttribute('data-rows-read') === String(n), itemLines, { timeout: 15_000 });
    const keys = await page.evaluate(() => [...document.querySelectorAll('[data-helloword="category-tags"], [data-helloword="add-to-catalogue"]')].map((el) => el.getAttribute('data-row-key')));
    assert.equal(keys.length, itemLines);
    assert.equal(new Set(keys).size, itemLines, 'no row is annotated twice');

    // A filter or sort change only rewrites the query string: rows still on screen keep their
    // annotations and get no second copy.
    await page.evaluate(() => history.pushState(null, '', '?sort=order_date_asc'));
    await page.waitForTimeout(800);
    const afterQuery = await page.evaluate(() => document.querySelectorAll('[data-helloword="category-tags"], [data-helloword="add-to-catalogue"]').length);
    assert.equal(afterQuery, itemLines);

    await page.locator('#hw-spa-link').click();
    await page.waitForURL('**/orders-v3/order/114-3941689-8772232');
    await page.waitForFunction(() => document.querySelector('[data-helloword="adapter-health"]')?.getAttribute('data-page') === 'orderDetail', null, { timeout: 15_000 });
    await waitForHealth(page);
    assert.equal(await page.locator(host('compliance-warning', { sku: 'HW-LAMP-DK2' })).getAttribute('data-country'), 'DE');
    assert.equal(await page.locator(host('adapter-health')).count(), 1);
    await page.close();
  });

  it('on a 2,000-row page, reads rows as they come into view and annotates each once', async () => {
    const page = await open(AMAZON_PAGES.orders2000.url, { reveal: false });
    const chip = page.locator(host('adapter-health'));
    assert.equal(await chip.getAttribute('data-rows-found'), '2000');
    const atLoad = Number(await chip.getAttribute('data-rows-read'));
    assert.ok(atLoad > 0 && atLoad < 400, `lines read at load: ${atLoad}`);
    // Jump to the end: the last orders get annotated before the seller sees them.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const lastRow = page.locator('#orders-table > tbody > tr').last();
    await lastRow.locator('[data-helloword="category-tags"], [data-helloword="add-to-catalogue"]').first().waitFor({ timeout: 10_000 });
    const keys = await page.evaluate(() =>
      [...document.querySelectorAll('[data-row-key]')].map((el) => `${el.getAttribute('data-helloword')}|${el.getAttribute('data-row-key')}`),
    );
    const perKey = new Map<string, number>();
    for (const key of keys) perKey.set(key, (perKey.get(key) ?? 0) + 1);
    // Each feature at most once per line: never a second copy.
    assert.ok([...perKey.values()].every((n) => n === 1), 'no row is annotated twice');
    await page.close();
  });
});

describe('Seller actions', () => {
  it('switching a feature off removes it from pages opened afterwards', async () => {
    const options = await harness.openExtensionPage('options.html#features');
    const saved = options.locator('[data-testid="settings-status"][data-saving="false"]');
    await options.locator('input[data-feature="compliance-warning"]').uncheck();
    await saved.waitFor();
    const page = await open(AMAZON_PAGES.ordersEn.url);
    assert.equal(await page.locator(host('compliance-warning')).count(), 0);
    assert.ok((await page.locator(host('category-tags')).count()) > 0);
    await options.locator('input[data-feature="compliance-warning"]').check();
    await saved.waitFor();
    await page.reload();
    await waitForHealth(page);
    assert.ok((await page.locator(host('compliance-warning')).count()) > 0);
    await Promise.all([page.close(), options.close()]);
  });

  it('"add to catalogue" opens the catalogue pre-filled; once saved, the SKU is tagged on the page', async () => {
    const page = await open(AMAZON_PAGES.ordersEn.url);
    const [options] = await Promise.all([
      harness.context.waitForEvent('page'),
      page.locator(host('add-to-catalogue', { orderId: '112-0092817-4466318' })).locator('button').click(),
    ]);
    await options.waitForLoadState();
    assert.match(options.url(), /options\.html\?sku=ZZ-UNKNOWN-01&marketplace=amazon/);
    const form = options.locator('[data-testid="sku-form"]');
    assert.equal(await form.locator('input[name="sku"]').inputValue(), 'ZZ-UNKNOWN-01');
    assert.notEqual(await form.locator('input[name="title"]').inputValue(), '');
    await form.locator('select[name="categoryId"]').selectOption('home-kitchen-gadgets');
    await form.locator('input[name="hsCode"]').fill('8205.51');
    await form.locator('button[type="submit"]').click();
    await options.locator('[data-testid="sku-saved"]').waitFor();
    await page.reload();
    await waitForHealth(page);
    assert.match(await shadowText(page, host('category-tags', { orderId: '112-0092817-4466318', sku: 'ZZ-UNKNOWN-01' })), /Home/);
    await Promise.all([page.close(), options.close()]);
  });

  it('a SKU with a bad HS code is refused with the field named, and nothing is stored', async () => {
    const options = await harness.openExtensionPage('options.html#catalogue');
    await options.getByRole('button', { name: '+ New SKU' }).click();
    const form = options.locator('[data-testid="sku-form"]');
    await form.locator('input[name="sku"]').fill('BAD-HS-1');
    await form.locator('input[name="hsCode"]').fill('12');
    await form.locator('button[type="submit"]').click();
    assert.match(await options.locator('[data-testid="sku-errors"]').innerText(), /hsCode/);
    await options.locator('input[type="search"]').fill('BAD-HS-1');
    await options.getByText('No SKU matches.').waitFor();
    assert.equal(await options.locator('[data-testid="catalogue-table"] tbody tr').count(), 0);
    await options.close();
  });

  it('exports a backup, refuses a broken one with the reason, and restores the export unchanged', async () => {
    const options = await harness.openExtensionPage('options.html#backup');
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export-backup"]').click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const exported = readFileSync(path, 'utf8');
    const backup = JSON.parse(exported);
    assert.equal(backup.format, 'helloword-backup');
    assert.equal(backup.version, 1);
    assert.ok(backup.data.skus.length >= 6);

    options.on('dialog', (dialog) => void dialog.accept());
    const broken = JSON.parse(exported);
    broken.data.skus[1].hsCode = '62A4';
    await options.locator('[data-action="restore-backup"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken, null, 2)) });
    const refusal = await options.locator('[data-testid="backup-status"]', { hasText: 'broken.json' }).innerText();
    assert.match(refusal, /broken\.json/);
    assert.match(refusal, /data\.skus\[1\]\.hsCode/);

    await options.locator('[data-action="restore-backup"]').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await options.locator('[data-testid="backup-status"]', { hasText: 'Restored good.json' }).waitFor();
    const [again] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export-backup"]').click()]);
    const reexported = JSON.parse(readFileSync(await again.path(), 'utf8'));
    assert.deepEqual(reexported.data, backup.data);
    await options.close();
  });

  it('a duty rate entered in Options is used in the import estimate, with its source', async () => {
    const options = await harness.openExtensionPage('options.html#duties');
    const form = options.locator('form');
    await form.locator('input[name="destination"]').fill('EU');
    await form.locator('input[name="hsPrefix"]').fill('9405');
    await form.locator('input[name="ratePercent"]').fill('4,7');
    await form.locator('input[name="source"]').fill('TARIC 9405 21, checked 2026-11');
    await form.locator('button[type="submit"]').click();
    await options.locator('[data-testid="duty-rates"] tr', { hasText: 'TARIC 9405 21' }).waitFor();
    const page = await open(AMAZON_PAGES.orderDetailEn.url);
    const lamp = await page.locator(host('compliance-warning', { sku: 'HW-LAMP-DK2' })).evaluate((el) => el.shadowRoot!.textContent!);
    assert.match(lamp, /duty 4\.7% ≈ 1\.64 USD/);
    assert.match(lamp, /TARIC 9405 21/);
    await Promise.all([page.close(), options.close()]);
  });

  it('the popup shows the workspace at a glance', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    await popup.locator('[data-testid="overview"]').waitFor();
    assert.ok(Number(await popup.locator('[data-stat="skus"] dd').innerText()) >= 6);
    assert.match(await popup.locator('[data-testid="expiring-certificates"]').innerText(), /CE/);
    await popup.close();
  });
});
