/**
 * The buyer-message classifier of the reply assistant (F6): what the buyer wants, in which
 * language, how sure we are, and why. Pure and synchronous; everything is compiled once.
 *
 * How it reads a message:
 * 1. normalise and split into words and clauses (text.ts); fix near-miss spellings of keywords
 *    ("recieved", "damadged", "refnd") with a one-edit lookup;
 * 2. mark negated words: "not/kein/pas/no/non" reach a few words forward within the clause
 *    ("nicht"/"pas" also a few words back), 不/没/未 the next characters, Japanese ない/ません the
 *    word before; "don't want …" is a refusal, which cancels rather than reports;
 * 3. find keywords (keywords.ts), longest phrase first, and weigh each: a negated keyword counts
 *    nothing ("not damaged"), except the ones that only mean something negated ("not received");
 *    nearby nouns redirect a few ("not received my refund" is about the refund);
 * 4. sum per intent; the best wins, with a confidence from its strength and its lead. Close calls
 *    and thin evidence are flagged `unsure` with the best guess kept — never dumped into "other".
 */
import { MESSAGE_INTENTS, type Classification, type ClassifyHints, type Evidence, type MessageIntent, type MessageLanguage, type SellerKeywords } from './intents';
import {
  ACCOUNT_NOUNS,
  ADDRESS_NOUNS,
  DESTINATION_NOUNS,
  CJK_DESIRE_AFTER_NEGATION,
  CJK_NEGATION_BEFORE,
  DESIRE_WORDS,
  INSTEAD_PHRASES,
  JA_NEGATION_AFTER,
  KEYWORD_GROUPS,
  NEGATION_BACKWARD,
  NEGATION_STOP,
  NEGATION_WORDS,
  REFUND_NOUNS,
  REFUND_REQUEST_WORDS,
  REMEDY_WORDS,
  REPLY_NOUNS,
  TRACKING_NOUNS,
  type KeywordGroup,
  type KeywordLanguage,
  type KeywordMode,
  type KeywordRole,
  type NounClass,
} from './keywords';
import { detectLanguage, LATIN_LANGUAGES, settleLatinLanguage, type LatinLanguage } from './language';
import { normaliseText, tokenise, type Tokens } from './text';

export {
  MESSAGE_INTENTS,
  MessageIntent,
  MessageLanguage,
  SUPPORTED_LANGUAGES,
  SellerKeywords,
  Classification,
  Evidence,
  type ClassifyHints,
} from './intents';

/** Longer messages are classified on their start: the newest message sits on top of a thread. */
export const MAX_CLASSIFIED_CHARS = 4000;
/** Seller keywords weigh like the strongest built-in ones: the seller knows their buyers. */
const SELLER_KEYWORD_WEIGHT = 3;
/** How far a negation reaches: words forward and back (Latin), characters (CJK). */
const NEGATION_REACH = 4;
/** German puts "nicht" after the verb and its adverbs: "lädt seit gestern überhaupt nicht mehr". */
const NEGATION_REACH_BACK = 4;
const CJK_NEGATION_REACH = 4;
const JA_NEGATION_REACH = 8;
/** How far to look for nouns that change a phrase's meaning ("not received … refund"). */
const NOUN_WINDOW = 4;
const CJK_NOUN_WINDOW = 6;
/** A point made after "but" (aber, mais, pero, 但是…) is the buyer's point. */
const CONTRAST_BOOST = 1.25;
/** A keyword found through a spelling fix counts a little less. */
const FUZZY_FACTOR = 0.85;
/** A message naming both what was ordered and what came is likely about a wrong item. */
const ORDERED_AND_GOT = 1.5;
/** At most this much is added by status words ("still", "when") around a refund. */
const MAX_REFUND_CUES = 2;
/** Below this confidence the answer is flagged unsure. */
const UNSURE_BELOW = 0.5;
/** When the runner-up has at least this share of the winner's score, the answer is flagged unsure. */
const UNSURE_RUNNER_UP_SHARE = 0.75;

// ── Compiled keywords ──────────────────────────────────────────────────────────────────────────

