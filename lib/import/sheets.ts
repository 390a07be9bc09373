/**
 * The seller's own sheets (F8, F10): the catalogue and the suppliers, as CSV/TSV or XLSX. Their
 * columns are ours, so they have templates to download; headers are accepted in English or
 * Chinese, in any order, and unknown columns are ignored.
 */
import { z } from 'zod';
import { CountryCode, Money } from '../domain/schemas';
import { Supplier } from '../domain/suppliers';

export const CATALOGUE_COLUMNS = {
  sku: ['SKU', '货号', 'seller-sku'],
  title: ['Title', '标题', '品名', 'product-name'],
  model: ['Model', '型号'],
  asin: ['ASIN'],
  categoryId: ['Category ID', '类目ID', '类目 ID'],
  tags: ['Tags', '标签'],
  cost: ['Cost', '成本'],
  currency: ['Currency', '币种'],
  weightGrams: ['Weight (g)', 'Weight g', 'Weight grams', '重量(克)', '重量 (g)'],
  hsCode: ['HS code', 'HS编码', 'HS 编码'],
  hsCodesByCountry: ['HS codes by country', '各国HS编码'],
  supplierId: ['Supplier ID', '供应商ID', '供应商 ID'],
} as const;

export const SUPPLIER_COLUMNS = {
  id: ['Supplier ID', '供应商ID', '供应商 ID'],
  name: ['Name', 'Supplier name', '供应商名称', '名称'],
  contact: ['Contact', '联系人'],
  email: ['Email', 'E-mail', '邮箱'],
  phone: ['Phone', '电话'],
  country: ['Country', '国家'],
  categories: ['Categories', '主营类目'],
  unitPrice: ['Unit price', '单价'],
  currency: ['Currency', '币种'],
  moq: ['MOQ', '起订量'],
  leadTimeDays: ['Lead time (days)', 'Lead time days', '交货周期(天)', '交货周期 (天)'],
  skus: ['SKUs', '供货SKU'],
} as const;

/** A supplier as the supplier sheet gives it (F10); the dashboard stores it as its supplier record. */
export const SupplierRow = z.object({
  id: z.string().trim().min(1, 'must not be empty').max(200),
  name: z.string().trim().min(1, 'must not be empty').max(300),
  contact: z.string().max(300).optional(),
  email: z.email('must be an e-mail address').optional(),
  phone: z.string().max(100).optional(),
  country: z.optional(CountryCode),
  categories: z.array(z.string()).default([]),
  unitPrice: z.optional(Money),
  /** Minimum order quantity (起订量). */
  moq: z.number().int('must be a whole number').positive().optional(),
  /** Lead time (交货周期) in days. */
  leadTimeDays: z.number().int('must be a whole number of days').nonnegative().optional(),
  skus: z.array(z.string()).default([]),
  source: z.literal('import'),
});
export type SupplierRow = z.infer<typeof SupplierRow>;

function csvLine(values: readonly string[]): string {
  return values.map((v) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',');
}

const CATALOGUE_EXAMPLE = ['DRESS-RED-M', 'Summer dress, red, M', 'SD-2026', 'B0C1234567', 'apparel-women-dresses', 'seasonal;profit', '8.50', 'USD', '240', '610442', 'US:6104420010;DE:61044200', 'SUP-001'];
const SUPPLIER_EXAMPLE = ['SUP-001', 'Ningbo Textile Co.', 'Li Wei', 'sales@example.com', '+86 574 0000 0000', 'CN', 'apparel-women-dresses', '8.50', 'USD', '200', '25', 'DRESS-RED-M;DRESS-RED-L'];

/** The catalogue template: the header and one example row, UTF-8 with a BOM so Excel opens it right. */
export const CATALOGUE_TEMPLATE_CSV = `\uFEFF${csvLine(Object.values(CATALOGUE_COLUMNS).map((a) => a[0]))}\r\n${csvLine(CATALOGUE_EXAMPLE)}\r\n`;
export const SUPPLIER_TEMPLATE_CSV = `\uFEFF${csvLine(Object.values(SUPPLIER_COLUMNS).map((a) => a[0]))}\r\n${csvLine(SUPPLIER_EXAMPLE)}\r\n`;

/** "seasonal; profit", "a|b", "a, b" → ['seasonal', 'profit']. */
export function splitList(text: string): string[] {
  return text
    .split(/[;|,，、]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Excel drops leading zeros of numeric-looking codes: a 5-, 7- or 9-digit HS code lost one. */
export function restoreHsDigits(code: string): string {
  const digits = code.replace(/[\s.]/g, '');
  return /^\d{5}$|^\d{7}$|^\d{9}$/.test(digits) ? `0${digits}` : digits;
}

/**
 * A supplier-sheet row as the workspace's Supplier record (lib/domain/suppliers.ts): the contact
 * becomes a contact, and the unit price, MOQ and lead time a quote for each SKU the row lists
 * (a quote needs a lead time; without one the row gives no quotes).
 */
export function supplierFromRow(row: SupplierRow): Supplier {
  const contact = row.contact || row.email || row.phone
    ? [{ name: row.contact || row.name, role: '', ...(row.email ? { email: row.email } : {}), ...(row.phone ? { phone: row.phone.slice(0, 50) } : {}) }]
    : [];
  const prices = row.unitPrice && row.leadTimeDays !== undefined
    ? row.skus.map((sku) => ({ sku, unitPrice: row.unitPrice!, moq: row.moq ?? 1, leadTimeDays: Math.min(row.leadTimeDays!, 365) }))
    : [];
  return Supplier.parse({ id: row.id, name: row.name, contacts: contact, categories: row.categories, prices, notes: row.country ? `Country: ${row.country}` : '' });
}
