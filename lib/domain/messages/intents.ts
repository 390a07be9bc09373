/**
 * The vocabulary of the reply assistant (F6): what a buyer's message asks for, in which language,
 * and what the classifier answers. zod/mini, as in vocabulary.ts: the message-page content script
 * builds these at start-up, and the options page validates the seller's own keywords with them.
 */
// A namespace import: esbuild then keeps only the zod functions used here (~3 KB gzip). The named
// `import { z } from 'zod/mini'` keeps all of zod (~85 KB gzip) in the bundle.
import * as z from 'zod/mini';

/**
 * What the buyer wants, as the reply templates are organised. Mixed messages are labelled by the
 * action the buyer asks for; a reported problem (damaged, wrong item, not received) outranks the
 * remedy named with it ("arrived broken, I want a refund" is `damaged`). See
 * tests/fixtures/messages/README.md for the full label guide.
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
export const MessageIntent = z.enum(MESSAGE_INTENTS);
export type MessageIntent = z.infer<typeof MessageIntent>;

/** Languages with keywords and reply templates. */
export const SUPPORTED_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** ISO 639-1 code of a supported language, or 'und' when it cannot be told. */
export const MessageLanguage = z.enum([...SUPPORTED_LANGUAGES, 'und']);
export type MessageLanguage = z.infer<typeof MessageLanguage>;

/**
 * Words and phrases a seller adds per intent on the options page: plain text in any language,
 * matched case- and accent-insensitively as whole words (never as a pattern).
 */
export const SellerKeywords = z.partialRecord(
  MessageIntent,
  z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))).check(z.maxLength(200)),
);
export type SellerKeywords = z.infer<typeof SellerKeywords>;

/** One piece of evidence: a phrase found in the message and what it counted for. */
export const Evidence = z.object({
  intent: MessageIntent,
  /** The phrase as found, normalised (lower case, no accents). */
  phrase: z.string(),
  /** The language the keyword belongs to ('und' for words shared by several languages, and seller keywords). */
  language: MessageLanguage,
  /** Present and true when a negation in scope cancelled the phrase ("not damaged") or made it count ("not received"). */
  negated: z.optional(z.boolean()),
  /** What it added to the intent's score; 0 when a negation cancelled it. */
  weight: z.number(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Classification = z.object({
  intent: MessageIntent,
  language: MessageLanguage,
  /** 0..1: how strongly and how unambiguously the evidence points at `intent`. */
  confidence: z.number().check(z.gte(0), z.lte(1)),
  /** Low confidence or conflicting evidence: `intent` is the best guess, an agent should confirm it. */
  unsure: z.boolean(),
  evidence: z.array(Evidence),
  /** The runner-up when other evidence was found too. */
  secondary: z.optional(MessageIntent),
});
export type Classification = z.infer<typeof Classification>;

export interface ClassifyHints {
  /** The marketplace's or buyer's language ("de", "ja-JP"): decides very short or ambiguous texts. */
  languageHint?: string;
  /** Seller keywords for this call only; prefer createClassifier() to compile them once. */
  extraKeywords?: SellerKeywords;
}
