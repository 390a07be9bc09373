/**
 * Which Seller Hub page a URL shows. Each check sits beside the URLs it must accept
 * (github-url-detection style); tests/unit/marketplaces/ebay/pages.test.ts proves each check accepts
 * its own examples and rejects every other check's (and Amazon's and Shopify's). Hosts are not
 * checked here: the manifest only injects on the eBay sites of hosts.ts.
 *
 * Evidence, strongest first (public code, 2020–2026; see selectors.ts for the markup):
 *  - orders: /sh/ord/?filter=status:ALL_ORDERS | AWAITING_SHIPMENT | AWAITING_PAYMENT | PAID_SHIPPED
 *    (dozens of scripts; ebay.com/.co.uk/.de), paged with &offset=N&limit=200, timerange:LAST90D…
 *  - order details: /sh/ord/details?orderid=NN-NNNNN-NNNNN (also ?srn=<sales record>), and the page
 *    the grid's own "View order details" link opens today, /mesh/ord/details?mode=SH&orderid=…
 *  - return details: /rt/ReturnDetails?returnId=<id> (several tools; one measured on a live dashboard).
 *  - returns list: /sh/ord/return?filter=status:…&search=returnId:<id> — ONE public link (ebay.co.uk);
 *    cancellations: /sh/ord/cancel — ONE public scraper. Thin evidence: the filter values of the
 *    returns list and the markup of both pages are unknown (the fixtures say so).
 *  - active listings: /sh/lst/active (?offset=&limit=, ?storeCatIds=…&source=filterpanel).
 */
import type { PageDefinition } from '../../features/adapter';

/** eBay order numbers: 2-5-5 digits ("12-34567-89012"). */
export const ORDER_ID = /\b\d{2}-\d{5}-\d{5}\b/;
/** Orders before the 2019 format: "<item id>-<transaction id>". Accepted in detail URLs only. */
const LEGACY_ORDER_ID = /^\d{9,14}-\d{9,16}$/;

const ORDERS_LIST_PATH = /^\/sh\/ord\/?$/;
const ORDER_DETAIL_PATH = /^\/(?:sh|mesh)\/ord\/details\/?$/;
const RETURNS_LIST_PATH = /^\/sh\/ord\/(?:return|cancel)\/?$/;
const RETURN_DETAIL_PATH = /^\/rt\/ReturnDetails\/?$/i;
const LISTINGS_PATH = /^\/sh\/lst\/active\/?$/;

/** A query parameter by name, case-insensitively ("orderid", "orderId"). */
function param(url: URL, name: string): string | null {
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === name) return value;
  return null;
}

function hasOrderReference(url: URL): boolean {
  const orderId = param(url, 'orderid');
  if (orderId !== null) return ORDER_ID.test(orderId) || LEGACY_ORDER_ID.test(orderId);
  return /^\d{1,12}$/.test(param(url, 'srn') ?? '');
}

export const ordersList: PageDefinition = {
  kind: 'ordersList',
  title: 'Orders',
  test: (url) => ORDERS_LIST_PATH.test(url.pathname),
  examples: [
    'https://www.ebay.com/sh/ord/?filter=status:AWAITING_SHIPMENT',
    'https://www.ebay.com/sh/ord?filter=status%3AALL_ORDERS',
    'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS&limit=200&offset=200',
    'https://www.ebay.co.uk/sh/ord/?filter=status%3APAID_SHIPPED%2Ctimerange%3APREVIOUSYEAR',
    'https://www.ebay.de/sh/ord/?filter=status%3AALL_ORDERS%2Ctimerange%3ACURRENTYEAR',
    'https://www.ebay.com.au/sh/ord',
  ],
};

export const orderDetail: PageDefinition = {
  kind: 'orderDetail',
  title: 'Order details',
  test: (url) => ORDER_DETAIL_PATH.test(url.pathname) && hasOrderReference(url),
  examples: [
    'https://www.ebay.com/sh/ord/details?orderid=12-34567-89012',
    'https://www.ebay.co.uk/sh/ord/details?srn=1187&orderid=07-11483-52016',
    'https://www.ebay.de/sh/ord/details?srn=4711',
    'https://www.ebay.com/mesh/ord/details?mode=SH&orderid=12-34567-89012&source=Orders',
    'https://www.ebay.co.uk/mesh/ord/details?mode=SH&orderid=07-11483-52016',
    'https://www.ebay.com/sh/ord/details?orderid=256012345678-2879451230012',
  ],
};

export const returnsList: PageDefinition = {
  kind: 'returnsList',
  title: 'Returns and cancellations',
  test: (url) => RETURNS_LIST_PATH.test(url.pathname),
  examples: [
    'https://www.ebay.co.uk/sh/ord/return?filter=status%3ACLOSED_NON_US&search=returnId%3A5298765432',
    'https://www.ebay.com/sh/ord/return',
    'https://www.ebay.de/sh/ord/return/',
    'https://www.ebay.co.uk/sh/ord/cancel',
    'https://www.ebay.com/sh/ord/cancel',
  ],
};

export const returnDetail: PageDefinition = {
  kind: 'returnDetail',
  title: 'Return details',
  test: (url) => RETURN_DETAIL_PATH.test(url.pathname) && /^\d{6,16}$/.test(param(url, 'returnid') ?? ''),
  examples: [
    'https://www.ebay.com/rt/ReturnDetails?returnId=5012345678',
    'https://www.ebay.co.uk/rt/ReturnDetails?returnId=5298765432',
    'https://www.ebay.de/rt/ReturnDetails?returnId=5123456789',
  ],
};

export const listingsList: PageDefinition = {
  kind: 'listingsList',
  title: 'Active listings',
  test: (url) => LISTINGS_PATH.test(url.pathname),
  examples: [
    'https://www.ebay.com/sh/lst/active',
    'https://www.ebay.de/sh/lst/active?offset=200&limit=200',
    'https://www.ebay.com/sh/lst/active?storeCatIds=44678633011&source=filterpanel&action=search',
    'https://www.ebay.co.uk/sh/lst/active?offers=sendNewOffers&limit=200',
    'https://www.ebay.com.au/sh/lst/active/',
  ],
};

export const ebayPages: readonly PageDefinition[] = [ordersList, orderDetail, returnsList, returnDetail, listingsList];

/** URLs on eBay sites (some inside the injected sections) that none of the checks may accept. */
export const ebayUnsupportedExamples: readonly string[] = [
  'https://www.ebay.com/sh/ovw',
  'https://www.ebay.com/sh/performance',
  'https://www.ebay.com/sh/reports/downloads',
  'https://www.ebay.com/sh/lst/ended',
  'https://www.ebay.com/sh/lst/drafts',
  'https://www.ebay.com/sh/lst/unsold',
  'https://www.ebay.com/sh/ord/details',
  'https://www.ebay.com/sh/ord/details?orderid=not-an-order',
  'https://www.ebay.com/mesh/ord/details?mode=SH',
  'https://www.ebay.com/rt/ReturnDetails',
  'https://www.ebay.com/rt/ReturnDetails?returnId=abc',
  'https://www.ebay.com/sh/fin/disputes',
  'https://www.ebay.com/itm/256012345678',
  'https://www.ebay.com/ulk/messages/reply?M2MContact&item=256012345678&requested=jane_doe_88&redirect=0',
  'https://www.ebay.com/mye/myebay/purchase',
];
