/**
 * The words of Buyer-Seller Messages: who wrote a message ("Buyer", "You", "Käufer", "Sie"), whether
 * a thread waits for the seller ("Response needed", "Antwort erforderlich"), the "Send message to
 * <Name>" header of the contact page, the order facts a thread shows beside it ("Tracking ID:"),
 * and the time zones the page prints after a time.
 *
 * Honesty about sources, as in labels.ts: `evidence` entries were seen in public scripts that work
 * against the live pages (/work/shared/reference/marketplace-dom/selectors-seen-in-public-code.md,
 * "Messaging 'contact buyer' page"; the 2017–2019 inbox scripts' filter `fi=RESPONSE_NEEDED`).
 * Everything else is best knowledge — how Amazon usually words it — NOT verified on a page: no public
 * code shows the inbox or thread markup. A wrong guess costs a missed match, never a wrong value:
 * every word must be the whole text of its node (or of its `label` attribute).
 */

export type SenderRole = 'buyer' | 'seller' | 'system';

interface Words {
  evidence: readonly string[];
  bestKnowledge: readonly string[];
}

/** The role word printed beside a message's sender, or its whole sender line. */
export const SENDER_ROLE_WORDS: Record<SenderRole, Words> = {
  buyer: {
    evidence: [],
    bestKnowledge: ['Buyer', 'Customer', 'Käufer', 'Kunde', 'Kundin', 'Acheteur', 'Client', 'Acquirente', 'Cliente', 'Comprador', '購入者', 'お客様', '买家', '顾客'],
  },
  seller: {
    evidence: [],
    bestKnowledge: ['You', 'Seller', 'Me', 'Sie', 'Verkäufer', 'Ich', 'Vous', 'Vendeur', 'Moi', 'Tu', 'Tú', 'Venditore', 'Vendedor', 'Usted', 'Yo', 'あなた', '出品者', '您', '你', '卖家', '我'],
  },
  system: {
    evidence: [],
    bestKnowledge: ['Amazon', 'Amazon.com', 'Notification from Amazon', 'Benachrichtigung von Amazon', 'Notification d’Amazon', "Notification d'Amazon", 'Notifica da Amazon', 'Notificación de Amazon', 'Amazonからのお知らせ', '亚马逊通知'],
  },
};

/** Parts of a message's ARIA label / class list that say which side wrote it (hints, weakest first). */
export const ARIA_ROLE_WORDS: Record<Exclude<SenderRole, 'system'>, readonly string[]> = {
  buyer: ['buyer', 'customer', 'käufer', 'kunde', 'acheteur', 'acquirente', 'comprador', '購入者', '买家'],
  seller: ['you', 'seller', 'verkäufer', 'ihnen', 'vous', 'vendeur', 'venditore', 'vendedor', 'あなた', '出品者', '卖家', '您'],
};
/** Class-name tokens some chat UIs use for the two sides; only consulted when nothing else tells. */
export const CLASS_ROLE_TOKENS: Record<Exclude<SenderRole, 'system'>, readonly string[]> = {
  buyer: ['inbound', 'incoming', 'received', 'buyer', 'customer', 'left', 'them', 'other'],
  seller: ['outbound', 'outgoing', 'sent', 'seller', 'self', 'own', 'mine', 'me', 'right'],
};

/** A thread that waits for the seller: an inbox marker ("Response needed"). */
export const AWAITING_MARKERS: Words = {
  // `fi=RESPONSE_NEEDED` is the inbox filter public scripts open; its visible marker is our wording.
  evidence: [],
  bestKnowledge: [
    'Response needed', 'Reply needed', 'Needs response', 'Awaiting response', 'Response required',
    'Antwort erforderlich', 'Antwort benötigt', 'Antwort ausstehend',
    'Réponse requise', 'Réponse nécessaire', 'Réponse attendue',
    'Risposta necessaria', 'Risposta richiesta',
    'Respuesta necesaria', 'Respuesta requerida',
    '返信が必要', '要返信', '需要回复', '待回复',
  ],
};

/** A thread the seller has answered or that needs no answer. Checked before AWAITING_MARKERS. */
export const ANSWERED_MARKERS: Words = {
  // "Resolved on <date>" / "Last response on <date>": `.case-status-label` in a 2019 inbox-v3 script.
  evidence: ['Resolved', 'Last response'],
  bestKnowledge: [
    'No response needed', 'No reply needed', 'Responded', 'Replied', 'Answered',
    'Keine Antwort erforderlich', 'Beantwortet', 'Geantwortet',
    'Aucune réponse nécessaire', 'Répondu',
    'Nessuna risposta necessaria', 'Risposto',
    'No se necesita respuesta', 'Respondido',
    '返信不要', '返信済み', '无需回复', '已回复',
  ],
};

