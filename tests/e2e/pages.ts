/** The demo/e2e seller pages: fixture files served at the addresses Seller Central uses. */
import { fixture } from './harness';
import { ordersListPage } from '../fixtures/amazon/generate';
import { inboxPage, MESSAGING_URLS, threadPageDe, threadPageEn } from '../fixtures/amazon/messaging/generate';
import { EBAY_PAGES } from './ebay-pages';
import { SHOPIFY_PAGES } from './shopify-pages';

export interface DemoPage {
  name: string;
  url: string;
  html: string | (() => string);
  /** What shows the page is done (default: the health chip finished reading). */
  ready?: string;
}

export const AMAZON_PAGES = {
  ordersEn: { name: 'amazon-orders-en', url: 'https://sellercentral.amazon.com/orders-v3', html: fixture('amazon/orders-list.en.html') },
  ordersJa: { name: 'amazon-orders-ja', url: 'https://sellercentral.amazon.co.jp/orders-v3', html: fixture('amazon/orders-list.ja.html') },
  ordersVariant: {
    name: 'amazon-orders-restyled',
    url: 'https://sellercentral.amazon.co.uk/orders-v3',
    html: fixture('amazon/orders-list.variant.html'),
  },
  orderDetailEn: {
    name: 'amazon-order-detail-en',
    url: 'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232',
    html: fixture('amazon/order-detail.en.html'),
  },
  orderDetailJa: {
    name: 'amazon-order-detail-ja',
    url: 'https://sellercentral.amazon.co.jp/orders-v3/order/503-1234567-7654321',
    html: fixture('amazon/order-detail.ja.html'),
  },
  returnsEn: { name: 'amazon-returns-en', url: 'https://sellercentral.amazon.com/gp/returns/list/v2', html: fixture('amazon/returns-list.en.html') },
  returnsDe: { name: 'amazon-returns-de', url: 'https://sellercentral.amazon.de/gp/returns/list/v2', html: fixture('amazon/returns-list.de.html') },
  returnsZh: {
    name: 'amazon-returns-zh',
    url: 'https://sellercentral-europe.amazon.com/gp/returns/list/v2',
    html: fixture('amazon/returns-list.zh.html'),
  },
  orders2000: {
    name: 'amazon-orders-2000-rows',
    url: 'https://sellercentral.amazon.com/orders-v3/mfn/all',
    html: () => ordersListPage({ rows: 2000 }),
  },
} satisfies Record<string, DemoPage>;

const REPLY_READY = '[data-helloword="reply-suggestions"][data-intent]';

/** Message pages, built when served: their times are relative to the moment the demo runs. */
export const AMAZON_MESSAGE_PAGES = {
  threadEn: { name: 'amazon-message-thread-en', url: MESSAGING_URLS.threadEn, html: () => threadPageEn(new Date()), ready: REPLY_READY },
  threadDe: { name: 'amazon-message-thread-de', url: MESSAGING_URLS.threadDe, html: () => threadPageDe(new Date()), ready: REPLY_READY },
  inbox: { name: 'amazon-message-inbox', url: MESSAGING_URLS.inbox, html: () => inboxPage(new Date()), ready: '[data-helloword="reply-clock"][data-view="queue"]' },
} satisfies Record<string, DemoPage>;

export const DEMO_PAGES: DemoPage[] = [
  AMAZON_PAGES.ordersEn,
  AMAZON_PAGES.orderDetailEn,
  AMAZON_PAGES.returnsEn,
  AMAZON_PAGES.returnsDe,
  AMAZON_PAGES.ordersJa,
  AMAZON_PAGES.ordersVariant,
  AMAZON_MESSAGE_PAGES.threadEn,
  AMAZON_MESSAGE_PAGES.threadDe,
  AMAZON_MESSAGE_PAGES.inbox,
  EBAY_PAGES.ordersEn,
  EBAY_PAGES.returnsEn,
  EBAY_PAGES.listingsEn,
  EBAY_PAGES.ordersDe,
  SHOPIFY_PAGES.orderDetailEn,
  SHOPIFY_PAGES.returnRequestEn,
  SHOPIFY_PAGES.productsEn,
  SHOPIFY_PAGES.ordersZh,
];
