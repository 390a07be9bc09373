import { describe, expect, it } from 'vitest';
import {
  BucketSet,
  CC,
  CV,
  caseContribution,
  differingBuckets,
  handlingMinutesOf,
  rebuildAggregates,
  requestedAtOf,
  utcDayOf,
  type RetroDay,
} from '../../../../lib/domain/retro/aggregate';
import { CaseRecord } from '../../../../lib/domain/schemas';
import type { OrderLine } from '../../../../lib/import/orders';
import { makeGen } from './gen';

/** Applies one batch of writes to stored buckets the way the store does: read touched, apply, write. */
function applyBatch(
  stored: Map<string, RetroDay>,
  cases: [CaseRecord | undefined, CaseRecord | undefined][],
  lines: [OrderLine | undefined, OrderLine | undefined][],
): void {
  const set = new BucketSet();
  const keys = new Set([
    ...BucketSet.keysForCases(cases.flat()),
    ...BucketSet.keysForOrderLines(lines.flat()),
  ]);
  for (const key of keys) set.load(key, stored.has(key) ? structuredClone(stored.get(key)) : undefined);
  for (const [before, after] of cases) set.applyCase(before, after);
  for (const [before, after] of lines) set.applyOrderLine(before, after);
  const { put, remove } = set.changed();
  for (const day of put) stored.set(day.key, structuredClone(day));
  for (const key of remove) stored.delete(key);
}

describe('retro aggregates: incremental equals rebuild', () => {
  // Few SKUs and days: records collide in the same cells (mixed currencies, repeated values).
  const shapes = [
    { seed: 1, skus: 30, days: 20 },
    { seed: 2, skus: 30, days: 20 },
    { seed: 3, skus: 4, days: 3 },
    { seed: 42, skus: 3, days: 2 },
    { seed: 2026, skus: 8, days: 10 },
  ];
  for (const { seed, skus, days } of shapes) {
    it(`after a random sequence of inserts, updates and deletes (seed ${seed}, ${skus} SKUs, ${days} days)`, () => {
      const gen = makeGen(seed, { skus, days, end: '2026-11-21' });
      const cases = new Map<string, CaseRecord>();
      const lines = new Map<string, OrderLine>();
      const stored = new Map<string, RetroDay>();
      let nextId = 0;
      for (let step = 0; step < 60; step++) {
        const caseBatch: [CaseRecord | undefined, CaseRecord | undefined][] = [];
        const lineBatch: [OrderLine | undefined, OrderLine | undefined][] = [];
        const size = 1 + Math.floor(gen.r() * 12);
        for (let k = 0; k < size; k++) {
          const roll = gen.r();
          const caseIds = [...cases.keys()];
          const lineIds = [...lines.keys()];
          if (roll < 0.3 || caseIds.length === 0) {
            const c = CaseRecord.parse(gen.kase(nextId++));
            caseBatch.push([cases.get(c.id), c]);
            cases.set(c.id, c);
          } else if (roll < 0.45) {
            const before = cases.get(caseIds[Math.floor(gen.r() * caseIds.length)]!)!;
            const after = CaseRecord.parse(gen.mutateCase(before));
            caseBatch.push([before, after]);
            cases.set(after.id, after);
          } else if (roll < 0.5) {
            const id = caseIds[Math.floor(gen.r() * caseIds.length)]!;
            caseBatch.push([cases.get(id), undefined]);
            cases.delete(id);
          } else if (roll < 0.8 || lineIds.length === 0) {
            const l = gen.orderLine(nextId++);
            lineBatch.push([lines.get(l.id), l]);
            lines.set(l.id, l);
          } else if (roll < 0.95) {
            const before = lines.get(lineIds[Math.floor(gen.r() * lineIds.length)]!)!;
            const after = gen.mutateLine(before);
            lineBatch.push([before, after]);
            lines.set(after.id, after);
          } else {
            const id = lineIds[Math.floor(gen.r() * lineIds.length)]!;
            lineBatch.push([lines.get(id), undefined]);
            lines.delete(id);
          }
        }
        // A batch may name the same record twice: each pair is (what was there, what is written).
        applyBatch(stored, caseBatch, lineBatch);
      }
      const rebuilt = rebuildAggregates(cases.values(), lines.values());
      expect(rebuilt.length).toBeGreaterThan(days > 5 ? 10 : 1);
      expect(differingBuckets([...stored.values()], rebuilt)).toEqual([]);
    });
  }

  it('deleting everything leaves no bucket', () => {
    const gen = makeGen(7, { skus: 5, days: 5, end: '2026-11-21' });
    const cases = Array.from({ length: 40 }, (_, i) => CaseRecord.parse(gen.kase(i)));
    const lines = Array.from({ length: 40 }, (_, i) => gen.orderLine(i));
    const stored = new Map<string, RetroDay>();
    applyBatch(stored, cases.map((c) => [undefined, c]), lines.map((l) => [undefined, l]));
    expect(stored.size).toBeGreaterThan(0);
    applyBatch(stored, cases.map((c) => [c, undefined]), lines.map((l) => [l, undefined]));
    expect(stored.size).toBe(0);
  });

  it('detects a difference when a write bypassed the aggregates', () => {
    const gen = makeGen(9, { skus: 5, days: 5, end: '2026-11-21' });
    const lines = Array.from({ length: 20 }, (_, i) => gen.orderLine(i));
    const stored = new Map<string, RetroDay>();
    applyBatch(stored, [], lines.map((l) => [undefined, l]));
    const extra = { ...gen.orderLine(99), status: 'Shipped' };
    expect(differingBuckets([...stored.values()], rebuildAggregates([], [...lines, extra]))).toHaveLength(1);
  });
});

