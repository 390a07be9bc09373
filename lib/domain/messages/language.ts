/**
 * The language of a buyer message, among the ones HelloWord has templates for.
 *
 * Script first, because it is certain and free: kana → Japanese; Han characters without kana →
 * Chinese (or Japanese when the marketplace says so: "返品希望" is both). Latin-script text goes to
 * tinyld (light profile, restricted to en/de/fr/es/it): measured on our eval set it tells short
 * buyer messages apart far better than franc-min, and its data is smaller (see the README of
 * tests/fixtures/messages). Clear-cut text (several function words of one language) skips tinyld,
 * which costs ~100 µs a call. When tinyld is unsure (a few words, "Storno bitte!"), the caller combines
 * its scores with the languages of the keywords found and the marketplace's language hint.
 */
import { detectAll } from 'tinyld/light';
import { SUPPORTED_LANGUAGES, type MessageLanguage, type SupportedLanguage } from './intents';

export const LATIN_LANGUAGES = ['en', 'de', 'fr', 'es', 'it'] as const satisfies readonly SupportedLanguage[];
export type LatinLanguage = (typeof LATIN_LANGUAGES)[number];

export interface LanguageGuess {
  language: MessageLanguage;
  /** False for short or ambiguous text: keyword evidence and the hint may overrule the guess. */
  reliable: boolean;
  /** Latin-script text: tinyld's score per language (0..1), for combining with other evidence. */
  scores?: Partial<Record<LatinLanguage, number>>;
}

/** "de", "de-DE", "DE", "ja_JP" → a supported language; anything else → undefined. */
export function normaliseLanguageHint(hint: string | undefined): SupportedLanguage | undefined {
  if (!hint) return undefined;
  const code = hint.trim().slice(0, 2).toLowerCase();
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(code) ? (code as SupportedLanguage) : undefined;
}

/** Enough to decide the script; the language of a long thread is the language of its start. */
const SCAN_CHARS = 1000;
/** tinyld's cost grows with the text; 600 characters are plenty to tell five languages apart. */
const DETECT_CHARS = 600;
/** tinyld's top score from which its answer is taken on its own (it gives ~1 when sure). */
const RELIABLE_SCORE = 0.5;
/** This many function words of one language, twice as many as of any other, settle the language. */
const DECISIVE_WORDS = 2;
/** Fewer Latin letters than this is too little text for a reliable guess. */
const MIN_RELIABLE_LETTERS = 12;

/**
 * Function words that belong to one of the five languages only (no "la", "no", "de", "un", "mi",
 * which several share). Short messages are mostly such words: "bitte stornieren, danke".
 */
const FUNCTION_WORDS: Record<LatinLanguage, readonly string[]> = {
  en: ['the', 'my', 'is', 'it', 'and', 'please', 'pls', 'you', 'to', 'of', 'for', 'this', 'was', 'have', 'with', 'what', 'where', 'when', 'can', 'hi', 'hello', 'thanks', 'order', 'asap', 'dont', 'not', 'ship'],
  de: ['ich', 'bitte', 'und', 'nicht', 'der', 'die', 'das', 'ist', 'mein', 'meine', 'danke', 'noch', 'mit', 'sie', 'ein', 'eine', 'hallo', 'habe', 'wurde', 'auf', 'aber', 'wie', 'kann', 'bestellung', 'leider', 'vielen', 'schon'],
  fr: ['je', 'les', 'et', 'est', 'pas', 'mon', 'mes', 'merci', 'svp', 'bonjour', 'vous', 'des', 'au', 'avec', 'mais', 'commande', 'pour', 'suis', 'colis'],
  es: ['el', 'los', 'las', 'y', 'por', 'favor', 'gracias', 'hola', 'porfa', 'q', 'pedido', 'muy', 'esta', 'mis', 'compré', 'pedí'],
  it: ['di', 'mio', 'mia', 'per', 'grazie', 'ciao', 'che', 'sono', 'ho', 'buongiorno', 'della', 'questo', 'ordine', 'anche', 'pacco', 'perché'],
};
const FUNCTION_WORD_LANGUAGE = new Map<string, LatinLanguage>();
for (const lang of LATIN_LANGUAGES) for (const word of FUNCTION_WORDS[lang]) FUNCTION_WORD_LANGUAGE.set(word, lang);