/**
 * Headers that name the buyer. Group 1 (or the `name` group) is the name.
 * "Send message to <Name>": `.ayb-contact-buyer-header h2` on the contact-buyer page (evidence).
 */
export const BUYER_HEADER_PATTERNS: readonly RegExp[] = [
  /^Send (?:a )?message to (?<name>.+)$/i,
  /^(?:Conversation|Messages) with (?<name>.+)$/i,
  /^Nachricht (?:senden )?an (?<name>.+?)(?: senden)?$/i,
  /^(?:Unterhaltung|Nachrichten) mit (?<name>.+)$/i,
  /^Envoyer un message à (?<name>.+)$/i,
  /^Conversation avec (?<name>.+)$/i,
  /^Invia (?:un )?messaggio a (?<name>.+)$/i,
  /^Conversazione con (?<name>.+)$/i,
  /^Enviar (?:un )?mensaje a (?<name>.+)$/i,
  /^Conversación con (?<name>.+)$/i,
  /^(?<name>.+?)(?:さん|様)?にメッセージを送信$/,
  /^(?<name>.+?)(?:さん|様)?とのメッセージ$/,
  /^(?:发送消息给|给)(?<name>.+?)(?:发送消息)?$/,
];

/** Order facts a thread shows beside the conversation, beyond labels.ts's order-page labels. */
export type ThreadLabelKey = 'trackingNumber' | 'carrier' | 'shippedOn' | 'expectedDelivery' | 'productTitle' | 'orderTotal';

export const THREAD_LABELS: Record<ThreadLabelKey, Words> = {
  trackingNumber: {
    evidence: [],
    bestKnowledge: ['Tracking ID', 'Tracking number', 'Tracking', 'Sendungsnummer', 'Sendungsverfolgungsnummer', 'Tracking-ID', 'Numéro de suivi', 'N° de suivi', 'Numero di tracciabilità', 'Numero di tracking', 'Número de seguimiento', '追跡番号', '追踪编号', '运单号'],
  },
  carrier: {
    evidence: [],
    bestKnowledge: ['Carrier', 'Shipping carrier', 'Shipping service', 'Versanddienst', 'Versanddienstleister', 'Transporteur', 'Corriere', 'Transportista', '配送業者', '承运人'],
  },
  shippedOn: {
    evidence: [],
    bestKnowledge: ['Ship date', 'Shipped on', 'Shipped', 'Versanddatum', 'Versandt am', 'Date d’expédition', "Date d'expédition", 'Expédié le', 'Data di spedizione', 'Spedito il', 'Fecha de envío', 'Enviado el', '出荷日', '发货日期'],
  },
  expectedDelivery: {
    evidence: [],
    bestKnowledge: ['Estimated delivery', 'Expected delivery', 'Estimated delivery date', 'Delivery estimate', 'Voraussichtliche Zustellung', 'Voraussichtliches Lieferdatum', 'Voraussichtliche Lieferung', 'Livraison estimée', 'Livraison prévue', 'Consegna prevista', 'Entrega estimada', 'Entrega prevista', 'お届け予定日', '预计送达', '预计送达日期'],
  },
  productTitle: {
    evidence: [],
    bestKnowledge: ['Product', 'Product name', 'Item', 'Artikel', 'Produkt', 'Artikelbezeichnung', 'Produit', 'Articolo', 'Prodotto', 'Producto', 'Artículo', '商品', '商品名', '商品名称'],
  },
  orderTotal: {
    evidence: [],
    bestKnowledge: ['Order total', 'Total', 'Gesamtbetrag', 'Bestellsumme', 'Summe', 'Total de la commande', 'Totale ordine', 'Totale', 'Total del pedido', '注文合計', '订单总额'],
  },
};

/** Sections of a message that are not its text: attachment lists, translation notices. */
export const NON_BODY_SECTION_WORDS: readonly string[] = ['Attachments', 'Attachment', 'Anhänge', 'Anhang', 'Pièces jointes', 'Allegati', 'Archivos adjuntos', '添付ファイル', '附件'];

