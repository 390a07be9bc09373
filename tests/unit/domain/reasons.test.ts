import { describe, expect, it } from 'vitest';
import { normaliseReturnReason, reasonOfCode, reasonOfText } from '../../../lib/domain/reasons';
import type { ReturnReason } from '../../../lib/domain/schemas';

/** Every Amazon reason code in reference/amazon/report-columns.md. */
const AMAZON_CODES: Record<string, ReturnReason> = {
  APPAREL_STYLE: 'style_colour',
  APPAREL_TOO_LARGE: 'size_fit',
  APPAREL_TOO_SMALL: 'size_fit',
  DAMAGED_BY_CARRIER: 'damaged',
  DAMAGED_BY_FC: 'damaged',
  DEFECTIVE: 'defective',
  EXCESSIVE_INSTALLATION: 'other',
  EXTRA_ITEM: 'other',
  FOUND_BETTER_PRICE: 'better_price',
  MISORDERED: 'ordered_by_mistake',
  MISSED_ESTIMATED_DELIVERY: 'late_delivery',
  MISSING_PARTS: 'missing_parts',
  NEVER_ARRIVED: 'not_received',
  NO_REASON_GIVEN: 'changed_mind',
  NOT_AS_DESCRIBED: 'not_as_described',
  NOT_COMPATIBLE: 'not_as_described',
  ORDERED_WRONG_ITEM: 'ordered_by_mistake',
  PART_NOT_COMPATIBLE: 'not_as_described',
  QUALITY_UNACCEPTABLE: 'defective',
  SWITCHEROO: 'other',
  UNAUTHORIZED_PURCHASE: 'other',
  UNDELIVERABLE_CARRIER_MISS_SORTED: 'not_received',
  UNDELIVERABLE_FAILED_DELIVERY_ATTEMPTS: 'not_received',
  UNDELIVERABLE_INSUFFICIENT_ADDRESS: 'not_received',
  UNDELIVERABLE_MISSING_LABEL: 'not_received',
  UNDELIVERABLE_REFUSED: 'not_received',
  UNDELIVERABLE_UNCLAIMED: 'not_received',
  UNDELIVERABLE_UNKNOWN: 'not_received',
  UNKNOWN_OTHER_REASON: 'other',
  UNWANTED_ITEM: 'changed_mind',
  RECEIVED_WRONG_ITEM: 'wrong_item',
  DID_NOT_LIKE_COLOR: 'style_colour',
  DID_NOT_LIKE_FABRIC: 'style_colour',
  'AMZ-PG-APP-TOO-SMALL': 'size_fit',
  'AMZ-PG-APP-TOO-LARGE': 'size_fit',
  'AMZ-PG-APP-STYLE': 'style_colour',
  'AMZ-PG-BAD-DESC': 'not_as_described',
  'CR-UNWANTED_ITEM': 'changed_mind',
};

const EBAY_CODES: Record<string, ReturnReason> = {
  ARRIVED_DAMAGED: 'damaged',
  ARRIVED_LATE: 'late_delivery',
  DEFECTIVE_ITEM: 'defective',
  DIFFERENT_FROM_LISTING: 'not_as_described',
  FAKE_OR_COUNTERFEIT: 'not_as_described',
  FOUND_BETTER_PRICE: 'better_price',
  MISSING_PARTS: 'missing_parts',
  NO_LONGER_NEED_ITEM: 'changed_mind',
  ORDERED_ACCIDENTALLY: 'ordered_by_mistake',
  ORDERED_WRONG_ITEM: 'ordered_by_mistake',
  RETURNING_GIFT: 'changed_mind',
  WRONG_SIZE: 'size_fit',
  ITEM_NOT_RECEIVED: 'not_received',
  OTHER: 'other',
};

const SHOPIFY_CODES: Record<string, ReturnReason> = {
  COLOR: 'style_colour',
  DEFECTIVE: 'defective',
  NOT_AS_DESCRIBED: 'not_as_described',
  OTHER: 'other',
  SIZE_TOO_LARGE: 'size_fit',
  SIZE_TOO_SMALL: 'size_fit',
  STYLE: 'style_colour',
  UNKNOWN: 'other',
  UNWANTED: 'changed_mind',
  WRONG_ITEM: 'wrong_item',
};

