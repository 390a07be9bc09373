/**
 * Pure parsers for what seller back-offices print: money ("€ 12,99", "￥6,909", "CA$1,299.00") and
 * dates ("Nov 3, 2026", "3. Nov. 2026", "2026年11月3日(火) 23:45 JST"). Shared by every marketplace
 * adapter; no DOM, no locale APIs (Intl parsing does not exist, and formats differ per site anyway).
 */
import type { Money } from '../domain/vocabulary';

const WHITESPACE = /\s+/g;

/** Trim and collapse runs of whitespace (text read with textContent keeps the source's newlines). */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

const FULL_WIDTH = /[０-９，．：]/g;
/** Full-width digits and punctuation (Japanese/Chinese UIs) → ASCII. */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

// ── Money ────────────────────────────────────────────────────────────────────────────────────

/** Symbols and prefixed symbols → ISO code. Longest first, so "CA$" wins over "$". */
const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'], ['CA$', 'CAD'], ['AU$', 'AUD'], ['MX$', 'MXN'], ['SG$', 'SGD'], ['NZ$', 'NZD'],
  ['JP¥', 'JPY'], ['CN¥', 'CNY'], ['RMB', 'CNY'], ['C$', 'CAD'], ['A$', 'AUD'], ['R$', 'BRL'],
  ['S$', 'SGD'], ['zł', 'PLN'], ['kr', 'SEK'], ['TL', 'TRY'], ['€', 'EUR'], ['£', 'GBP'],
  ['₹', 'INR'], ['₺', 'TRY'], ['￥', 'JPY'], ['¥', 'JPY'], ['$', 'USD'],
];
/** Symbols several currencies share: the caller's hint (the marketplace's currency) decides. */
const AMBIGUOUS: Record<string, readonly string[]> = {
  $: ['USD', 'CAD', 'AUD', 'MXN', 'SGD', 'NZD'],
  '¥': ['JPY', 'CNY'],
  '￥': ['JPY', 'CNY'],
  kr: ['SEK', 'DKK', 'NOK'],
};

