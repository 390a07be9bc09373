/**
 * What a reply template is for and which languages the library speaks (F6, F7, F13). Plain
 * constants, no zod: the reply assistant's content script renders and picks templates without
 * building the stored-record schemas.
 */

/**
 * Buyer-message intents the reply assistant classifies (F6).
 * TODO(unify): the classifier in lib/domain/messages/ owns this list once it lands; keep them equal.
 */
export const MESSAGE_INTENTS = [
  'return_request',
  'damaged',
  'not_received',
  'wrong_item',
  'size_exchange',
  'cancel',
  'refund_status',
  'address_change',
  'other',
] as const;
export type MessageIntent = (typeof MESSAGE_INTENTS)[number];

/**
 * Notices the seller sends first (F7): `shipping_delay` — shipped long ago, tracking has not moved,
 * reassure; `late_shipment` — not shipped within 24 h, apologise and give the new ship date.
 */
export const PROACTIVE_KINDS = ['shipping_delay', 'late_shipment'] as const;
export type ProactiveKind = (typeof PROACTIVE_KINDS)[number];

/** Everything a template can answer: a classified intent or a proactive notice. */
export const TEMPLATE_INTENTS = [...MESSAGE_INTENTS, ...PROACTIVE_KINDS] as const;
export type TemplateIntent = (typeof TEMPLATE_INTENTS)[number];

export const TEMPLATE_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** Languages whose buyers are mostly EU consumers: their cancel and return replies name the 14-day right of withdrawal. */
export const EU_LANGUAGES: readonly TemplateLanguage[] = ['de', 'fr', 'es', 'it'];

export function isTemplateLanguage(value: string): value is TemplateLanguage {
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The library language for a BCP 47 tag as detectors and browsers give it: "de-AT" → "de",
 * "zh-Hans-CN" → "zh", "JA" → "ja". Traditional Chinese tags also map to "zh" (the library is in
 * simplified Chinese, still the closest we have). Unknown languages → undefined.
 */
export function templateLanguageOf(tag: string | undefined): TemplateLanguage | undefined {
  if (!tag) return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isTemplateLanguage(base) ? base : undefined;
}
