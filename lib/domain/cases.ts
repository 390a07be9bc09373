/**
 * Return rows seen on a page become cases (F14). The id is stable (marketplace, order, SKU), and
 * the timestamps come from the page where it shows them, so seeing the same row again changes nothing.
 */
import type { PageRow } from './annotations';
import { normaliseReturnReason } from './reasons';
import type { CaseRecord, Marketplace } from './schemas';

export function caseId(marketplace: Marketplace, kind: CaseRecord['kind'], orderId: string, sku: string | undefined): string {
  return `${marketplace}:${kind}:${orderId}:${sku ?? ''}`;
}

/**
 * A return row with an order id and a request date becomes a case. Without a date there is no
 * stable moment to put on its timeline (every visit would add a new "requested" step), so such a
 * row is not recorded; Manage Returns shows the request date on every row.
 */
export function caseFromReturnRow(marketplace: Marketplace, row: PageRow): CaseRecord | null {
  if (!row.orderId || !row.returnRequestedOn) return null;
  const requestedAt = `${row.returnRequestedOn}T00:00:00.000Z`;
  const item = row.sku ?? row.asin;
  return {
    id: caseId(marketplace, 'return', row.orderId, item),
    marketplace,
    kind: 'return',
    orderId: row.orderId,
    ...(item ? { sku: item } : {}),
    ...(row.shipCountry ? { country: row.shipCountry } : {}),
    reason: normaliseReturnReason({ code: row.returnReasonCode, text: row.returnReasonText }),
    ...(row.buyerComment ? { buyerComment: row.buyerComment } : {}),
    ...((row.orderValue ?? row.lineValue) ? { orderValue: row.orderValue ?? row.lineValue } : {}),
    timeline: [{ status: 'requested', at: requestedAt }],
    costs: {},
    source: 'page',
    createdAt: requestedAt,
    updatedAt: requestedAt,
  };
}
