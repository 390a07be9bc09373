/** Loads a fixture page into a happy-dom Document (scripts do not run) and extracts its rows. */
import type { PageRow } from '../../../../lib/domain/annotations';
import type { ExtractedRow } from '../../../../lib/features/adapter';
import { amazonAdapter } from '../../../../lib/marketplaces/amazon';
import { readAmazonFixture } from '../../../fixtures/amazon';

export function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function loadFixture(file: string): Document {
  return parsePage(readAmazonFixture(file));
}

export function extractPage(doc: Document, address: string): ExtractedRow[] {
  const url = new URL(address);
  const page = amazonAdapter.detectPage(url, doc);
  if (!page) throw new Error(`no page detected for ${address}`);
  const ctx = amazonAdapter.readPageContext(doc, page, url);
  return amazonAdapter.findRowElements(doc, page).flatMap((el) => amazonAdapter.extractRow(el, ctx));
}

export const rowsOf = (extracted: ExtractedRow[]): PageRow[] => extracted.map((e) => e.row);
