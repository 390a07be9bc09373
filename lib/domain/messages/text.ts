/**
 * Text preparation shared by the keyword compiler and the classifier, so that a keyword and a
 * message are always normalised the same way:
 * - NFKC (full-width ＡＢＣ１２３ → ABC123, half-width ｶﾀｶﾅ → カタカナ), lower case;
 * - accents stripped from Latin letters (é → e, ß → ss, œ → oe): buyers often type without them;
 * - runs of three or more of one Latin letter squeezed to one ("pleeease" → "please",
 *   "refunddd" → "refund"); doubled letters stay (squeezing them would make "cassé" the English "case");
 * - katakana written as hiragana (ヘンピン → へんぴん): buyers write Japanese words in either;
 * - English "n't" spelled out ("don't" → "do not"), other apostrophes split words ("l'adresse").
 * Words of Latin script become tokens; every Chinese/Japanese character is a token of its own.
 */

/** Accented Latin letters (Latin-1 Supplement, Extended-A/B) → plain letters. Built once. */
const ACCENT_MAP: Record<string, string> = (() => {
  const map: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', ð: 'd', þ: 'th' };
  for (let code = 0xc0; code <= 0x24f; code++) {
    const ch = String.fromCharCode(code).toLowerCase();
    if (map[ch]) continue;
    const plain = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (plain !== ch && /^[a-z]+$/.test(plain)) map[ch] = plain;
  }
  return map;
})();

const NON_ASCII_LATIN = /[\u00c0-\u024f]/g;
const REPEATED_LETTER = /([a-z])\1{2,}/g;
const FANCY_APOSTROPHE = /[\u2018\u2019\u02bc\u00b4`]/g;
const KATAKANA = /[\u30a1-\u30f6]/g;

/** The normal form keywords and messages are compared in. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(NON_ASCII_LATIN, (c) => ACCENT_MAP[c] ?? c)
    .replace(FANCY_APOSTROPHE, "'")
    .replace(KATAKANA, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(REPEATED_LETTER, '$1');
}

export interface Tokens {
  /** Latin-script words (letters and digits) and single CJK characters. */
  words: string[];
  /** Clause number per word: punctuation and "but"-words start a new clause. */
  clause: number[];
  /** Per clause: it follows a contrast word ("…, but wrong colour"), where buyers put their point. */
  contrast: boolean[];
  /** Per word: true for a CJK character. */
  cjk: boolean[];
  /** Any hiragana/katakana in the text: Japanese negation rules apply to its CJK words. */
  hasKana: boolean;
}

const enum Kind {
  Other,
  Latin,
  Cjk,
  Kana,
  Break,
  Apostrophe,
}

function kindOf(code: number): Kind {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return Kind.Latin;
  if (code < 128) {
    // . , ; : ! ? ( ) newline
    return code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63 || code === 40 || code === 41 || code === 10
      ? Kind.Break
      : code === 39
        ? Kind.Apostrophe
        : Kind.Other;
  }
  if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) return Kind.Latin;
  if ((code >= 0x3040 && code <= 0x30ff) || code === 0x30fc) return Kind.Kana;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3005) return Kind.Cjk;
  if (code >= 0xac00 && code <= 0xd7af) return Kind.Cjk; // Hangul syllables: tokens, though no keywords
  // CJK and general punctuation that ends a clause: 、。，；：！？（）「」『』… — –  ¿ ¡
  if (
    code === 0x3001 || code === 0x3002 || code === 0xff0c || code === 0xff1b || code === 0xff1a || code === 0xff01 || code === 0xff1f ||
    code === 0xff08 || code === 0xff09 || code === 0x300c || code === 0x300d || code === 0x300e || code === 0x300f || code === 0x2026 ||
    code === 0x2014 || code === 0x2013 || code === 0xbf || code === 0xa1 || code === 0x2192
  ) {
    return Kind.Break;
  }
  return Kind.Other;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Words that start a new clause and mark it as the buyer's point ("not damaged, but…"). */
const CONTRAST_WORDS = new Set([
  'but', 'however', 'although', 'though',
  'aber', 'jedoch', 'sondern', 'allerdings',
  'mais', 'cependant', 'pourtant',
  'sino', 'aunque',
  // Italian "ma" is left out: it is also French "ma" (my); Italian buyers put a comma before it anyway.
  'pero', 'tuttavia',
]);
/** CJK contrast words, matched on consecutive characters. */
const CJK_CONTRAST = ['但是', '可是', '不过', '然而', 'しかし', 'けど', 'けれど', 'ただ', '但'];

/**
 * Split normalised text into words and clauses. Linear in the text's length. `contrast: false`
 * keeps "but"-words as words (for compiling phrases such as "but got").
 */
export function tokenise(norm: string, options: { contrast?: boolean } = {}): Tokens {
  const splitOnContrast = options.contrast ?? true;
  const words: string[] = [];
  const clause: number[] = [];
  const cjk: boolean[] = [];
  const contrast: boolean[] = [false];
  let current = 0;
  let hasKana = false;
  let start = -1; // start of the Latin word being read

  let clauseHasWords = false;
  const newClause = (isContrast: boolean) => {
    // Two breaks in a row make no empty clause; a "but" right after a comma still marks the contrast.
    if (!clauseHasWords) {
      contrast[current] = contrast[current] || isContrast;
      return;
    }
    current++;
    contrast[current] = isContrast;
    clauseHasWords = false;
  };
  const pushLatin = (word: string) => {
    if (splitOnContrast && CONTRAST_WORDS.has(word)) {
      newClause(true);
      return;
    }
    words.push(word);
    clause.push(current);
    cjk.push(false);
    clauseHasWords = true;
  };
  const endWord = (end: number) => {
    if (start >= 0) pushLatin(norm.slice(start, end));
    start = -1;
  };

  for (let i = 0; i < norm.length; i++) {
    const kind = kindOf(norm.charCodeAt(i));
    if (kind === Kind.Latin) {
      if (start < 0) start = i;
      continue;
    }
    if (kind === Kind.Apostrophe && start >= 0 && norm[i - 1] === 'n' && norm[i + 1] === 't' && kindOf(norm.charCodeAt(i + 2)) !== Kind.Latin) {
      // don't → do not, can't → ca not, won't → wo not
      if (i - 1 > start) pushLatin(norm.slice(start, i - 1));
      pushLatin('not');
      start = -1;
      i++;
      continue;
    }
    endWord(i);
    if (kind === Kind.Cjk || kind === Kind.Kana) {
      if (kind === Kind.Kana) hasKana = true;
      const ch = norm[i]!;
      const contrastWord = splitOnContrast ? CJK_CONTRAST.find((w) => norm.startsWith(w, i)) : undefined;
      if (contrastWord) {
        newClause(true);
        i += contrastWord.length - 1;
        continue;
      }
      words.push(ch);
      clause.push(current);
      cjk.push(true);
      clauseHasWords = true;
    } else if (kind === Kind.Break) {
      // "3,5", "12.03.", "am 5. bei Ihnen": a dot after a digit is part of a number or a German
      // date, and so is a comma between digits; neither ends a clause.
      const c = norm.charCodeAt(i);
      const inNumber = (c === 46 && isDigit(norm.charCodeAt(i - 1))) || (c === 44 && isDigit(norm.charCodeAt(i - 1)) && isDigit(norm.charCodeAt(i + 1)));
      if (!inNumber) newClause(false);
    }
  }
  endWord(norm.length);
  return { words, clause, contrast, cjk, hasKana };
}
