/**
 * One return reason, whatever the marketplace or language it arrived in: Amazon, eBay and Shopify
 * reason codes, and buyers' own words in English, German, French, Italian, Spanish, Japanese and
 * Chinese. Called for every return row (100k times in the bench): everything is compiled once, and
 * repeated inputs are answered from a small cache.
 */
import type { ReturnReason } from './schemas';

// ── Codes ───────────────────────────────────────────────────────────────────────────────────

/** Keys are upper case with "-" and spaces turned into "_" (AMZ-PG-APP-TOO-SMALL → AMZ_PG_APP_TOO_SMALL). */
const CODE_REASONS: Readonly<Record<string, ReturnReason>> = {
  // Amazon (reference/amazon/report-columns.md)
  APPAREL_STYLE: 'style_colour',
  APPAREL_TOO_LARGE: 'size_fit',
  APPAREL_TOO_SMALL: 'size_fit',
  DAMAGED_BY_CARRIER: 'damaged',
  DAMAGED_BY_FC: 'damaged',
  DEFECTIVE: 'defective', // also Shopify's DEFECTIVE ("Damaged or defective")
  EXCESSIVE_INSTALLATION: 'other',
  EXTRA_ITEM: 'other', // an extra unit was delivered; nothing wrong with what was ordered
  FOUND_BETTER_PRICE: 'better_price', // also eBay
  MISORDERED: 'ordered_by_mistake',
  MISSED_ESTIMATED_DELIVERY: 'late_delivery',
  MISSING_PARTS: 'missing_parts', // also eBay
  NEVER_ARRIVED: 'not_received',
  NO_REASON_GIVEN: 'changed_mind', // Amazon's label: "No reason — I just don't want the product any more"
  NOT_AS_DESCRIBED: 'not_as_described', // also eBay, Shopify
  // Incompatibility means the listing did not say what the item works with: a description problem.
  NOT_COMPATIBLE: 'not_as_described',
  PART_NOT_COMPATIBLE: 'not_as_described',
  ORDERED_WRONG_ITEM: 'ordered_by_mistake', // also eBay
  QUALITY_UNACCEPTABLE: 'defective', // "performance/quality not up to my expectations": the quality rule applies
  SWITCHEROO: 'other', // the buyer sent back a different item: a fraud case, not a reason
  UNAUTHORIZED_PURCHASE: 'other',
  UNDELIVERABLE_CARRIER_MISS_SORTED: 'not_received',
  UNDELIVERABLE_FAILED_DELIVERY_ATTEMPTS: 'not_received',
  UNDELIVERABLE_INSUFFICIENT_ADDRESS: 'not_received',
  UNDELIVERABLE_MISSING_LABEL: 'not_received',
  UNDELIVERABLE_REFUSED: 'not_received',
  UNDELIVERABLE_UNCLAIMED: 'not_received',
  UNDELIVERABLE_UNKNOWN: 'not_received',
  UNKNOWN_OTHER_REASON: 'other',
  UNWANTED_ITEM: 'changed_mind',
  RECEIVED_WRONG_ITEM: 'wrong_item', // also eBay escalation reason
  DID_NOT_LIKE_COLOR: 'style_colour',
  DID_NOT_LIKE_FABRIC: 'style_colour',
  AMZ_PG_APP_TOO_SMALL: 'size_fit',
  AMZ_PG_APP_TOO_LARGE: 'size_fit',
  AMZ_PG_APP_STYLE: 'style_colour',
  AMZ_PG_BAD_DESC: 'not_as_described',
  CR_UNWANTED_ITEM: 'changed_mind',
  // eBay Post-Order ReturnReason (reference/ebay/api-specs/restfulEnums.ts) and escalation reasons
  ARRIVED_DAMAGED: 'damaged',
  ARRIVED_LATE: 'late_delivery',
  BUYER_CANCEL_ORDER: 'changed_mind',
  BUYER_NO_SHOW: 'other',
  BUYER_NOT_SCHEDULED: 'other',
  BUYER_REFUSED_TO_PICKUP: 'other',
  DEFECTIVE_ITEM: 'defective',
  DIFFERENT_FROM_LISTING: 'not_as_described',
  EXPIRED_ITEM: 'defective',
  FAKE_OR_COUNTERFEIT: 'not_as_described',
  IN_STORE_RETURN: 'other',
  NO_LONGER_NEED_ITEM: 'changed_mind',
  NO_REASON: 'changed_mind',
  ORDERED_ACCIDENTALLY: 'ordered_by_mistake',
  ORDERED_DIFFERENT_ITEM: 'ordered_by_mistake',
  OTHER: 'other', // also Shopify
  OUT_OF_STOCK: 'other',
  RETURNING_GIFT: 'changed_mind',
  VALET_DELIVERY_ISSUES: 'other',
  VALET_UNAVAILABLE: 'other',
  WRONG_SIZE: 'size_fit',
  ITEM_NOT_RECEIVED: 'not_received',
  NEW_ITEM_NOT_RECEIVED: 'not_received',
  ITEM_RECEIVED_IN_DIFFERENT_CONDITION: 'not_as_described',
  // eBay broad reason types (ReturnReasonTypeEnum)
  REMORSE: 'changed_mind',
  SNAD: 'not_as_described',
  // Shopify ReturnReason (reference/shopify/export-and-returns.md)
  COLOR: 'style_colour',
  SIZE_TOO_LARGE: 'size_fit',
  SIZE_TOO_SMALL: 'size_fit',
  STYLE: 'style_colour',
  UNKNOWN: 'other',
  UNWANTED: 'changed_mind',
  WRONG_ITEM: 'wrong_item',
};

