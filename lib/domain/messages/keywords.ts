/**
 * What buyers write, per intent and language. Plain data: classify.ts compiles it once.
 *
 * Phrase syntax (written naturally, with accents; normalised like messages, see text.ts):
 * - words separated by spaces must follow each other in one clause;
 * - `word*` matches any word starting with `word` (at least 3 letters: `damag*`, `beschädig*`);
 * - `~` skips up to three words ("send ~ back" matches "send it back", "send the lamp back");
 * - Chinese and Japanese are written as they are, each character a word ("没收到", "届い").
 *
 * Modes:
 * - `pos` (default): counts unless negated ("not damaged", "kein Schaden", "没有破损" count nothing);
 * - `neg`: counts only when negated ("not received", "nicht angekommen", "届いていない");
 * - `any`: counts either way (phrases that carry their own negation are `any` automatically).
 *
 * Weights: 3 = says the intent on its own ("wrong item", "stornieren"), 2 = strong hint,
 * 1 = weak hint that needs company. A longer phrase found at a position wins over a shorter one.
 */
import type { MessageIntent, SupportedLanguage } from './intents';

export type KeywordLanguage = SupportedLanguage | 'und';
export type KeywordMode = 'pos' | 'neg' | 'any';
/**
 * Special roles:
 * - `arrival`: "received/arrived…" negated → not_received, but "not received my refund" →
 *   refund_status and "no reply/invoice received" → other (decided by the nouns nearby);
 * - `function`: "doesn't work / won't turn on" → damaged, unless about a tracking number
 *   (not_received) or a login, code or payment (other);
 * - `refund`: a refund noun: refund_status, or return_request when asked for ("I want a refund");
 * - `refund-cue`: "still", "when", "yet"…: refund_status, but only in a message that names a refund;
 * - `ordered` / `got`: "I ordered…" / "…came, was sent": both in one message hint at a wrong item;
 * - `problem`: a generic problem word ("problem", "问题"): weak evidence for `damaged`, redirected to
 *   `other` near account/payment words and to `not_received` near tracking words;
 * - `ignore`: an idiom that contains a keyword but means something else ("me he dado cuenta": I
 *   realised, not "account"); it counts nothing and hides the keyword.
 *
 * A phrase written `*word` (one word) matches the end of a word: German compounds ("*adresse").
 */
export type KeywordRole = 'arrival' | 'function' | 'refund' | 'refund-cue' | 'ordered' | 'got' | 'ignore' | 'problem';

export interface KeywordGroup {
  intent: MessageIntent;
  lang: KeywordLanguage;
  weight: number;
  mode?: KeywordMode;
  role?: KeywordRole;
  phrases: readonly string[];
}

const g = (intent: MessageIntent, lang: KeywordLanguage, weight: number, phrases: readonly string[], extra: Partial<KeywordGroup> = {}): KeywordGroup => ({
  intent,
  lang,
  weight,
  phrases,
  ...extra,
});

// ── Return request ─────────────────────────────────────────────────────────────────────────────
const RETURN: KeywordGroup[] = [
  g('return_request', 'en', 3, [
    'return it', 'return this', 'return them', 'return the', 'return my', 'to return', 'like to return', 'want to return', 'return label',
    'return request', 'return process', 'return instructions', 'start a return', 'can i return', 'how do i return', 'send ~ back',
    'ship ~ back', 'sending ~ back', 'rma', 'return authorization',
  ]),
  g('return_request', 'en', 2, [
    'return', 'returning', 'returnable', 'money back', 'changed my mind', 'not as described', 'not what i expected', 'nothing like the photo*',
    'nothing like the picture*', 'nothing like the listing', 'not like the picture*', 'not happy with', 'not satisfied', 'disappointed with',
    'ordered by mistake', 'by mistake', 'ordered the wrong', 'bought the wrong', 'picked the wrong', 'chose the wrong', 'selected the wrong', 'accidentally ordered',
    'no longer need', 'do not need it', 'do not want it',
  ]),
  g('return_request', 'en', 1, ['cheap', 'poor quality', 'quality', 'disappointed', 'looks different', 'not like', 'gift', 'unopened', 'unused', 'tags on', 'in the box']),
  g('return_request', 'de', 3, [
    'zurückschicken', 'zurücksenden', 'zurückgeben', 'zurück schicken', 'zurück senden', 'zurück geben', 'schick* ~ zurück', 'send* ~ zurück',
    'geb* ~ zurück', 'rücksendung', 'rücksendeetikett', 'rücksendeschein', 'rückgabe', 'retoure', 'retouren*', 'retournieren', 'widerruf*',
    'umtausch oder geld zurück',
  ]),
  g('return_request', 'de', 2, [
    'geld zurück', 'gefällt mir nicht', 'gefällt nicht', 'nicht wie beschrieben', 'nicht wie abgebildet', 'entspricht nicht der beschreibung',
    'brauche ~ nicht mehr', 'nicht mehr benötigt', 'nicht zufrieden', 'unzufrieden', 'billig verarbeitet', 'schlecht verarbeitet', 'versehentlich bestellt',
    'falsch bestellt', 'fehlkauf', 'überteuert',
  ]),
  g('return_request', 'de', 1, ['qualität', 'ungeöffnet', 'originalverpackung', 'enttäuscht', 'geschenk']),
  g('return_request', 'fr', 3, [
    'retourner', 'renvoyer', 'retourner le', 'retourner la', 'faire un retour', 'un retour', 'étiquette de retour', 'bon de retour', 'droit de rétractation',
    'rétractation', 'retour possible', 'demande de retour',
  ]),
  g('return_request', 'fr', 2, [
    'retour', 'renvoie', 'rembourser', 'être remboursé*', 'correspond pas à mes attentes', 'correspond pas à la description', 'pas satisfait*',
    'déçu*', 'plus besoin', 'en veux plus', 'ne me plaît pas', 'me plaît pas', 'pas conforme', 'commandé par erreur', 'trompé de modèle',
  ]),
  g('return_request', 'fr', 1, ['qualité', 'moche', 'nul', 'cadeau', 'pas ouvert', 'jamais utilisé']),
  g('return_request', 'es', 3, [
    'devolver', 'devolverlo', 'devolverla', 'devolverlos', 'devolverlas', 'devuelvo', 'devolución', 'hacer una devolución', 'etiqueta de devolución',
    'desistimiento', 'regresar el', 'regresarlo', 'solicito la devolución',
  ]),
  g('return_request', 'es', 2, [
    'no me convence', 'no es lo que esperaba', 'no me gusta', 'ya no lo necesito', 'ya no la necesito', 'arrepentí', 'arrepentido', 'arrepentida',
    'no coincide con la descripción', 'calidad anunciada', 'se ve barato', 'pedí por error', 'compré por error',
  ]),
  g('return_request', 'es', 1, ['calidad', 'regalo', 'sin abrir', 'barato']),
  g('return_request', 'it', 3, [
    'restituire', 'restituirlo', 'restituirla', 'restituirli', 'reso', 'fare il reso', 'etichetta per il reso', 'diritto di recesso', 'recesso',
    'rimandarlo indietro', 'rimandarla indietro', 'rimandare indietro', 'mandare indietro',
  ]),
  g('return_request', 'it', 2, [
    'rendere il prodotto', 'rendere l articolo', 'non mi piace', 'non fa per me', 'non mi serve più', 'non corrisponde alla descrizione',
    'diverso dalla foto', 'diverso dalle foto', 'non sono soddisfatt*', 'deluso', 'delusa', 'ordinato per errore', 'sembra economico',
  ]),
  g('return_request', 'it', 1, ['qualità', 'sigillata', 'sigillato', 'regalo']),
  g('return_request', 'ja', 3, ['返品', 'へんぴん', '返送したい', '送り返し', '返品希望', '返品したい']),
  g('return_request', 'ja', 2, ['イメージと違', '思っていたのと違', '説明と違', '写真と違', '不要になった', 'いらなくなった', '使わなくなった', '気に入らな', '合わず']),
  g('return_request', 'ja', 1, ['未開封', '品質']),
  g('return_request', 'zh', 3, ['退货', '退貨', '能退', '可以退', '退掉', '退回去', '无理由退', '退换']),
  g('return_request', 'zh', 2, [
    '不喜欢', '不想要', '不要了', '与描述不符', '跟描述不符', '和描述不符', '描述不符', '差别太大', '差距太大', '不满意', '图片不符', '和图片不一样', '退回',
    '质量太差', '质量差',
  ]),
  g('return_request', 'zh', 1, ['没拆', '未拆', '质量']),
  g('return_request', 'en', 3, ['be returned', 'return window', 'return shipping', 'return address', 'take it back', 'where do i send it', 'exchange or refund']),
  g('return_request', 'en', 1.5, ['do not like', 'did not like', 'does not suit', 'misleading', 'fake', 'counterfeit', 'not worth', 'never opened', 'never used', 'still sealed', 'allergic', 'allergy', 'too heavy', 'too noisy']),
  g('return_request', 'de', 3, ['rücksenden', 'rückversand', 'rücksendeadresse', 'wohin ~ zurück', 'wohin schicke ich']),
  g('return_request', 'de', 1.5, ['nicht wie erwartet', 'gefällt uns nicht', 'minderwertig', 'fälschung', 'unbenutzt', 'zu laut', 'billig']),
  g('return_request', 'fr', 3, ['procédure de retour', 'adresse de retour', 'le renvoyer', 'la renvoyer', 'vous le retourner', 'vous la retourner']),
  g('return_request', 'fr', 2, ['ne me convient pas', 'convient pas', 'pas à mon goût', 'ne ressemble pas', 'reprendre']),
  g('return_request', 'fr', 1.5, ['contrefaçon', 'jamais servi', 'encore emballé', 'encore emballée', 'allergie']),
  g('return_request', 'es', 2, ['no me gustó', 'no me convenció', 'no es como en las fotos', 'no la voy a usar', 'no lo voy a usar', 'no sirve para lo que']),
  g('return_request', 'es', 1.5, ['sin estrenar', 'sin usar', 'con las etiquetas', 'falsificación', 'falso', 'alergia']),
  g('return_request', 'it', 3, ['restituzione', 'renderlo', 'renderla', 'rimand* ~ indietro', 'rispedire indietro']),
  g('return_request', 'it', 2, ['rendere', 'rimandare', 'non mi convince', 'non somiglia', 'altro che']),
  g('return_request', 'it', 1.5, ['mai usato', 'mai usata', 'ancora imballato', 'ancora imballata', 'scadente', 'falso', 'ingombrante', 'allergia']),
  g('return_request', 'ja', 3, ['返却', '送り返', '返品させて', '返品手続き']),
  g('return_request', 'ja', 2, ['想像と違', '雰囲気に合わ', '部屋に合わ', '偽物']),
  g('return_request', 'ja', 1.5, ['未使用', '思っていたより', '思ったより']),
  g('return_request', 'zh', 3, ['怎么退', '能不能退', '还能退', '可以退吗', '想退', '要退', '申请退']),
  g('return_request', 'zh', 1.5, ['不搭', '假货', '色差', '跟图片不一样', '和图片不一样', '吊牌', '全新']),
];

// ── Damaged / broken / defective ───────────────────────────────────────────────────────────────
const DAMAGED: KeywordGroup[] = [
  g('damaged', 'en', 3, [
    'damaged', 'damage', 'damages', 'broken', 'cracked', 'shattered', 'smashed', 'dented', 'in pieces', 'snapped', 'chipped', 'defective', 'faulty',
    'dead on arrival', 'doa', 'stopped working', 'quit working', 'malfunction*', 'arrived broken', 'is broken', 'came broken', 'torn', 'ripped',
    'will not turn on', 'does not turn on', 'wont turn on', 'no power', 'leaking', 'leaks', 'burnt', 'melted',
  ]),
  g('damaged', 'en', 2, ['crushed', 'crack', 'scratched', 'scratch', 'scratches', 'dent', 'broke', 'bent', 'stained', 'missing parts', 'missing piece*', 'wet', 'faded']),
  g('damaged', 'en', 2.5, ['work', 'works', 'working', 'turn on', 'switch on', 'charge', 'charging', 'power on', 'start', 'function', 'functioning'], { mode: 'neg', role: 'function' }),
  g('damaged', 'de', 3, [
    'beschädigt', 'beschädig*', 'transportschaden', 'kaputt', 'zerbrochen', 'abgebrochen', 'zerkratzt', 'verbeult', 'defekt', 'defekte*', 'zersprungen',
    'gesprungen', 'scherben', 'geht nicht mehr an', 'geht nicht an', 'lässt sich nicht einschalten', 'startet nicht', 'lädt nicht', 'riss', 'gerissen', 'undicht', 'ausgelaufen',
  ]),
  g('damaged', 'de', 2, ['schaden', 'kratzer', 'eingedrückt', 'delle', 'dellen', 'fehlerhaft', 'gebrochen', 'zerdrückt', 'nass']),
  g('damaged', 'de', 2.5, ['funktioniert', 'funktionieren', 'geht an', 'lädt', 'startet'], { mode: 'neg', role: 'function' }),
  g('damaged', 'fr', 3, [
    'endommagé*', 'abîmé*', 'cassé', 'cassée', 'cassés', 'cassées', 'fissuré*', 'ébréché*', 'en mille morceaux', 'en morceaux', 'défectueu*', 'brisé',
    'brisée', 's est cassé*', 'ne s allume', 'tombé en panne', 'en panne', 'déchiré*', 'fuit',
  ]),
  g('damaged', 'fr', 2, ['rayé', 'rayée', 'rayures', 'rayure', 'défaut', 'cabossé*', 'écrasé*', 'fissure', 'tâché*', 'abimé*']),
  g('damaged', 'fr', 2.5, ['fonctionne', 'marche', 's allume', 'charge'], { mode: 'neg', role: 'function' }),
  g('damaged', 'es', 3, [
    'dañado', 'dañada', 'dañados', 'dañadas', 'roto', 'rota', 'rotos', 'rotas', 'se rompió', 'rompió', 'grieta', 'agrietad*', 'abollad*', 'defectuos*',
    'dejó de funcionar', 'partido', 'partida', 'destrozad*', 'hecho pedazos', 'no enciende',
  ]),
  g('damaged', 'es', 2, ['daño', 'daños', 'rayado', 'rayada', 'rayones', 'rayón', 'defecto', 'golpeado', 'golpeada', 'aplastad*', 'mojad*']),
  g('damaged', 'es', 2.5, ['funciona', 'enciende', 'carga', 'prende'], { mode: 'neg', role: 'function' }),
  g('damaged', 'it', 3, [
    'danneggiat*', 'rotto', 'rotta', 'rotti', 'rotte', 'si è rott*', 'crepa', 'crepat*', 'incrinat*', 'ammaccat*', 'difettos*', 'in pezzi', 'a pezzi',
    'non si accende', 'smesso di funzionare', 'guasto', 'scheggiat*', 'strappat*',
  ]),
  g('damaged', 'it', 2, ['danno', 'danni', 'graffiat*', 'graffi', 'graffio', 'difetto', 'schiacciat*', 'bagnat*']),
  g('damaged', 'it', 2.5, ['funziona', 'accende', 'carica'], { mode: 'neg', role: 'function' }),
  g('damaged', 'ja', 3, [
    '破損', '壊れ', 'こわれ', '割れ', 'ひび', 'ヒビ', '初期不良', '故障', '動かな', '作動しな', '動作しな', '電源が入らな', '電源が入りませ',
    '欠けて', '破れ', 'へこ', '凹み', 'つぶれ', '潰れ', '不具合', '液漏れ',
  ]),
  g('damaged', 'ja', 2, ['傷', 'キズ', 'きず', '汚れ', '不良', '欠け', '動きませ']),
  g('damaged', 'zh', 3, [
    '破损', '破損', '损坏', '損壞', '坏了', '坏的', '碎了', '摔坏', '压坏', '裂开', '裂了', '裂缝', '开不了机', '不能用', '用不了', '不工作', '故障', '坏掉',
    '打不开', '漏水', '漏液', '瑕疵',
  ]),
  g('damaged', 'zh', 2, ['坏', '碎', '裂', '划痕', '刮花', '压扁', '凹', '质量问题', '有问题']),
  g('damaged', 'en', 3, ['chunk missing', 'chunk out', 'shards', 'broken glass', 'fell apart', 'falling apart', 'came apart', 'stopped spinning', 'stopped charging', 'water damage', 'overheating', 'overheats']),
  g('damaged', 'en', 2, ['died', 'dead', 'rusty', 'mould', 'mold', 'soaked', 'grinding noise', 'sparks', 'peeling', 'hole', 'holes', 'split']),
  g('damaged', 'en', 1, ['noise', 'stopped', 'smoke', 'rust', 'tear']),
  g('damaged', 'de', 3, ['geist aufgegeben', 'gibt den geist auf', 'kaputtgegangen', 'kaputt gegangen', 'geht kaputt', 'zerrissen', 'angeschlagen', 'abgeplatzt', 'verbogen', 'ausgefallen', 'überhitzt']),
  g('damaged', 'de', 2, ['*schaden', 'schimmel', 'löcher', 'loch', 'wackelt', 'rost']),
  g('damaged', 'fr', 3, ['fêlé', 'fêlée', 'fêlure', 'fendu', 'fendue', 'hors service', 'éclaté', 'éclatée', 'tordu', 'tordue']),
  g('damaged', 'fr', 2, ['camelote', 'fuite', 'moisi', 'troué', 'trouée', 'rouille', 'casser', 'hs']),
  g('damaged', 'es', 3, ['hecho añicos', 'añicos', 'rajado', 'rajada', 'ya no carga', 'se estropeó', 'estropead*', 'averiad*', 'avería', 'se rompe', 'desconchad*']),
  g('damaged', 'es', 2, ['no sirve', 'raja', 'gotea', 'moho', 'oxidad*', 'agujero', 'golpe', 'fuga']),
  g('damaged', 'it', 3, ['spaccat*', 'si è bloccat*', 'ha smesso', 'smesso di', 'guasta', 'bucat*']),
  g('damaged', 'it', 2, ['bloccat*', 'piegat*', 'arrugginit*', 'muffa', 'perde acqua', 'macchiat*']),
  g('damaged', 'it', 2.5, ['funzionano', 'va'], { mode: 'neg', role: 'function' }),
  g('damaged', 'ja', 3, ['効かなく', '効かない', 'スイッチが入らな', 'つかない', '点かない', '充電できな', '充電されな', 'われて', 'われた', '水漏れ', '破け']),
  g('damaged', 'ja', 2, ['異音', '錆', 'さび', 'カビ', '漏れ', '曲が', '剥が', 'ほつれ', '穴']),
  g('damaged', 'zh', 3, ['磕碰', '磕掉', '掉了一块', '缺了一块', '失灵', '没反应', '不亮', '不转', '充不进电', '充不了电', '开裂', '断了', '烂了', '碎掉', '生锈', '发霉']),
  g('damaged', 'zh', 2.5, ['磕', '变形', '凹陷', '异响', '掉漆', '脱胶', '不灵']),
  // Switches itself off.
  g('damaged', 'en', 3, ['turns off by itself', 'shuts off', 'switches off by itself']),
  g('damaged', 'de', 3, ['schaltet sich ~ ab', 'geht ~ von selbst aus']),
  g('damaged', 'fr', 3, ['s arrête tout seul', 's arrête toute seule', 's éteint tout seul', 's éteint toute seule']),
  g('damaged', 'fr', 2, ['s éteint', 's arrête']),
  g('damaged', 'es', 2.5, ['se apaga', 'se para solo', 'se para sola']),
  g('damaged', 'it', 2.5, ['si spegne', 'si ferma da solo', 'si ferma da sola']),
  g('damaged', 'ja', 3, ['勝手に止ま', '勝手に切れ', '電源が切れ']),
  g('damaged', 'zh', 3, ['自动关机', '自己关机', '自动停']),
];