interface Step {
  text: string;
  prefix: boolean;
  gap: boolean;
}

interface Entry {
  intent: MessageIntent;
  weight: number;
  mode: KeywordMode;
  role: KeywordRole | undefined;
  language: MessageLanguage;
}

interface Phrase {
  steps: Step[];
  /** The phrase carries its own negation ("not what I ordered", "没收到"). */
  selfNegated: boolean;
  /** What the phrase is shown as in evidence. */
  label: string;
  entries: Entry[];
  cjk: boolean;
}

interface Compiled {
  /** Phrases by the head (first three letters, or the character) of their first word. */
  index: Map<string, Phrase[]>;
  /** One-word keywords matched at the end of a word: German compounds ("*adresse" in "Privatadresse"). */
  suffixes: { text: string; phrase: Phrase }[];
  /** Every whole word of every phrase: a word known as is needs no spelling fix. */
  words: Set<string>;
  /** Prefix words by head, for the same purpose. */
  prefixes: Map<string, string[]>;
  /** Spelling fixes: long keyword words by first letter and length ("r8" → received, recieved…). */
  fuzzy: Map<string, string[]>;
}

const headOf = (word: string) => (word.length <= 3 ? word : word.slice(0, 3));

const normalisedSet = (words: readonly string[]) => new Set(words.map((w) => normaliseText(w)));
const NEGATIONS = normalisedSet(NEGATION_WORDS);
const NEGATIONS_BACKWARD = normalisedSet(NEGATION_BACKWARD);
const DESIRES = normalisedSet(DESIRE_WORDS);
const STOPS = normalisedSet(NEGATION_STOP);
const CJK_NEGATIONS = new Set(CJK_NEGATION_BEFORE);
/** Noun lists are written naturally (with accents); compare them in normal form. */
const normaliseNouns = (nouns: NounClass): NounClass => ({ words: nouns.words.map((w) => normaliseText(w)), cjk: nouns.cjk.map((w) => normaliseText(w)) });
const REFUNDS = normaliseNouns(REFUND_NOUNS);
const REPLIES = normaliseNouns(REPLY_NOUNS);
const TRACKING = normaliseNouns(TRACKING_NOUNS);
const ACCOUNTS = normaliseNouns(ACCOUNT_NOUNS);
const ADDRESSES = normaliseNouns(ADDRESS_NOUNS);
const DESTINATIONS = normaliseNouns({ words: [...ADDRESS_NOUNS.words, ...DESTINATION_NOUNS.words], cjk: [...ADDRESS_NOUNS.cjk, ...DESTINATION_NOUNS.cjk] });
const REFUND_REQUESTS = normaliseNouns(REFUND_REQUEST_WORDS);
const REMEDIES = normaliseNouns(REMEDY_WORDS);
const INSTEAD = normalisedSet(INSTEAD_PHRASES);
/** A wish before "instead of" makes it the remedy asked for, not the item received. */
const REMEDY_INSTEAD_FACTOR = 0.25;
const CJK_DESIRES = new Set(CJK_DESIRE_AFTER_NEGATION);
/** Japanese refusals ("返金ではなく", "キャンセルしたくない"): they cancel like "don't want". */
const JA_REFUSALS = ['ではなく', 'じゃなく', 'ではない', 'じゃない', 'たくない', 'たくありません', 'いりません', '要りません'];
/** Ordinary words one letter away from a keyword, which must not be "fixed" into it. */
const NOT_TYPOS = new Set(['pedido', 'pedidos', 'schade', 'tracked', 'leaning', 'receiver', 'receipts', 'ricevute', 'llegada', 'detective']);
/** Keyword words shorter than this get no spelling fixes (too many real words are one edit apart). */
const FUZZY_MIN_KEYWORD = 6;
const FUZZY_MIN_WORD = 5;

