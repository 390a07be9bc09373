/** Seeded random cases and order lines for the retrospective's tests and bench. */
import type { CaseRecord, ReturnReason } from '../../../../lib/domain/schemas';
import type { OrderLine } from '../../../../lib/import/orders';

/** mulberry32: small, fast, seeded. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const REASONS: ReturnReason[] = ['size_fit', 'style_colour', 'defective', 'damaged', 'not_as_described', 'wrong_item', 'changed_mind', 'other'];
const MARKETPLACES = ['amazon', 'ebay', 'shopify'] as const;
const COUNTRIES = ['US', 'US', 'US', 'DE', 'GB', 'FR', 'CA', 'JP', 'IT', 'ES', 'AU', 'MX'];
const CURRENCY: Record<string, string> = { US: 'USD', DE: 'EUR', GB: 'GBP', FR: 'EUR', CA: 'CAD', JP: 'JPY', IT: 'EUR', ES: 'EUR', AU: 'AUD', MX: 'MXN' };

export interface GenOptions {
  skus: number;
  /** Days back from `end`. */
  days: number;
  end: string;
}

export function makeGen(seed: number, options: GenOptions) {
  const r = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const endMs = Date.parse(`${options.end}T23:59:59Z`);
  const at = () => new Date(endMs - Math.floor(r() * options.days * 86_400_000)).toISOString();
  // Popular SKUs sell more (a rough Zipf).
  const sku = () => `SKU-${String(Math.floor(options.skus * r() * r())).padStart(4, '0')}`;
  const country = () => (r() < 0.03 ? undefined : pick(COUNTRIES));

  function orderLine(i: number): OrderLine {
    const marketplace = pick(MARKETPLACES);
    const c = country();
    const quantity = r() < 0.85 ? 1 : 1 + Math.floor(r() * 4);
    const line: OrderLine = {
      id: `${marketplace}:O-${i}:${sku()}`,
      marketplace,
      orderId: `O-${i}`,
      sku: sku(),
      quantity,
      orderedAt: r() < 0.2 ? at().slice(0, 10) : at(),
      currency: CURRENCY[c ?? 'US'] ?? 'USD',
      itemPrice: { amount: Math.round((5 + r() * 80) * quantity * 100) / 100, currency: CURRENCY[c ?? 'US'] ?? 'USD' },
      source: 'import',
    };
    if (c) line.country = c;
    if (r() < 0.02) line.status = 'Cancelled';
    else if (r() < 0.5) line.status = 'Shipped';
    return line;
  }

  function kase(i: number): CaseRecord {
    const marketplace = pick(MARKETPLACES);
    const roll = r();
    const kind: CaseRecord['kind'] = roll < 0.7 ? 'return' : roll < 0.9 ? 'exchange' : 'message';
    const requested = at();
    const c = country();
    const orderId = `O-${Math.floor(r() * 1e6)}`;
    const s = r() < 0.95 ? sku() : undefined;
    const record: CaseRecord = {
      id: `${marketplace}:${kind}:${orderId}:${s ?? ''}:${i}`,
      marketplace,
      kind,
      orderId,
      timeline: [{ status: 'requested', at: requested }],
      costs: {},
      source: r() < 0.5 ? 'import' : 'page',
      createdAt: requested,
      updatedAt: requested,
    };
    if (s) record.sku = s;
    if (c) record.country = c;
    const currency = CURRENCY[c ?? 'US'] ?? 'USD';
    if (kind === 'message') {
      const received = Date.parse(requested);
      record.message = { intent: 'refund_status', language: 'en', receivedAt: requested, dueAt: new Date(received + 24 * 3_600_000).toISOString() };
      if (r() < 0.7) record.message.repliedAt = new Date(received + Math.floor(r() * 40 * 3_600_000)).toISOString();
      if (r() < 0.1) delete record.message.dueAt;
      return record;
    }
    record.reason = pick(REASONS);
    if (r() < 0.9) record.orderValue = { amount: Math.round((5 + r() * 80) * 100) / 100, currency };
    if (r() < 0.7) {
      record.ruleId = 'rule-1';
      record.action = r() < 0.3 ? 'refund_without_return' : 'standard_return';
    } else if (r() < 0.6) record.action = r() < 0.5 ? 'refund_without_return' : 'approve_exchange';
    if (r() < 0.6) record.timeline.push({ status: 'refunded', at: new Date(Date.parse(requested) + Math.floor(r() * 96 * 3_600_000)).toISOString() });
    if (r() < 0.3) record.costs.returnShipping = { amount: Math.round(r() * 1500) / 100, currency };
    if (r() < 0.2) record.costs.labour = { amount: Math.round(r() * 500) / 100, currency };
    if (r() < 0.1) record.costs.product = { amount: Math.round(r() * 3000) / 100, currency };
    return record;
  }

  /** A later version of a case: new status, reason, action or costs (as an update would bring). */
  function mutateCase(c: CaseRecord): CaseRecord {
    const next: CaseRecord = structuredClone(c);
    const roll = r();
    if (next.kind !== 'message' && roll < 0.3) next.reason = pick(REASONS);
    else if (roll < 0.5) next.timeline.push({ status: pick(['approved', 'refunded', 'closed', 'restocked'] as const), at: at() });
    else if (roll < 0.6) next.timeline[0] = { status: 'requested', at: at() };
    else if (roll < 0.7) next.marketplace = pick(MARKETPLACES);
    else if (roll < 0.8 && next.kind !== 'message') next.costs = { returnShipping: { amount: Math.round(r() * 999) / 100, currency: next.orderValue?.currency ?? 'USD' } };
    else if (roll < 0.9) {
      if (next.ruleId) delete next.ruleId;
      else next.ruleId = 'rule-2';
    } else if (next.message) next.message.repliedAt = at();
    else next.country = pick(COUNTRIES);
    return next;
  }

  function mutateLine(l: OrderLine): OrderLine {
    const next = structuredClone(l);
    const roll = r();
    if (roll < 0.3) next.quantity = Math.floor(r() * 5);
    else if (roll < 0.5) next.status = r() < 0.5 ? 'Cancelled' : 'Shipped';
    else if (roll < 0.7) next.orderedAt = at();
    else if (roll < 0.85) next.itemPrice = { amount: Math.round(r() * 9999) / 100, currency: r() < 0.5 ? 'USD' : 'EUR' };
    else next.country = pick(COUNTRIES);
    return next;
  }

  return { r, orderLine, kase, mutateCase, mutateLine };
}