// "Doesn't work" in so many words: damaged, unless it is the tracking number or a login (classify.ts).
const DOES_NOT_WORK: KeywordGroup[] = [
  g('damaged', 'en', 3, ['not working', 'no longer works', 'does not work', 'do not work', 'did not work', 'stopped working'], { role: 'function' }),
  g('damaged', 'de', 3, ['funktioniert nicht', 'funktioniert nicht mehr', 'geht nicht'], { role: 'function' }),
  g('damaged', 'fr', 3, ['ne marche plus', 'ne marche pas', 'ne fonctionne pas', 'ne fonctionne plus'], { role: 'function' }),
  g('damaged', 'es', 3, ['no funciona', 'ya no funciona', 'no funcionan'], { role: 'function' }),
  g('damaged', 'it', 3, ['non funziona', 'non funzionano', 'non va più'], { role: 'function' }),
  g('damaged', 'ja', 3, ['使えな', '使えませ', '機能しな'], { role: 'function' }),
];

// ── Not received / where is my order ───────────────────────────────────────────────────────────
const NOT_RECEIVED: KeywordGroup[] = [
  g('not_received', 'en', 2.5, [
    'arrived', 'arrive', 'received', 'receive', 'got', 'get', 'gotten', 'come', 'came', 'delivered', 'shown up', 'show up', 'showed up', 'turned up',
    'here yet', 'here', 'reached me',
  ], { mode: 'neg', role: 'arrival' }),
  g('not_received', 'en', 3, [
    'where is my', 'where s my', 'where is the package', 'where is the parcel', 'where is my order', 'lost in transit', 'lost in the post', 'lost in the mail',
    'lost package', 'lost parcel', 'package is lost', 'parcel is lost', 'package was lost', 'seems to be lost', 'when will ~ arrive', 'when will i get',
    'when will i receive', 'when will it come', 'when will it be delivered', 'still waiting for my order', 'still waiting for the package',
    'still waiting for my package', 'still not here', 'not here yet', 'not arrived', 'never arrived', 'never received', 'never got', 'nothing arrived',
    'has not moved', 'not been delivered', 'missing package', 'missing parcel', 'package missing', 'parcel missing', 'delivered but',
  ]),
  g('not_received', 'en', 2, ['lost', 'in transit', 'tracking', 'tracking number', 'no update*', 'not updated', 'stuck', 'estimated delivery', 'delayed', 'delay', 'still waiting', 'hasnt arrived', 'havent received']),
  g('not_received', 'en', 1, ['late', 'delivery date', 'carrier', 'courier', 'front desk', 'neighbours', 'neighbors', 'mailbox']),
  g('not_received', 'de', 2.5, [
    'angekommen', 'ankommen', 'erhalten', 'bekommen', 'geliefert', 'zugestellt', 'eingetroffen', 'gekommen', 'kam', 'kommt', 'erreicht',
  ], { mode: 'neg', role: 'arrival' }),
  g('not_received', 'de', 3, [
    'wo bleibt', 'wo ist mein', 'wo ist meine', 'wo ist das paket', 'wo ist es', 'verloren', 'verloren gegangen', 'verschollen', 'keine bewegung',
    'noch nicht da', 'nichts erhalten', 'nichts bekommen', 'nix bekommen', 'nie angekommen', 'wann kommt', 'wann wird ~ geliefert', 'wann kommt mein',
    'warte seit', 'paket nicht bekommen',
  ]),
  g('not_received', 'de', 2, ['sendungsverfolgung', 'sendungsnummer', 'tracking', 'trackingnummer', 'lieferdatum', 'nachforschen', 'nachbarn', 'verzögert', 'verspätet', 'warte noch']),
  g('not_received', 'de', 1, ['zusteller', 'versanddienstleister', 'dhl', 'hermes']),
  g('not_received', 'fr', 2.5, ['reçu', 'reçue', 'recu', 'arrivé', 'arrivée', 'livré', 'livrée', 'parvenu', 'parvenue', 'venu'], { mode: 'neg', role: 'arrival' }),
  g('not_received', 'fr', 3, [
    'où est mon', 'où est ma', 'où en est ma commande', 'où en est mon colis', 'colis perdu', 'semble perdu', 'perdu', 'toujours rien', 'rien reçu',
    'jamais arrivé*', 'jamais reçu', 'quand vais je recevoir', 'quand vais je la recevoir', 'quand vais je le recevoir', 'devait arriver',
    'toujours pas reçu', 'pas encore reçu', 'ouvrir une enquête', 'pas bougé',
  ]),
  g('not_received', 'fr', 2, ['suivi', 'numéro de suivi', 'en transit', 'retard', 'enquête', 'transporteur', 'date de livraison prévue']),
  g('not_received', 'es', 2.5, ['llegado', 'llegó', 'llega', 'recibido', 'recibí', 'recibo', 'entregado', 'entregó'], { mode: 'neg', role: 'arrival' }),
  g('not_received', 'es', 3, [
    'dónde está mi', 'donde esta mi', 'dónde está el paquete', 'se ha perdido', 'perdido', 'extraviado', 'nunca recibí', 'nunca llegó', 'no me ha llegado',
    'no ha llegado', 'no llega', 'no me llega', 'cuándo llega', 'cuándo llegará', 'cuándo me llega', 'sin moverse', 'no he recibido', 'aún no me llega',
  ]),
  g('not_received', 'es', 2, ['seguimiento', 'número de seguimiento', 'fecha estimada', 'en tránsito', 'parado', 'retraso', 'transportista']),
  g('not_received', 'it', 2.5, ['arrivato', 'arrivata', 'arrivati', 'ricevuto', 'ricevuta', 'ricevuti', 'consegnato', 'consegnata', 'giunto', 'pervenuto'], { mode: 'neg', role: 'arrival' }),
  g('not_received', 'it', 3, [
    'dov è il mio', 'dov è', 'dove è il mio', 'dove si trova', 'andato perso', 'pacco perso', 'perso', 'smarrito', 'mai arrivato', 'mai arrivata',
    'quando arriva', 'quando arriverà', 'doveva arrivare', 'non ho ricevuto niente', 'non ho ricevuto nulla', 'non è ancora arrivato',
  ]),
  g('not_received', 'it', 2, ['tracciamento', 'tracking', 'fermo', 'in transito', 'ritardo', 'corriere']),
  g('not_received', 'ja', 2.5, ['届い', '届き', '届か', '届く', 'とどい', 'とどき', 'とどか', '受け取っ', '受け取れ', '受け取り', '着い', '到着し', '配達され', '届'], { mode: 'neg', role: 'arrival' }),
  g('not_received', 'ja', 3, ['いつ届', 'どこ', '紛失', '未着', '届かない', '届いてない', '届いていない', '動きがありませ', '動きがない', '行方不明']),
  g('not_received', 'ja', 2, ['追跡', '到着予定', '配達完了', '配送状況', 'お届け予定']),
  g('not_received', 'zh', 2.5, ['收到', '到货', '送到', '送达', '签收', '拿到', '寄到', '到达', '收货'], { mode: 'neg', role: 'arrival' }),
  g('not_received', 'zh', 3, [
    '还没到', '没到', '未到', '到哪', '在哪', '丢了', '丢件', '丢失', '没有更新', '没更新', '一直没动', '不更新', '什么时候能到', '什么时候到', '还没收到', '没收到', '收不到',
    '没有收到', '未收到', '沒收到', '查一下物流', '查物流',
  ]),
  g('not_received', 'zh', 2, ['物流', '预计送达', '快递', '延迟', '延误']),
  g('not_received', 'en', 3, ['received nothing', 'got nothing', 'where is it', 'when will my order', 'when can i expect', 'supposed to arrive', 'should have arrived', 'update on my order', 'status of my order', 'no news', 'still isn t here', 'label created', 'delivered to the wrong', 'wrong house']),
  g('not_received', 'en', 2, ['any update', 'order status', 'nothing yet', 'out for delivery', 'at customs', 'expected delivery', 'been waiting', 'stolen', 'held at customs']),
  g('not_received', 'en', 1, ['customs', 'waiting for', 'any news', 'missing']),
  g('not_received', 'de', 3, ['wo befindet sich', 'wo ~ befindet', 'ankommen sollen', 'hätte ~ ankommen sollen', 'sollte ~ ankommen', 'warte auf mein paket', 'warte auf meine bestellung', 'nichts angekommen', 'beim zoll', 'status unverändert', 'keine neuigkeiten']),
  g('not_received', 'de', 2, ['unterwegs', 'unverändert', 'warte auf', 'immer noch nicht']),
  g('not_received', 'de', 1, ['zoll']), // also inches ("17 Zoll")
  g('not_received', 'fr', 3, ['en cours d acheminement', 'colis bloqué', 'aucune nouvelle', 'pas de nouvelles', 'où est passé', 'où se trouve', 'devait être livré', 'devait être livrée', 'rien dans ma boîte', 'attends ma commande', 'attends mon colis']),
  g('not_received', 'fr', 2, ['acheminement', 'douane', 'livraison prévue', 'date prévue']),
  g('not_received', 'fr', 1, ['boîte aux lettres', 'bloqué']),
  g('not_received', 'es', 3, ['dónde está', 'qué pasa con el envío', 'qué pasa con mi pedido', 'esperando mi pedido', 'esperando el paquete', 'todavía no ha llegado', 'en la aduana']),
  g('not_received', 'es', 2, ['estoy esperando', 'sigo esperando', 'aduana', 'en reparto', 'retrasado', 'demora']),
  g('not_received', 'es', 1, ['buzón', 'envío']),
  g('not_received', 'it', 3, ['nessuna notizia', 'nessun aggiornamento', 'è sparito', 'sparito', 'sparita', 'ancora niente', 'aspetto ancora', 'non è arrivato niente', 'in giacenza']),
  g('not_received', 'it', 2, ['sto aspettando', 'ancora in attesa', 'dogana', 'giacenza', 'in consegna']),
  g('not_received', 'ja', 3, ['来ない', '来ません', '手元にありません', '手元に届', 'まだ手元に', '追跡番号', '届いておりません', '盗難']),
  g('not_received', 'ja', 2, ['配送状況', 'ポストにも', '玄関にも', '不在票']),
  g('not_received', 'zh', 3, ['货呢', '包裹呢', '快递呢', '东西呢', '没有物流信息', '显示已签收', '到现在还没', '还没有到', '多久能到', '被偷']),
  g('not_received', 'zh', 2, ['物流信息', '一直显示', '什么时候发货', '我的货', '门口', '信箱']),
  g('not_received', 'en', 3, ['shipping confirmation'], { mode: 'any' }),
  g('not_received', 'en', 3, ['when will my order be dispatched', 'when will it be dispatched', 'when will it ship', 'not been dispatched', 'not been shipped']),
  g('not_received', 'en', 2.5, ['shipped', 'dispatched', 'sent out'], { mode: 'neg', role: 'arrival' }),
  g('not_received', 'en', 1.5, ['dispatched', 'dispatch']),
  g('not_received', 'de', 2.5, ['versendet', 'verschickt', 'rausgegangen'], { mode: 'neg', role: 'arrival' }),
  g('not_received', 'fr', 2.5, ['expédié', 'expédiée', 'envoyé', 'envoyée'], { mode: 'neg', role: 'arrival' }),
  g('not_received', 'es', 2.5, ['enviado', 'enviada', 'mandado'], { mode: 'neg', role: 'arrival' }),
  g('not_received', 'it', 2.5, ['spedito', 'spedita', 'partito'], { mode: 'neg', role: 'arrival' }),
];

