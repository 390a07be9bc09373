/**
 * The visible words of Seller Hub ("Custom label (SKU):", "Lieferadresse", "Awaiting shipment"…) in
 * the languages its sites use (en, de, fr, it, es). Words survive restyles that rename every class,
 * so they are the primary way to find a value; column headings ("Quantity" above a bare "2") are
 * read with the same table.
 *
 * Honesty about sources: `evidence` entries were seen in public code that works against the live
 * pages (/work/shared/reference/marketplace-dom/selectors-seen-in-public-code.md and the scrapers
 * quoted in lib/marketplaces/ebay/selectors.ts) or are eBay's own report column names
 * (reference/ebay/). `bestKnowledge` entries are our wording of the English label as eBay usually
 * translates it — plausible, NOT verified on a page. A wrong guess costs a missed match, nothing
 * more; add the real wording here when a page shows it.
 */

export type LabelKey =
  | 'sku'
  | 'itemId'
  | 'quantity'
  | 'itemPrice'
  | 'orderTotal'
  | 'orderId'
  | 'buyer'
  | 'shipTo'
  | 'dateSold'
  | 'datePaid'
  | 'shipBy'
  | 'shippedOn'
  | 'estimatedDelivery'
  | 'deliveredOn'
  | 'lastTrackingEvent'
  | 'trackingNumber'
  | 'carrier'
  | 'returnReason'
  | 'buyerComment'
  | 'returnRequested'
  | 'refundAmount'
  | 'returnId'
  | 'category'
  | 'status'
  /** Recognised so their values are not read as anything else (shipping service, item location…). */
  | 'other';

interface LabelTexts {
  evidence: readonly string[];
  bestKnowledge: readonly string[];
}

