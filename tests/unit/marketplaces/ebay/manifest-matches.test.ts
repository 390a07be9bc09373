import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ebayMessagingSurfaces } from '../../../../lib/marketplaces/ebay/messaging';
import { ebayPages } from '../../../../lib/marketplaces/ebay/pages';
import { EBAY_HOSTS, ebayMatchPatterns, ebayMessagingMatchPatterns } from '../../../../lib/marketplaces/hosts';
import { EBAY_FIXTURES } from '../../../fixtures/ebay';
import { EBAY_MESSAGING_FIXTURES } from '../../../fixtures/ebay/messaging/generate';

// Two content scripts: Seller Hub pages (rows) and Messages (the reply assistant).
const rowPatterns = ebayMatchPatterns.map((pattern) => new MatchPattern(pattern));
const messagePatterns = ebayMessagingMatchPatterns.map((pattern) => new MatchPattern(pattern));
const patterns = [...rowPatterns, ...messagePatterns];
const injected = (url: string) => patterns.some((pattern) => pattern.includes(url));

describe('where the eBay content script is injected', () => {
  it('covers every example URL of every supported page and messaging surface, and every fixture address', () => {
    const urls = [
      ...ebayPages.flatMap((page) => page.examples),
      ...ebayMessagingSurfaces.flatMap((surface) => surface.examples),
      ...EBAY_FIXTURES.map((f) => f.url),
      ...EBAY_MESSAGING_FIXTURES.map((f) => f.url),
    ];
    expect(urls.filter((url) => !injected(url))).toEqual([]);
  });

  it('covers every eBay site, and stays out of the rest of eBay', () => {
    for (const host of Object.keys(EBAY_HOSTS)) {
      expect(injected(`https://${host}/sh/ord/?filter=status:ALL_ORDERS`), host).toBe(true);
      expect(injected(`https://${host}/sh/lst/active`), host).toBe(true);
      expect(injected(`https://${host}/rt/ReturnDetails?returnId=5012345678`), host).toBe(true);
      expect(injected(`https://${host}/cnt/ViewMessage?group_type=CORE`), host).toBe(true);
      expect(injected(`https://${host}/cnt/viewMessage?group_type=CORE&question_id=2412462805015`), host).toBe(true);
      expect(injected(`https://${host}/ulk/messages/reply?M2MContact&item=256012340001&requested=jane_doe_88&redirect=0`), host).toBe(true);
      expect(injected(`https://${host}/cnt/ReplyToMessages?M2MContact&item=256012340001&requested=jane_doe_88&qid=1&redirect=0`), host).toBe(true);
    }
    const outside = [
      '/', '/itm/256012340001', '/sch/i.html?_nkw=dress', '/mye/myebay/purchase', '/sh/ovw', '/sh/performance', '/usr/jane_doe_88',
      // The buyer's side of messaging and other /cnt/ and /ulk/ pages: contact a seller, track a parcel.
      '/cnt/intermediatedFAQ?requested=sunrise_goods', '/cnt/FindAnswers?ShowSellerFAQ=&item_id=326150465337&requested=drwirelessli',
      '/cnt/TrackPackage?orderId=12-34567-89012', '/ulk/messages/compose', '/mesg/eBayMessageCenterEnter',
    ];
    for (const path of outside) {
      expect(injected(`https://www.ebay.com${path}`), path).toBe(false);
    }
    expect(injected('https://mesg.ebay.com/mesgweb/ViewMessages/0')).toBe(false);
    // Each script only where it works.
    expect(rowPatterns.some((p) => p.includes('https://www.ebay.com/cnt/ViewMessage?group_type=CORE'))).toBe(false);
    expect(messagePatterns.some((p) => p.includes('https://www.ebay.com/sh/ord/'))).toBe(false);
    expect(injected('https://www.ebay.nl/sh/ord/')).toBe(false);
    expect(injected('https://sellercentral.amazon.com/sh/ord/')).toBe(false);
  });
});
