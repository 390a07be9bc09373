/** The Shopify admin fixture pages, each at the real address the admin serves it from. */
import { fixture } from './harness';
import type { DemoPage } from './pages';
import { ordersListPage } from '../fixtures/shopify/generate';

const ADMIN = 'https://admin.shopify.com/store/helloword-demo';

export const SHOPIFY_PAGES = {
  ordersEn: { name: 'shopify-orders-en', url: `${ADMIN}/orders`, html: fixture('shopify/orders-list.en.html') },
  ordersZh: { name: 'shopify-orders-zh', url: `${ADMIN}/orders?selectedView=all`, html: fixture('shopify/orders-list.zh.html') },
  ordersVariant: { name: 'shopify-orders-restyled', url: `${ADMIN}/orders?selectedView=unfulfilled`, html: fixture('shopify/orders-list.variant.html') },
  ordersBroken: { name: 'shopify-orders-unknown-layout', url: `${ADMIN}/orders?selectedView=open`, html: fixture('shopify/orders-list.broken.html') },
  orderDetailEn: { name: 'shopify-order-detail-en', url: `${ADMIN}/orders/5872041345118`, html: fixture('shopify/order-detail.en.html') },
  orderDetailZh: { name: 'shopify-order-detail-zh', url: `${ADMIN}/orders/5872041345114`, html: fixture('shopify/order-detail.zh.html') },
  returnRequestEn: { name: 'shopify-return-request-en', url: `${ADMIN}/orders/5872041345105`, html: fixture('shopify/order-return-request.en.html') },
  returnRequestZh: { name: 'shopify-return-request-zh', url: `${ADMIN}/orders/5872041345120`, html: fixture('shopify/order-return-request.zh.html') },
  returnEn: { name: 'shopify-return-en', url: `${ADMIN}/orders/5872041345109/returns/21009`, html: fixture('shopify/return-detail.en.html') },
  productsEn: { name: 'shopify-products-en', url: `${ADMIN}/products?selectedView=all`, html: fixture('shopify/products-list.en.html') },
  productsZh: { name: 'shopify-products-zh', url: `${ADMIN}/products`, html: fixture('shopify/products-list.zh.html') },
  productsVariant: { name: 'shopify-products-restyled', url: `${ADMIN}/products?selectedView=active`, html: fixture('shopify/products-list.variant.html') },
  productEn: { name: 'shopify-product-en', url: `${ADMIN}/products/8103775797341`, html: fixture('shopify/product-edit.en.html') },
  productZh: { name: 'shopify-product-zh', url: `${ADMIN}/products/8103775797401`, html: fixture('shopify/product-edit.zh.html') },
  orders2000: { name: 'shopify-orders-2000-rows', url: `${ADMIN}/orders?selectedView=all&page=1`, html: () => ordersListPage({ rows: 2000 }) },
} satisfies Record<string, DemoPage>;