export const LABEL_TEXTS: Record<LabelKey, LabelTexts> = {
  sku: {
    // "Custom label (SKU): X" in order rows (public scrapers, 2020–2026); listings grid heading;
    // report column "Custom Label". German from the issue (issue 6).
    evidence: ['Custom label (SKU)', 'Custom label'],
    bestKnowledge: ['SKU', 'Benutzerdefiniertes Etikett (SKU)', 'Benutzerdefiniertes Etikett', 'Étiquette personnalisée (SKU)', 'Etichetta personalizzata (SKU)', 'Etiqueta personalizada (SKU)'],
  },
  itemId: {
    evidence: ['Item number'], // report column "Item Number"
    bestKnowledge: ['Item ID', 'Item no.', 'Artikelnummer', "Numéro de l'objet", 'Numero oggetto', 'Número de artículo'],
  },
  quantity: {
    evidence: ['Quantity'], // report column, grid heading
    bestKnowledge: ['Qty', 'Qty.', 'Menge', 'Anzahl', 'Stückzahl', 'Quantité', 'Quantità', 'Cantidad'],
  },
  itemPrice: {
    evidence: ['Sold for', 'Item price'], // report columns ("Sold For", newer "Item Price")
    bestKnowledge: ['Price', 'Current price', 'Verkauft für', 'Artikelpreis', 'Preis', 'Aktueller Preis', 'Vendu pour', 'Prix', "Prix de l'objet", 'Prix actuel', 'Venduto per', 'Prezzo', "Prezzo dell'oggetto", 'Prezzo attuale', 'Vendido por', 'Precio', 'Precio del artículo', 'Precio actual'],
  },
  orderTotal: {
    evidence: ['Total price'], // report column "Total Price"
    bestKnowledge: ['Total', 'Order total', 'Gesamt', 'Gesamtbetrag', 'Gesamtpreis', 'Bestellsumme', 'Total de la commande', 'Totale', "Totale dell'ordine", 'Total del pedido'],
  },
  orderId: {
    evidence: ['Order number'], // report column "Order Number"
    bestKnowledge: ['Order ID', 'Order no.', 'Bestellnummer', 'Numéro de commande', "Numero dell'ordine", 'Numero ordine', 'Número de pedido'],
  },
  buyer: {
    evidence: ['Buyer name', 'Buyer username'], // report columns
    bestKnowledge: ['Buyer', 'Käufer', 'Name des Käufers', 'Acheteur', 'Acquirente', 'Comprador'],
  },
  shipTo: {
    // "Ship to" block (a public fulfilment script parses it); UK pages say "Post to" (UK export columns).
    evidence: ['Ship to', 'Post to'],
    bestKnowledge: ['Shipping address', 'Postal address', 'Lieferadresse', 'Versandadresse', 'Versand an', 'Adresse de livraison', 'Livrer à', 'Indirizzo di spedizione', 'Spedire a', 'Dirección de envío', 'Enviar a'],
  },
  dateSold: {
    evidence: ['Sale date', 'Order date'], // report columns ("Sale Date", newer "Order Date")
    bestKnowledge: ['Date sold', 'Sold on', 'Verkauft am', 'Verkaufsdatum', 'Bestelldatum', 'Date de vente', 'Vendu le', 'Data di vendita', 'Venduto il', 'Fecha de venta', 'Vendido el'],
  },
  datePaid: {
    // "Date buyer paid" is grepped from the order page by a public script; report "Paid On Date".
    evidence: ['Date buyer paid', 'Paid on date'],
    bestKnowledge: ['Paid on', 'Paid', 'Bezahlt am', 'Zahlungsdatum', 'Payé le', 'Pagato il', 'Pagado el'],
  },
  shipBy: {
    // "Ship by Nov 24" in the orders grid's status (public script, ~2026); report "Ship By Date".
    evidence: ['Ship by', 'Ship by date'],
    bestKnowledge: ['Post by', 'Dispatch by', 'Versand bis', 'Versenden bis', 'Expédier avant le', "Expédier d'ici le", 'Spedire entro il', 'Spedire entro', 'Enviar antes del', 'Enviar antes de'],
  },
  shippedOn: {
    evidence: ['Shipped on date'], // report "Shipped On Date"
    bestKnowledge: ['Shipped on', 'Posted on', 'Dispatched on', 'Versendet am', 'Verschickt am', 'Expédié le', 'Spedito il', 'Enviado el'],
  },
  estimatedDelivery: {
    evidence: ['Maximum estimated delivery date'], // report column
    bestKnowledge: ['Estimated delivery', 'Est. delivery', 'Delivery estimate', 'Voraussichtliche Zustellung', 'Voraussichtliche Lieferung', 'Lieferung voraussichtlich', 'Livraison estimée', 'Livraison prévue', 'Consegna prevista', 'Consegna stimata', 'Entrega estimada', 'Entrega prevista'],
  },
  deliveredOn: {
    evidence: [],
    bestKnowledge: ['Delivered on', 'Zugestellt am', 'Geliefert am', 'Livré le', 'Consegnato il', 'Entregado el'],
  },
  lastTrackingEvent: {
    evidence: [],
    bestKnowledge: ['Last tracking update', 'Latest tracking update', 'Last update', 'Letzte Sendungsaktualisierung', 'Letzte Aktualisierung', 'Dernière mise à jour du suivi', 'Dernière mise à jour', 'Ultimo aggiornamento', 'Última actualización'],
  },
  trackingNumber: {
    evidence: ['Tracking number'], // report column, "Tracking number" block (public label script ~2026)
    bestKnowledge: ['Tracking no.', 'Sendungsnummer', 'Sendungsverfolgungsnummer', 'Trackingnummer', 'Numéro de suivi', 'Numero di tracciamento', 'Numero di tracking', 'Número de seguimiento'],
  },
  carrier: {
    evidence: [],
    bestKnowledge: ['Carrier', 'Shipping carrier', 'Versandunternehmen', 'Versanddienstleister', 'Transporteur', 'Corriere', 'Transportista'],
  },
  returnReason: {
    evidence: [],
    bestKnowledge: ['Reason for return', 'Return reason', 'Cancellation reason', 'Reason for cancellation', 'Rückgabegrund', 'Grund für die Rückgabe', 'Stornierungsgrund', 'Motif du retour', "Motif de l'annulation", 'Motivo del reso', "Motivo dell'annullamento", 'Motivo de la devolución', 'Motivo de la cancelación'],
  },
  buyerComment: {
    evidence: ['Buyer note'], // report column "Buyer Note"
    bestKnowledge: ['Buyer comments', 'Buyer comment', "Buyer's comments", 'Comments from buyer', 'Kommentar des Käufers', 'Kommentare des Käufers', 'Käuferkommentar', "Commentaire de l'acheteur", "Commentaires de l'acheteur", "Commenti dell'acquirente", 'Comentarios del comprador', 'Comentario del comprador'],
  },
  returnRequested: {
    evidence: [],
    bestKnowledge: ['Return requested', 'Return opened', 'Requested on', 'Cancellation requested', 'Rückgabe beantragt am', 'Rückgabe angefordert am', 'Rücknahme beantragt am', 'Storno beantragt am', 'Retour demandé le', 'Reso richiesto il', 'Devolución solicitada el'],
  },
  refundAmount: {
    evidence: [],
    bestKnowledge: ['Refund amount', 'Estimated refund', 'Refund', 'Erstattungsbetrag', 'Rückerstattungsbetrag', 'Montant du remboursement', 'Importo del rimborso', 'Importe del reembolso'],
  },
  returnId: {
    evidence: [],
    bestKnowledge: ['Return ID', 'Return number', 'Cancellation ID', 'Rückgabe-ID', 'Rückgabenummer', 'Storno-ID', 'N° de retour', 'ID reso', 'ID de devolución'],
  },
  category: {
    evidence: [],
    bestKnowledge: ['eBay category', 'Category', 'Primary category', 'eBay-Kategorie', 'Kategorie', 'Catégorie eBay', 'Catégorie', 'Categoria eBay', 'Categoria', 'Categoría de eBay', 'Categoría'],
  },
  status: {
    evidence: [],
    bestKnowledge: ['Order status', 'Status', 'Bestellstatus', 'Statut', 'Stato', 'Estado'],
  },
  other: {
    // Report columns "Shipping Service", "Item Location", "Variation Details"; grid headings.
    evidence: ['Shipping service', 'Item location', 'Variation details', 'Available quantity', 'Views (30 days)', 'Watchers', 'Time left', 'Actions'],
    bestKnowledge: ['Variation', 'Versandservice', 'Versandart', 'Artikelstandort', 'Variante', 'Verfügbare Menge', 'Aufrufe (30 Tage)', 'Beobachter', 'Restzeit', 'Aktionen', 'Service de livraison', 'Quantité disponible', 'Servizio di spedizione', 'Quantità disponibile', 'Servicio de envío', 'Cantidad disponible'],
  },
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const textsOf = (key: LabelKey) => [...LABEL_TEXTS[key].evidence, ...LABEL_TEXTS[key].bestKnowledge];
// Longest first, so "Custom label (SKU)" is tried before "Custom label" and "SKU".
const alternation = (texts: readonly string[]) =>
  [...texts].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

const KEY_BY_TEXT = new Map<string, LabelKey>();
for (const key of Object.keys(LABEL_TEXTS) as LabelKey[]) {
  for (const text of textsOf(key)) KEY_BY_TEXT.set(text.toLowerCase(), key);
}

/** Every label in one regex; the colon is optional here (headings and "Ship by Nov 24" carry none). */
const ANY_LABEL = new RegExp(`^\\s*(${alternation([...KEY_BY_TEXT.keys()])})\\s*(?:([:：])\\s*([\\s\\S]*))?$`, 'i');

export interface LabelMatch {
  key: LabelKey;
  /** Text after the colon in the same text node; empty when the value sits in the next node. */
  value: string;
  hasColon: boolean;
}

/** Labels start their text and are short: longer texts without an early colon are skipped cheaply. */
const MAX_LABEL_LENGTH = 48;

/** "Custom label (SKU): HW-1" → { key: 'sku', value: 'HW-1', hasColon: true }; "Ship to" → no colon. */
export function matchLabel(text: string): LabelMatch | null {
  if (text.length > MAX_LABEL_LENGTH) {
    const colon = text.indexOf(':');
    if (colon < 0 || colon > MAX_LABEL_LENGTH) return null;
  }
  const m = ANY_LABEL.exec(text);
  if (!m?.[1]) return null;
  const key = KEY_BY_TEXT.get(m[1].toLowerCase());
  return key ? { key, value: (m[3] ?? '').trim(), hasColon: m[2] !== undefined } : null;
}

/** A column heading's text ("Custom label (SKU)", "Menge") → its key, or null. */
export function matchHeading(text: string): LabelKey | null {
  return KEY_BY_TEXT.get(text.trim().replace(/[:：]$/, '').trim().toLowerCase()) ?? null;
}

/**
 * Date phrases that print no colon: the grid's status reads "Ship by Nov 24" (public script, ~2026)
 * and shipping lines read "Shipped on Oct 1, 2026", "Delivered on …", "Est. delivery Oct 6 – Oct 9".
 * The text must start with the phrase; the rest is its value (or the next node's text).
 */
const DATE_PHRASE_KEYS: readonly LabelKey[] = ['shipBy', 'shippedOn', 'deliveredOn', 'estimatedDelivery'];
const DATE_PHRASE = new RegExp(`^\\s*(${alternation(DATE_PHRASE_KEYS.flatMap(textsOf))})(?:\\s+([\\s\\S]+))?$`, 'i');

export function matchDatePhrase(text: string): { key: LabelKey; value: string } | null {
  if (text.length > 80) return null;
  const m = DATE_PHRASE.exec(text);
  if (!m?.[1]) return null;
  const key = KEY_BY_TEXT.get(m[1].toLowerCase());
  return key ? { key, value: (m[2] ?? '').trim() } : null;
}

// ── Statuses ─────────────────────────────────────────────────────────────────────────────────

export type ShippingStatusWord = 'unshipped' | 'shipped' | 'delivered' | 'cancelled';

/**
 * Order status words (the grid's `.order-status`, the detail page's shipping section): a short text
 * node must be one of these, whole. English "Shipping overdue" from a public script (~2026); the
 * German words are the issue's; the rest best knowledge.
 */
const STATUS_WORDS: Record<ShippingStatusWord, readonly string[]> = {
  unshipped: ['Awaiting shipment', 'Awaiting dispatch', 'Awaiting postage', 'Shipping overdue', 'Dispatch overdue', 'Postage overdue', 'Not shipped yet', 'Versand ausstehend', 'Versand überfällig', 'Noch nicht versendet', "En attente d'expédition", 'Expédition en retard', 'In attesa di spedizione', 'Spedizione in ritardo', 'Pendiente de envío', 'Envío atrasado'],
  shipped: ['Shipped', 'Dispatched', 'Posted', 'Paid and shipped', 'In transit', 'Versendet', 'Verschickt', 'Unterwegs', 'Expédié', 'Expédiée', 'En transit', 'Spedito', 'In transito', 'Enviado', 'En tránsito'],
  delivered: ['Delivered', 'Zugestellt', 'Geliefert', 'Livré', 'Livrée', 'Consegnato', 'Entregado'],
  cancelled: ['Cancelled', 'Canceled', 'Order cancelled', 'Order canceled', 'Storniert', 'Bestellung storniert', 'Annulé', 'Annulée', 'Commande annulée', 'Annullato', 'Ordine annullato', 'Cancelado', 'Pedido cancelado'],
};
const STATUS_BY_TEXT = new Map<string, ShippingStatusWord>();
for (const [status, words] of Object.entries(STATUS_WORDS) as [ShippingStatusWord, readonly string[]][]) {
  for (const word of words) STATUS_BY_TEXT.set(word.toLowerCase(), status);
}

export function matchStatus(text: string): ShippingStatusWord | null {
  if (text.length > 40) return null;
  return STATUS_BY_TEXT.get(text.trim().toLowerCase()) ?? null;
}

// ── Return reasons ───────────────────────────────────────────────────────────────────────────

/**
 * The reasons a buyer picks on eBay (Post-Order API user guide: "Doesn't fit", "Changed mind", …) as
 * the seller's page shows them → the Post-Order ReturnReason code (reference/ebay/api-specs), so the
 * rules see one reason whatever the site's language. English from eBay's guide; other languages best
 * knowledge. Unknown wording is passed on as text and classified by the domain.
 */
const REASON_CODES: Record<string, readonly string[]> = {
  WRONG_SIZE: ["Doesn't fit", 'Does not fit', 'Passt nicht', 'Ne convient pas', 'Taille incorrecte', 'Non va bene', 'Taglia sbagliata', 'No me queda bien', 'Talla incorrecta'],
  NO_LONGER_NEED_ITEM: ['Changed my mind', 'Changed mind', 'No longer needed', 'Meinung geändert', 'Nicht mehr benötigt', "J'ai changé d'avis", 'Ho cambiato idea', 'He cambiado de opinión'],
  FOUND_BETTER_PRICE: ['Found a better price', 'Besseren Preis gefunden', 'Meilleur prix trouvé', 'Ho trovato un prezzo migliore', 'He encontrado un precio mejor'],
  ORDERED_ACCIDENTALLY: ['Ordered by mistake', 'Bought by mistake', 'Versehentlich gekauft', 'Versehentlich bestellt', 'Acheté par erreur', 'Acquistato per errore', 'Comprado por error'],
  DEFECTIVE_ITEM: ["Doesn't work or defective", 'Not working or defective', 'Defekt oder funktioniert nicht', 'Funktioniert nicht oder defekt', 'Ne fonctionne pas ou défectueux', 'Non funziona o è difettoso', 'No funciona o está defectuoso'],
  NOT_AS_DESCRIBED: ["Doesn't match description or photos", 'Not as described', 'Entspricht nicht der Beschreibung oder den Fotos', 'Entspricht nicht der Beschreibung', 'Ne correspond pas à la description ou aux photos', 'Non corrisponde alla descrizione o alle foto', 'No coincide con la descripción o las fotos'],
  RECEIVED_WRONG_ITEM: ['Wrong item sent', 'Received wrong item', 'Falscher Artikel gesendet', 'Falschen Artikel erhalten', 'Mauvais objet envoyé', 'Oggetto sbagliato', 'Artículo equivocado'],
  MISSING_PARTS: ['Missing parts or accessories', 'Teile oder Zubehör fehlen', 'Pièces ou accessoires manquants', 'Parti o accessori mancanti', 'Faltan piezas o accesorios'],
  ARRIVED_DAMAGED: ['Arrived damaged', 'Beschädigt angekommen', 'Beschädigt angekommen oder defekt', 'Arrivé endommagé', 'Arrivato danneggiato', 'Llegó dañado'],
  FAKE_OR_COUNTERFEIT: ["Doesn't seem authentic", 'Scheint nicht echt zu sein', 'Ne semble pas authentique', 'Non sembra autentico', 'No parece auténtico'],
  // Cancellations (CancelReason BUYER_ASKED_CANCEL): the buyer changed their mind before shipment.
  BUYER_CANCEL_ORDER: ['Buyer asked to cancel', 'Buyer requested cancellation', 'Käufer hat Stornierung angefragt', 'Käufer möchte stornieren', "L'acheteur a demandé l'annulation", "L'acquirente ha chiesto l'annullamento", 'El comprador ha solicitado la cancelación'],
};
const CODE_BY_REASON = new Map<string, string>();
for (const [code, texts] of Object.entries(REASON_CODES)) {
  for (const text of texts) CODE_BY_REASON.set(text.toLowerCase().replace(/[’']/g, "'"), code);
}

/** "Doesn't fit" / "Passt nicht" → "WRONG_SIZE"; unknown wording → undefined. */
export function reasonCodeOf(text: string): string | undefined {
  return CODE_BY_REASON.get(text.trim().replace(/[.!]+$/, '').toLowerCase().replace(/[’']/g, "'"));
}
