/**
 * Builds public/demo/workspace.json: a fictitious seller's workspace written relative to
 * ANCHOR_DATE (lib/domain/demo.ts moves its dates to "today" on load). Each SKU shows one thing the
 * extension does; the comments say which. Run: node --import tsx scripts/generate-demo-workspace.ts
 * (tests/unit/db/demo.test.ts fails when the committed file differs from this builder's output).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupFile, DEFAULT_APP_INFO, type BackupFileInput } from '../lib/domain/backup';
import { DEMO_FORMAT, type DemoWorkspace } from '../lib/domain/demo';
import {
  DEFAULT_CATEGORIES,
  DEFAULT_COMPLIANCE_RULES,
  DEFAULT_RETURN_RULES,
  DEFAULT_ROLE_TAGS,
  DEFAULT_SETTINGS,
  DEFAULT_VAT_RATES,
} from '../lib/domain/defaults';
import type { CaseRecord, Category, CertificateInput, DutyRate, SkuInput, Warehouse } from '../lib/domain/schemas';

export const ANCHOR_DATE = '2026-11-21';
/** Days relative to the anchor, as a date: day(12) is "in 12 days", day(-20) "20 days ago". */
const day = (offset: number) => new Date(Date.parse(`${ANCHOR_DATE}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const at = (offset: number, time: string) => `${day(offset)}T${time}Z`;

const DEMO_RATE = 'demo rate — verify against TARIC / HTS before relying on it';
const EU_COUNTRIES = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'];

const skus: SkuInput[] = [
  {
    sku: 'HW-DRESS-COT-M',
    title: 'Cotton summer dress, floral, M',
    categoryId: 'apparel-women-dresses',
    attributes: { material: 'cotton', size: 'M' },
    tags: ['profit', 'seasonal'],
    cost: { amount: 9.4, currency: 'USD' },
    weightGrams: 320,
    hsCode: '620442', // dresses, women's, of cotton, not knitted
  },
  {
    // No HS code: the compliance badge warns "HS code missing".
    sku: 'HW-DRESS-LIN-L',
    title: 'Linen midi dress, sand, L',
    categoryId: 'apparel-women-dresses',
    attributes: { material: 'linen', size: 'L' },
    tags: ['seasonal'],
    cost: { amount: 14.2, currency: 'USD' },
    weightGrams: 380,
  },
  {
    // GCC for the US; HS 8205.51 household hand tools (8215.10 is precious-metal-plated cutlery sets).
    sku: 'HW-GADGET-PEELER',
    title: 'Stainless steel Y-peeler',
    categoryId: 'home-kitchen-gadgets',
    attributes: { material: 'stainless steel' },
    tags: ['long-tail'],
    cost: { amount: 0.9, currency: 'USD' },
    weightGrams: 45,
    hsCode: '820551',
    certificateIds: ['cert-peeler-gcc'],
  },
  {
    // Its CE declaration names model DK1 only: a model mismatch. 9405.21 is the HS 2022 code for
    // LED desk lamps (HS 2017's 9405.20 was split into 9405.21 / 9405.29).
    sku: 'HW-LAMP-DK2',
    title: 'LED desk lamp DK2, 230 V',
    model: 'DK2',
    categoryId: 'electronics-lighting-desk-lamps',
    attributes: { power: 'mains 230 V', lightSource: 'LED' },
    tags: ['profit'],
    cost: { amount: 11.5, currency: 'USD' },
    weightGrams: 900,
    hsCode: '940521',
    certificateIds: ['cert-lamp-ce-dk1'],
  },
  {
    // CE + EN 71 for the EU, but no CPC: "certificate missing" for US orders.
    sku: 'HW-PLUSH-BEAR',
    title: 'Plush bear, 30 cm',
    model: 'BEAR-30',
    categoryId: 'toys-plush-animals',
    attributes: { age: '3+', material: 'polyester' },
    tags: ['traffic'],
    cost: { amount: 3.1, currency: 'USD' },
    weightGrams: 210,
    hsCode: '950300',
    certificateIds: ['cert-bear-ce', 'cert-bear-en71'],
  },
  {
    // CE expiring in 12 days, RoHS expired 20 days ago, FCC valid; national codes for US and DE (F26).
    sku: 'HW-SPK-BT10',
    title: 'Bluetooth speaker BT10, 10 W',
    model: 'BT10',
    categoryId: 'electronics-audio-speakers',
    attributes: { power: 'USB', connectivity: 'Bluetooth' },
    tags: ['traffic', 'profit'],
    cost: { amount: 12.8, currency: 'USD' },
    weightGrams: 540,
    hsCode: '851822',
    hsCodesByCountry: { US: '8518220000', DE: '85182200' },
    certificateIds: ['cert-spk-ce', 'cert-spk-fcc', 'cert-spk-rohs'],
  },
];

const LAB = 'Nordlicht Prüflabor GmbH (fictitious)';
const certificates: CertificateInput[] = [
  { id: 'cert-bear-ce', kind: 'CE', markets: ['EU', 'GB'], covers: { skus: ['HW-PLUSH-BEAR'], models: ['BEAR-30'] }, issuer: LAB, number: 'DOC-BEAR30-2025', issuedOn: day(-300), validFrom: day(-300), legalRefs: ['2009/48/EC'] },
  { id: 'cert-bear-en71', kind: 'EN71', markets: ['EU'], covers: { skus: ['HW-PLUSH-BEAR'], models: ['BEAR-30'] }, issuer: LAB, number: 'TR-EN71-88412', issuedOn: day(-310), validFrom: day(-310), expiresOn: day(420), legalRefs: ['EN 71-1', 'EN 71-2', 'EN 71-3'] },
  // Covers DK1, not DK2: the lamp's certificate does not match its model (F27).
  { id: 'cert-lamp-ce-dk1', kind: 'CE', markets: ['EU', 'GB'], covers: { skus: [], models: ['DK1'] }, issuer: LAB, number: 'DOC-DK1-2024', issuedOn: day(-500), validFrom: day(-500), legalRefs: ['2014/35/EU', '2014/30/EU', '2011/65/EU'] },
  { id: 'cert-peeler-gcc', kind: 'GCC', markets: ['US'], covers: { skus: ['HW-GADGET-PEELER'], models: [] }, issuer: 'Harbor Line Imports LLC (fictitious)', number: 'GCC-PEELER-2026-01', issuedOn: day(-90), validFrom: day(-90), legalRefs: ['15 U.S.C. 2063'] },
  // CE is accepted in GB (no UKCA needed), hence markets EU and GB.
  { id: 'cert-spk-ce', kind: 'CE', markets: ['EU', 'GB'], covers: { skus: [], models: ['BT10'] }, issuer: LAB, number: 'DOC-BT10-RED-2024', issuedOn: day(-718), validFrom: day(-718), expiresOn: day(12), legalRefs: ['2014/53/EU'] },
  { id: 'cert-spk-fcc', kind: 'FCC', markets: ['US'], covers: { skus: [], models: ['BT10'] }, issuer: 'Bayview Compliance Labs (fictitious)', number: 'FCC-2BDEMO-BT10', issuedOn: day(-400), validFrom: day(-400), expiresOn: day(700), legalRefs: ['47 CFR Part 15'] },
  { id: 'cert-spk-rohs', kind: 'RoHS', markets: ['EU'], covers: { skus: ['HW-SPK-BT10'], models: ['BT10'] }, issuer: LAB, number: 'TR-ROHS-BT10-2023', issuedOn: day(-750), validFrom: day(-750), expiresOn: day(-20), legalRefs: ['2011/65/EU', '(EU) 2015/863'] },
];

const warehouses: Warehouse[] = [
  {
    id: 'wh-de-duisburg',
    name: 'Rheinhafen Partner Lager (demo)',
    kind: 'partner-overseas',
    address: { name: 'HelloWord Demo Returns c/o Rheinhafen Lager', lines: ['Musterstraße 12', 'Halle 3'], city: 'Duisburg', postcode: '47059', country: 'DE' },
    servesCountries: EU_COUNTRIES.filter((c) => c !== 'IE'),
    region: 'europe',
  },
  {
    id: 'wh-jp-chiba',
    name: 'Bayside Partner Souko (demo)',
    kind: 'partner-overseas',
    address: { name: 'HelloWord Demo Returns c/o Bayside Souko', lines: ['1-2-3 Example-cho'], city: 'Ichikawa', region: 'Chiba', postcode: '272-0000', country: 'JP' },
    servesCountries: ['JP'],
    region: 'asia-pacific',
  },
  {
    id: 'wh-uk-coventry',
    name: 'Midlands Partner Warehouse (demo)',
    kind: 'partner-overseas',
    address: { name: 'HelloWord Demo Returns c/o Midlands Partner Warehouse', lines: ['Unit 7, Example Trade Park'], city: 'Coventry', postcode: 'CV3 4ZZ', country: 'GB' },
    servesCountries: ['GB', 'IE'],
    region: 'uk',
  },
  {
    id: 'wh-us-california',
    name: 'Golden Gate Partner Fulfilment (demo)',
    kind: 'partner-overseas',
    address: { name: 'HelloWord Demo Returns c/o Golden Gate Fulfilment', lines: ['4100 Example Commerce Pkwy', 'Dock 12'], city: 'Ontario', region: 'CA', postcode: '91761', country: 'US' },
    servesCountries: ['US', 'CA', 'MX'],
    region: 'north-america',
  },
  {
    id: 'returns-service',
    name: 'ReturnBridge Returns Service (demo)',
    kind: 'returns-service',
    address: { name: 'ReturnBridge (demo) – HelloWord returns', lines: ['Voorbeeldweg 5'], city: 'Venlo', postcode: '5928 ZZ', country: 'NL' },
    servesCountries: [],
    region: 'europe',
  },
];

const dutyRates: DutyRate[] = [
  { id: 'demo-eu-6204', destination: 'EU', hsPrefix: '6204', ratePercent: 12, source: DEMO_RATE },
  { id: 'demo-eu-8518', destination: 'EU', hsPrefix: '8518', ratePercent: 2, source: DEMO_RATE },
  { id: 'demo-gb-6204', destination: 'GB', hsPrefix: '6204', ratePercent: 12, source: DEMO_RATE },
  { id: 'demo-us-9503', destination: 'US', hsPrefix: '9503', ratePercent: 0, source: DEMO_RATE },
];

type CaseInput = Omit<CaseRecord, 'costs'> & { costs?: CaseRecord['costs'] };
const cases: CaseInput[] = [
  {
    id: 'amazon:message:113-9021455-3345120:HW-PLUSH-BEAR',
    marketplace: 'amazon',
    kind: 'message',
    orderId: '113-9021455-3345120',
    sku: 'HW-PLUSH-BEAR',
    country: 'US',
    reason: 'not_received',
    buyerComment: 'Where is my order? It was supposed to arrive on Monday.',
    orderValue: { amount: 24.99, currency: 'USD' },
    timeline: [{ status: 'requested', at: at(0, '07:12:00') }],
    source: 'page',
    createdAt: at(0, '07:12:00'),
    updatedAt: at(0, '07:12:00'),
  },
  {
    id: 'amazon:return:113-4417890-1234567:HW-DRESS-COT-M',
    marketplace: 'amazon',
    kind: 'return',
    orderId: '113-4417890-1234567',
    sku: 'HW-DRESS-COT-M',
    country: 'US',
    reason: 'size_fit',
    buyerComment: 'Runs large – I normally wear M but this fits like an L.',
    orderValue: { amount: 39.99, currency: 'USD' },
    ruleId: 'size-fit-exchange',
    action: 'approve_exchange',
    timeline: [
      { status: 'requested', at: at(-3, '14:20:00') },
      { status: 'approved', at: at(-3, '14:21:00') },
    ],
    source: 'page',
    createdAt: at(-3, '14:20:00'),
    updatedAt: at(-3, '14:21:00'),
  },
  {
    id: 'amazon:return:702-1188234-7654321:HW-DRESS-COT-M',
    marketplace: 'amazon',
    kind: 'return',
    orderId: '702-1188234-7654321',
    sku: 'HW-DRESS-COT-M',
    country: 'CA',
    reason: 'size_fit',
    buyerComment: 'A bit big around the waist.',
    orderValue: { amount: 54.99, currency: 'CAD' },
    ruleId: 'size-fit-exchange',
    action: 'approve_exchange',
    timeline: [
      { status: 'requested', at: at(-9, '16:02:00') },
      { status: 'approved', at: at(-9, '16:03:00') },
      { status: 'item_received', at: at(-4, '10:40:00') },
      { status: 'reshipped', at: at(-3, '09:15:00') },
      { status: 'closed', at: at(-1, '11:00:00') },
    ],
    costs: { returnShipping: { amount: 8.5, currency: 'CAD' }, labour: { amount: 2, currency: 'CAD' } },
    source: 'page',
    createdAt: at(-9, '16:02:00'),
    updatedAt: at(-1, '11:00:00'),
  },
  {
    id: 'ebay:return:12-11234-56789:HW-SPK-BT10',
    marketplace: 'ebay',
    kind: 'return',
    orderId: '12-11234-56789',
    sku: 'HW-SPK-BT10',
    country: 'DE',
    reason: 'defective',
    buyerComment: 'Der rechte Lautsprecher knackt bei hoher Lautstärke.',
    orderValue: { amount: 59.9, currency: 'EUR' },
    ruleId: 'quality-exchange-coupon',
    action: 'exchange_with_coupon',
    timeline: [
      { status: 'requested', at: at(-6, '08:30:00') },
      { status: 'approved', at: at(-6, '09:10:00') },
      { status: 'item_received', at: at(-2, '13:05:00') },
      { status: 'inspected', at: at(-1, '10:20:00') },
    ],
    costs: { returnShipping: { amount: 5.99, currency: 'EUR' } },
    source: 'page',
    createdAt: at(-6, '08:30:00'),
    updatedAt: at(-1, '10:20:00'),
  },
  {
    id: 'shopify:return:1047:HW-GADGET-PEELER',
    marketplace: 'shopify',
    kind: 'return',
    orderId: '1047',
    sku: 'HW-GADGET-PEELER',
    country: 'GB',
    reason: 'changed_mind',
    orderValue: { amount: 12.5, currency: 'GBP' },
    ruleId: 'low-value-keep-item',
    action: 'refund_without_return',
    timeline: [
      { status: 'requested', at: at(-1, '18:45:00') },
      { status: 'refunded', at: at(-1, '18:46:00') },
      { status: 'closed', at: at(-1, '18:46:00') },
    ],
    source: 'import',
    createdAt: at(-1, '18:45:00'),
    updatedAt: at(-1, '18:46:00'),
  },
];

/** Records in IndexedDB key order, so a restored-then-exported demo equals the file exactly. */
function byKey<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export function buildDemoWorkspace(): DemoWorkspace {
  const backup: BackupFileInput = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: at(0, '08:00:00.000'),
    app: { ...DEFAULT_APP_INFO },
    data: {
      // A shop name, so the demo's reply templates are signed.
      settings: { ...DEFAULT_SETTINGS, sellerName: 'HelloWord Demo Store' },
      categories: byKey(withDemoPlatformMappings(DEFAULT_CATEGORIES), (c) => c.id),
      tags: byKey(DEFAULT_ROLE_TAGS, (t) => t.id),
      skus: byKey(skus, (s) => s.sku),
      certificates: byKey(certificates, (c) => c.id),
      complianceRules: byKey(DEFAULT_COMPLIANCE_RULES, (r) => r.id),
      returnRules: byKey(DEFAULT_RETURN_RULES, (r) => r.id),
      warehouses: byKey(warehouses, (w) => w.id),
      vatRates: byKey(DEFAULT_VAT_RATES, (v) => `${v.country}:${v.effectiveFrom}`),
      dutyRates: byKey(dutyRates, (d) => d.id),
      cases: byKey(cases, (c) => c.id),
    },
  };
  // Parsed, so the file holds every default-filled field and is exactly what a restore stores.
  return { format: DEMO_FORMAT, anchorDate: ANCHOR_DATE, backup: BackupFile.parse(backup) };
}

export const DEMO_WORKSPACE_PATH = 'public/demo/workspace.json';

export function demoWorkspaceText(): string {
  return `${JSON.stringify(buildDemoWorkspace(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(DEMO_WORKSPACE_PATH, demoWorkspaceText());
  console.log(`wrote ${DEMO_WORKSPACE_PATH}`);
}

/**
 * F8: a few platform categories the demo seller has already mapped — eBay's "Women's Dresses"
 * (63861) and Shopify's product type "Dresses" onto the central dresses category, eBay's
 * Lamps (112581) onto desk lamps. Everything else stays unmapped, so the demo shows both states.
 */
function withDemoPlatformMappings(categories: readonly Category[]): Category[] {
  const mappings: Record<string, Category['platformMappings']> = {
    'apparel-women-dresses': [
      { marketplace: 'ebay', kind: 'category-id', value: '63861' },
      { marketplace: 'ebay', kind: 'category-id', value: "Women's Dresses" },
      { marketplace: 'shopify', kind: 'product-type', value: 'Dresses' },
      { marketplace: 'shopify', kind: 'product-type', value: '连衣裙' },
    ],
    'electronics-lighting-desk-lamps': [{ marketplace: 'ebay', kind: 'category-id', value: '112581' }],
  };
  return categories.map((category) => ({ ...category, platformMappings: [...category.platformMappings, ...(mappings[category.id] ?? [])] }));
}
