/**
 * Conventions of the built-in reply library: complete, valid, consistent with marketplace rules
 * (the guardrail passes every template on every marketplace) and with consumer law where it matters.
 */
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../../lib/domain/guardrail';
import {
  DEFAULT_REPLY_TEMPLATES,
  EU_LANGUAGES,
  MESSAGE_INTENTS,
  TEMPLATE_INTENTS,
  TEMPLATE_LANGUAGES,
  renderTemplate,
  returnActionText,
  sampleOrderValues,
  validateTemplateBody,
  variablesUsedIn,
} from '../../../../lib/domain/templates';
import { ReplyTemplate } from '../../../../lib/domain/templates/schema';
import { Marketplace, ReturnActionKind } from '../../../../lib/domain/schemas';
import * as classifier from '../../../../lib/domain/messages/intents';

const library = DEFAULT_REPLY_TEMPLATES;
const of = (intent: string, language: string) => library.filter((t) => t.intent === intent && t.language === language);
const MOST_COMMON = ['not_received', 'return_request', 'damaged', 'wrong_item', 'size_exchange'];

describe('default reply templates: coverage', () => {
  it('speaks the classifier’s intents and languages (until the two lists are one)', () => {
    expect([...MESSAGE_INTENTS]).toEqual([...classifier.MESSAGE_INTENTS]);
    expect([...TEMPLATE_LANGUAGES]).toEqual([...classifier.SUPPORTED_LANGUAGES]);
  });

  it('every intent and proactive notice in every language, 77 at least', () => {
    expect(TEMPLATE_INTENTS).toHaveLength(MESSAGE_INTENTS.length + 2);
    for (const intent of TEMPLATE_INTENTS) {
      for (const language of TEMPLATE_LANGUAGES) expect(of(intent, language).length, `${intent} ${language}`).toBeGreaterThanOrEqual(1);
    }
    expect(library.length).toBeGreaterThanOrEqual(77);
  });

  it('two English variants for the most common intents', () => {
    for (const intent of MOST_COMMON) expect(of(intent, 'en').length, intent).toBeGreaterThanOrEqual(2);
  });

  it('stable, unique ids; variant n of an intent is one group across languages', () => {
    const ids = library.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of library) {
      const m = /^builtin\.([a-z_]+)\.([a-z]{2})\.(\d+)$/.exec(t.id);
      expect(m, t.id).not.toBeNull();
      expect([m![1], m![2]]).toEqual([t.intent, t.language]);
      expect(t.groupId).toBe(`builtin.${t.intent}.${m![3]}`);
      expect(t.builtIn && t.enabled).toBe(true);
      expect(t.name && t.nameZh, t.id).toBeTruthy();
    }
    // One variant per language within a group.
    const keys = library.map((t) => `${t.groupId}/${t.language}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('every record passes its schema unchanged, every body validates', () => {
    for (const t of library) {
      expect(validateTemplateBody(t.body), t.id).toEqual([]);
      expect(ReplyTemplate.parse(t), t.id).toEqual(t);
    }
  });
});

describe('default reply templates: frame + variables (F6)', () => {
  it('greeting with the buyer name, the order id, one note for the agent, signature with the shop name', () => {
    for (const t of library) {
      const used = variablesUsedIn(t.body);
      expect(used, t.id).toEqual(expect.arrayContaining(['buyerName', 'orderId', 'sellerName']));
      expect(t.body.indexOf('{{#buyerName}}'), t.id).toBe(0);
      expect(t.body.trimEnd().endsWith('{{sellerName}}') || t.body.trimEnd().endsWith('{{/agentName}}'), t.id).toBe(true);
      const notes = t.body.match(/\[\[[^\]]+\]\]/g) ?? [];
      expect(notes.length, t.id).toBe(1);
    }
  });

  it('each intent uses the facts it is about', () => {
    const needs: Partial<Record<string, string[]>> = {
      return_request: ['returnAction', 'returnAddress'],
      damaged: ['couponCode', 'couponPercent'],
      refund_status: ['refundAmount'],
      not_received: ['trackingNumber', 'carrier'],
      shipping_delay: ['trackingNumber', 'shippedOn', 'expectedDelivery'],
      late_shipment: ['newShipDate'],
      size_exchange: [],
    };
    for (const t of library) {
      const used = variablesUsedIn(t.body);
      expect(used, t.id).toEqual(expect.arrayContaining(needs[t.intent] ?? []));
    }
    // The coupon is optional: always inside its section.
    for (const t of of('damaged', 'de').concat(of('damaged', 'en'))) expect(t.body).toMatch(/\{\{#couponCode\}\}[\s\S]*\{\{couponCode\}\}[\s\S]*\{\{\/couponCode\}\}/);
  });

  it('renders fully with the preview values, and with nothing at all never says undefined', () => {
    for (const t of library) {
      const full = renderTemplate(t, sampleOrderValues(t.language));
      expect(full.missing, t.id).toEqual([]);
      expect(full.personalise, t.id).toHaveLength(1);
      expect(full.text, t.id).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b|\{\{|\}\}|\[\[/);
      expect(full.text.length, t.id).toBeLessThan(1500);
      expect(full.text, t.id).not.toMatch(/\n{3,}/);
      const empty = renderTemplate(t, {});
      expect(empty.text, t.id).not.toMatch(/\bundefined\b|\bnull\b|\{\{|\n{3,}/);
      expect(empty.missing, t.id).toContain('orderId');
      expect(empty.firstCursor, t.id).toBeGreaterThan(0);
    }
  });
});

describe('default reply templates: marketplace rules (F23)', () => {
  it('no template trips the guardrail on any marketplace: rendered, empty, or as written', () => {
    for (const t of library) {
      const texts = [t.body, renderTemplate(t, sampleOrderValues(t.language)).text, renderTemplate(t, {}).text];
      for (const action of ReturnActionKind.options) {
        texts.push(renderTemplate(t, { ...sampleOrderValues(t.language), returnAction: returnActionText(action, t.language) }).text);
      }
      for (const marketplace of Marketplace.options) {
        for (const text of texts) expect(checkReply(text, { marketplace }), `${t.id} on ${marketplace}`).toEqual([]);
      }
    }
  });

  it('no review requests at all, so a template never uses up the one Amazon allows', () => {
    for (const t of library) {
      const text = renderTemplate(t, sampleOrderValues(t.language)).text;
      expect(checkReply(text, { marketplace: 'amazon', previousReviewRequests: 1 }), t.id).toEqual([]);
    }
  });
});

describe('default reply templates: consumer law and language conventions', () => {
  it('German damaged replies name the statutory two-year warranty (Gewährleistung)', () => {
    for (const t of of('damaged', 'de')) expect(t.body).toMatch(/gesetzlichen Gewährleistung von zwei Jahren/);
  });

  it('cancel and return replies in EU languages name the 14-day right of withdrawal', () => {
    const withdrawal: Record<string, RegExp> = { de: /Widerrufsrecht/, fr: /rétractation/, es: /desistimiento/, it: /recesso|recedere/ };
    for (const language of EU_LANGUAGES) {
      for (const intent of ['cancel', 'return_request']) {
        for (const t of of(intent, language)) {
          expect(t.body, t.id).toMatch(/14/);
          expect(t.body, t.id).toMatch(withdrawal[language]!);
        }
      }
    }
    for (const id of ['builtin.cancel.en.1', 'builtin.return_request.en.1']) {
      expect(library.find((t) => t.id === id)!.body).toMatch(/EU or the UK.*14 days/);
    }
  });

  it('Japanese in keigo business style, Chinese in polite simplified Chinese', () => {
    for (const t of library.filter((t) => t.language === 'ja')) {
      expect(t.body, t.id).toContain('様');
      expect(t.body, t.id).toContain('お客様');
      expect(t.body, t.id).toContain('いつもご利用いただき');
      expect(t.body, t.id).toContain('申し上げます');
    }
    for (const t of library.filter((t) => t.language === 'zh')) {
      expect(t.body, t.id).toContain('您好');
      expect(t.body, t.id).not.toMatch(/[們個問這麼還為]/); // traditional characters
      expect(t.body, t.id).not.toMatch(/亲/); // Taobao-style familiarity
    }
  });

  it('French punctuation has no-break spaces; German body starts lower case after the salutation', () => {
    for (const t of library.filter((t) => t.language === 'fr')) expect(t.body, t.id).not.toMatch(/ [:;!?»]/);
    for (const t of library.filter((t) => t.language === 'de')) expect(t.body, t.id).toMatch(/\{\{\/buyerName\}\}\n\n[a-zäöü]/);
  });

  it('no template promises or mentions a review, an e-mail, a phone call or another channel', () => {
    const forbidden = /review|feedback|bewertung|rezension|avis client|reseña|recensione|レビュー|評価|评价|好评|e-?mail|whatsapp|wechat|微信|telefon|phone|電話|电话/i;
    for (const t of library) expect(t.body, t.id).not.toMatch(forbidden);
  });
});
