/**
 * The words of eBay Messages (F6, F24): who wrote a message ("You", "Sie", "jane_doe_88 wrote:"),
 * whether an inbox card waits for the seller ("Unread", a preview that starts "You: "), the header
 * that names the member, and the sites' languages, zones and date orders.
 *
 * Honesty about sources, as in labels.ts: `evidence` entries were seen in public code that works
 * against the live pages — a 2026 assistant that reads /cnt/ViewMessage (inbox cards carry a
 * visually hidden "Unread, <subject>" and an `unread` class; eBay's own mail to a seller reads
 * "Neue Nachricht von: kaeufer_123 (15)"). Everything else is best knowledge of how eBay words it,
 * NOT seen on a page: the conversation view's markup is not public. A wrong guess costs a missed
 * match, never a wrong value: each word must be the whole text of its node.
 */

export type SenderRole = 'buyer' | 'seller' | 'system';

interface Words {
  evidence: readonly string[];
  bestKnowledge: readonly string[];
}

/** A whole sender line (or the name in "Message from <name>") that says which side wrote. */
export const SENDER_ROLE_WORDS: Record<SenderRole, Words> = {
  buyer: {
    evidence: [],
    bestKnowledge: ['Buyer', 'Käufer', 'Käuferin', 'Acheteur', 'Acheteuse', 'Acquirente', 'Comprador', 'Compradora'],
  },
  seller: {
    evidence: [],
    bestKnowledge: ['You', 'Me', 'Sie', 'Ihnen', 'Du', 'Dir', 'Ich', 'Vous', 'Moi', 'Tu', 'Te', 'Toi', 'Tú', 'Ti', 'Yo', 'Io', 'Usted'],
  },
  system: {
    evidence: [],
    bestKnowledge: ['eBay', 'eBay Customer Service', 'eBay-Kundenservice', 'eBay Kundenservice', 'Service client eBay', 'Servizio clienti eBay', 'Atención al cliente de eBay'],
  },
};

/**
 * Sender phrases a chat UI prints for screen readers or as a quote line; group `name` is the
 * sender. eBay's mail says "Neue Nachricht von: <name> (<feedback>)" (evidence); the rest are ours.
 */
export const SENDER_PHRASES: readonly RegExp[] = [
  /^(?:New )?(?:message|reply) from:? (?<name>.+?)$/i,
  /^(?<name>.+?) (?:wrote|sent|said|asked)(?: a message| a question)?:?$/i,
  /^(?:Neue )?Nachricht von:? (?<name>.+?)$/i,
  /^Antwort von:? (?<name>.+?)$/i,
  /^(?<name>.+?) (?:hat|haben) (?:geschrieben|gefragt|gesendet):?$/i,
  /^(?:Nouveau )?message de:? (?<name>.+?)$/i,
  /^(?<name>.+?) a écrit\s?:?$/i,
  /^(?:Nuovo )?messaggio da:? (?<name>.+?)$/i,
  /^(?<name>.+?) ha scritto:?$/i,
  /^(?:Nuevo )?mensaje de:? (?<name>.+?)$/i,
  /^(?<name>.+?) escribió:?$/i,
];

/** Headers that name the member a conversation or reply page is with; group `name`. */
export const MEMBER_HEADER_PATTERNS: readonly RegExp[] = [
  /^(?:Conversation|Messages|Chat) with (?<name>.+)$/i,
  /^(?:Reply|Respond) to (?<name>.+)$/i,
  /^(?:Send (?:a )?message|Message) to (?<name>.+)$/i,
  /^(?:Unterhaltung|Konversation|Nachrichten|Chat) mit (?<name>.+)$/i,
  /^(?:Antwort|Nachricht) an (?<name>.+?)(?: senden)?$/i,
  /^Conversation avec (?<name>.+)$/i,
  /^(?:Répondre|Message) à (?<name>.+)$/i,
  /^Conversazione con (?<name>.+)$/i,
  /^(?:Rispondi|Messaggio) a (?<name>.+)$/i,
  /^Conversación con (?<name>.+)$/i,
  /^(?:Responder|Mensaje) a (?<name>.+)$/i,
];

