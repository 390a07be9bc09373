import { describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../lib/domain/annotate';
import { RowAnnotation } from '../../../lib/domain/annotations';
import { DEFAULT_SETTINGS } from '../../../lib/domain/defaults';
import { codes } from './fixtures';
import { VARIED_ROWS, snapshot } from './scenario';

describe('annotate', () => {
  const annotator = createAnnotator(snapshot());

  it('answers one valid annotation per row, in order', () => {
    const rows = annotator.annotate({ marketplace: 'amazon', page: 'returnsList', rows: VARIED_ROWS });
    expect(rows.map((r) => r.key)).toEqual(VARIED_ROWS.map((r) => r.key));
    for (const row of rows) expect(() => RowAnnotation.parse(row)).not.toThrow();
  });

  it('an order row: SKU view and compliance for its destination, no return hint', () => {
    const [row] = annotator.annotate({
      marketplace: 'amazon',
      page: 'ordersList',
      rows: [{ key: 'k', sku: 'SPK-01', shipCountry: 'DE', lineValue: { amount: 100, currency: 'EUR' } }],
    });
    expect(row!.sku).toMatchObject({ known: true, sku: 'SPK-01', tags: [{ id: 'traffic', labelZh: '引流款' }] });
    expect(row!.sku.categoryPath.map((c) => c.id)).toEqual(['electronics', 'electronics-audio', 'electronics-audio-speakers']);
    // CE covers the model but expires in 19 days; the RoHS report names another model.
    expect(row!.compliance?.warnings.map((w) => w.kind)).toEqual(['certificate_expiring', 'certificate_model_mismatch']);
    expect(row!.compliance?.tax).toMatchObject({ duty: { ratePercent: 2 }, vat: { ratePercent: 19 } });
    expect(row!.returnHint).toBeUndefined();
  });

  it('a return row: reason from code or text, value from the order, days since delivery', () => {
    const [hint] = annotator
      .annotate({
        marketplace: 'amazon',
        page: 'returnDetail',
        rows: [{ key: 'k', sku: 'DRESS-1', shipCountry: 'US', returnReasonText: 'Zu klein', lineValue: { amount: 10, currency: 'USD' }, orderValue: { amount: 45, currency: 'USD' } }],
      })
      .map((r) => r.returnHint);
    expect(hint).toMatchObject({ reason: 'size_fit', ruleId: 'size-fit-exchange', returnAddressWarehouseId: 'partner-us' });
    const [lamp] = annotator.annotate({
      marketplace: 'amazon',
      page: 'returnsList',
      rows: [{ key: 'k', sku: 'LAMP-1', shipCountry: 'US', returnReasonCode: 'NEVER_ARRIVED', lineValue: { amount: 60, currency: 'USD' } }],
    });
    expect(lamp!.returnHint).toMatchObject({ reason: 'not_received', ruleId: 'special-category-supervisor' });
    expect(lamp!.compliance?.warnings.map((w) => w.kind)).toEqual(['hs_invalid']);
  });

  it('finds a SKU by ASIN and keeps unknown SKUs as the page showed them', () => {
    const rows = annotator.annotate({ marketplace: 'amazon', page: 'ordersList', rows: VARIED_ROWS.slice(-3) });
    expect(rows[0]!.sku).toEqual({ known: false, sku: 'NOT-IN-CATALOGUE', title: 'Something new', categoryPath: [], attributes: {}, tags: [] });
    expect(rows[0]!.compliance).toBeUndefined();
    expect(rows[1]!.sku.sku).toBe('SPK-01');
  });

  it('shares one evaluation between rows with the same SKU, country and value', () => {
    const row = { sku: 'BEAR-1', shipCountry: 'FR', lineValue: { amount: 20, currency: 'EUR' }, returnReasonCode: 'DEFECTIVE' };
    const rows = annotator.annotate({ marketplace: 'amazon', page: 'returnsList', rows: [{ key: 'a', ...row }, { key: 'b', ...row }, { key: 'c', ...row, shipCountry: 'DE' }] });
    expect(rows[0]!.compliance).toBe(rows[1]!.compliance);
    expect(rows[0]!.returnHint).toBe(rows[1]!.returnHint);
    expect(rows[2]!.compliance).not.toBe(rows[0]!.compliance);
    expect(codes(rows[0]!.compliance!.warnings.map((w) => w.explanation))).toEqual(['certificate_missing', 'certificate_repealed_reference']);
  });

  it('honours the feature switches', () => {
    const quiet = createAnnotator(snapshot({ settings: { ...DEFAULT_SETTINGS, features: { 'compliance-warning': false, 'return-hint': false } } }));
    const [row] = quiet.annotate({ marketplace: 'ebay', page: 'returnsList', rows: [{ key: 'k', sku: 'SPK-01', shipCountry: 'DE', returnReasonCode: 'DEFECTIVE_ITEM' }] });
    expect(row).toEqual({ key: 'k', sku: expect.objectContaining({ known: true }) });
  });
});
