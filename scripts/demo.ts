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
  await options.goto(options.url().replace('#catalogue', '#templates'));
  await options.locator('[data-testid="tpl-count"]').waitFor();
  await options.screenshot({ path: join(outDir, `options-templates${suffix}.png`) });
  const popup = await harness.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.locator('[data-testid="overview"]').waitFor();
  await popup.screenshot({ path: join(outDir, `popup${suffix}.png`) });
  await harness.close();
  console.log(`Screenshots in ${outDir}`);
} else {
  console.log('Close the browser window to end the demo.');
  await new Promise<void>((resolve) => harness.context.on('close', () => resolve()));
}
