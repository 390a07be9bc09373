/** Shopify admin: the adapter the content script and the features use. */
import type { MarketplaceAdapter } from '../../features/adapter';
import { countVisibleOrderIds, extractRow, findRowElements, isOrderPageWithReturn, readPageContext } from './extract';
import { shopifyPages } from './pages';

export const shopifyAdapter: MarketplaceAdapter = {
  marketplace: 'shopify',
  pages: shopifyPages,
  // URLs tell the pages apart, except one: an order page showing a return request is read as that
  // return (Shopify reviews returns on the order page), so its items get return hints.
  detectPage: (url, doc) => {
    const kind = shopifyPages.find((page) => page.test(url))?.kind ?? null;
    return kind === 'orderDetail' && isOrderPageWithReturn(doc) ? 'returnDetail' : kind;
  },
  readPageContext,
  findRowElements,
  extractRow,
  countVisibleOrderIds,
};

export { shopifyPages, shopifyUnsupportedExamples } from './pages';
