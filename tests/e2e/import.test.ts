/**
 * The options page's Import view (F15) in the production build: an Amazon FBA returns report
 * through the file input, its kind shown before anything is stored, the progress bar to 100 %, the
 * counts, the skipped rows of a truncated report, a second import of the same file changing
 * nothing, and the imported cases in an exported backup.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { FIXTURES, launchExtension, type Harness } from './harness';

let harness: Harness;

before(async () => {
  harness = await launchExtension();
});

after(async () => {
  await harness?.close();
});

const US_RETURNS = join(FIXTURES, 'reports/amazon-fba-returns.us.tsv');
const TRUNCATED = join(FIXTURES, 'reports/amazon-fba-returns.truncated.tsv');

async function openImport(): Promise<Page> {
  const page = await harness.openExtensionPage('options.html#import');
  await page.locator('#import-heading').waitFor();
  return page;
}

/** Picks the file, checks the detected kind, imports it and waits for the result. */
async function importThrough(page: Page, path: string): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles(path);
  await page.locator('.import-kind').waitFor();
  assert.equal(await page.locator('.import-kind').innerText(), 'Detected: Amazon FBA customer returns');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.locator('.import-result').waitFor({ timeout: 15_000 });
}

const count = (page: Page, kind: string, which: 'added' | 'updated' | 'unchanged') =>
  page.locator(`.import-counts tr[data-kind="${kind}"] td[data-count="${which}"]`).innerText();

async function ask<T>(page: Page, name: string): Promise<T> {
  type Runtime = { chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } } };
  const reply = (await page.evaluate((message) => (globalThis as unknown as Runtime).chrome.runtime.sendMessage({ hw: 1, name: message, payload: {} }), name)) as {
    ok: boolean;
    data: T;
  };
  assert.ok(reply.ok, `${name} failed`);
  return reply.data;
}

describe('Import view', () => {
  it('imports an Amazon FBA returns report: kind, progress to 100 %, counts', async () => {
    const page = await openImport();
    assert.equal(await page.title(), 'HelloWord — Import');
    await importThrough(page, US_RETURNS);
    assert.equal(await page.getByRole('progressbar').getAttribute('aria-valuenow'), '100');
    assert.match(await page.locator('.import-totals').innerText(), /Amazon FBA customer returns: 6 rows imported, 0 rows skipped/);
    assert.equal(await count(page, 'cases', 'added'), '6');
    assert.match(await page.locator('.import-result').innerText(), /identical records change nothing/);
    await page.close();
  });

  it('importing the same file again changes nothing', async () => {
    const page = await openImport();
    await importThrough(page, US_RETURNS);
    assert.equal(await count(page, 'cases', 'added'), '0');
    assert.equal(await count(page, 'cases', 'updated'), '0');
    assert.equal(await count(page, 'cases', 'unchanged'), '6');
    await page.close();
  });

  it('lists the skipped rows of a truncated report with line, column, value and reason', async () => {
    const page = await openImport();
    await importThrough(page, TRUNCATED);
    assert.match(await page.locator('.import-totals').innerText(), /5 rows imported, 1 rows skipped/);
    const cells = await page.locator('.import-skipped tbody tr').first().locator('td').allInnerTexts();
    assert.equal(cells[0], '7');
    assert.equal(cells[1], 'detailed-disposition');
    assert.equal(cells[2], 'EXPIRED');
    assert.match(cells[3] ?? '', /ends in the middle of this row/);
    await page.close();
  });

  it('the imported cases are in an exported backup', async () => {
    const page = await openImport();
    const { json } = await ask<{ json: string }>(page, 'exportBackup');
    const backup = JSON.parse(json) as { data: { cases: { orderId: string }[]; orders: unknown[]; suppliers: unknown[] } };
    const orderIds = backup.data.cases.map((c) => c.orderId);
    assert.ok(orderIds.includes('113-1234567-1234567'), orderIds.join());
    assert.ok(orderIds.includes('113-7654321-7654321'), orderIds.join());
    assert.ok(Array.isArray(backup.data.orders) && Array.isArray(backup.data.suppliers));
    await page.close();
  });
});
