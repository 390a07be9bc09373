/**
 * Messaging-policy guardrail (F23): before an agent sends a reply, check it against the
 * marketplace's buyer-messaging rules and show each problem with the offending words. Breaches cost
 * sellers their messaging access, so nothing here is silent: a rule a marketplace does not have is
 * "off" in its table below, never skipped by accident.
 *
 * Runs on every (debounced) keystroke: one pass per detector over the text, no allocation per
 * character; a 2,000-character reply takes well under a millisecond.
 *
 * Policy basis, per marketplace:
 * - Amazon — "Communication Guidelines" and "Buyer-Seller Messaging Guidelines" (Seller Central
 *   help G1701): contact buyers only to complete the order or answer a service question; no links
 *   except secure links needed to complete the order; no e-mail addresses, no phone numbers; no
 *   marketing; no language that incentivises or asks for positive reviews or seller feedback
 *   (compensation, refunds, gift cards, free or discounted products), or that asks to change or
 *   remove a review; at most one review request per order.
 * - eBay — "Offers to buy or sell outside of eBay policy" and the "Member-to-member contact
 *   policy": no offers or payment outside eBay, no exchange of e-mail addresses, phone numbers,
 *   payment details or social-media accounts; "Links policy": links must not lead to sales outside
 *   eBay. "Feedback manipulation policy": no incentives for feedback.
 * - Shopify — the seller's own store: links, e-mail and phone are the seller's business (off). Still
 *   flagged: review incentives (US FTC "Trade Regulation Rule on the Use of Consumer Reviews and
 *   Testimonials", 16 CFR Part 465, bans incentives conditioned on a positive review; EU Omnibus
 *   Directive (EU) 2019/2161 makes hiding incentivised reviews an unfair practice), and payment
 *   outside the checkout (warn: no order record, no chargeback protection).
 */
import type { Explanation } from './annotations';
import type { Marketplace } from './vocabulary';

export type GuardrailRule =
  | 'external_link'
  | 'email_address'
  | 'phone_number'
  | 'review_incentive'
  | 'review_request_repeated'
  | 'off_platform_payment'
  | 'off_platform_contact';

export type GuardrailSeverity = 'block' | 'warn';

export interface GuardrailFinding {
  rule: GuardrailRule;
  severity: GuardrailSeverity;
  /** Offsets of the offending words in the checked text. */
  start: number;
  end: number;
  /** The offending words, as written. */
  match: string;
  marketplace: Marketplace;
  explanation: Explanation;
}

export interface CheckReplyOptions {
  marketplace: Marketplace;
  /** The reply's language when known. Every language's patterns run anyway: replies mix languages. */
  language?: string | undefined;
  /** Review or feedback requests already sent for this order (Amazon allows one). */
  previousReviewRequests?: number | undefined;
  /** Facts of the order itself (order id, tracking number, SKU): never read as a phone number. */
  knownValues?: readonly string[] | undefined;
}

// ── Explanations ────────────────────────────────────────────────────────────────────────────

/** Explanation codes with their parameters in placeholder order (as explain.ts does for the domain). */
export const GUARDRAIL_EXPLANATION_PARAMS = {
  guardrail_external_link: ['match', 'policy'],
  guardrail_external_link_order: ['match', 'policy'],
  guardrail_email_address: ['match', 'policy'],
  guardrail_phone_number: ['match', 'policy'],
  guardrail_review_incentive: ['match', 'policy'],
  guardrail_review_incentive_disclosed: ['match', 'policy'],
  guardrail_review_positive_only: ['match', 'policy'],
  guardrail_review_change_request: ['match', 'policy'],
  guardrail_review_request_repeated: ['count', 'policy'],
  guardrail_off_platform_payment: ['match', 'policy'],
  guardrail_off_platform_contact: ['match', 'policy'],
} as const satisfies Record<string, readonly string[]>;
export type GuardrailExplanationCode = keyof typeof GUARDRAIL_EXPLANATION_PARAMS;

// ── Policies ────────────────────────────────────────────────────────────────────────────────

type Level = GuardrailSeverity | 'off';

interface MessagingPolicy {
  /** Policy name per rule, shown in the explanation. */
  source: Record<GuardrailRule, string>;
  level: Record<GuardrailRule, Level>;
  /** A review request that asks for a positive review only. */
  positiveOnly: Level;
  /** Asking the buyer to change or remove a review they left. */
  changeRequest: Level;
  /** A review incentive not tied to a positive rating (Shopify: allowed when disclosed). */
  neutralIncentive: Level;
}

const AMAZON_SOURCE = 'Amazon Communication Guidelines';
const EBAY_CONTACT = 'eBay member-to-member contact policy';