/** Codes that say little ("other", "no reason given"): the buyer's words, when they say more, win. */
const WEAK_CODES: ReadonlySet<string> = new Set(['OTHER', 'UNKNOWN', 'UNKNOWN_OTHER_REASON', 'NO_REASON', 'NO_REASON_GIVEN', 'UNWANTED', 'UNWANTED_ITEM', 'CR_UNWANTED_ITEM', 'REMORSE']);

export function normaliseReasonCode(code: string): string {
  return code.trim().toUpperCase().replace(/[\s-]+/g, '_');
}

/** The reason a marketplace code stands for, or undefined for a code no marketplace list has. */
export function reasonOfCode(code: string): ReturnReason | undefined {
  const key = normaliseReasonCode(code);
  // Amazon prefixes some newer codes ("CR-…"); the rest of the code is one of the classic ones.
  return CODE_REASONS[key] ?? (key.startsWith('CR_') ? CODE_REASONS[key.slice(3)] : undefined);
}

// ── Free text ───────────────────────────────────────────────────────────────────────────────

interface ReasonPatterns {
  reason: ReturnReason;
  /** Languages written with spaces: matched as whole words. Stems end in \p{L}* where inflected. */
  words: string[];
  /** Japanese and Chinese: matched anywhere. */
  cjk: string[];
}

/**
 * In priority order: when a text names several reasons, the earliest here wins ("too small and the
 * seam is torn" → defective: a defect outranks a fit problem). Buyer-side mistakes come first so
 * "I ordered the wrong item" is not read as "received the wrong item".
 */
