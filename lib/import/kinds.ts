/**
 * The files HelloWord imports, each with the columns that identify it (every group must be present,
 * by any of its names) and the mapper that reads its rows. Order matters: the first match wins,
 * so the specific reports come before the seller's free-form sheets.
 */
import { mapAmazonFbaReturns } from './map/amazon-fba-returns';
import { mapAmazonMfnReturns } from './map/amazon-mfn-returns';
import { mapAmazonOrders } from './map/amazon-orders';
import { mapEbayOrders } from './map/ebay-orders';
import { mapCatalogue, mapSuppliers } from './map/sheets';
import { mapShopifyOrders } from './map/shopify-orders';
import type { MapperFactory } from './map/types';

export const REPORT_KINDS = [
  'amazon-fba-returns',
  'amazon-mfn-returns',
  'amazon-orders',
  'ebay-orders',
  'shopify-orders',
  'suppliers',
  'catalogue',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface KindInfo {
  kind: ReportKind;
  /** Said to the seller: "Amazon FBA customer returns". */
  label: string;
  /** The delimiter the marketplace writes; another one means the file was re-saved. */
  delimiter: '\t' | ',' | null;
  /** Column groups (header keys); each must be present, by any of its names. */
  signature: readonly (readonly string[])[];
  /** Numeric dates in this file, when nothing else tells: how they are read. */
  dateOrder: 'MDY' | 'DMY';
  createMapper: MapperFactory;
}

export const KINDS: readonly KindInfo[] = [
  {
    kind: 'amazon-mfn-returns',
    label: 'Amazon seller-fulfilled returns',
    delimiter: '\t',
    signature: [['order-id'], ['return-request-date'], ['amazon-rma-id'], ['merchant-sku', 'asin']],
    dateOrder: 'MDY',
    createMapper: mapAmazonMfnReturns,
  },
  {
    kind: 'amazon-fba-returns',
    label: 'Amazon FBA customer returns',
    delimiter: '\t',
    signature: [
      ['return-date', 'returned-date'],
      ['order-id', 'amazon-order-id'],
      ['sku', 'merchant-sku'],
      ['detailed-disposition', 'disposition', 'fulfillment-center-id', 'fc', 'license-plate-number'],
    ],
    dateOrder: 'DMY',
    createMapper: mapAmazonFbaReturns,
  },
  {
    kind: 'amazon-orders',
    label: 'Amazon orders',
    delimiter: '\t',
    signature: [['amazon-order-id', 'order-id'], ['purchase-date'], ['sku'], ['item-price'], ['quantity', 'quantity-purchased', 'quantity-shipped']],
    dateOrder: 'DMY',
    createMapper: mapAmazonOrders,
  },
  {
    kind: 'ebay-orders',
    label: 'eBay Seller Hub orders report',
    delimiter: ',',
    signature: [['sales-record-number'], ['order-number', 'order-id'], ['item-number'], ['sold-for', 'item-price'], ['quantity']],
    dateOrder: 'MDY',
    createMapper: mapEbayOrders,
  },
  {
    kind: 'shopify-orders',
    label: 'Shopify orders export',
    delimiter: ',',
    signature: [['name'], ['financial-status'], ['lineitem-quantity'], ['lineitem-sku'], ['lineitem-price'], ['created-at']],
    dateOrder: 'DMY',
    createMapper: mapShopifyOrders,
  },
  {
    kind: 'suppliers',
    label: 'supplier sheet',
    delimiter: null,
    signature: [['supplier-id', '供应商id'], ['name', 'supplier-name', '供应商名称', '名称'], ['moq', 'lead-time-days', 'contact', 'email', '起订量', '交货周期-天', '联系人']],
    dateOrder: 'DMY',
    createMapper: mapSuppliers,
  },
  {
    kind: 'catalogue',
    label: 'catalogue sheet',
    delimiter: null,
    signature: [['sku', '货号'], ['title', 'cost', 'hs-code', 'category-id', 'weight-g', '标题', '成本', 'hs编码', '类目id']],
    dateOrder: 'DMY',
    createMapper: mapCatalogue,
  },
];

/**
 * Files that are recognisable but not importable, with what to do instead (plain words).
 */
export const NOT_SUPPORTED: readonly { signature: readonly (readonly string[])[]; message: string }[] = [
  {
    signature: [['order-id'], ['quantity-to-ship'], ['promise-date']],
    message: 'This is Amazon\'s unshipped-orders report: it has no prices. Import the "All Orders" report (Reports → Order reports) instead.',
  },
  {
    signature: [['date'], ['rating'], ['comments'], ['order-id']],
    message: 'This is Amazon\'s seller feedback report; HelloWord does not import feedback.',
  },
  {
    signature: [['id'], ['name'], ['command']],
    message: 'This looks like a Matrixify/Excelify export, not Shopify\'s own. In Shopify admin, open Orders → Export and import that file.',
  },
];
