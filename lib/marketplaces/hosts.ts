/**
 * Marketplace hosts HelloWord runs on. The manifest's content-script matches are generated from
 * these lists, so adding a host here is the only change needed to support it.
 */
import { isEbayHost } from './ebay/hosts';
import { isShopifyAdminHost } from './shopify/hosts';

export { EBAY_HOSTS, ebayMatchPatterns, ebayMessagingMatchPatterns, isEbayHost } from './ebay/hosts';
export { SHOPIFY_ADMIN_HOST, shopifyMatchPatterns, isShopifyAdminHost } from './shopify/hosts';

/** Amazon Seller Central hosts and the country of the marketplace each one serves by default. */
export const AMAZON_SELLER_CENTRAL_HOSTS = {
  'sellercentral.amazon.com': 'US',
  'sellercentral.amazon.ca': 'CA',
  'sellercentral.amazon.com.mx': 'MX',
  'sellercentral.amazon.com.br': 'BR',
  'sellercentral.amazon.co.uk': 'GB',
  'sellercentral.amazon.de': 'DE',
  'sellercentral.amazon.fr': 'FR',
  'sellercentral.amazon.it': 'IT',
  'sellercentral.amazon.es': 'ES',
  'sellercentral.amazon.nl': 'NL',
  'sellercentral.amazon.se': 'SE',
  'sellercentral.amazon.pl': 'PL',
  'sellercentral.amazon.com.be': 'BE',
  'sellercentral.amazon.com.tr': 'TR',
  'sellercentral.amazon.ae': 'AE',
  'sellercentral.amazon.sa': 'SA',
  'sellercentral.amazon.eg': 'EG',
  'sellercentral.amazon.in': 'IN',
  'sellercentral.amazon.co.jp': 'JP',
  'sellercentral.amazon.com.au': 'AU',
  'sellercentral.amazon.sg': 'SG',
  // The unified European host serves every EU/UK store; the country comes from the page's sales channel.
  'sellercentral-europe.amazon.com': null,
} as const satisfies Record<string, string | null>;

export type AmazonHost = keyof typeof AMAZON_SELLER_CENTRAL_HOSTS;

/**
 * The Seller Central sections HelloWord annotates (Manage Orders, the legacy orders list, Manage
 * Returns). The content script runs only there: every other Seller Central page (payments,
 * inventory, reports…) loads without it, costs nothing and is never read. Sections move between
 * pages inside these apps without reloading, which the content script follows.
 */
export const AMAZON_SECTIONS = ['/orders-v3*', '/gp/orders-v2/*', '/gp/returns/*'] as const;

export const amazonMatchPatterns = Object.keys(AMAZON_SELLER_CENTRAL_HOSTS).flatMap((host) =>
  AMAZON_SECTIONS.map((path) => `https://${host}${path}`),
);

/**
 * Buyer-Seller Messages is an app of its own (moving there from Manage Orders loads a new page), so
 * the reply assistant is a separate content script: order pages never load its code.
 */
export const AMAZON_MESSAGING_SECTIONS = ['/messaging/*'] as const;

export const amazonMessagingMatchPatterns = Object.keys(AMAZON_SELLER_CENTRAL_HOSTS).flatMap((host) =>
  AMAZON_MESSAGING_SECTIONS.map((path) => `https://${host}${path}`),
);

export function isAmazonSellerCentralHost(host: string): host is AmazonHost {
  return Object.hasOwn(AMAZON_SELLER_CENTRAL_HOSTS, host);
}

/** Whether a page on this host may talk to the background: every marketplace HelloWord runs on. */
export function isMarketplaceHost(host: string): boolean {
  return isAmazonSellerCentralHost(host) || isEbayHost(host) || isShopifyAdminHost(host);
}

/** Amazon retail domains as they appear in "Sales channel: Amazon.co.uk" → country. */
export const AMAZON_SALES_CHANNEL_COUNTRY: Record<string, string> = {
  'amazon.com': 'US',
  'amazon.ca': 'CA',
  'amazon.com.mx': 'MX',
  'amazon.com.br': 'BR',
  'amazon.co.uk': 'GB',
  'amazon.de': 'DE',
  'amazon.fr': 'FR',
  'amazon.it': 'IT',
  'amazon.es': 'ES',
  'amazon.nl': 'NL',
  'amazon.se': 'SE',
  'amazon.pl': 'PL',
  'amazon.com.be': 'BE',
  'amazon.ie': 'IE',
  'amazon.com.tr': 'TR',
  'amazon.ae': 'AE',
  'amazon.sa': 'SA',
  'amazon.eg': 'EG',
  'amazon.in': 'IN',
  'amazon.co.jp': 'JP',
  'amazon.com.au': 'AU',
  'amazon.sg': 'SG',
};
