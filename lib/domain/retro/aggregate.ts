/**
 * The retrospective's aggregates (F16–F21): one record per UTC day × marketplace, holding the order
 * lines and cases of that day summed per SKU × ship-to country (× case kind and reason). They are
 * derived data, kept up to date as cases and order lines are written (applyCase / applyOrderLine,
 * which take off what the record contributed before and add what it contributes now) and rebuilt
 * from raw records by `rebuildAggregates`. Both paths produce exactly the same buckets (integers
 * only — money in hundredths, times in minutes — and sorted lists), which tests/unit/domain/retro
 * checks after random sequences of writes.
 *
 * Definitions (docs/retrospective.md):
 * - an order line counts on the UTC day it was ordered; a cancelled line (status containing
 *   "cancel", "storn", "annul") counts nowhere;
 * - a return/exchange/message case counts on the UTC day it was requested (timeline "requested",
 *   else the message's receivedAt, else createdAt); one case = one unit;
 * - handling time: request → first closing step (refunded, reshipped, restocked, closed), minutes;
 * - decided by rule: `ruleId` set; by hand: `action` without `ruleId`; else undecided;
 * - reply (message cases): answered in time / late against `message.dueAt`, or still open with the
 *   deadline kept so "overdue" is judged when the view is asked for.
 */
import type { CaseRecord, Marketplace } from '../schemas';
import type { OrderLine } from '../../import/orders';

// ── Bucket layout ──────────────────────────────────────────────────────────────────────────

/** Ship-to country when a record has none. */
export const UNKNOWN_COUNTRY = 'ZZ';
/** Case cell key of a case without a reason (messages). */
export const NO_REASON = '-';

/**
 * Sales of one SKU to one country on one day. General form: [units, lines, then per currency in code
 * order: code, lines, hundredths]. Short form, when every line is in the country's home currency
 * (HOME_CURRENCY): [units, lines, hundredths] — most cells, and a third of the aggregates' size.
 * Revenue stays per currency (never converted).
 */
export type SalesCell = (number | string)[];

/**
 * Home currency of the ship-to countries the marketplaces sell to, for the short sales cell. Frozen
 * with the stored format: changing an entry changes what stored cells mean, so it needs a schema
 * version that rebuilds the aggregates.
 */
export const HOME_CURRENCY: Readonly<Record<string, string>> = Object.freeze({
  US: 'USD', CA: 'CAD', MX: 'MXN', BR: 'BRL', GB: 'GBP', JP: 'JPY', AU: 'AUD', NZ: 'NZD', SG: 'SGD', IN: 'INR',
  AE: 'AED', SA: 'SAR', TR: 'TRY', EG: 'EGP', PL: 'PLN', SE: 'SEK', DK: 'DKK', NO: 'NOK', CH: 'CHF', CZ: 'CZK',
  HU: 'HUF', RO: 'RON', CN: 'CNY', HK: 'HKD', KR: 'KRW', ZA: 'ZAR',
  DE: 'EUR', FR: 'EUR', IT: 'EUR', ES: 'EUR', NL: 'EUR', BE: 'EUR', AT: 'EUR', IE: 'EUR', PT: 'EUR', FI: 'EUR',
  GR: 'EUR', LU: 'EUR', SK: 'EUR', SI: 'EUR', EE: 'EUR', LV: 'EUR', LT: 'EUR', MT: 'EUR', CY: 'EUR', HR: 'EUR',
});

/** Calls `each` for every currency of a sales cell (either form). */
export function forEachCurrency(cell: SalesCell, country: string, each: (currency: string, lines: number, hundredths: number) => void): void {
  if (cell.length === 3) {
    each(HOME_CURRENCY[country]!, cell[1] as number, cell[2] as number);
    return;
  }
  for (let i = 2; i < cell.length; i += 3) each(cell[i] as string, cell[i + 1] as number, cell[i + 2] as number);
}

/** Indexes of the numbers in CaseCell.v. Trailing zeros are dropped when stored. */
export const CV = {
  /** Cases. */
  n: 0,
  /** Not closed yet (no closing step). */
  open: 1,
  byRule: 2,
  byHand: 3,
  /** Message cases answered by their deadline / after it / not judged (no deadline). */
  replyInTime: 4,
  replyLate: 5,
  replyUnknown: 6,
} as const;
const CV_LENGTH = 7;

