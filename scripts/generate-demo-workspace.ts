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
import type { CaseRecord, ProfitSettings, Category, CertificateInput, DutyRate, Marketplace, SkuInput, Warehouse } from '../lib/domain/schemas';
import type { PurchaseOrderInput, SupplierInput } from '../lib/domain/suppliers';
import type { OrderLine } from '../lib/import/orders';

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
/** The hand-written cases the popup look-up and page tests talk about (the generated history is separate). */
export const cases: CaseInput[] = [
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

// ── Suppliers, purchase orders and sales history (F10, F11; F16–F19 read the sales too) ──────

/**
 * Stock the demo seller counted and each SKU's own first leg (头程): the cotton dress is the seed's
 * worked example (20 days by air/express), the lamp ships by sea; the lamp's stock was never counted.
 */
const DEMO_STOCK: Record<string, { stockOnHand?: number; firstLegLeadDays?: number }> = {
  'HW-DRESS-COT-M': { stockOnHand: 60, firstLegLeadDays: 20 },
  'HW-DRESS-LIN-L': { stockOnHand: 45 },
  'HW-GADGET-PEELER': { stockOnHand: 400 },
  'HW-LAMP-DK2': { firstLegLeadDays: 35 },
  'HW-PLUSH-BEAR': { stockOnHand: 20 },
  'HW-SPK-BT10': { stockOnHand: 35 },
};

function withDemoStock(items: readonly SkuInput[]): SkuInput[] {
  return items.map((sku) => ({ ...sku, ...DEMO_STOCK[sku.sku] }));
}

const usd = (amount: number) => ({ amount, currency: 'USD' });

const suppliers: SupplierInput[] = [
  {
    id: 'sup-hangzhou-qinghe',
    name: 'Hangzhou Qinghe Textile Co. (demo)',
    contacts: [
      { name: 'Chen Li 陈丽', role: 'sales', email: 'chen.li@qinghe-textile.example', wechat: 'qinghe_chenli' },
      { name: 'Wang Jun 王军', role: 'QC', phone: '+86 571 0000 1234' },
    ],
    categories: ['apparel-women-dresses'],
    prices: [
      { sku: 'HW-DRESS-COT-M', unitPrice: usd(9.4), moq: 100, leadTimeDays: 15, validFrom: day(-200), validUntil: day(160) },
      { sku: 'HW-DRESS-LIN-L', unitPrice: usd(14.2), moq: 50, leadTimeDays: 18, validFrom: day(-200), validUntil: day(160) },
    ],
    notes: 'Reliable on cotton; linen dyed in batches of 50.',
  },
  {
    // Cheaper on the cotton dress, but one order so far: its on-time and pass rates are "not enough data".
    id: 'sup-guangzhou-meiyi',
    name: 'Guangzhou Meiyi Garment (demo)',
    contacts: [{ name: 'Liu Fang 刘芳', role: 'sales', email: 'liu.fang@meiyi-garment.example' }],
    categories: ['apparel-women-dresses'],
    prices: [
      { sku: 'HW-DRESS-COT-M', unitPrice: usd(8.9), moq: 300, leadTimeDays: 25, validFrom: day(-60) },
      // Expired ten days ago: shown as excluded, with the date.
      { sku: 'HW-DRESS-LIN-L', unitPrice: usd(13.5), moq: 100, leadTimeDays: 25, validFrom: day(-120), validUntil: day(-10) },
    ],
  },
  {
    id: 'sup-ningbo-haoyun',
    name: 'Ningbo Haoyun Homeware (demo)',
    contacts: [{ name: 'Zhang Wei 张伟', role: 'sales', email: 'zhang.wei@haoyun-home.example', phone: '+86 574 0000 5678', wechat: 'haoyun_zw' }],
    categories: ['home-kitchen-gadgets', 'toys-plush-animals', 'electronics-lighting-desk-lamps'],
    prices: [
      { sku: 'HW-GADGET-PEELER', unitPrice: usd(0.9), moq: 500, leadTimeDays: 10 },
      { sku: 'HW-PLUSH-BEAR', unitPrice: usd(3.1), moq: 200, leadTimeDays: 20 },
      { sku: 'HW-LAMP-DK2', unitPrice: usd(11.5), moq: 100, leadTimeDays: 25 },
    ],
  },
  {
    id: 'sup-shenzhen-bolan',
    name: 'Shenzhen Bolan Electronics (demo)',
    contacts: [{ name: 'Huang Min 黄敏', role: 'sales', email: 'huang.min@bolan-elec.example' }],
    categories: ['electronics-audio-speakers', 'electronics-lighting-desk-lamps'],
    prices: [
      { sku: 'HW-SPK-BT10', unitPrice: usd(12.8), moq: 100, leadTimeDays: 20 },
      { sku: 'HW-LAMP-DK2', unitPrice: usd(11.9), moq: 50, leadTimeDays: 18 },
    ],
  },
];

type DemoPo = [id: string, supplierId: string, lines: [sku: string, quantity: number, unitPrice: number][], orderedOn: number, promisedOn: number, receivedOn?: number, inspected?: [passed: number, failed: number]];
const PURCHASE_ORDERS: DemoPo[] = [
  // Qinghe: five received, one three days late, one batch with QC failures; the linen dresses in transit.
  ['PO-2026-0601', 'sup-hangzhou-qinghe', [['HW-DRESS-COT-M', 300, 9.4]], -170, -155, -156, [295, 5]],
  ['PO-2026-0702', 'sup-hangzhou-qinghe', [['HW-DRESS-COT-M', 250, 9.4], ['HW-DRESS-LIN-L', 50, 14.2]], -130, -114, -111, [292, 8]],
  ['PO-2026-0803', 'sup-hangzhou-qinghe', [['HW-DRESS-COT-M', 300, 9.4]], -95, -80, -80, [300, 0]],
  ['PO-2026-0904', 'sup-hangzhou-qinghe', [['HW-DRESS-LIN-L', 60, 14.2]], -70, -52, -53, [52, 8]],
  ['PO-2026-1005', 'sup-hangzhou-qinghe', [['HW-DRESS-COT-M', 250, 9.4]], -45, -30, -30, [248, 2]],
  ['PO-2026-1106', 'sup-hangzhou-qinghe', [['HW-DRESS-LIN-L', 50, 14.2]], -12, 6],
  // Meiyi: one trial order, on time — too few to trust.
  ['PO-2026-0907', 'sup-guangzhou-meiyi', [['HW-DRESS-COT-M', 300, 8.9]], -75, -50, -50, [290, 10]],
  // Haoyun: two of four late, a weak QC batch; the bears in transit; the lamps overdue.
  ['PO-2026-0608', 'sup-ningbo-haoyun', [['HW-GADGET-PEELER', 1000, 0.9]], -160, -150, -151, [1000, 0]],
  ['PO-2026-0709', 'sup-ningbo-haoyun', [['HW-PLUSH-BEAR', 200, 3.1], ['HW-GADGET-PEELER', 500, 0.9]], -120, -100, -92, [610, 90]],
  ['PO-2026-0810', 'sup-ningbo-haoyun', [['HW-LAMP-DK2', 100, 11.5]], -100, -75, -75, [97, 3]],
  ['PO-2026-1011', 'sup-ningbo-haoyun', [['HW-PLUSH-BEAR', 200, 3.1]], -50, -30, -26, [196, 4]],
  ['PO-2026-1112', 'sup-ningbo-haoyun', [['HW-PLUSH-BEAR', 150, 3.1]], -16, 4],
  ['PO-2026-1113', 'sup-ningbo-haoyun', [['HW-LAMP-DK2', 100, 11.5]], -28, -3],
  // Bolan: three received on time, almost no QC failures.
  ['PO-2026-0614', 'sup-shenzhen-bolan', [['HW-SPK-BT10', 200, 12.8]], -150, -130, -131, [199, 1]],
  ['PO-2026-0815', 'sup-shenzhen-bolan', [['HW-SPK-BT10', 150, 12.8], ['HW-LAMP-DK2', 50, 11.9]], -90, -72, -72, [196, 4]],
  ['PO-2026-1016', 'sup-shenzhen-bolan', [['HW-SPK-BT10', 150, 12.8]], -40, -20, -21, [149, 1]],
];

const purchaseOrders: PurchaseOrderInput[] = PURCHASE_ORDERS.map(([id, supplierId, lines, ordered, promised, received, inspected]) => ({
  id,
  supplierId,
  lines: lines.map(([sku, quantity, price]) => ({ sku, quantity, unitPrice: usd(price) })),
  orderedOn: day(ordered),
  promisedOn: day(promised),
  ...(received !== undefined && { receivedOn: day(received) }),
  ...(inspected && { inspected: { passed: inspected[0], failed: inspected[1] } }),
}));

/** Deterministic pseudo-random numbers (mulberry32): the same file on every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Units a day on average and the list price in USD (other currencies derived below). */
const DEMO_SALES: Record<string, { perDay: number; priceUsd: number; maxQuantity: number }> = {
  'HW-DRESS-COT-M': { perDay: 5, priceUsd: 39.99, maxQuantity: 2 }, // the seed's 5 a day
  'HW-DRESS-LIN-L': { perDay: 1.2, priceUsd: 59.99, maxQuantity: 1 },
  'HW-GADGET-PEELER': { perDay: 3, priceUsd: 9.99, maxQuantity: 3 },
  'HW-LAMP-DK2': { perDay: 0.7, priceUsd: 34.99, maxQuantity: 1 },
  'HW-PLUSH-BEAR': { perDay: 1.6, priceUsd: 24.99, maxQuantity: 2 },
  'HW-SPK-BT10': { perDay: 1.3, priceUsd: 49.99, maxQuantity: 1 },
};
const DEMO_CURRENCY: Record<string, { currency: string; perUsd: number; decimals: number }> = {
  US: { currency: 'USD', perUsd: 1, decimals: 2 },
  CA: { currency: 'CAD', perUsd: 1.37, decimals: 2 },
  GB: { currency: 'GBP', perUsd: 0.8, decimals: 2 },
  DE: { currency: 'EUR', perUsd: 0.95, decimals: 2 },
  FR: { currency: 'EUR', perUsd: 0.95, decimals: 2 },
  NL: { currency: 'EUR', perUsd: 0.95, decimals: 2 },
  JP: { currency: 'JPY', perUsd: 150, decimals: 0 },
  AU: { currency: 'AUD', perUsd: 1.55, decimals: 2 },
};
/** Where each marketplace's buyers are, weighted. */
const DEMO_MARKETS: [Marketplace, number, [string, number][]][] = [
  ['amazon', 0.55, [['US', 0.55], ['DE', 0.15], ['GB', 0.12], ['CA', 0.1], ['JP', 0.08]]],
  ['ebay', 0.25, [['US', 0.45], ['DE', 0.25], ['GB', 0.2], ['AU', 0.1]]],
  ['shopify', 0.2, [['US', 0.5], ['GB', 0.2], ['DE', 0.15], ['FR', 0.1], ['NL', 0.05]]],
];
const SALES_DAYS = 120;

function pick<W extends readonly [unknown, number, ...unknown[]]>(random: () => number, weighted: readonly W[]): W {
  let r = random() * weighted.reduce((sum, w) => sum + w[1], 0);
  for (const w of weighted) if ((r -= w[1]) < 0) return w;
  return weighted[weighted.length - 1]!;
}

/** A list price in the buyer's currency ending in .99 (whole yen in Japan). */
function localPrice(priceUsd: number, country: string): { amount: number; currency: string } {
  const { currency, perUsd, decimals } = DEMO_CURRENCY[country]!;
  if (decimals === 0) return { amount: Math.round((priceUsd * perUsd) / 10) * 10 - 10, currency };
  return { amount: Math.max(0.99, Math.round(priceUsd * perUsd) - 0.01), currency };
}

function orderIdFor(marketplace: Marketplace, random: () => number, n: number): string {
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
  if (marketplace === 'amazon') return `${pick(random, [['113', 0.6], ['114', 0.2], ['702', 0.2]] as const)[0]}-${digits(7)}-${digits(7)}`;
  if (marketplace === 'ebay') return `${digits(2)}-${digits(5)}-${digits(5)}`;
  return String(2000 + n);
}

/**
 * ~120 days of order lines for the demo SKUs: each day's units drawn around the SKU's rate (a
 * little more at weekends, a rise over the last month as the peak season nears), one or two units a
 * line, across the three marketplaces and their buyers' countries; about 2 % cancelled. The orders
 * the demo cases speak of are among them, with the values those cases show.
 */
function demoOrderLines(): OrderLine[] {
  const random = seededRandom(20261121);
  const lines: OrderLine[] = [];
  let shopifyOrder = 0;
  const add = (marketplace: Marketplace, orderId: string, sku: string, quantity: number, offset: number, time: string, country: string, itemPrice: { amount: number; currency: string }, status: string) =>
    lines.push({ id: `${marketplace}:${orderId}:${sku}`, marketplace, orderId, sku, quantity, orderedAt: at(offset, time), country, currency: itemPrice.currency, itemPrice, status, source: 'import' });
  for (let offset = -SALES_DAYS; offset < 0; offset++) {
    const weekday = new Date(`${day(offset)}T00:00:00Z`).getUTCDay();
    const weekend = weekday === 0 || weekday === 6 ? 1.25 : 0.9;
    const trend = offset >= -30 ? 1.15 : 1;
    for (const [sku, sales] of Object.entries(DEMO_SALES)) {
      const expected = sales.perDay * weekend * trend;
      let units = Math.floor(expected) + (random() < expected - Math.floor(expected) ? 1 : 0);
      if (random() < 0.2) units += random() < 0.5 ? -1 : 1;
      while (units > 0) {
        const quantity = Math.min(units, 1 + Math.floor(random() * random() * sales.maxQuantity));
        units -= quantity;
        const [marketplace, , countries] = pick(random, DEMO_MARKETS);
        const [country] = pick(random, countries);
        const orderId = marketplace === 'shopify' ? orderIdFor(marketplace, random, ++shopifyOrder) : orderIdFor(marketplace, random, 0);
        const unit = localPrice(sales.priceUsd, country);
        const time = `${String(Math.floor(random() * 24)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}:00`;
        const cancelled = random() < 0.02;
        const status = cancelled ? 'Cancelled' : marketplace === 'shopify' ? 'paid' : marketplace === 'ebay' ? 'Paid' : 'Shipped';
        add(marketplace, orderId, sku, quantity, offset, time, country, { amount: Math.round(unit.amount * quantity * 100) / 100, currency: unit.currency }, status);
      }
    }
  }
  // The orders behind the demo cases (same ids, countries and values).
  add('amazon', '113-9021455-3345120', 'HW-PLUSH-BEAR', 1, -9, '19:40:00', 'US', usd(24.99), 'Shipped');
  add('amazon', '113-4417890-1234567', 'HW-DRESS-COT-M', 1, -11, '10:05:00', 'US', usd(39.99), 'Shipped');
  add('amazon', '702-1188234-7654321', 'HW-DRESS-COT-M', 1, -16, '21:30:00', 'CA', { amount: 54.99, currency: 'CAD' }, 'Shipped');
  add('ebay', '12-11234-56789', 'HW-SPK-BT10', 1, -13, '08:12:00', 'DE', { amount: 59.9, currency: 'EUR' }, 'Paid');
  add('shopify', '1047', 'HW-GADGET-PEELER', 1, -5, '17:55:00', 'GB', { amount: 12.5, currency: 'GBP' }, 'paid');
  return lines;
}
// ── end suppliers, purchase orders and sales history ─────────────────────────────────────────

// ── Rules and profit (F12, F13, F25) ─────────────────────────────────────────────────────────
// A year of returns for the rule what-if: enough cases, in six currencies, for an edited rule to
// change a visible number of decisions (the bear at $24.99 sits just above the $20 low-value line).
// Deterministic (seeded), so the demo file only changes when this code does.

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Where the demo seller sells: marketplace, buyer country, currency, and the price factor against USD. */
const RULES_DEMO_MARKETS = [
  ['amazon', 'US', 'USD', 1, 34],
  ['amazon', 'CA', 'CAD', 1.38, 6],
  ['amazon', 'DE', 'EUR', 0.95, 14],
  ['amazon', 'FR', 'EUR', 0.95, 7],
  ['amazon', 'JP', 'JPY', 150, 6],
  ['ebay', 'GB', 'GBP', 0.8, 12],
  ['ebay', 'DE', 'EUR', 0.95, 5],
  ['shopify', 'US', 'USD', 1, 10],
  ['shopify', 'AU', 'AUD', 1.52, 3],
  ['shopify', 'IT', 'EUR', 0.95, 3],
] as const;
/** USD list price of each SKU (the demo's orders). */
const RULES_DEMO_PRICES: Record<string, number> = {
  'HW-DRESS-COT-M': 39.99,
  'HW-DRESS-LIN-L': 54.99,
  'HW-GADGET-PEELER': 9.99,
  'HW-LAMP-DK2': 49.99,
  'HW-PLUSH-BEAR': 24.99,
  'HW-SPK-BT10': 59.99,
};
const RULES_DEMO_SKU_WEIGHTS = [
  ['HW-DRESS-COT-M', 30],
  ['HW-DRESS-LIN-L', 14],
  ['HW-PLUSH-BEAR', 20],
  ['HW-SPK-BT10', 14],
  ['HW-LAMP-DK2', 10],
  ['HW-GADGET-PEELER', 12],
] as const;
const RULES_DEMO_REASONS = [
  ['size_fit', 26],
  ['defective', 13],
  ['changed_mind', 15],
  ['not_as_described', 9],
  ['style_colour', 9],
  ['damaged', 7],
  ['wrong_item', 5],
  ['ordered_by_mistake', 5],
  ['missing_parts', 3],
  ['late_delivery', 3],
  ['better_price', 2],
] as const;
const SIZED = new Set(['HW-DRESS-COT-M', 'HW-DRESS-LIN-L']);

function pickWeighted<T>(rand: () => number, table: readonly (readonly [T, number])[]): T {
  let r = rand() * table.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of table) if ((r -= w) < 0) return value;
  return table[table.length - 1]![0];
}

