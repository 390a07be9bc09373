/**
 * Amazon order flat files → order lines: All Orders (GET_FLAT_FILE_ALL_ORDERS_DATA_BY_…_GENERAL,
 * with the .es/.nl variants "quantity-purchased" and "item price"), the archived orders report and
 * the FBA shipments report ("quantity-shipped"). item-price is already the price of the whole line.
 */
import { currencyOf } from '../../domain/countries';
import { cellAt, missingColumns, resolveColumns } from '../headers';
import { orderLineId, type OrderLine } from '../orders';
import { parseQuantity, parseReportDate, parseReportNumber } from '../values';
import { skip, type MapperFactory } from './types';

export const AMAZON_ORDERS_COLUMNS = {
  orderId: ['amazon-order-id', 'order-id'],
  purchaseDate: ['purchase-date'],
  orderStatus: ['order-status'],
  itemStatus: ['item-status'],
  salesChannel: ['sales-channel'],
  sku: ['sku', 'seller-sku'],
  quantity: ['quantity', 'quantity-purchased', 'quantity-shipped'],
  currency: ['currency'],
  itemPrice: ['item-price', 'item price'],
  shipCountry: ['ship-country'],
} as const;

/** "Amazon.de" → DE: the currency when a row leaves it blank. */
const CHANNEL_COUNTRY: Readonly<Record<string, string>> = {
  com: 'US', ca: 'CA', 'com.mx': 'MX', 'com.br': 'BR', 'co.uk': 'GB', de: 'DE', fr: 'FR', it: 'IT', es: 'ES',
  nl: 'NL', se: 'SE', pl: 'PL', 'com.be': 'BE', 'com.tr': 'TR', ae: 'AE', sa: 'SA', in: 'IN', 'co.jp': 'JP',
  'com.au': 'AU', sg: 'SG',
};
const COUNTRY = /^[A-Z]{2}$/;

export const mapAmazonOrders: MapperFactory = (header, { dateOrder }) => {
  const col = resolveColumns(header, AMAZON_ORDERS_COLUMNS);
  const missing = missingColumns(col, ['orderId', 'purchaseDate', 'sku', 'quantity', 'itemPrice']);
  if (missing.length) return { problem: `This Amazon orders report has no ${missing.map((m) => `"${m}"`).join(', ')} column.` };

  return {
    map(cells, line) {
      const orderId = cellAt(cells, col.orderId);
      if (!orderId) return skip(line, col.names.orderId, '', 'the order id is empty');
      const sku = cellAt(cells, col.sku);
      if (!sku) return skip(line, col.names.sku, '', 'the SKU is empty');
      const rawDate = cellAt(cells, col.purchaseDate);
      const date = parseReportDate(rawDate, dateOrder);
      if (!date) return skip(line, col.names.purchaseDate, rawDate, 'is not a date (expected e.g. 2026-03-11T18:53:56+00:00)');
      const rawQuantity = cellAt(cells, col.quantity);
      const quantity = parseQuantity(rawQuantity);
      if (quantity === null) return skip(line, col.names.quantity, rawQuantity, 'is not a whole number of units');
      const status = cellAt(cells, col.orderStatus) || cellAt(cells, col.itemStatus);
      const rawPrice = cellAt(cells, col.itemPrice);
      if (!rawPrice) {
        const why = status ? ` (the order is ${status}; Amazon gives the price once it is confirmed)` : '';
        return skip(line, col.names.itemPrice, '', `has no price yet${why}, so it is not counted as a sale`);
      }
      const amount = parseReportNumber(rawPrice);
      if (amount === null) return skip(line, col.names.itemPrice, rawPrice, 'is not an amount');
      let currency = cellAt(cells, col.currency).toUpperCase();
      if (!currency) {
        const channel = /^amazon\.(.+)$/i.exec(cellAt(cells, col.salesChannel))?.[1]?.toLowerCase();
        const country = channel ? CHANNEL_COUNTRY[channel] : undefined;
        currency = (country && currencyOf(country)) || '';
      }
      if (!/^[A-Z]{3}$/.test(currency)) return skip(line, col.names.currency, currency, 'is not a currency code such as EUR or USD');
      const country = cellAt(cells, col.shipCountry).toUpperCase();

      const order: OrderLine = {
        id: orderLineId('amazon', orderId, sku),
        marketplace: 'amazon',
        orderId,
        sku,
        quantity,
        orderedAt: date.instant ?? date.date,
        ...(COUNTRY.test(country) ? { country } : {}),
        currency,
        itemPrice: { amount, currency },
        ...(status ? { status } : {}),
        source: 'import',
      };
      return { order };
    },
  };
};
