// Calendar-date helpers on plain 'YYYY-MM-DD' strings. Dates of birth, contract
// dates etc. are calendar days, not instants, so we never route them through
// `Date` arithmetic in the host time zone (that shifts days across midnight).

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The workforce is administered in China: "today" means today in Beijing, even on a UTC server. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** month is 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Splits a valid ISO date into numbers; null when the string is not a real calendar date. */
export function splitIsoDate(s: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidIsoDate(s: string): boolean {
  return splitIsoDate(s) !== null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const todayByMinute = new Map<string, string>();

/**
 * Today's calendar date in `timeZone` (default Beijing time). Formatters are reused and answers cached per
 * minute and zone — callers on hot paths (every ID number parsed in a bulk import) ask about the real now
 * and about a fixed instant in turn, so one remembered answer would be recomputed on every call.
 */
export function todayIso(now: Date = new Date(), timeZone: string = DEFAULT_TIME_ZONE): string {
  const key = `${timeZone}|${Math.floor(now.getTime() / 60_000)}`;
  const cached = todayByMinute.get(key);
  if (cached !== undefined) return cached;
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, fmt);
  }
  const parts = fmt.formatToParts(now);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const value = isoDate(get('year'), get('month'), get('day'));
  if (todayByMinute.size >= 64) todayByMinute.clear();
  todayByMinute.set(key, value);
  return value;
}

/** -1 / 0 / 1. Zero-padded ISO dates sort lexicographically, so a string compare is exact. */
export function compareIsoDates(a: string, b: string): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Adds (or subtracts) whole days; works in UTC so no DST/time-zone shift can creep in. */
export function addDaysIso(s: string, days: number): string {
  const d = splitIsoDate(s);
  if (!d) throw new RangeError(`Invalid ISO date: ${s}`);
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * Completed years from `from` to `to` (age semantics). Someone born on 29 Feb
 * completes a year on 1 Mar in common years, the usual legal reading in China.
 */
export function yearsBetween(from: string, to: string): number {
  const a = splitIsoDate(from);
  const b = splitIsoDate(to);
  if (!a || !b) throw new RangeError(`Invalid ISO date: ${a ? to : from}`);
  let years = b.year - a.year;
  if (b.month < a.month || (b.month === a.month && b.day < a.day)) years -= 1;
  return years;
}
