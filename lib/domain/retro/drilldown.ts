/**
 * The cases behind a retrospective number (retroDrilldown): the same definitions as the aggregates
 * (aggregate.ts) applied to case records, so the list adds up to the number it was opened from.
 */
import type { CaseRecord, Sku } from '../schemas';
import { decidedByOf, handlingMinutesOf, replyFactOf, requestedAtOf, UNKNOWN_COUNTRY, utcDayOf } from './aggregate';
import type { DrilldownCase, DrilldownRequest, DrilldownResult, ResolvedPeriod, RetroFilters } from './model';
import { categorySubtree, retroRegionOf } from './query';

export function drilldownCase(c: CaseRecord, now: number): DrilldownCase {
  const minutes = handlingMinutesOf(c);
  const row: DrilldownCase = {
    id: c.id,
    marketplace: c.marketplace,
    kind: c.kind,
    orderId: c.orderId,
    requestedAt: requestedAtOf(c),
    status: c.timeline.length ? c.timeline.reduce((a, b) => (b.at >= a.at ? b : a)).status : 'requested',
    handlingHours: minutes === undefined ? null : Math.round((minutes / 60) * 10) / 10,
    decidedBy: decidedByOf(c),
  };
  if (c.sku !== undefined) row.sku = c.sku;
  if (c.country !== undefined) row.country = c.country;
  if (c.reason !== undefined) row.reason = c.reason;
  if (c.buyerComment !== undefined) row.buyerComment = c.buyerComment;
  if (c.ruleId !== undefined) row.ruleId = c.ruleId;
  if (c.action !== undefined) row.action = c.action;
  const reply = replyFactOf(c);
  if (reply) row.reply = reply.state === 'open' ? (reply.dueMinute < Math.floor(now / 60_000) ? 'open_overdue' : 'open_in_time') : reply.state;
  return row;
}

/** Whether a case counts in the window and filters of a query (as the aggregates count it). */
export function caseInQuery(c: CaseRecord, period: Pick<ResolvedPeriod, 'from' | 'to'>, filters: RetroFilters, skusInFilter: ReadonlySet<string> | undefined): boolean {
  const day = utcDayOf(requestedAtOf(c));
  if (day < period.from || day > period.to) return false;
  if (filters.marketplaces.length && !filters.marketplaces.includes(c.marketplace)) return false;
  if (filters.countries.length && !filters.countries.includes(c.country ?? UNKNOWN_COUNTRY)) return false;
  if (skusInFilter && !skusInFilter.has(c.sku ?? '')) return false;
  return true;
}

export function drilldown(
  cases: readonly CaseRecord[],
  request: DrilldownRequest,
  period: ResolvedPeriod,
  context: { now: number; skusInFilter: ReadonlySet<string> | undefined },
): DrilldownResult {
  const { target } = request;
  const rows: DrilldownCase[] = [];
  for (const c of cases) {
    if (!caseInQuery(c, period, request.query.filters, context.skusInFilter)) continue;
    if (target.kind === 'messages' ? c.kind !== 'message' : c.kind === 'message') continue;
    if (target.kind === 'returns' && c.kind !== 'return') continue;
    if (target.kind === 'exchanges' && c.kind !== 'exchange') continue;
    if (target.sku !== undefined && (c.sku ?? '') !== target.sku) continue;
    if (target.country !== undefined && (c.country ?? UNKNOWN_COUNTRY) !== target.country) continue;
    if (target.region !== undefined && retroRegionOf(c.country ?? UNKNOWN_COUNTRY) !== target.region) continue;
    if (target.reason !== undefined && (c.reason ?? 'other') !== target.reason) continue;
    const row = drilldownCase(c, context.now);
    if (target.only === 'by_rule' && row.decidedBy !== 'rule') continue;
    if (target.only === 'by_hand' && row.decidedBy !== 'hand') continue;
    if (target.only === 'undecided' && row.decidedBy !== 'undecided') continue;
    if (target.only === 'open' && (c.kind === 'message' || row.handlingHours !== null)) continue;
    if (target.only === 'reply_breached' && row.reply !== 'late' && row.reply !== 'open_overdue') continue;
    rows.push(row);
  }
  rows.sort((a, b) => (a.requestedAt < b.requestedAt ? 1 : a.requestedAt > b.requestedAt ? -1 : a.id < b.id ? -1 : 1));
  return { period, total: rows.length, offset: request.offset, cases: rows.slice(request.offset, request.offset + request.limit) };
}

/** The SKUs a query's SKU and category filters allow, or undefined when they allow all. */
export function skusInFilter(filters: RetroFilters, skus: readonly Sku[], categories: readonly { id: string; parentId: string | null }[]): Set<string> | undefined {
  let allowed: Set<string> | undefined = filters.skus.length ? new Set(filters.skus) : undefined;
  if (filters.categoryId !== undefined) {
    const within = categorySubtree(filters.categoryId, categories);
    const members = new Set(skus.filter((s) => s.categoryId && within.has(s.categoryId)).map((s) => s.sku));
    allowed = allowed ? new Set([...allowed].filter((s) => members.has(s))) : members;
  }
  return allowed;
}
