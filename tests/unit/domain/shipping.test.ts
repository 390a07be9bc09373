import { describe, expect, it } from 'vitest';
import { shippingNotice } from '../../../lib/domain/shipping';
import { createAnnotator } from '../../../lib/domain/annotate';
import { DEFAULT_CATEGORIES, DEFAULT_SETTINGS } from '../../../lib/domain/defaults';
import { snapshot } from './scenario';

const policy = { shipWithinHours: 24, stalledTrackingDays: 7 };
const today = '2026-03-10';
const now = Date.parse('2026-03-10T12:00:00Z');

describe('shippingNotice (F7)', () => {
  it('flags an unshipped order once the promised hours have passed, not before', () => {
    expect(shippingNotice({ status: 'unshipped', purchasedAt: '2026-03-09T13:00:00Z' }, now, today, policy)).toBeUndefined();
    expect(shippingNotice({ status: 'unshipped', purchasedAt: '2026-03-09T11:00:00Z' }, now, today, policy)).toEqual({
      kind: 'late_shipment',
      hours: 25,
      explanation: { code: 'notice_not_shipped_hours', params: { hours: 25, limit: 24 } },
    });
    // Offsets are honoured: 09:00 in Tokyo is 00:00 UTC.
    expect(shippingNotice({ status: 'unshipped', purchasedAt: '2026-03-09T09:00:00+09:00' }, now, today, policy)?.hours).toBe(36);
  });

  it('a bare purchase date counts from the end of that day, so a notice never comes early', () => {
    expect(shippingNotice({ status: 'unshipped', purchasedAt: '2026-03-09' }, now, today, policy)).toBeUndefined();
    expect(shippingNotice({ status: 'unshipped', purchasedAt: '2026-03-08' }, now, today, policy)?.hours).toBe(36);
  });

  it('past two days it counts days, not hours', () => {
    expect(shippingNotice({ status: 'unshipped', purchasedAt: '2026-03-01T12:00:00Z' }, now, today, policy)).toMatchObject({
      hours: 216,
      explanation: { code: 'notice_not_shipped_days', params: { days: 9, limit: 24 } },
    });
  });

  it('a passed ship-by date is late even without a purchase time', () => {
    expect(shippingNotice({ status: 'unshipped', shipBy: '2026-03-09' }, now, today, policy)).toMatchObject({
      kind: 'late_shipment',
      explanation: { code: 'notice_ship_by_passed', params: { date: '2026-03-09' } },
    });
    expect(shippingNotice({ status: 'unshipped', shipBy: '2026-03-10' }, now, today, policy)).toBeUndefined();
  });

  it('a shipment without a tracking event for N days is stalled; delivered and cancelled orders never are', () => {
    expect(shippingNotice({ status: 'shipped', shippedOn: '2026-03-04' }, now, today, policy)).toBeUndefined();
    expect(shippingNotice({ status: 'shipped', shippedOn: '2026-03-03' }, now, today, policy)).toMatchObject({
      kind: 'shipping_delay',
      days: 7,
      explanation: { code: 'notice_shipped_days_no_delivery' },
    });
    expect(shippingNotice({ status: 'shipped', shippedOn: '2026-02-20', lastTrackingEventOn: '2026-03-08' }, now, today, policy)).toBeUndefined();
    expect(shippingNotice({ status: 'shipped', shippedOn: '2026-02-20', lastTrackingEventOn: '2026-03-01' }, now, today, policy)).toMatchObject({
      kind: 'shipping_delay',
      days: 9,
      explanation: { code: 'notice_tracking_stalled_days', params: { days: 9, date: '2026-03-01' } },
    });
    expect(shippingNotice({ status: 'shipped', deliverBy: '2026-03-09' }, now, today, policy)?.explanation.code).toBe('notice_delivery_overdue');
    expect(shippingNotice({ status: 'delivered', shippedOn: '2026-01-01' }, now, today, policy)).toBeUndefined();
    expect(shippingNotice({ status: 'cancelled', purchasedAt: '2026-01-01' }, now, today, policy)).toBeUndefined();
  });

  it('follows the seller’s settings', () => {
    expect(shippingNotice({ status: 'unshipped', purchasedAt: '2026-03-09T11:00:00Z' }, now, today, { ...policy, shipWithinHours: 48 })).toBeUndefined();
    expect(shippingNotice({ status: 'shipped', shippedOn: '2026-03-08' }, now, today, { ...policy, stalledTrackingDays: 2 })?.days).toBe(2);
  });
});

describe('annotate: shipping notices and platform category mapping', () => {
  const categories = DEFAULT_CATEGORIES.map((c) =>
    c.id === 'apparel-women-dresses' ? { ...c, platformMappings: [{ marketplace: 'ebay' as const, kind: 'category-id' as const, value: '63861' }] } : c,
  );
  const annotator = createAnnotator(snapshot({ categories, today }));

  it('adds the notice to order rows and honours the switch', () => {
    const rows = [{ key: 'a', orderId: '12-34567-89012', shipping: { status: 'unshipped' as const, purchasedAt: '2026-03-07' } }];
    expect(annotator.annotate({ marketplace: 'ebay', page: 'ordersList', rows }, now)[0]?.shippingNotice?.kind).toBe('late_shipment');
    const off = createAnnotator(snapshot({ today, settings: { ...DEFAULT_SETTINGS, features: { 'shipping-notice': false } } }));
    expect(off.annotate({ marketplace: 'ebay', page: 'ordersList', rows }, now)[0]?.shippingNotice).toBeUndefined();
  });

  it('maps a listing’s platform category onto the central tree, per marketplace, case-insensitively', () => {
    const [mapped, unmapped, otherMarket] = annotator.annotate({
      marketplace: 'ebay',
      page: 'listingsList',
      rows: [
        { key: '1', platformCategory: { kind: 'category-id', value: '63861', label: "Women's Dresses" } },
        { key: '2', platformCategory: { kind: 'category-id', value: '20625' } },
        { key: '3', platformCategory: { kind: 'product-type', value: '63861' } },
      ],
    });
    expect(mapped?.categoryMapping).toMatchObject({ mapped: true, platformCategory: { label: "Women's Dresses" } });
    expect(mapped?.categoryMapping?.categoryPath.map((c) => c.id)).toEqual(['apparel', 'apparel-women', 'apparel-women-dresses']);
    expect(unmapped?.categoryMapping).toMatchObject({ mapped: false, categoryPath: [] });
    expect(otherMarket?.categoryMapping?.mapped).toBe(false);
    const shopify = createAnnotator(
      snapshot({ categories: DEFAULT_CATEGORIES.map((c) => (c.id === 'apparel-women-dresses' ? { ...c, platformMappings: [{ marketplace: 'shopify' as const, kind: 'product-type' as const, value: 'Dresses' }] } : c)) }),
    );
    expect(shopify.annotate({ marketplace: 'shopify', page: 'productDetail', rows: [{ key: 'x', platformCategory: { kind: 'product-type', value: ' dresses ' } }] })[0]?.categoryMapping?.mapped).toBe(true);
  });
});