export const MESSAGING_POLICIES: Record<Marketplace, MessagingPolicy> = {
  amazon: {
    source: {
      external_link: AMAZON_SOURCE,
      email_address: AMAZON_SOURCE,
      phone_number: AMAZON_SOURCE,
      review_incentive: AMAZON_SOURCE,
      review_request_repeated: AMAZON_SOURCE,
      off_platform_payment: AMAZON_SOURCE,
      off_platform_contact: AMAZON_SOURCE,
    },
    level: {
      external_link: 'block',
      email_address: 'block',
      phone_number: 'block',
      review_incentive: 'block',
      review_request_repeated: 'block',
      off_platform_payment: 'block',
      off_platform_contact: 'block',
    },
    positiveOnly: 'block',
    changeRequest: 'block',
    neutralIncentive: 'block',
  },
  ebay: {
    source: {
      external_link: 'eBay links policy',
      email_address: EBAY_CONTACT,
      phone_number: EBAY_CONTACT,
      review_incentive: 'eBay feedback manipulation policy',
      review_request_repeated: 'eBay feedback policy',
      off_platform_payment: 'eBay policy on offers to buy or sell outside of eBay',
      off_platform_contact: EBAY_CONTACT,
    },
    level: {
      // Informational links are allowed; links that take the sale elsewhere are not: the agent judges.
      external_link: 'warn',
      email_address: 'block',
      phone_number: 'block',
      review_incentive: 'block',
      review_request_repeated: 'off',
      off_platform_payment: 'block',
      off_platform_contact: 'block',
    },
    positiveOnly: 'off',
    // eBay has its own feedback-revision request; asking in a message is not a breach by itself.
    changeRequest: 'off',
    neutralIncentive: 'block',
  },
  shopify: {
    source: {
      external_link: 'Shopify store',
      email_address: 'Shopify store',
      phone_number: 'Shopify store',
      review_incentive: 'FTC 16 CFR Part 465 and EU Directive 2019/2161',
      review_request_repeated: 'Shopify store',
      off_platform_payment: 'Shopify checkout',
      off_platform_contact: 'Shopify store',
    },
    level: {
      external_link: 'off',
      email_address: 'off',
      phone_number: 'off',
      review_incentive: 'block',
      review_request_repeated: 'off',
      off_platform_payment: 'warn',
      off_platform_contact: 'off',
    },
    positiveOnly: 'off',
    changeRequest: 'off',
    neutralIncentive: 'warn',
  },
};

// ── Patterns ────────────────────────────────────────────────────────────────────────────────

// Patterns avoid the u flag: with it, V8 matches these alternations several times slower, and the
// check runs on every keystroke. Latin letters (ASCII, Latin-1, Latin Extended-A/B) bound words.
const LETTER = String.raw`A-Za-z\u00C0-\u024F`;
/** Whole words for alphabetic languages (\b does not know accented letters). */
const word = (alternatives: string) => String.raw`(?<![${LETTER}0-9_])(?:${alternatives})(?![${LETTER}0-9_])`;

const TLDS =
  'com|net|org|info|biz|io|co|shop|store|online|site|app|me|ly|gl|to|de|uk|fr|es|it|nl|be|at|ch|pl|se|dk|no|fi|ie|pt|eu|us|ca|au|nz|jp|cn|hk|tw|kr|ru|br|mx|in|top|xyz|link|page|cc|tv|ws|club|vip|COM|NET|ORG';

