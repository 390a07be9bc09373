/** A realistic workspace for annotate tests, the locale test and the bench. */
import type { DomainSnapshot } from '../../../lib/domain/annotate';
import type { PageRow } from '../../../lib/domain/annotations';
import {
  DEFAULT_CATEGORIES,
  DEFAULT_COMPLIANCE_RULES,
  DEFAULT_RETURN_RULES,
  DEFAULT_ROLE_TAGS,
  DEFAULT_SETTINGS,
  DEFAULT_VAT_RATES,
} from '../../../lib/domain/defaults';
import { DutyRate, type Sku } from '../../../lib/domain/schemas';
import { HS, TODAY, WAREHOUSES, cert, sku } from './fixtures';

export const SKUS: Sku[] = [
  sku({ sku: 'SPK-01', title: 'Bluetooth speaker', model: 'BT-200', asin: 'B0SPEAKER1', categoryId: 'electronics-audio-speakers', hsCode: '851822', tags: ['traffic'], certificateIds: ['ce-spk', 'rohs-spk', 'fcc-spk'] }),
  sku({ sku: 'LAMP-1', title: 'LED desk lamp', categoryId: 'electronics-lighting-desk-lamps', hsCode: '940520', tags: ['profit'] }),
  sku({ sku: 'BEAR-1', title: 'Plush bear 30 cm', categoryId: 'toys-plush-animals', hsCode: '950300', tags: ['seasonal'], certificateIds: ['ce-bear'] }),
  sku({ sku: 'DRESS-1', title: 'Linen dress', categoryId: 'apparel-women-dresses', hsCode: '610442', attributes: { material: 'linen', size: 'M' }, hsCodesByCountry: { US: '6104420010' }, tags: ['profit', 'long-tail'] }),
  sku({ sku: 'PEELER-1', title: 'Peeler', categoryId: 'home-kitchen-gadgets' }),
];

export const CERTIFICATES = [
  cert({ id: 'ce-spk', kind: 'CE', markets: ['EU'], covers: { models: ['BT-200'] }, expiresOn: '2026-03-20', legalRefs: ['2014/53/EU'] }),
  cert({ id: 'rohs-spk', kind: 'RoHS', markets: ['EU'], covers: { models: ['BT-100'] } }),
  cert({ id: 'fcc-spk', kind: 'FCC', markets: ['US'], covers: { skus: ['SPK-01'] }, expiresOn: '2025-12-31' }),
  cert({ id: 'ce-bear', kind: 'CE', markets: ['EU'], covers: { skus: ['BEAR-1'] }, legalRefs: ['2009/48/EC', '2001/95/EC'], issuedOn: '2025-01-10' }),
  cert({ id: 'cpc-bear', kind: 'CPC', markets: ['CA'], covers: { skus: ['BEAR-1'] } }),
];

export const DUTY_RATES = [
  DutyRate.parse({ id: 'eu-85', destination: 'EU', hsPrefix: '85', ratePercent: 2, source: 'seller' }),
  DutyRate.parse({ id: 'us-6104', destination: 'US', hsPrefix: '6104', ratePercent: 14.9, source: 'seller' }),
];

export function snapshot(overrides: Partial<DomainSnapshot> = {}): DomainSnapshot {
  return {
    skus: new Map(SKUS.map((s) => [s.sku, s])),
    categories: DEFAULT_CATEGORIES,
    tags: DEFAULT_ROLE_TAGS,
    certificates: CERTIFICATES,
    complianceRules: DEFAULT_COMPLIANCE_RULES,
    returnRules: DEFAULT_RETURN_RULES,
    warehouses: WAREHOUSES,
    vatRates: DEFAULT_VAT_RATES,
    dutyRates: DUTY_RATES,
    settings: DEFAULT_SETTINGS,
    hs: HS,
    today: TODAY,
    ...overrides,
  };
}

/** Rows that between them reach every explanation the domain can give from a page. */
export const VARIED_ROWS: PageRow[] = [
  ...['DE', 'FR', 'GB', 'XI', 'US', 'JP', 'ZZ', undefined].flatMap((country, i) =>
    SKUS.map((s, j): PageRow => ({
      key: `r${i}-${j}`,
      sku: s.sku,
      shipCountry: country,
      lineValue: [{ amount: 12, currency: 'EUR' }, { amount: 260, currency: 'GBP' }, { amount: 45, currency: 'USD' }, { amount: 4000, currency: 'JPY' }, { amount: 99, currency: 'SEK' }][(i + j) % 5],
      returnReasonText: ['Too small', 'Artikel defekt', 'Changed my mind', '届かない', 'not damaged but wrong item sent'][(i * 3 + j) % 5],
      returnReasonCode: j === 0 ? 'DEFECTIVE' : undefined,
      deliveredOn: '2026-02-20',
      returnRequestedOn: '2026-02-25',
    })),
  ),
  { key: 'unknown', sku: 'NOT-IN-CATALOGUE', title: 'Something new', shipCountry: 'US' },
  { key: 'asin', asin: 'B0SPEAKER1', shipCountry: 'DE', orderValue: { amount: 500, currency: 'EUR' }, lineValue: { amount: 250, currency: 'EUR' } },
  { key: 'no-value', sku: 'DRESS-1', shipCountry: 'CA', returnReasonCode: 'APPAREL_TOO_SMALL' },
];
