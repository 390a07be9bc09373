/**
 * Shopify admin. Every shop's admin lives under one host (admin.shopify.com/store/<handle>/…) and is
 * one single-page app: moving from Home to Orders never reloads, so the content script runs on the
 * whole /store/ path and recognises the pages it reads by URL. The legacy <shop>.myshopify.com/admin
 * addresses redirect there.
 */
export const SHOPIFY_ADMIN_HOST = 'admin.shopify.com';

export const shopifyMatchPatterns = [`https://${SHOPIFY_ADMIN_HOST}/store/*`] as const;

export function isShopifyAdminHost(host: string): boolean {
  return host === SHOPIFY_ADMIN_HOST;
}
