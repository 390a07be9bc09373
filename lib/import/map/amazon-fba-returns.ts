/**
 * Amazon FBA customer returns (GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA) → return cases.
 * The report's only date is when the unit came back to the fulfilment centre; the disposition is
 * the inspection's outcome and the status says whether it went back to stock.
 */
import { caseId } from '../../domain/cases';
import { normaliseReturnReason } from '../../domain/reasons';
import type { CaseRecord } from '../../domain/schemas';
import { cellAt, missingColumns, resolveColumns } from '../headers';
import { parseQuantity, parseReportDate } from '../values';
import { instantOf, skip, type MapperFactory } from './types';

export const FBA_RETURNS_COLUMNS = {
  returnDate: ['return-date', 'returned-date', 'return date'],
  orderId: ['order-id', 'amazon-order-id'],
  sku: ['sku', 'merchant-sku', 'seller-sku'],
  asin: ['asin'],
  fnsku: ['fnsku'],
  productName: ['product-name', 'title', 'item-name'],
  quantity: ['quantity'],
  fulfillmentCenter: ['fulfillment-center-id', 'fc'],
  disposition: ['detailed-disposition', 'disposition'],
  reason: ['reason', 'customer-return-reason', 'return-reason'],
  status: ['status'],
  licensePlate: ['license-plate-number'],
  comments: ['customer-comments', 'buyer-comments'],
} as const;

/** Status words (sentence case and UPPER_SNAKE both occur) → the last timeline step they mean. */
const STATUS_STEPS: Readonly<Record<string, CaseRecord['timeline'][number]['status']>> = {
  UNIT_RETURNED_TO_INVENTORY: 'restocked',
  REPACKAGED_SUCCESSFULLY: 'restocked',
  DISPOSED: 'closed',
  IMMEDIATE_DONATION: 'closed',
  REIMBURSED: 'closed',
};

const stepCache = new Map<string, CaseRecord['timeline'][number]['status'] | undefined>();
function stepOfStatus(status: string): CaseRecord['timeline'][number]['status'] | undefined {
  if (stepCache.has(status)) return stepCache.get(status);
  const step = STATUS_STEPS[status.toUpperCase().replace(/[\s-]+/g, '_')];
  if (stepCache.size < 1000) stepCache.set(status, step);
  return step;
}

export const mapAmazonFbaReturns: MapperFactory = (header, { dateOrder }) => {
  const col = resolveColumns(header, FBA_RETURNS_COLUMNS);
  const missing = missingColumns(col, ['returnDate', 'orderId']);
  if (col.sku < 0 && col.asin < 0) missing.push('sku');
  if (missing.length) return { problem: `This Amazon returns report has no ${missing.map((m) => `"${m}"`).join(', ')} column.` };

  return {
    map(cells, line) {
      const orderId = cellAt(cells, col.orderId);
      if (!orderId) return skip(line, col.names.orderId, '', 'the order id is empty');
      const sku = cellAt(cells, col.sku) || cellAt(cells, col.asin);
      if (!sku) return skip(line, col.names.sku, '', 'the SKU is empty');
      const rawDate = cellAt(cells, col.returnDate);
      const date = parseReportDate(rawDate, dateOrder);
      if (!date) return skip(line, col.names.returnDate, rawDate, 'is not a date (expected e.g. 2026-03-11T09:12:33+00:00, 11-MAR-2026 or 11-03-2026)');
      const rawQuantity = cellAt(cells, col.quantity);
      if (rawQuantity && parseQuantity(rawQuantity) === null) return skip(line, col.names.quantity, rawQuantity, 'is not a whole number of units');

      const at = instantOf(date);
      const disposition = cellAt(cells, col.disposition);
      const last = stepOfStatus(cellAt(cells, col.status));
      const timeline: CaseRecord['timeline'] = [
        { status: 'requested', at },
        { status: 'item_received', at },
      ];
      if (disposition) timeline.push({ status: 'inspected', at });
      if (last) timeline.push({ status: last, at });

      const comments = cellAt(cells, col.comments);
      // Built field by field rather than with spreads: this runs for every row of 100,000-row reports.
      const record: CaseRecord = {
        id: caseId('amazon', 'return', orderId, sku),
        marketplace: 'amazon',
        kind: 'return',
        orderId,
        sku,
        // Comments may be pipe-joined ("Not Compatible|Wifi"); the reason reads them as words.
        reason: normaliseReturnReason({ code: cellAt(cells, col.reason), text: comments.includes('|') ? comments.replace(/\|/g, ', ') : comments }),
        timeline,
        costs: {},
        source: 'import',
        createdAt: at,
        updatedAt: at,
      };
      if (comments) record.buyerComment = comments.length > 5000 ? comments.slice(0, 5000) : comments;
      return { case: record };
    },
  };
};