/** "Unread, <subject>" — the inbox card's hidden prefix (evidence, en); the others best knowledge. */
export const UNREAD_WORDS: Words = {
  evidence: ['Unread'],
  bestKnowledge: ['New', 'Ungelesen', 'Neu', 'Non lu', 'Non lus', 'Nouveau', 'Non letto', 'Nuovo', 'No leído', 'Nuevo'],
};

/** A card that says the seller owes an answer. */
export const AWAITING_WORDS: Words = {
  evidence: [],
  bestKnowledge: ['Awaiting reply', 'Awaiting your reply', 'Needs reply', 'Reply needed', 'Antwort ausstehend', 'Antwort erforderlich', 'En attente de réponse', 'Réponse requise', 'In attesa di risposta', 'Risposta richiesta', 'Pendiente de respuesta', 'Respuesta pendiente'],
};

/** A card the seller answered (checked before the unread and awaiting words). */
export const ANSWERED_WORDS: Words = {
  evidence: [],
  bestKnowledge: ['Replied', 'Responded', 'Answered', 'Beantwortet', 'Geantwortet', 'Répondu', 'Risposto', 'Respondido'],
};

/** Sections of a message that are not its text. */
export const NON_BODY_SECTION_WORDS: readonly string[] = ['Attachments', 'Attachment', 'Photos', 'Anhänge', 'Anhang', 'Fotos', 'Pièces jointes', 'Allegati', 'Archivos adjuntos', 'Translated', 'Übersetzt', 'Traduit', 'Tradotto', 'Traducido'];

// ── Times ────────────────────────────────────────────────────────────────────────────────────

export const TODAY_WORDS: readonly string[] = ['today', 'heute', "aujourd'hui", 'oggi', 'hoy'];
export const YESTERDAY_WORDS: readonly string[] = ['yesterday', 'gestern', 'hier', 'ieri', 'ayer'];
export const JUST_NOW_WORDS: readonly string[] = ['just now', 'now', 'gerade eben', 'jetzt', "à l'instant", 'adesso', 'ora', 'ahora', 'ahora mismo'];

/**
 * Relative ages as inbox cards print them. Evidence: a 2026 inbox reader treats "4h", "2d", "35m",
 * "1w", "today" and "yesterday" as eBay's volatile card dates. The long forms are best knowledge.
 */
export const AGE_UNITS: Readonly<Record<string, number>> = {
  s: 1 / 60, sec: 1 / 60, secs: 1 / 60, second: 1 / 60, seconds: 1 / 60, sek: 1 / 60, sekunden: 1 / 60,
  m: 1, min: 1, mins: 1, minute: 1, minutes: 1, minuten: 1, minuti: 1, minuto: 1, minutos: 1,
  h: 60, hr: 60, hrs: 60, hour: 60, hours: 60, std: 60, stunde: 60, stunden: 60, heure: 60, heures: 60, ora: 60, ore: 60, hora: 60, horas: 60,
  d: 1440, day: 1440, days: 1440, t: 1440, tag: 1440, tage: 1440, tagen: 1440, j: 1440, jour: 1440, jours: 1440, g: 1440, giorno: 1440, giorni: 1440, día: 1440, días: 1440,
  w: 10080, wk: 10080, wks: 10080, week: 10080, weeks: 10080, woche: 10080, wochen: 10080, semaine: 10080, semaines: 10080, settimana: 10080, settimane: 10080, semana: 10080, semanas: 10080,
};

/** Zone abbreviations eBay's sites print after a time → minutes east of UTC. */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0, WEST: 60, BST: 60,
  CET: 60, CEST: 120, MEZ: 60, MESZ: 120, HNEC: 60, HAEC: 120,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, NST: -210, NDT: -150, AST: -240, ADT: -180,
  AEST: 600, AEDT: 660, ACST: 570, ACDT: 630, AWST: 480,
};

// ── Sites ────────────────────────────────────────────────────────────────────────────────────

