// github-url-detection style: each check accepts its own examples and rejects everyone else's,
// Amazon's and Shopify's included.
import { describe, expect, it } from 'vitest';
import { amazonPages, amazonUnsupportedExamples } from '../../../../lib/marketplaces/amazon/pages';
import { ebayAdapter } from '../../../../lib/marketplaces/ebay';
import { ebayPages, ebayUnsupportedExamples } from '../../../../lib/marketplaces/ebay/pages';

/** Shopify admin addresses (the Shopify adapter's own examples live with it). */
const SHOPIFY_EXAMPLES = [
  'https://admin.shopify.com/store/helloword-demo/orders',
  'https://admin.shopify.com/store/helloword-demo/orders/5123456789012',
  'https://admin.shopify.com/store/helloword-demo/products?selectedView=all',
  'https://admin.shopify.com/store/helloword-demo/products/8123456789012',
  'https://helloword-demo.myshopify.com/admin/orders/5123456789012',
];
const FOREIGN = [...amazonPages.flatMap((p) => p.examples), ...amazonUnsupportedExamples, ...SHOPIFY_EXAMPLES];

describe('eBay page checks', () => {
  for (const definition of ebayPages) {
    describe(definition.kind, () => {
      it.each(definition.examples)('accepts %s', (url) => {
        expect(definition.test(new URL(url))).toBe(true);
      });
      const others = [...ebayPages.filter((d) => d !== definition).flatMap((d) => d.examples), ...ebayUnsupportedExamples, ...FOREIGN];
      it.each(others)('rejects %s', (url) => {
        expect(definition.test(new URL(url))).toBe(false);
      });
    });
  }

  it('detectPage names the page of each example and null elsewhere', () => {
    for (const definition of ebayPages) {
      for (const url of definition.examples) expect(ebayAdapter.detectPage(new URL(url), document)).toBe(definition.kind);
    }
    for (const url of [...ebayUnsupportedExamples, ...FOREIGN]) expect(ebayAdapter.detectPage(new URL(url), document)).toBeNull();
  });

  it('examples span several eBay sites', () => {
    const hosts = new Set(ebayPages.flatMap((d) => d.examples.map((u) => new URL(u).hostname)));
    for (const host of ['www.ebay.com', 'www.ebay.co.uk', 'www.ebay.de', 'www.ebay.com.au']) expect(hosts.has(host)).toBe(true);
  });

  it('reads the order reference of detail URLs whatever the case of its name', () => {
    expect(ebayAdapter.detectPage(new URL('https://www.ebay.com/sh/ord/details?orderId=12-34567-89012'), document)).toBe('orderDetail');
    expect(ebayAdapter.detectPage(new URL('https://www.ebay.com/rt/ReturnDetails?returnid=5012345678'), document)).toBe('returnDetail');
  });
});
