/**
 * The reply assistant's messages (F6, F7, F14, F24): what a message page sends about a thread, and
 * the classification, templates, order annotation and clock the background answers. zod/mini, as
 * in content-protocol.ts: content scripts build these schemas.
 */
import { z } from 'zod/mini';
import { RowAnnotation } from '../domain/annotations';
import { MessageIntent, MessageLanguage } from '../domain/messages/intents';
import { TEMPLATE_INTENTS, TEMPLATE_LANGUAGES } from '../domain/templates/kinds';
import { CountryCode, IsoDate, Marketplace, Money } from '../domain/vocabulary';

const Text = (max: number) => z.string().check(z.maxLength(max));

export const ThreadFacts = z.object({
  marketplace: Marketplace,
  threadId: z.optional(Text(200)),
  orderId: z.optional(Text(100)),
  buyerName: z.optional(Text(500)),
  /** The buyer's latest message(s); long threads are cut by the page adapter. */
  buyerMessage: z.optional(Text(20_000)),
  /** When the buyer's unanswered message arrived (ISO 8601 with offset). */
  receivedAt: z.optional(Text(40)),
  productTitle: z.optional(Text(2000)),
  sku: z.optional(Text(200)),
  trackingNumber: z.optional(Text(100)),
  carrier: z.optional(Text(100)),
  shippedOn: z.optional(IsoDate),
  expectedDelivery: z.optional(IsoDate),
  orderValue: z.optional(Money),
  shipCountry: z.optional(CountryCode),
  languageHint: z.optional(Text(20)),
});
export type ThreadFacts = z.infer<typeof ThreadFacts>;

export const TemplateIntentWire = z.enum(TEMPLATE_INTENTS);

export const SuggestRequest = z.object({
  thread: ThreadFacts,
  /** The agent picked another intent or language than the classifier's. */
  intent: z.optional(TemplateIntentWire),
  language: z.optional(Text(20)),
});
export type SuggestRequest = z.infer<typeof SuggestRequest>;

export const SuggestionWire = z.object({
  templateId: z.string(),
  name: z.string(),
  nameZh: z.optional(z.string()),
  intent: TemplateIntentWire,
  language: z.enum(TEMPLATE_LANGUAGES),
  fallback: z.boolean(),
  text: z.string(),
  personalise: z.array(z.object({ start: z.int(), end: z.int(), hint: z.string() })),
  missing: z.array(z.string()),
  firstCursor: z.int(),
});
export type SuggestionWire = z.infer<typeof SuggestionWire>;

export const ClockWire = z.object({
  dueAt: z.string(),
  remainingMs: z.number(),
  state: z.enum(['ok', 'soon', 'overdue']),
  hours: z.number(),
  source: z.string(),
});
export type ClockWire = z.infer<typeof ClockWire>;

export const SuggestResponse = z.object({
  classification: z.nullable(
    z.object({
      intent: MessageIntent,
      language: MessageLanguage,
      confidence: z.number(),
      unsure: z.boolean(),
      secondary: z.optional(MessageIntent),
      evidence: z.array(z.object({ intent: MessageIntent, phrase: z.string(), negated: z.optional(z.boolean()) })),
    }),
  ),
  intent: TemplateIntentWire,
  language: z.string(),
  suggestions: z.array(SuggestionWire),
  /** The order's tags, compliance and (for return-like intents) the matched return rule. */
  annotation: z.optional(RowAnnotation),
  clock: z.nullable(ClockWire),
});
export type SuggestResponse = z.infer<typeof SuggestResponse>;

/** A thread the agent answered with a template becomes a case (F14). */
export const MessageCaseRequest = z.object({
  marketplace: Marketplace,
  threadId: z.optional(Text(200)),
  orderId: Text(100).check(z.minLength(1)),
  sku: z.optional(Text(200)),
  intent: TemplateIntentWire,
  language: Text(8).check(z.minLength(2)),
  confidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
  templateId: z.optional(Text(200)),
  receivedAt: z.optional(Text(40)),
  shipCountry: z.optional(CountryCode),
});
export type MessageCaseRequest = z.infer<typeof MessageCaseRequest>;
