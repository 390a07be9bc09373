// refined-github style conventions: every page has examples and a fixture; every dated selector
// has a date and still matches a fixture (else it is dead weight or the fixture is missing).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { amazonPages } from '../../../../lib/marketplaces/amazon/pages';
import { LABEL_PATTERNS, LABEL_TEXTS, matchLabel } from '../../../../lib/marketplaces/amazon/labels';
import { SELECTORS } from '../../../../lib/marketplaces/amazon/selectors';
import { AMAZON_FIXTURES, readAmazonFixture } from '../../../fixtures/amazon';
import { loadFixture } from './load';

const FIXTURE_DIR = join(import.meta.dirname, '../../../fixtures/amazon');

describe('Amazon adapter conventions', () => {
  it.each(amazonPages.map((p) => [p.kind, p] as const))('%s has ≥ 2 example URLs and a fixture', (kind, page) => {
    expect(page.examples.length).toBeGreaterThanOrEqual(2);
    expect(AMAZON_FIXTURES.some((f) => f.page === kind)).toBe(true);
  });

  it('every fixture is listed, served at a URL of its page, and says what it models', () => {
    const files = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html')).sort();
    expect(AMAZON_FIXTURES.map((f) => f.file).sort()).toEqual(files);
    for (const f of AMAZON_FIXTURES) {
      expect(amazonPages.find((p) => p.test(new URL(f.url)))?.kind).toBe(f.page);
      expect(readAmazonFixture(f.file)).toMatch(/^<!DOCTYPE html>\s*<!--\s*(Models:|Generated)[\s\S]*?-->/);
    }
  });

  const docs = AMAZON_FIXTURES.map((f) => loadFixture(f.file));
  const entries = Object.entries(SELECTORS).flatMap(([name, list]) => list.map((entry) => [name, entry] as const));
  it.each(entries)('%s %o is dated and matches a fixture', (_name, entry) => {
    expect(entry.since).toMatch(/\d{4}/);
    expect(docs.some((doc) => doc.querySelector(entry.selector) !== null)).toBe(true);
  });

  it('labels: every text is claimed by one key, accepts ":" and "：", and maps back to its key', () => {
    const seen = new Map<string, string>();
    for (const [key, { evidence, bestKnowledge }] of Object.entries(LABEL_TEXTS)) {
      for (const text of [...evidence, ...bestKnowledge]) {
        expect(seen.get(text.toLowerCase()), `${text} is in ${seen.get(text.toLowerCase())} and ${key}`).toBeUndefined();
        seen.set(text.toLowerCase(), key);
        expect(matchLabel(`${text}: X-1`)).toEqual({ key, value: 'X-1', hasColon: true });
        expect(matchLabel(`${text}：X-1`)?.key).toBe(key);
        expect(LABEL_PATTERNS[key as keyof typeof LABEL_PATTERNS].exec(` ${text} ： 7`)?.[1]).toBe('7');
      }
    }
    expect(matchLabel('A comment that mentions SKU: in the middle')).toBeNull();
  });
});