describe('return reason codes', () => {
  it.each(Object.entries(AMAZON_CODES))('Amazon %s → %s', (code, reason) => {
    expect(normaliseReturnReason({ code })).toBe(reason);
  });
  it.each(Object.entries(EBAY_CODES))('eBay %s → %s', (code, reason) => {
    expect(normaliseReturnReason({ code })).toBe(reason);
  });
  it.each(Object.entries(SHOPIFY_CODES))('Shopify %s → %s', (code, reason) => {
    expect(normaliseReturnReason({ code })).toBe(reason);
  });

  it('ignores case, dashes and spaces in codes', () => {
    expect(reasonOfCode('apparel too small')).toBe('size_fit');
    expect(reasonOfCode(' amz-pg-app-too-large ')).toBe('size_fit');
    expect(reasonOfCode('CR-DEFECTIVE')).toBe('defective');
    expect(reasonOfCode('NOT_A_CODE')).toBeUndefined();
  });

  it('a specific code wins over the buyer text', () => {
    expect(normaliseReturnReason({ code: 'DEFECTIVE', text: 'too small' })).toBe('defective');
  });

  it('a weak code gives way to a text that says more', () => {
    expect(normaliseReturnReason({ code: 'NO_REASON_GIVEN', text: 'Too small' })).toBe('size_fit');
    expect(normaliseReturnReason({ code: 'OTHER', text: 'Arrived broken in transit' })).toBe('damaged');
    expect(normaliseReturnReason({ code: 'UNWANTED_ITEM', text: 'no comment' })).toBe('changed_mind');
  });

  it('reads an unknown code as words', () => {
    expect(normaliseReturnReason({ code: 'TOO_SMALL' })).toBe('size_fit');
    expect(normaliseReturnReason({ code: 'XYZ_123' })).toBe('other');
    expect(normaliseReturnReason({})).toBe('other');
  });
});

