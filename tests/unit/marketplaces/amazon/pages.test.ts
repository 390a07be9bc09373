// github-url-detection style: each check accepts its own examples and rejects everyone else's.
import { describe, expect, it } from 'vitest';
import { amazonAdapter } from '../../../../lib/marketplaces/amazon';
import { amazonPages, amazonUnsupportedExamples } from '../../../../lib/marketplaces/amazon/pages';

describe('Amazon page checks', () => {
  for (const definition of amazonPages) {
    describe(definition.kind, () => {
      it.each(definition.examples)('accepts %s', (url) => {
        expect(definition.test(new URL(url))).toBe(true);
      });
      const others = [
        ...amazonPages.filter((d) => d !== definition).flatMap((d) => d.examples),
        ...amazonUnsupportedExamples,
      ];
      it.each(others)('rejects %s', (url) => {
        expect(definition.test(new URL(url))).toBe(false);
      });
    });
  }

  it('detectPage names the page of each example and null elsewhere', () => {
    for (const definition of amazonPages) {
      for (const url of definition.examples) expect(amazonAdapter.detectPage(new URL(url), document)).toBe(definition.kind);
    }
    for (const url of amazonUnsupportedExamples) expect(amazonAdapter.detectPage(new URL(url), document)).toBeNull();
  });

  it('examples span several Seller Central hosts', () => {
    const hosts = new Set(amazonPages.flatMap((d) => d.examples.map((u) => new URL(u).hostname)));
    for (const host of ['sellercentral.amazon.com', 'sellercentral.amazon.de', 'sellercentral.amazon.co.jp', 'sellercentral-europe.amazon.com']) {
      expect(hosts.has(host)).toBe(true);
    }
  });
});
