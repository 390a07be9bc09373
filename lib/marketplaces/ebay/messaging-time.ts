/**
 * Message times as eBay Messages prints them → ISO 8601 with offset (F24 needs the instant a buyer
 * wrote). A printed zone wins ("PST", "MEZ", "GMT+1"); without one the time is read in the site's
 * zone (ebay.com: Pacific "eBay time"). Inbox cards print ages ("4h", "2d" — evidence) and
 * "Yesterday": an age is read as the OLDEST instant it can stand for ("4h" = 4 h 0 min to 4 h 59 min
 * ago → 5 h ago) and a date without a time as the start of that day, so a reply clock built on them
 * errs towards urgency, never towards "plenty of time".
 *
 * Pure: no DOM. Built on parse.ts's date readers; the zone arithmetic uses the platform's Intl data.
 */
import { collapseWhitespace, parseDate, parseMonthDay, toHalfWidth, type DateOrder } from '../parse';
import { AGE_UNITS, JUST_NOW_WORDS, TODAY_WORDS, YESTERDAY_WORDS, ZONE_OFFSETS } from './messaging-labels';

export interface TimeContext {
  dateOrder: DateOrder;
  /** IANA zone for times printed without one; the browser's zone when absent. */
  timeZone?: string | undefined;
  /** "Today", ages and year-less dates are read against this instant (ms). */
  now: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const MINUTE = 60_000;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ── Zones ────────────────────────────────────────────────────────────────────────────────────

const zoneFormats = new Map<string, Intl.DateTimeFormat | null>();

/** Minutes east of UTC in `timeZone` at the instant `utcMs`; null for an unknown zone. */
function zoneOffsetAt(timeZone: string, utcMs: number): number | null {
  let format = zoneFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    } catch {
      format = null;
    }
    zoneFormats.set(timeZone, format);
  }
  if (!format) return null;
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(utcMs))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts['year']!, parts['month']! - 1, parts['day']!, parts['hour']! % 24, parts['minute']!, parts['second']!);
  return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / MINUTE);
}

/** The offset (minutes) a wall-clock time on `date` has in `timeZone`, or in the browser's zone. */
function wallClockOffset(date: string, hours: number, minutes: number, timeZone: string | undefined): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  if (timeZone) {
    const guess = Date.UTC(y, mo - 1, d, hours, minutes);
    const first = zoneOffsetAt(timeZone, guess);
    if (first !== null) return zoneOffsetAt(timeZone, guess - first * MINUTE) ?? first;
  }
  return -new Date(y, mo - 1, d, hours, minutes).getTimezoneOffset();
}

function offsetAt(utcMs: number, timeZone: string | undefined): number {
  return (timeZone ? zoneOffsetAt(timeZone, utcMs) : null) ?? -new Date(utcMs).getTimezoneOffset();
}

