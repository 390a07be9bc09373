/** Loads an eBay fixture page into a happy-dom Document (scripts do not run) and extracts its rows. */
import type { PageRow } from '../../../../lib/domain/annotations';
import type { ExtractedRow } from '../../../../lib/features/adapter';
import { ebayAdapter } from '../../../../lib/marketplaces/ebay';
import { readEbayFixture } from '../../../fixtures/ebay';

export function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function loadFixture(file: string): Document {
  return parsePage(readEbayFixture(file));
}

export function extractPage(doc: Document, address: string): ExtractedRow[] {
  const url = new URL(address);
  const page = ebayAdapter.detectPage(url, doc);
  if (!page) throw new Error(`no page detected for ${address}`);
  const ctx = ebayAdapter.readPageContext(doc, page, url);
  return ebayAdapter.findRowElements(doc, page).flatMap((el) => ebayAdapter.extractRow(el, ctx));
}

export const rowsOf = (extracted: ExtractedRow[]): PageRow[] => extracted.map((e) => e.row);