/**
 * Per currency: indexes of the cost numbers in CaseCell.c[currency] (hundredths and counts). The
 * counts most cases have come first, so trimmed trailing zeros keep the common cell short.
 */
export const CC = {
  /** Cases costed in this currency. */
  cases: 0,
  /** Item comes back but no return shipping recorded: cases (estimated with the cost model). */
  backNoShipN: 1,
  /** Item comes back but no labour recorded: cases. */
  backNoLabourN: 2,
  /** Item kept by the buyer and no product cost recorded: cases and their order value (hundredths). */
  keptNoProdN: 3,
  keptNoProdValue: 4,
  /** Recorded return shipping: sum, cases. */
  shipSum: 5,
  shipN: 6,
  /** Recorded labour: sum, cases. */
  labourSum: 7,
  labourN: 8,
  /** Recorded product cost written off: sum, cases. */
  prodSum: 9,
  prodN: 10,
} as const;
const CC_LENGTH = 11;

export interface CaseCell {
  /** Counts, see CV. */
  v: number[];
  /** Handling minutes of the closed cases, ascending. */
  h?: number[];
  /** Minutes from receipt to reply of answered messages, ascending. */
  r?: number[];
  /** Deadlines (epoch minutes) of unanswered messages, ascending: judged against the clock at query time. */
  d?: number[];
  /** Costs per currency, see CC. */
  c?: Record<string, number[]>;
}

/** One UTC day of one marketplace. */
export interface RetroDay {
  /** `${day}|${marketplace}`: key order is day order, so a window is one key range. */
  key: string;
  day: string;
  marketplace: Marketplace;
  /** sku → country → sales. */
  s: Record<string, Record<string, SalesCell>>;
  /** sku ('' when none) → country → `${kind}|${reason}` → cell. */
  c: Record<string, Record<string, Record<string, CaseCell>>>;
}

export function dayKey(day: string, marketplace: Marketplace): string {
  return `${day}|${marketplace}`;
}

/** Bucket key range [lower, upper] covering every marketplace of the days from `from` to `to`. */
export function bucketRange(from: string, to: string): { lower: string; upper: string } {
  return { lower: `${from}|`, upper: `${to}|~` };
}

// ── What one record contributes ────────────────────────────────────────────────────────────

const CLOSING = new Set(['refunded', 'reshipped', 'restocked', 'closed']);
const CANCELLED = /cancel|storn|annul/i;

/** UTC calendar day of an ISO date or date-time. */
export function utcDayOf(iso: string): string {
  if (iso.length === 10) return iso;
  // Already UTC ("…Z" / "…+00:00"): its own date, without parsing.
  if (iso.endsWith('Z') || iso.endsWith('+00:00')) return iso.slice(0, 10);
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso.slice(0, 10) : new Date(ms).toISOString().slice(0, 10);
}

export function isCancelledLine(line: Pick<OrderLine, 'status'>): boolean {
  return line.status !== undefined && CANCELLED.test(line.status);
}

/** When the buyer asked: the "requested" step, else when the message arrived, else when recorded. */
export function requestedAtOf(c: CaseRecord): string {
  for (const step of c.timeline) if (step.status === 'requested') return step.at;
  return c.message?.receivedAt ?? c.createdAt;
}

/** Minutes from the request to the first closing step; undefined while open. */
export function handlingMinutesOf(c: CaseRecord): number | undefined {
  if (c.kind === 'message') return undefined;
  const start = Date.parse(requestedAtOf(c));
  let end = Number.POSITIVE_INFINITY;
  for (const step of c.timeline) {
    if (!CLOSING.has(step.status)) continue;
    const at = Date.parse(step.at);
    if (at < end) end = at;
  }
  if (!Number.isFinite(end) || Number.isNaN(start)) return undefined;
  return Math.max(0, Math.round((end - start) / 60_000));
}

export type DecidedBy = 'rule' | 'hand' | 'undecided';
export function decidedByOf(c: CaseRecord): DecidedBy {
  if (c.ruleId) return 'rule';
  if (c.action) return 'hand';
  return 'undecided';
}

