/**
 * Which Shopify admin page a URL shows. The admin is one single-page app under
 * admin.shopify.com/store/<handle>/…; each check sits beside the URLs it must accept
 * (github-url-detection style) and tests/unit/marketplaces/shopify/pages.test.ts proves each
 * accepts its own examples and rejects every other check's.
 *
 * Evidence and confidence:
 *  - /orders/<numeric id> and /products?selectedView=all&query=… are used by public scripts on the
 *    live admin (reference/marketplace-dom/selectors-seen-in-public-code.md); /products/<numeric id>
 *    by a public Coda pack matcher and Selenium tests; /orders and /products by the admin's own nav.
 *    High confidence.
 *  - Return requests are reviewed on the order page ("In the Return requested section, click Review
 *    request", help.shopify.com managing-returns). That page is recognised as a return by what it
 *    shows, not by its URL (index.ts). High confidence that the card exists; its wording is ours.
 *  - /orders/<id>/returns/<return id>: the page a return opens on. No public code shows this URL;
 *    LOW confidence, kept because the admin nests every order sub-page under /orders/<id>/.
 *  - Shopify has no separate returns list (returns live on their order), so there is no returnsList
 *    check; the orders list filtered by return status shows no reasons to act on.
 */
import type { PageDefinition } from '../../features/adapter';

/**
 * A page check plus whether its rows name a SKU. Orders-list rows never do (line items are not on
 * the list) and product rows do only where variants are shown: the health chip's "no SKU found"
 * check must skip such pages (see the report on issue 6; the runner reads PageDefinition only).
 */
export interface ShopifyPageDefinition extends PageDefinition {
  rowsCarrySku: boolean;
}

const STORE = String.raw`^/store/[a-z0-9][a-z0-9-]*`;
const ORDERS_LIST_PATH = new RegExp(`${STORE}/orders/?$`, 'i');
const ORDER_DETAIL_PATH = new RegExp(`${STORE}/orders/(\\d+)/?$`, 'i');
const RETURN_PATH = new RegExp(`${STORE}/orders/(\\d+)/returns/(\\d+)(?:/review)?/?$`, 'i');
const PRODUCTS_LIST_PATH = new RegExp(`${STORE}/products/?$`, 'i');
const PRODUCT_DETAIL_PATH = new RegExp(`${STORE}/products/(\\d+)/?$`, 'i');

/** The numeric order id in an order page's (or its return page's) URL. */
export function orderIdInPath(pathname: string): string | undefined {
  return ORDER_DETAIL_PATH.exec(pathname)?.[1] ?? RETURN_PATH.exec(pathname)?.[1];
}

/** The numeric product id in a product page's URL. */
export function productIdInPath(pathname: string): string | undefined {
  return PRODUCT_DETAIL_PATH.exec(pathname)?.[1];
}

export const ordersList: ShopifyPageDefinition = {
  kind: 'ordersList',
  title: 'Orders',
  rowsCarrySku: false,
  test: (url) => ORDERS_LIST_PATH.test(url.pathname),
  examples: [
    'https://admin.shopify.com/store/helloword-demo/orders',
    'https://admin.shopify.com/store/helloword-demo/orders/',
    'https://admin.shopify.com/store/helloword-demo/orders?selectedView=all',
    'https://admin.shopify.com/store/helloword-demo/orders?selectedView=unfulfilled&query=dress',
    'https://admin.shopify.com/store/decjuba-nz/orders?selectedView=all&page=2',
  ],
};

export const orderDetail: ShopifyPageDefinition = {
  kind: 'orderDetail',
  title: 'Order details',
  rowsCarrySku: true,
  test: (url) => ORDER_DETAIL_PATH.test(url.pathname),
  examples: [
    'https://admin.shopify.com/store/helloword-demo/orders/5872041345123',
    'https://admin.shopify.com/store/helloword-demo/orders/5872041345123/',
    'https://admin.shopify.com/store/quickstart-3cc5dc2a/orders/450789469',
  ],
};

export const returnDetail: ShopifyPageDefinition = {
  kind: 'returnDetail',
  title: 'Return',
  rowsCarrySku: true,
  test: (url) => RETURN_PATH.test(url.pathname),
  examples: [
    'https://admin.shopify.com/store/helloword-demo/orders/5872041345140/returns/21004',
    'https://admin.shopify.com/store/helloword-demo/orders/5872041345140/returns/21004/review',
  ],
};

export const listingsList: ShopifyPageDefinition = {
  kind: 'listingsList',
  title: 'Products',
  rowsCarrySku: false,
  test: (url) => PRODUCTS_LIST_PATH.test(url.pathname),
  examples: [
    'https://admin.shopify.com/store/helloword-demo/products',
    'https://admin.shopify.com/store/f472ca/products?selectedView=all',
    'https://admin.shopify.com/store/ivan-dev-store-2/products?selectedView=all&query=Selenium',
  ],
};

export const productDetail: ShopifyPageDefinition = {
  kind: 'productDetail',
  title: 'Product',
  rowsCarrySku: true,
  test: (url) => PRODUCT_DETAIL_PATH.test(url.pathname),
  examples: [
    'https://admin.shopify.com/store/helloword-demo/products/8103775797341',
    'https://admin.shopify.com/store/qorve/products/123',
    'https://admin.shopify.com/store/helloword-demo/products/8103775797341/',
  ],
};

export const shopifyPages: readonly ShopifyPageDefinition[] = [ordersList, orderDetail, returnDetail, listingsList, productDetail];

/** Admin URLs that none of the checks may accept. */
export const shopifyUnsupportedExamples: readonly string[] = [
  'https://admin.shopify.com/store/helloword-demo',
  'https://admin.shopify.com/store/helloword-demo/home',
  'https://admin.shopify.com/store/helloword-demo/orders/new',
  'https://admin.shopify.com/store/helloword-demo/draft_orders',
  'https://admin.shopify.com/store/helloword-demo/orders/5872041345123/edit',
  'https://admin.shopify.com/store/helloword-demo/orders/5872041345123/returns/new',
  'https://admin.shopify.com/store/helloword-demo/orders/5872041345123/refund',
  'https://admin.shopify.com/store/helloword-demo/products/new',
  'https://admin.shopify.com/store/helloword-demo/products/inventory',
  'https://admin.shopify.com/store/quickstart-3cc5dc2a/products/8103775797341/variants/44334137737309',
  'https://admin.shopify.com/store/helloword-demo/customers/7123456789',
  'https://admin.shopify.com/store/helloword-demo/settings/customer-accounts',
  'https://admin.shopify.com/store/helloword-demo/apps/helloword/app',
];
