/**
 * Return rules with their what-if (F13, F25), warehouses, and the profit view (F12) in the
 * production build, on the demo workspace: edit a rule's order-value threshold, see what would change
 * (checked against a count made here from the demo file), save, reload; move a rule with the
 * keyboard; edit a warehouse; and a SKU's profit matching a figure worked out in this test.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ROOT, launchExtension, loadDemoWorkspace, type Harness } from './harness';

let harness: Harness;

before(async () => {
  harness = await launchExtension();
  await loadDemoWorkspace(harness);
});

after(async () => {
  await harness?.close();
});

interface DemoCase {
  kind: string;
  orderValue?: { amount: number; currency: string };
}
const demo = JSON.parse(readFileSync(join(ROOT, 'public/demo/workspace.json'), 'utf8')) as {
  backup: { data: { cases: DemoCase[] } };
};

async function ask<T>(page: Page, name: string): Promise<T> {
  type Runtime = { chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } } };
  const reply = (await page.evaluate((message) => (globalThis as unknown as Runtime).chrome.runtime.sendMessage({ hw: 1, name: message, payload: {} }), name)) as {
    ok: boolean;
    data: T;
  };
  assert.ok(reply.ok, `${name} failed`);
  return reply.data;
}

async function openRules(): Promise<Page> {
  const page = await harness.openExtensionPage('options.html#rules');
  await page.locator('[data-rule-id="low-value-keep-item"]').waitFor({ timeout: 20_000 });
  return page;
}

const ruleRow = (page: Page, id: string) => page.locator(`li[data-rule-id="${id}"]`);
const ruleIds = (page: Page) => page.locator('[data-testid="rules-list"] > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.ruleId ?? ''));

describe('Return rules and their what-if', () => {
  it('raising the low-value line shows what would change and what it costs, then saves', async () => {
    const page = await openRules();
    const row = ruleRow(page, 'low-value-keep-item');
    assert.match(await row.innerText(), /Order value below 20 USD/);
    await row.getByRole('button', { name: 'Edit', exact: true }).click();
    const usd = row.locator('[data-testid="rule-editor"] input[data-currency="USD"]');
    await usd.fill('30');
    assert.match(await row.locator('.rules-describe').innerText(), /Order value below 30 USD/);
    assert.equal(await page.locator('[data-testid="rules-state"]').innerText(), 'Unsaved changes');

    await page.getByRole('button', { name: 'What would change' }).click();
    const headline = page.locator('[data-testid="whatif-changed"]');
    await headline.waitFor({ timeout: 30_000 });
    // Worked out here from the demo file: every USD return/exchange worth 20 up to 30 now keeps its item.
    const expected = demo.backup.data.cases.filter(
      (c) => c.kind !== 'message' && c.orderValue?.currency === 'USD' && c.orderValue.amount >= 20 && c.orderValue.amount < 30,
    ).length;
    assert.ok(expected > 0);
    assert.equal(Number(await headline.getAttribute('data-changed')), expected);
    assert.match(await headline.innerText(), new RegExp(`^${expected} of \\d+ stored cases would be decided differently`));

    const usdCost = page.locator('[data-testid="whatif-cost"] tr[data-currency="USD"] [data-testid="whatif-delta"]');
    assert.match(await usdCost.innerText(), /^−\d+\.\d\d USD saved$/);
    const groups = await page.locator('[data-testid="whatif-groups"] tbody tr').allInnerTexts();
    assert.ok(groups.length > 0);
    assert.ok(groups.every((g) => g.split('\t')[1] === 'Refund, no return'), groups.join('\n'));
    const cases = page.locator('[data-testid="whatif-cases"] tbody tr');
    assert.equal(await cases.count(), Math.min(50, expected));
    const first = await cases.first().innerText();
    assert.match(first, /HW-|—/);
    assert.match(first, /Low value: refund, buyer keeps the item/);

    await page.getByRole('button', { name: 'Save rules' }).click();
    await page.locator('[data-testid="rules-state"]', { hasText: 'All changes saved' }).waitFor();
    await page.reload();
    await page.locator('[data-rule-id="low-value-keep-item"]').waitFor();
    assert.match(await ruleRow(page, 'low-value-keep-item').innerText(), /Order value below 30 USD/);
    const stored = await ask<{ rules: { id: string; conditions: { amounts?: Record<string, number> }[] }[] }>(page, 'getRuleEditor');
    assert.equal(stored.rules.find((r) => r.id === 'low-value-keep-item')?.conditions[0]?.amounts?.USD, 30);

    // Nothing changes any more: the saved rules are the draft.
    await page.getByRole('button', { name: 'What would change' }).click();
    await page.locator('[data-testid="whatif-changed"][data-changed="0"]').waitFor({ timeout: 30_000 });
    await page.close();
  });

  it('moves a rule with the keyboard, flags a broken value in words, and discards', async () => {
    const page = await openRules();
    const before = await ruleIds(page);
    const at = before.indexOf('size-fit-exchange');
    await ruleRow(page, 'size-fit-exchange').focus();
    await page.keyboard.press('Alt+ArrowUp');
    const moved = await ruleIds(page);
    assert.equal(moved[at - 1], 'size-fit-exchange');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.ruleId), 'size-fit-exchange');

    const row = ruleRow(page, 'quality-exchange-coupon');
    await row.getByRole('button', { name: 'Edit', exact: true }).click();
    await row.getByLabel('Coupon, % of the order value').fill('lots');
    const problems = page.locator('[data-testid="rules-problems"]');
    assert.match(await problems.innerText(), /Must fix: “Quality defect or damage: exchange plus a 10% coupon”: action\.couponPercent/);
    assert.equal(await page.getByRole('button', { name: 'Save rules' }).isDisabled(), true);
    assert.equal(await page.getByRole('button', { name: 'What would change' }).isDisabled(), true);

    await page.getByRole('button', { name: 'Discard changes' }).click();
    assert.deepEqual(await ruleIds(page), before);
    // The open editor shows the stored value again, not what was typed.
    assert.equal(await row.getByLabel('Coupon, % of the order value').inputValue(), '10');
    assert.equal(await page.locator('[data-testid="rules-state"]').innerText(), 'All changes saved');
    await page.close();
  });
});

describe('Warehouses', () => {
  it('edits a warehouse’s countries and keeps it', async () => {
    const page = await harness.openExtensionPage('options.html#warehouses');
    const row = page.locator('tr[data-warehouse-id="wh-uk-coventry"]');
    await row.waitFor({ timeout: 20_000 });
    await row.getByRole('button', { name: /^Edit/ }).click();
    const form = page.locator('[data-testid="warehouse-form"]');
    assert.equal(await form.getByLabel('Name', { exact: true }).inputValue(), 'Midlands Partner Warehouse (demo)');
    await form.getByLabel('Buyer countries served').fill('GB, IE, IM');
    await form.getByRole('button', { name: 'Save warehouse' }).click();
    await page.locator('tr[data-warehouse-id="wh-uk-coventry"]', { hasText: 'GB, IE, IM' }).waitFor();

    // A new one with a country written out: refused in words, nothing stored.
    await form.getByLabel('Name', { exact: true }).fill('Test dock');
    await form.getByLabel('Addressee (name on the label)').fill('Test dock');
    await form.getByLabel('Street lines (one per line)').fill('1 Road');
    await form.getByLabel('City').fill('Leeds');
    await form.getByLabel('Country (two letters)').fill('GB');
    await form.getByLabel('Buyer countries served').fill('GB, Ireland');
    await form.getByRole('button', { name: 'Add warehouse' }).click();
    assert.match(await page.getByRole('alert').innerText(), /not a two-letter country code: Ireland/);

    await page.reload();
    await page.locator('tr[data-warehouse-id="wh-uk-coventry"]', { hasText: 'GB, IE, IM' }).waitFor({ timeout: 20_000 });
    await page.close();
  });
});

describe('Profit view', () => {
  it('shows a SKU’s landed cost and net profit as worked out by hand, losses first', async () => {
    const page = await harness.openExtensionPage('options.html#profit');
    const bear = page.locator('tr[data-listing="HW-PLUSH-BEAR|amazon|US"]');
    await bear.waitFor({ timeout: 20_000 });
    const r2 = (n: number) => Math.round(n * 100) / 100;
    // Demo inputs: freight 42 CNY/kg at 7.1 CNY per USD, 0.21 kg; 15% commission; 8% marketing; FBA 4.10; cost 3.10; US: no VAT, 0% duty on 9503.
    const freight = r2((42 * 0.21) / 7.1);
    const net = r2(24.99 - 3.1 - freight - r2(24.99 * 0.15) - 4.1 - r2(24.99 * 0.08));
    assert.equal(await bear.locator('[data-testid="profit-net"]').innerText(), `${net.toFixed(2)} USD`);
    assert.equal(await bear.locator('[data-testid="profit-landed"]').innerText(), `${r2(3.1 + freight).toFixed(2)} USD`);
    assert.equal(await bear.locator('[data-testid="profit-margin"]').innerText(), `${(Math.round((net / 24.99) * 1000) / 10).toFixed(1)}%`);
    assert.match((await bear.locator('td[data-component="freight"]').getAttribute('title')) ?? '', /0\.21 kg/);

    await bear.getByRole('button', { name: 'Breakdown' }).click();
    const breakdown = page.locator('[data-testid="profit-breakdown"]');
    assert.match(await breakdown.innerText(), /Net profit = price − VAT − product cost/);
    assert.match(await breakdown.locator('dd[data-component="commission"]').innerText(), /15/);

    // Lowest margin first: the peeler in Germany loses money, and says so in words.
    const first = page.locator('[data-testid="profit-table"] tbody tr').first();
    assert.equal(await first.getAttribute('data-listing'), 'HW-GADGET-PEELER|amazon|DE');
    assert.match(await first.locator('[data-testid="profit-net"]').innerText(), /^-\d+\.\d\d EUR \(loss\)$/);

    await page.locator('[data-testid="profit-market"]').selectOption('GB');
    const markets = await page.locator('[data-testid="profit-table"] tbody tr[data-listing]').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.listing));
    assert.ok(markets.length > 0 && markets.every((m) => m?.endsWith('|GB')), markets.join());
    await page.close();
  });
});
