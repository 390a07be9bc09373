/**
 * Loads the production build into Debian's Chromium (playwright-core, no downloaded browser) and
 * serves fixture pages at the real marketplace addresses, so the manifest's own match patterns
 * decide where the content scripts run.
 */
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, process.env.HW_OUT_DIR || '.output', 'chrome-mv3');
export const FIXTURES = join(ROOT, 'tests/fixtures');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('Chromium not found: install Debian\'s chromium (apt-get install -y chromium) or set CHROMIUM_PATH');
  return found;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Serve `html` at `url` (exact, ignoring the query unless `matchQuery`). */
  serve: (url: string, html: string | (() => string)) => Promise<void>;
  openExtensionPage: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

export async function launchExtension({ headless = true, locale = 'en-US' }: { headless?: boolean; locale?: string } = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No build at ${EXTENSION_DIR}: run "npm run build" first`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'helloword-e2e-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--lang=${locale}`,
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
  ];
  if (headless) args.unshift('--headless=new');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    args,
    locale,
    viewport: { width: 1440, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  const pages = new Map<string, string | (() => string)>();
  const routed = new Set<string>();
  // Anything not served by a fixture is refused, as the closed network would anyway.
  await context.route(/^https?:\/\//, (route) => route.abort());
  await routeMarketplaceAssets(context);

  const serve = async (url: string, html: string | (() => string)) => {
    const parsed = new URL(url);
    pages.set(parsed.origin + parsed.pathname, html);
    if (routed.has(parsed.origin)) return;
    routed.add(parsed.origin);
    await context.route(`${parsed.origin}/**`, (route) => {
      const requested = new URL(route.request().url());
      const body = pages.get(requested.origin + requested.pathname);
      if (body === undefined) return route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title><p>Not found</p>' });
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: typeof body === 'function' ? body() : body });
    });
  };

  return {
    context,
    extensionId,
    worker,
    serve,
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The CDN the fixture pages load from: their stylesheets (tests/fixtures/amazon/assets) and a
 * neutral tile for every product image, so pages render like the real ones without any network.
 */
export async function routeMarketplaceAssets(context: BrowserContext): Promise<void> {
  const stylesheets: Record<string, string> = {
    '/images/G/01/AUIClients/SellerCentralFixture.css': 'amazon/assets/seller-central.css',
    '/images/S/sc-web-2026/app.7c1e9a.css': 'amazon/assets/restyle-2026.css',
  };
  await context.route('https://m.media-amazon.com/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    const css = stylesheets[path];
    if (css) return route.fulfill({ status: 200, contentType: 'text/css', body: fixture(css) });
    return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: productTile(path) });
  });
  // eBay and Shopify CDNs: a stylesheet is served from tests/fixtures/<marketplace>/assets/<file name>;
  // everything else (images) gets a neutral tile.
  const cdns: Record<string, string> = {
    'https://ir.ebaystatic.com': 'ebay',
    'https://i.ebayimg.com': 'ebay',
    'https://cdn.shopify.com': 'shopify',
  };
  for (const [origin, marketplace] of Object.entries(cdns)) {
    await context.route(`${origin}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      const name = path.split('/').pop() ?? '';
      if (name.endsWith('.css')) {
        const file = join(FIXTURES, marketplace, 'assets', name);
        if (existsSync(file)) return route.fulfill({ status: 200, contentType: 'text/css', body: readFileSync(file, 'utf8') });
        return route.fulfill({ status: 404, body: '' });
      }
      return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: productTile(path) });
    });
  }
}

const TILE_COLOURS = ['#e3f2fd', '#fce4ec', '#e8f5e9', '#fff3e0', '#ede7f6', '#e0f7fa'];

function productTile(path: string): string {
  const name = path.split('/').pop() ?? '';
  const hash = [...name].reduce((sum, ch) => sum + ch.charCodeAt(0), 0);
  const colour = TILE_COLOURS[hash % TILE_COLOURS.length];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 60 60"><rect width="60" height="60" rx="4" fill="${colour}"/><rect x="16" y="14" width="28" height="32" rx="3" fill="#fff" stroke="#b0bec5"/></svg>`;
}

export function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

/** Loads the demo workspace the way a seller does: the options page's button. */
export async function loadDemoWorkspace(harness: Harness): Promise<void> {
  const page = await harness.openExtensionPage('options.html#backup');
  // Once seen on a loaded machine: the first message to a service worker that was just starting got
  // no answer. A reload and a second click is what a seller would do; a real failure still fails.
  for (let attempt = 1; ; attempt++) {
    await page.locator('[data-action="load-demo"]').click();
    try {
      await page.locator('[data-testid="backup-status"]').waitFor({ timeout: 20_000 });
      break;
    } catch (error) {
      if (attempt >= 2) throw error;
      await page.reload();
    }
  }
  const status = await page.locator('[data-testid="backup-status"]').innerText();
  if (!/demo/i.test(status) && !/演示/.test(status)) throw new Error(`Demo workspace did not load: ${status}`);
  await page.close();
}
