/** Loads a Shopify fixture page into a happy-dom Document (scripts do not run) and extracts its rows. */
import type { PageRow } from '../../../../lib/domain/annotations';
import type { ExtractedRow } from '../../../../lib/features/adapter';
import { shopifyAdapter } from '../../../../lib/marketplaces/shopify';
import { readShopifyFixture, SHOPIFY_FIXTURES } from '../../../fixtures/shopify';

export function parsePage(html: string): Document {
  // Stylesheet links are dropped: happy-dom cannot fetch them and extraction never reads styles.
  return new DOMParser().parseFromString(html.replace(/<link rel="stylesheet"[^>]*>/g, ''), 'text/html');
}

export function loadFixture(file: string): Document {
  return parsePage(readShopifyFixture(file));
}

export const urlOf = (file: string): string => {
  const fixture = SHOPIFY_FIXTURES.find((f) => f.file === file);
  if (!fixture) throw new Error(`no fixture ${file}`);
  return fixture.url;
};

export function extractPage(doc: Document, address: string): ExtractedRow[] {
  const url = new URL(address);
  const page = shopifyAdapter.detectPage(url, doc);
  if (!page) throw new Error(`no page detected for ${address}`);
  const ctx = shopifyAdapter.readPageContext(doc, page, url);
  return shopifyAdapter.findRowElements(doc, page).flatMap((el) => shopifyAdapter.extractRow(el, ctx));
}

export const extractFixture = (file: string): ExtractedRow[] => extractPage(loadFixture(file), urlOf(file));

export const rowsOf = (extracted: ExtractedRow[]): PageRow[] => extracted.map((e) => e.row);
