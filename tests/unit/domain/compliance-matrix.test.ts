import { describe, expect, it } from 'vitest';
import { buildComplianceMatrix, cellStatusOf, filterMatrixRows, matrixMarkets, type MatrixInput } from '../../../lib/domain/compliance-matrix';
import { DEFAULT_CATEGORIES, DEFAULT_COMPLIANCE_RULES } from '../../../lib/domain/defaults';
import type { Certificate, ComplianceRule } from '../../../lib/domain/schemas';
import { TODAY, cert, sku } from './fixtures';

const day = (offset: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

const speaker = sku({ sku: 'SPK-01', title: 'Bluetooth speaker', model: 'BT-200', categoryId: 'electronics-audio-speakers' });
const plush = sku({ sku: 'PLUSH-BEAR', title: 'Plush bear', categoryId: 'toys-plush-animals' });
const lamp = sku({ sku: 'LAMP-DK2', title: 'Desk lamp', model: 'DK2', categoryId: 'electronics-lighting-desk-lamps' });
const dress = sku({ sku: 'DRESS-1', title: 'Cotton dress', categoryId: 'apparel-women-dresses' });

function input(certificates: Certificate[], overrides: Partial<MatrixInput> = {}): MatrixInput {
  return {
    skus: [speaker, plush, lamp, dress],
    categories: DEFAULT_CATEGORIES,
    rules: DEFAULT_COMPLIANCE_RULES,
    certificates,
    today: TODAY,
    expiringWithinDays: 30,
    ...overrides,
  };
}
const cellOf = (matrix: ReturnType<typeof buildComplianceMatrix>, skuId: string, market: string) => {
  const row = matrix.rows.find((r) => r.sku === skuId)!;
  return row.cells[matrix.markets.findIndex((m) => m.market === market)]!;
};

describe('matrixMarkets', () => {
  it('lists the markets of the enabled rules, EU judged for a member state', () => {
    const markets = matrixMarkets(DEFAULT_COMPLIANCE_RULES, []);
    expect(markets.map((m) => m.market)).toEqual(['EU', 'GB', 'US']);
    expect(markets.find((m) => m.market === 'EU')!.destination).toBe('DE');
  });

  it('adds a market only a certificate names, and drops one whose rules are all off', () => {
    const rules: ComplianceRule[] = DEFAULT_COMPLIANCE_RULES.map((r) => (r.market === 'US' ? { ...r, enabled: false } : r));
    const markets = matrixMarkets(rules, [cert({ id: 'jp', kind: 'PSE', markets: ['JP'], covers: { skus: ['X'] } })]);
    expect(markets.map((m) => m.market)).toEqual(['EU', 'GB', 'JP']);
  });
});

describe('buildComplianceMatrix', () => {
  const certificates = [
    // Speaker: CE expiring in exactly 30 days (still "expiring"), RoHS expired yesterday, FCC fine.
    cert({ id: 'spk-ce', kind: 'CE', markets: ['EU', 'GB'], covers: { models: ['BT-200'] }, expiresOn: day(30) }),
    cert({ id: 'spk-rohs', kind: 'RoHS', markets: ['EU'], covers: { skus: ['SPK-01'] }, expiresOn: day(-1) }),
    cert({ id: 'spk-fcc', kind: 'FCC', markets: ['US'], covers: { models: ['BT-200'] }, expiresOn: day(31) }),
    // Lamp: CE names DK1 only — a model mismatch (F27).
    cert({ id: 'lamp-ce', kind: 'CE', markets: ['EU', 'GB'], covers: { models: ['DK1'] } }),
    cert({ id: 'lamp-rohs', kind: 'RoHS', markets: ['EU'], covers: { models: ['DK2'] } }),
  ];
  const matrix = buildComplianceMatrix(input(certificates, { skus: [speaker, plush, { ...lamp, certificateIds: ['lamp-ce'] }, dress] }));

  it('the worst problem decides the cell: expired beats expiring', () => {
    const eu = cellOf(matrix, 'SPK-01', 'EU');
    expect(eu.status).toBe('expired');
    expect(eu.warnings.map((w) => w.kind)).toEqual(['certificate_expired', 'certificate_expiring']);
    expect(eu.required).toBe(2);
  });

  it('day 30 is expiring, day 31 is in order', () => {
    expect(cellOf(matrix, 'SPK-01', 'GB')).toMatchObject({ status: 'expiring' });
    expect(cellOf(matrix, 'SPK-01', 'GB').warnings[0]!.explanation.params).toMatchObject({ daysLeft: 30 });
    expect(cellOf(matrix, 'SPK-01', 'US').status).toBe('ok');
  });

  it('missing certificates name their kind and market; a certificate for another model is a mismatch, not a pass', () => {
    const bear = cellOf(matrix, 'PLUSH-BEAR', 'US');
    expect(bear.status).toBe('missing');
    expect(bear.warnings[0]).toMatchObject({ kind: 'certificate_missing', certificateKind: 'CPC' });
    const lampEu = cellOf(matrix, 'LAMP-DK2', 'EU');
    expect(lampEu.status).toBe('mismatch');
    expect(lampEu.warnings[0]).toMatchObject({ kind: 'certificate_model_mismatch', certificateId: 'lamp-ce' });
  });

  it('a certificate for the wrong market is a mismatch', () => {
    const wrongMarket = [cert({ id: 'fcc-eu', kind: 'CE', markets: ['US'], covers: { skus: ['SPK-01'] } }), cert({ id: 'r', kind: 'RoHS', markets: ['EU'], covers: { skus: ['SPK-01'] } })];
    const cell = cellOf(buildComplianceMatrix(input(wrongMarket)), 'SPK-01', 'EU');
    expect(cell.status).toBe('mismatch');
    expect(cell.warnings.map((w) => w.kind)).toEqual(['certificate_market_mismatch']);
  });

  it('a declaration issued after GPSR applies that still cites the GPSD is a mismatch (repealed act)', () => {
    const stale = [
      cert({ id: 'ce', kind: 'CE', markets: ['EU'], covers: { skus: ['SPK-01'] }, issuedOn: '2025-02-01', legalRefs: ['2014/53/EU', 'Directive 2001/95/EC'] }),
      cert({ id: 'r', kind: 'RoHS', markets: ['EU'], covers: { skus: ['SPK-01'] } }),
    ];
    const cell = cellOf(buildComplianceMatrix(input(stale)), 'SPK-01', 'EU');
    expect(cell.status).toBe('mismatch');
    expect(cell.warnings[0]).toMatchObject({ kind: 'certificate_repealed_reference', certificateId: 'ce' });
  });

  it('no rule for the category: "no rule", not "in order"; HS warnings stay out of the matrix', () => {
    expect(cellOf(matrix, 'DRESS-1', 'EU')).toEqual({ market: 'EU', status: 'not-required', required: 0, warnings: [] });
  });

  it('counts every cell once', () => {
    const total = Object.values(matrix.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(matrix.rows.length * matrix.markets.length);
    expect(matrix.counts.missing).toBeGreaterThan(0);
  });

  describe('filterMatrixRows', () => {
    it('by status in any market, or in the chosen market only', () => {
      expect(filterMatrixRows(matrix, { status: 'expiring' }).map((r) => r.sku)).toEqual(['SPK-01']);
      expect(filterMatrixRows(matrix, { status: 'expiring', market: 'US' })).toEqual([]);
      expect(filterMatrixRows(matrix, { status: 'mismatch', market: 'EU' }).map((r) => r.sku)).toEqual(['LAMP-DK2']);
      expect(filterMatrixRows(matrix, { status: 'problems' }).map((r) => r.sku)).toEqual(['SPK-01', 'PLUSH-BEAR', 'LAMP-DK2']);
    });

    it('by category (any level) and by SKU, title or model text', () => {
      expect(filterMatrixRows(matrix, { categoryId: 'electronics' }).map((r) => r.sku)).toEqual(['SPK-01', 'LAMP-DK2']);
      expect(filterMatrixRows(matrix, { query: 'dk2' }).map((r) => r.sku)).toEqual(['LAMP-DK2']);
      expect(filterMatrixRows(matrix, { query: 'PLUSH' }).map((r) => r.sku)).toEqual(['PLUSH-BEAR']);
      expect(filterMatrixRows(matrix, { query: 'nothing like this' })).toEqual([]);
    });
  });
});

describe('cellStatusOf', () => {
  it('ignores HS and destination warnings', () => {
    const hs = { kind: 'hs_missing' as const, severity: 'warning' as const, explanation: { code: 'hs_missing', params: {} } };
    expect(cellStatusOf([hs], 1)).toEqual({ status: 'ok', warnings: [] });
    expect(cellStatusOf([hs], 0)).toEqual({ status: 'not-required', warnings: [] });
  });
});
