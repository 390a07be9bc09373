/**
 * The catalogue view (F8, F26) in the production build: the category tree edited without dragging
 * (add, move, rename, keyboard), a SKU assigned to the new category and the list filtered by it, an
 * HS code refused against the HS 2022 nomenclature, a platform mapping added, role tags, and a
 * 20,000-SKU workspace (through the import path) whose list counts and filters in memory.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { generatedCatalogue } from '../bench/catalogue';
import { launchExtension, loadDemoWorkspace, type Harness } from './harness';

let harness: Harness;
let page: Page;

before(async () => {
  harness = await launchExtension();
  await loadDemoWorkspace(harness);
  page = await harness.openExtensionPage('options.html#catalogue');
  await page.locator('[data-testid="catalogue-table"]').waitFor();
});

after(async () => {
  await harness?.close();
});

const treeItem = (id: string) => page.locator(`[role="treeitem"][data-category-id="${id}"]:not([data-attribute])`);
const tab = (name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });
const countText = () => page.getByTestId('catalogue-count').innerText();
/** Waits until the count line says `text` (filters apply on the next render). */
const countIs = (text: string) => page.getByTestId('catalogue-count').filter({ hasText: new RegExp(`^${text}$`) }).waitFor();
const listed = () => page.locator('[data-testid="catalogue-table"] tbody tr[data-sku]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-sku')));

async function send<T>(name: string, payload: unknown): Promise<T> {
  type Runtime = { chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } } };
  const reply = (await page.evaluate(
    ([n, p]) => (globalThis as unknown as Runtime).chrome.runtime.sendMessage({ hw: 1, name: n, payload: p }),
    [name, payload] as const,
  )) as { ok: boolean; data: T; error?: string };
  assert.ok(reply.ok, `${name} failed: ${reply.error}`);
  return reply.data;
}