/** Today / yesterday as an inbox prints a recent time ("Today 9:41 AM", "Gestern, 15:12"). */
export const TODAY_WORDS: readonly string[] = ['today', 'heute', "aujourd'hui", 'aujourd’hui', 'oggi', 'hoy', '今日', '今天'];
export const YESTERDAY_WORDS: readonly string[] = ['yesterday', 'gestern', 'hier', 'ieri', 'ayer', '昨日', '昨天'];

/**
 * Time-zone abbreviations Seller Central prints after a time (en, de, fr UIs) → minutes east of
 * UTC. Ambiguous ones (IST, CST-China, BST-Bangladesh) take the reading a seller back-office means.
 */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0, WEST: 60, BST: 60, IST: 330,
  CET: 60, CEST: 120, MEZ: 60, MESZ: 120, HNEC: 60, HAEC: 120, EET: 120, EEST: 180, OEZ: 120, OESZ: 180, TRT: 180,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  HNE: -300, HAE: -240, HNP: -480, HAP: -420,
  AKST: -540, AKDT: -480, HST: -600, BRT: -180,
  JST: 540, KST: 540, SGT: 480, AWST: 480, ACST: 570, ACDT: 630, AEST: 600, AEDT: 660, GST: 240,
};

/**
 * The zone a marketplace's pages print times in when they name none (assumption: Seller Central
 * shows a marketplace's times in its home zone — US pages print PST/PDT).
 */
export const MARKETPLACE_TIME_ZONES: Readonly<Record<string, string>> = {
  US: 'America/Los_Angeles', CA: 'America/Los_Angeles', MX: 'America/Mexico_City', BR: 'America/Sao_Paulo',
  GB: 'Europe/London', IE: 'Europe/Dublin', DE: 'Europe/Berlin', FR: 'Europe/Paris', IT: 'Europe/Rome',
  ES: 'Europe/Madrid', NL: 'Europe/Amsterdam', SE: 'Europe/Stockholm', PL: 'Europe/Warsaw', BE: 'Europe/Brussels',
  TR: 'Europe/Istanbul', AE: 'Asia/Dubai', SA: 'Asia/Riyadh', EG: 'Africa/Cairo', IN: 'Asia/Kolkata',
  JP: 'Asia/Tokyo', AU: 'Australia/Sydney', SG: 'Asia/Singapore', ZA: 'Africa/Johannesburg',
};

/** The language a marketplace's buyers mostly write in: the classifier's hint for short texts. */
export const MARKETPLACE_LANGUAGES: Readonly<Record<string, string>> = {
  US: 'en', CA: 'en', GB: 'en', IE: 'en', AU: 'en', IN: 'en', SG: 'en', ZA: 'en',
  DE: 'de', AT: 'de', FR: 'fr', BE: 'fr', IT: 'it', ES: 'es', MX: 'es', BR: 'pt',
  NL: 'nl', SE: 'sv', PL: 'pl', TR: 'tr', AE: 'ar', SA: 'ar', EG: 'ar', JP: 'ja',
};

/**
 * Marketplace IDs in `marketplaceID=` (contact page) → country. Source: Amazon SP-API docs,
 * "Marketplace IDs" (developer-docs.amazon.com/sp-api/docs/marketplace-ids); "UK" written GB here.
 */
export const MARKETPLACE_ID_COUNTRY: Readonly<Record<string, string>> = {
  A2EUQ1WTGCTBG2: 'CA', ATVPDKIKX0DER: 'US', A1AM78C64UM0Y8: 'MX', A2Q3Y263D00KWC: 'BR',
  A28R8C7NBKEWEA: 'IE', A1RKKUPIHCS9HS: 'ES', A1F83G8C2ARO7P: 'GB', A13V1IB3VIYZZH: 'FR',
  AMEN7PMS3EDWL: 'BE', A1805IZSGTT6HS: 'NL', A1PA6795UKMFR9: 'DE', APJ6JRA9NG5V4: 'IT',
  A2NODRKZP88ZB9: 'SE', AE08WJ6YKNBMC: 'ZA', A1C3SOZRARQ6R3: 'PL', ARBP9OOSHTCHU: 'EG',
  A33AVAJ2PDY3EV: 'TR', A17E79C6D8DWNP: 'SA', A2VIGQ35RCS4UG: 'AE', A21TJRUUN4KGV: 'IN',
  A19VAU5U5O7RUS: 'SG', A39IBJ37TRP1C6: 'AU', A1VC38T7YXB528: 'JP',
};

