// github-url-detection style: each check accepts its own examples and rejects everyone else's —
// the other Shopify checks', the unsupported admin pages', and Amazon's and eBay's pages.
import { describe, expect, it } from 'vitest';
import { amazonPages, amazonUnsupportedExamples } from '../../../../lib/marketplaces/amazon/pages';
import { shopifyAdapter } from '../../../../lib/marketplaces/shopify';
import { shopifyPages, shopifyUnsupportedExamples } from '../../../../lib/marketplaces/shopify/pages';
import { loadFixture, parsePage, urlOf } from './load';

/** eBay Seller Hub addresses (reference/marketplace-dom/selectors-seen-in-public-code.md). */
const EBAY_EXAMPLES = [
  'https://www.ebay.com/sh/ord/',
  'https://www.ebay.com/sh/ord/?filter=status:AWAITING_SHIPMENT',
  'https://www.ebay.co.uk/sh/ord/details?orderid=12-11234-56789',
  'https://www.ebay.de/sh/lst/active',
  'https://www.ebay.com/sh/reports/downloads',
];
const FOREIGN = [...amazonPages.flatMap((d) => d.examples), ...amazonUnsupportedExamples, ...EBAY_EXAMPLES];

describe('Shopify page checks', () => {
  for (const definition of shopifyPages) {
    describe(definition.kind, () => {
      it.each(definition.examples)('accepts %s', (url) => {
        expect(definition.test(new URL(url))).toBe(true);
      });
      const others = [...shopifyPages.filter((d) => d !== definition).flatMap((d) => d.examples), ...shopifyUnsupportedExamples, ...FOREIGN];
      it.each(others)('rejects %s', (url) => {
        expect(definition.test(new URL(url))).toBe(false);
      });
    });
  }

  it('detectPage names the page of each example and null elsewhere', () => {
    const blank = parsePage('<!DOCTYPE html><html><body><main></main></body></html>');
    for (const definition of shopifyPages) {
      for (const url of definition.examples) expect(shopifyAdapter.detectPage(new URL(url), blank)).toBe(definition.kind);
    }
    for (const url of [...shopifyUnsupportedExamples, ...FOREIGN]) expect(shopifyAdapter.detectPage(new URL(url), blank)).toBeNull();
  });

  it('reads an order page that shows a return request as that return, in English and Chinese', () => {
    for (const file of ['order-return-request.en.html', 'order-return-request.zh.html']) {
      expect(shopifyAdapter.detectPage(new URL(urlOf(file)), loadFixture(file))).toBe('returnDetail');
    }
    // The same address without the return card is an ordinary order page.
    for (const file of ['order-detail.en.html', 'order-detail.zh.html']) {
      expect(shopifyAdapter.detectPage(new URL(urlOf(file)), loadFixture(file))).toBe('orderDetail');
    }
  });

  it('says which pages carry SKUs on every row (orders list: never; products list: only variant rows)', () => {
    expect(Object.fromEntries(shopifyPages.map((p) => [p.kind, p.rowsCarrySku]))).toEqual({
      ordersList: false,
      orderDetail: true,
      returnDetail: true,
      listingsList: false,
      productDetail: true,
    });
  });
});
