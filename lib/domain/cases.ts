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

/**
 * A thread the agent answered becomes a message case (F14): what the buyer wanted, in which
 * language, the template used, and when the message came and the reply went. One case per thread
 * (or per order when the page shows no thread id); answering again updates it.
 */
export function caseFromMessage(
  input: {
    marketplace: Marketplace;
    orderId: string;
    threadId?: string | undefined;
    sku?: string | undefined;
    shipCountry?: string | undefined;
    intent: NonNullable<CaseRecord['message']>['intent'];
    language: string;
    confidence?: number | undefined;
    templateId?: string | undefined;
    receivedAt?: string | undefined;
  },
  repliedAt: string,
  dueAt: string | undefined,
): CaseRecord {
  const received = input.receivedAt && !Number.isNaN(Date.parse(input.receivedAt)) ? new Date(input.receivedAt).toISOString() : undefined;
  const reason = MESSAGE_REASON[input.intent];
  return {
    id: `${input.marketplace}:message:${input.threadId ?? input.orderId}`,
    marketplace: input.marketplace,
    kind: 'message',
    orderId: input.orderId,
    ...(input.sku ? { sku: input.sku } : {}),
    ...(input.shipCountry ? { country: input.shipCountry } : {}),
    ...(reason ? { reason } : {}),
    timeline: [{ status: 'requested', at: received ?? repliedAt }],
    costs: {},
    source: 'page',
    message: {
      ...(input.threadId ? { threadId: input.threadId } : {}),
      intent: input.intent,
      language: input.language,
      ...(input.confidence !== undefined ? { confidence: input.confidence } : {}),
      ...(input.templateId ? { templateId: input.templateId } : {}),
      ...(received ? { receivedAt: received } : {}),
      repliedAt,
      ...(dueAt ? { dueAt } : {}),
    },
    createdAt: received ?? repliedAt,
    updatedAt: repliedAt,
  };
}

/** Message intents that are return reasons too, so the retrospective counts them with returns. */
const MESSAGE_REASON: Partial<Record<NonNullable<CaseRecord['message']>['intent'], CaseRecord['reason']>> = {
  damaged: 'damaged',
  wrong_item: 'wrong_item',
  size_exchange: 'size_fit',
  not_received: 'not_received',
  shipping_delay: 'late_delivery',
};
