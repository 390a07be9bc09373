/**
 * `npm run demo`: loads the built extension into Chromium with the demo workspace and opens the
 * demo seller pages at their real addresses (served from tests/fixtures). With HEADLESS=1 it writes
 * a screenshot of each page to demo-screenshots/ and exits; otherwise the browser stays open.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PAGES } from '../tests/e2e/pages';
import { launchExtension, loadDemoWorkspace, ROOT } from '../tests/e2e/harness';

const headless = process.env.HEADLESS === '1' || process.env.CI === 'true' || !process.env.DISPLAY;
const outDir = join(ROOT, 'demo-screenshots');
const locale = process.env.DEMO_LOCALE ?? 'en-US';
/** Screenshots in another UI language keep the English ones: "amazon-orders-en.zh-ui.png". */
const suffix = locale.toLowerCase().startsWith('en') ? '' : `.${locale.toLowerCase().split('-')[0]}-ui`;

const harness = await launchExtension({ headless, locale });
for (const page of DEMO_PAGES) await harness.serve(page.url, page.html);
await loadDemoWorkspace(harness);
console.log(`HelloWord ${headless ? '(headless)' : ''} — extension ${harness.extensionId}`);

if (headless) mkdirSync(outDir, { recursive: true });
for (const demo of DEMO_PAGES) {
  const page = await harness.context.newPage();
  await page.goto(demo.url);
  await page.locator(demo.ready ?? '[data-helloword="adapter-health"][data-state]:not([data-state="reading"])').first().waitFor({ timeout: 15_000 });
  const chip = demo.ready ? null : await page.locator('[data-helloword="adapter-health"]').getAttribute('data-rows-read');
  const what = demo.ready ? 'reply assistant shown' : `${chip ?? 0} rows annotated`;
  console.log(`  ${demo.name.padEnd(32)} ${demo.url}  (${what})`);
  // Message pages: bring the reply assistant into view (it sits above the reply box, low on the page).
  if (demo.ready) {
    await page.locator(demo.ready).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -120));
  }
  if (headless) {
    const file = join(outDir, `${demo.name}${suffix}.png`);
    await page.screenshot({ path: file, fullPage: false });
    console.log(`    → ${file}`);
    await page.close();
  }
}
if (headless) {
  const options = await harness.openExtensionPage('options.html#catalogue');
  await options.locator('[data-testid="catalogue-table"]').waitFor();
  await options.screenshot({ path: join(outDir, `options-catalogue${suffix}.png`) });
  // Catalogue (F8): the category tree opened, a 小类 selected with its actions, SKU counts per node.
  await options.locator('#catalogue-tab-tree').click();
  await options.locator('[data-testid="category-tree"]').waitFor();
  await options.locator('.catalogue-tree-card .toolbar button').first().click();
  await options.locator('[role="treeitem"][data-category-id="apparel-women-dresses"]:not([data-attribute])').click();
  await options.screenshot({ path: join(outDir, `options-catalogue-tree${suffix}.png`), fullPage: true });
  await options.locator('#catalogue-tab-skus').click();
  await options.goto(options.url().replace('#catalogue', '#templates'));
  await options.locator('[data-testid="tpl-count"]').waitFor();
  await options.screenshot({ path: join(outDir, `options-templates${suffix}.png`) });
  // Compliance (F9, F27): the SKU × market matrix, the certificate registry and the rules.
  await options.goto(options.url().replace(/#.*$/, '#compliance'));
  await options.locator('[data-testid="compliance-matrix"]').waitFor();
  await options.screenshot({ path: join(outDir, `options-compliance${suffix}.png`), fullPage: true });
  // Suppliers (F10): KPIs from purchase orders, one supplier's orders open; purchasing (F11): the
  // suggestions by urgency, the first SKU's formulas and supplier ranking open.
  await options.goto(options.url().replace(/#.*$/, '#suppliers'));
  await options.locator('[data-testid="suppliers-table"] tr[data-supplier-id="sup-ningbo-haoyun"]').getByRole('button', { name: /purchase orders|采购单/i }).click();
  await options.locator('[data-testid="purchase-orders"]').waitFor();
  await options.screenshot({ path: join(outDir, `options-suppliers${suffix}.png`), fullPage: true });
  await options.goto(options.url().replace(/#.*$/, '#purchasing'));
  await options.locator('[data-testid="purchasing-table"] tbody tr').first().locator('button[aria-expanded]').click();
  await options.locator('[data-testid="suggestion-detail"]').waitFor();
  await options.screenshot({ path: join(outDir, `options-purchasing${suffix}.png`), fullPage: true });
  // Return rules (F13, F25): the low-value line raised to 30 USD in the draft and what that would change;
  // warehouses; profit per SKU × market (F12) with one breakdown open. The draft is not saved.
  await options.goto(options.url().replace(/#.*$/, '#rules'));
  const lowValue = options.locator('li[data-rule-id="low-value-keep-item"]');
  await lowValue.locator('[data-action="rule-edit"]').click();
  await lowValue.locator('input[data-currency="USD"]').fill('30');
  await options.locator('[data-action="rules-whatif"]').click();
  await options.locator('[data-testid="whatif-changed"]').waitFor({ timeout: 60_000 });
  await options.screenshot({ path: join(outDir, `options-rules${suffix}.png`), fullPage: true });
  await options.goto(options.url().replace(/#.*$/, '#warehouses'));
  await options.locator('[data-testid="warehouses"]').waitFor();
  await options.screenshot({ path: join(outDir, `options-warehouses${suffix}.png`), fullPage: true });
  await options.goto(options.url().replace(/#.*$/, '#profit'));
  await options.locator('tr[data-listing="HW-PLUSH-BEAR|amazon|US"] [data-action="profit-breakdown"]').click();
  await options.locator('[data-testid="profit-breakdown"]').waitFor();
  await options.screenshot({ path: join(outDir, `options-profit${suffix}.png`), fullPage: true });
  const popup = await harness.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.locator('[data-testid="overview"]').waitFor();
  await popup.screenshot({ path: join(outDir, `popup${suffix}.png`) });
  // The retrospective (F16–F21): the popup's product view, then the dashboard's #retro view.
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.locator('[data-testid="retro"][data-ready="true"]').waitFor();
  await popup.locator('[data-testid="retro"]').scrollIntoViewIfNeeded();
  await popup.screenshot({ path: join(outDir, `popup-retro${suffix}.png`) });
  await options.goto(options.url().replace(/#.*$/, '#retro/product'));
  await options.locator('[data-view="product"]').waitFor();
  await options.screenshot({ path: join(outDir, `options-retro${suffix}.png`), fullPage: true });
  await harness.close();
  console.log(`Screenshots in ${outDir}`);
} else {
  console.log('Close the browser window to end the demo.');
  await new Promise<void>((resolve) => harness.context.on('close', () => resolve()));
}
