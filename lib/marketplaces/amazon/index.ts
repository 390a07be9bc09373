/** Amazon Seller Central: the adapter the content script and the features use. */
import type { MarketplaceAdapter } from '../../features/adapter';
import { countVisibleOrderIds, extractRow, findRowElements, readPageContext } from './extract';
import { amazonPages } from './pages';

export const amazonAdapter: MarketplaceAdapter = {
  marketplace: 'amazon',
  pages: amazonPages,
  // URLs alone tell Seller Central's pages apart; the document is not needed (yet).
  detectPage: (url) => amazonPages.find((page) => page.test(url))?.kind ?? null,
  readPageContext,
  findRowElements,
  extractRow,
  countVisibleOrderIds,
};

export { amazonPages } from './pages';
