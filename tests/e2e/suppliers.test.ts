/**
 * The suppliers (F10) and purchasing (F11) views in the production build, on the demo workspace:
 * supplier KPIs with their counts, a purchase order added and received late changing the on-time
 * rate, a purchase suggestion with its formulas, inputs and recommended supplier, and a purchase
 * order created from that suggestion (pre-filled) becoming inbound stock.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchExtension, loadDemoWorkspace, type Harness } from './harness';

let harness: Harness;

before(async () => {
  harness = await launchExtension();
  await loadDemoWorkspace(harness);
});

after(async () => {
  await harness?.close();
});

/** The seller's local calendar date `offset` days from today, as the date inputs take it. */
function localDay(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function openView(view: 'suppliers' | 'purchasing'): Promise<Page> {
  const page = await harness.openExtensionPage(`options.html#${view}`);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.locator(view === 'suppliers' ? '[data-testid="suppliers-table"]' : '[data-testid="purchasing-table"]').waitFor({ timeout: 15_000 });
  return page;
}

const supplierRow = (page: Page, id: string) => page.locator(`[data-testid="suppliers-table"] tr[data-supplier-id="${id}"]`);
const QINGHE = 'sup-hangzhou-qinghe';

describe('Suppliers view', () => {
  it('shows each supplier with its on-time and pass rates and the counts behind them', async () => {
    const page = await openView('suppliers');
    assert.equal(await page.title(), 'HelloWord — Suppliers');
    assert.equal(await page.locator('[data-testid="suppliers-table"] tbody tr').count(), 4);
    const onTime = supplierRow(page, QINGHE).locator('[data-testid="supplier-on-time"]');
    assert.match(await onTime.innerText(), /80 %\s*\(4 of 5 orders\)/);
    assert.match(await supplierRow(page, QINGHE).locator('[data-testid="supplier-pass-rate"]').innerText(), /\(1,?187 of 1,?210 units\)/);
    // One trial order: shown with its counts, but "not enough orders yet".
    assert.match(await supplierRow(page, 'sup-guangzhou-meiyi').locator('[data-testid="supplier-on-time"]').innerText(), /100 %\s*\(1 of 1 orders\)\s*Not enough orders yet \(1 of 3 needed\)/);
    // Search narrows the list by contact, category or SKU.
    await page.getByLabel('Search suppliers').fill('peeler');
    assert.equal(await page.locator('[data-testid="suppliers-table"] tbody tr').count(), 1);
    assert.equal(await page.locator('[data-testid="suppliers-table"] tbody tr').getAttribute('data-supplier-id'), 'sup-ningbo-haoyun');
    await page.close();
  });

  it('a purchase order received late lowers the on-time rate at once', async () => {
    const page = await openView('suppliers');
    await supplierRow(page, QINGHE).getByRole('button', { name: 'Purchase orders' }).click();
    const orders = page.locator(`[data-testid="supplier-orders"][data-supplier-id="${QINGHE}"]`);
    await orders.getByRole('button', { name: 'New purchase order' }).click();
    const form = orders.locator('[data-testid="po-form"]');
    await form.getByLabel('Order number').fill('PO-E2E-LATE');
    await form.getByLabel('Ordered on').fill(localDay(-25));
    await form.getByLabel('Promised for').fill(localDay(-10));
    // The first quote fills the line: the cotton dress at its MOQ and price.
    assert.equal(await form.getByLabel('SKU').inputValue(), 'HW-DRESS-COT-M');
    assert.equal(await form.getByLabel('Quantity').inputValue(), '100');
    // A plain-words error for a bad field, nothing saved.
    await form.getByLabel('Quantity').fill('0');
    await form.getByRole('button', { name: 'Create purchase order' }).click();
    await form.locator('[data-testid="po-errors"]').waitFor();
    assert.match(await form.locator('[data-testid="po-errors"]').innerText(), /lines\[0\]\.quantity/);
    await form.getByLabel('Quantity').fill('120');
    await form.getByRole('button', { name: 'Create purchase order' }).click();
    const row = orders.locator('tr[data-po-id="PO-E2E-LATE"]');
    await row.waitFor();
    assert.equal(await row.getAttribute('data-status'), 'overdue');

    await row.getByRole('button', { name: 'Mark received' }).click();
    const receipt = orders.getByRole('form', { name: 'Receipt and inspection of PO-E2E-LATE' });
    assert.equal(await receipt.getByLabel('Received on').inputValue(), localDay(0));
    await receipt.getByLabel('Units passed QC').fill('118');
    await receipt.getByLabel('Units failed QC').fill('2');
    await receipt.getByRole('button', { name: 'Save receipt' }).click();
    await orders.locator('tr[data-po-id="PO-E2E-LATE"][data-status="late"]').waitFor();
    assert.match(await orders.locator('tr[data-po-id="PO-E2E-LATE"]').innerText(), /10 days late/);
    const onTime = supplierRow(page, QINGHE).locator('[data-testid="supplier-on-time"]');
    assert.match(await onTime.innerText(), /66\.7 %\s*\(4 of 6 orders\)/);
    assert.match(await orders.locator('[data-testid="supplier-kpi-lines"]').innerText(), /On time: 4 of 6 received orders \(66\.7 %\)/);
    await page.close();
  });
});

describe('Purchasing view', () => {
  it('suggests an order per SKU with each formula, its inputs, and the recommended supplier', async () => {
    const page = await openView('purchasing');
    assert.equal(await page.title(), 'HelloWord — Purchasing');
    const row = page.locator('[data-testid="purchasing-table"] tr[data-sku="HW-DRESS-COT-M"]');
    // The most urgent SKU first: the cotton dress has the fewest days of cover.
    assert.equal(await page.locator('[data-testid="purchasing-table"] tbody tr').first().getAttribute('data-sku'), 'HW-DRESS-COT-M');
    assert.ok(Number(await row.getAttribute('data-quantity')) > 0);
    assert.match(await row.locator('[data-testid="suggested-quantity"]').innerText(), /Order = target stock − \(on hand \+ inbound\)/);
    assert.match(await row.locator('[data-testid="recommended-supplier"]').innerText(), /Hangzhou Qinghe Textile Co\. \(demo\)/);

    await row.getByRole('button', { name: 'Why HW-DRESS-COT-M' }).click();
    const detail = page.locator('[data-testid="suggestion-detail"]');
    const safety = detail.locator('li[data-formula="formula_safety_lead_time"]');
    assert.match(await safety.innerText(), /Safety stock = daily sales × first-leg lead days/);
    assert.match(await safety.innerText(), /first-leg days\s*20/);
    const stockUp = detail.locator('li[data-formula="formula_first_stock_up"]');
    assert.match(await stockUp.innerText(), /First stock-up = daily sales × coverage days \+ safety stock/);
    assert.match(await stockUp.innerText(), /coverage days\s*90/);
    assert.match(await detail.locator('li[data-formula="formula_stock_position"]').innerText(), /Stock: 60 on hand \+ 0 inbound = 60/);
    assert.equal(await detail.locator('li[data-formula="formula_turnover_adjustment"]').count(), 1);
    // The ranking says why: score, price, lead time, rates; the unproven cheaper supplier is assumed the lowest.
    const ranking = detail.locator('[data-testid="supplier-ranking"]');
    assert.match(await ranking.innerText(), /Hangzhou Qinghe Textile Co\. \(demo\) recommended/);
    assert.match(await ranking.innerText(), /Guangzhou Meiyi Garment \(demo\) has too few orders for an on-time rate/);
    assert.match(await detail.innerText(), /Recommended supplier: Hangzhou Qinghe Textile Co\. \(demo\) \(score \d+(\.\d)?\)/);
    // A lapsed quote is not compared, and says so with its date.
    await page.locator('[data-testid="purchasing-table"] tr[data-sku="HW-DRESS-LIN-L"]').getByRole('button', { name: 'Why HW-DRESS-LIN-L' }).click();
    assert.match(await page.locator('[data-testid="supplier-ranking"]').innerText(), /Guangzhou Meiyi Garment \(demo\): the quote expired on \d{4}-\d{2}-\d{2}/);
    await page.close();
  });

  it('creates a purchase order from a suggestion, pre-filled, which then counts as inbound', async () => {
    const page = await openView('purchasing');
    const row = page.locator('[data-testid="purchasing-table"] tr[data-sku="HW-DRESS-COT-M"]');
    const quantity = await row.getAttribute('data-quantity');
    await row.getByRole('button', { name: 'Create purchase order' }).click();
    await page.locator('[data-testid="suppliers-table"]').waitFor();
    const form = page.locator(`[data-testid="supplier-orders"][data-supplier-id="${QINGHE}"] [data-testid="po-form"]`);
    await form.waitFor();
    assert.match(await form.innerText(), /Pre-filled from the purchase suggestion/);
    assert.equal(await form.getByLabel('SKU').inputValue(), 'HW-DRESS-COT-M');
    assert.equal(await form.getByLabel('Quantity').inputValue(), quantity);
    assert.equal(await form.getByLabel('Unit price').inputValue(), '9.4');
    assert.equal(await form.getByLabel('Promised for').inputValue(), localDay(15));
    await form.getByRole('button', { name: 'Create purchase order' }).click();
    await page.getByRole('status').filter({ hasText: /Saved purchase order po-/ }).waitFor();

    await page.goto(page.url().replace('#suppliers', '#purchasing'));
    const after = page.locator('[data-testid="purchasing-table"] tr[data-sku="HW-DRESS-COT-M"]');
    await after.waitFor();
    assert.match(await after.innerText(), new RegExp(`\\+ ${quantity} inbound`));
    await page.close();
  });

  it('purchasing settings: a contradiction is refused at its field; a new coverage recomputes the suggestions', async () => {
    const page = await openView('purchasing');
    const row = page.locator('[data-testid="purchasing-table"] tr[data-sku="HW-SPK-BT10"]');
    const before = Number(await row.getAttribute('data-quantity'));
    await page.locator('.pur-settings summary').click();
    const form = page.getByRole('form', { name: 'Purchasing settings' });
    await form.getByLabel('Slow turnover below (×/month)').fill('5');
    await form.getByRole('button', { name: 'Save settings' }).click();
    assert.match(await form.innerText(), /must not exceed the high turnover threshold/);
    assert.match(await form.innerText(), /Not saved — please correct the marked fields\./);
    await form.getByLabel('Slow turnover below (×/month)').fill('1');
    await form.getByLabel('Coverage (days of sales)').fill('30');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await form.getByText('Saved; suggestions recomputed.').waitFor();
    await page.locator('.pur-settings summary', { hasText: 'cover 30 days' }).waitFor();
    assert.ok(Number(await row.getAttribute('data-quantity')) < before, 'a shorter coverage orders less');
    await page.close();
  });

  it('saves a counted stock on hand and recomputes the suggestion', async () => {
    const page = await openView('purchasing');
    const row = page.locator('[data-testid="purchasing-table"] tr[data-sku="HW-LAMP-DK2"]');
    assert.match(await row.innerText(), /not counted/);
    await row.getByRole('button', { name: 'Why HW-LAMP-DK2' }).click();
    const stock = page.getByRole('form', { name: 'Stock of HW-LAMP-DK2' });
    await stock.getByLabel('Stock on hand (units)').fill('-3');
    await stock.getByRole('button', { name: 'Save stock' }).click();
    assert.match(await stock.innerText(), /must be a whole number of units, 0 or more \(found "-3"\)/);
    await stock.getByLabel('Stock on hand (units)').fill('500');
    await stock.getByRole('button', { name: 'Save stock' }).click();
    await page.locator('[data-testid="purchasing-count"]').filter({ hasText: 'Saved the stock of HW-LAMP-DK2' }).waitFor();
    const updated = page.locator('[data-testid="purchasing-table"] tr[data-sku="HW-LAMP-DK2"]');
    assert.equal(await updated.getAttribute('data-quantity'), '0');
    assert.doesNotMatch(await updated.innerText(), /not counted/);
    await page.close();
  });
});
