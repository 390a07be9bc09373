/** Renders public/icon/icon.svg to the PNG sizes the manifest uses (run once after editing the SVG). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, ROOT } from '../tests/e2e/harness';

const svg = readFileSync(join(ROOT, 'public/icon/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`);
  await page.screenshot({ path: join(ROOT, `public/icon/${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
