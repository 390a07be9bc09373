/**
 * eBay sites whose Seller Hub HelloWord reads, and the country each site serves. The manifest's
 * content-script matches are generated from these lists (lib/marketplaces/hosts.ts).
 */
export const EBAY_HOSTS = {
  'www.ebay.com': 'US',
  'www.ebay.co.uk': 'GB',
  'www.ebay.de': 'DE',
  'www.ebay.fr': 'FR',
  'www.ebay.it': 'IT',
  'www.ebay.es': 'ES',
  'www.ebay.com.au': 'AU',
  'www.ebay.ca': 'CA',
} as const satisfies Record<string, string>;

export type EbayHost = keyof typeof EBAY_HOSTS;

/**
 * The sections HelloWord reads: Seller Hub orders (list, details, returns, cancellations) and
 * listings; the order-details page the grid links to today (/mesh/ord/details); eBay's return
 * details page (/rt/ReturnDetails); Messages — the inbox and its conversations (/cnt/ViewMessage,
 * spelt both ways in public links: match patterns are case-sensitive) and the member-to-member
 * reply page (/ulk/messages/reply, /cnt/ReplyToMessages). Nowhere else on eBay does the content
 * script run: not the buyer's /cnt/ pages (contact seller, track package), not /itm/ or /usr/.
 */
export const EBAY_SECTIONS = ['/sh/ord*', '/sh/lst*', '/mesh/ord/*', '/rt/*'] as const;

/** Messages get their own content script: Seller Hub pages never load the reply assistant. */
export const EBAY_MESSAGING_SECTIONS = ['/cnt/ViewMessage*', '/cnt/viewMessage*', '/cnt/ReplyToMessages*', '/ulk/messages/reply*'] as const;

export function isEbayHost(host: string): host is EbayHost {
  return Object.hasOwn(EBAY_HOSTS, host);
}

export const ebayMatchPatterns = Object.keys(EBAY_HOSTS).flatMap((host) => EBAY_SECTIONS.map((path) => `https://${host}${path}`));
export const ebayMessagingMatchPatterns = Object.keys(EBAY_HOSTS).flatMap((host) => EBAY_MESSAGING_SECTIONS.map((path) => `https://${host}${path}`));