/** The calendar date at `utcMs` in the zone, shifted by `days`. */
function dateInZone(utcMs: number, timeZone: string | undefined, days = 0): string {
  const local = new Date(utcMs + offsetAt(utcMs, timeZone) * MINUTE + days * 86_400_000);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

function iso(date: string, hours: number, minutes: number, seconds: number, offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant written in the zone's local time (for ages, counted back from now). */
function isoAt(utcMs: number, timeZone: string | undefined): string {
  const whole = Math.floor(utcMs / 1000) * 1000;
  const offset = offsetAt(whole, timeZone);
  const local = new Date(whole + offset * MINUTE);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  return iso(date, local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds(), offset);
}

// ── Patterns ─────────────────────────────────────────────────────────────────────────────────

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
/** "3:12 PM", "15:12", "15:12 Uhr", then an optional zone: "PST", "(MEZ)", "GMT+1", "UTC+01:00", "+0100". */
const CLOCK =
  /(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)\s*(a\.?\s?m\.?|p\.?\s?m\.?)?(?:\s*(?:Uhr|h))?(?:\s*\(?\s*(?:(?:GMT|UTC)\s*([+\-−]\s*\d{1,2})(?::?(\d{2}))?|([+\-−]\d{2}):?(\d{2})|([A-Z]{1,5}))\s*\)?)?(?![\p{L}\d])/iu;
const unitNames = Object.keys(AGE_UNITS).sort((a, b) => b.length - a.length).map(escape).join('|');
/** "4h", "35 min", "2 days ago", "vor 3 Std.", "il y a 2 j", "2 ore fa", "hace 3 h". */
const AGE = new RegExp(`^(?:vor|il y a|hace)?\\s*(\\d{1,3})\\s*(${unitNames})\\.?(?:\\s+(?:ago|fa))?$`, 'iu');
const dayWords = [...TODAY_WORDS, ...YESTERDAY_WORDS].sort((a, b) => b.length - a.length).map(escape).join('|');
const RELATIVE_DAY = new RegExp(`^(${dayWords})(?![\\p{L}])[,\\s]*(?:at|um|à|alle|a las)?`, 'iu');

/** A `<time datetime>` value: kept when it carries an offset, else read in the site's zone. */
export function parseIsoAttribute(value: string, ctx: TimeContext): string | null {
  const m = ISO_DATE_TIME.exec(value.trim());
  if (!m) return null;
  const [, date, hh, mm, ss, zone] = m as unknown as [string, string, string, string, string | undefined, string | undefined];
  const [hours, minutes, seconds] = [Number(hh), Number(mm), Number(ss ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59 || !parseDate(date)) return null;
  if (zone) {
    const z = zone.replace(':', '');
    const offset = z.toUpperCase() === 'Z' ? 0 : (z.startsWith('-') ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
    return iso(date, hours, minutes, seconds, offset);
  }
  return iso(date, hours, minutes, seconds, wallClockOffset(date, hours, minutes, ctx.timeZone));
}

/**
 * A printed message time → ISO 8601 with offset, or null: "Nov 21, 2026 3:12 PM PST",
 * "21 Nov 2026 at 15:12 GMT", "21.11.2026 15:12 MEZ", "21. Nov. 2026, 15:12", "Today 9:41 AM",
 * "Gestern, 15:12", "Nov 19, 3:12 PM" (this year), "Nov 19" (start of day), "4h", "vor 35 Min.",
 * "Just now", ISO strings.
 */
export function parseEbayMessageTime(text: string, ctx: TimeContext): string | null {
  const s = toHalfWidth(collapseWhitespace(text)).replace(/[\u200e\u200f\u202a-\u202e]/g, '');
  if (s === '' || s.length > 80) return null;
  if (/^\d{4}-\d{2}-\d{2}T/i.test(s)) return parseIsoAttribute(s, ctx);
  const lower = s.toLowerCase().replace('’', "'");
  if (JUST_NOW_WORDS.includes(lower)) return isoAt(ctx.now, ctx.timeZone);
  const age = AGE.exec(s);
  if (age) {
    const unit = AGE_UNITS[age[2]!.toLowerCase()];
    // The oldest instant the age can stand for: "4h" is anything up to 4 h 59 min.
    return unit === undefined ? null : isoAt(ctx.now - (Number(age[1]) + 1) * unit * MINUTE, ctx.timeZone);
  }

  const relative = RELATIVE_DAY.exec(s);
  const word = relative?.[1]?.toLowerCase().replace('’', "'");
  const date = word
    ? dateInZone(ctx.now, ctx.timeZone, YESTERDAY_WORDS.includes(word) ? -1 : 0)
    : (parseDate(s, ctx.dateOrder) ?? yearlessDate(s, ctx));
  if (!date) return null;

  const rest = relative ? s.slice(relative[0].length).trim() : s;
  const clock = CLOCK.exec(rest);
  // "Hier ist mein Foto" is German, not French "yesterday": after the day word only a time may follow.
  if (relative && rest !== '' && (!clock || clock.index > 0)) return null;
  if (!clock) return iso(date, 0, 0, 0, wallClockOffset(date, 0, 0, ctx.timeZone));
  const [, hh, mm, ss, meridiem, gmtHours, gmtMinutes, numHours, numMinutes, abbreviation] = clock;
  let hours = Number(hh);
  const minutes = Number(mm);
  const period = meridiem?.toLowerCase().replace(/[.\s]/g, '');
  if (period) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (period === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;

  let offset: number | undefined;
  if (gmtHours !== undefined) {
    const h = Number(gmtHours.replace(/[\s−]/g, (c) => (c === '−' ? '-' : '')));
    offset = h * 60 + Math.sign(h || 1) * Number(gmtMinutes ?? 0);
  } else if (numHours !== undefined) {
    const h = Number(numHours.replace('−', '-'));
    offset = h * 60 + Math.sign(h || 1) * Number(numMinutes ?? 0);
  } else if (abbreviation !== undefined) {
    offset = ZONE_OFFSETS[abbreviation.toUpperCase()];
  }
  return iso(date, hours, minutes, Number(ss ?? 0), offset ?? wallClockOffset(date, hours, minutes, ctx.timeZone));
}

/** "Nov 19, 3:12 PM" → this year's Nov 19, or last year's when that is still ahead. */
function yearlessDate(s: string, ctx: TimeContext): string | null {
  const md = parseMonthDay(s);
  if (!md) return null;
  const today = dateInZone(ctx.now, ctx.timeZone);
  const year = Number(today.slice(0, 4));
  const candidate = `${year}-${pad(md.month)}-${pad(md.day)}`;
  return parseDate(candidate <= today ? candidate : `${year - 1}-${pad(md.month)}-${pad(md.day)}`);
}

/**
 * A text that IS a timestamp, not a sentence that starts with one ("Nov 3 is when I ordered"):
 * short, with a clock time, an age or a today/yesterday word — or a bare short date where lists
 * print old items by date alone (`dateOnly`).
 */
export function timestampText(text: string, ctx: TimeContext, { dateOnly = false } = {}): string | null {
  const s = collapseWhitespace(text);
  if (s.length > 48 || s.split(' ').length > 8) return null;
  const timeLike = /\d:\d\d/.test(s) || AGE.test(s) || RELATIVE_DAY.test(s) || JUST_NOW_WORDS.includes(s.toLowerCase());
  if (!timeLike && (!dateOnly || s.length > 20)) return null;
  return parseEbayMessageTime(s, ctx);
}
