// refined-github style conventions: every page has examples and a fixture; every dated selector has
// a date and still matches a fixture (else it is dead weight or the fixture is missing); every label
// belongs to one key.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABEL_TEXTS, matchHeading, matchLabel } from '../../../../lib/marketplaces/ebay/labels';
import { ebayPages } from '../../../../lib/marketplaces/ebay/pages';
import { SELECTORS } from '../../../../lib/marketplaces/ebay/selectors';
import { EBAY_FIXTURES, readEbayFixture } from '../../../fixtures/ebay';
import { loadFixture } from './load';

const FIXTURE_DIR = join(import.meta.dirname, '../../../fixtures/ebay');

describe('eBay adapter conventions', () => {
  it.each(ebayPages.map((p) => [p.kind, p] as const))('%s has ≥ 2 example URLs and an English fixture', (kind, page) => {
    expect(page.examples.length).toBeGreaterThanOrEqual(2);
    expect(EBAY_FIXTURES.some((f) => f.page === kind && f.file.endsWith('.en.html'))).toBe(true);
  });

  it('every list page and order detail has a German fixture too; order list and listings a restyled variant', () => {
    for (const kind of ['ordersList', 'orderDetail', 'returnsList', 'listingsList']) {
      expect(EBAY_FIXTURES.some((f) => f.page === kind && f.file.endsWith('.de.html')), kind).toBe(true);
    }
    for (const kind of ['ordersList', 'listingsList']) {
      expect(EBAY_FIXTURES.some((f) => f.page === kind && f.file.endsWith('.variant.html')), kind).toBe(true);
    }
  });

  it('every fixture is listed, served at a URL of its page, and says what it models', () => {
    const files = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html')).sort();
    expect(EBAY_FIXTURES.map((f) => f.file).sort()).toEqual(files);
    for (const f of EBAY_FIXTURES) {
      expect(ebayPages.find((p) => p.test(new URL(f.url)))?.kind).toBe(f.page);
      const header = /^<!DOCTYPE html>\s*<!--([\s\S]*?)-->/.exec(readEbayFixture(f.file))?.[1] ?? '';
      expect(header, f.file).toMatch(/^\s*(Models:|Generated)/);
      expect(header, f.file).toMatch(/Evidence|evidence|HYPOTHETICAL|hypothetical/);
      expect(header, f.file).toMatch(/Invented|invented|Nothing here is evidence/);
    }
  });

  const docs = EBAY_FIXTURES.map((f) => loadFixture(f.file));
  const entries = Object.entries(SELECTORS).flatMap(([name, list]) => list.map((entry) => [name, entry] as const));
  it.each(entries)('%s %o is dated and matches a fixture', (_name, entry) => {
    expect(entry.since).toMatch(/\d{4}/);
    expect(docs.some((doc) => doc.querySelector(entry.selector) !== null)).toBe(true);
  });

  it('the restyled variants share no class, id or data attribute with the pages they restyle', () => {
    const marks = (file: string) => {
      const doc = loadFixture(file);
      const out = new Set<string>();
      for (const el of Array.from(doc.body.querySelectorAll('*'))) {
        for (const c of Array.from(el.classList)) out.add(`.${c}`);
        if (el.id) out.add(`#${el.id}`);
        for (const a of Array.from(el.attributes)) if (a.name.startsWith('data-')) out.add(`[${a.name}]`);
      }
      return out;
    };
    for (const [variant, original] of [['orders-list.variant.html', 'orders-list.en.html'], ['listings.variant.html', 'listings.en.html']] as const) {
      const originalMarks = marks(original);
      const shared = [...marks(variant)].filter((m) => originalMarks.has(m));
      expect(shared, variant).toEqual([]);
    }
  });

  it('labels: every text is claimed by one key, read with ":" or "：", and as a heading', () => {
    const seen = new Map<string, string>();
    for (const [key, { evidence, bestKnowledge }] of Object.entries(LABEL_TEXTS)) {
      for (const text of [...evidence, ...bestKnowledge]) {
        expect(seen.get(text.toLowerCase()), `${text} is in ${seen.get(text.toLowerCase())} and ${key}`).toBeUndefined();
        seen.set(text.toLowerCase(), key);
        expect(matchLabel(`${text}: X-1`)).toEqual({ key, value: 'X-1', hasColon: true });
        expect(matchLabel(`${text}：X-1`)?.key).toBe(key);
        expect(matchHeading(text)).toBe(key);
      }
    }
    expect(matchLabel('A comment that mentions Custom label (SKU): in the middle')).toBeNull();
  });
});