function isSelfNegated(steps: Step[], cjk: boolean, language: KeywordLanguage): boolean {
  if (!cjk) return steps.some((s) => !s.gap && NEGATIONS.has(s.text));
  const text = steps.map((s) => s.text).join('');
  if (language === 'ja') return JA_NEGATION_AFTER.some((n) => text.includes(n.replace('、', ''))) || JA_REFUSALS.some((n) => text.includes(n));
  return steps.some((s) => CJK_NEGATIONS.has(s.text));
}

/** Parse one phrase of keywords.ts syntax (or a seller keyword, `literal`: no `*` or `~`). */
function parsePhrase(phrase: string, literal: boolean): Step[] {
  const steps: Step[] = [];
  for (const part of phrase.trim().split(/\s+/)) {
    if (!literal && part === '~') {
      steps.push({ text: '', prefix: false, gap: true });
      continue;
    }
    const prefix = !literal && part.endsWith('*');
    const words = tokenise(normaliseText(prefix ? part.slice(0, -1) : part), { contrast: false }).words;
    words.forEach((text, i) => steps.push({ text, prefix: prefix && i === words.length - 1 && text.length >= 3, gap: false }));
  }
  // A gap at either end means nothing.
  while (steps[0]?.gap) steps.shift();
  while (steps[steps.length - 1]?.gap) steps.pop();
  return steps;
}

function compile(groups: readonly KeywordGroup[], seller: SellerKeywords | undefined): Compiled {
  const byKey = new Map<string, Phrase>();
  const suffixPhrases: Compiled['suffixes'] = [];
  const add = (raw: string, group: Omit<KeywordGroup, 'phrases'>, literal: boolean) => {
    const suffix = !literal && /^\*[^\s*~]{3,}$/.test(raw);
    const steps = parsePhrase(suffix ? raw.slice(1) : raw, literal);
    if (steps.length === 0) return;
    // A seller keyword that normalises to a single Latin letter ("c++", "(a)") would match anything.
    const letters = steps.map((s) => s.text).join('');
    if (literal && letters.length < 2 && !/[\u3040-\u9fff]/.test(letters)) return;
    if (suffix) {
      const mode: KeywordMode = group.mode ?? 'pos';
      suffixPhrases.push({
        text: steps.map((s) => s.text).join(''),
        phrase: { steps, selfNegated: false, label: '…' + steps.map((s) => s.text).join(''), entries: [{ intent: group.intent, weight: group.weight, mode, role: group.role, language: group.lang }], cjk: false },
      });
      return;
    }
    const cjk = steps.some((s) => !s.gap && s.text.length === 1 && s.text.charCodeAt(0) >= 0x3000);
    const key = steps.map((s) => (s.gap ? '~' : s.text + (s.prefix ? '*' : ''))).join(' ');
    const selfNegated = isSelfNegated(steps, cjk, group.lang);
    const mode: KeywordMode = group.mode === 'neg' ? 'neg' : selfNegated ? 'any' : (group.mode ?? 'pos');
    const entry: Entry = { intent: group.intent, weight: group.weight, mode, role: group.role, language: group.lang };
    const existing = byKey.get(key);
    if (existing) existing.entries.push(entry);
    else byKey.set(key, { steps, selfNegated, label: steps.filter((s) => !s.gap).map((s) => s.text).join(cjk ? '' : ' '), entries: [entry], cjk });
  };
  for (const group of groups) for (const phrase of group.phrases) add(phrase, group, false);
  for (const intent of MESSAGE_INTENTS) {
    for (const phrase of seller?.[intent] ?? []) add(phrase, { intent, lang: 'und', weight: SELLER_KEYWORD_WEIGHT }, true);
  }

  const compiled: Compiled = { index: new Map(), suffixes: suffixPhrases, words: new Set(), prefixes: new Map(), fuzzy: new Map() };
  for (const phrase of byKey.values()) {
    const head = headOf(phrase.steps[0]!.text);
    const list = compiled.index.get(head);
    if (list) list.push(phrase);
    else compiled.index.set(head, [phrase]);
    for (const step of phrase.steps) {
      if (step.gap) continue;
      if (step.prefix) {
        const h = headOf(step.text);
        const list = compiled.prefixes.get(h);
        if (list) list.push(step.text);
        else compiled.prefixes.set(h, [step.text]);
        continue;
      }
      if (!compiled.words.has(step.text) && step.text.length >= FUZZY_MIN_KEYWORD && /^[a-z]+$/.test(step.text)) {
        const bucket = fuzzyKey(step.text[0]!, step.text.length);
        const list = compiled.fuzzy.get(bucket);
        if (list) list.push(step.text);
        else compiled.fuzzy.set(bucket, [step.text]);
      }
      compiled.words.add(step.text);
    }
  }
  for (const word of NEGATIONS) compiled.words.add(word);
  return compiled;
}

