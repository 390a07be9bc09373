/**
 * The popup's look-up (F20) in the production build, over the demo workspace: a SKU shows its
 * category path, compliance per market and a dashboard link that opens its form; an order id shows
 * its cases; nonsense says nothing was found.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchExtension, loadDemoWorkspace, ROOT, type Harness } from './harness';

/** Returns and exchanges of a SKU in the demo's last 90 days, counted from the demo file itself. */
function demoReturns(sku: string): number {
  const demo = JSON.parse(readFileSync(join(ROOT, 'public/demo/workspace.json'), 'utf8')) as {
    anchorDate: string;
    backup: { data: { cases: { sku?: string; kind: string; createdAt: string }[] } };
  };
  const anchor = Date.parse(`${demo.anchorDate}T00:00:00Z`);
  return demo.backup.data.cases.filter(
    (c) => c.sku === sku && c.kind !== 'message' && (anchor - Date.parse(`${c.createdAt.slice(0, 10)}T00:00:00Z`)) / 86_400_000 <= 90,
  ).length;
}

let harness: Harness;
let popup: Page;

before(async () => {
  harness = await launchExtension();
  await loadDemoWorkspace(harness);
  // The popup closes itself after opening the dashboard; a second tab keeps the browser open.
  await harness.context.newPage();
  popup = await harness.openExtensionPage('popup.html');
});

after(async () => {
  await harness?.close();
});

const search = () => popup.getByRole('combobox', { name: 'Look up a SKU or an order id' });

/** Types like a person and waits for the answer to the whole query (earlier answers may show first). */
async function type(query: string, answered = query): Promise<void> {
  await search().fill('');
  await search().pressSequentially(query, { delay: 5 });
  await popup.locator(`[data-testid="popup-search"][data-answered="${answered}"][aria-busy="false"]`).waitFor();
}

describe('Popup look-up', () => {
  it('has the search box focused when the popup opens', async () => {
    await search().waitFor();
    assert.equal(await popup.evaluate(() => document.activeElement?.getAttribute('role')), 'combobox');
    assert.match(await popup.getByTestId('lookup-status').innerText(), /Type a SKU/);
  });

  it('a SKU shows its category path, tags, compliance per market, HS code and dashboard link', async () => {
    await type('hw-lamp-dk2');
    const item = popup.locator('[data-testid="lookup-results"] > li[data-sku="HW-LAMP-DK2"]');
    await item.waitFor();
    assert.equal(await popup.locator('[data-testid="lookup-results"] > li').first().getAttribute('data-sku'), 'HW-LAMP-DK2');
    assert.equal(await item.getAttribute('aria-selected'), 'true');
    assert.match(await item.locator('[data-field="category"]').innerText(), /Electronics › .+ › .+/);
    assert.match(await item.locator('[data-field="category"]').innerText(), /Profit/i);
    assert.equal(await item.locator('[data-market="EU"]').getAttribute('data-status'), 'error');
    assert.match(await item.locator('[data-market="EU"]').innerText(), /EU: \d+ error\(s\), \d+ warning\(s\)/);
    assert.match(await item.locator('[data-market="US"]').innerText(), /US: none required/);
    assert.match(await item.locator('[data-field="facts"]').innerText(), /HS 940521/);
    const returns = demoReturns('HW-LAMP-DK2');
    assert.ok(returns > 0);
    assert.match(await item.locator('[data-field="returns"]').innerText(), new RegExp(`^${returns} return\\(s\\) in 90 days: `));
    const href = await item.locator('[data-field="link"]').getAttribute('href');
    assert.match(href ?? '', /^chrome-extension:\/\/[a-z]+\/options\.html\?edit=HW-LAMP-DK2#catalogue$/);
  });

  it('Enter opens the dashboard with the SKU’s form', async () => {
    const opened = harness.context.waitForEvent('page');
    // The popup may close while the key press is still being reported.
    await search().press('Enter').catch(() => undefined);
    const dashboard = await opened;
    await dashboard.waitForLoadState();
    assert.match(dashboard.url(), /options\.html\?edit=HW-LAMP-DK2#catalogue$/);
    const skuField = dashboard.locator('[data-testid="sku-form"] input[name="sku"]');
    await skuField.waitFor();
    assert.equal(await skuField.inputValue(), 'HW-LAMP-DK2');
    assert.equal(await skuField.getAttribute('readonly'), '', 'an existing SKU is edited, not added');
    await dashboard.close();
    // The popup closes itself after opening a tab, as a toolbar popup should: reopen it.
    assert.ok(popup.isClosed() || (await popup.waitForEvent('close', { timeout: 2_000 }).then(() => true, () => false)), 'popup closed');
    popup = await harness.openExtensionPage('popup.html');
  });

  it('an order id shows its cases with reason, action, rule and timeline', async () => {
    await type('702-1188234-7654321');
    await popup.getByTestId('lookup-cases').waitFor();
    assert.match(await popup.getByTestId('lookup-order').innerText(), /Order 702-1188234-7654321: 1 case/);
    const text = await popup.getByTestId('lookup-cases').innerText();
    assert.match(text, /Return/);
    assert.match(text, /Size \/ fit → Approve exchange/);
    assert.match(text, /rule: /);
    assert.match(text, /requested .* → approved .* → item received .* → reshipped .* → closed/);
    assert.ok(await popup.locator('[data-testid="lookup-results"] > li[data-sku="HW-DRESS-COT-M"]').count());
  });

  it('arrow keys move through several SKUs', async () => {
    await type('HW-DRESS');
    await popup.locator('[data-testid="lookup-results"] > li').nth(1).waitFor();
    await search().press('ArrowDown');
    assert.equal(await popup.locator('[data-testid="lookup-results"] > li').nth(1).getAttribute('aria-selected'), 'true');
    await search().press('ArrowUp');
    assert.equal(await popup.locator('[data-testid="lookup-results"] > li').nth(0).getAttribute('aria-selected'), 'true');
  });

  it('nonsense says nothing was found', async () => {
    await type('zzqx-no-such-thing');
    await popup.getByTestId('lookup-nothing').waitFor();
    assert.equal(await popup.getByTestId('lookup-nothing').innerText(), 'Nothing found for “zzqx-no-such-thing”.');
    assert.equal(await popup.locator('[data-testid="lookup-results"]').count(), 0);
  });
});
