/**
 * F7 proactive notices: orders that need a word to the buyer before the buyer writes. An order not
 * shipped within `shipWithinHours` of purchase (or past its ship-by date) is late; a shipped order
 * whose tracking has not moved for `stalledTrackingDays` (or past its deliver-by date) is stalled.
 * Where the page shows only a purchase date, the notice assumes the latest time of that day, so a
 * seller is never told an order is late before it is.
 */
import type { ShippingFacts, ShippingNotice } from './annotations';
import { daysBetween } from './dates';
import { explain } from './explain';

export interface ShippingPolicy {
  shipWithinHours: number;
  stalledTrackingDays: number;
}

const HOUR_MS = 3_600_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds of the purchase, or NaN. A bare date counts from the end of that day (UTC). */
function purchaseTime(purchasedAt: string): number {
  if (DATE_ONLY.test(purchasedAt)) return Date.parse(`${purchasedAt}T23:59:59Z`);
  return Date.parse(purchasedAt);
}

export function shippingNotice(
  facts: ShippingFacts | undefined,
  now: number,
  today: string,
  policy: ShippingPolicy,
): ShippingNotice | undefined {
  if (!facts) return undefined;
  if (facts.status === 'unshipped') {
    if (facts.purchasedAt) {
      const hours = (now - purchaseTime(facts.purchasedAt)) / HOUR_MS;
      if (hours > policy.shipWithinHours) {
        const whole = Math.floor(hours);
        // "1256 h" reads badly: past two days the notice counts days.
        const explanation =
          whole >= 48
            ? explain('notice_not_shipped_days', { days: Math.floor(whole / 24), limit: policy.shipWithinHours })
            : explain('notice_not_shipped_hours', { hours: whole, limit: policy.shipWithinHours });
        return { kind: 'late_shipment', hours: whole, explanation };
      }
    }
    if (facts.shipBy && daysBetween(facts.shipBy, today) > 0) {
      return { kind: 'late_shipment', explanation: explain('notice_ship_by_passed', { date: facts.shipBy }) };
    }
    return undefined;
  }
  if (facts.status === 'shipped') {
    const lastMove = facts.lastTrackingEventOn ?? facts.shippedOn;
    if (lastMove) {
      const days = daysBetween(lastMove, today);
      if (days >= policy.stalledTrackingDays) {
        return {
          kind: 'shipping_delay',
          days,
          explanation: explain(facts.lastTrackingEventOn ? 'notice_tracking_stalled_days' : 'notice_shipped_days_no_delivery', { days, date: lastMove }),
        };
      }
    }
    if (facts.deliverBy && daysBetween(facts.deliverBy, today) > 0) {
      return { kind: 'shipping_delay', explanation: explain('notice_delivery_overdue', { date: facts.deliverBy }) };
    }
  }
  return undefined;
}