const fuzzyKey = (first: string, length: number) => first + length;

/**
 * One edit, and not an extra letter on a six-letter keyword: "refnd" → "refund" and "recieved" →
 * "received" are typos, but "toallas" (towels) is a real word one letter longer than "tallas".
 */
function plausibleTypo(word: string, target: string): boolean {
  if (word.length > target.length && target.length < FUZZY_MIN_KEYWORD + 1) return false;
  return oneEditApart(word, target);
}

/** True when a and b are one insertion, deletion, substitution or adjacent swap apart (no allocation). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  const tailEqual = (ai: number, bi: number) => {
    if (a.length - ai !== b.length - bi) return false;
    for (; ai < a.length; ai++, bi++) if (a.charCodeAt(ai) !== b.charCodeAt(bi)) return false;
    return true;
  };
  if (a.length === b.length) {
    return tailEqual(i + 1, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && tailEqual(i + 2, i + 2));
  }
  return a.length > b.length ? tailEqual(i + 1, i) : tailEqual(i, i + 1);
}

// ── Reading a message ──────────────────────────────────────────────────────────────────────────

/** Negation per word: 0 none, 1 negated ("not received"), 2 refused ("don't want a refund"). */
type Negation = 0 | 1 | 2;

interface Reading extends Tokens {
  negation: Uint8Array;
  fuzzy: Uint8Array;
}

function isKnown(compiled: Compiled, word: string): boolean {
  if (compiled.words.has(word) || NOT_TYPOS.has(word)) return true;
  const prefixes = compiled.prefixes.get(headOf(word));
  return prefixes !== undefined && prefixes.some((p) => word.startsWith(p));
}

/** Replace near-misses of keyword words by the keyword word ("recieved" → "received"). */
function fixSpelling(compiled: Compiled, tokens: Tokens): Uint8Array {
  const fuzzy = new Uint8Array(tokens.words.length);
  tokens.words.forEach((word, i) => {
    if (tokens.cjk[i] || word.length < FUZZY_MIN_WORD || isKnown(compiled, word) || /[0-9]/.test(word)) return;
    // Typos rarely hit the first letter; requiring it keeps "tracked" from becoming "cracked".
    for (let length = word.length - 1; length <= word.length + 1; length++) {
      const fix = compiled.fuzzy.get(fuzzyKey(word[0]!, length))?.find((target) => plausibleTypo(word, target));
      if (fix) {
        tokens.words[i] = fix;
        fuzzy[i] = 1;
        return;
      }
    }
  });
  return fuzzy;
}

function markNegation(tokens: Tokens, french: boolean): Uint8Array {
  const { words, clause, cjk } = tokens;
  const negation = new Uint8Array(words.length);
  const mark = (j: number, type: Negation) => {
    if (type > negation[j]!) negation[j] = type;
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (cjk[i]) {
      if (tokens.hasKana || !CJK_NEGATIONS.has(word)) continue;
      // A不A / A没A asks a question (是不是丢了 "has it been lost?"), it negates nothing.
      if (i > 0 && words[i - 1] === words[i + 1]) continue;
      // Chinese: 没收到, 不是要取消, 不用退款 (refusal).
      const type: Negation = CJK_DESIRES.has(words[i + 1] ?? '') ? 2 : 1;
      for (let j = i + 1; j <= i + CJK_NEGATION_REACH && j < words.length && clause[j] === clause[i] && cjk[j]; j++) mark(j, type);
      continue;
    }
    if (!NEGATIONS.has(word) && !(french && word === 'ne')) continue;
    let type: Negation = 1;
    for (let j = i + 1; j <= i + 2 && j < words.length && clause[j] === clause[i]; j++) if (DESIRES.has(words[j]!)) type = 2;
    for (let j = i + 1; j <= i + NEGATION_REACH && j < words.length && clause[j] === clause[i] && !STOPS.has(words[j]!); j++) mark(j, type);
    if (NEGATIONS_BACKWARD.has(word)) {
      for (let j = i - 1; j >= i - NEGATION_REACH_BACK && j >= 0 && clause[j] === clause[i] && !STOPS.has(words[j]!); j--) mark(j, 1);
    }
  }
  return negation;
}