/** The reply state a message case has for good (open ones are judged at query time). */
export type ReplyFact = { state: 'in_time' | 'late'; minutes: number | undefined } | { state: 'open'; dueMinute: number } | { state: 'unknown' };
export function replyFactOf(c: CaseRecord): ReplyFact | undefined {
  if (c.kind !== 'message') return undefined;
  const m = c.message;
  const due = m?.dueAt ? Date.parse(m.dueAt) : NaN;
  const received = m?.receivedAt ? Date.parse(m.receivedAt) : NaN;
  const replied = m?.repliedAt ? Date.parse(m.repliedAt) : NaN;
  if (Number.isNaN(due)) return { state: 'unknown' };
  if (!Number.isNaN(replied)) {
    return { state: replied <= due ? 'in_time' : 'late', minutes: Number.isNaN(received) ? undefined : Math.max(0, Math.round((replied - received) / 60_000)) };
  }
  return { state: 'open', dueMinute: Math.floor(due / 60_000) };
}

/** Whether the item stays with the buyer (its cost is written off) rather than coming back. */
export function itemKeptByBuyer(c: CaseRecord): boolean {
  return c.action === 'refund_without_return';
}

const cents = (amount: number) => Math.round(amount * 100);

/** The case's cost numbers in its currency, or undefined when the case has no currency at all. */
function caseCosts(c: CaseRecord): { currency: string; numbers: number[] } | undefined {
  if (c.kind === 'message') return undefined;
  const currency = c.orderValue?.currency ?? c.costs.returnShipping?.currency ?? c.costs.product?.currency ?? c.costs.labour?.currency;
  if (!currency) return undefined;
  const numbers = new Array<number>(CC_LENGTH).fill(0);
  numbers[CC.cases] = 1;
  const kept = itemKeptByBuyer(c);
  const inCurrency = (m: { amount: number; currency: string } | undefined) => (m && m.currency === currency ? m : undefined);
  const ship = inCurrency(c.costs.returnShipping);
  const product = inCurrency(c.costs.product);
  const labour = inCurrency(c.costs.labour);
  if (ship) {
    numbers[CC.shipSum] = cents(ship.amount);
    numbers[CC.shipN] = 1;
  } else if (!kept) numbers[CC.backNoShipN] = 1;
  if (product) {
    numbers[CC.prodSum] = cents(product.amount);
    numbers[CC.prodN] = 1;
  } else if (kept) {
    numbers[CC.keptNoProdN] = 1;
    numbers[CC.keptNoProdValue] = c.orderValue?.currency === currency ? cents(c.orderValue.amount) : 0;
  }
  if (labour) {
    numbers[CC.labourSum] = cents(labour.amount);
    numbers[CC.labourN] = 1;
  } else if (!kept) numbers[CC.backNoLabourN] = 1;
  return { currency, numbers };
}

interface CaseContribution {
  key: string;
  day: string;
  marketplace: Marketplace;
  sku: string;
  country: string;
  cellKey: string;
  v: number[];
  h?: number;
  r?: number;
  d?: number;
  cost?: { currency: string; numbers: number[] };
}

export function caseContribution(c: CaseRecord): CaseContribution {
  const day = utcDayOf(requestedAtOf(c));
  const v = new Array<number>(CV_LENGTH).fill(0);
  v[CV.n] = 1;
  const contribution: CaseContribution = {
    key: dayKey(day, c.marketplace),
    day,
    marketplace: c.marketplace,
    sku: c.sku ?? '',
    country: c.country ?? UNKNOWN_COUNTRY,
    cellKey: `${c.kind}|${c.kind === 'message' ? NO_REASON : (c.reason ?? 'other')}`,
    v,
  };
  if (c.kind === 'message') {
    const reply = replyFactOf(c)!;
    if (reply.state === 'in_time' || reply.state === 'late') {
      v[reply.state === 'in_time' ? CV.replyInTime : CV.replyLate] = 1;
      if (reply.minutes !== undefined) contribution.r = reply.minutes;
    } else if (reply.state === 'open') contribution.d = reply.dueMinute;
    else v[CV.replyUnknown] = 1;
    return contribution;
  }
  const minutes = handlingMinutesOf(c);
  if (minutes === undefined) v[CV.open] = 1;
  else contribution.h = minutes;
  const decided = decidedByOf(c);
  if (decided === 'rule') v[CV.byRule] = 1;
  else if (decided === 'hand') v[CV.byHand] = 1;
  const cost = caseCosts(c);
  if (cost) contribution.cost = cost;
  return contribution;
}

