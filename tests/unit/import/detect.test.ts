// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/import/detect';
import { fixture } from './helpers';

describe('detectReport: every kind and variant', () => {
  const cases: [file: string, kind: string, delimiter: string, encoding: string, headerRow: number][] = [
    ['amazon-fba-returns.us.tsv', 'amazon-fba-returns', '\t', 'utf-8', 0],
    ['amazon-fba-returns.jp.tsv', 'amazon-fba-returns', '\t', 'utf-8', 0],
    ['amazon-fba-returns.jp.sjis.tsv', 'amazon-fba-returns', '\t', 'shift_jis', 0],
    ['amazon-fba-returns.au.tsv', 'amazon-fba-returns', '\t', 'utf-8', 0],
    ['amazon-fba-returns.ui.csv', 'amazon-fba-returns', ',', 'utf-8', 0],
    ['amazon-fba-returns.bom.tsv', 'amazon-fba-returns', '\t', 'utf-8', 0],
    ['amazon-fba-returns.utf16le.txt', 'amazon-fba-returns', '\t', 'utf-16le', 0],
    ['amazon-fba-returns.utf16be-nobom.txt', 'amazon-fba-returns', '\t', 'utf-16be', 0],
    ['amazon-mfn-returns.tsv', 'amazon-mfn-returns', '\t', 'utf-8', 0],
    ['amazon-orders.us.tsv', 'amazon-orders', '\t', 'utf-8', 0],
    ['amazon-orders.es.tsv', 'amazon-orders', '\t', 'utf-8', 0],
    ['amazon-orders.archived.tsv', 'amazon-orders', '\t', 'utf-8', 0],
    ['amazon-orders.excel-de.csv', 'amazon-orders', ';', 'utf-8', 1],
    ['amazon-orders.excel-us.csv', 'amazon-orders', ',', 'utf-8', 0],
    ['ebay-orders.us.csv', 'ebay-orders', ',', 'utf-8', 1],
    ['ebay-orders.de.csv', 'ebay-orders', ',', 'utf-8', 1],
    ['ebay-orders.uk.csv', 'ebay-orders', ',', 'utf-8', 1],
    ['shopify-orders.csv', 'shopify-orders', ',', 'utf-8', 0],
    ['catalogue.csv', 'catalogue', ',', 'utf-8', 0],
    ['catalogue.zh-semicolon.csv', 'catalogue', ';', 'utf-8', 0],
    ['suppliers.csv', 'suppliers', ',', 'utf-8', 0],
  ];
  it.each(cases)('%s → %s', (file, kind, delimiter, encoding, headerRow) => {
    const detection = detectReport(fixture(file));
    expect(detection.ok).toBe(true);
    if (!detection.ok) return;
    expect(detection).toMatchObject({ kind, delimiter, encoding, headerRow });
  });

  it('says plainly when an Amazon report was re-saved with another delimiter', () => {
    const detection = detectReport(fixture('amazon-orders.excel-de.csv'));
    expect(detection.ok && detection.notes.join(' ')).toMatch(/semicolons between its columns instead of tabs/);
  });

  it('names the encoding when it is not UTF-8', () => {
    const detection = detectReport(fixture('amazon-fba-returns.utf16le.txt'));
    expect(detection.ok && detection.notes.join(' ')).toMatch(/UTF-16 \(little-endian\)/);
  });

  it('reads day-first dates when a day above 12 says so, and flags ambiguity otherwise', () => {
    const de = detectReport(fixture('amazon-orders.excel-de.csv'));
    expect(de.ok && de.dateOrder).toBe('DMY');
    const us = detectReport(fixture('amazon-orders.excel-us.csv'));
    expect(us.ok && us.dateOrder).toBe('MDY');
    const ambiguous = detectReport({ name: 'a.tsv', bytes: new TextEncoder().encode('amazon-order-id\tpurchase-date\tsku\tquantity\tcurrency\titem-price\n1\t03/11/2026\tA\t1\tEUR\t1\n') });
    expect(ambiguous.ok && ambiguous.notes.join(' ')).toMatch(/could be read either way/);
    const forced = detectReport({ name: 'a.tsv', bytes: new TextEncoder().encode('amazon-order-id\tpurchase-date\tsku\tquantity\tcurrency\titem-price\n1\t03/11/2026\tA\t1\tEUR\t1\n') }, { dateOrder: 'MDY' });
    expect(forced.ok && forced.dateOrder).toBe('MDY');
  });
});

describe('detectReport: files it cannot import, in plain words', () => {
  const problems: [file: string, message: RegExp][] = [
    ['empty.csv', /The file is empty/],
    ['unknown.csv', /does not recognise this file\. Its first line is "foo,bar,baz"/],
    ['amazon-fba-returns.spaces.txt', /separated by spaces, not by tabs or commas/],
    ['amazon-unshipped.tsv', /unshipped-orders report: it has no prices/],
    ['shopify-matrixify.csv', /Matrixify/],
  ];
  it.each(problems)('%s', (file, message) => {
    const detection = detectReport(fixture(file));
    expect(detection.ok).toBe(false);
    if (!detection.ok) expect(detection.problem).toMatch(message);
  });

  it('refuses old .xls, PDF and gzip files with what to do', () => {
    const xls = detectReport({ name: 'x.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]) });
    expect(!xls.ok && xls.problem).toMatch(/save it as \.xlsx/);
    const pdf = detectReport({ name: 'x.pdf', bytes: new TextEncoder().encode('%PDF-1.7') });
    expect(!pdf.ok && pdf.problem).toMatch(/PDF/);
    const gz = detectReport({ name: 'x.gz', bytes: new Uint8Array([0x1f, 0x8b, 8, 0]) });
    expect(!gz.ok && gz.problem).toMatch(/compressed/);
  });
});
