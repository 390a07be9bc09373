/**
 * The visible labels of Seller Central ("SKU:", "Menge:", "数量：" …) in the languages its UI offers.
 * Labels survive restyles that rename every class, so they are the primary way to find a value.
 *
 * Honesty about sources: `evidence` entries were seen in public scripts that work against the live
 * pages (see /work/shared/reference/marketplace-dom/selectors-seen-in-public-code.md) or in Amazon's
 * own report/UI column names (reference/amazon/report-columns.md). `bestKnowledge` entries are our
 * translation of the English label as Amazon usually words it — plausible, NOT verified on a page.
 * A wrong guess costs nothing but a missed match; add the real wording here when a page shows it.
 */

export type LabelKey =
  | 'sku'
  | 'asin'
  | 'quantity'
  | 'itemSubtotal'
  | 'salesChannel'
  | 'buyerName'
  | 'orderDate'
  | 'returnReason'
  | 'buyerComment'
  | 'orderId'
  | 'shipTo'
  | 'orderItemId'
  | 'returnRequestDate'
  | 'orderAmount'
  | 'refundAmount'
  | 'shipBy'
  | 'deliverBy'
  /** Recognised only so their values are not mistaken for something else (ship-by dates…). */
  | 'other';

interface LabelTexts {
  evidence: readonly string[];
  bestKnowledge: readonly string[];
}