const PATTERNS: readonly ReasonPatterns[] = [
  {
    reason: 'ordered_by_mistake',
    words: [
      '(?:accidental(?:ly)?|mistakenly|by mistake|in error)(?:\\s+\\p{L}+){0,3}?\\s+(?:order|bought|purchas)\\p{L}*',
      '(?:order|bought|purchas)\\p{L}*(?:\\s+\\p{L}+){0,3}?\\s+(?:by mistake|by accident|accidentally|in error|twice)',
      '(?:ordered|bought|purchased)\\s+(?:the\\s+|a\\s+)?wrong',
      'misorder\\p{L}*',
      'accidental\\s+(?:order|purchase)',
      'versehentlich', 'aus\\s+versehen', 'falsch\\s+bestellt', 'doppelt\\s+bestellt', 'fehlkauf',
      '(?:command|achet)\\p{L}*\\s+par\\s+erreur', 'erreur\\s+de\\s+commande', 'je\\s+me\\s+suis\\s+tromp\\p{L}*',
      '(?:ordinat|acquistat|comprat)\\p{L}*\\s+per\\s+(?:errore|sbaglio)', 'per\\s+sbaglio', 'ho\\s+sbagliato',
      '(?:pedí|pedido|compré|comprado)(?:\\s+\\p{L}+){0,2}?\\s+por\\s+(?:error|equivocación)', 'me\\s+equivoqué',
    ],
    cjk: ['間違えて注文', '間違って注文', '誤って注文', '注文ミス', '買い間違', '誤購入', '拍错', '买错', '下错单', '误购', '误拍', '选错'],
  },
  {
    reason: 'wrong_item',
    words: [
      'received\\s+(?:the\\s+|a\\s+)?wrong', 'sent\\s+(?:me\\s+)?(?:the\\s+|a\\s+)?wrong',
      'wrong\\s+(?:item|product|article|model|order)', 'not\\s+what\\s+i\\s+ordered',
      'different\\s+(?:item|product)\\s+(?:than|from)',
      'falsche[nrs]?\\s+(?:artikel|produkt|ware|lieferung|modell)', 'falsch\\s+geliefert',
      'nicht\\s+(?:das|den|die|der)\\s+bestellte',
      'mauvais\\s+(?:article|produit|modèle)', 'pas\\s+le\\s+bon\\s+(?:article|produit|modèle)', 'article\\s+erroné', "erreur\\s+d'envoi",
      'articolo\\s+sbagliato', 'prodotto\\s+sbagliato', 'non\\s+è\\s+quello\\s+che\\s+ho\\s+ordinato',
      '(?:artículo|producto)\\s+(?:equivocado|incorrecto|erróneo)', 'no\\s+es\\s+lo\\s+que\\s+pedí',
    ],
    cjk: ['違う商品', '別の商品', '商品違い', '誤配送', '間違った商品', '注文と違う', '发错', '错发', '寄错', '收到错误', '不是我买的', '不是我订的', '货不对(?!板)'],
  },
  {
    reason: 'not_received',
    words: [
      'never\\s+(?:arrived|received|came|delivered|got)',
      'not\\s+(?:yet\\s+)?(?:been\\s+)?(?:received|arrived|delivered)',
      "(?:didn't|did\\s+not|hasn't|has\\s+not|haven't|have\\s+not)\\s+(?:yet\\s+)?(?:arrived?|received?|get|got|come|been\\s+delivered)",
      '(?:lost|missing)\\s+(?:in\\s+(?:transit|the\\s+post|the\\s+mail)|package|parcel|shipment)',
      '(?:package|parcel)\\s+(?:was\\s+|is\\s+|got\\s+)?lost', 'where\\s+is\\s+my\\s+(?:order|package|parcel)', 'undeliver\\p{L}*',
      'nicht\\s+(?:angekommen|erhalten|geliefert|zugestellt|bekommen)', 'nie\\s+angekommen', '(?:paket|sendung)\\s+(?:ist\\s+)?verloren',
      '(?:jamais|pas|non)\\s+(?:reçu|arrivé|livré)\\p{L}*', 'colis\\s+perdu',
      'mai\\s+arrivat\\p{L}*', 'non\\s+(?:è\\s+)?(?:ancora\\s+)?(?:ricevut|arrivat|consegnat)\\p{L}*', 'pacco\\s+perso',
      'nunca\\s+(?:llegó|recibí|ha\\s+llegado)', 'no\\s+(?:he\\s+)?(?:recibido|llegó|ha\\s+llegado)', 'no\\s+me\\s+ha\\s+llegado', 'paquete\\s+perdido',
    ],
    cjk: ['届かない', '届いていない', '届いてない', '届いていません', '届きません', '未着', '受け取っていない', '没收到', '没有收到', '沒收到', '未收到', '还没收到', '未送达', '丢件', '包裹丢失', '还没到', '没到货'],
  },
  {
    reason: 'missing_parts',
    words: [
      'missing\\s+(?:\\p{L}+\\s+)?(?:parts?|pieces?|items?|accessor\\p{L}*|screws?|components?|cables?|chargers?|manual|batter(?:y|ies)|remote)',
      '(?:parts?|pieces?|accessor\\p{L}*|screws?|items?|components?)\\s+(?:are\\s+|were\\s+|is\\s+|was\\s+)?missing',
      'incomplete', "(?:didn't|did\\s+not|doesn't|does\\s+not)\\s+come\\s+with",
      '(?:teile|zubehör|schrauben)\\s+fehl\\p{L}*', 'fehl(?:t|en|ende|endes)\\s+(?:\\p{L}+\\s+)?(?:teile?|zubehör|schrauben|kabel|ladegerät|anleitung)', 'unvollständig',
      '(?:pièces?|accessoires?|éléments?)\\s+manquant\\p{L}*', 'incomplet\\p{L}*', 'il\\s+manque',
      '(?:pezzi|parti|accessori)\\s+mancant\\p{L}*', 'manca(?:no)?\\s+(?:\\p{L}+\\s+)?(?:pezz|part|accessor|vit)\\p{L}*',
      '(?:piezas?|partes?|accesorios?)\\s+(?:que\\s+)?falt\\p{L}*', 'falta(?:n)?\\s+(?:\\p{L}+\\s+)?(?:piezas?|partes?|accesorios?|tornillos?)',
    ],
    cjk: ['部品が足りない', '部品が入っていない', '欠品', '付属品がない', '付属品が入っていない', '足りない', '缺少', '少了', '缺件', '配件不全', '少配件', '漏发', '少发', '不完整'],
  },
  {
    reason: 'damaged',
    words: [
      'damaged?', 'arrived\\s+(?:\\p{L}+\\s+)?(?:broken|cracked|smashed|crushed|dented|shattered)',
      'broken\\s+(?:on|in|upon|during)\\s+(?:arrival|transit|shipping|delivery)',
      'crushed', 'dented', 'smashed', 'shattered', 'cracked', 'scratch(?:ed|es)?',
      '(?:box|package|packaging|parcel)\\s+(?:was\\s+|is\\s+)?(?:torn|ripped|crushed|open(?:ed)?|wet)',
      'beschädigt\\p{L}*', 'transportschaden', 'zerbrochen', 'zerkratzt', 'kaputt\\s+angekommen', 'verbeult', 'eingedrückt',
      'endommag\\p{L}*', 'abîm\\p{L}*', 'ray[ée]\\p{L}*', 'arriv[ée]\\p{L}*\\s+cass[ée]\\p{L}*', 'cass[ée]\\p{L}*\\s+à\\s+la\\s+livraison',
      'danneggiat\\p{L}*', 'ammaccat\\p{L}*', 'graffiat\\p{L}*', 'arrivat\\p{L}*\\s+rott\\p{L}*',
      'dañad\\p{L}*', 'llegó\\s+(?:roto|rota|dañado|dañada|rayado|rayada)', 'rayad\\p{L}*', 'abollad\\p{L}*',
    ],
    cjk: ['破損', '届いた時(?:点で|に)?壊れ', '配送中に壊れ', '割れ', 'へこみ', 'キズ', '傷', '破损', '损坏', '損壞', '损毁', '压坏', '摔坏', '碎了', '划痕', '磕碰', '压扁', '外包装破'],
  },
  {
    reason: 'defective',
    words: [
      'defect\\p{L}*', 'defekt\\p{L}*', 'faulty', 'broken', 'malfunction\\p{L}*',
      "(?:doesn't|does\\s+not|didn't|did\\s+not|won't|will\\s+not)\\s+(?:work|turn\\s+on|switch\\s+on|charge|power\\s+on|start)(?!\\s+with)",
      'not\\s+working', 'stopped\\s+working', 'dead\\s+on\\s+arrival',
      '(?:poor|bad|low|terrible|cheap|inferior)\\s+quality', 'quality\\s+(?:is\\s+|was\\s+)?(?:poor|bad|low|terrible|unacceptable)',
      'not\\s+up\\s+to\\s+(?:my\\s+)?(?:expectations?|standards?)',
      'torn', 'ripped', '(?:seams?|stitching)\\s+(?:\\p{L}+\\s+)?(?:came\\s+apart|split|torn|ripped|loose)', 'peeling', 'leak\\p{L}*', '(?:falling|fell)\\s+apart',
      'kaputt', 'funktioniert\\s+nicht', 'geht\\s+nicht', 'mangelhaft', 'fehlerhaft', 'schlechte\\s+qualität', 'minderwertig\\p{L}*', 'gerissen',
      'défectueu\\p{L}*', 'ne\\s+(?:fonctionne|marche)\\s+pas', 'cass[ée]\\p{L}*', 'en\\s+panne', 'mauvaise\\s+qualité', 'qualité\\s+médiocre', 'déchir\\p{L}*',
      'difettos\\p{L}*', 'non\\s+funziona', 'rott[oaie]', 'guast[oaie]', '(?:scarsa|pessima|bassa)\\s+qualità', 'strappat\\p{L}*',
      'defectuos\\p{L}*', 'no\\s+funciona', 'rot[oa]', 'averiad\\p{L}*', '(?:mala|baja|pésima)\\s+calidad', 'rasgad\\p{L}*',
    ],
    cjk: ['不良品', '初期不良', '不良', '故障', '不具合', '壊れ', '動かない', '作動しない', '使えない', '品質が(?:悪|低)', '次品', '瑕疵', '质量(?:差|不好|太差|有问题)', '品质(?:差|不好)', '坏了', '坏的', '不能用', '无法使用', '用不了', '不工作', '破了', '开线', '掉色'],
  },
  {
    reason: 'not_as_described',
    words: [
      'not\\s+as\\s+(?:described|pictured|advertised|shown|expected)',
      '(?:different|differs)\\s+from\\s+(?:the\\s+)?(?:description|pictures?|photos?|images?|listing|ad)',
      "(?:doesn't|does\\s+not|didn't|did\\s+not)\\s+match\\s+(?:the\\s+)?(?:description|pictures?|photos?|listing|images?)",
      "(?:doesn't|does\\s+not|won't|will\\s+not)\\s+work\\s+with",
      'misleading', 'fake', 'counterfeit', 'incompatible', 'not\\s+compatible', 'bad\\s+desc\\p{L}*', 'inaccurate\\s+(?:description|listing)',
      'nicht\\s+wie\\s+(?:beschrieben|abgebildet)', 'entspricht\\s+nicht\\s+der\\s+(?:beschreibung|abbildung)', 'anders\\s+als\\s+(?:beschrieben|abgebildet)',
      'nicht\\s+kompatibel', 'inkompatibel', 'fälschung', 'gefälscht',
      '(?:pas|non)\\s+conforme\\p{L}*', 'ne\\s+correspond\\s+pas', 'différent\\p{L}*\\s+de\\s+(?:la\\s+)?(?:description|photo)', 'contrefaçon', '(?:pas|non)\\s+compatible',
      'non\\s+conforme', 'non\\s+corrisponde', 'divers\\p{L}*\\s+dalla\\s+(?:descrizione|foto)', 'non\\s+compatibile', 'contraffatt\\p{L}*',
      'no\\s+es\\s+como\\s+se\\s+describe', 'no\\s+coincide', 'no\\s+corresponde', 'diferente\\s+(?:a|de)\\s+la\\s+(?:descripción|foto|imagen)', 'no\\s+compatible', 'falsificad\\p{L}*',
    ],
    cjk: ['説明と違', '説明と異な', '写真と違', '画像と違', '記載と違', '偽物', '対応していない', '互換性がない', '与描述不符', '描述不符', '和描述不一样', '与图片不符', '图片不符', '货不对板', '与实物不符', '假货', '不兼容'],
  },
  {
    reason: 'size_fit',
    words: [
      'too\\s+(?:small|big|large|tight|loose|narrow|wide|short|baggy)', '(?<!(?:took|takes|taking|take)\\s)too\\s+long(?!\\s+to\\s)',
      "(?:doesn't|does\\s+not|didn't|did\\s+not|won't)\\s+fit", 'wrong\\s+size', 'runs?\\s+(?:small|large|big)',
      'size\\s+(?:is|was|runs?)\\s+(?:too\\s+)?(?:small|big|large)', '(?:poor|bad)\\s+fit', 'size', 'sizing',
      'zu\\s+(?:klein|groß|gross|eng|weit|kurz|lang|breit|schmal)', 'passt\\s+nicht', 'falsche\\s+gr(?:ö|oe)(?:ß|ss)e', 'gr(?:ö|oe)(?:ß|ss)e',
      'trop\\s+(?:petit|grand|serr[ée]|large|court|étroit)\\p{L}*', 'trop\\s+long(?:ue)?s?', 'taille', 'ne\\s+(?:me\\s+)?va\\s+pas',
      'troppo\\s+(?:piccol|grand|strett|larg|cort|lung)\\p{L}*', 'taglia', 'non\\s+(?:mi\\s+)?(?:sta|va)\\s+bene',
      '(?:demasiado|muy)\\s+(?:pequeñ|grande|ajustad|apretad|cort|larg|holgad)\\p{L}*', 'talla', 'no\\s+me\\s+queda', 'me\\s+queda\\s+(?:pequeñ|grande|chic)\\p{L}*',
    ],
    cjk: ['サイズ', '小さすぎ', '大きすぎ', '小さい', '大きい', 'きつい', 'ゆるい', '尺码', '尺寸', '码数', '偏小', '偏大', '太小', '太大', '不合身', '穿不下', '太紧', '太松', '小了', '大了'],
  },
  {
    reason: 'style_colour',
    words: [
      'colou?rs?', 'style', "(?:don't|do\\s+not|didn't|did\\s+not)\\s+like\\s+(?:the\\s+)?(?:colou?r|style|look|design|fabric|material|pattern)", 'fabric', 'design', 'pattern',
      'farbe', 'stil', 'gefällt\\s+(?:mir\\s+)?nicht', 'muster', 'stoff',
      'couleur', 'ne\\s+me\\s+plaît\\s+pas', 'motif', 'tissu',
      'colore', 'stile', 'non\\s+mi\\s+piace', 'tessuto',
      'estilo', 'no\\s+me\\s+gusta', 'tela',
    ],
    cjk: ['色', 'デザイン', 'イメージと違', '好みでない', '好みではない', '颜色', '色差', '款式', '不喜欢', '风格', '面料'],
  },
  {
    reason: 'late_delivery',
    words: [
      '(?:arrived|came|delivered|arriving|delivery)\\s+(?:too\\s+|very\\s+|so\\s+)?late', 'too\\s+late', 'took\\s+too\\s+long', 'too\\s+long\\s+to\\s+(?:arrive|ship|deliver|come)',
      'late\\s+(?:delivery|arrival)', 'delay(?:ed)?', 'missed\\s+(?:the\\s+)?(?:estimated\\s+)?delivery',
      'zu\\s+spät', 'verspätet\\p{L}*', 'lieferverzögerung', 'verzögert\\p{L}*', 'dauerte?\\s+zu\\s+lange',
      'en\\s+retard', 'retard\\p{L}*', 'trop\\s+tard', 'trop\\s+longtemps',
      'in\\s+ritardo', 'ritardo', 'troppo\\s+tardi',
      '(?:llegó|ha\\s+llegado)\\s+(?:muy\\s+|demasiado\\s+)?tarde', 'retraso', 'demasiado\\s+tarde', 'tardó\\s+(?:mucho|demasiado)',
    ],
    cjk: ['遅延', '遅れ', '遅すぎ', '到着が遅', '届くのが遅', '太慢', '延迟', '延誤', '晚到', '到货慢', '物流慢', '发货慢', '迟到'],
  },
  {
    reason: 'better_price',
    words: [
      'better\\s+prices?', 'cheaper', 'lower\\s+price', 'found\\s+(?:it\\s+)?(?:for\\s+less|elsewhere)', 'price\\s+(?:drop|dropped)',
      'günstiger', 'billiger', 'besseren?\\s+preis', 'preiswerter',
      'moins\\s+cher', 'meilleur\\s+prix', 'prix\\s+plus\\s+bas',
      'prezzo\\s+migliore', 'più\\s+economico', 'meno\\s+caro', 'costa\\s+meno',
      'más\\s+barato', 'mejor\\s+precio', 'precio\\s+más\\s+bajo',
    ],
    cjk: ['他(?:の)?(?:店|ショップ)(?:の方)?が安', 'より安', '安く(?:売|買)', '値下が', '更便宜', '价格更低', '别家便宜', '降价', '买贵了'],
  },
  {
    reason: 'changed_mind',
    words: [
      'changed\\s+(?:my|their|his|her|our)\\s+mind', "(?:don't|do\\s+not|no\\s+longer|didn't|did\\s+not)\\s+(?:want|need)", 'not\\s+needed',
      'no\\s+longer\\s+(?:needed|wanted|required)', 'unwanted', 'gift',
      'nicht\\s+mehr\\s+(?:benötigt|gebraucht|gewollt|nötig)', '(?:brauche|benötige|will|möchte)\\s+(?:\\p{L}+\\s+)?nicht\\s+mehr', 'anders\\s+entschieden', 'meinung\\s+geändert',
      "changé\\s+d'avis", '(?:pas|plus)\\s+besoin', "n'en\\s+veux\\s+plus", 'ne\\s+(?:le|la|les)\\s+veux\\s+plus',
      'cambiato\\s+idea', 'non\\s+(?:mi\\s+)?serve\\s+più', 'non\\s+(?:lo|la|li|le)\\s+voglio\\s+più',
      'cambi[éo]\\s+de\\s+opinión', 'ya\\s+no\\s+(?:lo\\s+|la\\s+)?(?:necesito|quiero)', 'no\\s+lo\\s+necesito',
    ],
    cjk: ['不要になった', 'いらなくなった', '要らなくなった', '気が変わ', '必要なくな', '不想要', '不需要', '不要了', '改变主意', '改主意', '无理由', '不想买了'],
  },
];

