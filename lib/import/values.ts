/**
 * Cell values as reports and re-saved spreadsheets write them: ISO instants, Amazon's
 * "11-MAR-2026" and "14-07-2010T18:53:56+00:00", eBay's "Sep-30-26 23:45:00", Shopify's
 * "2026-03-11 09:12:33 +0100", Excel serial days (45231) and numbers with either decimal mark.
 */
import { parseAmount, parseDate, type DateOrder } from '../marketplaces/parse';

export type NumericDateOrder = Extract<DateOrder, 'MDY' | 'DMY'>;

export interface ReportDate {
  /** The calendar date as printed, "YYYY-MM-DD". */
  date: string;
  /** The instant in UTC ("…Z") when the value carried a time zone; otherwise absent. */
  instant?: string;
}

const UTC_INSTANT = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\+00:00$/;
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})$/i;
/** Amazon .es prints the date part day-first in front of an ISO time. */
const DAY_FIRST_INSTANT = /^(\d{2})-(\d{2})-(\d{4})(T\d{2}:\d{2}.*)$/;
const EXCEL_SERIAL = /^\d{5}(?:\.\d+)?$/;
const NUMERIC_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?!\d)/;
/** Excel day 0 is 1899-12-30 (it counts 1900 as a leap year; serials after Feb 1900 need no fix-up). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A date cell → { date, instant? }, or null. `order` says how an all-numeric "03/11/2026" is read;
 * an impossible month (13+) settles it whatever the order says.
 */
export function parseReportDate(text: string, order: NumericDateOrder = 'DMY'): ReportDate | null {
  const s = text.trim();
  if (s === '') return null;
  // The SP-API's own form, in UTC: answered without a Date (100,000 rows per report).
  if (s.length === 25 && s.endsWith('+00:00') && UTC_INSTANT.test(s)) {
    return { date: s.slice(0, 10), instant: `${s.slice(0, 19)}.000Z` };
  }
  let m = ISO_INSTANT.exec(s);
  if (!m) {
    const dayFirst = DAY_FIRST_INSTANT.exec(s);
    if (dayFirst) m = ISO_INSTANT.exec(`${dayFirst[3]}-${dayFirst[2]}-${dayFirst[1]}${dayFirst[4]}`);
  }
  if (m) {
    const zone = m[3]!.toUpperCase();
    const offset = zone === 'Z' || zone === 'UTC' || zone === 'GMT' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    const time = m[2]!.length === 5 ? `${m[2]}:00` : m[2];
    const ms = Date.parse(`${m[1]}T${time}${offset}`);
    if (Number.isNaN(ms)) return null;
    return { date: m[1]!, instant: new Date(ms).toISOString() };
  }
  if (EXCEL_SERIAL.test(s)) {
    const serial = Number(s);
    // 20000 = 1954, 80000 = 2119: outside that, five digits are not a date anyone exports.
    if (serial < 20000 || serial > 80000) return null;
    return { date: new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10) };
  }
  const numeric = NUMERIC_DATE.exec(s);
  if (numeric && numeric[3]!.length === 2) {
    // "3/11/26": Excel's short year; parseDate wants four digits.
    return parseReportDate(`${numeric[1]}/${numeric[2]}/20${numeric[3]}${s.slice(numeric[0].length)}`, order);
  }
  const date = parseDate(s, order);
  return date ? { date } : null;
}

/** Evidence from numeric dates: a first part above 12 means day-first, a second above 12 month-first. */
export function inferDateOrder(values: Iterable<string>): NumericDateOrder | undefined {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const value of values) {
    const m = NUMERIC_DATE.exec(value.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst++;
    else if (Number(m[2]) > 12) monthFirst++;
  }
  if (dayFirst === monthFirst) return undefined;
  return dayFirst > monthFirst ? 'DMY' : 'MDY';
}

/** True when some value is an all-numeric date that could be read either way (03/11/2026). */
export function hasAmbiguousDates(values: Iterable<string>): boolean {
  for (const value of values) {
    const m = NUMERIC_DATE.exec(value.trim());
    if (m && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2]) return true;
  }
  return false;
}

const NUMBER_CHARS = /^[-−(]?\s*[^\d\s-]{0,4}\s*[-−]?\d[\d.,'\s\u00a0\u202f]*\)?\s*[^\d\s]{0,4}$/u;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * "12.99", "1,234.56", "1.234,56", "1 234,56", "-3,50", "(5.00)", "€ 12,99" → number, or null.
 * A single separator followed by exactly three digits is read as thousands ("1.234" → 1234).
 */
export function parseReportNumber(text: string): number | null {
  const s = text.trim();
  if (s === '') return null;
  if (PLAIN_NUMBER.test(s)) {
    // The common case, kept fast: 100,000 rows call this. Three decimals still mean thousands.
    const dot = s.indexOf('.');
    if (dot < 0 || s.length - dot - 1 !== 3) return Number(s);
  }
  if (!NUMBER_CHARS.test(s)) return null;
  const digits = /\d[\d.,'\s\u00a0\u202f]*/.exec(s);
  if (!digits) return null;
  const amount = parseAmount(digits[0]);
  if (amount === null) return null;
  return /^[-−(]|[-−]\s*\d/.test(s) ? -amount : amount;
}

/** A count: "2", "2.0", "1.000" (thousands, as everywhere here) → integer, or null when it is not a whole number. */
export function parseQuantity(text: string): number | null {
  const s = text.trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (/^\d+[.,]0{1,2}$/.test(s)) return Number(s.split(/[.,]/)[0]);
  const n = parseReportNumber(s);
  return n !== null && Number.isInteger(n) && n >= 0 ? n : null;
}
