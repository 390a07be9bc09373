/**
 * The eBay Seller Hub orders grid for `npm run bench`: a 2,000-row page (2,400 item lines) built
 * from the same template as tests/fixtures/ebay/orders-list.en.html, the address it is served at
 * (the manifest injects the eBay content script there), and the count of item lines on a page —
 * the same shape as the Amazon figures in run.ts:
 *
 *   const { url, html, linesOf } = ebayOrdersBench();
 *   await benchPageCost(url, html, linesOf(html));
 */
import { countItemLines, ordersListPage } from '../fixtures/ebay/generate';

export interface EbayBenchPage {
  url: string;
  html: string;
  /** Item lines ("Custom label (SKU):" lines) on a page of this grid. */
  linesOf: (html: string) => number;
}

export function ebayOrdersBench(rows = 2000, now: Date = new Date()): EbayBenchPage {
  return {
    url: 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS&limit=200',
    html: ordersListPage({ rows, now }),
    linesOf: countItemLines,
  };
}
