/**
 * F24: how long a buyer message may wait for an answer, and how long is left. Deadlines run on
 * calendar hours — Amazon counts weekends and holidays — so the clock is plain arithmetic.
 */
import type { Marketplace, Settings } from './vocabulary';

export interface DeadlinePolicy {
  hours: number;
  /** Where the figure comes from, shown beside the clock. */
  source: string;
}

export const DEFAULT_REPLY_DEADLINES: Record<Marketplace, DeadlinePolicy> = {
  // Seller Central help, "Buyer-Seller Messaging": respond within 24 hours, including weekends and
  // holidays; late replies count against the Contact Response Time metric.
  amazon: { hours: 24, source: 'Amazon: reply within 24 hours, weekends and holidays included' },
  // eBay has no fixed deadline for ordinary questions (returns and item-not-received requests allow
  // 3 business days); buyers are told sellers usually answer within a day. HelloWord's default.
  ebay: { hours: 24, source: 'eBay: buyers expect an answer within a day (HelloWord default)' },
  // A Shopify store sets its own promise; 24 h until the seller says otherwise.
  shopify: { hours: 24, source: 'Your own store: 24 hours unless you set another target' },
};

export function replyDeadlineHours(marketplace: Marketplace, settings: Pick<Settings, 'replyDeadlineHours'>): DeadlinePolicy {
  const own = settings.replyDeadlineHours[marketplace];
  return own ? { hours: own, source: 'your setting' } : DEFAULT_REPLY_DEADLINES[marketplace];
}

export type ClockState = 'ok' | 'soon' | 'overdue';

export interface ReplyClock {
  dueAt: string;
  /** Negative once overdue. */
  remainingMs: number;
  state: ClockState;
}

/** Less than this left: the clock turns amber. */
export const SOON_MS = 4 * 3_600_000;

export function replyClock(receivedAt: string, now: number, hours: number): ReplyClock | null {
  const received = Date.parse(receivedAt);
  if (Number.isNaN(received)) return null;
  const due = received + hours * 3_600_000;
  const remainingMs = due - now;
  return { dueAt: new Date(due).toISOString(), remainingMs, state: remainingMs < 0 ? 'overdue' : remainingMs < SOON_MS ? 'soon' : 'ok' };
}

/** "5 h 12 min", "38 min", "2 d 3 h": whole minutes, never seconds. */
export function formatDuration(ms: number): { days: number; hours: number; minutes: number } {
  const total = Math.floor(Math.abs(ms) / 60_000);
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}

/** Threads most urgent first: overdue (longest overdue first), then least time left; unknown times last. */
export function byUrgency<T extends { clock: ReplyClock | null }>(threads: readonly T[]): T[] {
  return [...threads].sort((a, b) => (a.clock?.remainingMs ?? Infinity) - (b.clock?.remainingMs ?? Infinity));
}
