/**
 * ISO-day arithmetic, in one place (issue 12.7). An ISO day is a `YYYY-MM-DD` string of the proleptic Gregorian
 * calendar; a day number is an integer count of days since 1970-01-01, so ranges, buckets and distances are integer
 * arithmetic. There is no time of day and no time zone: a day is the calendar day the report names.
 *
 * The readers take days the schema has validated (`IsoDate`); they read digits, not `Date.parse`, because the
 * aggregations call them twice per incident and string slicing plus `Date` was most of the timeline's cost.
 */

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil): arithmetic, no Date object. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const yearOf = (iso: string) => digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
const monthOf = (iso: string) => digit(iso, 5) * 10 + digit(iso, 6);

/** An ISO day (validated) as days since 1970-01-01: `dayNumber('1970-01-02')` is 1. */
export function dayNumber(iso: string): number {
  return daysFromCivil(yearOf(iso), monthOf(iso), digit(iso, 8) * 10 + digit(iso, 9));
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Days since 1970-01-01 as an ISO day (years 0–9999; H. Hinnant's civil_from_days). */
export function isoDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** The ISO day `n` days after `iso` (before it when `n` is negative). */
export const addDays = (iso: string, n: number): string => isoDay(dayNumber(iso) + n);

/** Days from `from` to `to`: 0 for the same day, negative when `to` is earlier. A span's length is this + 1. */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** Day of the week as `Date.getUTCDay` counts it: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export const weekday = (iso: string): number => (((dayNumber(iso) + 4) % 7) + 7) % 7;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1–12) of year `y`. */
export const daysInMonth = (y: number, m: number): number => (m === 2 && isLeap(y) ? 29 : (MONTH_DAYS[m - 1] ?? 0));

/** A real calendar day (years 0–9999) as an ISO day, or null: `isoFromParts(2017, 2, 30)` is null. */
export function isoFromParts(y: number, m: number, d: number): string | null {
  if (![y, m, d].every(Number.isInteger) || y < 0 || y > 9999 || m < 1 || m > 12) return null;
  if (d < 1 || d > daysInMonth(y, m)) return null;
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Months since year 0 of an ISO day: consecutive months differ by 1. */
export const isoMonthIndex = (iso: string): number => yearOf(iso) * 12 + monthOf(iso) - 1;

/** Months since year 0 of a day number (as `isoMonthIndex` of its ISO day). */
export const monthIndex = (day: number): number => isoMonthIndex(isoDay(day));

/** The day number of the first day of a month index (months since year 0). */
export const monthStartDay = (index: number): number => daysFromCivil(Math.floor(index / 12), (index % 12) + 1, 1);
