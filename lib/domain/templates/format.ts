/**
 * Dates and amounts for template variables, formatted the way the buyer reads them. Templates get
 * ready strings; callers format through here so every reply writes "5. März 2025" and "24,99 €"
 * the same way.
 */
import type { IsoDate, Money } from '../vocabulary';

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A usable locale for Intl: the tag itself when Intl knows it, else English. */
function localeOf(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function formatDate(date: IsoDate, locale: string): string {
  const m = DATE_RE.exec(date);
  if (!m) return date;
  const utc = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(utc.getTime())) return date;
  // Japanese business mail writes the weekday with the date: 2025年3月5日(水).
  const options: Intl.DateTimeFormatOptions = locale.startsWith('ja')
    ? { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short', timeZone: 'UTC' }
    : { dateStyle: 'long', timeZone: 'UTC' };
  return cached(`d|${locale}`, () => new Intl.DateTimeFormat(locale, options)).format(utc);
}

function formatMoney(money: Money, locale: string): string {
  try {
    return cached(`m|${locale}|${money.currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency })).format(money.amount);
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}

/**
 * A calendar date ("YYYY-MM-DD", read as a date, no time zone can shift it) or an amount, written
 * for `language` (a library language such as "de" or any BCP 47 tag such as "en-GB"). With both,
 * the date comes first, then the amount.
 */
export function formatForLanguage(value: { date?: IsoDate | undefined; money?: Money | undefined }, language: string): string {
  const locale = localeOf(language);
  const parts: string[] = [];
  if (value.date) parts.push(formatDate(value.date, locale));
  if (value.money) parts.push(formatMoney(value.money, locale));
  return parts.join(' ');
}

/**
 * French typography for plain text: a no-break space before « : ; ! ? » and after « (typed as a
 * plain space in the sources), so the punctuation never starts a new line in the reply box.
 */
export function withFrenchSpacing(text: string): string {
  return text.replace(/ ([:;!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}