/** Japanese negates after the word: look at the rest of the clause right after the phrase. */
function japaneseNegationAfter(r: Reading, end: number): Negation {
  let after = '';
  for (let j = end; j < r.words.length && j < end + JA_NEGATION_REACH && r.clause[j] === r.clause[end - 1] && r.cjk[j]; j++) after += r.words[j];
  if (end >= r.words.length || r.clause[end] !== r.clause[end - 1]) after += '、'; // "届かず、" and "届かず" at the end
  if (JA_REFUSALS.some((n) => after.includes(n))) return 2;
  return JA_NEGATION_AFTER.some((n) => after.includes(n)) ? 1 : 0;
}

function matchFrom(r: Reading, steps: Step[], si: number, ti: number, clause: number): number {
  if (si === steps.length) return ti;
  const step = steps[si]!;
  if (step.gap) {
    for (let skip = 0; skip <= 3 && ti + skip <= r.words.length; skip++) {
      if (skip > 0 && r.clause[ti + skip - 1] !== clause) break;
      const end = matchFrom(r, steps, si + 1, ti + skip, clause);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (ti >= r.words.length || r.clause[ti] !== clause) return -1;
  const word = r.words[ti]!;
  if (step.prefix ? !word.startsWith(step.text) : word !== step.text) return -1;
  return matchFrom(r, steps, si + 1, ti + 1, clause);
}

/** Does a word of the class stand within `window` words (or characters) of [start, end)? */
function nounNear(r: Reading, start: number, end: number, nouns: NounClass, before = NOUN_WINDOW, after = NOUN_WINDOW): boolean {
  const clause = r.clause[start];
  let cjkText = '';
  const cjkReach = r.cjk[start] ? CJK_NOUN_WINDOW : 0;
  for (let j = Math.max(0, start - Math.max(before, cjkReach)); j < Math.min(r.words.length, end + Math.max(after, cjkReach)); j++) {
    if (r.clause[j] !== clause) continue;
    const word = r.words[j]!;
    if (r.cjk[j]) {
      cjkText += j >= start && j < end ? '|' : word; // the phrase itself is not its own neighbour
      continue;
    }
    if (j >= start - before && j < end + after && (j < start || j >= end) && nouns.words.some((n) => (n.endsWith('*') ? word.startsWith(n.slice(0, -1)) : word === n))) return true;
  }
  return cjkText.length > 0 && nouns.cjk.some((n) => cjkText.includes(n));
}

interface Found {
  evidence: Evidence[];
  scores: Record<MessageIntent, number>;
  /** Latin-language votes of the keywords found, for settling an unsure language guess. */
  votes: Partial<Record<LatinLanguage, number>>;
}

function scan(compiled: Compiled, r: Reading): Found {
  const evidence: Evidence[] = [];
  const scores: Record<MessageIntent, number> = {
    return_request: 0, damaged: 0, not_received: 0, wrong_item: 0, size_exchange: 0, cancel: 0, refund_status: 0, address_change: 0, other: 0,
  };
  const votes: Partial<Record<LatinLanguage, number>> = {};
  const refundCues: Evidence[] = [];
  let refundNamed = false;
  let ordered = false;
  let got = false;

  const record = (intent: MessageIntent, phrase: Phrase, entry: Entry, weight: number, negated: boolean) => {
    const item: Evidence = { intent, phrase: phrase.label, language: entry.language, weight: Math.round(weight * 100) / 100 };
    if (negated) item.negated = true;
    evidence.push(item);
    scores[intent] += item.weight;
    if (item.weight > 0 && (LATIN_LANGUAGES as readonly string[]).includes(entry.language)) {
      votes[entry.language as LatinLanguage] = (votes[entry.language as LatinLanguage] ?? 0) + entry.weight;
    }
  };

  // Every position is tried; a match inside a longer one already counted is dropped, so "not
  // received" counts once, while overlapping phrases ("bien reçu" / "reçu mon retour") both count.
  let covered = 0;
  const coveredIntents = new Set<MessageIntent>();
  for (let i = 0; i < r.words.length; i++) {
    const candidates = compiled.index.get(headOf(r.words[i]!));
    let end = -1;
    let best: Phrase[] = [];
    for (const phrase of candidates ?? []) {
      const e = matchFrom(r, phrase.steps, 0, i, r.clause[i]!);
      if (e > end) {
        end = e;
        best = [phrase];
      } else if (e === end && e >= 0) best.push(phrase);
    }
    if (end < 0 && !r.cjk[i]) {
      const word = r.words[i]!;
      for (const suffix of compiled.suffixes) {
        if (word.length > suffix.text.length + 2 && word.endsWith(suffix.text)) {
          end = i + 1;
          best.push(suffix.phrase);
        }
      }
    }
    if (end < 0 || end <= covered) continue;
    // Overlapping a phrase already counted ("sent the wrong" / "wrong model"): an intent counts once.
    if (i >= covered) coveredIntents.clear();
    covered = end;
    const negation: Negation = best[0]!.cjk && r.hasKana ? japaneseNegationAfter(r, end) : (r.negation[i] as Negation);
    let factor = r.contrast[r.clause[i]!] ? CONTRAST_BOOST : 1;
    for (let j = i; j < end; j++) if (r.fuzzy[j]) factor *= FUZZY_FACTOR;

    // One vote per intent at a position: the same phrase may be listed for several languages.
    const entries = new Map<string, { phrase: Phrase; entry: Entry }>();
    for (const phrase of best) {
      for (const entry of phrase.entries) {
        const key = entry.role === 'ordered' || entry.role === 'got' || entry.role === 'ignore' ? entry.role : entry.intent;
        const seen = entries.get(key);
        if (!seen || entry.weight > seen.entry.weight) entries.set(key, { phrase, entry });
        else if (entry.weight === seen.entry.weight && entry.language !== seen.entry.language) {
          // Listed for several languages ("compatible", "tracking"): it says nothing about the language.
          entries.set(key, { phrase: seen.phrase, entry: { ...seen.entry, language: 'und' } });
        }
      }
    }
    for (const { phrase, entry } of entries.values()) {
      const marker = entry.role === 'ordered' || entry.role === 'got';
      if (!marker && coveredIntents.has(entry.intent)) continue;
      if (!marker) coveredIntents.add(entry.intent); // an ignored idiom also hides overlapping keywords of its intent
      const weight = entry.weight * factor;
      if (entry.role === 'ignore') continue; // an idiom that hides a keyword ("me he dado cuenta")
      if (entry.role === 'ordered' || entry.role === 'got') {
        if (negation === 0 && entry.role === 'ordered') ordered = true;
        else if (negation === 0) got = true;
        continue;
      }
      if (entry.mode === 'neg') {
        if (negation === 0 && entry.role === 'arrival') got = true;
        if (negation !== 1) continue; // "received" alone says nothing; "don't want to receive" neither
        const intent = redirect(r, i, end, entry.intent, entry.role);
        record(intent, phrase, entry, intent === 'other' ? weight / 2 : weight, true);
        continue;
      }
      if (negation === 2 || (negation === 1 && entry.mode === 'pos')) {
        record(entry.intent, phrase, entry, 0, true); // "not damaged", "don't want a refund"
        continue;
      }
      if (entry.role === 'refund-cue') {
        refundCues.push({ intent: 'refund_status', phrase: phrase.label, language: entry.language, weight: Math.round(weight * 100) / 100 });
        continue;
      }
      if (entry.role === 'refund') {
        // "I want a refund" asks for a return; "my refund", "no refund yet" ask where it is.
        const asked = nounNear(r, i, end, REFUND_REQUESTS, 3, r.hasKana ? 5 : 0);
        if (asked) record('return_request', phrase, entry, weight * 1.5, negation === 1 || phrase.selfNegated);
        else {
          refundNamed = true;
          record('refund_status', phrase, entry, weight, negation === 1 || phrase.selfNegated);
        }
        continue;
      }
      const intent = redirect(r, i, end, entry.intent, entry.role);
      const remedy = intent === 'wrong_item' && INSTEAD.has(phrase.label) && nounNear(r, i, end, REMEDIES, 6, 0);
      record(intent, phrase, entry, intent === 'other' && entry.intent !== 'other' ? weight / 2 : remedy ? weight * REMEDY_INSTEAD_FACTOR : weight, negation === 1 || phrase.selfNegated);
    }
  }
  if (refundNamed) {
    for (const cue of refundCues.slice(0, MAX_REFUND_CUES)) {
      evidence.push(cue);
      scores.refund_status += cue.weight;
    }
    // "I returned it three weeks ago, where is my refund?": the return is the story, the refund the question.
    if (refundCues.length > 0) {
      for (const item of evidence) if (item.intent === 'return_request') item.weight = Math.round(item.weight * 50) / 100;
      scores.return_request /= 2;
    }
  }
  // "I ordered the black one and received a white one": naming both what was ordered and what came.
  if (ordered && got) {
    evidence.push({ intent: 'wrong_item', phrase: 'ordered … received', language: 'und', weight: ORDERED_AND_GOT });
    scores.wrong_item += ORDERED_AND_GOT;
    // "I ordered the queen and got a twin", "me llegó una M cuando pedí L": a size that was *sent* wrong.
    scores.size_exchange /= 2;
  }
  return { evidence, scores, votes };
}

/** Nouns nearby that change what a phrase is about. */
function redirect(r: Reading, start: number, end: number, intent: MessageIntent, role: KeywordRole | undefined): MessageIntent {
  // "The tracking number doesn't work" is about the parcel; "my login doesn't work" about the account.
  if (role === 'function' || role === 'problem') {
    if (nounNear(r, start, end, TRACKING)) return redirectNotReceived(r, start, end);
    if (nounNear(r, start, end, ACCOUNTS)) return 'other';
  }
  // "Problem with my invoice", "keine Antwort, ein Problem": a service question, not a fault.
  if (role === 'problem' && nounNear(r, start, end, REPLIES)) return 'other';
  // "My account was blocked", "カードが使えない": account and payment trouble is not a broken item.
  if (intent === 'damaged' && nounNear(r, start, end, ACCOUNTS, 3, 3)) return 'other';
  if (intent === 'not_received') return redirectNotReceived(r, start, end);
  // "The postcode is wrong", "Lieferanschrift falsch", "地址填错了": the address, not the item.
  if (intent === 'wrong_item' && nounNear(r, start, end, ADDRESSES)) return 'address_change';
  // "Don't send it to my home, send it to the office": where, not whether.
  if (intent === 'cancel' && nounNear(r, start, end, DESTINATIONS, 0, NOUN_WINDOW)) return 'address_change';
  return intent;
}

/** "Not received my refund" is about the refund; "no reply / invoice received" is a service question. */
function redirectNotReceived(r: Reading, start: number, end: number): MessageIntent {
  if (nounNear(r, start, end, REFUNDS)) return 'refund_status';
  if (nounNear(r, start, end, REPLIES)) return 'other';
  return 'not_received';
}

// ── Deciding ───────────────────────────────────────────────────────────────────────────────────

/** Ties go to the more specific intent: a problem before a remedy, anything before "other". */
const TIE_ORDER: readonly MessageIntent[] = ['damaged', 'wrong_item', 'not_received', 'refund_status', 'size_exchange', 'address_change', 'cancel', 'return_request', 'other'];

function decide(scores: Record<MessageIntent, number>): Pick<Classification, 'intent' | 'confidence' | 'unsure' | 'secondary'> {
  let first: MessageIntent | undefined;
  let second: MessageIntent | undefined;
  for (const intent of TIE_ORDER) {
    const score = scores[intent];
    if (score <= 0) continue;
    if (!first || score > scores[first]) {
      second = first;
      first = intent;
    } else if (!second || score > scores[second]) second = intent;
  }
  // Nothing recognised: not an after-sales request we know — "other", but say we are guessing.
  if (!first) return { intent: 'other', confidence: 0.3, unsure: true };
  const top = scores[first];
  const runnerUp = second ? scores[second] : 0;
  const strength = 1 - Math.exp(-top / 2);
  const lead = top / (top + runnerUp);
  const confidence = Math.round(strength * (0.5 + lead / 2) * 1000) / 1000;
  const unsure = confidence < UNSURE_BELOW || runnerUp >= top * UNSURE_RUNNER_UP_SHARE;
  return second ? { intent: first, confidence, unsure, secondary: second } : { intent: first, confidence, unsure };
}

// ── Public API ─────────────────────────────────────────────────────────────────────────────────

export interface Classifier {
  classify(text: string, hints?: ClassifyHints): Classification;
}

/**
 * A classifier with the seller's own keywords compiled in (options page: words per intent).
 * Compile once per keyword change, classify many.
 */
export function createClassifier(options: { extraKeywords?: SellerKeywords } = {}): Classifier {
  const compiled = compile(KEYWORD_GROUPS, options.extraKeywords);
  // Keywords given per call as well are added to the classifier's own (compiled once per object).
  const withCallKeywords = new WeakMap<SellerKeywords, Compiled>();
  return {
    classify: (text, hints) => {
      const extra = hints?.extraKeywords;
      if (!extra) return classifyWith(compiled, text, hints);
      let merged = withCallKeywords.get(extra);
      if (!merged) withCallKeywords.set(extra, (merged = compile(KEYWORD_GROUPS, mergeKeywords(options.extraKeywords, extra))));
      return classifyWith(merged, text, hints);
    },
  };
}

function mergeKeywords(a: SellerKeywords | undefined, b: SellerKeywords): SellerKeywords {
  const merged: SellerKeywords = { ...a };
  for (const intent of MESSAGE_INTENTS) if (b[intent]) merged[intent] = [...(merged[intent] ?? []), ...b[intent]];
  return merged;
}

let base: Compiled | undefined;
const withHintKeywords = new WeakMap<SellerKeywords, Compiled>();

/** Classify one buyer message. Seller keywords in `hints` are compiled once per object. */
export function classifyMessage(text: string, hints?: ClassifyHints): Classification {
  const extra = hints?.extraKeywords;
  let compiled: Compiled;
  if (extra) {
    compiled = withHintKeywords.get(extra) ?? compile(KEYWORD_GROUPS, extra);
    withHintKeywords.set(extra, compiled);
  } else {
    compiled = base ??= compile(KEYWORD_GROUPS, undefined);
  }
  return classifyWith(compiled, text, hints);
}

function classifyWith(compiled: Compiled, input: string, hints: ClassifyHints | undefined): Classification {
  const text = typeof input === 'string' ? (input.length > MAX_CLASSIFIED_CHARS ? input.slice(0, MAX_CLASSIFIED_CHARS) : input) : '';
  const guess = detectLanguage(text, hints?.languageHint);
  const tokens = tokenise(normaliseText(text));
  const fuzzy = fixSpelling(compiled, tokens);
  const negation = markNegation(tokens, guess.language === 'fr');
  const found = scan(compiled, { ...tokens, negation, fuzzy });
  const language = !guess.reliable && guess.language !== 'ja' && guess.language !== 'zh' && guess.scores ? settleLatinLanguage(guess, found.votes, hints?.languageHint, text) : guess.language;
  return { ...decide(found.scores), language, evidence: found.evidence };
}
