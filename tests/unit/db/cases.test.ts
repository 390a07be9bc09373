import { afterEach, describe, expect, it } from 'vitest';
import type { WorkspaceStore } from '../../../lib/db/store';
import { mergeCase } from '../../../lib/domain/case-merge';
import { CaseRecord } from '../../../lib/domain/schemas';
import { openTestWorkspace } from './helpers';

const seenOnPage = CaseRecord.parse({
  id: 'amazon:return:113-4417890-1234567:HW-DRESS-COT-M',
  marketplace: 'amazon',
  kind: 'return',
  orderId: '113-4417890-1234567',
  sku: 'HW-DRESS-COT-M',
  reason: 'size_fit',
  timeline: [{ status: 'requested', at: '2026-11-18T14:20:00Z' }],
  source: 'page',
  createdAt: '2026-11-18T14:20:00Z',
  updatedAt: '2026-11-18T14:20:00Z',
});

const later = CaseRecord.parse({
  ...seenOnPage,
  action: 'approve_exchange',
  // The same request step written in another offset, plus a new step.
  timeline: [
    { status: 'requested', at: '2026-11-18T15:20:00+01:00' },
    { status: 'approved', at: '2026-11-18T14:21:00Z' },
  ],
  costs: { returnShipping: { amount: 6, currency: 'USD' } },
  updatedAt: '2026-11-18T14:21:00Z',
});

let open: WorkspaceStore[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});

describe('putCases', () => {
  it('seeing the same case twice changes nothing', async () => {
    const { store } = await openTestWorkspace('cases-twice');
    open.push(store);
    expect(await store.putCases([seenOnPage])).toEqual({ added: 1, updated: 0, unchanged: 0, errors: [] });
    const stored = await store.listCases();
    expect(await store.putCases([seenOnPage])).toEqual({ added: 0, updated: 0, unchanged: 1, errors: [] });
    expect(await store.listCases()).toEqual(stored);
  });

  it('merges a later sighting: new steps added once, fields kept, costs merged', async () => {
    const { store } = await openTestWorkspace('cases-merge');
    open.push(store);
    await store.putCases([seenOnPage]);
    expect(await store.putCases([later, later])).toEqual({ added: 0, updated: 1, unchanged: 1, errors: [] });
    // An older import arriving afterwards does not undo what the page showed.
    expect(await store.putCases([{ ...seenOnPage, source: 'import', reason: undefined }])).toMatchObject({ unchanged: 1 });
    const [record] = await store.listCases({ orderId: '113-4417890-1234567' });
    expect(record).toEqual({
      ...seenOnPage,
      action: 'approve_exchange',
      timeline: [
        { status: 'requested', at: '2026-11-18T14:20:00Z' },
        { status: 'approved', at: '2026-11-18T14:21:00Z' },
      ],
      costs: { returnShipping: { amount: 6, currency: 'USD' } },
      updatedAt: '2026-11-18T14:21:00Z',
    });
  });

  it('stores the valid cases of a batch and names the invalid ones', async () => {
    const { store } = await openTestWorkspace('cases-bad');
    open.push(store);
    const result = await store.putCases([{ ...seenOnPage, id: 'x', country: 'usa' }, later]);
    expect(result).toEqual({
      added: 1,
      updated: 0,
      unchanged: 0,
      errors: ['Case 1 (Case "x") was not saved: country must be a two-letter country code such as DE or US (found "usa").'],
    });
    expect((await store.counts()).cases).toBe(1);
  });
});

describe('mergeCase', () => {
  it('gives the same steps whichever sighting comes first, and keeps the earliest createdAt', () => {
    const a = mergeCase(mergeCase(undefined, seenOnPage), later);
    const b = mergeCase(mergeCase(undefined, later), seenOnPage);
    const steps = (record: CaseRecord) => record.timeline.map((s) => [s.status, Date.parse(s.at)]);
    expect(steps(b)).toEqual(steps(a));
    // The stored text of a step is kept (re-seeing it in another offset rewrites nothing).
    expect(b.timeline[0]?.at).toBe('2026-11-18T15:20:00+01:00');
    expect(b.createdAt).toBe('2026-11-18T14:20:00Z');
    expect(b.updatedAt).toBe('2026-11-18T14:21:00Z');
    expect(b.action).toBe('approve_exchange');
  });

  it('a batch of new, stored and repeated cases ends as storing them one at a time would', async () => {
    const { store } = await openTestWorkspace('cases-mixed');
    const { store: oneByOne } = await openTestWorkspace('cases-mixed-reference');
    open.push(store, oneByOne);
    const fresh = (n: number) => CaseRecord.parse({ ...seenOnPage, id: `amazon:return:114-000000${n}-1234567:HW-1`, orderId: `114-000000${n}-1234567` });
    await store.putCases([seenOnPage]);
    await oneByOne.putCases([seenOnPage]);
    // New, new-and-repeated-with-a-later-step, already stored (and changed), new.
    const batch = [fresh(1), fresh(2), { ...fresh(2), action: 'approve_exchange' as const, updatedAt: '2026-11-19T09:00:00Z' }, later, fresh(3)];
    expect(await store.putCases(batch)).toEqual({ added: 3, updated: 2, unchanged: 0, errors: [] });
    for (const record of batch) await oneByOne.putCases([record]);
    expect(await store.listCases()).toEqual(await oneByOne.listCases());
    // The same batch again: most ids are stored now, so they are read first; nothing changes.
    expect(await store.putCases(batch)).toEqual({ added: 0, updated: 0, unchanged: 5, errors: [] });
    // And a batch of new ones after that is still stored whole.
    expect(await store.putCases([fresh(4), fresh(5)])).toEqual({ added: 2, updated: 0, unchanged: 0, errors: [] });
    expect((await store.counts()).cases).toBe(6);
  });
});
