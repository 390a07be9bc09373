// refined-github style conventions: every page has examples and a fixture; every fixture is listed,
// detected as its page and says what it models; every dated selector still matches a fixture; every
// label maps back to its key.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shopifyAdapter } from '../../../../lib/marketplaces/shopify';
import { shopifyPages } from '../../../../lib/marketplaces/shopify/pages';
import {
  BLOCK_LABELS,
  BLOCK_PATTERNS,
  COLUMN_HEADINGS,
  columnOfHeading,
  INLINE_LABELS,
  matchInlineLabel,
  RETURN_REASON_CODES,
  returnReasonCode,
} from '../../../../lib/marketplaces/shopify/labels';
import { SELECTORS } from '../../../../lib/marketplaces/shopify/selectors';
import { readShopifyFixture, SHOPIFY_FIXTURES } from '../../../fixtures/shopify';
import { loadFixture } from './load';

const FIXTURE_DIR = join(import.meta.dirname, '../../../fixtures/shopify');

describe('Shopify adapter conventions', () => {
  it.each(shopifyPages.map((p) => [p.kind, p] as const))('%s has ≥ 2 example URLs and a fixture', (kind, page) => {
    expect(page.examples.length).toBeGreaterThanOrEqual(2);
    expect(SHOPIFY_FIXTURES.some((f) => f.page === kind)).toBe(true);
  });

  it('every fixture is listed, detected as its page at its address, and says what it models', () => {
    const files = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html')).sort();
    expect(SHOPIFY_FIXTURES.map((f) => f.file).sort()).toEqual(files);
    for (const f of SHOPIFY_FIXTURES) {
      expect(shopifyAdapter.detectPage(new URL(f.url), loadFixture(f.file)), f.file).toBe(f.page);
      const header = /^<!DOCTYPE html>\s*<!--\s*(Models:[\s\S]*?)-->/.exec(readShopifyFixture(f.file))?.[1] ?? '';
      expect(header, f.file).toMatch(/Models:/);
      // Each header says what it rests on and what is made up.
      expect(header, f.file).toMatch(/Evidence|evidence/);
      expect(header, f.file).toMatch(/Invented|invented|HYPOTHETICAL/);
    }
  });

  it('every fixture page and every English and Chinese UI appears', () => {
    const langs = (page: string) => SHOPIFY_FIXTURES.filter((f) => f.page === page).map((f) => /<html lang="([^"]+)"/.exec(readShopifyFixture(f.file))?.[1]);
    for (const page of ['ordersList', 'orderDetail', 'returnDetail', 'listingsList', 'productDetail']) {
      expect(langs(page), page).toContain('en');
    }
    for (const page of ['ordersList', 'orderDetail', 'returnDetail', 'listingsList', 'productDetail']) {
      expect(langs(page), page).toContain('zh-CN');
    }
  });

  const docs = SHOPIFY_FIXTURES.map((f) => loadFixture(f.file));
  const entries = Object.entries(SELECTORS).flatMap(([name, list]) => list.map((entry) => [name, entry] as const));
  it.each(entries)('%s %o is dated and matches a fixture', (_name, entry) => {
    expect(entry.since).toMatch(/\d{4}/);
    expect(docs.some((doc) => doc.querySelector(entry.selector) !== null)).toBe(true);
  });

  it('hashed Polaris classes are only ever matched by prefix', () => {
    for (const { selector } of Object.values(SELECTORS).flat()) {
      expect(selector).not.toMatch(/\.Polaris-/);
      expect(selector).not.toMatch(/_[a-z0-9]{5}\b/);
    }
  });

  it('inline labels: every text is claimed by one key, takes ":" or "：", and maps back to its key', () => {
    const seen = new Map<string, string>();
    for (const [key, { evidence, bestKnowledge }] of Object.entries(INLINE_LABELS)) {
      for (const text of [...evidence, ...bestKnowledge]) {
        expect(seen.get(text.toLowerCase()), `${text} is in ${seen.get(text.toLowerCase())} and ${key}`).toBeUndefined();
        seen.set(text.toLowerCase(), key);
        expect(matchInlineLabel(`${text}: X-1`)).toEqual({ key, value: 'X-1', hasColon: true });
        expect(matchInlineLabel(`${text}：X-1`)?.key).toBe(key);
        expect(matchInlineLabel(text)).toEqual({ key, value: '', hasColon: false });
      }
    }
    expect(matchInlineLabel('A note that mentions SKU: in the middle')).toBeNull();
  });

  it('block labels and column headings: every text matches its own key', () => {
    for (const [key, { evidence, bestKnowledge }] of Object.entries(BLOCK_LABELS)) {
      for (const text of [...evidence, ...bestKnowledge]) expect(BLOCK_PATTERNS[key as keyof typeof BLOCK_PATTERNS].test(` ${text} `), text).toBe(true);
    }
    const claimed = new Map<string, string>();
    for (const [key, { evidence, bestKnowledge }] of Object.entries(COLUMN_HEADINGS)) {
      for (const text of [...evidence, ...bestKnowledge]) {
        expect(claimed.get(text.toLowerCase()), `${text} heads two columns`).toBeUndefined();
        claimed.set(text.toLowerCase(), key);
        expect(columnOfHeading(text)).toBe(key);
      }
    }
  });

  it('every return reason text maps to one of Shopify\'s ReturnReason codes', () => {
    const codes = new Set(['COLOR', 'DEFECTIVE', 'NOT_AS_DESCRIBED', 'OTHER', 'SIZE_TOO_LARGE', 'SIZE_TOO_SMALL', 'STYLE', 'UNKNOWN', 'UNWANTED', 'WRONG_ITEM']);
    for (const [text, code] of Object.entries(RETURN_REASON_CODES)) {
      expect(codes.has(code), code).toBe(true);
      expect(returnReasonCode(text)).toBe(code);
      expect(text).toBe(text.toLowerCase());
    }
    expect(returnReasonCode('Size was too small.')).toBe('SIZE_TOO_SMALL');
  });
});
