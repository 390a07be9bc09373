/**
 * The Shopify admin case for `npm run bench`: the generated 2,000-row orders list (Polaris
 * IndexTable, tests/fixtures/shopify/generate.ts) at its real address, and how many lines the
 * extension should read from it (one per order: line items are not on the list). Usage in run.ts:
 *
 *   const shopify = shopifyOrdersListBench();
 *   const result = await benchPageCost(shopify.url, shopify.html, shopify.linesOf(shopify.html));
 *
 * Note: benchPageCost waits for the health chip's data-state="done"; on the orders list the chip
 * says "no-sku" until the runner skips the SKU check on pages without SKUs (see the issue-6 report),
 * so wire this in after that fix (or let benchPageCost accept "no-sku" as settled).
 */
import { ordersListPage } from '../fixtures/shopify/generate';

export const SHOPIFY_ORDERS_BENCH_URL = 'https://admin.shopify.com/store/helloword-demo/orders?selectedView=all';

/** One line per order row of the orders IndexTable. */
export const shopifyLinesOf = (html: string): number => (html.match(/<tr id="\d+" class="Polaris-IndexTable__TableRow/g) ?? []).length;

export function shopifyOrdersListBench(rows = 2000): { url: string; html: string; linesOf: (html: string) => number; lines: number } {
  const html = ordersListPage({ rows });
  return { url: SHOPIFY_ORDERS_BENCH_URL, html, linesOf: shopifyLinesOf, lines: shopifyLinesOf(html) };
}
