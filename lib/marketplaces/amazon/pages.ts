/**
 * Which Seller Central page a URL shows. Each check sits beside the URLs it must accept
 * (github-url-detection style); tests/unit/marketplaces/amazon/pages.test.ts proves each check
 * accepts its own examples and rejects every other check's. The hosts are not checked here: the
 * manifest only injects on Seller Central hosts (lib/marketplaces/hosts.ts).
 */
import type { PageDefinition } from '../../features/adapter';

/** Amazon order ids: 3-7-7 digits ("114-3941689-8772232"). */
export const ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/;

const ORDERS_LIST_PATH =
  /^\/orders-v3(?:\/(?:ref=[^/]*|(?:mfn|afn|fba|all)(?:\/[\w-]+)*))?\/?$|^\/gp\/orders-v2\/list\/?$/i;
const ORDER_DETAIL_PATH = /^\/orders-v3\/order\/\d{3}-\d{7}-\d{7}(?:\/ref=[^/]*)?\/?$/;
const RETURNS_LIST_PATH = /^\/gp\/returns\/list(?:\/v2)?\/?$/;
const SINGLE_RETURN_SEARCH = /^rma(?:id)?$/i;

/** Manage Returns searched by RMA id shows that one return: the nearest thing to a return detail page. */
function isSingleReturnSearch(url: URL): boolean {
  const type = url.searchParams.get('searchType');
  return type !== null && SINGLE_RETURN_SEARCH.test(type) && Boolean(url.searchParams.get('keywordSearch'));
}

export const ordersList: PageDefinition = {
  kind: 'ordersList',
  title: 'Manage Orders',
  test: (url) => ORDERS_LIST_PATH.test(url.pathname),
  examples: [
    'https://sellercentral.amazon.com/orders-v3',
    'https://sellercentral.amazon.com/orders-v3/',
    'https://sellercentral.amazon.co.uk/orders-v3/?page=1',
    'https://sellercentral.amazon.de/orders-v3/ref=xx_myo_dnav_xx?page=2&date-range=1767225600000-1769817600000',
    'https://sellercentral.amazon.co.jp/orders-v3/mfn/unshipped?page=1&sort=ship_by_asc',
    'https://sellercentral.amazon.com/orders-v3/mfn/shipped/easyship/handover-done',
    'https://sellercentral-europe.amazon.com/orders-v3/fba/all?page=1&date-range=last-30',
    // Pre-2019 "Manage Orders" (legacy markup, tr[id^='row-']).
    'https://sellercentral.amazon.com/gp/orders-v2/list',
  ],
};

export const orderDetail: PageDefinition = {
  kind: 'orderDetail',
  title: 'Order details',
  test: (url) => ORDER_DETAIL_PATH.test(url.pathname),
  examples: [
    'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232',
    'https://sellercentral-europe.amazon.com/orders-v3/order/302-1185521-0093317?ref=xx_myo_dnav_xx',
    'https://sellercentral.amazon.co.jp/orders-v3/order/503-2291847-6630211',
    'https://sellercentral.amazon.de/orders-v3/order/028-7719340-1183956/',
  ],
};

export const returnsList: PageDefinition = {
  kind: 'returnsList',
  title: 'Manage Returns',
  test: (url) => RETURNS_LIST_PATH.test(url.pathname) && !isSingleReturnSearch(url),
  examples: [
    'https://sellercentral.amazon.com/gp/returns/list/v2',
    'https://sellercentral.amazon.de/gp/returns/list/v2?pageSize=25&pageNumber=2&preSelectedRange=30',
    'https://sellercentral.amazon.com/gp/returns/list/v2/',
    // Legacy list, still linked by order-id searches in public code.
    'https://sellercentral.amazon.co.uk/gp/returns/list?searchType=orderId&keywordSearch=026-5512093-3374410&preSelectedRange=365',
    'https://sellercentral.amazon.co.jp/gp/returns/list',
  ],
};

/**
 * Low confidence: no public code shows a dedicated return-detail URL. A 2017 Amazon notification
 * links "Return request details" to the list searched by RMA id (searchType=rma&keywordSearch=<RMA>),
 * which shows that single return with the list's row markup. We treat that as the detail view.
 */
export const returnDetail: PageDefinition = {
  kind: 'returnDetail',
  title: 'Return request details',
  test: (url) => RETURNS_LIST_PATH.test(url.pathname) && isSingleReturnSearch(url),
  examples: [
    'https://sellercentral.amazon.com/gp/returns/list?searchType=rma&keywordSearch=DsZC55PnRRMA&preSelectedRange=exactDates',
    'https://sellercentral.amazon.com/gp/returns/list/v2?searchType=rmaId&keywordSearch=DxK4mP9wRRMA',
    'https://sellercentral.amazon.de/gp/returns/list/v2?searchType=rma&keywordSearch=DbT7rQ2nRRMA',
  ],
};

export const amazonPages: readonly PageDefinition[] = [ordersList, orderDetail, returnsList, returnDetail];

/** URLs on Seller Central hosts that none of the checks may accept. */
export const amazonUnsupportedExamples: readonly string[] = [
  'https://sellercentral.amazon.com/home',
  'https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED',
  'https://sellercentral.amazon.de/inventory?viewId=FBA',
  'https://sellercentral.amazon.com/gp/returns/settings',
  'https://sellercentral.amazon.com/orders-v3/search?q=114-3941689-8772232',
  'https://sellercentral.amazon.com/order-reports-and-feeds/reports/newOrders',
  'https://sellercentral.amazon.com/messaging/contact?orderID=114-3941689-8772232&marketplaceID=ATVPDKIKX0DER',
];