const escape = (s: string) => s.replace(/[$.*+?^()|[\]{}\\]/g, '\\$&');
const CURRENCY_TOKEN = new RegExp(
  `(${CURRENCY_SYMBOLS.map(([s]) => escape(s)).join('|')})|\\b([A-Z]{3})\\b`,
);
const SYMBOL_TO_CODE = new Map(CURRENCY_SYMBOLS);
const NUMBER = /\d[\d.,'\u00a0\u202f ]*/;
const NUMBER_NOISE = /[\s'\u00a0\u202f]/g;
const NEGATIVE = /^\s*[-−(]|[-−]\s*(?=\d)/;

export interface MoneyHints {
  /** Currency of the marketplace, used when the symbol alone is ambiguous ("$", "¥", "kr") or absent. */
  currency?: string;
}

/**
 * "$12.99", "€ 12,99", "12,99 €", "£1,299.00", "￥6,909", "JP¥1,980", "TRY 199,90" → { amount, currency }.
 * Returns null when there is no number or no currency can be told.
 */
export function parseMoney(text: string, hints: MoneyHints = {}): Money | null {
  const s = toHalfWidth(text);
  const numberMatch = NUMBER.exec(s);
  if (!numberMatch) return null;
  const token = CURRENCY_TOKEN.exec(s);
  let currency: string | undefined;
  if (token?.[1]) {
    const symbol = token[1];
    currency = SYMBOL_TO_CODE.get(symbol);
    const shared = AMBIGUOUS[symbol];
    if (shared && hints.currency && shared.includes(hints.currency)) currency = hints.currency;
  } else if (token?.[2]) {
    currency = token[2];
  } else {
    currency = hints.currency;
  }
  if (!currency) return null;
  const amount = parseAmount(numberMatch[0]);
  if (amount === null) return null;
  return { amount: NEGATIVE.test(s) ? -amount : amount, currency };
}

/**
 * "1,299.00" / "1.299,00" / "12,99" / "6,909" / "1 299,00" → number. A single separator followed by
 * exactly three digits is a thousands separator (prices with three decimals do not occur here).
 */
export function parseAmount(raw: string): number | null {
  const s = raw.replace(NUMBER_NOISE, '').replace(/[.,]+$/, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimal: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) {
    decimal = lastDot > lastComma ? '.' : ',';
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    const tail = parts[parts.length - 1] ?? '';
    if (parts.length === 2 && tail.length !== 3) decimal = sep;
  }
  const normalised =
    decimal === null
      ? s.replace(/[.,]/g, '')
      : s.replace(decimal === '.' ? /,/g : /\./g, '').replace(decimal, '.');
  const value = Number(normalised);
  return Number.isFinite(value) && normalised !== '' ? value : null;
}

// ── Dates ────────────────────────────────────────────────────────────────────────────────────

/** How an all-numeric date such as 03/11/2026 is to be read (US: MDY; most of Europe: DMY). */
export type DateOrder = 'MDY' | 'DMY' | 'YMD';

/** Month names and abbreviations in English, German, French, Italian, Spanish (lower case, no dot). */
const MONTHS: Record<string, number> = {};
const MONTH_NAMES: readonly string[][] = [
  ['jan', 'january', 'januar', 'jän', 'jänner', 'janv', 'janvier', 'gen', 'gennaio', 'ene', 'enero'],
  ['feb', 'february', 'februar', 'févr', 'fév', 'février', 'febbraio', 'febrero'],
  ['mar', 'march', 'märz', 'mär', 'mrz', 'mars', 'marzo'],
  ['apr', 'april', 'avr', 'avril', 'aprile', 'abr', 'abril'],
  ['may', 'mai', 'mag', 'maggio', 'mayo'],
  ['jun', 'june', 'juni', 'juin', 'giu', 'giugno', 'junio'],
  ['jul', 'july', 'juli', 'juil', 'juillet', 'lug', 'luglio', 'julio'],
  ['aug', 'august', 'août', 'ago', 'agosto'],
  ['sep', 'sept', 'september', 'septembre', 'set', 'settembre', 'septiembre', 'setiembre'],
  ['oct', 'october', 'okt', 'oktober', 'octobre', 'ott', 'ottobre', 'octubre'],
  ['nov', 'november', 'novembre', 'noviembre'],
  ['dec', 'december', 'dez', 'dezember', 'déc', 'décembre', 'dic', 'dicembre', 'diciembre'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const CJK_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/;
// An optional weekday ("Tue, ", "Di., ") must end in a comma so it is not mistaken for a month.
const WEEKDAY = /^[\p{L}]{2,}\.?,\s*/u;
const DAY_MONTH_YEAR = /^(\d{1,2})\.?\s*(?:de\s+)?([\p{L}]{3,})\.?\s*(?:de\s+)?(\d{4})(?!\d)/u;
const MONTH_DAY_YEAR = /^([\p{L}]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)/u;

/**
 * A date as the page prints it → "YYYY-MM-DD", or null. The date must start the text (a time or
 * zone may follow); `order` says how to read all-numeric dates.
 */
export function parseDate(text: string, order: DateOrder = 'DMY'): string | null {
  const s = toHalfWidth(collapseWhitespace(text)).replace(WEEKDAY, '');
  let m = CJK_DATE.exec(s);
  if (m && m.index <= 1) return isoDate(m[1], m[2], m[3]);
  if ((m = YEAR_FIRST.exec(s))) return isoDate(m[1], m[2], m[3]);
  if ((m = NUMERIC.exec(s))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    // An impossible month settles the order whatever the hint says.
    const monthFirst = a > 12 ? false : b > 12 ? true : order === 'MDY';
    return monthFirst ? isoDate(m[3], m[1], m[2]) : isoDate(m[3], m[2], m[1]);
  }
  if ((m = DAY_MONTH_YEAR.exec(s))) return isoDate(m[3], monthNumber(m[2]), m[1]);
  if ((m = MONTH_DAY_YEAR.exec(s))) return isoDate(m[3], monthNumber(m[1]), m[2]);
  return null;
}

function monthNumber(name: string | undefined): number | undefined {
  return name === undefined ? undefined : MONTHS[name.toLowerCase()];
}

function isoDate(
  year: string | undefined,
  month: string | number | undefined,
  day: string | undefined,
): string | null {
  const [y, mo, d] = [Number(year), Number(month), Number(day)];
  if (!y || !mo || !d || mo > 12 || d > 31) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1) return null; // 31 April and the like
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