/**
 * Letters of the languages written with spaces, lower case (the text is lower-cased first). Narrower
 * than \p{L} on purpose: a Unicode property class costs V8 time each time it appears in the scan.
 */
const LATIN = "[a-z\u00df-\u00f6\u00f8-\u00ff\u0153']";
const WORD_START = '(?<![a-z0-9\u00df-\u00f6\u00f8-\u00ff\u0153])';
const WORD_END = '(?![a-z0-9\u00df-\u00f6\u00f8-\u00ff\u0153])';

/**
 * One pass over the text: reason i is group w<i> (words) or c<i> (Japanese, Chinese); at one position
 * alternatives are tried in priority order. Patterns are lower case and the text is lower-cased
 * first: a case-insensitive Unicode regex this size takes V8 tens of milliseconds to compile.
 */
const REASON_SCAN = new RegExp(
  `${WORD_START}(?:${PATTERNS.map((p, i) => `(?<w${i}>${p.words.join('|').replaceAll('\\p{L}', LATIN)})`).join('|')})${WORD_END}` +
    `|${PATTERNS.map((p, i) => `(?<c${i}>${p.cjk.join('|')})`).join('|')}`,
  'gu',
);

/** Where a clause starts: punctuation or a "but" word. "Not damaged but too small" is two clauses. */
const CLAUSE_BREAK = /[,.;:!?()\n，。；：！？、（）]|(?<![\p{L}])(?:but|however|although|aber|jedoch|mais|ma|però|pero|sino)(?![\p{L}])|但是|但|可是|不过|けど|けれど|しかし/u;