// ── Wrong item ─────────────────────────────────────────────────────────────────────────────────
const WRONG_ITEM: KeywordGroup[] = [
  g('wrong_item', 'en', 3, [
    'wrong item', 'wrong product', 'wrong model', 'wrong colour', 'wrong color', 'wrong one', 'wrong version', 'wrong part', 'wrong charger', 'wrong thing',
    'sent me the wrong', 'sent the wrong', 'sent me a different', 'received the wrong', 'received a different', 'got the wrong', 'got a different',
    'not what i ordered', 'not the one i ordered', 'not the item i ordered', 'different item', 'different product', 'completely different',
    'someone else s order', 'someone else s', 'incorrect item', 'incorrect product', 'mix up', 'mixed up', 'mixup', 'does not match the listing',
    'does not match my order', 'not what i bought',
  ]),
  g('wrong_item', 'en', 2, ['wrong', 'instead of', 'does not match', 'correct one', 'right one', 'correct item', 'ordered ~ but got', 'ordered ~ and got', 'ordered ~ but received', 'and got a', 'but got']),
  g('wrong_item', 'de', 3, [
    'falscher artikel', 'falschen artikel', 'falsches produkt', 'falsche produkt', 'falsches modell', 'falsche modell', 'falsche farbe', 'falsche ware',
    'falsch geliefert', 'falsche lieferung', 'nicht das was ich bestellt', 'nicht das bestellte', 'nicht den bestellten', 'ganz anderes',
    'anderes produkt', 'anderen artikel', 'anderer artikel', 'entspricht nicht meiner bestellung', 'verwechselt', 'nicht bestellt',
  ]),
  g('wrong_item', 'de', 1, ['statt', 'anstatt']),
  g('wrong_item', 'de', 2, ['falsch', 'falsche', 'falschen', 'falsches', 'bestellt war', 'entspricht nicht']),
  g('wrong_item', 'de', 1, ['richtige', 'richtigen']),
  g('wrong_item', 'fr', 3, [
    'mauvais article', 'mauvais produit', 'mauvais modèle', 'mauvaise couleur', 'mauvaise référence', 'pas le bon', 'pas la bonne', 'pas ce que j ai commandé',
    'erreur d envoi', 'erreur de colis', 'autre produit', 'autre article', 'correspond pas à ma commande', 'correspond pas à la commande',
    'pas celui que j ai commandé', 'un autre produit que',
  ]),
  g('wrong_item', 'fr', 2, ['mauvais', 'mauvaise', 'au lieu du', 'au lieu de', 'au lieu d', 'référence différente', 'différent']),
  g('wrong_item', 'es', 3, [
    'artículo equivocado', 'producto equivocado', 'color equivocado', 'modelo equivocado', 'producto incorrecto', 'artículo incorrecto', 'no es lo que pedí',
    'no es lo que compré', 'otro producto', 'otro modelo', 'otra cosa', 'pedido de otra persona', 'de otra persona', 'no corresponde con',
    'me mandaron otr*', 'me enviaron otr*', 'no pedí',
  ]),
  g('wrong_item', 'es', 2, ['equivocado', 'equivocada', 'incorrecto', 'incorrecta', 'en vez de', 'distinto', 'diferente', 'no corresponde']),
  g('wrong_item', 'it', 3, [
    'articolo sbagliato', 'prodotto sbagliato', 'colore sbagliato', 'modello sbagliato', 'sbagliato articolo', 'non è quello che ho ordinato',
    'non è quello che ho comprato', 'altro prodotto', 'qualcun altro', 'avete sbagliato', 'non corrisponde a quello', 'non è il prodotto',
  ]),
  g('wrong_item', 'it', 2, ['sbagliato', 'sbagliata', 'invece del', 'invece della', 'invece di', 'non corrisponde', 'diverso']),
  g('wrong_item', 'ja', 3, [
    '違う商品', '別の商品', '商品違い', '注文と違う', '注文と異なる', '間違った商品', '誤配送', '違う色', '色違い', '型番が違', '他の人の', '別の物', '異なる商品',
    '注文したのに', '正しい商品',
  ]),
  g('wrong_item', 'ja', 2, ['違う', '違い', '異なる', '間違']),
  g('wrong_item', 'zh', 3, ['发错', '寄错', '错发', '发成了', '不是我买的', '不是我订的', '不是我要的', '别人的', '型号不对', '颜色不对', '款式不对', '货不对']),
  g('wrong_item', 'zh', 2, ['不对', '错了', '收到的是', '不一样']),
  g('wrong_item', 'en', 3, ['not mine', 'not my order', 'for someone else', 'sent ~ instead', 'received ~ instead', 'got ~ instead', 'sent me ~ instead']),
  g('wrong_item', 'en', 1, ['instead of the']),
  g('wrong_item', 'de', 3, ['nicht mein', 'nicht meins', 'nicht meine', 'vertauscht', 'statt der bestellten', 'statt des bestellten', 'das falsche']),
  g('wrong_item', 'fr', 3, ['pas le mien', 'pas la mienne', 'pas ma commande', 'pas celle que', 'pas celui que', 'erreur de référence', 'au lieu des']),
  g('wrong_item', 'fr', 1, ['la bonne', 'le bon']),
  g('wrong_item', 'es', 3, ['no es el mío', 'no es mío', 'no es la mía', 'no es mi pedido', 'no es el que pedí', 'no es la que pedí']),
  g('wrong_item', 'es', 1.5, ['la correcta', 'el correcto', 'en vez del', 'en lugar del']),
  g('wrong_item', 'it', 3, ['non è il mio', 'non è la mia', 'non è il modello', 'diverso da quello', 'diversa da quella', 'articolo diverso', 'prodotto diverso', 'modello diverso']),
  g('wrong_item', 'it', 1.5, ['quelle giuste', 'quella giusta', 'quello giusto', 'invece delle', 'invece dei']),
  g('wrong_item', 'ja', 3, ['中身が違', '違うもの', '頼んだのと違', '注文したものと違', '別のもの', '違う型']),
  g('wrong_item', 'ja', 2, ['注文したのは', '正しいもの']),
  g('wrong_item', 'zh', 3, ['东西不对', '和我买的不一样', '跟我买的不一样', '和我订的不一样', '不是我的']),
  g('wrong_item', 'zh', 2, ['发的是', '寄来的是', '来的是']),
  // What was ordered and what came: both in one message hint at a wrong item (see classify.ts).
  g('wrong_item', 'en', 0, ['ordered', 'i ordered', 'bought', 'purchased', 'asked for', 'chose', 'selected'], { role: 'ordered' }),
  g('wrong_item', 'de', 0, ['bestellt', 'bestellte', 'gekauft'], { role: 'ordered' }),
  g('wrong_item', 'fr', 0, ['commandé', 'commandée', 'acheté', 'achetée', 'choisi'], { role: 'ordered' }),
  g('wrong_item', 'es', 0, ['pedí', 'compré', 'encargué', 'elegí'], { role: 'ordered' }),
  g('wrong_item', 'it', 0, ['ordinato', 'ordinata', 'comprato', 'acquistato', 'scelto'], { role: 'ordered' }),
  g('wrong_item', 'ja', 0, ['注文した', '頼んだ', '購入した', '買った'], { role: 'ordered' }),
  g('wrong_item', 'zh', 0, ['订的', '买的', '下单的', '订了', '买了', '拍的'], { role: 'ordered' }),
  g('wrong_item', 'en', 0, ['sent me', 'sent', 'inside'], { role: 'got' }),
  g('wrong_item', 'de', 0, ['geschickt', 'lag', 'lagen', 'im paket', 'im karton'], { role: 'got' }),
  g('wrong_item', 'fr', 0, ['envoyé', 'envoyée', 'contenait'], { role: 'got' }),
  g('wrong_item', 'es', 0, ['mandaron', 'enviaron', 'vino', 'venía', 'traía'], { role: 'got' }),
  g('wrong_item', 'it', 0, ['mandato', 'spedito', 'inviato', 'ci sono', 'c era'], { role: 'got' }),
  g('wrong_item', 'ja', 0, ['入って', '送られて'], { role: 'got' }),
  g('wrong_item', 'zh', 0, ['寄来', '发来', '到的是'], { role: 'got' }),
  g('wrong_item', 'en', 2.5, ['other brand', 'different brand']),
  g('wrong_item', 'de', 2.5, ['andere marke', 'anderen marke']),
  g('wrong_item', 'fr', 2.5, ['autre marque']),
  g('wrong_item', 'es', 2.5, ['otra marca']),
  g('wrong_item', 'it', 2.5, ['altra marca']),
  g('wrong_item', 'ja', 2.5, ['違うメーカー', '別のメーカー']),
  g('wrong_item', 'zh', 2.5, ['别的牌子', '其他牌子']),
];

// ── Size exchange ──────────────────────────────────────────────────────────────────────────────
const SIZE: KeywordGroup[] = [
  g('size_exchange', 'en', 3, [
    'too small', 'too big', 'too large', 'too tight', 'too loose', 'too short', 'too narrow', 'too wide', 'runs small', 'runs large', 'runs big',
    'size up', 'size down', 'one size up', 'one size down', 'bigger size', 'smaller size', 'larger size', 'different size', 'size exchange',
    'exchange ~ size', 'exchange ~ for a', 'swap ~ for a', 'does not fit', 'do not fit', 'did not fit', 'not fit', 'wrong size',
  ]),
  g('size_exchange', 'en', 2, ['size', 'sizes', 'sizing', 'exchange', 'swap', 'tight']),
  g('size_exchange', 'en', 1, ['loose', 'huge', 'large', 'medium', 'small', 'xl', 'xxl', 'length', 'waist']),
  g('size_exchange', 'de', 3, [
    'zu klein', 'zu groß', 'zu eng', 'zu weit', 'zu kurz', 'zu knapp', 'passt nicht', 'falsche größe', 'nummer kleiner', 'nummer größer',
    'eine nummer', 'größe ~ umtauschen', 'in größe', 'groß aus', 'klein aus', 'klein geschnitten', 'knapp geschnitten', 'größer schicken',
  ]),
  g('size_exchange', 'de', 1.5, ['zu lang']), // also "delivery takes too long"
  g('size_exchange', 'de', 2, ['größe', 'grösse', 'größen', 'umtauschen', 'umtausch', 'tauschen', 'tausch']),
  g('size_exchange', 'fr', 3, [
    'trop petit*', 'trop grand*', 'trop serré*', 'trop large*', 'trop court*', 'trop étroit*', 'taille au dessus', 'taille en dessous', 'taille grand',
    'taille petit', 'mauvaise taille', 'pointure', 'échange de taille', 'taille ne va pas', 'taille ne me va pas', 'une taille',
  ]),
  g('size_exchange', 'fr', 2, ['taille', 'échange', 'échanger', 'ne me va pas', 'me va pas']),
  g('size_exchange', 'es', 3, [
    'me queda* pequeñ*', 'me queda* grand*', 'me queda* chic*', 'me queda* justa', 'me queda* justo', 'me queda* larg*', 'me queda* cort*', 'queda pequeñ*',
    'queda grande', 'talla más', 'una talla', 'cambio de talla', 'cambios de talla', 'talla incorrecta', 'talla equivocada', 'me aprieta',
    'demasiado largo', 'demasiado larga', 'demasiado pequeñ*', 'demasiado grande',
  ]),
  g('size_exchange', 'es', 2, ['talla', 'tallas', 'cambiarla', 'cambiarlas', 'cambiarlo', 'cambiarlos', 'cambio', 'aprieta', 'ajustad*', 'holgad*']),
  g('size_exchange', 'es', 1, ['pequeño', 'pequeña', 'grande']),
  g('size_exchange', 'it', 3, [
    'troppo piccol*', 'troppo grand*', 'troppo strett*', 'troppo larg*', 'troppo cort*', 'troppo lung*', 'cambio taglia', 'taglia sbagliata',
    'taglia più grande', 'taglia più piccola', 'taglia in meno', 'taglia in più', 'mi sta larg*', 'mi sta strett*', 'mi va strett*', 'mi va larg*',
    'taglia non va bene',
  ]),
  g('size_exchange', 'it', 2, ['taglia', 'taglie', 'cambiarla', 'cambiarle', 'cambiarlo', 'cambiarli', 'in cambio', 'cambio', 'stretta', 'stretto']),
  g('size_exchange', 'it', 1, ['piccolo', 'piccola', 'larga', 'largo']),
  g('size_exchange', 'ja', 3, ['サイズ交換', 'サイズ違い', 'ワンサイズ', '大きすぎ', '小さすぎ', 'きつかった', 'キツかった', 'ゆるい', 'ゆるかった', '小さかった', '大きかった']),
  g('size_exchange', 'ja', 2, ['サイズ', 'きつ', 'キツ', 'ゆる', '緩', '交換']),
  g('size_exchange', 'ja', 1, ['合わな', '合いませ']),
  g('size_exchange', 'ja', 1, ['小さ', '大き', '替え']),
  g('size_exchange', 'zh', 3, [
    '尺码', '尺碼', '偏小', '偏大', '太小', '太大', '太紧', '太松', '穿不下', '不合身', '大一码', '小一码', '大一号', '小一号', '换码', '码数', '换尺码', '换个尺寸',
    '尺寸不对', '尺寸不合适',
  ]),
  g('size_exchange', 'zh', 2, ['尺寸', '换货', '不合适', '太长', '太短']),
  g('size_exchange', 'zh', 1, ['换']),
  g('size_exchange', 'en', 3, ['half size', 'size smaller', 'size bigger', 'size larger', 'next size', 'wide fit', 'size chart', 'too long for me']),
  g('size_exchange', 'en', 2, ['narrow', 'baggy', 'pinches', 'pinch', 'one size', 'a small', 'a medium', 'a large']),
  g('size_exchange', 'en', 2.5, ['fit', 'fits', 'fitting'], { mode: 'neg' }),
  g('size_exchange', 'en', 1, ['sleeves', 'snug', 'too long']),
  g('size_exchange', 'de', 3, ['halbe nummer', 'eine größe', 'größe kleiner', 'größe größer', 'schuhgröße', 'sitzt nicht', 'sitzt zu']),
  g('size_exchange', 'de', 2, ['*größe', 'drück*', 'eng', 'kleiner', 'größer']),
  g('size_exchange', 'de', 2.5, ['passt', 'sitzt'], { mode: 'neg' }),
  g('size_exchange', 'fr', 3, ['trop juste', 'un peu juste', 'taille du dessus', 'taille supérieure', 'taille inférieure', 'taille plus grande', 'taille plus petite']),
  g('size_exchange', 'fr', 2, ['juste aux', 'serré', 'serrée']),
  g('size_exchange', 'fr', 2.5, ['va'], { mode: 'neg' }),
  g('size_exchange', 'es', 3, ['me queda* enorme', 'número más', 'número menos', 'número mayor', 'un número', 'talla menos', 'talla más pequeña', 'talla más grande', 'cambiar la talla', 'aprieta*']),
  g('size_exchange', 'es', 2, ['estrecho', 'estrecha', 'me quedan', 'enorme']),
  g('size_exchange', 'it', 3, ['stanno strett*', 'stanno larg*', 'stanno cort*', 'stanno lung*', 'numero sopra', 'numero sotto', 'numero in più', 'numero in meno', 'cambiare misura', 'lunghezza maggiore']),
  g('size_exchange', 'it', 2, ['misura', 'strett*', 'corti', 'lunghezza', 'mi stanno']),
  g('size_exchange', 'it', 1, ['sostituir*', 'corto']),
  g('size_exchange', 'ja', 3, ['窮屈', 'ブカブカ', 'ぶかぶか', 'サイズが合わな', 'サイズが合いませ', '長すぎ', '短すぎ', 'サイズから']),
  g('size_exchange', 'ja', 2, ['きつめ', '大きめ', '小さめ', '丈が']),
  g('size_exchange', 'ja', 1.5, ['丈', '替えて']),
  g('size_exchange', 'zh', 3, ['挤脚', '太肥', '有点小', '有点大', '小了', '换大', '换小']),
  g('size_exchange', 'zh', 2, ['大了', '长了', '短了', '换成', '紧']),
  g('size_exchange', 'zh', 1, ['码', '肥', '松']),
];

// ── Cancel ─────────────────────────────────────────────────────────────────────────────────────
const CANCEL: KeywordGroup[] = [
  g('cancel', 'en', 3.5, ['cancel', 'cancelled', 'canceled', 'cancellation', 'cancelling', 'canceling']),
  g('cancel', 'de', 3.5, ['storno', 'stornieren', 'stornierung', 'storniert', 'stornier*', 'annullieren']),
  g('cancel', 'fr', 3.5, ['annuler', 'annulez', 'annulé', 'annulée', 'annulation', 'annule']),
  g('cancel', 'es', 3.5, ['cancelar', 'cancelen', 'cancele', 'cancelado', 'cancelada', 'cancelación', 'anular', 'anulen', 'anule', 'anulado', 'anulación']),
  g('cancel', 'it', 3.5, ['annullare', 'annullate', 'annullato', 'annullata', 'annullamento', 'annulla', 'cancellare', 'cancellate', 'cancellato', 'cancellazione']),
  g('cancel', 'und', 3.5, ['cancel*', 'annul*', 'anul*']), // other forms of the same verbs
  g('cancel', 'en', 3, ['stop the shipment', 'stop the order', 'do not ship', 'do not send it', 'withdraw my order', 'not ship it', 'hold the order']),
  g('cancel', 'en', 1, ['ordered twice', 'duplicate order', 'by mistake', 'refuse the delivery', 'placed the order', 'before it ships']),
  g('cancel', 'de', 3, ['abbrechen', 'brechen ~ ab', 'nicht versenden', 'nicht verschicken', 'nicht abschicken', 'nicht mehr verschicken', 'vom kauf zurück', 'auftrag zurückziehen']),
  g('cancel', 'de', 1, ['doppelt bestellt', 'versehentlich', 'bevor es verschickt']),
  g('cancel', 'fr', 3, ['annulation', 'envoyez pas', 'expédiez pas', 'pas expédier', 'pas envoyer']),
  g('cancel', 'fr', 1, ['par erreur', 'deux fois', 'pas encore expédiée', 'pas encore expédié']),
  g('cancel', 'es', 3, ['no envíen', 'no lo envíen', 'no me lo envíen', 'no manden']),
  g('cancel', 'es', 1, ['por error', 'sin querer', 'dos veces', 'aún no se ha enviado', 'antes de que salga']),
  g('cancel', 'it', 3, ['non spedite', 'non spedire', 'non inviate', 'annullamento']),
  g('cancel', 'it', 1, ['per sbaglio', 'per errore', 'due volte', 'prima della spedizione']),
  g('cancel', 'ja', 3.5, ['キャンセル', '取り消', '取消', '発送しないで', '送らないで', '発送を止め']),
  g('cancel', 'ja', 1, ['間違えて注文', '2回注文', '二重注文', '発送前']),
  g('cancel', 'zh', 3.5, ['取消', '不要发货', '别发货', '不用发货', '不用发了', '撤销订单', '撤单']),
  g('cancel', 'zh', 1, ['拍错', '重复下单', '下错', '还没发货']),
  g('cancel', 'en', 3, ['withdraw ~ order', 'call off']),
  g('cancel', 'de', 3, ['zurückziehen']),
  g('cancel', 'ja', 3, ['注文をやめ', '中止']),
  g('cancel', 'ja', 2, ['やめたい']),
  g('cancel', 'zh', 3, ['撤销', '订单不要', '退单']),
];

