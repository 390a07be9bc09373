/**
 * Shopify admin "Export orders" CSV → order lines. One row per line item; the order's own fields
 * (currency, date, country, financial status) are on its first row only and blank on the
 * continuation rows, which take them from it. Cells may span lines (Note Attributes). The export
 * has no returns: "Refunded Amount" is its only refund signal, kept in the line's status.
 */
import { roundMoney } from '../../domain/countries';
import { countryFromName } from '../../marketplaces/countries';
import { cellAt, missingColumns, resolveColumns } from '../headers';
import { orderLineId, type OrderLine } from '../orders';
import { parseQuantity, parseReportDate, parseReportNumber } from '../values';
import { skip, type MapperFactory } from './types';

export const SHOPIFY_ORDERS_COLUMNS = {
  name: ['Name'],
  financialStatus: ['Financial Status'],
  currency: ['Currency'],
  createdAt: ['Created at'],
  quantity: ['Lineitem quantity'],
  lineName: ['Lineitem name'],
  price: ['Lineitem price'],
  sku: ['Lineitem sku'],
  shippingCountry: ['Shipping Country'],
  billingCountry: ['Billing Country'],
  cancelledAt: ['Cancelled at'],
  refunded: ['Refunded Amount'],
} as const;

interface OrderContext {
  name: string;
  currency: string;
  createdAt: string;
  country: string;
  status: string;
}

export const mapShopifyOrders: MapperFactory = (header, { dateOrder }) => {
  const col = resolveColumns(header, SHOPIFY_ORDERS_COLUMNS);
  const missing = missingColumns(col, ['name', 'createdAt', 'quantity', 'price', 'sku', 'currency']);
  if (missing.length) return { problem: `This Shopify orders export has no ${missing.map((m) => `"${m}"`).join(', ')} column.` };
  let order: OrderContext | undefined;
  let refundedOrders = 0;

  return {
    map(cells, line) {
      const name = cellAt(cells, col.name);
      if (!name) return skip(line, col.names.name, '', 'the order name is empty');
      const createdAt = cellAt(cells, col.createdAt);
      if (createdAt) {
        const refunded = parseReportNumber(cellAt(cells, col.refunded)) ?? 0;
        if (refunded > 0) refundedOrders++;
        const financial = cellAt(cells, col.financialStatus);
        order = {
          name,
          currency: cellAt(cells, col.currency).toUpperCase(),
          createdAt,
          country: cellAt(cells, col.shippingCountry) || cellAt(cells, col.billingCountry),
          status: cellAt(cells, col.cancelledAt) ? 'cancelled' : financial,
        };
      } else if (!order || order.name !== name) {
        return skip(line, col.names.createdAt, '', `is empty and the order's first row (${name}) is not above it, so the line has no date`);
      }
      const context = order!;
      const sku = cellAt(cells, col.sku);
      if (!sku) {
        const product = cellAt(cells, col.lineName);
        return skip(line, col.names.sku, '', `is empty${product ? ` for "${product}"` : ''}: sales are counted per SKU; give the product a SKU in Shopify`);
      }
      const date = parseReportDate(context.createdAt, dateOrder);
      if (!date) return skip(line, col.names.createdAt, context.createdAt, 'is not a date (expected e.g. 2026-03-11 09:12:33 +0100)');
      const rawQuantity = cellAt(cells, col.quantity);
      const quantity = parseQuantity(rawQuantity);
      if (quantity === null) return skip(line, col.names.quantity, rawQuantity, 'is not a whole number of units');
      const rawPrice = cellAt(cells, col.price);
      const unit = parseReportNumber(rawPrice);
      if (unit === null) return skip(line, col.names.price, rawPrice, 'is not an amount');
      const currency = context.currency;
      if (!/^[A-Z]{3}$/.test(currency)) return skip(line, col.names.currency, currency, 'is not a currency code such as EUR or USD');
      const orderId = name.replace(/^#/, '');
      const country = countryFromName(context.country);

      const result: OrderLine = {
        id: orderLineId('shopify', orderId, sku),
        marketplace: 'shopify',
        orderId,
        sku,
        quantity,
        orderedAt: date.instant ?? date.date,
        ...(country ? { country } : {}),
        currency,
        itemPrice: { amount: roundMoney(unit * quantity, currency), currency },
        ...(context.status ? { status: context.status } : {}),
        source: 'import',
      };
      return { order: result };
    },
    notes() {
      return refundedOrders > 0
        ? [`${refundedOrders} order(s) had a refund. Shopify's export gives only the refunded amount (no item, reason or date), so no return cases were made from it; the refund shows in the order lines' status.`]
        : [];
    },
  };
};