/** A negation within the two words before a keyword: "not damaged", "nicht beschädigt", "pas abîmé". */
const NEGATION_BEFORE =
  /(?:(?<![\p{L}])(?:not|no|never|without|nicht|kein\p{L}*|nie|pas|non|sans|nunca|sin|nessun\p{L}*)(?![\p{L}])|n't)(?:\s+[\p{L}']+){0,2}\s*$|(?:没有|沒有|并非|並非|不是|没|沒|未|无|無)\S{0,3}$/u;
/** Japanese negates after the word: 壊れていない (not broken). */
const NEGATION_AFTER = /^(?:ていない|ていません|てない|ではない|じゃない|ではありません|ていなかった|はない|はありません|はなかった)/u;

const MAX_TEXT = 2000;

function isNegated(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - 48), start);
  const clause = window.split(CLAUSE_BREAK).pop() ?? '';
  return NEGATION_BEFORE.test(clause) || NEGATION_AFTER.test(text.slice(end, end + 8));
}

/** The reason named by the buyer's words, or undefined when they name none. */
export function reasonOfText(text: string): ReturnReason | undefined {
  // Lower case, and typographic apostrophes as plain ones ("don’t" → "don't").
  const scanned = (text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text).toLowerCase().replace(/[’‘`´]/g, "'");
  let best = PATTERNS.length;
  REASON_SCAN.lastIndex = 0;
  for (let m = REASON_SCAN.exec(scanned); m; m = REASON_SCAN.exec(scanned)) {
    if (m[0] === '') {
      REASON_SCAN.lastIndex++;
      continue;
    }
    const groups = m.groups ?? {};
    let index = 0;
    while (index < PATTERNS.length && groups[`w${index}`] === undefined && groups[`c${index}`] === undefined) index++;
    if (index < best && !isNegated(scanned, m.index, m.index + m[0].length)) {
      best = index;
      if (best === 0) break;
    }
  }
  return PATTERNS[best]?.reason;
}

// ── Together ────────────────────────────────────────────────────────────────────────────────

const CACHE_LIMIT = 5000;
/** code → text → reason; nested so that no key string has to be built per call. */
const cache = new Map<string, Map<string, ReturnReason>>();
let cached = 0;

/**
 * The normalised reason of a return: a known, specific code decides; otherwise the buyer's text;
 * otherwise a weak code's meaning ("no reason given" → changed_mind); otherwise an unknown code read
 * as words ("TOO_SMALL" → "too small"); otherwise 'other'.
 */
export function normaliseReturnReason(input: { code?: string | undefined; text?: string | undefined }): ReturnReason {
  const code = input.code ?? '';
  const text = input.text ?? '';
  let byText = cache.get(code);
  const hit = byText?.get(text);
  if (hit) return hit;

  const reason = decide(code.trim(), text.trim());
  if (cached >= CACHE_LIMIT) {
    cache.clear();
    cached = 0;
    byText = undefined;
  }
  if (!byText) cache.set(code, (byText = new Map()));
  byText.set(text, reason);
  cached++;
  return reason;
}

function decide(code: string, text: string): ReturnReason {
  const fromCode = code ? reasonOfCode(code) : undefined;
  if (fromCode && fromCode !== 'other' && !WEAK_CODES.has(normaliseReasonCode(code))) return fromCode;
  const fromText = text ? reasonOfText(text) : undefined;
  if (fromText) return fromText;
  if (fromCode) return fromCode;
  return (code && reasonOfText(code.replace(/[_-]+/g, ' '))) || 'other';
}