/**
 * The zone a site prints zone-less times in. eBay runs on "eBay time" (Pacific) on ebay.com; the
 * European sites print local time with MEZ/MESZ, GMT/BST. Best knowledge for CA and AU.
 */
export const SITE_TIME_ZONES: Readonly<Record<string, string>> = {
  US: 'America/Los_Angeles', CA: 'America/Toronto', GB: 'Europe/London', DE: 'Europe/Berlin',
  FR: 'Europe/Paris', IT: 'Europe/Rome', ES: 'Europe/Madrid', AU: 'Australia/Sydney',
};

/** The language a site's buyers mostly write in (the classifier's hint for short texts). */
export const SITE_LANGUAGES: Readonly<Record<string, string>> = { DE: 'de', FR: 'fr', IT: 'it', ES: 'es' };

// ── Matching ─────────────────────────────────────────────────────────────────────────────────

const all = (words: Words) => [...words.evidence, ...words.bestKnowledge];

/** Lower case, straight apostrophes, no surrounding brackets, colons, commas or dashes. */
export function fold(text: string): string {
  return text
    .replace(/[’`]/g, "'")
    .replace(/^[\s([{·•|–—-]+|[\s)\]}·•|:,–—-]+$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

const ROLE_BY_WORD = new Map<string, SenderRole>();
for (const role of Object.keys(SENDER_ROLE_WORDS) as SenderRole[]) for (const word of all(SENDER_ROLE_WORDS[role])) ROLE_BY_WORD.set(fold(word), role);
const UNREAD = new Set(all(UNREAD_WORDS).map(fold));
const AWAITING = new Set(all(AWAITING_WORDS).map(fold));
const ANSWERED = new Set(all(ANSWERED_WORDS).map(fold));
const NON_BODY = new Set(NON_BODY_SECTION_WORDS.map(fold));
const SELLER_PREFIX = new RegExp(`^(?:${all(SENDER_ROLE_WORDS.seller).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s?:\\s`, 'i');

/** "You", "(Käufer)", "eBay" → its role; anything else → null. */
export function matchSenderRole(text: string): SenderRole | null {
  return text.length > 40 ? null : (ROLE_BY_WORD.get(fold(text)) ?? null);
}

/**
 * "jane_doe_88 wrote:", "Message from You", "Nachricht von Ihnen" → the sender's name as printed.
 * A name is a user id or at most two words (plus a feedback score), so a buyer's sentence such as
 * "Reply from the seller please" is not taken for a sender line.
 */
export function matchSenderPhrase(text: string): string | null {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length > 120) return null;
  for (const pattern of SENDER_PHRASES) {
    const name = pattern.exec(s)?.groups?.['name']?.trim();
    if (name && name.length <= 64 && name.replace(/\s*\(\d[\d.,]*\)$/, '').split(' ').length <= 2) return name;
  }
  return null;
}

/** "Conversation with jane_doe_88 (152)" → "jane_doe_88 (152)"; null for other headers. */
export function matchMemberHeader(text: string): string | null {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length > 200) return null;
  for (const pattern of MEMBER_HEADER_PATTERNS) {
    const name = pattern.exec(s)?.groups?.['name']?.trim();
    if (name) return name;
  }
  return null;
}

/** What a card's marker text says: answered wins over unread/awaiting. "Unread, Subject" counts. */
export function matchCardMarker(text: string): 'answered' | 'unread' | 'awaiting' | null {
  if (text.length > 300) return null;
  const folded = fold(text);
  if (ANSWERED.has(folded)) return 'answered';
  if (AWAITING.has(folded)) return 'awaiting';
  const head = fold(folded.split(',')[0] ?? '');
  return UNREAD.has(folded) || (folded.includes(',') && UNREAD.has(head)) ? 'unread' : null;
}

/** A preview that starts with the seller's own turn ("You: Thanks, …") was answered. */
export function startsWithSellerTurn(text: string): boolean {
  return SELLER_PREFIX.test(text.trim());
}

export function isNonBodySection(text: string): boolean {
  return NON_BODY.has(fold(text));
}