/** Count the function words of each language in a short text (lower-cased words). */
function functionWordVotes(text: string): Partial<Record<LatinLanguage, number>> {
  const votes: Partial<Record<LatinLanguage, number>> = {};
  for (const word of text.toLowerCase().split(/[^a-zà-ÿ]+/u)) {
    const lang = FUNCTION_WORD_LANGUAGE.get(word);
    if (lang) votes[lang] = (votes[lang] ?? 0) + 1;
  }
  return votes;
}

export function detectLanguage(text: string, hint?: string): LanguageGuess {
  const hinted = normaliseLanguageHint(hint);
  let kana = 0;
  let han = 0;
  let latin = 0;
  const end = Math.min(text.length, SCAN_CHARS);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f)) kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
  }
  // A CJK character carries about as much as a short Latin word: "Hi，我的order还没到" is Chinese.
  if (kana + han > 0 && (kana + han) * 3 >= latin) {
    if (kana > 0) return { language: 'ja', reliable: true };
    if (hinted === 'ja') return { language: 'ja', reliable: false };
    return { language: 'zh', reliable: han >= 4 };
  }
  if (latin === 0) return { language: hinted ?? 'und', reliable: false };

  // Overwhelming function words decide without tinyld (~100 µs a call): "Hallo, ich habe die
  // Bestellung…" needs no n-gram model. Never wrong on the eval set, and it settles about half.
  const sample = text.length > DETECT_CHARS ? text.slice(0, DETECT_CHARS) : text;
  const words = functionWordVotes(sample);
  const [first, second] = LATIN_LANGUAGES.map((lang) => [lang, words[lang] ?? 0] as const).sort((a, b) => b[1] - a[1]);
  if (first && first[1] >= DECISIVE_WORDS && first[1] >= 2 * (second?.[1] ?? 0) + 1) return { language: first[0], reliable: true };

  const ranked = detectAll(sample, { only: [...LATIN_LANGUAGES] });
  const scores: Partial<Record<LatinLanguage, number>> = {};
  for (const { lang, accuracy } of ranked) scores[lang as LatinLanguage] = accuracy;
  const top = ranked[0];
  if (top && top.accuracy >= RELIABLE_SCORE && latin >= MIN_RELIABLE_LETTERS) return { language: top.lang as LatinLanguage, reliable: true, scores };
  const fallback = (top?.lang as LatinLanguage | undefined) ?? (hinted && (LATIN_LANGUAGES as readonly string[]).includes(hinted) ? hinted : undefined);
  return { language: fallback ?? 'und', reliable: false, scores };
}

/**
 * Settle an unreliable Latin-script guess: tinyld's relative scores, plus the languages of the
 * keywords found (each keyword's weight, capped), plus function words, plus the hint.
 */
export function settleLatinLanguage(guess: LanguageGuess, keywordVotes: Partial<Record<LatinLanguage, number>>, hint?: string, text = ''): MessageLanguage {
  const hinted = normaliseLanguageHint(hint);
  const scores = guess.scores ?? {};
  const max = Math.max(0, ...Object.values(scores));
  const words = functionWordVotes(text.length > DETECT_CHARS ? text.slice(0, DETECT_CHARS) : text);
  let best: MessageLanguage = guess.language;
  let bestScore = 0;
  for (const lang of LATIN_LANGUAGES) {
    const score =
      (max > 0 ? (scores[lang] ?? 0) / max : 0) + Math.min(2, (keywordVotes[lang] ?? 0) / 2) + Math.min(2, (words[lang] ?? 0) * 0.6) + (hinted === lang ? 1.5 : 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
