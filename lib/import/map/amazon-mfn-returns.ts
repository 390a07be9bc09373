/**
 * Amazon seller-fulfilled returns (GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE, "Title Case"
 * headers) → return cases with the request, the delivery back to the seller, the refund, the
 * order value and the return label when the seller paid for it.
 */
import { caseId } from '../../domain/cases';
import { normaliseReturnReason } from '../../domain/reasons';
import type { CaseRecord, Money } from '../../domain/schemas';
import { cellAt, missingColumns, resolveColumns } from '../headers';
import { parseReportDate, parseReportNumber } from '../values';
import { instantOf, skip, type MapperFactory } from './types';

export const MFN_RETURNS_COLUMNS = {
  orderId: ['Order ID', 'amazon-order-id'],
  orderDate: ['Order date'],
  requestDate: ['Return request date'],
  requestStatus: ['Return request status'],
  rmaId: ['Amazon RMA ID'],
  labelCost: ['Label cost'],
  currency: ['Currency code', 'currency'],
  labelPaidBy: ['Label to be paid by'],
  asin: ['ASIN'],
  sku: ['Merchant SKU', 'sku'],
  reason: ['Return Reason', 'return-reason-code'],
  resolution: ['Resolution'],
  deliveryDate: ['Return delivery date'],
  orderAmount: ['Order Amount'],
  refundedAmount: ['Refunded Amount', 'refund-amount'],
} as const;

const CURRENCY = /^[A-Z]{3}$/;

export const mapAmazonMfnReturns: MapperFactory = (header, { dateOrder }) => {
  const col = resolveColumns(header, MFN_RETURNS_COLUMNS);
  const missing = missingColumns(col, ['orderId', 'requestDate']);
  if (col.sku < 0 && col.asin < 0) missing.push('Merchant SKU');
  if (missing.length) return { problem: `This Amazon returns report has no ${missing.map((m) => `"${m}"`).join(', ')} column.` };

  return {
    map(cells, line) {
      const orderId = cellAt(cells, col.orderId);
      if (!orderId) return skip(line, col.names.orderId, '', 'the order id is empty');
      const sku = cellAt(cells, col.sku) || cellAt(cells, col.asin);
      if (!sku) return skip(line, col.names.sku, '', 'the SKU is empty');
      const rawRequested = cellAt(cells, col.requestDate);
      const requested = parseReportDate(rawRequested, dateOrder);
      if (!requested) return skip(line, col.names.requestDate, rawRequested, 'is not a date');
      const rawDelivered = cellAt(cells, col.deliveryDate);
      const delivered = rawDelivered ? parseReportDate(rawDelivered, dateOrder) : null;
      if (rawDelivered && !delivered) return skip(line, col.names.deliveryDate, rawDelivered, 'is not a date');

      const currency = cellAt(cells, col.currency).toUpperCase();
      const money = (index: number, name: string): Money | undefined | { bad: string; name: string } => {
        const raw = cellAt(cells, index);
        if (!raw) return undefined;
        const amount = parseReportNumber(raw);
        if (amount === null) return { bad: raw, name };
        return CURRENCY.test(currency) ? { amount, currency } : undefined;
      };
      const orderValue = money(col.orderAmount, col.names.orderAmount);
      const refunded = money(col.refundedAmount, col.names.refundedAmount);
      const label = money(col.labelCost, col.names.labelCost);
      for (const value of [orderValue, refunded, label]) {
        if (value && 'bad' in value) return skip(line, value.name, value.bad, 'is not an amount');
      }

      const requestedAt = instantOf(requested);
      const deliveredAt = delivered ? instantOf(delivered) : undefined;
      const timeline: CaseRecord['timeline'] = [{ status: 'requested', at: requestedAt }];
      const status = cellAt(cells, col.requestStatus).toLowerCase();
      if (/approved|authori[sz]ed|closed/.test(status)) timeline.push({ status: 'approved', at: requestedAt });
      if (deliveredAt) timeline.push({ status: 'item_received', at: deliveredAt });
      // The report gives the refunded amount but no refund date: the step carries the latest date it gives.
      if (refunded && 'amount' in refunded && refunded.amount > 0) timeline.push({ status: 'refunded', at: deliveredAt ?? requestedAt });
      if (/closed/.test(status)) timeline.push({ status: 'closed', at: deliveredAt ?? requestedAt });

      const sellerPaysLabel = /seller|merchant/i.test(cellAt(cells, col.labelPaidBy));
      const record: CaseRecord = {
        id: caseId('amazon', 'return', orderId, sku),
        marketplace: 'amazon',
        kind: 'return',
        orderId,
        sku,
        reason: normaliseReturnReason({ code: cellAt(cells, col.reason) }),
        ...(orderValue && 'amount' in orderValue ? { orderValue } : {}),
        ...(/returnless/i.test(cellAt(cells, col.resolution)) ? { action: 'refund_without_return' as const } : {}),
        timeline,
        costs: sellerPaysLabel && label && 'amount' in label ? { returnShipping: label } : {},
        source: 'import',
        createdAt: requestedAt,
        updatedAt: deliveredAt ?? requestedAt,
      };
      return { case: record };
    },
  };
};