describe('Catalogue view', () => {
  it('lists the demo SKUs with their count', async () => {
    assert.match(await countText(), /^Showing 6 of 6 SKUs$/);
    assert.equal((await listed()).length, 6);
  });

  it('adds a subcategory from the tree, using the keyboard to get there', async () => {
    await tab('Category tree').click();
    const apparel = treeItem('apparel');
    await apparel.click();
    assert.equal(await apparel.getAttribute('aria-expanded'), 'false');
    await apparel.press('ArrowRight');
    assert.equal(await apparel.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('ArrowDown');
    const women = treeItem('apparel-women');
    assert.equal(await women.getAttribute('aria-selected'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-category-id')), 'apparel-women');
    assert.match(await women.innerText(), /Women\s+Category\s+2 SKUs/);

    await page.getByRole('button', { name: '+ Add Subcategory' }).click();
    const form = page.getByTestId('category-name-form');
    await form.getByLabel('Name (English)').fill('Skirts');
    await form.getByLabel('Name (Chinese)').fill('半身裙');
    await form.getByRole('button', { name: 'Add' }).click();
    await page.getByTestId('tree-done').filter({ hasText: '“Skirts” added.' }).waitFor();
    const skirts = treeItem('apparel-women-skirts');
    assert.equal(await skirts.getAttribute('aria-level'), '3');
    assert.equal(await skirts.getAttribute('aria-selected'), 'true');
    assert.match(await skirts.innerText(), /Skirts\s+Subcategory\s+0 SKUs/);
  });

  it('moves it under another parent, refusing places that are inside it or too deep', async () => {
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    const select = page.getByTestId('category-move-form').locator('select[name="moveTarget"]');
    assert.equal(await select.locator('option[value="children-apparel-babywear"]').isDisabled(), true, 'under a 小类 would be level 4');
    assert.equal(await select.locator('option[value="apparel-women"]').isDisabled(), true, 'already there');
    await select.selectOption('children-apparel');
    await page.getByTestId('category-move-form').getByRole('button', { name: 'Move' }).click();
    await page.getByTestId('tree-done').filter({ hasText: 'moved under' }).waitFor();
    const skirts = treeItem('apparel-women-skirts');
    await skirts.waitFor();
    assert.equal(await skirts.getAttribute('aria-level'), '3');
    assert.equal(await treeItem('children-apparel').getAttribute('aria-expanded'), 'true');
  });

  it('renames it inline with F2', async () => {
    const skirts = treeItem('apparel-women-skirts');
    await skirts.focus();
    await skirts.press('F2');
    const input = skirts.getByLabel('Name (English)');
    await input.fill('Skirts & kilts');
    await input.press('Enter');
    await page.getByTestId('tree-done').filter({ hasText: 'Renamed to “Skirts & kilts”.' }).waitFor();
    assert.match(await treeItem('apparel-women-skirts').innerText(), /Skirts & kilts/);
  });

  it('assigns a SKU to it and filters the list by it (with everything below a parent)', async () => {
    await tab('SKUs').click();
    await page.getByRole('button', { name: 'Edit HW-DRESS-COT-M' }).click();
    const form = page.getByTestId('sku-form');
    await form.locator('select[name="categoryId"]').selectOption('apparel-women-skirts');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('sku-saved').waitFor();

    const filter = page.locator('select[name="filterCategory"]');
    await filter.selectOption('apparel-women-skirts');
    await countIs('Showing 1 of 6 SKUs');
    assert.deepEqual(await listed(), ['HW-DRESS-COT-M']);
    await filter.selectOption('apparel');
    await countIs('Showing 1 of 6 SKUs');
    assert.deepEqual(await listed(), ['HW-DRESS-LIN-L']);
    await filter.selectOption('children');
    await countIs('Showing 1 of 6 SKUs');
    assert.deepEqual(await listed(), ['HW-DRESS-COT-M']);

    await page.getByRole('tab', { name: /^Category tree/ }).click();
    assert.match(await treeItem('children').innerText(), /\b1 SKU\b/);
    await tab('SKUs').click();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await countIs('Showing 6 of 6 SKUs');
    assert.equal((await listed()).length, 6);
  });

  it('refuses an HS code that is not in HS 2022 and a national code that does not extend it, naming the fields', async () => {
    await page.getByRole('button', { name: 'Edit HW-LAMP-DK2' }).click();
    const form = page.getByTestId('sku-form');
    const hs = form.locator('input[name="hsCode"]');
    await form.getByTestId('hs-description').filter({ hasText: /9405/ }).waitFor();
    await hs.fill('940520');
    await form.getByTestId('hs-description').filter({ hasText: '940520 is not a subheading of the HS 2022 nomenclature' }).waitFor();
    await form.getByRole('button', { name: 'Save' }).click();
    const errors = form.getByTestId('sku-errors');
    assert.match(await errors.innerText(), /HS code.*\(hsCode\): 940520 is not a subheading/);
    assert.equal(await hs.getAttribute('aria-invalid'), 'true');

    await hs.fill('940521');
    await form.getByTestId('hs-description').filter({ hasText: /light-emitting diode/ }).waitFor();
    await form.getByRole('button', { name: '+ Add a country code' }).click();
    await form.locator('input[name="nationalCountry0"]').fill('US');
    await form.locator('input[name="nationalCode0"]').fill('9503000000');
    await form.getByRole('button', { name: 'Save' }).click();
    await errors.filter({ hasText: '9503000000 does not start with the HS code 940521' }).waitFor();
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  it('adds a platform mapping and lists it with the central category path', async () => {
    await tab('Platform mappings').click();
    const table = page.getByTestId('mappings-table');
    assert.ok(await table.locator('tr[data-mapping="63861"]').count(), 'the demo eBay mapping is listed');
    const form = page.getByTestId('mapping-add-form');
    await form.locator('select[name="mappingMarketplace"]').selectOption('amazon');
    await form.locator('select[name="mappingKind"]').selectOption('product-type');
    await form.locator('input[name="mappingValue"]').fill('SKIRT');
    await form.locator('select[name="mappingCategory"]').selectOption('apparel-women-skirts');
    await form.getByRole('button', { name: 'Add mapping' }).click();
    const row = table.locator('tr[data-mapping="SKIRT"]');
    await row.waitFor();
    assert.match(await row.innerText(), /Amazon[\s\S]*Product type[\s\S]*SKIRT[\s\S]*Children's products › Children's clothing › Skirts & kilts/);
  });

  it('keeps the "Map to a category…" flow from a listing working, and lists its mapping', async () => {
    const mapping = await harness.openExtensionPage('options.html?mapMarketplace=ebay&mapKind=category-id&mapValue=99999&mapLabel=Skirts#catalogue');
    const panel = mapping.getByTestId('category-mapping-panel');
    await panel.locator('select').selectOption('apparel-women-skirts');
    await panel.getByRole('button', { name: /save|map/i }).first().click();
    await mapping.getByTestId('mapping-saved').waitFor();
    await mapping.getByRole('tab', { name: /^Platform mappings/ }).click();
    assert.match(await mapping.locator('[data-testid="mappings-table"] tr[data-mapping="99999"]').innerText(), /eBay[\s\S]*Category[\s\S]*Skirts & kilts/);
    await mapping.close();
  });

  it('adds a role tag and shows how many SKUs use each', async () => {
    await tab('Role tags').click();
    const table = page.getByTestId('tags-table');
    assert.match(await table.locator('tr[data-tag="profit"]').innerText(), /\d+ SKUs/);
    await page.locator('input[name="tagLabel"]').fill('Clearance');
    await page.getByTestId('tag-add-form').getByRole('button', { name: 'Add tag' }).click();
    await table.locator('tr[data-tag="clearance"]').waitFor();
    assert.match(await table.locator('tr[data-tag="clearance"] [data-testid="tag-usage"]').innerText(), /^0 SKUs$/);
  });

  it('deletes it only after saying where its SKU and mappings go (to the parent)', async () => {
    await tab('Category tree').click();
    const skirts = treeItem('apparel-women-skirts');
    assert.equal(await skirts.getAttribute('aria-selected'), 'true', 'the tree remembers its state across tabs');
    await skirts.focus();
    await skirts.press('Delete');
    const form = page.getByTestId('category-delete-form');
    assert.match(await form.innerText(), /Subcategories directly below it: 0\. SKUs in it and below it: 1\./);
    assert.match(await form.innerText(), /its own SKUs \(1\) move up to Children's clothing/);
    assert.match(await form.innerText(), /Its platform mappings \(2\) move to Children's clothing/);
    await form.getByRole('button', { name: 'Delete' }).click();
    await page.getByTestId('tree-done').filter({ hasText: 'deleted' }).waitFor();
    assert.equal(await skirts.count(), 0);
    assert.match(await treeItem('children-apparel').innerText(), /\b1 SKU\b/);
    assert.equal(await treeItem('children-apparel').getAttribute('aria-selected'), 'true');
  });

  it('a 20,000-SKU workspace: counts, filters in memory, keeps only the visible rows in the page', async () => {
    const generated = generatedCatalogue(20_000);
    // Through the restore path: the seller's own backup with 20,000 more SKUs in it.
    const exported = await send<{ fileName: string; json: string }>('exportBackup', {});
    const backup = JSON.parse(exported.json) as { data: { skus: unknown[] } };
    backup.data.skus.push(...generated);
    const restored = await send<{ ok: boolean; counts?: Record<string, number>; errors?: string[] }>('restoreBackup', { fileName: 'big.json', text: JSON.stringify(backup) });
    assert.ok(restored.ok, restored.errors?.join('; '));
    assert.equal(restored.counts?.skus, 20_006);
    await page.reload();
    await page.locator('[data-testid="catalogue-table"]').waitFor();
    await page.getByTestId('catalogue-count').filter({ hasText: 'of 20,006 SKUs' }).waitFor({ timeout: 30_000 });
    assert.match(await countText(), /^Showing 20,006 of 20,006 SKUs$/);
    assert.ok((await listed()).length < 100, 'windowed: only the rows in view are in the DOM');

    const search = page.locator('input[type="search"]');
    await search.fill('gen-00042');
    await countIs('Showing 1 of 20,006 SKUs');
    assert.deepEqual(await listed(), [generated[42]!.sku]);

    await search.fill('gen-');
    await page.locator('select[name="filterTag"]').selectOption('profit');
    await page.locator('input[name="filterMissingHs"]').check();
    const expected = generated.filter((s) => s.tags?.includes('profit') && !s.hsCode).length;
    await countIs(`Showing ${expected.toLocaleString('en-US')} of 20,006 SKUs`);

    // Scrolling far down brings those rows into the page instead.
    await page.locator('.catalogue-list').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.waitForFunction(() => document.querySelector('[data-testid="catalogue-table"] tbody tr[data-sku]:last-of-type') !== null);
    const last = generated.filter((s) => s.tags?.includes('profit') && !s.hsCode).at(-1)!.sku;
    await page.locator(`[data-testid="catalogue-table"] tr[data-sku="${last}"]`).waitFor();
  });
});