/** http(s):// and www. addresses. */
const URL_RE = /(?<![\w@])(?:https?:\/\/|www\.)[^\s<>"'()[\]{}（）「」【】]+/gi;
/** Bare domains ("example.com/x", "shop.example.co.uk"). Lower-case TLDs only, so "item.It" in prose is not one. */
const DOMAIN_RE = new RegExp(String.raw`(?<![\w@.\-])(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}[A-Za-z0-9])?\.)+(?:${TLDS})(?![A-Za-z0-9\-])(?:[/?#][^\s<>"'()[\]{}（）「」【】]*)?`, 'g');
const DOT_WORD = String.raw`(?:\s*[([{]\s*(?:dot|punkt|point|punto)\s*[)\]}]\s*|\s+(?:dot|punkt|point|punto)\s+|\s*点\s*|\s*ドット\s*)`;
const SPELLED_DOT_RE = /dot|punkt|point|punto|点|ドット/i;
/** Obfuscated addresses: "example dot com", "example(dot)de", "example 点 com". */
const OBFUSCATED_DOMAIN_RE = new RegExp(String.raw`(?<![\w@])[A-Za-z0-9][A-Za-z0-9\-]*${DOT_WORD}(?:co\.uk|com|net|org|de|fr|es|it|jp|cn|shop|store|io)(?![A-Za-z])`, 'gi');

const AT_SIGN = String.raw`(?:\s*[@＠]\s*|\s*[([{]\s*(?:at|ät)\s*[)\]}]\s*|\s*艾特\s*|\s*アット\s*)`;
const DOT_OR_WORD = String.raw`(?:\.|${DOT_WORD})`;
const WEBMAIL = 'gmail|googlemail|yahoo|hotmail|outlook|live|msn|icloud|me|aol|gmx|web|t-online|freenet|posteo|mail|proton|protonmail|yandex|libero|virgilio|orange|free|wanadoo|laposte|sfr|qq|163|126|sina|foxmail|docomo|ezweb|softbank';
const EMAIL_RE = /[\w.%+-]+[@＠][\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}/g;
/**
 * Spelled-out addresses: "name(at)gmx.de", "name@gmail dot com", "name [at] shop (dot) fr"; with a
 * plain "at" only when the dot is spelled out too or the host is a mail provider ("john at gmail.com"),
 * so "manual at docs.example.com" stays a link.
 */
const OBFUSCATED_EMAIL_RE = new RegExp(
  String.raw`(?<![\w.%+-])[\w.%+-]+(?:${AT_SIGN}[A-Za-z0-9\-]+(?:${DOT_OR_WORD}[A-Za-z0-9\-]+)*?${DOT_OR_WORD}|\s+(?:at|ät)\s+(?:(?:${WEBMAIL})\.|[A-Za-z0-9\-]+(?:${DOT_OR_WORD}[A-Za-z0-9\-]+)*?${DOT_WORD}))(?:${TLDS})(?![A-Za-z])`,
  'gi',
);

/** Amazon lets through links needed to complete the order: its own pages and carriers' tracking pages. */
const ORDER_LINK_HOST =
  /(?:^|\.)(?:amazon|amzn|ups|fedex|usps|dhl|royalmail|parcelforce|dpd|evri|hermesworld|myhermes|gls-group|gls-pakete|laposte|colissimo|chronopost|correos|seur|poste|brt|kuronekoyamato|sagawa-exp|japanpost|canadapost|canadapost-postescanada|auspost|postnl|bpost|17track|aftership|yunexpress|4px|sf-express|cainiao)\./i;
const MARKETPLACE_HOST: Record<Marketplace, RegExp | null> = {
  amazon: null, // even amazon.* links count: only order-completion links pass, and then with a warning
  ebay: /(?:^|\.)ebay\.[a-z.]+$/i,
  shopify: null,
};

// Phone numbers: candidates are digit runs with the separators people type; each is then judged.
// Latin letters and digits bound a candidate; CJK text runs straight into numbers ("手机13800138000").
const PHONE_CANDIDATE_RE = /(?<![A-Za-z0-9_@#/+＋,-])(?:[+＋]\s?)?\(?[0-9０-９][0-9０-９ \u00a0\u202f()./－‐–-]{5,24}[0-9０-９](?![A-Za-z0-9_@])/g;
const PHONE_CONTEXT_RE = new RegExp(
  String.raw`(?:${word(String.raw`phone|tel|telephone|call|mobile|cell|whats\s?app|telefon[${LETTER}]*|handy|mobil[${LETTER}]*|anruf[${LETTER}]*|rufen|téléphone|portable|appel[${LETTER}]*|tel[eé]fono|m[oó]vil|llam[${LETTER}]*|cellulare|chiam[${LETTER}]*|fax`)}|電話|携帯|ＴＥＬ|电话|手机|致电|微信)[^0-9０-９]{0,12}$`,
  'i',
);
const NOT_PHONE_CONTEXT_RE = new RegExp(
  String.raw`(?:${word(String.raw`order|tracking|track|shipment|parcel|invoice|sku|asin|item|ref|reference|sendung[${LETTER}]*|bestell[${LETTER}]*|auftrag[${LETTER}]*|rechnung[${LETTER}]*|artikel[${LETTER}]*|commande|suivi|colis|facture|pedido|seguimiento|env[ií]o|factura|ordine|spedizione|tracciamento|fattura|no|nr|n°|nº|#`)}|注文|追跡|伝票|問い合わせ番号|订单|单号|运单|快递|物流)[^0-9０-９]{0,16}$`,
  'i',
);
const FULLWIDTH_DIGIT_RE = /[０-９]/g;
const DATE_LIKE_RE = /^(?:\d{4}[-./ ]\d{1,2}[-./ ]\d{1,2}|\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4})$/;
const AMAZON_ORDER_RE = /^\d{3}-\d{7}-\d{7}$/;
const EBAY_ORDER_RE = /^\d{2}-\d{5}-\d{5}$/;
const THOUSANDS_RE = /^[1-9]\d{0,2}(?:[., \u00a0\u202f]\d{3})+$/;
const NANP_RE = /^(?:1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/;
const CN_MOBILE_RE = /^1[3-9]\d[ -]?\d{4}[ -]?\d{4}$/;

// Reviews. A review request is a review word with an asking verb or a positive qualifier in one
// sentence; with an incentive nearby it is an incentive.
const REVIEW_WORD_LATIN = String.raw`reviews?|feedback|ratings?|stars?|testimonials?|bewertung(?:en)?|rezension(?:en)?|kundenrezension(?:en)?|sterne|avis(?!\s+de\s+(?:passage|réception|livraison))|évaluations?|commentaires?|étoiles|reseñas?|opiniones|opinión|valoraci[oó]n(?:es)?|comentarios?|calificaci[oó]n(?:es)?|estrellas|recension[ei]|valutazion[ei]|stelle|opinion[ei]`;
const REVIEW_WORD_RE = new RegExp(String.raw`${word(REVIEW_WORD_LATIN)}|レビュー|評価|口コミ|クチコミ|感想|好评|差评|中评|评价|评论|留评|追评|晒图|五星|5星`, 'gi');
const ASK_RE = new RegExp(
  String.raw`${word(
    String.raw`leave|leaving|write|writing|post|posting|give|giving|share|sharing|submit|submitting|rate|update|updating|change|changing|remove|removing|delete|revise|edit|add|hinterlass[${LETTER}]*|schreib[${LETTER}]*|abgeb[${LETTER}]*|abzugeben|geben|gib|bewerten|teilen|änder[${LETTER}]*|entfern[${LETTER}]*|lösch[${LETTER}]*|aktualisier[${LETTER}]*|verfass[${LETTER}]*|laiss[${LETTER}]*|écri[${LETTER}]*|donn[${LETTER}]*|publi[${LETTER}]*|partag[${LETTER}]*|modifi[${LETTER}]*|supprim[${LETTER}]*|retir[${LETTER}]*|mettre|mettez|noter|notez|évaluer|évaluez|rédig[${LETTER}]*|d[eé]j[${LETTER}]*|escrib[${LETTER}]*|dar|dé|d[eé]nos|compart[${LETTER}]*|cambi[${LETTER}]*|elimin[${LETTER}]*|pon[${LETTER}]*|lasci[${LETTER}]*|scriv[${LETTER}]*|dare|darci|dia|pubblic[${LETTER}]*|condivid[${LETTER}]*|rimuov[${LETTER}]*`,
  )}|書いて|書き込|投稿|お願い|ください|下さい|いただけ|頂け|つけて|付けて|残して|変更|削除|お聞かせ|给|留|写|帮|晒|改|删|请|麻烦|求`,
  'i',
);
const POSITIVE_RE = new RegExp(
  String.raw`${word(
    String.raw`(?:positive|good|great|glowing|excellent|nice)\s+(?:[${LETTER}]+\s+)?(?:reviews?|feedback|ratings?)|(?:5|five)[- ]?stars?|(?:positiv|gut|sehr gut|top)[${LETTER}]*\s+(?:[${LETTER}]+\s+)?(?:bewertung|rezension|feedback)[${LETTER}]*|(?:5|fünf)[- ]?sterne?[${LETTER}]*|(?:avis|évaluation|commentaire|note)s?\s+(?:[${LETTER}]+\s+)?(?:positi|excellent|favorable)[${LETTER}]*|(?:bon|bonne|excellent|excellente)s?\s+(?:avis|évaluation|note)s?|(?:5|cinq)\s+étoiles|(?:reseña|opinión|valoración|comentario|calificación)(?:es|s)?\s+(?:[${LETTER}]+\s+)?(?:positiv|buen|excelente|favorable)[${LETTER}]*|(?:buena|excelente)s?\s+(?:reseña|opinión|valoración)[${LETTER}]*|(?:5|cinco)\s+estrellas|(?:recension|valutazion|feedback|opinion)[${LETTER}]*\s+(?:[${LETTER}]+\s+)?(?:positiv|ottim|buon|eccellent|favorevol)[${LETTER}]*|(?:buona|ottima|bella)\s+(?:recensione|valutazione)|(?:5|cinque)\s+stelle`,
  )}|星5|★5|星５|★５|五つ星|高評価|良い評価|満点|星を5つ|好评|五星|5星|满分|高分`,
  'i',
);
const INCENTIVE_RE = new RegExp(
  String.raw`${word(
    String.raw`refund[${LETTER}]*|rebate|discount[${LETTER}]*|coupons?|vouchers?|gift\s?cards?|gifts?|for free|free\s+(?:product|item|gift|sample|replacement)s?|cash\s?back|rewards?|in exchange|in return|compensat[${LETTER}]*|money back|bonus|reimburs[${LETTER}]*|paypal|gutschein[${LETTER}]*|rabatt[${LETTER}]*|erstatt[${LETTER}]*|rückerstatt[${LETTER}]*|geschenk[${LETTER}]*|gratis|kostenlos[${LETTER}]*|umsonst|geld zurück|prämie|belohnung|im gegenzug|entschädigung|gutschrift|rembours[${LETTER}]*|bons? d'achat|réduction|cadeaux?|gratuit[${LETTER}]*|code promo|en échange|en retour|dédommag[${LETTER}]*|reembols[${LETTER}]*|devolv[${LETTER}]*\s+el\s+dinero|devoluci[oó]n\s+del\s+dinero|descuento|cup[oó]n|regalos?|vales?\s+(?:de\s+)?(?:regalo|descuento|compra)|a cambio|compensaci[oó]n|rimbors[${LETTER}]*|sconto|buon[oi]\s+(?:sconto|regalo|acquisto)|omaggio|in cambio|risarcimento`,
  )}|[$€£¥]\s?\d|\d\s?(?:€|\$|£|%|％|usd|eur|gbp|dollars?|euros?|円|元)|返金|割引|クーポン|プレゼント|ギフト|無料|特典|キャッシュバック|謝礼|ポイント|お礼|返现|返款|退款|红包|优惠券|优惠|折扣|赠品|免费|奖励|补偿|礼品|现金`,
  'i',
);
/** Asking verbs that ask to change or remove a review already left. */
const CHANGE_RE = new RegExp(
  String.raw`${word(
    String.raw`update|updating|change|changing|remove|removing|delete|deleting|revise|revising|edit|withdraw|änder[${LETTER}]*|entfern[${LETTER}]*|lösch[${LETTER}]*|aktualisier[${LETTER}]*|zurückzieh[${LETTER}]*|modifi[${LETTER}]*|supprim[${LETTER}]*|retir[${LETTER}]*|cambi[${LETTER}]*|elimin[${LETTER}]*|rimuov[${LETTER}]*`,
  )}|変更|削除|取り下げ|修改|删除|删掉|改成|撤`,
  'gi',
);
/** Words that tie a reward in the next sentence to the review ("In return, …"). */
const RECIPROCITY_RE = new RegExp(
  String.raw`${word(String.raw`in return|in exchange|as a thank you|afterwards|im gegenzug|dafür|als dankeschön|en échange|en retour|en remerciement|a cambio|como agradecimiento|in cambio|come ringraziamento`)}|お礼として|その後|作为回报|作为感谢|之后`,
  'i',
);
/** Phrases that are an incentive on their own. */
const FIXED_INCENTIVE_RE = new RegExp(
  String.raw`好评返现|返现好评|五星返现|晒图返现|好评送|好评有礼|レビュー特典|レビュー(?:投稿)?で[^。！？\n]{0,8}(?:プレゼント|割引|クーポン|返金)|${word(String.raw`free\s+(?:products?|items?|samples?)\s+(?:for|in exchange for)\s+(?:an?\s+)?(?:honest\s+)?reviews?|reviews?\s+in\s+exchange\s+for`)}`,
  'gi',
);
/** "Thank you for your feedback": a review word thanked for is not a request. */
const THANKS_BEFORE_RE = new RegExp(String.raw`(?:${word(String.raw`thank[${LETTER}]*|danke|dank|merci|gracias|grazie`)}|感谢|谢谢|ありがとう)[^.!?。！？\n]{0,30}$`, 'i');
const THANKS_AFTER_RE = /^[^。！？\n]{0,15}(?:ありがとう|感谢|谢谢)/;

const SENTENCE_END_RE = /[.!?](?=\s|$)|[。！？\n]/g;

const PAYMENT_RE = new RegExp(
  String.raw`${word(
    String.raw`paypal\.me|paypal\s+me|paypal\s+(?:friends(?:\s+(?:and|&)\s+family)?|f&f|family)|friends\s+(?:and|&)\s+family|western\s+union|moneygram|venmo|zelle|cash\s?app|bank\s+transfer|wire\s+transfer|direct\s+(?:payment|transfer)|pay\s+(?:me|us)\s+directly|bitcoin|crypto(?:currency)?|usdt|banküberweisung|überweisung\s+direkt|direkt[${LETTER}]*\s+überweis[${LETTER}]*|direkte?\s+(?:zahlung|überweisung)|vorkasse|iban|par\s+virement(?:\s+bancaire)?|virement\s+bancaire|payer\s+directement|paiement\s+direct|transferencia\s+bancaria|bizum|pag(?:ar|ue)\s+directamente|pago\s+directo|bonifico(?:\s+bancario)?|postepay|satispay|pagamento\s+diretto|pag(?:are|hi)\s+direttamente`,
  )}|銀行振込|直接(?:お)?支払|直接送金|PayPay|微信支付|支付宝|银行转账|私下(?:转账|付款|交易)|直接转账|转账给我|扫码付款`,
  'gi',
);
const CONTACT_RE = new RegExp(
  String.raw`${word(
    String.raw`whats\s?app|wechat|telegram|skype|viber|kakao\s?talk|facebook|messenger|instagram|line\s+id|(?:call|text|email|e-mail|ring|phone)\s+(?:me|us)|outside\s+(?:of\s+)?(?:amazon|ebay)|off[-\s](?:amazon|ebay)|rufen\s+sie\s+(?:mich|uns)\s+an|(?:schreiben|mailen)\s+sie\s+(?:mir|uns)\s+(?:direkt|eine\s+e-?mail)|außerhalb\s+von\s+(?:amazon|ebay)|appelez[-\s](?:moi|nous)|en\s+dehors\s+d['’](?:amazon|ebay)|ll[aá]m(?:eme|enos)|fuera\s+de\s+(?:amazon|ebay)|chiam(?:ami|aci|ateci|atemi)|al\s+di\s+fuori\s+di\s+(?:amazon|ebay)|qq`,
  )}|(?<![A-Za-z])LINE\s*(?:ID|で|の)|ライン(?:ID|で)|お電話ください|直接(?:ご)?連絡|加我(?:微信|qq|vx|v信)?|加微信|加qq|微信(?!支付)|vx号|私下联系|打电话给我|电话联系`,
  'gi',
);

// ── Detection ───────────────────────────────────────────────────────────────────────────────

interface Hit {
  rule: GuardrailRule;
  start: number;
  end: number;
  code: GuardrailExplanationCode;
  /** A case the policy levels differently from the rule's usual level. */
  variant?: 'order_link' | 'neutral_incentive' | 'positive_only' | 'change_request';
  count?: number;
}

const TRAILING_PUNCTUATION_RE = /[.,;:!?'"»”’)\]}。、，！？]+$/;

function overlaps(ranges: readonly Hit[], start: number, end: number): boolean {
  return ranges.some((r) => r.start < end && start < r.end);
}

function hostOf(link: string): string {
  return link.replace(/^[a-z]+:\/\//i, '').split(/[/?#:]/)[0] ?? '';
}

function findContactDetails(text: string, marketplace: Marketplace): Hit[] {
  const hits: Hit[] = [];
  // Cheap gates first: most replies have no "@" and no spelled-out dot.
  const emailPatterns = [/[@＠]/.test(text) && EMAIL_RE, OBFUSCATED_EMAIL_RE].filter((re): re is RegExp => re !== false);
  for (const re of emailPatterns) {
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].replace(TRAILING_PUNCTUATION_RE, '').length;
      if (!overlaps(hits, m.index, end)) hits.push({ rule: 'email_address', start: m.index, end, code: 'guardrail_email_address' });
    }
  }
  const own = MARKETPLACE_HOST[marketplace];
  const linkPatterns = [URL_RE, DOMAIN_RE, SPELLED_DOT_RE.test(text) && OBFUSCATED_DOMAIN_RE].filter((re): re is RegExp => re !== false);
  for (const re of linkPatterns) {
    for (const m of text.matchAll(re)) {
      const link = m[0].replace(TRAILING_PUNCTUATION_RE, '');
      const end = m.index + link.length;
      if (overlaps(hits, m.index, end)) continue;
      // A bare "domain" needs a letter in its first label: "1.de" is a number, not a site.
      if (re === DOMAIN_RE && !/[A-Za-z]/.test(link.split('.')[0] ?? '')) continue;
      const host = hostOf(link);
      if (own?.test(host)) continue;
      const forOrder = marketplace === 'amazon' && re !== OBFUSCATED_DOMAIN_RE && ORDER_LINK_HOST.test(host);
      hits.push(
        forOrder
          ? { rule: 'external_link', start: m.index, end, code: 'guardrail_external_link_order', variant: 'order_link' }
          : { rule: 'external_link', start: m.index, end, code: 'guardrail_external_link' },
      );
    }
  }
  return hits;
}

function isPhoneNumber(candidate: string, before: string): boolean {
  const raw = candidate.replace(FULLWIDTH_DIGIT_RE, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/＋/g, '+').replace(/[－‐–]/g, '-');
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return false;
  const plain = raw.replace(/^\+\s?/, '').trim();
  if (AMAZON_ORDER_RE.test(plain) || EBAY_ORDER_RE.test(plain) || DATE_LIKE_RE.test(plain)) return false;
  if (raw.startsWith('+')) return digits.length >= 8;
  if (PHONE_CONTEXT_RE.test(before)) return true;
  if (NOT_PHONE_CONTEXT_RE.test(before)) return false;
  if (THOUSANDS_RE.test(plain)) return false;
  if (/^00[1-9]/.test(digits) && digits.length >= 10) return true;
  if (NANP_RE.test(plain) || CN_MOBILE_RE.test(plain)) return true;
  const groups = plain.split(/[^\d]+/).filter(Boolean);
  // A national number with its trunk 0 written in groups: "030 1234567", "06 12 34 56 78", "03-1234-5678".
  if (digits.startsWith('0') && groups.length >= 2 && digits.length >= 9 && digits.length <= 12) return true;
  // Grouped numbers without a trunk 0 ("612 34 56 78", "347 123 4567"). Not: 4-4-4 (a tracking
  // number), a short first group or four equal groups (a list of sizes: "36 38 40 42", "100 110 120 130").
  const lengths = groups.map((g) => g.length);
  return (
    groups.length >= 3 &&
    digits.length >= 9 &&
    digits.length <= 12 &&
    lengths[0]! >= 3 &&
    !(groups.length >= 4 && lengths.every((l) => l === lengths[0])) &&
    !/^\d{4}-\d{4}-\d{4}$/.test(plain)
  );
}

function findPhoneNumbers(text: string, taken: readonly Hit[], knownValues: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  // Compared by digits: "0301 234 5678" on the page and "03012345678" in the reply are the same number.
  const knownDigits = knownValues.map((v) => v.replace(/\D/g, '')).filter((d) => d.length >= 7);
  for (const m of text.matchAll(PHONE_CANDIDATE_RE)) {
    const candidate = m[0].replace(/[\s(\-–.]+$/, '');
    const start = m.index;
    const end = start + candidate.length;
    // A decimal part right after ("1.234.567,00") is an amount.
    if (/^[.,]\d/.test(text.slice(end, end + 2))) continue;
    const digits = candidate.replace(/\D/g, '');
    if (overlaps(taken, start, end) || knownDigits.some((known) => known.includes(digits))) continue;
    if (isPhoneNumber(candidate, text.slice(Math.max(0, start - 40), start))) hits.push({ rule: 'phone_number', start, end, code: 'guardrail_phone_number' });
  }
  return hits;
}

function findAll(text: string, re: RegExp, rule: GuardrailRule, code: GuardrailExplanationCode, taken: Hit[] = []): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    if (!overlaps(taken, m.index, end) && !overlaps(hits, m.index, end)) hits.push({ rule, start: m.index, end, code });
  }
  return hits;
}

type Range = { start: number; end: number };

interface ReviewScan {
  /** One range per sentence that asks for a review. */
  requests: Range[];
  hits: Hit[];
}

function sentencesOf(text: string): Range[] {
  const sentences: Range[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END_RE)) {
    const end = m.index + m[0].length;
    if (end > start) sentences.push({ start, end });
    start = end;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

const ASK_ALL_RE = new RegExp(ASK_RE.source, 'gi');
const POSITIVE_ALL_RE = new RegExp(POSITIVE_RE.source, 'gi');
const INCENTIVE_ALL_RE = new RegExp(INCENTIVE_RE.source, 'gi');

function rangesOf(re: RegExp, text: string): Range[] {
  return Array.from(text.matchAll(re), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

function inside(list: readonly Range[], within: Range): Range[] {
  return list.filter((r) => r.start >= within.start && r.end <= within.end);
}

function spanOf(parts: ReadonlyArray<Range | undefined>): Range {
  const present = parts.filter((p): p is Range => p !== undefined);
  return { start: Math.min(...present.map((p) => p.start)), end: Math.max(...present.map((p) => p.end)) };
}

/**
 * Each pattern runs once over the whole text (not once per sentence: replies run on every
 * keystroke); the sentences then collect their own matches.
 */
function scanReviews(text: string): ReviewScan {
  const scan: ReviewScan = { requests: [], hits: [] };
  for (const m of text.matchAll(FIXED_INCENTIVE_RE)) {
    scan.hits.push({ rule: 'review_incentive', start: m.index, end: m.index + m[0].length, code: 'guardrail_review_incentive' });
  }
  const nouns = rangesOf(REVIEW_WORD_RE, text);
  if (nouns.length === 0) return scan;
  const asks = rangesOf(ASK_ALL_RE, text);
  const positives = rangesOf(POSITIVE_ALL_RE, text);
  if (asks.length === 0 && positives.length === 0) return scan;
  const incentives = rangesOf(INCENTIVE_ALL_RE, text);
  let changeRanges: Range[] | undefined;
  const changes = () => (changeRanges ??= rangesOf(CHANGE_RE, text));
  const sentences = sentencesOf(text);
  sentences.forEach((sentence, i) => {
    // "Thank you for your feedback": a review word thanked for is no request.
    const noun = inside(nouns, sentence).find(
      (n) =>
        !THANKS_BEFORE_RE.test(text.slice(Math.max(sentence.start, n.start - 40), n.start)) &&
        !THANKS_AFTER_RE.test(text.slice(n.end, Math.min(sentence.end, n.end + 20))),
    );
    if (!noun) return;
    const ask = inside(asks, sentence)[0];
    const positive = inside(positives, sentence)[0];
    if (!ask && !positive) return;
    let reward = inside(incentives, sentence);
    const next = sentences[i + 1];
    if (reward.length === 0 && next && RECIPROCITY_RE.test(text.slice(next.start, next.end))) reward = inside(incentives, next);
    const request = spanOf([noun, ask, positive]);
    scan.requests.push(request);
    if (reward.length > 0) {
      // From the request to the last reward word ("…割引クーポンをプレゼント").
      const where = spanOf([request, reward[0], reward[reward.length - 1]]);
      // Tied to a positive rating it is an incentive everywhere; otherwise Shopify allows it disclosed.
      if (!overlaps(scan.hits, where.start, where.end)) {
        scan.hits.push({ rule: 'review_incentive', ...where, code: 'guardrail_review_incentive', ...(!positive && { variant: 'neutral_incentive' as const }) });
      }
    } else if (ask && inside(changes(), sentence).length > 0) {
      scan.hits.push({ rule: 'review_incentive', ...request, code: 'guardrail_review_change_request', variant: 'change_request' });
    } else if (positive) {
      scan.hits.push({ rule: 'review_incentive', ...request, code: 'guardrail_review_positive_only', variant: 'positive_only' });
    }
  });
  return scan;
}

/** How many sentences of `text` ask for a review or feedback: store it per order for the next check. */
export function countReviewRequests(text: string): number {
  return scanReviews(text).requests.length;
}

// ── The check ───────────────────────────────────────────────────────────────────────────────

export function checkReply(text: string, opts: CheckReplyOptions): GuardrailFinding[] {
  const { marketplace } = opts;
  const policy = MESSAGING_POLICIES[marketplace];
  const knownValues = (opts.knownValues ?? []).map((v) => v.trim()).filter((v) => v.length >= 4);

  const contact = findContactDetails(text, marketplace);
  const phones = findPhoneNumbers(text, contact, knownValues);
  const payment = findAll(text, PAYMENT_RE, 'off_platform_payment', 'guardrail_off_platform_payment');
  const offPlatform = findAll(text, CONTACT_RE, 'off_platform_contact', 'guardrail_off_platform_contact', payment);
  const reviews = scanReviews(text);

  const previous = Math.max(0, opts.previousReviewRequests ?? 0);
  const repeated: Hit[] = reviews.requests
    .map((r, i) => ({ ...r, count: previous + i + 1 }))
    .filter((r) => r.count > 1)
    .map((r) => ({ rule: 'review_request_repeated', start: r.start, end: r.end, code: 'guardrail_review_request_repeated', count: r.count }));

  const findings: GuardrailFinding[] = [];
  for (const hit of [...contact, ...phones, ...payment, ...offPlatform, ...reviews.hits, ...repeated]) {
    const level = levelOf(hit, policy);
    if (level === 'off') continue;
    const code: GuardrailExplanationCode =
      hit.variant === 'neutral_incentive' && level === 'warn' ? 'guardrail_review_incentive_disclosed' : hit.code;
    const match = text.slice(hit.start, hit.end);
    const source = policy.source[hit.rule];
    findings.push({
      rule: hit.rule,
      severity: level,
      start: hit.start,
      end: hit.end,
      match,
      marketplace,
      explanation: {
        code,
        params: code === 'guardrail_review_request_repeated' ? { count: hit.count ?? 0, policy: source } : { match, policy: source },
      },
    });
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

function levelOf(hit: Hit, policy: MessagingPolicy): Level {
  const base = policy.level[hit.rule];
  if (base === 'off') return 'off';
  switch (hit.variant) {
    case 'positive_only':
      return policy.positiveOnly;
    case 'change_request':
      return policy.changeRequest;
    case 'neutral_incentive':
      return policy.neutralIncentive;
    case 'order_link':
      // A link needed to complete the order (tracking, the order page) is at most a warning.
      return 'warn';
    default:
      return base;
  }
}
