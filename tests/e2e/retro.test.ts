/**
 * The retrospective (复盘, F16–F21) in the production build. A workspace is seeded the way a seller
 * does it — an Amazon orders report and an Amazon seller-fulfilled returns report of the same orders
 * (tests/fixtures/reports/retro/, dates moved so the newest day is yesterday) imported through the
 * dashboard's Import view — and every number the popup and the dashboard show is checked against
 * figures this test computes from the two files on its own.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { FIXTURES, launchExtension, type Harness } from './harness';

// ── The fixtures, moved to today ───────────────────────────────────────────────────────────

const ANCHOR = '2026-11-20'; // the newest day in the fixture files
const DAY = 86_400_000;
const todayUtc = new Date().toISOString().slice(0, 10);
const shiftDays = Math.round((Date.parse(todayUtc) - DAY - Date.parse(ANCHOR)) / DAY);
const shift = (text: string) => text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (day) => new Date(Date.parse(day) + shiftDays * DAY).toISOString().slice(0, 10));
const dayMinus = (days: number) => new Date(Date.parse(todayUtc) - days * DAY).toISOString().slice(0, 10);

const dir = mkdtempSync(join(tmpdir(), 'helloword-retro-'));
const ORDERS = join(dir, 'amazon-orders.retro.tsv');
const RETURNS = join(dir, 'amazon-mfn-returns.retro.tsv');
writeFileSync(ORDERS, shift(readFileSync(join(FIXTURES, 'reports/retro/amazon-orders.retro.tsv'), 'utf8')));
writeFileSync(RETURNS, shift(readFileSync(join(FIXTURES, 'reports/retro/amazon-mfn-returns.retro.tsv'), 'utf8')));

function table(path: string): Record<string, string>[] {
  const [head = '', ...lines] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const names = head.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((cell, i) => [names[i]!, cell])));
}

interface Line { orderId: string; sku: string; day: string; quantity: number; currency: string; price: number; country: string }
interface Return { orderId: string; sku: string; requested: string; delivered: string; closed: boolean; reason: string; currency: string; label: number; sellerPays: boolean }

const lines: Line[] = table(ORDERS)
  .filter((r) => !/cancel/i.test(r['order-status']!))
  .map((r) => ({ orderId: r['amazon-order-id']!, sku: r.sku!, day: r['purchase-date']!.slice(0, 10), quantity: Number(r.quantity), currency: r.currency!, price: Number(r['item-price']), country: r['ship-country']! }));
const returns: Return[] = table(RETURNS).map((r) => ({
  orderId: r['Order ID']!,
  sku: r['Merchant SKU']!,
  requested: r['Return request date']!,
  delivered: r['Return delivery date']!,
  closed: r['Return request status'] === 'Closed',
  reason: r['Return Reason']!,
  currency: r['Currency code']!,
  label: Number(r['Label cost'] || 0),
  sellerPays: r['Label to be paid by'] === 'Seller',
}));

/** Amazon reason codes of the fixture → HelloWord's reasons (lib/domain/reasons.ts). */
const REASON: Record<string, string> = { APPAREL_TOO_LARGE: 'size_fit', APPAREL_STYLE: 'style_colour', DAMAGED_BY_CARRIER: 'damaged', DEFECTIVE: 'defective', NOT_COMPATIBLE: 'not_as_described' };
const countryOf = new Map(lines.map((l) => [`${l.orderId}|${l.sku}`, l.country]));
const RETURNS_TAKE_ORDER_COUNTRY = false;
const REGION: Record<string, string> = { US: 'north-america', CA: 'north-america', DE: 'europe', FR: 'europe' };

