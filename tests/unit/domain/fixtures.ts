/** Builders for domain tests: records pass through the schemas, so defaults are filled as in the app. */
import { Certificate, Sku, Warehouse, type CertificateInput, type SkuInput } from '../../../lib/domain/schemas';
import type { ComplianceContext } from '../../../lib/domain/compliance';
import { createHsNomenclature } from '../../../lib/domain/hs';
import { DEFAULT_COMPLIANCE_RULES, DEFAULT_VAT_RATES } from '../../../lib/domain/defaults';
import { categoryPathOf } from '../../../lib/domain/catalogue';
import { DEFAULT_CATEGORIES } from '../../../lib/domain/defaults';
import type { Explanation } from '../../../lib/domain/annotations';

export const TODAY = '2026-03-01';

export function sku(input: Partial<SkuInput> & { sku: string }): Sku {
  return Sku.parse(input);
}

export function cert(input: Partial<CertificateInput> & { id: string; kind: string }): Certificate {
  return Certificate.parse({ markets: ['EU'], ...input });
}

/** A small nomenclature: enough codes for the tests, including the HS 2022 lamp split. */
export const HS = createHsNomenclature({
  '85': 'Electrical machinery',
  '8518': 'Microphones; loudspeakers',
  '851822': 'Loudspeakers; multiple, mounted in the same enclosure',
  '94': 'Furniture; lamps',
  '9405': 'Luminaires',
  '940521': 'Luminaires; electric table, desk lamps, LED only',
  '95': 'Toys',
  '9503': 'Toys',
  '950300': 'Toys; tricycles, scooters, dolls',
});

const categoriesById = new Map(DEFAULT_CATEGORIES.map((c) => [c.id, c]));
export function pathIds(categoryId: string): string[] {
  return categoryPathOf(categoryId, categoriesById).map((c) => c.id);
}

export function complianceCtx(certificates: Certificate[], overrides: Partial<ComplianceContext> = {}): ComplianceContext {
  return {
    rules: DEFAULT_COMPLIANCE_RULES,
    certificatesById: new Map(certificates.map((c) => [c.id, c])),
    hs: HS,
    vatRates: DEFAULT_VAT_RATES,
    dutyRates: [],
    today: TODAY,
    expiringWithinDays: 30,
    iossThresholdEur: 150,
    ...overrides,
  };
}

export const WAREHOUSES: Warehouse[] = [
  { id: 'partner-de', name: 'Partner Frankfurt', kind: 'partner-overseas', servesCountries: ['DE', 'AT', 'CH'], region: 'europe', address: { name: 'Partner Frankfurt', lines: ['Hafenstr. 1'], city: 'Frankfurt', postcode: '60311', country: 'DE' } },
  { id: 'partner-us', name: 'Partner New Jersey', kind: 'partner-overseas', servesCountries: [], region: 'north-america', address: { name: 'Partner NJ', lines: ['1 Port Rd'], city: 'Newark', postcode: '07114', country: 'US' } },
  { id: 'partner-gb', name: 'Partner Birmingham', kind: 'partner-overseas', servesCountries: ['GB', 'IE'], address: { name: 'Partner Birmingham', lines: ['2 Canal St'], city: 'Birmingham', postcode: 'B1 1AA', country: 'GB' } },
  { id: 'rs-nl', name: 'ReturnCo Venlo', kind: 'returns-service', servesCountries: [], region: 'europe', address: { name: 'ReturnCo', lines: ['Logistiekweg 5'], city: 'Venlo', postcode: '5928', country: 'NL' } },
  { id: 'rs-us', name: 'ReturnCo Reno', kind: 'returns-service', servesCountries: [], region: 'north-america', address: { name: 'ReturnCo US', lines: ['9 Desert Way'], city: 'Reno', postcode: '89502', country: 'US' } },
  { id: 'own-cn', name: 'Shenzhen HQ', kind: 'own', servesCountries: [], region: 'asia-pacific', address: { name: 'HQ', lines: ['1 Tech Rd'], city: 'Shenzhen', postcode: '518000', country: 'CN' } },
].map((w) => Warehouse.parse(w));

export const codes = (explanations: readonly Explanation[]) => explanations.map((e) => e.code);
