import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { amazonPages } from '../../../../lib/marketplaces/amazon/pages';
import { shopifyMatchPatterns } from '../../../../lib/marketplaces/hosts';
import { shopifyPages, shopifyUnsupportedExamples } from '../../../../lib/marketplaces/shopify/pages';
import { SHOPIFY_FIXTURES } from '../../../fixtures/shopify';

const patterns = shopifyMatchPatterns.map((pattern) => new MatchPattern(pattern));
const injected = (url: string) => patterns.some((pattern) => pattern.includes(url));

describe('where the Shopify content script is injected', () => {
  it('covers every example URL of every supported page, and every fixture address', () => {
    const urls = [...shopifyPages.flatMap((page) => page.examples), ...SHOPIFY_FIXTURES.map((f) => f.url)];
    expect(urls.filter((url) => !injected(url))).toEqual([]);
  });

  it('runs on the whole admin app (pages change without reload) and nowhere else', () => {
    // The admin is one single-page app: the script must already be there when the seller moves
    // from Home to Orders, so it is injected on every /store/ page and stays idle where unsupported.
    for (const url of shopifyUnsupportedExamples) expect(injected(url), url).toBe(true);
    for (const url of [
      'https://admin.shopify.com/',
      'https://admin.shopify.com/login',
      'https://helloword-demo.myshopify.com/admin/orders/5872041345118',
      'https://shop.helloword.example/products/cotton-summer-dress',
      'https://accounts.shopify.com/store-login',
      ...amazonPages.flatMap((page) => page.examples),
    ]) {
      expect(injected(url), url).toBe(false);
    }
  });
});