// ── Matching ─────────────────────────────────────────────────────────────────────────────────

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const all = (words: Words) => [...words.evidence, ...words.bestKnowledge];
const lookup = <K extends string>(table: Record<K, Words>): Map<string, K> => {
  const map = new Map<string, K>();
  for (const key of Object.keys(table) as K[]) for (const word of all(table[key])) map.set(fold(word), key);
  return map;
};

/** Lower case, straight apostrophes, no surrounding brackets, colons or dashes. */
export function fold(text: string): string {
  return text
    .replace(/[’`]/g, "'")
    .replace(/^[\s([{（【「·•|–—-]+|[\s)\]}）】」·•|:：–—-]+$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

const ROLE_BY_WORD = lookup(SENDER_ROLE_WORDS);
const AWAITING = new Set(all(AWAITING_MARKERS).map(fold));
const ANSWERED = all(ANSWERED_MARKERS).map(fold);
const NON_BODY = new Set(NON_BODY_SECTION_WORDS.map(fold));

/** "Buyer", "(Käufer)", "You:" → its role; anything else → null. */
export function matchSenderRole(text: string): SenderRole | null {
  return text.length > 40 ? null : (ROLE_BY_WORD.get(fold(text)) ?? null);
}

/** The inbox marker a whole text is: answered wins ("No response needed" is not "Response needed"). */
export function matchThreadMarker(text: string): 'awaiting' | 'answered' | null {
  if (text.length > 60) return null;
  const folded = fold(text);
  // "Resolved on Nov 20, 2026", "Last response on …": the marker starts the text.
  if (ANSWERED.some((word) => folded === word || folded.startsWith(`${word} `))) return 'answered';
  return AWAITING.has(folded) ? 'awaiting' : null;
}

export function isNonBodySection(text: string): boolean {
  return NON_BODY.has(fold(text));
}

/** "Send message to Jane Doe" → "Jane Doe". */
export function matchBuyerHeader(text: string): string | null {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length > 300) return null;
  for (const pattern of BUYER_HEADER_PATTERNS) {
    const name = pattern.exec(s)?.groups?.['name']?.trim();
    if (name) return name;
  }
  return null;
}

const THREAD_LABEL_BY_TEXT = lookup(THREAD_LABELS);
const THREAD_LABEL = new RegExp(
  `^\\s*(${[...THREAD_LABEL_BY_TEXT.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\s*(?:([:：])\\s*([\\s\\S]*))?$`,
  'i',
);

export interface ThreadLabelMatch {
  key: ThreadLabelKey;
  value: string;
  hasColon: boolean;
}

/** "Tracking ID: 1Z…" → { key: 'trackingNumber', value: '1Z…' }; "Carrier" → value in the next node. */
export function matchThreadLabel(text: string): ThreadLabelMatch | null {
  if (text.length > 40 && !/^[^:：]{1,40}[:：]/.test(text)) return null;
  const m = THREAD_LABEL.exec(text.replace(/[’`]/g, "'"));
  if (!m?.[1]) return null;
  const key = THREAD_LABEL_BY_TEXT.get(fold(m[1]));
  return key ? { key, value: (m[3] ?? '').trim(), hasColon: m[2] !== undefined } : null;
}

const wordsRegex = (words: readonly string[]) => new RegExp(`(?:^|[^\\p{L}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
const ARIA_BUYER = wordsRegex(ARIA_ROLE_WORDS.buyer);
const ARIA_SELLER = wordsRegex(ARIA_ROLE_WORDS.seller);

/** "Message from Jane Doe (buyer)" → 'buyer'; "Nachricht von Ihnen" → 'seller'; both or neither → null. */
export function roleFromAriaLabel(label: string): 'buyer' | 'seller' | null {
  const buyer = ARIA_BUYER.test(label);
  const seller = ARIA_SELLER.test(label);
  return buyer === seller ? null : buyer ? 'buyer' : 'seller';
}

/** "bsm-message bsm-message--inbound" → 'buyer' (a hint: class names are not stable). */
export function roleFromClassName(className: string): 'buyer' | 'seller' | null {
  const tokens = new Set(className.toLowerCase().split(/[^a-z]+/));
  const buyer = CLASS_ROLE_TOKENS.buyer.some((t) => tokens.has(t));
  const seller = CLASS_ROLE_TOKENS.seller.some((t) => tokens.has(t));
  return buyer === seller ? null : buyer ? 'buyer' : 'seller';
}
