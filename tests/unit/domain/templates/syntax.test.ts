import { describe, expect, it } from 'vitest';
import { validateTemplateBody, variablesUsedIn } from '../../../../lib/domain/templates';
import { ReplyTemplate } from '../../../../lib/domain/templates/schema';

describe('validateTemplateBody (the editor)', () => {
  it('accepts variables, sections, inverted sections and notes', () => {
    expect(validateTemplateBody('Hi {{ buyerName }},\n{{#couponCode}}Code {{couponCode}}{{/couponCode}}{{^sku}}-{{/sku}} [[check]]')).toEqual([]);
    expect(validateTemplateBody('Plain text, no variables.')).toEqual([]);
  });

  it('an unknown variable: position, name and a suggestion in plain words', () => {
    const [error, ...rest] = validateTemplateBody('Hello,\nyour order {{ordrId}} is late.');
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ code: 'unknown_variable', name: 'ordrId', suggestion: 'orderId', start: 18, end: 28, line: 2, column: 12 });
    expect(error!.message).toBe('Line 2, column 12: {{ordrId}} is not a variable templates can use. Did you mean {{orderId}}?');
  });

  it('no suggestion when nothing is close', () => {
    const [error] = validateTemplateBody('{{favouriteColour}}');
    expect(error).toMatchObject({ code: 'unknown_variable', name: 'favouriteColour' });
    expect(error!.suggestion).toBeUndefined();
    expect(error!.message).not.toContain('Did you mean');
  });

  it('an unknown section name is an unknown variable too', () => {
    expect(validateTemplateBody('{{#coupon}}x{{/coupon}}').map((e) => e.code)).toEqual(['unknown_variable', 'unknown_variable']);
  });

  it('a section never closed', () => {
    const [error] = validateTemplateBody('A\n{{#couponCode}}Code {{couponCode}}');
    expect(error).toMatchObject({ code: 'section_not_closed', name: 'couponCode', line: 2, column: 1 });
    expect(error!.message).toBe('Line 2, column 1: the section {{#couponCode}} is never closed. Add {{/couponCode}} where it should end.');
  });

  it('a section closed that was never opened', () => {
    const [error] = validateTemplateBody('Text {{/couponCode}}');
    expect(error).toMatchObject({ code: 'section_not_open', name: 'couponCode', start: 5, line: 1, column: 6 });
    expect(error!.message).toContain('never opened');
  });

  it('sections closed in the wrong order', () => {
    const errors = validateTemplateBody('{{#trackingNumber}}{{#carrier}}x{{/trackingNumber}}{{/carrier}}');
    expect(errors.map((e) => e.code)).toEqual(['section_mismatch', 'section_not_open']);
    expect(errors[0]).toMatchObject({ name: 'trackingNumber', expected: 'carrier' });
    expect(errors[0]!.message).toContain('the section still open here is {{#carrier}}');
  });

  it('unclosed braces and notes, empty tags and notes, variables inside notes', () => {
    expect(validateTemplateBody('Order {{orderId').map((e) => e.code)).toEqual(['unclosed_variable']);
    expect(validateTemplateBody('Order {{}}').map((e) => e.code)).toEqual(['empty_variable']);
    expect(validateTemplateBody('Say [[sorry').map((e) => e.code)).toEqual(['unclosed_personalise']);
    expect(validateTemplateBody('Say [[ ]]').map((e) => e.code)).toEqual(['empty_personalise']);
    expect(validateTemplateBody('Say [[sorry about {{orderId}}]]').map((e) => e.code)).toEqual(['nested_personalise']);
  });

  it('reports every problem, first one first', () => {
    const errors = validateTemplateBody('{{nope}} {{#sku}} {{alsoNope}}');
    expect(errors.map((e) => e.code)).toEqual(['unknown_variable', 'section_not_closed', 'unknown_variable']);
    expect(errors.map((e) => e.start)).toEqual([...errors.map((e) => e.start)].sort((a, b) => a - b));
  });

  it('lists the variables a body uses', () => {
    expect(variablesUsedIn('{{buyerName}} {{#couponCode}}{{couponPercent}}{{/couponCode}} {{buyerName}}')).toEqual(['buyerName', 'couponCode', 'couponPercent']);
  });
});

describe('ReplyTemplate (stored record)', () => {
  const valid = {
    id: 'mine.1',
    groupId: 'mine',
    name: 'My apology',
    intent: 'damaged',
    language: 'de',
    body: 'Hallo {{buyerName}}',
  };

  it('fills defaults: seller-written and enabled', () => {
    expect(ReplyTemplate.parse(valid)).toEqual({ ...valid, builtIn: false, enabled: true });
  });

  it('accepts the proactive kinds, marketplaces and a timestamp', () => {
    const parsed = ReplyTemplate.parse({ ...valid, intent: 'late_shipment', marketplaces: ['amazon', 'ebay'], updatedAt: '2025-03-05T10:00:00+01:00' });
    expect(parsed.marketplaces).toEqual(['amazon', 'ebay']);
  });

  it('rejects an invalid body with the editor message', () => {
    const result = ReplyTemplate.safeParse({ ...valid, body: 'Hi {{ordrId}} {{#sku}}' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe('Line 1, column 4: {{ordrId}} is not a variable templates can use. Did you mean {{orderId}}? (and 1 more)');
    expect(result.error!.issues[0]!.path).toEqual(['body']);
  });

  it('rejects unknown intents, languages and marketplaces, and an empty marketplace list', () => {
    expect(ReplyTemplate.safeParse({ ...valid, intent: 'complaint' }).success).toBe(false);
    expect(ReplyTemplate.safeParse({ ...valid, language: 'pt' }).success).toBe(false);
    expect(ReplyTemplate.safeParse({ ...valid, marketplaces: ['etsy'] }).success).toBe(false);
    expect(ReplyTemplate.safeParse({ ...valid, marketplaces: [] }).success).toBe(false);
    expect(ReplyTemplate.safeParse({ ...valid, body: '' }).success).toBe(false);
  });
});