describe('return reason text', () => {
  const cases: [string, ReturnReason][] = [
    // size / fit in seven languages
    ['Too small', 'size_fit'],
    ['Zu klein', 'size_fit'],
    ['Trop petit', 'size_fit'],
    ['Troppo piccolo', 'size_fit'],
    ['Demasiado pequeño', 'size_fit'],
    ['サイズが小さい', 'size_fit'],
    ['尺码偏小', 'size_fit'],
    ["Doesn't fit, runs small", 'size_fit'],
    ['Die Größe passt nicht', 'size_fit'],
    ['The sleeves are too long', 'size_fit'],
    // defective
    ['Item is defective', 'defective'],
    ['Artikel defekt', 'defective'],
    ['不良品', 'defective'],
    ['Ne fonctionne pas', 'defective'],
    ['Non funziona', 'defective'],
    ['No funciona', 'defective'],
    ['质量太差', 'defective'],
    ['Stopped working after two days', 'defective'],
    // damaged
    ['Arrived damaged', 'damaged'],
    ['Beim Transport beschädigt', 'damaged'],
    ['Colis arrivé endommagé', 'damaged'],
    ['配送中に壊れていました', 'damaged'],
    ['外包装破损', 'damaged'],
    // wrong item
    ['Received the wrong item', 'wrong_item'],
    ['Falschen Artikel erhalten', 'wrong_item'],
    ['Pas le bon article', 'wrong_item'],
    ['違う商品が届いた', 'wrong_item'],
    ['发错货了', 'wrong_item'],
    // not received, late
    ['Package never arrived', 'not_received'],
    ['Paket nicht angekommen', 'not_received'],
    ["Je n'ai pas reçu le colis", 'not_received'],
    ['No he recibido el pedido', 'not_received'],
    ['届かない', 'not_received'],
    ['一直没收到货', 'not_received'],
    ['Shipping took too long.', 'late_delivery'],
    ['Lieferung kam zu spät', 'late_delivery'],
    ['物流太慢', 'late_delivery'],
    // others
    ['Missing parts', 'missing_parts'],
    ['Il manque des pièces', 'missing_parts'],
    ['缺少配件', 'missing_parts'],
    ['Not as described', 'not_as_described'],
    ['Entspricht nicht der Beschreibung', 'not_as_described'],
    ['与描述不符', 'not_as_described'],
    ["Doesn't work with my phone", 'not_as_described'],
    ["Don't like the colour", 'style_colour'],
    ['颜色不喜欢', 'style_colour'],
    ['Found it cheaper elsewhere', 'better_price'],
    ['Changed my mind', 'changed_mind'],
    ['Ich brauche es nicht mehr', 'changed_mind'],
    ['不想要了', 'changed_mind'],
    ['I ordered the wrong size by mistake', 'ordered_by_mistake'],
    ['拍错了', 'ordered_by_mistake'],
    ['Just because', 'other'],
  ];
  it.each(cases)('%s → %s', (text, reason) => {
    expect(normaliseReturnReason({ text })).toBe(reason);
  });

  it('Amazon buyer-form labels mean what their codes mean', () => {
    const labels: [string, string][] = [
      ['ORDERED_WRONG_ITEM', 'I accidentally ordered the wrong item'],
      ['FOUND_BETTER_PRICE', 'I found better prices elsewhere'],
      ['NO_REASON_GIVEN', "No reason—I just don't want the product any more"],
      ['QUALITY_UNACCEPTABLE', 'Product performance/quality is not up to my expectations'],
      ['MISSED_ESTIMATED_DELIVERY', "Item took too long to arrive; I don't want it any more"],
      ['MISSING_PARTS', 'Delivery was missing items or accessories'],
      ['DAMAGED_BY_CARRIER', 'Product was damaged/defective on arrival'],
      ['RECEIVED_WRONG_ITEM', 'Received the wrong item'],
      ['DEFECTIVE', 'Item is defective'],
      ['EXTRA_ITEM', 'Extra item included in delivery'],
      ['MISORDERED', 'Ordered wrong style/size/colour'],
    ];
    for (const [code, label] of labels) expect([code, normaliseReturnReason({ text: label })]).toEqual([code, normaliseReturnReason({ code })]);
  });

  it('is negation-aware', () => {
    expect(normaliseReturnReason({ text: 'not damaged but too small' })).toBe('size_fit');
    expect(normaliseReturnReason({ text: 'The box was not damaged, the dress is too big' })).toBe('size_fit');
    expect(normaliseReturnReason({ text: "It isn't broken, I just don't want it" })).toBe('changed_mind');
    expect(normaliseReturnReason({ text: 'Nicht beschädigt, aber zu klein' })).toBe('size_fit');
    expect(normaliseReturnReason({ text: 'Pas abîmé mais trop grand' })).toBe('size_fit');
    expect(normaliseReturnReason({ text: 'Non danneggiato ma troppo piccolo' })).toBe('size_fit');
    expect(normaliseReturnReason({ text: 'No está dañado pero es demasiado pequeño' })).toBe('size_fit');
    expect(normaliseReturnReason({ text: '壊れていない、サイズが大きい' })).toBe('size_fit');
    expect(normaliseReturnReason({ text: '没有损坏，但是尺码偏小' })).toBe('size_fit');
    // a negation that belongs to the reason itself is not a negation of it
    expect(normaliseReturnReason({ text: 'not as described' })).toBe('not_as_described');
    expect(normaliseReturnReason({ text: 'not working' })).toBe('defective');
  });

  it('ranks a defect above a fit problem when both are named', () => {
    expect(reasonOfText('Too small and the seam is torn')).toBe('defective');
    expect(reasonOfText('good quality but too small')).toBe('size_fit');
  });

  it('gives the same answer when asked again (cache)', () => {
    for (let i = 0; i < 3; i++) expect(normaliseReturnReason({ text: 'Zu klein' })).toBe('size_fit');
  });
});
