/** The eBay seller pages for e2e and demos: fixture files served at the addresses Seller Hub uses. */
import { fixture } from './harness';
import { ordersListPage } from '../fixtures/ebay/generate';

export interface EbayDemoPage {
  name: string;
  url: string;
  html: string | (() => string);
}

/**
 * One address per path and site: the harness serves by origin + path (the query is ignored), so
 * pages of the same kind sit on different eBay sites.
 */
export const EBAY_PAGES = {
  ordersEn: { name: 'ebay-orders-en', url: 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS', html: fixture('ebay/orders-list.en.html') },
  ordersDe: { name: 'ebay-orders-de', url: 'https://www.ebay.de/sh/ord/?filter=status%3AALL_ORDERS', html: fixture('ebay/orders-list.de.html') },
  ordersVariant: {
    name: 'ebay-orders-restyled',
    url: 'https://www.ebay.co.uk/sh/ord/?filter=status:ALL_ORDERS',
    html: fixture('ebay/orders-list.variant.html'),
  },
  ordersBroken: {
    name: 'ebay-orders-unknown-layout',
    url: 'https://www.ebay.com.au/sh/ord/?filter=status:AWAITING_SHIPMENT',
    html: fixture('ebay/orders-list.broken.html'),
  },
  orderDetailEn: {
    name: 'ebay-order-detail-en',
    url: 'https://www.ebay.com/sh/ord/details?orderid=24-37859-60442',
    html: fixture('ebay/order-detail.en.html'),
  },
  orderDetailDe: {
    name: 'ebay-order-detail-de',
    url: 'https://www.ebay.de/mesh/ord/details?mode=SH&orderid=25-48960-71553&source=Orders',
    html: fixture('ebay/order-detail.de.html'),
  },
  returnsEn: { name: 'ebay-returns-en', url: 'https://www.ebay.co.uk/sh/ord/return', html: fixture('ebay/returns-list.en.html') },
  returnsDe: { name: 'ebay-returns-de', url: 'https://www.ebay.de/sh/ord/return', html: fixture('ebay/returns-list.de.html') },
  returnDetailEn: {
    name: 'ebay-return-detail-en',
    url: 'https://www.ebay.com/rt/ReturnDetails?returnId=5012345678',
    html: fixture('ebay/return-detail.en.html'),
  },
  listingsEn: { name: 'ebay-listings-en', url: 'https://www.ebay.com/sh/lst/active', html: fixture('ebay/listings.en.html') },
  listingsDe: { name: 'ebay-listings-de', url: 'https://www.ebay.de/sh/lst/active', html: fixture('ebay/listings.de.html') },
  listingsVariant: {
    name: 'ebay-listings-restyled',
    url: 'https://www.ebay.co.uk/sh/lst/active',
    html: fixture('ebay/listings.variant.html'),
  },
  orders2000: {
    name: 'ebay-orders-2000-rows',
    url: 'https://www.ebay.ca/sh/ord/?filter=status:ALL_ORDERS&limit=200',
    // Built when served, so its dates are relative to the day the tests run.
    html: () => ordersListPage({ rows: 2000 }),
  },
} satisfies Record<string, EbayDemoPage>;

/** The pages a demo walks through, in order. */
export const EBAY_DEMO_PAGES: EbayDemoPage[] = [
  EBAY_PAGES.ordersEn,
  EBAY_PAGES.orderDetailEn,
  EBAY_PAGES.returnsEn,
  EBAY_PAGES.listingsEn,
  EBAY_PAGES.ordersDe,
  EBAY_PAGES.listingsDe,
];
