import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ebayPages } from '../../../../lib/marketplaces/ebay/pages';
import { EBAY_HOSTS, ebayMatchPatterns } from '../../../../lib/marketplaces/hosts';
import { EBAY_FIXTURES } from '../../../fixtures/ebay';

const patterns = ebayMatchPatterns.map((pattern) => new MatchPattern(pattern));
const injected = (url: string) => patterns.some((pattern) => pattern.includes(url));

describe('where the eBay content script is injected', () => {
  it('covers every example URL of every supported page, and every fixture address', () => {
    const urls = [...ebayPages.flatMap((page) => page.examples), ...EBAY_FIXTURES.map((f) => f.url)];
    expect(urls.filter((url) => !injected(url))).toEqual([]);
  });

  it('covers every eBay site, and stays out of the rest of eBay', () => {
    for (const host of Object.keys(EBAY_HOSTS)) {
      expect(injected(`https://${host}/sh/ord/?filter=status:ALL_ORDERS`), host).toBe(true);
      expect(injected(`https://${host}/sh/lst/active`), host).toBe(true);
      expect(injected(`https://${host}/rt/ReturnDetails?returnId=5012345678`), host).toBe(true);
    }
    for (const path of ['/', '/itm/256012340001', '/sch/i.html?_nkw=dress', '/mye/myebay/purchase', '/sh/ovw', '/sh/performance', '/ulk/messages/reply', '/usr/jane_doe_88']) {
      expect(injected(`https://www.ebay.com${path}`), path).toBe(false);
    }
    expect(injected('https://www.ebay.nl/sh/ord/')).toBe(false);
    expect(injected('https://sellercentral.amazon.com/sh/ord/')).toBe(false);
  });
});