interface SalesContribution {
  key: string;
  day: string;
  marketplace: Marketplace;
  sku: string;
  country: string;
  units: number;
  currency: string;
  hundredths: number;
}

export function orderLineContribution(line: OrderLine): SalesContribution | undefined {
  if (isCancelledLine(line)) return undefined;
  const day = utcDayOf(line.orderedAt);
  return {
    key: dayKey(day, line.marketplace),
    day,
    marketplace: line.marketplace,
    sku: line.sku,
    country: line.country ?? UNKNOWN_COUNTRY,
    units: line.quantity,
    currency: line.itemPrice.currency,
    hundredths: cents(line.itemPrice.amount),
  };
}

// ── Applying contributions ─────────────────────────────────────────────────────────────────

/**
 * Buckets touched by one batch of writes: read each once (`load`), change them in memory, write
 * the changed ones once (`changed()`), deleting the ones left empty.
 */
export class BucketSet {
  readonly days = new Map<string, RetroDay | undefined>();
  private readonly touched = new Set<string>();

  /** Keys the batch needs, so the caller can read them all at once before applying. */
  static keysForCases(records: readonly (CaseRecord | undefined)[]): Set<string> {
    const keys = new Set<string>();
    for (const r of records) if (r) keys.add(dayKey(utcDayOf(requestedAtOf(r)), r.marketplace));
    return keys;
  }

  static keysForOrderLines(records: readonly (OrderLine | undefined)[]): Set<string> {
    const keys = new Set<string>();
    for (const r of records) if (r && !isCancelledLine(r)) keys.add(dayKey(utcDayOf(r.orderedAt), r.marketplace));
    return keys;
  }

  /** Adds a bucket read from storage (or undefined when there is none yet). */
  load(key: string, day: RetroDay | undefined): void {
    this.days.set(key, day);
  }

  private day(key: string, day: string, marketplace: Marketplace): RetroDay {
    let bucket = this.days.get(key);
    if (!bucket) {
      bucket = { key, day, marketplace, s: {}, c: {} };
      this.days.set(key, bucket);
    }
    this.touched.add(key);
    return bucket;
  }

  /** Replaces `before` (the stored case, if any) by `after` (the case written, if any). */
  applyCase(before: CaseRecord | undefined, after: CaseRecord | undefined): void {
    if (before) this.addCase(caseContribution(before), -1);
    if (after) this.addCase(caseContribution(after), 1);
  }

  applyOrderLine(before: OrderLine | undefined, after: OrderLine | undefined): void {
    const old = before && orderLineContribution(before);
    if (old) this.addSales(old, -1);
    const next = after && orderLineContribution(after);
    if (next) this.addSales(next, 1);
  }

  private addSales(s: SalesContribution, sign: 1 | -1): void {
    const bucket = this.day(s.key, s.day, s.marketplace);
    const bySku = (bucket.s[s.sku] ??= {});
    const home = HOME_CURRENCY[s.country];
    const stored = bySku[s.country];
    // Worked on in the general form, stored in the short one when it fits.
    const cell: SalesCell = !stored ? [0, 0] : stored.length === 3 ? [stored[0]!, stored[1]!, home!, stored[1]!, stored[2]!] : stored;
    cell[0] = (cell[0] as number) + sign * s.units;
    cell[1] = (cell[1] as number) + sign;
    // Currencies stay in code order, so the same lines give the same cell in any write order.
    let at = 2;
    while (at < cell.length && (cell[at] as string) < s.currency) at += 3;
    if (cell[at] !== s.currency) cell.splice(at, 0, s.currency, 0, 0);
    cell[at + 1] = (cell[at + 1] as number) + sign;
    cell[at + 2] = (cell[at + 2] as number) + sign * s.hundredths;
    // A currency no line uses any more, then an empty cell and SKU, are removed, so rebuilt and
    // incremental buckets agree exactly.
    if (cell[at + 1] === 0 && cell[at + 2] === 0) cell.splice(at, 3);
    if (cell[0] === 0 && cell[1] === 0 && cell.length === 2) {
      delete bySku[s.country];
      if (isEmpty(bySku)) delete bucket.s[s.sku];
      return;
    }
    bySku[s.country] = cell.length === 5 && cell[2] === home && cell[3] === cell[1] ? [cell[0]!, cell[1]!, cell[4]!] : cell;
  }

