/**
 * eBay Seller Hub orders report (CSV) → order lines. The file is framed: a row of bare commas
 * above the header, an empty padding row under it, "N record(s) downloaded" and "Seller ID : …"
 * at the end. A multi-item order is a summary row (no item number) followed by one row per item
 * with the same Sales Record Number; the items take the order's date and country from it.
 * Money carries its currency ("$12.34", "AU $3,000.00", "EUR 90,00" with a decimal comma).
 */
import { roundMoney } from '../../domain/countries';
import { countryFromName } from '../../marketplaces/countries';
import { parseMoney } from '../../marketplaces/parse';
import { cellAt, missingColumns, resolveColumns } from '../headers';
import { orderLineId, type OrderLine } from '../orders';
import { parseQuantity, parseReportDate } from '../values';
import { skip, type MapperFactory } from './types';

export const EBAY_ORDERS_COLUMNS = {
  recordNumber: ['Sales Record Number'],
  orderNumber: ['Order Number', 'Order ID'],
  itemNumber: ['Item Number'],
  customLabel: ['Custom Label'],
  quantity: ['Quantity'],
  soldFor: ['Sold For', 'Item Price'],
  saleDate: ['Sale Date', 'Order Date'],
  shipCountry: ['Ship To Country', 'Post To Country', 'Buyer Country'],
} as const;

const FOOTER = /record\(s\)\s+downloaded|^seller\s+id\b/i;

interface OrderContext {
  record: string;
  orderNumber: string;
  saleDate: string;
  country: string;
}

export const mapEbayOrders: MapperFactory = (header, { dateOrder }) => {
  const col = resolveColumns(header, EBAY_ORDERS_COLUMNS);
  const missing = missingColumns(col, ['quantity', 'soldFor']);
  if (col.orderNumber < 0 && col.recordNumber < 0) missing.push('Order Number');
  if (col.itemNumber < 0 && col.customLabel < 0) missing.push('Custom Label');
  if (missing.length) return { problem: `This eBay orders report has no ${missing.map((m) => `"${m}"`).join(', ')} column.` };
  let order: OrderContext | undefined;
  let lastCurrency: string | undefined;

  return {
    map(cells, line) {
      if (cells.every((c) => c.trim() === '')) return null;
      if (FOOTER.test(cells.slice(0, 3).join(' '))) return null;
      const record = cellAt(cells, col.recordNumber);
      const itemNumber = cellAt(cells, col.itemNumber);
      const sku = cellAt(cells, col.customLabel) || itemNumber;
      const context = order && record !== '' && order.record === record ? order : undefined;
      const current: OrderContext = {
        record,
        orderNumber: cellAt(cells, col.orderNumber) || context?.orderNumber || '',
        saleDate: cellAt(cells, col.saleDate) || context?.saleDate || '',
        country: cellAt(cells, col.shipCountry) || context?.country || '',
      };
      if (!sku) {
        // The summary row of a multi-item order: its items follow.
        order = current;
        return null;
      }
      const orderId = current.orderNumber || record;
      if (!orderId) return skip(line, col.names.orderNumber, '', 'the order number is empty');
      const date = parseReportDate(current.saleDate, dateOrder);
      if (!date) return skip(line, col.names.saleDate, current.saleDate, 'is not a date (expected e.g. Sep-30-26 or 26-May-26)');
      const rawQuantity = cellAt(cells, col.quantity);
      const quantity = parseQuantity(rawQuantity);
      if (quantity === null) return skip(line, col.names.quantity, rawQuantity, 'is not a whole number of units');
      const rawPrice = cellAt(cells, col.soldFor);
      const unit = parseMoney(rawPrice, lastCurrency ? { currency: lastCurrency } : {});
      if (!unit) return skip(line, col.names.soldFor, rawPrice, rawPrice ? 'is not an amount with a currency (expected e.g. $12.34 or EUR 90,00)' : 'the price is empty');
      lastCurrency = unit.currency;
      const country = countryFromName(current.country);

      const result: OrderLine = {
        id: orderLineId('ebay', orderId, sku),
        marketplace: 'ebay',
        orderId,
        sku,
        quantity,
        orderedAt: date.instant ?? date.date,
        ...(country ? { country } : {}),
        currency: unit.currency,
        itemPrice: { amount: roundMoney(unit.amount * quantity, unit.currency), currency: unit.currency },
        source: 'import',
      };
      return { order: result };
    },
  };
};
