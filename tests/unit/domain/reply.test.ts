import { describe, expect, it } from 'vitest';
import { byUrgency, replyClock, replyDeadlineHours } from '../../../lib/domain/reply-clock';
import { planReply, templateValues } from '../../../lib/domain/reply';
import { caseFromMessage } from '../../../lib/domain/cases';
import { CaseRecord } from '../../../lib/domain/schemas';
import { classifyMessage } from '../../../lib/domain/messages/classify';
import { DEFAULT_REPLY_TEMPLATES } from '../../../lib/domain/templates/defaults';
import type { ReturnHint } from '../../../lib/domain/annotations';

const now = Date.parse('2026-11-22T12:00:00Z');

describe('reply clock (F24)', () => {
  it('counts calendar hours from the buyer message, weekends included', () => {
    // Received Saturday 08:00 UTC; Amazon's 24 h end Sunday 08:00 UTC whatever the weekday.
    const clock = replyClock('2026-11-21T08:00:00Z', now, 24);
    expect(clock).toEqual({ dueAt: '2026-11-22T08:00:00.000Z', remainingMs: -4 * 3_600_000, state: 'overdue' });
    expect(replyClock('2026-11-21T15:00:00+01:00', now, 24)?.remainingMs).toBe(2 * 3_600_000);
    expect(replyClock('2026-11-21T15:00:00+01:00', now, 24)?.state).toBe('soon');
    expect(replyClock('2026-11-22T10:00:00Z', now, 24)?.state).toBe('ok');
    expect(replyClock('yesterday', now, 24)).toBeNull();
  });

  it('uses the seller’s own deadline over the marketplace default', () => {
    expect(replyDeadlineHours('amazon', { replyDeadlineHours: {} }).hours).toBe(24);
    expect(replyDeadlineHours('shopify', { replyDeadlineHours: { shopify: 8 } })).toEqual({ hours: 8, source: 'your setting' });
  });

  it('orders threads overdue first, unknown times last', () => {
    const threads = [
      { id: 'a', clock: replyClock('2026-11-22T10:00:00Z', now, 24) },
      { id: 'b', clock: null },
      { id: 'c', clock: replyClock('2026-11-21T01:00:00Z', now, 24) },
      { id: 'd', clock: replyClock('2026-11-21T14:00:00Z', now, 24) },
    ];
    expect(byUrgency(threads).map((t) => t.id)).toEqual(['c', 'd', 'a', 'b']);
  });
});

describe('planReply (F6)', () => {
  const hint: ReturnHint = {
    reason: 'damaged',
    ruleId: 'quality-exchange-coupon',
    ruleName: 'Quality defect: exchange + coupon',
    action: 'exchange_with_coupon',
    approval: 'automatic',
    couponPercent: 10,
    returnAddress: { name: 'HelloWord Returns DE', lines: ['Lagerstraße 5'], city: 'Hamburg', postcode: '20457', country: 'DE' },
    explanation: [],
  };
  const settings = { sellerName: 'HelloWord Store', agentName: '' };

  it('classifies a German damaged-item message and proposes German templates filled from the order', () => {
    const plan = planReply(
      { marketplace: 'amazon', orderId: '302-1185521-0093317', buyerName: 'Jonas Weber', buyerMessage: 'Die Lampe kam kaputt an, das Glas ist gesprungen.', productTitle: 'DK2 LED Desk Lamp' },
      { classify: classifyMessage, templates: DEFAULT_REPLY_TEMPLATES, settings, returnHint: hint },
    );
    expect(plan.intent).toBe('damaged');
    expect(plan.language).toBe('de');
    expect(plan.suggestions.length).toBeGreaterThan(0);
    const [first] = plan.suggestions;
    expect(first?.language).toBe('de');
    expect(first?.fallback).toBe(false);
    expect(first?.rendered.text).toContain('302-1185521-0093317');
    expect(first?.rendered.text).toContain('HelloWord Store');
    expect(first?.rendered.text).not.toMatch(/undefined|null/);
  });

  it('follows the agent’s choice of intent and language, and falls back to English only when needed', () => {
    const plan = planReply(
      { marketplace: 'ebay', buyerMessage: 'Where is my parcel?' },
      { classify: classifyMessage, templates: DEFAULT_REPLY_TEMPLATES, settings, intent: 'cancel', language: 'it' },
    );
    expect(plan.intent).toBe('cancel');
    expect(plan.suggestions.every((s) => s.intent === 'cancel')).toBe(true);
    expect(plan.suggestions[0]).toMatchObject({ language: 'it', fallback: false });
    // English variants may follow, flagged, never before the buyer's language.
    const firstFallback = plan.suggestions.findIndex((s) => s.fallback);
    expect(plan.suggestions.slice(firstFallback < 0 ? plan.suggestions.length : firstFallback).every((s) => s.language === 'en')).toBe(true);
    const korean = planReply({ marketplace: 'amazon', buyerMessage: 'x' }, { classify: classifyMessage, templates: DEFAULT_REPLY_TEMPLATES, settings, intent: 'other', language: 'ko' });
    expect(korean.suggestions.every((s) => s.language === 'en' && s.fallback)).toBe(true);
  });

  it('a proactive notice needs no buyer message: no classification, the notice’s templates', () => {
    const plan = planReply({ marketplace: 'amazon', orderId: '114-3941689-8772232' }, { classify: classifyMessage, templates: DEFAULT_REPLY_TEMPLATES, settings, intent: 'late_shipment', language: 'en' });
    expect(plan.classification).toBeNull();
    expect(plan.suggestions[0]?.intent).toBe('late_shipment');
  });

  it('fills return action, address and coupon from the matched rule, in the template’s language', () => {
    const values = templateValues({ marketplace: 'amazon', orderValue: { amount: 34.99, currency: 'EUR' } }, 'de', { settings, returnHint: hint });
    expect(values.returnAddress).toBe('HelloWord Returns DE\nLagerstraße 5\n20457 Hamburg\nDE');
    expect(values.couponPercent).toBe('10');
    expect(values.returnAction).toBeTruthy();
    expect(values.refundAmount).toMatch(/34,99\s?€/);
    expect(values.agentName).toBeUndefined();
  });
});

describe('message cases (F14)', () => {
  it('one valid case per thread, with intent, language, template and times', () => {
    const record = caseFromMessage(
      { marketplace: 'amazon', orderId: '114-3941689-8772232', threadId: 't-1', intent: 'damaged', language: 'de', confidence: 0.9, templateId: 'builtin.damaged.de.1', receivedAt: '2026-11-22T08:00:00+01:00' },
      '2026-11-22T09:30:00.000Z',
      '2026-11-23T07:00:00.000Z',
    );
    expect(() => CaseRecord.parse(record)).not.toThrow();
    expect(record).toMatchObject({
      id: 'amazon:message:t-1',
      kind: 'message',
      reason: 'damaged',
      createdAt: '2026-11-22T07:00:00.000Z',
      message: { intent: 'damaged', language: 'de', templateId: 'builtin.damaged.de.1', receivedAt: '2026-11-22T07:00:00.000Z', repliedAt: '2026-11-22T09:30:00.000Z' },
    });
  });
});