// ── Refund status ──────────────────────────────────────────────────────────────────────────────
const REFUND: KeywordGroup[] = [
  // Refund nouns: status by default, return_request when asked for (see classify.ts).
  g('refund_status', 'en', 1, ['refund', 'refunds', 'refunded', 'reimbursement', 'reimbursed', 'money back', 'my money'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'de', 1, ['erstattung', 'rückerstattung', 'erstattet', 'gutschrift', 'rückzahlung', 'rückbuchung', 'geld', 'mein geld'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'fr', 1, ['remboursement', 'remboursé', 'remboursée', 'rembourser', 'argent'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'es', 1, ['reembolso', 'reembolsado', 'reembolsen', 'reembolsar', 'dinero', 'devolver* el dinero', 'devolución del dinero'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'it', 1, ['rimborso', 'rimborsato', 'rimborsata', 'soldi', 'denaro'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'ja', 1, ['返金', 'お金', '代金'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'zh', 1, ['退款', '退钱', '钱', '货款'], { role: 'refund', mode: 'any' }),
  // Status words: count only in a message that names a refund.
  g('refund_status', 'en', 1.5, ['when', 'still', 'yet', 'status', 'update', 'processed', 'issued', 'pending', 'where', 'already', 'promised', 'confirm', 'waiting', 'been'], { role: 'refund-cue', mode: 'any' }),
  g('refund_status', 'de', 1.5, ['wann', 'noch', 'schon', 'bereits', 'stand', 'status', 'neuigkeiten', 'versprochen', 'bearbeitet', 'warte', 'wo', 'immer', 'eingegangen'], { role: 'refund-cue', mode: 'any' }),
  g('refund_status', 'fr', 1.5, ['quand', 'toujours', 'encore', 'déjà', 'statut', 'où', 'effectué', 'promis', 'attends', 'attente', 'confirmer', 'apparaît'], { role: 'refund-cue', mode: 'any' }),
  g('refund_status', 'es', 1.5, ['cuándo', 'todavía', 'aún', 'ya', 'estado', 'dónde', 'procesado', 'sigo', 'esperando', 'prometido', 'confirmar', 'aparece', 'nada'], { role: 'refund-cue', mode: 'any' }),
  g('refund_status', 'it', 1.5, ['quando', 'ancora', 'già', 'stato', 'dove', 'dov', 'effettuato', 'lavorazione', 'aspettando', 'promesso', 'confermarmi', 'confermare', 'risulta'], { role: 'refund-cue', mode: 'any' }),
  g('refund_status', 'ja', 1.5, ['まだ', 'いつ', '状況', '処理', '反映', 'その後', '完了', '戻って'], { role: 'refund-cue', mode: 'any' }),
  g('refund_status', 'zh', 1.5, ['什么时候', '还没', '进度', '到账', '处理', '怎么还', '说好', '多久', '呢'], { role: 'refund-cue', mode: 'any' }),
  // The item is already on its way back: the buyer follows up on a return in progress.
  g('refund_status', 'en', 2, ['returned', 'returned it', 'sent ~ back', 'shipped ~ back', 'mailed ~ back', 'received ~ return', 'got ~ back', 'return was delivered', 'already returned']),
  g('refund_status', 'de', 2, ['zurückgeschickt', 'zurückgesendet', 'zurückgesandt', 'retourniert', 'retoure ist', 'rücksendung ~ bekommen', 'rücksendung ~ erhalten', 'rücksendung ist']),
  g('refund_status', 'fr', 2, ['renvoyé', 'renvoyée', 'ai retourné', 'déjà retourné', 'réception du retour', 'retour ~ reçu', 'retour arrivé', 'reçu le colis', 'reçu mon retour']),
  g('refund_status', 'es', 2, ['devolví', 'devuelto', 'mandé ~ de vuelta', 'envié ~ de vuelta', 'recibieron la devolución', 'recibido la devolución']),
  g('refund_status', 'it', 2, ['restituito', 'restituita', 'rimandato', 'spedito indietro', 'ricevuto il reso', 'ricevuto il pacco', 'soldi del reso']),
  g('refund_status', 'ja', 2, ['返品した', '返品しました', '返送しました', '返送した', '返品済', '返送済', '返品は届']),
  g('refund_status', 'zh', 2, ['寄回去了', '已经寄回', '已寄回', '已退回', '退回的', '签收退货', '收到退货', '寄回去两']),
  g('refund_status', 'es', 1, ['devuelvan el dinero', 'devuelvan mi dinero', 'devolverme el dinero'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'en', 1.5, ['news', 'expect'], { role: 'refund-cue', mode: 'any' }),
  g('refund_status', 'de', 1.5, ['veranlasst', 'seit'], { role: 'refund-cue', mode: 'any' }),
  g('refund_status', 'fr', 1.5, ['espérer', 'depuis', 'fait'], { role: 'refund-cue', mode: 'any' }),
  g('refund_status', 'es', 1.5, ['reflejado', 'hace'], { role: 'refund-cue', mode: 'any' }),
  g('refund_status', 'it', 1.5, ['emesso', 'punto', 'niente', 'fa'], { role: 'refund-cue', mode: 'any' }),
  g('refund_status', 'ja', 1.5, ['済んで', '手続き', '経つ'], { role: 'refund-cue', mode: 'any' }),
  g('refund_status', 'zh', 1.5, ['办好', '好了吗', '大概', '都'], { role: 'refund-cue', mode: 'any' }),
  g('refund_status', 'en', 2, ['dropped off', 'return was', 'since you received']),
  g('refund_status', 'de', 2, ['zurückgeschickt*']),
  g('refund_status', 'fr', 2, ['est chez vous']),
  g('refund_status', 'es', 2, ['paquete devuelto']),
  g('refund_status', 'it', 2, ['rispedito', 'reso ~ consegnato']),
  g('refund_status', 'ja', 2, ['返品してから', '返送してから']),
  g('refund_status', 'zh', 3, ['钱还没退', '钱没退']),
];

// ── Address change ─────────────────────────────────────────────────────────────────────────────
const ADDRESS: KeywordGroup[] = [
  g('address_change', 'en', 3, [
    'change ~ address', 'update ~ address', 'correct ~ address', 'shipping address', 'delivery address', 'wrong address', 'new address', 'work address',
    'address is wrong', 'address changed', 'redirect', 'pickup point', 'pick up point', 'apartment number', 'flat number', 'zip code', 'postcode',
    'postal code', 'ship to my', 'deliver to my', 'send it to my', 'ship it to', 'street name', 'house number',
  ]),
  g('address_change', 'en', 2, ['address', 'moving', 'moved', 'typo in my']),
  g('address_change', 'de', 3, [
    'lieferadresse', 'lieferanschrift', 'adresse ändern', 'adresse ~ ändern', 'adresse ~ korrigieren', 'an folgende adresse', 'packstation', 'hausnummer',
    'postleitzahl', 'andere adresse', 'neue adresse', 'anschrift ~ falsch', 'adresse ~ falsch', 'statt nach hause', 'zu meiner arbeit',
  ]),
  g('address_change', 'de', 2, ['adresse', 'anschrift', 'umgezogen', 'umzug', 'plz', 'vertippt']),
  g('address_change', 'fr', 3, [
    'adresse de livraison', 'modifier ~ adresse', 'changer ~ adresse', 'trompé d adresse', 'trompée d adresse', 'point relais', 'code postal',
    'numéro d appartement', 'nouvelle adresse', 'erreur dans l adresse', 'adresse incomplète', 'plutôt qu à domicile',
  ]),
  g('address_change', 'fr', 2, ['adresse', 'déménage', 'déménagé', 'déménagement']),
  g('address_change', 'es', 3, [
    'dirección de envío', 'dirección de entrega', 'cambiar ~ dirección', 'actualizar ~ dirección', 'equivoqué de dirección', 'código postal',
    'número de piso', 'nueva dirección', 'en lugar de a mi casa', 'a mi oficina',
  ]),
  g('address_change', 'es', 2, ['dirección', 'direccion', 'me mudo', 'mudanza', 'piso']),
  g('address_change', 'it', 3, [
    'indirizzo di spedizione', 'indirizzo di consegna', 'cambiare ~ indirizzo', 'modificare ~ indirizzo', 'sbagliato indirizzo', 'indirizzo sbagliato',
    'numero civico', 'punto di ritiro', 'nuovo indirizzo', 'invece che a casa',
  ]),
  g('address_change', 'it', 2, ['indirizzo', 'cap', 'trasferisco', 'trasloco']),
  g('address_change', 'ja', 3, ['住所', '配送先', 'お届け先', '届け先', '送り先を変更', '郵便番号', '部屋番号', '番地']),
  g('address_change', 'ja', 2, ['引っ越', '転居']),
  g('address_change', 'zh', 3, ['地址', '收货地址', '改地址', '修改地址', '邮编', '改寄', '配送地址', '门牌号', '寄到公司']),
  g('address_change', 'zh', 2, ['搬家', '收件人']),
  g('address_change', 'en', 3, ['old address', 'go to my office', 'to my office', 'to my work', 'parcel locker', 'not be home', 'leave it with']),
  g('address_change', 'en', 2, ['old flat', 'old house', 'send it to', 'deliver it to', 'not be there', 'po box', 'locker', 'apt', 'zip']),
  g('address_change', 'en', 1, ['road', 'street', 'avenue', 'neighbour', 'neighbor']),
  g('address_change', 'de', 3, ['alte adresse', 'richtige adresse', 'ins büro', 'an meine arbeit', 'nicht zu hause', 'abholstation', 'paketshop']),
  g('address_change', 'de', 2.5, ['*adresse']),
  g('address_change', 'de', 1.5, ['*straße', 'postfiliale', 'korrigieren']),
  g('address_change', 'fr', 3, ['livrer chez', 'lieu de livraison', 'corriger ~ adresse', 'erreur dans ~ adresse', 'point retrait', 'au bureau']),
  g('address_change', 'fr', 2, ['livrer à', 'absent', 'absente', 'relais', 'mon travail']),
  g('address_change', 'fr', 1, ['avenue', 'rue', 'chez ma', 'chez mon']),
  g('address_change', 'es', 3, ['punto de recogida', 'a mi trabajo', 'número de la calle', 'no estoy en casa']),
  g('address_change', 'es', 2, ['recogerlo en', 'puse mal', 'no estaré', 'a casa de']),
  g('address_change', 'es', 1, ['calle', 'corregir', 'portal']),
  g('address_change', 'it', 3, ['fermoposta', 'vecchio indirizzo', 'non sono a casa', 'cambiate ~ via', 'all ufficio']),
  g('address_change', 'it', 2, ['ritirarlo', 'non ci sarò', 'scritto male', 'la via']),
  g('address_change', 'it', 1, ['correggerlo', 'correggere']),
  g('address_change', 'ja', 3, ['丁目', '号室', '実家に', '職場に']),
  g('address_change', 'ja', 1, ['変更']),
  g('address_change', 'zh', 3, ['号楼', '父母家']),
  g('address_change', 'zh', 1.5, ['改成', '改一下', '收货人']),
  // "I won't be at home": deliver elsewhere (these count only when negated).
  g('address_change', 'en', 2.5, ['be home', 'be at home', 'at home', 'be in'], { mode: 'neg' }),
  g('address_change', 'de', 2.5, ['zu hause', 'daheim', 'zuhause'], { mode: 'neg' }),
  g('address_change', 'fr', 2.5, ['à la maison', 'chez moi', 'à domicile'], { mode: 'neg' }),
  g('address_change', 'es', 2.5, ['en casa'], { mode: 'neg' }),
  g('address_change', 'it', 2.5, ['a casa'], { mode: 'neg' }),
  g('address_change', 'zh', 2.5, ['在家'], { mode: 'neg' }),
  g('address_change', 'en', 2, ['deliver there', 'send it there', 'parents place', 'my parents']),
  g('address_change', 'es', 2.5, ['en mi oficina', 'en la oficina', 'a la oficina']),
  g('address_change', 'it', 2.5, ['in ufficio', 'al lavoro']),
  g('address_change', 'fr', 2.5, ['à mon travail', 'à mon bureau']),
  g('address_change', 'ja', 2.5, ['留守', '不在にし', '家にいな']),
];

// ── Other: account, payment, invoice, pre-sale, shipping cost, thanks, feedback ─────────────────
const OTHER: KeywordGroup[] = [
  g('other', 'en', 3, [
    'invoice', 'vat number', 'vat invoice', 'password', 'log in', 'login', 'sign in', 'compatible', 'compatibility', 'back in stock', 'in stock', 'restock',
    'wholesale', 'do you ship to', 'ship to canada', 'how much is shipping', 'shipping cost', 'shipping costs', 'shipping fee', 'cost of shipping',
    'difference between', 'great seller', 'will buy again', 'works great', 'charged twice', 'email address', 'billing address', 'before i buy',
    'before i order', 'if i order', 'if i buy',
  ]),
  g('other', 'en', 1.5, ['do you offer', 'do you have', 'is this', 'does this', 'will this']),
  g('other', 'en', 2, ['receipt', 'vat', 'billing', 'payment', 'paypal', 'account', 'discount', 'coupon', 'bulk', 'units', 'material', 'made of', 'dimensions', 'warranty', 'review', 'feedback', 'stars', 'recommend', 'love it', 'fast delivery']),
  g('other', 'en', 1, ['thank you', 'thanks', 'great', 'pay', 'question', 'available', 'does it', 'is it', 'price']),
  g('other', 'de', 3, [
    'rechnung', 'mwst', 'kundenkonto', 'passwort', 'einloggen', 'kompatibel', 'auf lager', 'wieder ~ lager', 'mengenrabatt', 'versandkosten', 'kostet der versand',
    'liefern sie auch', 'gerne wieder', 'alles gut angekommen', 'gut angekommen',
  ]),
  g('other', 'de', 2, ['zahlung', 'überweisung', 'paypal', 'bezahlen', 'zahlen', 'rabatt', 'gutschein', 'material', 'waschen', 'sterne', 'bewertung', 'verfügbar', 'konto', 'anmelden']),
  g('other', 'de', 1, ['danke', 'vielen dank', 'super', 'frage']),
  g('other', 'fr', 3, [
    'facture', 'tva', 'mot de passe', 'me connecter', 'connecter', 'compatible', 'en stock', 'remises', 'en gros', 'frais de port', 'frais de livraison',
    'livrez vous', 'composition', 'je recommande', 'arrive pas à me', 'arrive pas a',
  ]),
  g('other', 'fr', 1.5, ['bien reçu']),
  g('other', 'fr', 2, ['paiement', 'payer', 'paypal', 'compte', 'remise', 'réduction', 'code promo', 'disponible', 'avis', 'au top', 'très satisfait']),
  g('other', 'fr', 1, ['merci', 'question']),
  g('other', 'es', 3, [
    'factura', 'nif', 'contraseña', 'iniciar sesión', 'compatible', 'en stock', 'gastos de envío', 'envíos a', 'cuánto cuesta*', 'muy recomendable',
    'recomendable', 'volverá a estar disponible', 'descuento por volumen', 'llegó perfecto', 'todo llegó',
  ]),
  g('other', 'es', 2, ['pago', 'pagar', 'paypal', 'cuenta', 'descuento', 'cupón', 'material', 'disponible', 'excelente', 'opinión', 'valoración', 'unidades']),
  g('other', 'es', 1, ['gracias', 'muchas gracias', 'pregunta']),
  g('other', 'it', 3, [
    'fattura', 'partita iva', 'password', 'accedere', 'compatibile', 'spese di spedizione', 'spedite in', 'quanto costa*', 'quanto costano', 'consigliato',
    'tornerà disponibile', 'arrivato tutto perfettamente', 'tutto perfetto',
  ]),
  g('other', 'it', 2, ['pagamento', 'pagamenti', 'pagare', 'paypal', 'account', 'sconto', 'sconti', 'materiale', 'disponibile', 'ottimo', 'recensione', 'quantità']),
  g('other', 'it', 1, ['grazie', 'grazie mille', 'domanda']),
  g('other', 'ja', 3, ['領収書', '請求書', 'インボイス', 'ログイン', 'パスワード', '対応して', '対応機種', '再入荷', '送料', 'まとめ買い', '無事に届', '無事届', 'また利用']),
  g('other', 'ja', 2, ['支払', '払い', '決済', 'アカウント', '在庫', '割引', 'クーポン', '素材', '洗濯', '良い商品', 'レビュー', '評価']),
  g('other', 'ja', 1, ['ありがとう', '質問']),
  g('other', 'zh', 3, ['发票', '收据', '登录', '登陆', '密码', '兼容', '适用于', '补货', '运费', '邮费', '好评', '五星', '批发', '有货吗']),
  g('other', 'zh', 2, ['付款', '支付', '支付宝', '账号', '账户', '优惠', '折扣', '材质', '好用', '满意', '库存']),
  g('other', 'zh', 1, ['谢谢', '请问']),
  g('other', 'en', 3, ['does it come with', 'another way to pay', 'exactly as described', 'declined']),
  g('other', 'en', 2, ['checkout', 'pay with', 'customer service', 'excellent', 'as described', 'how long does']),
  g('other', 'en', 1, ['adapter', 'thanks a lot']),
  g('other', 'de', 3, ['alles bestens', 'buchhaltung', 'ratenzahlung']),
  g('other', 'de', 1.5, ['bestens', 'firma', 'wie hoch']),
  g('other', 'fr', 3, ['payer en', 'en trois fois', 'plusieurs fois']),
  g('other', 'fr', 2, ['fonctionne avec', 'rapidité']),
  g('other', 'fr', 1, ['merci pour', 'est ce que']),
  g('other', 'es', 3, ['todo perfecto', 'restablecer', 'a nombre de']),
  g('other', 'es', 1, ['perfecto', 'empresa', 'sumergible']),
  g('other', 'it', 3, ['fattura elettronica', 'codice sdi', 'bonifico', 'imballaggio perfetto', 'reimpostare', 'quanto dura']),
  g('other', 'it', 1, ['perfetto', 'impermeabile']),
  g('other', 'ja', 3, ['代引き', '丁寧な梱包', '何畳']),
  g('other', 'ja', 1, ['梱包']),
  g('other', 'zh', 3, ['货到付款', '增值税', '包装很仔细', '质量很好']),
  g('other', 'zh', 1.5, ['适合', '很好', '仔细']),
  // Idioms that hide a keyword.
  g('other', 'es', 0, ['dado cuenta', 'di cuenta', 'doy cuenta', 'das cuenta'], { role: 'ignore' }),
  g('other', 'zh', 0, ['号码', '验证码', '条码', '退回来'], { role: 'ignore' }),
  // The buyer's own mistake is no wrong item ("I bought the wrong model": a return or a cancellation).
  g('wrong_item', 'en', 0, ['ordered the wrong', 'bought the wrong', 'picked the wrong', 'chose the wrong', 'selected the wrong', 'ordered a wrong'], { role: 'ignore' }),
  g('wrong_item', 'de', 0, ['falsch bestellt', 'das falsche bestellt', 'den falschen bestellt', 'die falsche bestellt'], { role: 'ignore' }),
  g('wrong_item', 'fr', 0, ['trompé de', 'trompée de', 'commandé le mauvais', 'commandé la mauvaise'], { role: 'ignore' }),
  g('wrong_item', 'es', 0, ['me equivoqué de', 'pedí el equivocado', 'pedí la equivocada'], { role: 'ignore' }),
  g('wrong_item', 'it', 0, ['ho sbagliato', 'ordinato quello sbagliato'], { role: 'ignore' }),
  g('wrong_item', 'ja', 0, ['間違えて注文', '色を間違え', 'サイズを間違え'], { role: 'ignore' }),
  g('wrong_item', 'zh', 0, ['拍错', '买错', '选错', '下错'], { role: 'ignore' }),
  // "Too loud" is no size ("声音太大", "音が大きい").
  g('size_exchange', 'zh', 0, ['声音太大', '噪音太大'], { role: 'ignore' }),
  g('size_exchange', 'ja', 0, ['音が大き', '音量が大き'], { role: 'ignore' }),
  // Charged twice, debited, payment questions.
  g('other', 'en', 3, ['charged twice', 'double charged', 'charged me twice', 'billed twice']),
  g('other', 'de', 3, ['abgebucht', 'doppelt abgebucht', 'zweimal abgebucht', 'doppelt berechnet']),
  g('other', 'fr', 3, ['débité', 'débitée', 'prélevé', 'prélevée', 'facturé deux fois']),
  g('other', 'es', 3, ['cobrado', 'cobrada', 'cobraron', 'cargo doble']),
  g('other', 'it', 3, ['addebitato', 'addebitata', 'addebito']),
  g('other', 'ja', 3, ['二重請求', '2回請求', '二回請求', '引き落とされ']),
  g('other', 'zh', 3, ['扣了两次', '扣款', '扣了', '重复扣']),
  // Pre-sale "do you have it in…".
  g('other', 'fr', 2.5, ['existe t il', 'existe en']),
  g('other', 'en', 2.5, ['do you have it in', 'is it available in', 'does it come in']),
  g('other', 'de', 2.5, ['gibt es ~ auch in', 'gibt es das']),
  g('other', 'es', 2.5, ['lo tienen en', 'hay en']),
  g('other', 'it', 2.5, ['c è anche in', 'avete anche']),
];

// ── Round 3: synonym families found missing on part D of the eval set (general, per language) ──
const ROUND3: KeywordGroup[] = [
  // Quantity short: fewer pieces than ordered is a wrong item.
  g('wrong_item', 'en', 3, ['only got one', 'only received one', 'wrong quantity', 'short shipped', 'missing one', 'one is missing', 'pieces missing', 'only one in the box']),
  g('wrong_item', 'en', 2, ['only got', 'only received', 'quantity']),
  g('wrong_item', 'de', 3, ['falsche anzahl', 'falsche menge', 'zu wenig geliefert', 'zu wenige', 'es fehlen', 'fehlen ~ stück', 'nur ~ statt', 'unvollständig geliefert']),
  g('wrong_item', 'de', 2, ['zu wenig', 'anzahl', 'menge stimmt nicht', 'unvollständig']),
  g('wrong_item', 'fr', 3, ['il manque', 'quantité incorrecte', 'mauvaise quantité', 'pas la bonne quantité', 'manque ~ article*', 'manque ~ pièce*']),
  g('wrong_item', 'fr', 2, ['quantité', 'manquant', 'manquante*']),
  g('wrong_item', 'es', 3, ['faltan', 'falta una', 'falta uno', 'cantidad incorrecta', 'cantidad equivocada', 'solo ~ en vez de', 'solo ~ en lugar de']),
  g('wrong_item', 'es', 2, ['cantidad', 'en lugar de']),
  g('wrong_item', 'it', 3, ['mancano', 'ne manca', 'quantità sbagliata', 'quantità errata', 'solo ~ invece di']),
  g('wrong_item', 'it', 1.5, ['manca']),
  g('wrong_item', 'ja', 3, ['数量が足り', '数が足り', '個数が足り', '足りませ', '足りない', '数量が違', '個数が違', 'しか入って', 'しか届', '欠品'], { mode: 'any' }),
  g('wrong_item', 'zh', 3, ['少发', '漏发', '少寄', '少了一', '数量不对', '只收到', '只发了', '少给']),
  // What the buyer paid for: an "ordered" marker like "I ordered".
  g('wrong_item', 'en', 0, ['paid for', 'i paid for'], { role: 'ordered' }),
  g('wrong_item', 'de', 0, ['bezahlt', 'bezahlt habe'], { role: 'ordered' }),
  g('wrong_item', 'fr', 0, ['payé', 'payée'], { role: 'ordered' }),
  g('wrong_item', 'es', 0, ['pagué', 'pagado'], { role: 'ordered' }),
  g('wrong_item', 'it', 0, ['pagato', 'pagata'], { role: 'ordered' }),
  g('wrong_item', 'zh', 0, ['付的是', '拍下的'], { role: 'ordered' }),
  // Cancelling: withdrawing from a purchase before it ships.
  g('cancel', 'en', 3, ['kill the order', 'scrap the order', 'scrap my order', 'do not want the order', 'no longer want the order', 'cancle']),
  g('cancel', 'de', 3, ['zurücktreten', 'vom kauf zurücktreten', 'vom vertrag zurücktreten', 'rückgängig machen', 'bestellung rückgängig', 'bestellung zurücknehmen', 'nicht mehr senden', 'auftrag stornieren']),
  g('cancel', 'fr', 3, ['ne l envoyez pas', 'ne pas expédier', 'arrêter la commande', 'stopper la commande', 'bloquer l envoi', 'bloquer l expédition']),
  g('cancel', 'es', 3, ['no la envíen', 'no lo manden', 'no la manden', 'detener el envío', 'parar el envío', 'deshacer el pedido']),
  g('cancel', 'it', 3, ['non mandate', 'non inviarlo', 'non spedirlo', 'bloccare la spedizione', 'fermare la spedizione', 'bloccate l ordine']),
  g('cancel', 'ja', 3, ['発送を中止', '注文を取りやめ', '取りやめ', '注文撤回']),
  g('cancel', 'zh', 3, ['不要发了', '别发了', '先别发', '拦截', '订单作废', '作废']),
  // Not shipped yet, asked about (not as a condition for cancelling).
  g('not_received', 'zh', 1.5, ['还没发货', '没发货', '迟迟不发货', '一直不发货', '还不发货', '怎么还没发']),
  g('not_received', 'zh', 3, ['迟迟不发货', '一直不发货', '还不发货', '怎么还没发', '物流不动', '物流停', '快递停', '没有动静']),
  g('not_received', 'ja', 3, ['まだ発送され', '発送されていな', '発送されませ', 'いつ発送', '配達済み', '届いていませ', '届きませ', '荷物が来']),
  // "Says delivered", "marked as delivered": the parcel is not there.
  g('not_received', 'en', 3, ['says delivered', 'shows delivered', 'shows as delivered', 'marked as delivered', 'marked delivered', 'no sign of', 'never showed up', 'never came', 'not delivered', 'no package', 'porch pirate*']),
  g('not_received', 'en', 1.5, ['still nothing']),
  g('not_received', 'de', 3, ['als zugestellt', 'laut tracking', 'laut dhl', 'nie erhalten', 'paket fehlt', 'sendung fehlt', 'immer noch nicht da', 'immer noch nichts', 'noch immer nichts', 'steht seit', 'hängt seit']),
  g('not_received', 'fr', 3, ['indique livré', 'marqué livré', 'marqué comme livré', 'noté livré', 'indiqué comme livré', 'jamais reçu', 'pas reçu', 'rien reçu', 'toujours pas arrivé', 'pas encore arrivé', 'pas arrivé', 'bloqué depuis', 'ne bouge plus', 'aucune mise à jour']),
  g('not_received', 'es', 3, ['dice entregado', 'figura como entregado', 'aparece como entregado', 'marca entregado', 'pone entregado', 'no lo tengo', 'no lo he recibido', 'no me llegó', 'nunca me llegó', 'no ha llegado nada', 'sigue sin llegar', 'sin noticias', 'no se actualiza', 'no avanza']),
  g('not_received', 'es', 2.5, ['recibió', 'recibimos', 'llegaron', 'ha llegado'], { mode: 'neg', role: 'arrival' }),
  g('not_received', 'it', 3, ['risulta consegnato', 'risulta consegnata', 'segna consegnato', 'dice consegnato', 'non mi è arrivato', 'non mi è arrivata', 'non è mai arrivato', 'ancora niente', 'non si muove', 'non si aggiorna', 'fermo da']),
  // A refund in other words; "the money" with a status word after a return.
  g('refund_status', 'en', 1, ['the money', 'credited', 'credit to my', 'back on my card', 'back to my card'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'de', 1, ['gutgeschrieben', 'zurückerstattet', 'erstattung*', 'das geld'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'fr', 1, ['rembourse*', 'mon argent', 'crédité', 'recrédité'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'es', 1, ['reintegro', 'abono', 'reembols*', 'mi dinero'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'it', 1, ['rimbors*', 'accreditat*', 'riaccredit*', 'i soldi'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'ja', 1, ['入金', '返金額'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'zh', 1, ['退的钱', '退款金额'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'en', 2, ['dropped ~ off', 'dropped off the return', 'return label was scanned', 'you received my return', 'return arrived', 'sent it back']),
  g('refund_status', 'de', 2, ['zurückgesendet', 'retoure abgegeben', 'paket zurück', 'rücksendung abgegeben']),
  g('refund_status', 'fr', 2, ['colis retourné', 'retour effectué', 'déposé le colis', 'renvoyé le']),
  g('refund_status', 'es', 2, ['ya lo devolví', 'ya les mandé', 'lo envié de vuelta', 'devolución aprobada']),
  g('refund_status', 'it', 2, ['ho rispedito', 'ho restituito', 'reso effettuato', 'reso consegnato']),
  // Address: moved, corrected, somewhere else.
  g('address_change', 'en', 3, ['unit number', 'suite number', 'wrong apartment', 'wrong street', 'different address', 'another address', 'deliver it elsewhere', 'ship it elsewhere']),
  g('address_change', 'de', 3, ['umleiten', 'an meine neue', 'falsche straße', 'falsche hausnummer', 'woanders hin', 'lieferort']),
  g('address_change', 'fr', 3, ['livrer ailleurs', 'autre adresse', 'mauvaise adresse', 'numéro de rue', 'au point relais']),
  g('address_change', 'es', 3, ['me mudé', 'otra dirección', 'dirección equivocada', 'dirección incorrecta', 'punto de entrega', 'a casa de mi', 'enviarlo a']),
  g('address_change', 'es', 2, ['mudé', 'mudarme', 'nos mudamos']),
  g('address_change', 'it', 3, ['mi sono trasferit*', 'trasferit*', 'altro indirizzo', 'indirizzo errato', 'locker', 'consegnarlo a', 'spedirlo a']),
  g('address_change', 'ja', 3, ['転送', '受け取り場所', 'コンビニ受け取り', '営業所止め', '営業所受け取り', '宛先']),
  g('address_change', 'zh', 3, ['驿站', '自提点', '快递柜', '换个地址', '寄到别的', '地址不对', '新地址']),
  // Size: fits small/big in everyday words.
  g('size_exchange', 'en', 3, ['fits small', 'fits big', 'fits large', 'way too big', 'way too small', 'too snug', 'a size bigger', 'a size smaller', 'size bigger', 'size smaller']),
  g('size_exchange', 'de', 3, ['fällt ~ klein aus', 'fällt ~ groß aus', 'schlabbert', 'rutscht', 'zu groß geraten', 'zu klein geraten', 'kleinere größe', 'größere größe']),
  g('size_exchange', 'fr', 3, ['taille trop', 'taille petit*', 'flotte dedans', 'je flotte', 'taille plus', 'pointure au dessus', 'pointure en dessous']),
  g('size_exchange', 'es', 3, ['no me entra', 'no me cabe', 'me va chic*', 'me va grande', 'me va pequeñ*', 'me viene pequeñ*', 'me viene grande', 'talla mayor', 'talla menor', 'horma pequeña', 'horma grande']),
  g('size_exchange', 'it', 3, ['mi va piccol*', 'mi va grand*', 'mi sta piccol*', 'mi sta grand*', 'mi stanno piccol*', 'mi stanno grand*', 'veste piccolo', 'veste grande', 'numero più grande', 'numero più piccolo', 'taglia più']),
  g('size_exchange', 'ja', 3, ['サイズが小さ', 'サイズが大き', 'きつくて', 'ゆるくて', '入らなかった', '履けませ', '履けな', '着られな']),
  g('size_exchange', 'zh', 3, ['码偏', '穿着小', '穿着大', '不合脚', '穿不进', '换大号', '换小号', '大一点的', '小一点的']),
  // Damaged in other words.
  g('damaged', 'en', 3, ['crack across', 'cracks', 'busted', 'bust', 'wrecked', 'ruined', 'doesn t power on', 'dead pixel*']),
  g('damaged', 'de', 3, ['in scherben', 'zerschlagen', 'zerbrochen an', 'bruch', 'bruchschaden', 'macht keinen mucks', 'tot']),
  g('damaged', 'fr', 3, ['éventré*', 'explosé', 'foutu', 'mort', 'en vrac', 'écran noir']),
  g('damaged', 'es', 3, ['hecho polvo', 'reventad*', 'destrozado', 'no prende', 'pantalla negra', 'muerto']),
  g('damaged', 'it', 3, ['frantumi', 'in frantumi', 'distrutt*', 'fuori uso', 'schermo nero', 'morto']),
  g('damaged', 'ja', 3, ['壊れて', '割れて', '破れて', '欠けてい', '映らな', '動かない']),
  g('damaged', 'zh', 3, ['摔碎', '碎成', '破了', '屏幕黑', '不能充电', '充不上电', '开不了', '没声音']),
  // Return in other words.
  g('return_request', 'en', 3, ['send it back', 'send them back', 'return for a refund', 'return and refund', 'want to send', 'how do i send']),
  g('return_request', 'de', 3, ['zurück gehen lassen', 'zurückgehen lassen', 'geht zurück', 'retoure anmelden', 'retourenschein', 'retourenlabel']),
  g('return_request', 'fr', 3, ['retourner l article', 'renvoyer l article', 'le rendre', 'la rendre', 'être remboursé']),
  g('return_request', 'es', 3, ['devolverlo', 'regresarla', 'regresar', 'quiero regresar', 'hacer la devolución']),
  g('return_request', 'it', 3, ['rimandarlo', 'rimandarla', 'restituirlo', 'posso restituire', 'vorrei restituire']),
  g('return_request', 'ja', 3, ['返品でき', '返品をお願い', '返品します', '返品可能']),
  g('return_request', 'zh', 3, ['退货退款', '申请退货', '我要退', '退了吧']),
  // Other: payment refused, pre-sale "do you have it in size …", failures.
  g('other', 'en', 3, ['payment failed', 'payment declined', 'card declined', 'card was declined', 'do you have this in', 'do you have these in', 'is this available', 'reset my password', 'arrived safely', 'arrived in perfect condition']),
  g('other', 'de', 3, ['abgelehnt', 'zahlung fehlgeschlagen', 'haben sie ~ in größe', 'gibt es ~ in größe', 'gut angekommen', 'heil angekommen', 'kundenkonto löschen']),
  g('other', 'fr', 3, ['refusé', 'refusée', 'paiement refusé', 'avez vous ~ en taille', 'existe t il en taille', 'bien arrivé', 'bien arrivée']),
  g('other', 'es', 3, ['rechazad*', 'pago rechazado', 'tienen ~ en talla', 'hay ~ en talla', 'lo tienen en talla', 'llegó bien', 'llegó en perfecto estado']),
  g('other', 'it', 3, ['rifiutat*', 'pagamento rifiutato', 'non va a buon fine', 'avete ~ in taglia', 'c è ~ in taglia', 'arrivato perfettamente', 'arrivato in perfette condizioni']),
  g('other', 'ja', 3, ['決済エラー', '支払いができな', '決済できな', 'ありますか', '在庫あります']),
  g('other', 'zh', 3, ['付款失败', '支付失败', '付不了款', '付不了', '有没有', '有黑色', '有白色']),
  g('other', 'zh', 1.5, ['失败']),
];

// ── Round 4: broad families (synonyms, inflections, colloquial forms, typos), parts A–E as dev ──
const ROUND4: KeywordGroup[] = [
  // Damaged: breakage verbs and nouns, dead devices, defects.
  g('damaged', 'en', 3, [
    'arrived cracked', 'arrived damaged', 'arrived smashed', 'arrived shattered', 'snapped off', 'broke off', 'broken off', 'fell off', 'came off',
    'came loose', 'in bits', 'busted', 'wrecked', 'ruined', 'destroyed', 'cracked screen', 'screen cracked', 'no longer turns on', 'not charging', 'does not charge', 'will not charge', 'flickering', 'flickers', 'glitchy', 'crumbled', 'squashed', 'warped', 'frayed',
    'bricked', 'scuffed', 'dinged', 'cracks', 'shorted', 'short circuit', 'burning smell', 'leak', 'spilled', 'spilt', 'defect', 'defects', 'broke down',
    'crashed', 'keeps crashing', 'keeps turning off', 'damge', 'damagd', 'brokn', 'borken', 'crakced', 'dammaged',
  ]),
  g('damaged', 'en', 2, ['wobbly', 'wobbles', 'rattles', 'rattling', 'loose', 'flawed', 'flaw', 'overheat*', 'dead battery', 'battery died', 'scrapes', 'scratchy', 'junk', 'unusable']),
  g('damaged', 'de', 3, [
    'sprung', 'einen sprung', 'risse', 'rissig', 'gesplittert', 'zersplittert', 'abgerissen', 'abgefallen', 'beschädigung', 'beschädigungen', 'demoliert', 'zerstört',
    'hinüber', 'im eimer', 'lädt nicht mehr', 'startet nicht mehr', 'flackert', 'wackelkontakt', 'kurzschluss', 'durchgebrannt', 'verformt',
    'eingerissen', 'zerquetscht', 'zerbeult', 'kaputte', 'kaputten', 'kaputtes', 'kaputter', 'fehlfunktion', 'bruch', 'gebrochen', 'angebrochen',
    'abgesplittert', 'abgeplatzt', 'zerschlagen', 'zertrümmert', 'löst sich', 'gelöst', 'kaput', 'defeckt', 'beschädigt', 'ist hin', 'springt nicht an', 'reagiert nicht',
  ]),
  g('damaged', 'de', 2, ['schrott', 'mangelhaft', 'mängel', 'mangel', 'macken', 'macke', 'brummt', 'wackelig', 'kein strom']),
  g('damaged', 'fr', 3, [
    'détérioré*', 'détruit*', 'en miettes', 'ne s allume pas', 'ne démarre plus', 'ne démarre pas', 'ne charge plus', 'ne charge pas', 'ne tourne plus',
    'ne tourne pas', 'décollé*', 'troué*', 'bosselé*', 'enfoncé*', 'défaillant*', 'dysfonctionn*', 'cassure', 'brisure', 'fendu*', 'ébréch*', 'abîm*', 'abim*',
    'endommag*', 'cassé*', 'brisé*', 'explosé*', 'arrivé cassé', 'arrivé en morceaux', 'grillé', 'mort', 'bugue', 'casé', 'cassse',
  ]),
  g('damaged', 'fr', 2, ['bosse', 'bruit bizarre', 'fait un bruit', 'grésille', 'clignote', 'rayé*', 'taché*', 'tâche', 'défauts', 'mauvais état', 'pas fonctionnel']),
  g('damaged', 'es', 3, [
    'despegad*', 'se despegó', 'quebrad*', 'se quebró', 'trizad*', 'astillad*', 'descosid*', 'desgarrad*', 'se cayó', 'se soltó', 'se rompieron', 'vino roto', 'vino rota',
    'llegó rota', 'llegaron rotos', 'no prende', 'no arranca', 'no carga', 'ya no enciende', 'ya no prende', 'dejó de servir', 'fallad*', 'quemad*', 'hundid*',
    'machacad*', 'hecho polvo', 'chafad*', 'manchad*', 'descascarad*', 'fisura', 'fisurad*', 'defecto de fábrica', 'en mal estado', 'mal estado', 'deteriorad*', 'rompido', 'estrellad*', 'dañad*', 'daniado', 'se estropea', 'no funciona bien',
  ]),
  g('damaged', 'es', 2, ['suelto', 'suelta', 'flojo', 'floja', 'falla', 'fallo', 'se calienta', 'doblad*', 'torcid*', 'hace ruido', 'ruido raro', 'defectos']),
  g('damaged', 'it', 3, [
    'spezzat*', 'si è spezzat*', 'rottura', 'in frantumi', 'sbeccat*', 'crepe', 'rovinat*', 'distrutt*', 'staccat*', 'si è staccat*', 'scollat*', 'scucit*',
    'deformat*', 'non parte', 'non si avvia', 'non carica', 'non si carica', 'si è guastat*', 'guast*', 'malfunzionament*', 'bruciat*', 'sfasciat*',
    'fuori uso', 'in mille pezzi', 'arrivato rotto', 'arrivata rotta', 'arrivati rotti', 'si è rotto', 'si è rotta', 'rota', 'roto', 'danneggiato', 'dannegiato', 'sfondat*',
  ]),
  g('damaged', 'it', 2, ['rumore strano', 'fa rumore', 'buco', 'buchi', 'ammaccatura', 'graffiatur*', 'in cattivo stato', 'cattive condizioni', 'non funzionante', 'traballa']),
  g('damaged', 'ja', 3, [
    'つかなく', '電源がつかな', '電源が入らなく', '起動しな', '起動せ', '動作不良', '作動不良', '割れて', 'ひび割れ', '欠損', '破れて', 'へこんで', '凹んで', '潰れて', '曲がって', '外れて', '取れて', '折れ', 'ちぎれ', '剥がれ', 'はがれ', '不良品', '粉々', 'バラバラ', 'ばらばら', '反応しな', '反応がな', '動かなく', '音が出な',
    '映らな', '点灯しな', '焦げ', '壊れて', '壊れた', '壊れま', '欠けて', '傷がついて', '傷が付いて', '傷あり', '汚れていま', '破損していま',
  ]),
  g('damaged', 'ja', 2, ['発熱', '熱くな', 'すぐ止ま', '止まってしま', 'ガタガタ', 'ぐらぐら', '変形']),
  g('damaged', 'zh', 3, [
    '摔碎', '破了', '裂纹', '有裂', '坏掉', '瘪了', '不开机', '开不了', '没反应', '没有反应', '充不上电', '不能充电', '不通电', '无法开机', '断掉', '脱落', '划伤',
    '磨损', '漏了', '次品', '残次品', '没法用', '黑屏', '花屏', '死机', '卡死', '发烫', '烧了', '冒烟', '碎掉了', '碎成', '压碎', '摔坏了', '坏的', '破的', '有破损',
    '掉了一角', '缺角', '破洞', '开胶', '掉色', ]),
  g('damaged', 'zh', 2, ['瘪', '凹了', '刮痕', '毛病', '不好使', '不灵了']),
  // Weak tier: a problem is reported but nothing says which. It leans to "damaged" and stays unsure.
  g('damaged', 'en', 0.6, ['problem', 'problems', 'issue', 'issues', 'trouble', 'something wrong', 'something is wrong', 'not right'], { role: 'problem' }),
  g('damaged', 'de', 0.6, ['problem', 'probleme', 'fehler', 'stimmt nicht', 'stimmt etwas nicht', 'nicht in ordnung'], { role: 'problem' }),
  g('damaged', 'fr', 0.6, ['problème', 'problèmes', 'souci', 'soucis', 'quelque chose ne va pas', 'pas normal'], { role: 'problem' }),
  g('damaged', 'es', 0.6, ['problema', 'problemas', 'inconveniente', 'algo mal', 'algo raro'], { role: 'problem' }),
  g('damaged', 'it', 0.6, ['problema', 'problemi', 'qualcosa non va', 'non va bene'], { role: 'problem' }),
  g('damaged', 'ja', 0.6, ['問題', 'トラブル', 'おかしい', '不備'], { role: 'problem' }),
  g('damaged', 'zh', 0.6, ['问题', '毛病', '不对劲', '异常'], { role: 'problem' }),

  // Not received: waiting, stuck, lost, "delivered" but not here, not shipped yet.
  g('not_received', 'en', 3, [
    'still waiting', 'never showed up', 'never came', 'nowhere to be found', 'no sign of', 'still no sign', 'has not updated', 'not updated', 'stuck in transit', 'says delivered', 'marked as delivered', 'marked delivered', 'shows delivered', 'shows as delivered', 'not delivered', 'never delivered', 'when will it ship', 'when will you ship', 'when will ~ ship', 'when does it ship',
    'where s my', 'wheres my', 'whers my', 'supposed to come', 'supposed to arrive', 'supposed to be delivered', 'was due', 'overdue', 'taking forever',
    'has not come', 'did not come', 'did not arrive', 'has not arrived', 'have not received', 'have not got', 'not got my', 'havent got', 'any update on my order',
  ]),
  g('not_received', 'en', 2, ['any update', 'any news on my order', 'where it is', 'where is it', 'still not', 'not moved', 'no movement']),
  g('not_received', 'de', 3, [
    'wo ist mein paket', 'wo ist meine bestellung', 'wo ist meine lieferung', 'noch nicht angekommen', 'nicht angekommen', 'nichts angekommen', 'nie angekommen',
    'hängt fest', 'steckt fest', 'verschollen', 'verschwunden', 'nicht zugestellt', 'als zugestellt', 'angeblich zugestellt',
    'wann kommt', 'wann wird ~ geliefert', 'wann wird ~ versendet', 'wann wird ~ verschickt', 'noch nicht geliefert', 'lieferverzug', 'überfällig', 'warte immer noch', 'warte noch', 'warte seit', 'warten seit', 'noch nichts bekommen', 'nichts erhalten',
    'keine sendung', 'paket verloren', 'paket ist weg', 'nicht erhalten', 'nicht bekommen', 'immer noch nicht', 'noch immer nicht',
  ]),
  g('not_received', 'de', 2, ['verloren', 'verspätet', 'verspätung', 'seit tagen', 'seit wochen', 'keine info', 'sendungsverfolgung', 'laut tracking']),
  g('not_received', 'fr', 3, [
    'pas reçu', 'jamais reçu', 'rien reçu', 'toujours rien', 'pas encore arrivé*', 'jamais arrivé*', 'pas arrivé*', 'où est mon colis', 'où est ma commande',
    'où en est ma commande', 'où en est mon colis', 'colis perdu', 'égaré*', 'marqué livré', 'marqué comme livré', 'livré mais', 'pas été livré*',
    'toujours en transit', 'aucune nouvelle', 'pas de nouvelles', 'ne bouge plus',
    'ne bouge pas', 'attends toujours', 'j attends', 'toujours en attente', 'quand vais je recevoir', 'quand est ce que je vais recevoir', 'quand arrive', 'pas recu',
  ]),
  g('not_received', 'fr', 2, ['perdu', 'en retard', 'retard', 'suivi', 'depuis des semaines', 'depuis 2 semaines']),
  g('not_received', 'es', 3, [
    'no me ha llegado', 'no llegó', 'no me llegó', 'no llega', 'aún no llega', 'todavía no llega', 'sigue sin llegar', 'dónde está mi pedido', 'dónde está mi paquete', 'no he recibido', 'nunca llegó', 'nunca recibí', 'se perdió', 'perdido', 'extraviad*', 'figura como entregado', 'aparece como entregado', 'marcado como entregado', 'no se mueve', 'no avanza', 'atascad*', 'estancad*', 'cuándo llega', 'cuándo llegará',
    'cuándo me llega', 'cuándo lo envían', 'cuándo lo mandan', 'cuándo sale', 'no ha salido', 'no ha sido enviado', 'todavía no lo recibo', 'no me a llegado',
  ]),
  g('not_received', 'es', 2, ['retrasad*', 'retraso', 'demora', 'tarda mucho', 'seguimiento', 'dónde está', 'sigue sin']),
  g('not_received', 'it', 3, [
    'non è arrivato', 'non è arrivata', 'non arriva', 'mai arrivato', 'mai arrivata', 'non ho ricevuto', 'non ho ancora ricevuto', 'mai ricevuto',
    'dov è il mio', 'dove è il mio', 'in giacenza', 'giacenza', 'smarrit*', 'risulta consegnato', 'segnato come consegnato', 'quando arriva', 'quando arriverà', 'quando verrà spedit*', 'quando spedite', 'non è ancora partit*', 'sto ancora aspettando', 'aspetto ancora', 'ancora niente', 'non ho visto arrivare', 'il pacco non',
  ]),
  g('not_received', 'it', 2, ['perso', 'perduto', 'in ritardo', 'ritardo', 'tracciamento', 'tracking fermo', 'bloccato in']),
  g('not_received', 'ja', 3, [
    'まだ届', '届いていな', '届きませ', '届かな', '届いておりませ', '到着しな', '着いていな', '来ていな', '来ませ', '動いていな', '更新されな', '配達完了になって', '配達済みですが', '受け取れていな', '受け取っておりませ', '行方不明', '見つかりませ', 'いつ届', 'いつ発送', '届いてない', '着かな', '荷物が来な',
  ], { mode: 'any' }),
  g('not_received', 'ja', 2, ['紛失', '遅延', '遅れて', '追跡']),
  g('not_received', 'zh', 3, [
    '没到', '没收到', '还没收到', '没有收到', '未收到', '一直没到', '物流不更新', '没更新', '没有更新', '丢了', '丢失',
    '快递丢', '显示签收', '已签收但', '被签收', '什么时候到', '什么时候发货', '啥时候到', '啥时候发', '何时发货', '迟迟', '卡住', '卡在',
    '物流停', '物流没动', '一直不到', '还不到', '不见了',
  ]),
  g('not_received', 'zh', 2, ['在哪', '延迟', '太慢', '物流']),

  // Wrong item: other model / colour / product, someone else's parcel, too few.
  g('wrong_item', 'en', 3, [
    'sent me a different', 'sent the wrong', 'received the wrong', 'got the wrong', 'wrong one', 'wrong thing', 'wrong version', 'wrong product', 'wrong size sent',
    'somebody else s', 'different item', 'different product', 'different model', 'mix up', 'mixup', 'mixed up',
    'only received', 'only came with', 'short shipped', 'missing one', 'one missing', 'items missing', 'item missing', 'not the one i ordered',
    'wrong colour', 'wrong color', 'wrong model', 'wrong item', 'wrong itme', 'wrong iteam', 'incorrect item', 'incorrect product', 'not what i ordered', 'not what i bought',
  ]),
  g('wrong_item', 'de', 3, [
    'falsche artikel', 'falschen artikel', 'falsches produkt', 'falsche produkt', 'falsche farbe', 'falsche modell', 'falsches modell', 'falsch geliefert', 'falsche lieferung',
    'fehllieferung', 'anderen artikel', 'anderer artikel', 'andere farbe', 'anderes modell', 'nicht das bestellte', 'nicht meine bestellung', 'verwechselt',
    'vertauscht', 'statt des bestellten', 'anstatt der', 'anstelle der', 'unvollständig', 'fehlt ein', 'fehlt eine',
  ]),
  g('wrong_item', 'fr', 3, [
    'mauvais article', 'mauvais produit', 'mauvaise couleur', 'mauvais modèle', 'mauvaise référence', 'pas le bon', 'pas la bonne', 'erreur d envoi', 'erreur de livraison',
    'erreur de préparation', 'différente de celle commandée', 'autre article', 'autre produit', 'au lieu de la',
    'au lieu des', 'pas ce que j ai commandé', 'pas celui que j ai commandé', 'il manque', 'manquant*', 'incomplet*', 'vous m avez envoyé',
  ]),
  g('wrong_item', 'es', 3, [
    'artículo equivocado', 'producto equivocado', 'color equivocado', 'me enviaron otro', 'me llegó otro', 'me llego otro', 'otro producto',
    'no es el que pedí', 'no es el que compré', 'no es la que pedí', 'no es lo que compré', 'se equivocaron',
    'me faltan', 'falta una', 'falta un', 'faltan', 'incompleto', 'incompleta', 'solo llegó', 'solo me llegó', 'solo vino', 'me llegó un', 'me llegó una',
  ]),
  g('wrong_item', 'es', 2, ['me enviaron', 'distinto', 'distinta', 'en lugar de', 'en vez de', 'confundieron', 'otro color', 'otro modelo']),
  g('wrong_item', 'it', 3, [
    'articolo sbagliato', 'prodotto sbagliato', 'modello sbagliato', 'prodotto diverso', 'diverso da quello che ho ordinato', 'non è quello che ho ordinato', 'non è quello ordinato', 'mi avete inviato', 'mi avete spedito', 'mi è arrivato un altro',
    'un altro articolo', 'altro prodotto', 'scambio di pacchi', 'mancano', 'manca un', 'manca una', 'incompleto', 'non corrisponde all ordine',
  ]),
  g('wrong_item', 'it', 2, ['invece di', 'invece del', 'al posto di', 'scambiato', 'scambiati']),
  g('wrong_item', 'ja', 3, [
    '違う商品', '違うもの', '別のもの', '注文したものと違', '注文と違', '色が違', '型番が違', '品番が違', '商品違い', '誤配送', '誤発送', '間違った商品',
    '足りな', '数が足りな', '違うものが届', '別物', '頼んだものと違',
  ]),
  g('wrong_item', 'zh', 3, [
    '寄错', '错发', '不是我买的', '不是我订的', '不是我要的', '和我买的不一样', '跟我买的不一样', '颜色不对', '型号不对', '款式不对', '货不对板',
    '漏发', '少了一个', '只收到一个', '缺件', '少件', '别人的', '给我发了',
  ]),
  g('wrong_item', 'zh', 2, ['少了', '不一样']),
  g('wrong_item', 'de', 0, ['hatte ~ bestellt'], { role: 'ordered' }),
  g('wrong_item', 'de', 0, ['bekommen', 'kamen', 'geliefert', 'geschickt', 'erhalten'], { role: 'got' }),
  g('wrong_item', 'fr', 0, ['reçu', 'envoyé', 'livré'], { role: 'got' }),
  g('wrong_item', 'es', 0, ['llegó', 'me llegó', 'me llego', 'mandaron', 'enviaron', 'recibí', 'vino'], { role: 'got' }),
  g('wrong_item', 'it', 0, ['arrivato', 'arrivata', 'mandato', 'inviato', 'spedito', 'ricevuto'], { role: 'got' }),
  g('wrong_item', 'ja', 0, ['届いた', '届きました', '入っていた'], { role: 'got' }),
  g('wrong_item', 'zh', 0, ['发了', '寄来', '发来'], { role: 'got' }),
  g('wrong_item', 'it', 0, ['avevo ordinato', 'ho ordinato'], { role: 'ordered' }),
  g('wrong_item', 'zh', 0, ['我订的', '拍的是'], { role: 'ordered' }),

  // Size: fit words and "one size up/down".
  g('size_exchange', 'en', 3, [
    'too small', 'too big', 'too tight', 'too loose', 'too large', 'runs large', 'runs big', 'size up', 'size down', 'bigger size', 'larger size', 'a size up', 'one size up', 'a size down', 'next size', 'does not fit', 'did not fit', 'do not fit', 'fits small', 'fits big', 'fits tight',
  ]),
  g('size_exchange', 'en', 2, ['snug', 'tight', 'swap it for', 'exchange it for', 'in a smaller', 'in a bigger', 'in a larger']),
  g('size_exchange', 'de', 3, [
    'zu klein', 'zu groß', 'zu eng', 'zu weit', 'fällt klein aus', 'fällt groß aus', 'fallen klein aus', 'fallen groß aus', 'größer aus', 'eine nummer größer', 'eine größe größer', 'größe größer', 'passt nicht', 'passen nicht', ]),
  g('size_exchange', 'de', 2, ['in größe', 'eine nummer', 'umtauschen gegen']),
  g('size_exchange', 'fr', 3, [
    'trop petit*', 'trop grand*', 'trop large*', 'taille en dessous', 'pointure au dessus', 'taillent petit', 'taille petit', 'taille grand', 'ne me va pas', 'ne me vont pas', 'une pointure', 'une taille', 'taille plus', 'taille moins',
  ]),
  g('size_exchange', 'fr', 2, ['échanger pour', 'pointure', 'serré', 'serrée']),
  g('size_exchange', 'es', 3, [
    'me queda grande', 'me queda pequeño', 'me queda pequeña', 'me quedan chicos', 'me quedan grandes', 'me quedan pequeños', 'queda chico', 'queda grande',
    'muy ajustad*', 'demasiado pequeñ*', 'demasiado chic*', 'talla menos', 'una talla', ]),
  g('size_exchange', 'es', 2, ['la talla', 'me queda', 'me quedan', 'un número', 'cambiarla por una', 'cambiarlo por una', 'horma']),
  g('size_exchange', 'it', 3, [
    'troppo larg*', 'troppo piccol*', 'troppo grand*', 'mi sta strett*', 'mi stanno strett*', 'mi stanno larg*', 'veste grande',
    'vestono piccol*', 'vestono grand*', 'una taglia', 'taglia in più', 'taglia in meno', 'numero più', 'non mi sta', 'non mi stanno', 'calza piccolo',
  ]),
  g('size_exchange', 'it', 2, ['cambiarlo con', 'cambiarla con', 'mi stanno', 'mi sta', 'strette', 'stretti']),
  g('size_exchange', 'ja', 3, [
    'サイズが大き', '大きすぎ', 'きつい', 'キツい', 'ゆるい', 'ゆるく', 'ぶかぶか', 'サイズ交換', 'サイズを交換', 'サイズ上',
    '小さいサイズ', 'サイズが合わ', 'サイズに交換', '着られませ', '履けませ', '入りませ',
  ]),
  g('size_exchange', 'ja', 2, ['小さかった', 'きつかった']),
  g('size_exchange', 'zh', 3, [
    '太大', '偏小', '太紧', '太松', '换小一码', '小一码', '大一号', '换码', '换尺码', '不合身', '穿不上', '穿不下', '挤脚',
    '码数', '换个尺码', '换大一号', ]),
  g('size_exchange', 'zh', 2, ['小了', '大了', '紧了', '尺码']),

  // Cancel.
  g('cancel', 'en', 3.5, ['call off', 'withdraw the order', 'void the order', 'stop my order', 'halt the order', 'do not send my order', 'scrap the order', 'scrap my order', 'undo the order', 'undo my order', 'cancle', 'cancell', 'cancl']),
  g('cancel', 'en', 1.5, ['before it ships', 'before it shipped', 'before shipping', 'has not shipped yet', 'not shipped yet']),
  g('cancel', 'de', 3.5, ['auftrag widerrufen', 'aufhalten', 'anhalten', 'stoppen', 'nicht mehr versenden', 'storniern', 'stonieren', 'strornieren']),
  g('cancel', 'de', 1.5, ['doppelt bestellt', 'brauche sie nicht mehr', 'brauche ihn nicht mehr', 'doch nicht']),
  g('cancel', 'fr', 3.5, ['arrêter la commande', 'bloquer la commande', 'suspendre la commande', 'stopper ma commande', 'arrêter ma commande', 'anuler']),
  g('cancel', 'fr', 1.5, ['avant expédition', 'avant l envoi', 'plus besoin']),
  g('cancel', 'es', 3.5, ['detener el pedido', 'parar el pedido', 'frenar el envío', 'dar de baja', 'cancelen', 'cancela', 'anula', 'cancelar la compra']),
  g('cancel', 'es', 1.5, ['antes de enviarlo', 'antes del envío', 'todavía no lo han enviado']),
  g('cancel', 'it', 3.5, ['disdetta', 'disdico', 'revocare', 'bloccare l ordine', 'bloccate l ordine', 'fermare l ordine', 'fermate l ordine', 'cancella', 'annulare']),
  g('cancel', 'it', 1.5, ['prima della spedizione', 'prima che parta', 'prima di spedire']),
  g('cancel', 'ja', 3.5, ['取り止め', 'とりやめ', '発送を中止', '注文撤回', '撤回', 'キャンセル希望']),
  g('cancel', 'zh', 3.5, ['撤回', '拦截', '先别发', '不要发', '别发', '停止发货', '申请取消', '关闭订单', '订单撤']),

  // Refund status: the money after a return.
  g('refund_status', 'en', 1, ['money back'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'en', 1.5, ['to my card', 'in my account', 'on my statement', 'said'], { role: 'refund-cue', mode: 'any' }),
  g('refund_status', 'en', 2, ['return was received', 'received my return', 'got my return']),
  g('refund_status', 'de', 1, ['zurückerstattet', 'erstattet', 'rückerstatten'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'fr', 1, ['remboursé*', 'rembourse*'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'fr', 1.5, ['sur ma carte', 'rien', 'toujours pas'], { role: 'refund-cue', mode: 'any' }),
  g('refund_status', 'es', 1, ['reembolsaron', 'el dinero'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'es', 1.5, ['en mi cuenta'], { role: 'refund-cue', mode: 'any' }),
  g('refund_status', 'it', 1, ['riaccredito', 'rimborsare'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'it', 1.5, ['sul conto'], { role: 'refund-cue', mode: 'any' }),
  g('refund_status', 'ja', 1, ['返金され', '払い戻し'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'ja', 1.5, ['カードに'], { role: 'refund-cue', mode: 'any' }),
  g('refund_status', 'zh', 1, ['钱', '退我钱', '退给我'], { role: 'refund', mode: 'any' }),
  g('refund_status', 'zh', 1.5, ['还没收到', '怎么还没', '过去', '到账了吗'], { role: 'refund-cue', mode: 'any' }),

  // Address change.
  g('not_received', 'en', 2, ['not shipped', 'has not shipped', 'not been shipped']),
  g('not_received', 'de', 2, ['noch nicht versendet', 'noch nicht verschickt']),
  g('not_received', 'fr', 2, ['pas encore expédié*', 'pas encore été expédié*']),
  g('not_received', 'it', 2, ['ancora non spedit*', 'non ancora spedit*']),
  g('not_received', 'ja', 2, ['まだ発送', '発送されていな'], { mode: 'any' }),
  g('not_received', 'zh', 2, ['没发货', '不发货']),
  g('address_change', 'en', 3, [
    'update the address', 'update my address', 'change the address', 'change my address', 'change of address', 'have moved', 'just moved',
    'i m moving', 'relocated', 'reroute', 're route', 'divert', 'parcel locker', 'collection point', 'post office', 'hold at', 'leave it with', 'my new place',
    'typo in my address', 'wrong postcode', 'wrong zip', 'adress', 'addres', 'adddress', 'unit number', 'apt number', 'suite number', ]),
  g('address_change', 'en', 1, ['moved', 'moving']),
  g('address_change', 'en', 2, ['new place', 'send it to', 'neighbour', 'neighbor', 'instead of my home', 'instead of home']),
  g('address_change', 'de', 3, [
    'neue adresse', 'neuen adresse', 'neuen anschrift', 'adresse ändern', 'anschrift ändern', 'adressänderung', 'andere adresse', 'umgezogen', 'umzug', 'paketshop', 'postfiliale', 'abholstation', 'an den nachbarn', 'ins büro', 'an mein büro', 'an meine arbeit', 'umleiten', 'umadressieren', 'hausnummer', 'lieferadresse ändern', 'adresse korrigieren', 'adresse falsch', 'addresse',
  ]),
  g('address_change', 'de', 2, ['korrigieren', 'nachbar', 'abholen', 'filiale']),
  g('address_change', 'fr', 3, [
    'changer l adresse', 'changer d adresse', 'changement d adresse', 'nouvelle adresse', 'mauvaise adresse', 'adresse de livraison', 'erreur d adresse',
    'déménage', 'déménagement', 'point retrait', 'consigne', 'casier', 'bureau de poste', 'chez mon voisin', 'numéro de rue',
    'numéro d appartement', 'livrer au bureau', 'à mon bureau', 'rediriger', 'adresse est fausse', 'adresse erronée', 'adrese',
  ]),
  g('address_change', 'fr', 2, ['voisin', 'voisine', 'relais', 'adresse']),
  g('address_change', 'es', 3, [
    'cambiar la dirección', 'cambiar dirección', 'cambiar mi dirección', 'cambio de dirección', 'nueva dirección', 'dirección nueva', 'dirección equivocada', 'dirección incorrecta',
    'dirección de entrega', 'mudanza', 'me cambié de casa', 'punto de recogida', 'punto de entrega', 'oficina de correos', 'taquilla', 'a mi oficina',
    'a mi trabajo', 'código postal', 'número de piso', 'redirigir', 'direccion', 'dirrección',
  ]),
  g('address_change', 'es', 2, ['portal', 'casillero', 'oficina', 'mudado']),
  g('address_change', 'it', 3, [
    'cambiare l indirizzo', 'cambiare indirizzo', 'modificare l indirizzo', 'cambio indirizzo', 'cambio di indirizzo', 'nuovo indirizzo', 'indirizzo sbagliato', 'indirizzo errato',
    'indirizzo di consegna', 'indirizzo di spedizione', 'trasloco', 'traslocato', 'punto ritiro', 'punto di ritiro', 'fermo posta', 'fermoposta', 'armadietto', 'ufficio postale', 'al mio ufficio', 'in ufficio', 'numero civico', 'invece che a casa', 'dal vicino', 'al vicino', 'indirrizzo', 'inidirizzo',
  ]),
  g('address_change', 'it', 2, ['presso', 'citofono', 'civico', 'vicino di casa']),
  g('address_change', 'ja', 3, [
    '住所を変更', '住所変更', '住所の変更', '届け先を変更', 'お届け先', '届け先', '転居', '住所が間違', '住所を間違', '建物名', 'コンビニ受け取り', 'コンビニ受取', 'コンビニで受け取', '営業所止め', '営業所留め', '局留め', '宅配ボックス', '置き配', 'ファミマ', 'セブンイレブン', '会社に送',
    '職場に', '勤務先', '受け取り場所',
  ]),
  g('address_change', 'zh', 3, [
    '改地址', '修改地址', '更改地址', '换地址', '地址填错', '地址错了', '收货地址', '新地址', '驿站', '菜鸟驿站', '自提点', '快递柜', '丰巢', '门牌号',
    '公司地址', '寄到单位', '送到公司', '改一下地址', '地址改', ]),
  g('address_change', 'zh', 2, ['改成', '寄到', '送到', '发到', '代收']),

  // Return request: changed mind, poor quality, not as shown, how to return.
  g('return_request', 'en', 3, ['ship it back', 'return policy', 'return window', 'send back', 'returnd', 'retrun', 'retunr']),
  g('return_request', 'en', 2, ['not for me', 'looks cheap', 'cheaply made', 'bad quality', 'low quality', 'flimsy', 'not as pictured', 'not as advertised', 'misleading', 'nothing like']),
  g('return_request', 'de', 3, ['rücksendung', 'zurückschiken', 'zurückschicke', 'zurückgeben möchte', 'retounieren']),
  g('return_request', 'de', 2, ['minderwertig', 'schlechte qualität', 'billige qualität', 'anders als auf dem foto', 'anders als abgebildet']),
  g('return_request', 'fr', 3, ['faire un retour', 'retourner le produit', 'le renvoyer', 'la renvoyer', 'le retourner', 'la retourner']),
  g('return_request', 'fr', 2, ['pas à mon goût', 'pas comme sur la photo', 'mauvaise qualité', 'qualité médiocre', 'bas de gamme', 'me plaît pas']),
  g('return_request', 'es', 3, ['regresarlo', 'regresarla', 'regresar', 'lo devuelvo', 'la devuelvo', 'devolverlo', 'hacer una devolución']),
  g('return_request', 'es', 2, ['no me gustó', 'mala calidad', 'pésimo', 'no es como en la foto', 'diferente a la foto', 'pedí el ~ equivocado', 'me equivoqué de modelo', 'me equivoqué al']),
  g('return_request', 'it', 3, ['restituire', 'restituirla', 'restituisco', 'fare il reso', 'rimandarla', 'rendere', 'restituzione', 'recesso']),
  g('return_request', 'it', 2, ['non mi piace', 'non mi convince', 'pessima qualità', 'bassa qualità', 'deludente', 'ordinato per errore']),
  g('return_request', 'ja', 3, ['返品', '返却したい', '送り返', '返したい', '返品方法']),
  g('return_request', 'ja', 2, ['思っていたのと違', '品質が悪', '安っぽ', '気に入らな', '期待外れ', '写真と違', '説明と違']),
  g('return_request', 'zh', 3, ['申请退货', '退换', '退掉', '要退货']),
  g('return_request', 'zh', 2, ['质量差', '质量不好', '做工差', '做工粗糙', '与描述不符', '和描述不符', '描述不符', '图片不符', '色差', '不满意']),

  // Other: account, payment, invoice, pre-sale, thanks. Kept specific so problems are not hidden.
  g('other', 'en', 3, ['billed twice', 'double charged', 'charged two times', 'payment failed', 'payment declined', 'card declined', 'card was declined', 'locked out', 'reset password', 'account locked', 'account blocked', 'account suspended', 'tax invoice', 'does it come with', 'works perfectly', 'five stars', '5 stars', 'fast shipping']),
  g('other', 'de', 3, ['konto gesperrt', 'zahlung fehlgeschlagen', 'zahlung abgelehnt', 'doppelt abgebucht', 'zweimal abgebucht', 'doppelt belastet', 'lieferbar', 'vorrätig', 'mwst', 'quittung']),
  g('other', 'fr', 3, ['carte refusée', 'prélevé deux fois', 'débité deux fois', 'compte bloqué', 'disponible en']),
  g('other', 'es', 3, ['pago rechazado', 'error de pago', 'me cobraron dos veces', 'cobro doble', 'iniciar sesión', 'costo de envío', 'gastos de envío']),
  g('other', 'it', 3, ['ricevuta', 'partita iva', 'accedere', 'account bloccato', 'pagamento rifiutato', 'addebitato due volte', 'login']),
  g('other', 'ja', 3, ['領収書', '請求書', 'インボイス', 'ログイン', 'パスワード', 'アカウント', '支払方法', 'クレジットカード', '決済', '在庫', '日本製', '素材']),
  g('other', 'zh', 3, ['发票', '开票', '增值税', '收据', '支付失败', '付不了款', '扣了两次', '重复扣款', '账号', '登录', '密码', '有货吗', '有没有货', '包邮', '运费', '好评', '五星']),
  // Round 4, second pass: colloquial forms.
  g('damaged', 'en', 3, ['bust', 'kaput', 'knackered', 'packed up', 'conked out', 'died on me', 'gave up', 'fried', 'no signs of life', 'black screen', 'blank screen', 'not responding', 'unresponsive', 'dead pixel*', 'leaky', 'hole in', 'came in pieces', 'arrived in bits', 'broken seal', 'tore', 'cracking']),
  g('damaged', 'de', 3, ['tut nicht', 'tut nichts', 'funzt nicht', 'rührt sich nicht', 'keinen mucks', 'kein bild', 'bildschirm schwarz', 'schwarzer bildschirm', 'reißt', 'ausgelaufen', 'angeknackst', 'geknickt', 'löchrig']),
  g('damaged', 'fr', 3, ['écran noir', 'ne réagit plus', 'ne réagit pas', 'ne répond plus', 'rien ne se passe', 'foutu', 'fichu', 'naze', 'flingué', 'pété', 'pétée', 'morceau manquant', 'éclats', 'déformé*', 'gondolé*']),
  g('damaged', 'es', 3, ['pantalla negra', 'no responde', 'no hace nada', 'no da señales', 'muerto', 'muerta', 'reventad*', 'escacharrad*', 'jodid*', 'se desarmó', 'se deshizo', 'deformad*', 'pelad*', 'roñoso']),
  g('damaged', 'it', 3, ['schermo nero', 'non risponde', 'non dà segni', 'non fa niente', 'sfasciato', 'scassat*', 'spaccato', 'crepato', 'sbucciat*', 'ammaccato', 'si è aperto', 'si è scucito']),
  g('damaged', 'ja', 3, ['画面が真っ暗', '反応しませ', 'うんともすんとも', 'ガラスが割れ', '壊れていま', '壊れてい', '初期不良品', '穴が開いて', '穴があいて', 'ほつれて', '破けて']),
  g('damaged', 'zh', 3, ['屏幕黑', '黑屏了', '不亮了', '没动静', '坏的', '碎成渣', '裂成', '磕坏', '摔了', '烂掉', '掉渣', '开线', '破口', '划花']),
  g('not_received', 'en', 3, ['has not turned up', 'not turned up', 'never turned up', 'did not turn up', 'package never', 'parcel never', 'order never', 'waiting for ages', 'been ages', 'been weeks', 'still nothing', 'nothing yet', 'misdelivered', 'delivered to the wrong', 'delivered to someone else', 'wrong house', 'no package', 'no parcel', 'not arrived yet', 'where the heck is']),
  g('not_received', 'de', 3, ['ist nicht da', 'nicht da', 'noch nicht da', 'nichts da', 'nicht gekommen', 'nie gekommen', 'kommt nicht', 'kam nie', 'warte vergeblich', 'falsch zugestellt', 'beim falschen nachbarn', 'falsche adresse zugestellt', 'zugestellt worden sein', 'paket fehlt', 'sendung fehlt']),
  g('not_received', 'fr', 3, ['rien vu arriver', 'jamais vu', 'livré ailleurs', 'livré à la mauvaise adresse', 'livré chez quelqu un', 'colis introuvable', 'introuvable', 'colis disparu', 'disparu', 'ne l ai pas eu', 'pas eu mon colis', 'pas encore eu']),
  g('not_received', 'es', 3, ['no ha venido', 'nunca vino', 'ni rastro', 'sin noticias', 'no sé nada', 'entregado a otra persona', 'entregaron en otra', 'desaparecid*', 'no aparece', 'no lo tengo', 'todavía no tengo', 'sigo esperando', 'llevo esperando', 'nada de nada']),
  g('not_received', 'it', 3, ['non è mai arrivato', 'non l ho ricevuto', 'non mi è arrivato', 'non mi è ancora arrivato', 'nessuna traccia', 'nessuna notizia', 'sparito', 'scomparso', 'consegnato a un altro', 'consegnato al vicino', 'non lo trovo', 'ancora nulla', 'aspetto da', 'sto aspettando']),
  g('not_received', 'ja', 3, ['届いておらず', '届いてません', 'まだ来な', '来ていませ', '見当たりませ', '誤配達', '不在票も', '荷物はどこ', 'どこにありますか', '届く予定', '届いていない']),
  g('not_received', 'zh', 3, ['快递到哪了', '到哪了', '一直没收到', '收不到', '没见到', '没看到快递', '被别人拿', '送错地方', '签收了但是', '我没签收', '不是我签收', '等了好久', '等了半个月', '等了一个月']),
  g('wrong_item', 'en', 3, ['not the item i ordered', 'not the one i', 'this is not what', 'completely different', 'totally different', 'sent the wrong size', 'wrong pair', 'wrong set', 'wrong pack', 'wrong quantity', 'missing from the box', 'missing from my order', 'half my order', 'should have been', 'was supposed to be a', 'supposed to get', 'got sent', 'they sent', 'received someone']),
  g('wrong_item', 'de', 3, ['falsche größe geliefert', 'falsche größe geschickt', 'nicht das richtige', 'nicht der richtige', 'nicht die richtige', 'völlig anderes', 'ganz anderes', 'sollte eigentlich', 'fehlt ein teil', 'es fehlen', 'zu wenig', 'nur die hälfte', 'fremdes paket', 'jemand anderen']),
  g('wrong_item', 'fr', 3, ['pas le bon modèle', 'pas la bonne couleur', 'pas la bonne taille', 'complètement différent', 'rien à voir avec', 'envoyé la mauvaise', 'envoyé le mauvais', 'colis de quelqu un d autre', 'quelqu un d autre', 'il en manque', 'une pièce manque', 'qu une seule', 'qu un seul']),
  g('wrong_item', 'es', 3, ['no es el modelo', 'no es el color', 'no es la talla que pedí', 'talla equivocada', 'totalmente diferente', 'nada que ver', 'otro paquete', 'paquete equivocado', 'pedido equivocado', 'pedido de otra', 'solo uno', 'solo una', 'la mitad']),
  g('wrong_item', 'it', 3, ['non è il modello', 'non è il colore', 'taglia sbagliata', 'completamente diverso', 'tutt altro', 'pacco di un altro', 'pacco sbagliato', 'ordine sbagliato', 'uno solo', 'solo uno', 'solo una', 'la metà', 'ne manca']),
  g('wrong_item', 'ja', 3, ['注文したものではな', '頼んだものではな', '違う色', '違うサイズが届', 'サイズ違いが届', '色違いが届', '他人の荷物', '別人の', '数が違', '個数が違', '入っていませんでした']),
  g('wrong_item', 'zh', 3, ['发成了', '寄成了', '发的是', '完全不一样', '不是这个', '错了货', '拿错', '别人的快递', '数量不对', '数量不够', '少寄', '漏寄']),
  g('cancel', 'en', 3.5, ['cancel it', 'kill the order', 'kill my order', 'kill the second', 'please do not ship', 'stop it from shipping', 'stop the delivery', 'stop shipment']),
  g('cancel', 'en', 1.5, ['nevermind', 'never mind', 'nvm', 'changed my mind before', 'no longer want', 'do not want it anymore']),
  g('cancel', 'de', 3.5, ['bestellung zurücknehmen', 'bestellung löschen', 'auftrag stornieren', 'auftrag löschen', 'nicht mehr schicken', 'will es nicht mehr', 'doch nicht bestellen']),
  g('cancel', 'fr', 3.5, ['annule ma commande', 'je retire ma commande', 'retirer ma commande', 'supprimer ma commande', 'supprimer la commande', 'ne l envoyez pas', 'n envoyez rien', 'je ne veux plus la commande']),
  g('cancel', 'es', 3.5, ['quitar el pedido', 'borrar el pedido', 'eliminar el pedido', 'ya no quiero el pedido', 'ya no lo quiero', 'no lo manden', 'no me lo manden', 'echar atrás', 'echarme atrás']),
  g('cancel', 'it', 3.5, ['eliminare l ordine', 'togliere l ordine', 'annullatemi', 'non lo voglio più', 'non spedirlo', 'non spedite più', 'ritirare l ordine', 'ritiro l ordine']),
  g('cancel', 'ja', 3.5, ['注文を取り下げ', 'キャンセルして', 'キャンセルでお願い', '注文をなかったことに', '発送しなくて', '送らなくて']),
  g('cancel', 'zh', 3.5, ['不买了', '不想买了', '取消掉', '给我取消', '退掉订单', '取消这单', '把订单取消', '别寄了', '不要寄']),
  g('return_request', 'en', 3, ['take it back', 'send this back', 'return this', 'return for a refund', 'refund and return', 'want to send it back', 'where do i send']),
  g('return_request', 'en', 2, ['do not want it anymore', 'do not like it', 'dont like it', 'not what i wanted', 'does not look like', 'looks nothing like', 'not as shown', 'too expensive for what']),
  g('return_request', 'de', 2, ['sieht anders aus', 'nicht mein geschmack', 'nicht mein fall', 'will ich nicht mehr', 'gefällt uns nicht', 'taugt nichts', 'taugt nix', 'nicht das was ich erwartet']),
  g('return_request', 'fr', 2, ['pas ce que j attendais', 'pas du tout comme', 'ne ressemble pas', 'ne me convient pas', 'ne convient pas', 'je n en veux plus', 'sans intérêt']),
  g('return_request', 'es', 2, ['no se parece', 'no era lo que', 'no es lo que buscaba', 'no me sirve', 'no me convenció', 'no lo quiero', 'un timo', 'una estafa']),
  g('return_request', 'it', 2, ['non assomiglia', 'non era quello che', 'non fa per me', 'non lo voglio', 'non la voglio', 'una fregatura', 'una truffa', 'non è come in foto']),
  g('return_request', 'ja', 2, ['似合わな', '好みではな', 'いらなくな', '不要になっ', '使わないので', '合わないので']),
  g('return_request', 'zh', 2, ['不想要', '不合心意', '不值', '太差了', '很差', '假货', '跟图片不一样', '与图片不符']),
  g('address_change', 'en', 3, ['ship to a different address', 'different address', 'another address', 'deliver to my work', 'drop it at', 'leave it at', 'pick it up from', 'collect from', 'hold it at', 'my address is wrong', 'address has changed', 'wrong street', 'forgot my apartment', 'forgot the flat', 'forgot to add']),
  g('address_change', 'de', 3, ['an eine andere adresse', 'andere lieferadresse', 'an die arbeit', 'zur arbeit', 'in der filiale', 'an die packstation', 'abholen in', 'adresse vergessen', 'falsch geschrieben', 'tippfehler in der adresse', 'straße falsch']),
  g('address_change', 'fr', 3, ['à une autre adresse', 'autre adresse', 'livrer chez', 'livrer à mon travail', 'au travail', 'adresse a changé', 'oublié le numéro', 'faute dans l adresse', 'faute de frappe dans']),
  g('address_change', 'es', 3, ['a otra dirección', 'otra dirección', 'enviar a casa de', 'mandarlo a', 'entregar en', 'recoger en', 'olvidé poner', 'puse mal la dirección', 'dirección mal', 'me equivoqué en la dirección', 'el código postal es']),
  g('address_change', 'it', 3, ['a un altro indirizzo', 'altro indirizzo', 'spedire a', 'consegnare a', 'consegnare al', 'ritirare presso', 'ritirarlo in', 'ho dimenticato il civico', 'indirizzo è sbagliato', 'errore nell indirizzo', 'il cap è']),
  g('address_change', 'ja', 3, ['別の住所', '違う住所', '住所を修正', '住所の修正', '住所に誤り', '宛先を変更', '宛先変更', '送付先', '発送先', '会社宛', '職場宛']),
  g('address_change', 'zh', 3, ['换个地址', '地址改成', '寄到别的地址', '送到单位', '放快递柜', '放驿站', '放门口', '地址有误', '地址不对', '门牌写错', '电话写错']),
  g('refund_status', 'en', 1.5, ['money back yet', 'been refunded yet', 'not been refunded', 'waiting for my refund', 'waiting on my refund', 'where is my money', 'where s my money', 'not credited', 'no credit'], { role: 'refund', mode: 'any' }),
];

export const KEYWORD_GROUPS: readonly KeywordGroup[] = [...RETURN, ...DAMAGED, ...DOES_NOT_WORK, ...NOT_RECEIVED, ...WRONG_ITEM, ...SIZE, ...CANCEL, ...REFUND, ...ADDRESS, ...OTHER, ...ROUND3, ...ROUND4];

// ── Negation ───────────────────────────────────────────────────────────────────────────────────

/** Words that negate the next few words of their clause (Latin-script languages together). */
export const NEGATION_WORDS: readonly string[] = [
  // English ("n't" is spelled out as "not" by the tokeniser; the rest are common apostrophe-less spellings)
  'not', 'no', 'never', 'nothing', 'without', 'nor', 'neither', 'cannot', 'dont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'arent', 'werent', 'havent',
  'hasnt', 'hadnt', 'cant', 'wont', 'couldnt', 'wouldnt', 'shouldnt',
  // German
  'nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'nix', 'ohne',
  // French ("ne" only in French text: it is Italian for "of it"; "n'" is a word of its own here)
  'n', 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'sans',
  // Spanish
  'nunca', 'jamas', 'sin', 'ningun', 'ninguno', 'ninguna', 'nada', 'nadie', 'tampoco', 'ni',
  // Italian
  'non', 'mai', 'nessun', 'nessuno', 'nessuna', 'senza', 'niente', 'nulla',
];
/** Negation words that also reach back: German and French put them after the verb ("kam nicht an", "fonctionne pas"). */
export const NEGATION_BACKWARD: readonly string[] = ['nicht', 'pas'];
/** After a negation, these make it a refusal ("don't want a refund"), which cancels rather than reports. */
export const DESIRE_WORDS: readonly string[] = [
  'want', 'wanna', 'need', 'wish', 'like', 'möchte', 'will', 'wollen', 'brauche', 'benötige', 'veux', 'voudrais', 'souhaite', 'désire',
  'quiero', 'quisiera', 'necesito', 'deseo', 'voglio', 'vorrei', 'desidero',
];
/** Words that end a negation's reach ("don't cancel, just change the address"). */
export const NEGATION_STOP: readonly string[] = ['just', 'only', 'nur', 'juste', 'seulement', 'solo', 'solamente', 'soltanto', 'und', 'and', 'et', 'y', 'sondern', 'instead', 'invece'];
// (Italian "e" (and) is not a stop: without accents it is also "è" (is), as in "non è rotto".)

/** Chinese negation characters, negating the next few characters. */
export const CJK_NEGATION_BEFORE: readonly string[] = ['不', '没', '沒', '未', '无', '無', '非', '别', '別', '勿'];
/** Chinese refusals: 不要/不想/不用/不需要 + remedy ("不用退款") cancel the remedy. */
export const CJK_DESIRE_AFTER_NEGATION: readonly string[] = ['要', '想', '用', '需'];
/** Japanese negation, after the word it negates (届いていない, 破損はしていません, 返金ではなく). */
export const JA_NEGATION_AFTER: readonly string[] = ['ない', 'なく', 'なかっ', 'ません', 'ず、', 'ずに', 'なし', '無し', '無い'];

// ── Nouns that change what a phrase means ──────────────────────────────────────────────────────

export interface NounClass {
  /** Latin-script words (normalised); a trailing * is a prefix. */
  words: readonly string[];
  /** Chinese/Japanese strings. */
  cjk: readonly string[];
}

/** "Not received my refund": a refund, not a lost parcel. */
export const REFUND_NOUNS: NounClass = {
  words: ['refund*', 'reimburs*', 'money', 'credit', 'erstatt*', 'rückerstatt*', 'gutschrift', 'rückzahl*', 'geld', 'rembours*', 'argent', 'reembols*', 'dinero', 'rimbors*', 'soldi', 'denaro'],
  cjk: ['返金', 'お金', '代金', '退款', '退钱', '钱', '货款'],
};
/** "No reply received", "invoice not received": a question about service, not a parcel. */
export const REPLY_NOUNS: NounClass = {
  words: ['reply', 'replies', 'response', 'answer', 'email', 'invoice', 'receipt', 'antwort', 'rechnung', 'nachricht', 'réponse', 'facture', 'respuesta', 'factura', 'correo', 'risposta', 'fattura'],
  cjk: ['返信', '返事', '領収書', '請求書', '回复', '发票', '邮件', '回信'],
};
/** "Tracking number doesn't work": a parcel question. */
export const TRACKING_NOUNS: NounClass = {
  words: ['tracking', 'track*', 'sendungsverfolgung', 'sendungsnummer', 'suivi', 'seguimiento', 'tracciamento', 'link'],
  cjk: ['追跡', '单号', '物流', '快递'],
};
/** "Login doesn't work", "the coupon code won't work": account and payment questions. */
export const ACCOUNT_NOUNS: NounClass = {
  words: ['account', 'login', 'log', 'password', 'code', 'coupon', 'voucher', 'payment', 'card', 'paypal', 'website', 'app', 'konto', 'kundenkonto', 'passwort', 'gutschein', 'zahlung', 'karte', 'compte', 'paiement', 'carte', 'cuenta', 'contraseña', 'código', 'cupón', 'pago', 'tarjeta', 'codice', 'pagamento', 'carta', 'profilo', 'profil', 'credenziali'],
  cjk: ['アカウント', 'ログイン', 'パスワード', 'クーポン', '支払', 'カード', 'クレジット', '決済', '账号', '登录', '密码', '优惠券', '付款', '支付', '信用卡', '银行卡'],
};
/** "The postcode is wrong", "Lieferanschrift falsch": a wrong address is an address change. */
export const ADDRESS_NOUNS: NounClass = {
  words: ['address', 'adress', 'zip', 'postcode', 'street', 'apartment', 'adresse', 'anschrift', 'lieferanschrift', 'lieferadresse', 'hausnummer', 'plz', 'postleitzahl', 'straße', 'postal', 'rue', 'dirección', 'calle', 'piso', 'indirizzo', 'cap', 'civico'],
  cjk: ['住所', '郵便番号', '番地', '部屋番号', '地址', '邮编', '门牌'],
};
/** Where a parcel should go: "don't send it to my home" is an address change, not a cancellation. */
export const DESTINATION_NOUNS: NounClass = {
  words: ['home', 'house', 'office', 'work', 'neighbour', 'neighbor', 'casa', 'oficina', 'trabajo', 'vecino', 'vecina', 'domicile', 'maison', 'bureau', 'travail', 'voisin', 'voisine', 'haus', 'hause', 'büro', 'arbeit', 'nachbar', 'nachbarn', 'ufficio', 'lavoro', 'vicino', 'vicina'],
  cjk: ['家', '公司', '单位', '自宅', '会社', '職場', '実家'],
};
/** Before a refund noun, these ask for one ("I want a refund", "申请退款", "返金をお願い"): a return request. */
/**
 * "Instead of" names a wrong item ("a black one instead of the navy") or, after a wish, the remedy
 * asked for ("I need a 9 instead of an 8.5", "vorrei la 44 invece della 46"): then it weighs little.
 */
export const INSTEAD_PHRASES: readonly string[] = [
  'instead of', 'instead of the', 'statt', 'anstatt', 'anstelle', 'au lieu de', 'au lieu du', 'au lieu d', 'au lieu des', 'en lugar de', 'en lugar del', 'en vez de',
  'en vez del', 'invece di', 'invece del', 'invece della', 'invece delle', 'invece dei', 'invece che', 'al posto di',
];
export const REMEDY_WORDS: NounClass = {
  words: [
    'need', 'want', 'like', 'prefer', 'would', 'möchte', 'bräuchte', 'brauche', 'hätte', 'voudrais', 'veux', 'souhaite', 'aimerais', 'quiero', 'quisiera', 'necesito',
    'prefiero', 'vorrei', 'voglio', 'preferirei', 'serve',
  ],
  cjk: [],
};

export const REFUND_REQUEST_WORDS: NounClass = {
  words: ['want', 'wanted', 'like', 'request', 'requesting', 'demand', 'prefer', 'need', 'full', 'wish', 'möchte', 'will', 'hätte', 'verlange', 'fordere', 'um', 'veux', 'voudrais', 'souhaite', 'demande', 'exige', 'être', 'quiero', 'quisiera', 'solicito', 'pido', 'exijo', 'deseo', 'voglio', 'vorrei', 'chiedo', 'desidero', 'avere'],
  cjk: ['申请', '要求', '想要', '我要', '希望', 'お願い', '希望', 'したい', 'ください', '下さい', '欲しい', 'ほしい'],
};
