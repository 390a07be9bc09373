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
/** eBay prints its dollar prefixes with a space ("US $1,234.56", "AU $3,000.00", "C $12.50"). */
const SPACED_DOLLAR_PREFIX = /\b(US|AU|CA|C|NZ|MX|SG|A)\s+\$/g;
const NUMBER_NOISE = /[\s'\u00a0\u202f]/g;
const NEGATIVE = /^\s*[-−(]|[-−]\s*(?=\d)/;

export interface MoneyHints {
  /** Currency of the marketplace, used when the symbol alone is ambiguous ("$", "¥", "kr") or absent. */
  currency?: string;
}

/**
 * "$12.99", "€ 12,99", "12,99 €", "£1,299.00", "￥6,909", "JP¥1,980", "TRY 199,90", "EUR 90,00",
 * "AU $3,000.00" → { amount, currency }.
 * Returns null when there is no number or no currency can be told.
 */
export function parseMoney(text: string, hints: MoneyHints = {}): Money | null {
  const s = toHalfWidth(text).replace(SPACED_DOLLAR_PREFIX, '$1$$');
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
/** eBay's report and some of its pages: "Sep-30-26" (US) and "26-May-26" (UK, AU); 2- or 4-digit years. */
const MONTH_DASH_DAY_YEAR = /^([\p{L}]{3,})-(\d{1,2})-(\d{4}|\d{2})(?![\d-])/u;
const DAY_DASH_MONTH_YEAR = /^(\d{1,2})-([\p{L}]{3,})-(\d{4}|\d{2})(?![\d-])/u;

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
  if ((m = MONTH_DASH_DAY_YEAR.exec(s))) return isoDate(fullYear(m[3]), monthNumber(m[1]), m[2]);
  if ((m = DAY_DASH_MONTH_YEAR.exec(s))) return isoDate(fullYear(m[3]), monthNumber(m[2]), m[1]);
  return null;
}

/** "26" → "2026": two-digit years on these pages are this century's. */
function fullYear(year: string | undefined): string | undefined {
  return year !== undefined && year.length === 2 ? `20${year}` : year;
}

const LEADING_MONTH_DAY = /^([\p{L}]{3,})\.?\s+(\d{1,2})(?!\d)/u;
const LEADING_DAY_MONTH = /^(\d{1,2})\.?\s*(?:de\s+)?([\p{L}]{3,})/u;

/**
 * A date printed without its year ("Nov 24", "Tue, Nov 24", "24. Nov.", "24 nov") → { month, day },
 * or null. Try parseDate first: this ignores a year that follows. The caller decides the year.
 */
export function parseMonthDay(text: string): { month: number; day: number } | null {
  const s = toHalfWidth(collapseWhitespace(text)).replace(WEEKDAY, '');
  const m = LEADING_MONTH_DAY.exec(s) ?? LEADING_DAY_MONTH.exec(s);
  if (!m) return null;
  const [monthName, dayText] = /^\d/.test(m[1] ?? '') ? [m[2], m[1]] : [m[1], m[2]];
  const month = monthNumber(monthName);
  const day = Number(dayText);
  return month && day >= 1 && day <= 31 ? { month, day } : null;
}

/** Time-zone abbreviations the back-offices print after a time → minutes east of UTC. */
const ZONE_OFFSETS: Record<string, number> = {
  UTC: 0, GMT: 0, BST: 60, WET: 0, WEST: 60, CET: 60, CEST: 120, MEZ: 60, MESZ: 120,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, AEST: 600, AEDT: 660, ACST: 570, ACDT: 630, AWST: 480, JST: 540,
};
const TIME = /(?<![\d:])(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*(a\.?m\.?|p\.?m\.?))?(?:\s*(?:Uhr|h)\b)?(?:\s*\(?([A-Z]{2,5})\b\)?)?(?![\d:])/i;

/**
 * A date and, when printed with a time zone the page names, its time: "Sep 30, 2026 10:42 AM PDT"
 * → "2026-09-30T10:42:00-07:00"; without a known zone only the date ("2026-09-30"), since a time in
 * an unknown zone would be guessed. Null when there is no date.
 */
export function parseDateTime(text: string, order: DateOrder = 'DMY'): string | null {
  const date = parseDate(text, order);
  if (!date) return null;
  const m = TIME.exec(toHalfWidth(text));
  const zone = m?.[4]?.toUpperCase();
  const offset = zone !== undefined ? ZONE_OFFSETS[zone] : undefined;
  if (!m || offset === undefined) return date;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const meridiem = m[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hours < 12) hours += 12;
  if (meridiem === 'am' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return date;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date}T${pad(hours)}:${pad(minutes)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
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

// ── Relative and year-less date-times (Shopify admin) ────────────────────────────────────────
// Added for the Shopify adapter; kept apart from parseDate, which it only calls.

/** A calendar date ("YYYY-MM-DD") and, when the page printed one, a wall-clock time ("HH:MM"). */
export interface DateTimeParts {
  date: string;
  time?: string;
}

const RELATIVE_TODAY = /^(?:today|今天|今日)$/i;
const RELATIVE_YESTERDAY = /^(?:yesterday|昨天|昨日)$/i;
/** Sunday first, as Date#getDay counts. */
const WEEKDAY_NAMES: readonly (readonly string[])[] = [
  ['sunday', 'sun', '星期日', '星期天', '周日', '週日'],
  ['monday', 'mon', '星期一', '周一', '週一'],
  ['tuesday', 'tue', 'tues', '星期二', '周二', '週二'],
  ['wednesday', 'wed', '星期三', '周三', '週三'],
  ['thursday', 'thu', 'thurs', '星期四', '周四', '週四'],
  ['friday', 'fri', '星期五', '周五', '週五'],
  ['saturday', 'sat', '星期六', '周六', '週六'],
];
const WEEKDAY_BY_NAME = new Map<string, number>();
WEEKDAY_NAMES.forEach((names, day) => names.forEach((n) => WEEKDAY_BY_NAME.set(n, day)));

/** "2:15 pm", "2:15pm", "14:15", "下午2:15", "下午 2:15" at the end of the text. */
const TRAILING_TIME = /(?:(?:^|[\s,，]|at|于|在)\s*|(?=上午|下午|凌晨|中午|晚上))(上午|下午|凌晨|中午|晚上)?\s*(\d{1,2}):(\d{2})\s*(?:([ap])\.?\s*m\.?)?$/i;
/** What may join a date and its time: " at ", ",", "于". */
const DATE_TIME_JOINER = /\s*(?:,|，|\bat|于|在)\s*$/i;
const MONTH_DAY = /^([\p{L}]{3,})\.?\s+(\d{1,2})$/u;
const DAY_MONTH = /^(\d{1,2})\.?\s+([\p{L}]{3,})\.?$/u;
const CJK_MONTH_DAY = /^(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

/**
 * A date-time as Shopify admin prints it, read against `now` (the reader's local clock):
 * "Today at 9:41 am", "Yesterday at 4:05 pm", "Wednesday at 3:45 pm" (the last such day),
 * "Nov 3 at 2:15 pm" (this year, or last year when that would be in the future),
 * "Nov 3, 2026 at 2:15 pm", "November 3, 2026", "今天 14:15", "昨天 09:41", "星期三 下午3:45",
 * "11月3日 14:15", "2026年11月3日 14:15". The whole text must be a date-time; null otherwise.
 */
export function parseRelativeDateTime(text: string, now: Date): DateTimeParts | null {
  let s = toHalfWidth(collapseWhitespace(text));
  if (s === '' || s.length > 48) return null;
  let time: string | undefined;
  const t = TRAILING_TIME.exec(s);
  if (t) {
    time = clockTime(Number(t[2]), Number(t[3]), t[1], t[4]);
    if (!time) return null;
    s = s.slice(0, t.index).replace(DATE_TIME_JOINER, '').trim();
  }
  const date = relativeDate(s, now);
  return date ? (time ? { date, time } : { date }) : null;
}

function relativeDate(s: string, now: Date): string | null {
  if (RELATIVE_TODAY.test(s)) return localIsoDate(now, 0);
  if (RELATIVE_YESTERDAY.test(s)) return localIsoDate(now, -1);
  const weekday = WEEKDAY_BY_NAME.get(s.toLowerCase().replace(/\.$/, ''));
  if (weekday !== undefined) return localIsoDate(now, -(((now.getDay() - weekday + 7) % 7) || 7));
  let m = MONTH_DAY.exec(s);
  if (m) return inLastYear(monthNumber(m[1]), Number(m[2]), now);
  if ((m = DAY_MONTH.exec(s))) return inLastYear(monthNumber(m[2]), Number(m[1]), now);
  if ((m = CJK_MONTH_DAY.exec(s))) return inLastYear(Number(m[1]), Number(m[2]), now);
  // A full date ("Nov 3, 2026", "2026年11月3日"): short, and it must not be a sentence that starts with one.
  return s.length <= 32 && /\d/.test(s.slice(-4)) ? parseDate(s, 'MDY') : null;
}

/** A year-less day: this year, unless that is still ahead of `now` (then it was last year's). */
function inLastYear(month: number | undefined, day: number, now: Date): string | null {
  if (!month) return null;
  const year = now.getFullYear();
  const thisYear = isoDate(String(year), month, String(day));
  if (thisYear && thisYear <= localIsoDate(now, 0)) return thisYear;
  return isoDate(String(year - 1), month, String(day));
}

function localIsoDate(now: Date, offsetDays: number): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offsetDays);
  return `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function clockTime(hour: number, minute: number, cjkPeriod: string | undefined, ampm: string | undefined): string | undefined {
  if (minute > 59 || hour > 23) return undefined;
  let h = hour;
  const period = ampm?.toLowerCase();
  if (period || cjkPeriod) {
    if (h > 12) return undefined;
    const pm = period === 'p' || cjkPeriod === '下午' || cjkPeriod === '晚上' || (cjkPeriod === '中午' && h < 11);
    h = (h % 12) + (pm ? 12 : 0);
    if (cjkPeriod === '中午' && hour === 12) h = 12;
  }
  return `${String(h).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
