/**
 * F6 / F7: from what a message page shows (the buyer's words, the order, the matched return rule)
 * to the 1–3 replies an agent can insert: classify, pick templates in the buyer's language, fill
 * their variables. Pure: the background gives it the store's templates and settings.
 */
import type { ReturnHint } from './annotations';
import type { Classification, ClassifyHints } from './messages/intents';
import type { ReturnReason, Marketplace, Money, PostalAddress, Settings, IsoDate } from './vocabulary';
import { formatForLanguage } from './templates/format';
import { templateLanguageOf, type TemplateIntent, type TemplateLanguage } from './templates/kinds';
import { pickTemplates } from './templates/pick';
import { renderTemplate, type RenderedReply } from './templates/render';
import { returnActionText } from './templates/return-actions';
import type { ReplyTemplate } from './templates/schema';
import type { TemplateValues } from './templates/variables';

/** What the message page (and the order it links) tells us. */
export interface ThreadFacts {
  marketplace: Marketplace;
  orderId?: string | undefined;
  buyerName?: string | undefined;
  /** The buyer's latest message (several of their messages in a row, joined). */
  buyerMessage?: string | undefined;
  productTitle?: string | undefined;
  sku?: string | undefined;
  trackingNumber?: string | undefined;
  carrier?: string | undefined;
  shippedOn?: IsoDate | undefined;
  expectedDelivery?: IsoDate | undefined;
  orderValue?: Money | undefined;
  /** The marketplace's language ("de" on amazon.de): decides very short texts. */
  languageHint?: string | undefined;
}

export type Classify = (text: string, hints?: ClassifyHints) => Classification;

export interface ReplySuggestion {
  templateId: string;
  name: string;
  nameZh?: string | undefined;
  intent: TemplateIntent;
  language: TemplateLanguage;
  /** English shown because the library has no template in the buyer's language for this intent. */
  fallback: boolean;
  rendered: RenderedReply;
}

export interface ReplyPlan {
  classification: Classification | null;
  intent: TemplateIntent;
  /** The buyer's language as detected (or chosen by the agent); "und" when unknown. */
  language: string;
  suggestions: ReplySuggestion[];
}

export interface PlanOptions {
  classify: Classify;
  templates: readonly ReplyTemplate[];
  settings: Pick<Settings, 'sellerName' | 'agentName'>;
  returnHint?: ReturnHint | undefined;
  /** The agent chose another intent or language than the classifier's. */
  intent?: TemplateIntent | undefined;
  language?: string | undefined;
  limit?: number;
}

/** The return reason a message intent stands for, so the seller's return rules can decide. */
export const REASON_OF_INTENT: Partial<Record<TemplateIntent, ReturnReason>> = {
  damaged: 'damaged',
  wrong_item: 'wrong_item',
  size_exchange: 'size_fit',
  not_received: 'not_received',
  return_request: 'other',
};

export function planReply(facts: ThreadFacts, options: PlanOptions): ReplyPlan {
  const text = facts.buyerMessage?.trim() ?? '';
  const classification = text ? options.classify(text, { ...(facts.languageHint && { languageHint: facts.languageHint }) }) : null;
  const intent: TemplateIntent = options.intent ?? classification?.intent ?? 'other';
  const detected = classification && classification.language !== 'und' ? classification.language : undefined;
  const language = options.language ?? detected ?? facts.languageHint ?? 'und';
  const picked = pickTemplates(options.templates, { intent, language: language === 'und' ? 'en' : language, marketplace: facts.marketplace, limit: options.limit ?? 3 });
  const suggestions = picked.map(({ template, fallback }): ReplySuggestion => ({
    templateId: template.id,
    name: template.name,
    nameZh: template.nameZh,
    intent: template.intent,
    language: template.language,
    fallback,
    rendered: renderTemplate(template, templateValues(facts, template.language, options)),
  }));
  return { classification, intent, language, suggestions };
}

/** Every variable the page and the store can fill, written for the template's language. */
export function templateValues(facts: ThreadFacts, language: TemplateLanguage, options: Pick<PlanOptions, 'settings' | 'returnHint'>): TemplateValues {
  const hint = options.returnHint;
  const date = (value: IsoDate | undefined) => (value ? formatForLanguage({ date: value }, language) : undefined);
  return {
    buyerName: facts.buyerName,
    orderId: facts.orderId,
    productTitle: facts.productTitle,
    sku: facts.sku,
    trackingNumber: facts.trackingNumber,
    carrier: facts.carrier,
    shippedOn: date(facts.shippedOn),
    expectedDelivery: date(facts.expectedDelivery),
    refundAmount: facts.orderValue ? formatForLanguage({ money: facts.orderValue }, language) : undefined,
    returnAction: hint ? returnActionText(hint.action, language) : undefined,
    returnAddress: hint?.returnAddress ? formatAddress(hint.returnAddress) : undefined,
    couponPercent: hint?.couponPercent !== undefined ? String(hint.couponPercent) : undefined,
    sellerName: options.settings.sellerName || undefined,
    agentName: options.settings.agentName || undefined,
  };
}

/** One line per address part, as a buyer copies it onto a parcel. */
export function formatAddress(address: PostalAddress): string {
  return [address.name, ...address.lines, [address.postcode, address.city].filter(Boolean).join(' '), address.region, address.country]
    .filter(Boolean)
    .join('\n');
}

export { templateLanguageOf };
