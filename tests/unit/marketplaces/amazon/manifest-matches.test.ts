import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { amazonPages } from '../../../../lib/marketplaces/amazon/pages';
import { AMAZON_SELLER_CENTRAL_HOSTS, amazonMatchPatterns } from '../../../../lib/marketplaces/hosts';
import { AMAZON_FIXTURES } from '../../../fixtures/amazon';

const patterns = amazonMatchPatterns.map((pattern) => new MatchPattern(pattern));
const injected = (url: string) => patterns.some((pattern) => pattern.includes(url));

describe('where the content script is injected', () => {
  it('covers every example URL of every supported page, and every fixture address', () => {
    const urls = [...amazonPages.flatMap((page) => page.examples), ...AMAZON_FIXTURES.map((f) => f.url)];
    expect(urls.filter((url) => !injected(url))).toEqual([]);
  });

  it('covers every Seller Central host, and stays out of sections it does not read', () => {
    for (const host of Object.keys(AMAZON_SELLER_CENTRAL_HOSTS)) expect(injected(`https://${host}/orders-v3`), host).toBe(true);
    // Messages get their own content script (amazonMessagingMatchPatterns), never this one.
    expect(injected('https://sellercentral.amazon.de/messaging/inbox?fi=RESPONSE_NEEDED')).toBe(false);
    for (const path of ['/home', '/payments/dashboard/index.html', '/inventory', '/gp/homepage.html', '/sw/AccountInfo/']) {
      expect(injected(`https://sellercentral.amazon.com${path}`), path).toBe(false);
    }
    expect(injected('https://www.amazon.com/orders-v3')).toBe(false);
  });
});
