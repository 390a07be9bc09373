/** eBay Seller Hub: the adapter the content script and the features use. */
import type { MarketplaceAdapter } from '../../features/adapter';
import { countVisibleOrderIds, extractRow, findRowElements, readPageContext } from './extract';
import { ebayPages } from './pages';

export const ebayAdapter: MarketplaceAdapter = {
  marketplace: 'ebay',
  pages: ebayPages,
  // URLs alone tell Seller Hub's pages apart; the document is not needed (yet).
  detectPage: (url) => ebayPages.find((page) => page.test(url))?.kind ?? null,
  readPageContext,
  findRowElements,
  extractRow,
  countVisibleOrderIds,
};

export { ebayPages, ebayUnsupportedExamples } from './pages';