/** Everything the views show for the last `days` days, computed from the files alone. */
function expected(days: number) {
  const from = dayMinus(days - 1);
  const sold = lines.filter((l) => l.day >= from && l.day <= todayUtc);
  const back = returns.filter((r) => r.requested >= from && r.requested <= todayUtc);
  const bySku = new Map<string, { units: number; returns: number; reasons: Map<string, number> }>();
  const byCountry = new Map<string, { units: number; returns: number }>();
  for (const l of sold) {
    const s = bySku.get(l.sku) ?? { units: 0, returns: 0, reasons: new Map() };
    s.units += l.quantity;
    bySku.set(l.sku, s);
    const c = byCountry.get(l.country) ?? { units: 0, returns: 0 };
    c.units += l.quantity;
    byCountry.set(l.country, c);
  }
  for (const r of back) {
    const s = bySku.get(r.sku) ?? { units: 0, returns: 0, reasons: new Map() };
    s.returns++;
    s.reasons.set(REASON[r.reason]!, (s.reasons.get(REASON[r.reason]!) ?? 0) + 1);
    bySku.set(r.sku, s);
    // A returns report names no ship-to country and the retrospective does not (yet) take it from the
    // order line: such returns are counted under "ZZ" (unknown), as lib/domain/retro/model.ts defines.
    const country = RETURNS_TAKE_ORDER_COUNTRY ? (countryOf.get(`${r.orderId}|${r.sku}`) ?? 'ZZ') : 'ZZ';
    const c = byCountry.get(country) ?? { units: 0, returns: 0 };
    c.returns++;
    byCountry.set(country, c);
  }
  const units = sold.reduce((sum, l) => sum + l.quantity, 0);
  // Worst first: return rate, SKUs under 20 units after the others, then returns, then SKU.
  const worst = [...bySku.entries()]
    .map(([sku, s]) => ({ sku, ...s, rate: s.units ? s.returns / s.units : null, small: s.units < 20 }))
    .sort((a, b) => (a.rate === null ? 2 : a.small ? 1 : 0) - (b.rate === null ? 2 : b.small ? 1 : 0) || (b.rate ?? 0) - (a.rate ?? 0) || b.returns - a.returns || (a.sku < b.sku ? -1 : 1));
  // Handling: request → refund (at the delivery back, or at once for a returnless refund) or close.
  const hours = back
    .filter((r) => r.closed)
    .map((r) => (r.delivered ? (Date.parse(r.delivered) - Date.parse(r.requested)) / 3_600_000 : 0))
    .sort((a, b) => a - b);
  const rank = (p: number) => hours[Math.min(hours.length - 1, Math.max(0, Math.ceil(p * hours.length) - 1))] ?? null;
  const revenue = new Map<string, number>();
  for (const l of sold) revenue.set(l.currency, (revenue.get(l.currency) ?? 0) + l.price);
  const shipping = new Map<string, number>();
  for (const r of back) if (r.sellerPays) shipping.set(r.currency, (shipping.get(r.currency) ?? 0) + r.label);
  return {
    units,
    returns: back.length,
    rate: back.length / units,
    worst,
    byCountry,
    open: back.filter((r) => !r.closed).length,
    closed: hours.length,
    median: rank(0.5),
    p90: rank(0.9),
    byHand: back.filter((r) => r.closed && !r.delivered).length,
    revenue,
    shipping,
  };
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)} %`;
const near = (actual: string | null, wanted: number, what: string) => assert.ok(Math.abs(Number(actual) - wanted) < 1e-9, `${what}: ${actual} ≠ ${wanted}`);

// ── The browser ────────────────────────────────────────────────────────────────────────────

let harness: Harness;

before(async () => {
  harness = await launchExtension();
  // The popup closes itself after opening the dashboard; a second tab keeps the browser open.
  await harness.context.newPage();
});

after(async () => {
  await harness?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importThrough(page: Page, path: string, kind: string): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles(path);
  await page.locator('.import-kind').waitFor();
  assert.equal(await page.locator('.import-kind').innerText(), `Detected: ${kind}`);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.locator('.import-result').waitFor({ timeout: 20_000 });
}

async function openPopup(): Promise<Page> {
  const popup = await harness.openExtensionPage('popup.html');
  await popup.locator('[data-testid="retro"][data-ready="true"]').waitFor({ timeout: 20_000 });
  return popup;
}

const ready = (page: Page) => page.locator('[data-testid="retro"][data-ready="true"]').waitFor();

describe('Retrospective', () => {
  it('seeds the workspace by importing an orders report and a returns report through the dashboard', async () => {
    const page = await harness.openExtensionPage('options.html#import');
    await page.locator('#import-heading').waitFor();
    await importThrough(page, ORDERS, 'Amazon orders');
    assert.match(await page.locator('.import-totals').innerText(), new RegExp(`${table(ORDERS).length} rows imported, 0 rows skipped`));
    await page.reload();
    await page.locator('#import-heading').waitFor();
    await importThrough(page, RETURNS, 'Amazon seller-fulfilled returns');
    assert.match(await page.locator('.import-totals').innerText(), new RegExp(`${returns.length} rows imported, 0 rows skipped`));
    await page.close();
  });

  it('popup, product view: return rate, worst SKUs first, reasons, over the last 30 days', async () => {
    const want = expected(30);
    const popup = await openPopup();
    await popup.getByRole('button', { name: '30 d' }).click();
    await ready(popup);
    await popup.getByRole('tab', { name: 'Product' }).click();
    assert.match(await popup.getByTestId('retro-range').innerText(), new RegExp(`${dayMinus(29)} – ${todayUtc} \\(30 days\\)`));
    const kpi = popup.locator('[data-kpi="return-rate"] .retro-rate');
    near(await kpi.getAttribute('data-rate'), want.rate, 'return rate');
    assert.equal(await kpi.innerText(), percent(want.rate));
    assert.match(await popup.locator('[data-kpi="return-rate"]').innerText(), new RegExp(`${want.returns} returns / ${want.units} units sold`));
    assert.match(await popup.locator('[data-kpi="exchange-rate"]').innerText(), /0\.0 %/);

    const rows = popup.locator('[data-testid="retro-worst-skus"] > tbody > tr');
    assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-sku'))), want.worst.slice(0, 5).map((s) => s.sku));
    for (const sku of want.worst.slice(0, 5)) {
      near(await popup.locator(`[data-testid="retro-worst-skus"] tr[data-sku="${sku.sku}"] [data-field="return-rate"]`).getAttribute('data-rate'), sku.rate!, `${sku.sku} rate`);
    }
    // The Pareto legend states every reason's count as text; the chart's label says the same.
    const legend = await popup.locator('[data-view="product"] .chart-legend li').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-key'), li.querySelector('.chart-legend-value')?.textContent]));
    const reasons = new Map<string, number>();
    for (const r of returns) if (r.requested >= dayMinus(29)) reasons.set(REASON[r.reason]!, (reasons.get(REASON[r.reason]!) ?? 0) + 1);
    const top = [...reasons.entries()].sort((a, b) => b[1] - a[1]);
    assert.deepEqual(legend[0], [top[0]![0], String(top[0]![1])]);
    assert.match((await popup.locator('[data-view="product"] [data-chart="pareto"] svg').getAttribute('aria-label')) ?? '', /Size \/ fit \d+ \(\d+\.\d %\)/);
    await popup.close();
  });

  it('popup, switching the period to 7 days shows the last week and is remembered', async () => {
    const want = expected(7);
    const popup = await openPopup();
    await popup.getByRole('button', { name: '7 d' }).click();
    await ready(popup);
    near(await popup.locator('[data-kpi="return-rate"] .retro-rate').getAttribute('data-rate'), want.rate, '7-day return rate');
    // A custom window: refused in plain words when backwards, then the 30 days written out by hand.
    await popup.getByRole('button', { name: 'Custom' }).click();
    await popup.getByLabel('From').fill(todayUtc);
    await popup.getByLabel('To').fill(dayMinus(1));
    await popup.getByRole('button', { name: 'Apply' }).click();
    assert.equal(await popup.getByRole('alert').innerText(), 'The period must start on or before its last day.');
    await popup.getByLabel('From').fill(dayMinus(29));
    await popup.getByLabel('To').fill(todayUtc);
    await popup.getByRole('button', { name: 'Apply' }).click();
    await popup.locator('[data-testid="retro-range"]', { hasText: '(30 days)' }).waitFor();
    await ready(popup);
    near(await popup.locator('[data-kpi="return-rate"] .retro-rate').getAttribute('data-rate'), expected(30).rate, 'custom 30-day return rate');
    await popup.getByRole('button', { name: '7 d' }).click();
    await ready(popup);
    await popup.close();
    const again = await openPopup();
    assert.equal(await again.getByRole('button', { name: '7 d' }).getAttribute('aria-pressed'), 'true');
    await again.getByRole('button', { name: '30 d' }).click();
    await ready(again);
    await again.close();
  });

  it('popup, customer view: return rate by ship-to country and region', async () => {
    const want = expected(30);
    const popup = await openPopup();
    await popup.getByRole('tab', { name: 'Customer' }).click();
    await popup.getByTestId('retro-countries').waitFor();
    assert.deepEqual(
      (await popup.locator('[data-testid="retro-countries"] > tbody > tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-country')))).sort(),
      [...want.byCountry.keys()].sort(),
    );
    for (const [country, c] of want.byCountry) {
      const rate = await popup.locator(`[data-testid="retro-countries"] tr[data-country="${country}"] [data-field="return-rate"]`).getAttribute('data-rate');
      if (c.units === 0) assert.equal(rate, '', `${country}: no sales, no rate`);
      else near(rate, c.returns / c.units, `${country} rate`);
    }
    const na = [...want.byCountry].filter(([c]) => REGION[c] === 'north-america').reduce((s, [, c]) => ({ units: s.units + c.units, returns: s.returns + c.returns }), { units: 0, returns: 0 });
    near(await popup.locator('[data-testid="retro-regions"] tr[data-region="north-america"] [data-field="return-rate"]').getAttribute('data-rate'), na.returns / na.units, 'North America rate');
    await popup.close();
  });

  it('popup, service view: median and p90 handling, decided by rule, overdue replies', async () => {
    const want = expected(30);
    const popup = await openPopup();
    await popup.getByRole('tab', { name: 'Service' }).click();
    near(await popup.locator('[data-kpi="median"] dd').getAttribute('data-hours'), want.median!, 'median hours');
    near(await popup.locator('[data-kpi="p90"] dd').getAttribute('data-hours'), want.p90!, 'p90 hours');
    assert.match(await popup.locator('[data-view="service"]').innerText(), new RegExp(`From ${want.closed} closed cases`));
    // Nothing here was decided by a rule; the returnless refunds were decided by hand.
    assert.equal(await popup.locator('[data-kpi="rule-share"] .retro-rate').getAttribute('data-rate'), '0');
    assert.equal(await popup.locator('[data-kpi="overdue"] dd').getAttribute('data-count'), '0');
    await popup.close();
  });

  it('popup, actions: the week’s problem SKU with its top reasons and the suggested action', async () => {
    const popup = await openPopup();
    await popup.getByRole('tab', { name: 'Actions' }).click();
    const week = returns.filter((r) => r.requested >= dayMinus(6));
    const perSku = new Map<string, number>();
    for (const r of week) perSku.set(r.sku, (perSku.get(r.sku) ?? 0) + 1);
    const problem = [...perSku].filter(([, n]) => n >= 2).map(([sku]) => sku);
    assert.ok(problem.includes('TEE-BLK-M'), [...perSku].join());
    const item = popup.locator('[data-testid="retro-actions"] li[data-sku="TEE-BLK-M"]');
    assert.equal(await item.getAttribute('data-action'), 'fix_size_chart');
    assert.match(await item.innerText(), new RegExp(`Fix the size chart — Size / fit is 100 % of its returns this week`));
    assert.match(await item.innerText(), new RegExp(`Size / fit ${perSku.get('TEE-BLK-M')}`));
    await popup.close();
  });

  it('dashboard: the same views full-size, cost against revenue, drill-down to the cases, CSV export, print', async () => {
    const want = expected(30);
    const page = await harness.openExtensionPage('options.html#retro/product');
    await page.getByTestId('retro-sku-table').waitFor({ timeout: 20_000 });
    assert.equal(await page.title(), 'HelloWord — Retrospective');
    for (const sku of want.worst) {
      const row = page.locator(`[data-testid="retro-sku-table"] tr[data-sku="${sku.sku}"]`);
      assert.equal(await row.locator('[data-field="units"]').getAttribute('data-value'), String(sku.units));
      assert.equal(await row.locator('[data-field="returns"] [data-value]').getAttribute('data-value'), String(sku.returns));
    }
    // Drill-down: the returns of the worst SKU, one row per case.
    const worst = want.worst[0]!;
    await page.locator(`[data-testid="retro-sku-table"] tr[data-sku="${worst.sku}"] [data-field="returns"] button`).click();
    await page.getByTestId('retro-drill-cases').waitFor();
    const orderIds = await page.locator('[data-testid="retro-drill-cases"] > tbody > tr td:nth-child(3) code').allInnerTexts();
    assert.deepEqual(orderIds.sort(), returns.filter((r) => r.sku === worst.sku && r.requested >= dayMinus(29)).map((r) => r.orderId).sort());
    await page.getByRole('button', { name: 'Close' }).click();

    // Filter by country: the units of each SKU are its sales to Germany alone.
    await page.getByLabel('Country').selectOption('DE');
    await page.waitForFunction(() => location.hash === '#retro/product?country=DE');
    const de = new Map<string, number>();
    for (const l of lines) if (l.country === 'DE') de.set(l.sku, (de.get(l.sku) ?? 0) + l.quantity);
    for (const [sku, units] of de) {
      await page.locator(`[data-testid="retro-sku-table"] tr[data-sku="${sku}"] [data-field="units"][data-value="${units}"]`).waitFor();
    }
    await page.getByRole('button', { name: 'Clear filters' }).click();

    // Cost: revenue per currency from the order lines; the seller's return labels are in the shipping column.
    await page.getByRole('tab', { name: 'Cost' }).click();
    await page.getByTestId('retro-cost-table').waitFor();
    for (const [currency, revenue] of want.revenue) {
      const row = page.locator(`[data-testid="retro-cost-table"] tr[data-currency="${currency}"]`);
      near(await row.locator('[data-field="revenue"]').getAttribute('data-value'), Math.round(revenue * 100) / 100, `${currency} revenue`);
      const total = Number(await row.locator('[data-field="total"]').getAttribute('data-value'));
      assert.ok(total + 1e-9 >= (want.shipping.get(currency) ?? 0), `${currency} total ${total} covers the return labels`);
    }

    // CSV of the product view: a header and one row per SKU.
    await page.getByRole('tab', { name: 'Product' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export this view (CSV)' }).click();
    const download = await downloading;
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const csvLines = csv.trim().split(/\r?\n/);
    assert.equal(csvLines.length, want.worst.length + 1, csv);
    for (const sku of want.worst) assert.ok(csvLines.some((l) => l.includes(sku.sku)), sku.sku);
    assert.match(await page.getByTestId('retro-export-status').innerText(), new RegExp(`${want.worst.length} rows saved`));

    // Print: every view is drawn, then the browser's print dialog is asked for.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: 'Print report' }).click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
    assert.equal(await page.locator('.retro-print-section').count(), 5);
    await page.close();
  });

  it('the popup links open the dashboard at the right place', async () => {
    const popup = await openPopup();
    await popup.getByRole('tab', { name: 'Product' }).click();
    const opened = harness.context.waitForEvent('page');
    await popup.locator('[data-testid="retro-worst-skus"] > tbody > tr').first().locator('a').click();
    const dashboard = await opened;
    await dashboard.waitForLoadState();
    assert.match(dashboard.url(), /options\.html#retro\/product\?sku=/);
    await dashboard.getByTestId('retro-sku-table').waitFor({ timeout: 20_000 });
    assert.equal(await dashboard.locator('[data-testid="retro-sku-table"] > tbody > tr').count(), 1);
    await dashboard.close();
  });
});