  private addCase(k: CaseContribution, sign: 1 | -1): void {
    const bucket = this.day(k.key, k.day, k.marketplace);
    const bySku = (bucket.c[k.sku] ??= {});
    const byCountry = (bySku[k.country] ??= {});
    const cell = (byCountry[k.cellKey] ??= { v: [] });
    addInto(cell.v, k.v, sign);
    trimZeros(cell.v);
    if (k.h !== undefined) cell.h = changeSorted(cell.h, k.h, sign);
    if (k.r !== undefined) cell.r = changeSorted(cell.r, k.r, sign);
    if (k.d !== undefined) cell.d = changeSorted(cell.d, k.d, sign);
    if (k.cost) {
      const costs = (cell.c ??= {});
      const numbers = (costs[k.cost.currency] ??= []);
      addInto(numbers, k.cost.numbers, sign);
      trimZeros(numbers);
      if (numbers.length === 0) delete costs[k.cost.currency];
      if (isEmpty(costs)) delete cell.c;
    }
    if (!cell.h?.length) delete cell.h;
    if (!cell.r?.length) delete cell.r;
    if (!cell.d?.length) delete cell.d;
    if (cell.v.length === 0 && !cell.h && !cell.r && !cell.d && !cell.c) {
      delete byCountry[k.cellKey];
      if (isEmpty(byCountry)) delete bySku[k.country];
      if (isEmpty(bySku)) delete bucket.c[k.sku];
    }
  }

  /** The buckets this batch changed: `put` holds the ones to write, `remove` the keys left empty. */
  changed(): { put: RetroDay[]; remove: string[] } {
    const put: RetroDay[] = [];
    const remove: string[] = [];
    for (const key of this.touched) {
      const day = this.days.get(key)!;
      if (isEmpty(day.s) && isEmpty(day.c)) remove.push(key);
      else put.push(day);
    }
    return { put, remove };
  }
}

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}

function addInto(target: number[], add: readonly number[], sign: number): void {
  for (let i = 0; i < add.length; i++) {
    if (add[i] === 0) continue;
    while (target.length <= i) target.push(0);
    target[i] = target[i]! + sign * add[i]!;
  }
}

function trimZeros(numbers: number[]): void {
  while (numbers.length > 0 && numbers[numbers.length - 1] === 0) numbers.pop();
}

/** Inserts (sign 1) or removes one occurrence of (sign −1) `value` in an ascending list. */
function changeSorted(list: number[] | undefined, value: number, sign: 1 | -1): number[] {
  const out = list ?? [];
  let lo = 0;
  let hi = out.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (out[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  if (sign === 1) out.splice(lo, 0, value);
  else if (out[lo] === value) out.splice(lo, 1);
  return out;
}

// ── Rebuild ────────────────────────────────────────────────────────────────────────────────

/** The buckets made from scratch out of every stored case and order line. */
export function rebuildAggregates(cases: Iterable<CaseRecord>, orders: Iterable<OrderLine>): RetroDay[] {
  const set = new BucketSet();
  for (const c of cases) set.applyCase(undefined, c);
  for (const o of orders) set.applyOrderLine(undefined, o);
  return set.changed().put.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Stable JSON of a bucket (object keys sorted): equal buckets give equal strings. */
export function canonicalBucket(day: RetroDay): string {
  return JSON.stringify(day, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Keys of the buckets that differ between two sets (missing on either side included). */
export function differingBuckets(a: readonly RetroDay[], b: readonly RetroDay[]): string[] {
  const left = new Map(a.map((d) => [d.key, canonicalBucket(d)]));
  const right = new Map(b.map((d) => [d.key, canonicalBucket(d)]));
  const keys = new Set([...left.keys(), ...right.keys()]);
  return [...keys].filter((k) => left.get(k) !== right.get(k)).sort();
}