export const LABEL_TEXTS: Record<LabelKey, LabelTexts> = {
  sku: {
    // orders-v3 list "SKU:" (many scripts); FBA returns UI header "Merchant SKU".
    evidence: ['SKU', 'Merchant SKU'],
    bestKnowledge: ['Seller SKU', 'Händler-SKU', 'Verkäufer-SKU', 'SKU vendeur', 'SKU venditore', 'SKU del vendedor', '出品者SKU', '卖家 SKU', '卖家SKU'],
  },
  asin: { evidence: ['ASIN'], bestKnowledge: [] },
  quantity: {
    evidence: ['Quantity'],
    bestKnowledge: ['Qty', 'Return quantity', 'Menge', 'Anzahl', 'Rücksendemenge', 'Quantité', 'Quantité retournée', 'Quantità', 'Quantità reso', 'Cantidad', 'Cantidad devuelta', '数量', '返品数量', '退货数量'],
  },
  itemSubtotal: {
    evidence: ['Item subtotal'],
    bestKnowledge: ['Zwischensumme', 'Artikel-Zwischensumme', 'Sous-total', "Sous-total de l'article", 'Subtotale', 'Subtotale articolo', 'Subtotal', 'Subtotal del artículo', '商品の小計', '小計', '商品小计', '小计'],
  },
  salesChannel: {
    evidence: ['Sales channel'],
    bestKnowledge: ['Verkaufskanal', 'Canal de vente', 'Canale di vendita', 'Canal de venta', 'Canal de ventas', '販売チャネル', '销售渠道'],
  },
  buyerName: {
    evidence: ['Buyer name'],
    bestKnowledge: ['Name des Käufers', 'Käufername', "Nom de l'acheteur", 'Nome acquirente', "Nome dell'acquirente", 'Nombre del comprador', '購入者名', '买家姓名', '买家名称'],
  },
  orderDate: {
    evidence: ['Order date'], // report column "Order date"
    bestKnowledge: ['Purchase date', 'Bestelldatum', 'Kaufdatum', 'Date de commande', "Date d'achat", 'Data ordine', "Data dell'ordine", 'Fecha del pedido', 'Fecha de pedido', '注文日', '購入日', '订单日期', '下单日期', '购买日期'],
  },
  returnReason: {
    evidence: ['Return reason'], // report column "Return Reason"
    bestKnowledge: ['Customer return reason', 'Rücksendegrund', 'Motif du retour', 'Raison du retour', 'Motivo del reso', 'Motivo de la devolución', '返品理由', '退货原因'],
  },
  buyerComment: {
    // 买家意见: the wording a Chinese returns userscript uses for the `.customer-comment` text (weak).
    evidence: ['Customer comments', '买家意见'],
    bestKnowledge: ['Buyer comment', 'Buyer comments', 'Customer comment', 'Kommentar des Käufers', 'Käuferkommentar', "Commentaire de l'acheteur", "Commento dell'acquirente", 'Comentario del comprador', '購入者のコメント', '买家评论', '买家留言'],
  },
  orderId: {
    evidence: ['Order ID'], // report column and returns UI header
    bestKnowledge: ['Order number', 'Order #', 'Bestellnummer', 'Numéro de commande', 'N° de commande', 'Numero ordine', "Numero dell'ordine", 'Número de pedido', 'N.º de pedido', '注文番号', '订单编号', '订单号'],
  },
  shipTo: {
    bestKnowledge: ['Ship to', 'Shipping address', 'Versand an', 'Lieferadresse', 'Versandadresse', 'Expédier à', 'Adresse de livraison', 'Spedire a', 'Indirizzo di spedizione', 'Enviar a', 'Dirección de envío', 'お届け先', '配送先', '配送地址', '收货地址'],
    evidence: [],
  },
  orderItemId: {
    evidence: ['Order Item ID', '注文商品ID'], // order-detail pages (en, ja ~2021)
    bestKnowledge: ['Bestellpositions-ID', "ID de l'article commandé", 'ID articolo ordine', 'ID del artículo del pedido', '订单商品编号'],
  },
  returnRequestDate: {
    evidence: ['Return request date'], // report column
    bestKnowledge: ['Return requested on', 'Requested on', 'Rücksendung angefordert am', 'Datum der Rücksendeanforderung', 'Date de demande de retour', 'Data richiesta di reso', 'Fecha de solicitud de devolución', '返品リクエスト日', '返品依頼日', '退货请求日期', '退货申请日期'],
  },
  orderAmount: {
    evidence: ['Order amount'], // report column "Order Amount"
    bestKnowledge: ['Order total', 'Bestellbetrag', 'Bestellsumme', 'Montant de la commande', "Importo dell'ordine", 'Importe del pedido', '注文金額', '注文合計', '订单金额', '订单总额'],
  },
  refundAmount: {
    evidence: ['Refunded amount'], // report column "Refunded Amount"
    bestKnowledge: ['Refund amount', 'Erstattungsbetrag', 'Erstatteter Betrag', 'Montant remboursé', 'Importo rimborsato', 'Importe reembolsado', '返金額', '退款金额'],
  },
  shipBy: {
    evidence: ['Ship by date'], // orders-v3 list
    bestKnowledge: ['Ship by', 'Versand bis', 'Versanddatum spätestens', 'Expédier avant le', "Date d'expédition prévue", 'Spedire entro il', 'Enviar antes de', 'Fecha de envío', '出荷予定日', '发货截止日期', '最晚发货日期'],
  },
  deliverBy: {
    evidence: ['Deliver by date'], // orders-v3 list
    bestKnowledge: ['Deliver by', 'Zustellung bis', 'Lieferung bis', 'Livraison avant le', 'Consegna entro il', 'Entrega antes de', '配達予定日', '最晚送达日期', '预计送达日期'],
  },
  other: {
    // "Fulfilment method:" (orders-v3 list, evidence).
    evidence: ['Fulfilment method', 'Fulfillment method'],
    bestKnowledge: ['Order quantity', 'Amazon RMA ID', 'RMA ID', 'Tracking ID', 'Versand durch', 'Versanddatum', 'Lieferdatum', 'Bestellmenge', 'フルフィルメント', '配送方式', '发货日期', '送达日期', '订单数量', '発送方法'],
  },
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const textsOf = (key: LabelKey) => [...LABEL_TEXTS[key].evidence, ...LABEL_TEXTS[key].bestKnowledge];
// Longest first: the alternation is anchored, but this keeps "Seller SKU" from being tried after "SKU".
const alternation = (texts: readonly string[]) =>
  [...texts].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

/** One regex per label: "SKU: X" / "SKU：X" → group 1 is the value (may be empty). */
export const LABEL_PATTERNS = Object.fromEntries(
  (Object.keys(LABEL_TEXTS) as LabelKey[]).map((key) => [
    key,
    new RegExp(`^\\s*(?:${alternation(textsOf(key))})\\s*[:：]\\s*([\\s\\S]*)$`, 'i'),
  ]),
) as Record<LabelKey, RegExp>;

const KEY_BY_TEXT = new Map<string, LabelKey>();
for (const key of Object.keys(LABEL_TEXTS) as LabelKey[]) {
  for (const text of textsOf(key)) KEY_BY_TEXT.set(text.toLowerCase(), key);
}

/**
 * Every label in one regex, so a text node costs one test rather than one per label. The colon is
 * optional here because some markup puts it in the next node ("<b>SKU</b>: X"); the caller then
 * insists on finding it there.
 */
const ANY_LABEL = new RegExp(
  `^\\s*(${alternation([...KEY_BY_TEXT.keys()])})\\s*(?:([:：])\\s*([\\s\\S]*))?$`,
  'i',
);

export interface LabelMatch {
  key: LabelKey;
  /** Text after the colon in the same text node; empty when the value sits in the next node. */
  value: string;
  hasColon: boolean;
}

/** Labels sit at the start of their text and are short, so longer texts without an early colon are skipped cheaply. */
const MAX_LABEL_LENGTH = 40;

export function matchLabel(text: string): LabelMatch | null {
  if (text.length > MAX_LABEL_LENGTH) {
    const colon = text.indexOf(':');
    const wide = colon >= 0 && colon <= MAX_LABEL_LENGTH ? colon : text.indexOf('：');
    if (wide < 0 || wide > MAX_LABEL_LENGTH) return null;
  }
  const m = ANY_LABEL.exec(text);
  if (!m?.[1]) return null;
  const key = KEY_BY_TEXT.get(m[1].toLowerCase());
  return key ? { key, value: (m[3] ?? '').trim(), hasColon: m[2] !== undefined } : null;
}

/** Column headings of the order-detail item table (no colon): "Quantity", "Menge", "数量"… */
export const QUANTITY_HEADING = new RegExp(
  `^\\s*(?:${alternation(['Quantity', 'Qty', 'Menge', 'Quantité', 'Quantità', 'Cantidad', '数量'])})\\s*$`,
  'i',
);

/**
 * The order status line (".main-status" in orders-v3, evidence) read as text: the whole text of a
 * short node must be one of these. English from public scripts; the rest best knowledge.
 */
const STATUS_WORDS: Record<string, 'unshipped' | 'shipped' | 'delivered' | 'cancelled'> = {};
const statusWords = {
  unshipped: ['Unshipped', 'Pending', 'Payment pending', 'Nicht versandt', 'Unversandt', 'Ausstehend', 'Non expédiée', 'En attente', 'Non spedito', 'In sospeso', 'Sin enviar', 'Pendiente', '未出荷', '保留中', '未发货', '等待中'],
  shipped: ['Shipped', 'Versandt', 'Expédiée', 'Expédié', 'Spedito', 'Enviado', '出荷済み', '已发货'],
  delivered: ['Delivered', 'Zugestellt', 'Livrée', 'Livré', 'Consegnato', 'Entregado', '配達済み', '已送达', '已妥投'],
  cancelled: ['Cancelled', 'Canceled', 'Storniert', 'Annulée', 'Annullato', 'Cancelado', 'キャンセル済み', '已取消'],
} as const;
for (const [status, words] of Object.entries(statusWords)) {
  for (const word of words) STATUS_WORDS[word.toLowerCase()] = status as keyof typeof statusWords;
}

export function matchStatus(text: string): 'unshipped' | 'shipped' | 'delivered' | 'cancelled' | null {
  if (text.length > 30) return null;
  return STATUS_WORDS[text.trim().toLowerCase()] ?? null;
}
