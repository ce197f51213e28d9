// Age and the age-structure bands used in statistics (rules.md §8: 35 岁以下占比).
import { yearsBetween, todayIso, splitIsoDate, isoDate, daysInMonth, addDaysIso } from './dates.ts';

export interface AgeBand {
  readonly key: string;
  readonly label: string;
  readonly en: string;
  readonly min: number;
  /** Inclusive; null = no upper bound. */
  readonly max: number | null;
}

export const AGE_BANDS = [
  { key: 'under35', label: '35岁以下', en: 'Under 35', min: 0, max: 34 },
  { key: '35to44', label: '35–44岁', en: '35–44', min: 35, max: 44 },
  { key: '45to54', label: '45–54岁', en: '45–54', min: 45, max: 54 },
  { key: '55plus', label: '55岁及以上', en: '55 and over', min: 55, max: null },
] as const satisfies readonly AgeBand[];

export type AgeBandKey = (typeof AGE_BANDS)[number]['key'];
export const AGE_BAND_KEYS = AGE_BANDS.map((b) => b.key) as unknown as readonly [AgeBandKey, ...AgeBandKey[]];

function asIso(on: Date | string): string {
  return typeof on === 'string' ? on : todayIso(on);
}

/** Full years on the given day (a Date is read as a Beijing calendar day). */
export function ageOn(birthDate: string, on: Date | string): number {
  return yearsBetween(birthDate, asIso(on));
}

/** null for a negative or non-integer age (e.g. a birth date after `on`). */
export function ageBandOf(age: number): (typeof AGE_BANDS)[number] | null {
  if (!Number.isInteger(age) || age < 0) return null;
  return AGE_BANDS.find((b) => age >= b.min && (b.max === null || age <= b.max)) ?? null;
}

/**
 * Latest birth date whose holder is at least `years` old on `today`. When that
 * day is 29 Feb in a common year it does not exist and 28 Feb is the latest.
 */
function latestBirthForAge(today: string, years: number): string {
  const t = splitIsoDate(today);
  if (!t) throw new RangeError(`Invalid ISO date: ${today}`);
  const year = t.year - years;
  return isoDate(year, t.month, Math.min(t.day, daysInMonth(year, t.month)));
}

/**
 * Inclusive birth-date bounds for a band, so the database can filter with an
 * index on birth_date instead of computing ages row by row:
 * `birth_date >= from AND birth_date <= to` (either bound may be absent).
 */
export function birthDateRangeForBand(bandKey: AgeBandKey, today: Date | string): { from?: string; to?: string } {
  const band: AgeBand | undefined = AGE_BANDS.find((b) => b.key === bandKey);
  if (!band) throw new RangeError(`Unknown age band: ${bandKey}`);
  const t = asIso(today);
  const range: { from?: string; to?: string } = { to: latestBirthForAge(t, band.min) };
  // age <= max  ⇔  not (age >= max + 1)  ⇔  born after latestBirthForAge(max + 1)
  if (band.max !== null) range.from = addDaysIso(latestBirthForAge(t, band.max + 1), 1);
  return range;
}