function buildRulesDemoCases(count: number): CaseInput[] {
  const rand = seeded(20261121);
  const out: CaseInput[] = [];
  for (let i = 0; i < count; i++) {
    const [marketplace, country, currency, factor] = pickWeighted(rand, RULES_DEMO_MARKETS.map(([m, c, cur, f, w]) => [[m, c, cur, f] as const, w] as const));
    const sku = pickWeighted(rand, RULES_DEMO_SKU_WEIGHTS);
    let reason = pickWeighted(rand, RULES_DEMO_REASONS) as CaseRecord['reason'] & string;
    if (reason === 'size_fit' && !SIZED.has(sku)) reason = 'not_as_described';
    // Most orders are one unit; some two or three (and a few high-value bundles).
    const units = rand() < 0.75 ? 1 : rand() < 0.8 ? 2 : 4;
    const usdValue = RULES_DEMO_PRICES[sku]! * units * (0.85 + rand() * 0.3);
    const amount = currency === 'JPY' ? Math.round((usdValue * factor) / 10) * 10 : Math.round(usdValue * factor * 100) / 100;
    const kind = SIZED.has(sku) && rand() < 0.25 ? 'exchange' : 'return';
    const daysAgo = 2 + Math.floor(rand() * 330);
    const minute = Math.floor(rand() * 1440);
    const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`;
    const orderId =
      marketplace === 'amazon'
        ? `114-${String(3000000 + i * 7919).padStart(7, '0')}-${String(1000000 + ((i * 104729) % 9000000)).padStart(7, '0')}`
        : marketplace === 'ebay'
          ? `23-${String(10000 + i)}-${String(40000 + ((i * 7907) % 60000))}`
          : String(5000 + i);
    const requestedAt = at(-daysAgo, time);
    out.push({
      id: `${marketplace}:${kind}:${orderId}:${sku}`,
      marketplace,
      kind,
      orderId,
      sku,
      country,
      reason,
      orderValue: { amount, currency },
      timeline: [{ status: 'requested', at: requestedAt }],
      source: 'import',
      createdAt: requestedAt,
      updatedAt: requestedAt,
    });
  }
  return out;
}

const rulesDemoCases = buildRulesDemoCases(600);

/** F12: the demo seller's prices per market, marketplace fees, freight and rates (USD base). */
const demoProfit: ProfitSettings = {
  listings: [
    { sku: 'HW-DRESS-COT-M', marketplace: 'amazon', destination: 'US', price: { amount: 39.99, currency: 'USD' }, fulfilmentFee: { amount: 5.4, currency: 'USD' } },
    { sku: 'HW-DRESS-COT-M', marketplace: 'amazon', destination: 'DE', price: { amount: 39.99, currency: 'EUR' }, fulfilmentFee: { amount: 4.6, currency: 'EUR' } },
    { sku: 'HW-DRESS-COT-M', marketplace: 'ebay', destination: 'GB', price: { amount: 32, currency: 'GBP' }, fulfilmentFee: { amount: 3.9, currency: 'GBP' } },
    { sku: 'HW-DRESS-LIN-L', marketplace: 'amazon', destination: 'US', price: { amount: 54.99, currency: 'USD' }, fulfilmentFee: { amount: 5.9, currency: 'USD' } },
    { sku: 'HW-DRESS-LIN-L', marketplace: 'shopify', destination: 'FR', price: { amount: 54.9, currency: 'EUR' }, fulfilmentFee: { amount: 6.5, currency: 'EUR' }, marketingPercent: 18 },
    // Too cheap to carry its fees: the view shows this one as a loss.
    { sku: 'HW-GADGET-PEELER', marketplace: 'amazon', destination: 'DE', price: { amount: 6.99, currency: 'EUR' }, fulfilmentFee: { amount: 3.6, currency: 'EUR' } },
    { sku: 'HW-GADGET-PEELER', marketplace: 'amazon', destination: 'US', price: { amount: 9.99, currency: 'USD' }, fulfilmentFee: { amount: 3.4, currency: 'USD' } },
    { sku: 'HW-LAMP-DK2', marketplace: 'amazon', destination: 'US', price: { amount: 49.99, currency: 'USD' }, fulfilmentFee: { amount: 7.2, currency: 'USD' } },
    { sku: 'HW-PLUSH-BEAR', marketplace: 'amazon', destination: 'US', price: { amount: 24.99, currency: 'USD' }, fulfilmentFee: { amount: 4.1, currency: 'USD' } },
    { sku: 'HW-PLUSH-BEAR', marketplace: 'ebay', destination: 'GB', price: { amount: 19.99, currency: 'GBP' }, fulfilmentFee: { amount: 3.6, currency: 'GBP' } },
    { sku: 'HW-SPK-BT10', marketplace: 'amazon', destination: 'DE', price: { amount: 59.9, currency: 'EUR' }, fulfilmentFee: { amount: 4.9, currency: 'EUR' } },
    { sku: 'HW-SPK-BT10', marketplace: 'amazon', destination: 'JP', price: { amount: 8980, currency: 'JPY' }, fulfilmentFee: { amount: 520, currency: 'JPY' } },
  ],
  commissionRates: [
    { id: 'amazon:default', marketplace: 'amazon', percent: 15, minimum: { amount: 0.3, currency: 'USD' }, source: 'demo: typical Amazon referral fee — check your fee schedule' },
    { id: 'amazon:electronics', marketplace: 'amazon', categoryId: 'electronics', percent: 8, minimum: { amount: 0.3, currency: 'USD' }, source: 'demo: typical Amazon referral fee — check your fee schedule' },
    { id: 'amazon:apparel', marketplace: 'amazon', categoryId: 'apparel', percent: 17, minimum: { amount: 0.3, currency: 'USD' }, source: 'demo: typical Amazon referral fee — check your fee schedule' },
    { id: 'ebay:default', marketplace: 'ebay', percent: 12.9, minimum: { amount: 0.3, currency: 'USD' }, source: 'demo: typical eBay final value fee — check your fee schedule' },
    { id: 'shopify:default', marketplace: 'shopify', percent: 2.9, source: 'demo: typical Shopify Payments fee — check your plan' },
  ],
  freightPerKg: { amount: 42, currency: 'CNY' },
  marketingPercent: 8,
  exchangeRates: { base: 'USD', rates: { CNY: 7.1, EUR: 0.92, GBP: 0.79, JPY: 150, CAD: 1.38, AUD: 1.52 }, asOf: day(-1), source: 'demo rates — enter your bank’s' },
};
// ── end rules and profit ─────────────────────────────────────────────────────────────────────

/** Records in IndexedDB key order, so a restored-then-exported demo equals the file exactly. */
// ── Compliance (F9, F27) ──────────────────────────────────────────────────────────────────
// The registry's "file" column: where the seller keeps each document (never fetched). The demo's
// compliance cases are in the certificates above: the speaker's CE expires in 12 days and its RoHS
// expired 20 days ago (the daily check's badge and notification), the lamp's CE names another model
// and its RoHS is missing, and the bear has no CPC for the US (the matrix's "missing" cell).
const DEMO_CERT_FILES: Record<string, string> = {
  'cert-bear-ce': 'Drive › Compliance › BEAR-30 › EU-DoC-2025.pdf',
  'cert-bear-en71': 'Drive › Compliance › BEAR-30 › TR-EN71-88412.pdf',
  'cert-lamp-ce-dk1': 'Drive › Compliance › DK1 › EU-DoC-2024.pdf',
  'cert-spk-ce': 'Drive › Compliance › BT10 › EU-DoC-RED-2024.pdf',
  'cert-spk-rohs': 'Drive › Compliance › BT10 › TR-ROHS-2023.pdf',
};

function withDemoCertificateFiles(items: readonly CertificateInput[]): CertificateInput[] {
  return items.map((cert) => (DEMO_CERT_FILES[cert.id] ? { ...cert, fileRef: DEMO_CERT_FILES[cert.id] } : cert));
}
// ── end compliance ────────────────────────────────────────────────────────────────────────

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
      settings: { ...DEFAULT_SETTINGS, sellerName: 'HelloWord Demo Store', profit: demoProfit },
      categories: byKey(withDemoPlatformMappings(DEFAULT_CATEGORIES), (c) => c.id),
      tags: byKey(DEFAULT_ROLE_TAGS, (t) => t.id),
      skus: byKey(withDemoStock(skus), (s) => s.sku),
      certificates: byKey(withDemoCertificateFiles(certificates), (c) => c.id),
      complianceRules: byKey(DEFAULT_COMPLIANCE_RULES, (r) => r.id),
      returnRules: byKey(DEFAULT_RETURN_RULES, (r) => r.id),
      warehouses: byKey(warehouses, (w) => w.id),
      vatRates: byKey(DEFAULT_VAT_RATES, (v) => `${v.country}:${v.effectiveFrom}`),
      dutyRates: byKey(dutyRates, (d) => d.id),
      cases: byKey([...cases, ...rulesDemoCases], (c) => c.id),
      orders: byKey(demoOrderLines(), (o) => o.id),
      suppliers: byKey(suppliers, (s) => s.id),
      purchaseOrders: byKey(purchaseOrders, (o) => o.id),
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

