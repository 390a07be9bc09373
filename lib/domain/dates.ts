/** Calendar-date arithmetic on "YYYY-MM-DD" strings, in UTC so no time zone can shift a day. */

const DAY_MS = 86_400_000;

/** Pages repeat a handful of dates thousands of times: parse each once. */
const parsed = new Map<string, number>();

function utcDay(iso: string): number {
  let day = parsed.get(iso);
  if (day === undefined) {
    day = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
    if (parsed.size >= 10_000) parsed.clear();
    parsed.set(iso, day);
  }
  return day;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}