const base = {
  marketplace: 'amazon' as const,
  orderId: '111-1',
  sku: 'TEE-1',
  country: 'US',
  source: 'import' as const,
  costs: {},
  createdAt: '2026-11-10T12:00:00Z',
  updatedAt: '2026-11-10T12:00:00Z',
};

describe('retro aggregates: what a case contributes', () => {
  it('moves a case between buckets when its reason changes', () => {
    const before = CaseRecord.parse({ ...base, id: 'a', kind: 'return', reason: 'size_fit', timeline: [{ status: 'requested', at: '2026-11-10T12:00:00Z' }] });
    const after = { ...before, reason: 'defective' as const };
    const set = new BucketSet();
    set.applyCase(undefined, before);
    set.applyCase(before, after);
    const [day] = set.changed().put;
    expect(Object.keys(day!.c['TEE-1']!['US']!)).toEqual(['return|defective']);
  });

  it('moves a case to the day it was requested, in UTC', () => {
    const c = CaseRecord.parse({ ...base, id: 'b', kind: 'exchange', reason: 'size_fit', timeline: [{ status: 'requested', at: '2026-11-09T20:00:00-08:00' }] });
    expect(requestedAtOf(c)).toBe('2026-11-09T20:00:00-08:00');
    expect(caseContribution(c).key).toBe('2026-11-10|amazon');
    expect(utcDayOf('2026-11-09')).toBe('2026-11-09');
  });

  it('measures handling time to the first closing step, and none while open', () => {
    const open = CaseRecord.parse({ ...base, id: 'c', kind: 'return', timeline: [{ status: 'requested', at: '2026-11-10T00:00:00Z' }, { status: 'approved', at: '2026-11-10T05:00:00Z' }] });
    expect(handlingMinutesOf(open)).toBeUndefined();
    expect(caseContribution(open).v[CV.open]).toBe(1);
    const closed = CaseRecord.parse({
      ...open,
      timeline: [...open.timeline, { status: 'restocked', at: '2026-11-12T00:00:00Z' }, { status: 'refunded', at: '2026-11-11T06:30:00Z' }],
    });
    expect(handlingMinutesOf(closed)).toBe(30 * 60 + 30);
  });

  it('counts rule, hand and undecided, and costs in the order currency', () => {
    const byRule = CaseRecord.parse({ ...base, id: 'd', kind: 'return', ruleId: 'r1', action: 'refund_without_return', orderValue: { amount: 20, currency: 'USD' } });
    const k = caseContribution(byRule);
    expect(k.v[CV.byRule]).toBe(1);
    expect(k.cost!.currency).toBe('USD');
    expect(k.cost!.numbers[CC.keptNoProdN]).toBe(1);
    expect(k.cost!.numbers[CC.keptNoProdValue]).toBe(2000);
    expect(k.cost!.numbers[CC.backNoShipN]).toBe(0);
    const byHand = CaseRecord.parse({ ...base, id: 'e', kind: 'return', action: 'standard_return', costs: { returnShipping: { amount: 7.5, currency: 'USD' } } });
    const h = caseContribution(byHand);
    expect(h.v[CV.byHand]).toBe(1);
    expect(h.cost!.numbers[CC.shipSum]).toBe(750);
    expect(h.cost!.numbers[CC.backNoLabourN]).toBe(1);
    const undecided = caseContribution(CaseRecord.parse({ ...base, id: 'f', kind: 'return' }));
    expect((undecided.v[CV.byRule] ?? 0) + (undecided.v[CV.byHand] ?? 0)).toBe(0);
    expect(undecided.cost).toBeUndefined();
  });

  it('judges replies against their deadline and keeps open deadlines for later', () => {
    const msg = (message: object) =>
      caseContribution(CaseRecord.parse({ ...base, id: 'm', kind: 'message', message: { intent: 'refund_status', language: 'en', ...message } }));
    const receivedAt = '2026-11-10T00:00:00Z';
    const dueAt = '2026-11-11T00:00:00Z';
    expect(msg({ receivedAt, dueAt, repliedAt: '2026-11-10T10:00:00Z' }).v[CV.replyInTime]).toBe(1);
    expect(msg({ receivedAt, dueAt, repliedAt: '2026-11-10T10:00:00Z' }).r).toBe(600);
    expect(msg({ receivedAt, dueAt, repliedAt: '2026-11-11T00:01:00Z' }).v[CV.replyLate]).toBe(1);
    expect(msg({ receivedAt, dueAt }).d).toBe(Date.parse(dueAt) / 60_000);
    expect(msg({ receivedAt }).v[CV.replyUnknown]).toBe(1);
  });

  it('leaves cancelled order lines out', () => {
    const line: OrderLine = { id: 'x', marketplace: 'ebay', orderId: 'o', sku: 'S', quantity: 2, orderedAt: '2026-11-01', currency: 'EUR', itemPrice: { amount: 10, currency: 'EUR' }, source: 'import' };
    expect(rebuildAggregates([], [line])).toHaveLength(1);
    expect(rebuildAggregates([], [{ ...line, status: 'Storniert' }])).toHaveLength(0);
    expect(rebuildAggregates([], [line])[0]!.s['S']!['ZZ']).toEqual([2, 1, 'EUR', 1, 1000]);
    // In the country's home currency: the short form; another currency beside it: the general one.
    expect(rebuildAggregates([], [{ ...line, country: 'DE' }])[0]!.s['S']!['DE']).toEqual([2, 1, 1000]);
    expect(rebuildAggregates([], [{ ...line, country: 'DE' }, { ...line, id: 'y', country: 'DE', itemPrice: { amount: 5, currency: 'CHF' } }])[0]!.s['S']!['DE']).toEqual([4, 2, 'CHF', 1, 500, 'EUR', 1, 1000]);
  });
});
