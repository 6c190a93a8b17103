/**
 * Calendar arithmetic for the aggregations: days are integers since 1970-01-01 (UTC) and months integers since
 * year 0, so bucketing is arithmetic rather than Date objects.
 */

const MS_PER_DAY = 86_400_000;

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

/**
 * An ISO day (`YYYY-MM-DD`, already validated by the schema) as days since 1970-01-01. Read digit by digit: this
 * runs twice per incident per aggregation, and string slicing plus Date.UTC was most of the timeline's cost.
 */
export function dayNumber(iso: string): number {
  return daysFromCivil(yearOf(iso), monthOf(iso), digit(iso, 8) * 10 + digit(iso, 9));
}

/** Months since year 0 of an ISO day: consecutive months differ by 1. */
export const isoMonthIndex = (iso: string): number => yearOf(iso) * 12 + monthOf(iso) - 1;

/** Days since 1970-01-01 as an ISO day. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export type BucketUnit = 'day' | 'week' | 'month';

/** Up to this many days shown, one bar per day; up to WEEK_UNTIL_DAYS, one per week; beyond, one per month. */
export const DAY_UNTIL_DAYS = 92;
export const WEEK_UNTIL_DAYS = 730;

/** The bucket size that keeps a visible span of `spanDays` (inclusive) legible: roughly 10–100 bars. */
export function chooseUnit(spanDays: number): BucketUnit {
  if (spanDays <= DAY_UNTIL_DAYS) return 'day';
  if (spanDays <= WEEK_UNTIL_DAYS) return 'week';
  return 'month';
}

/** One time bucket: first and last day (inclusive, day numbers) and its ISO start as key. */
export interface Bucket {
  key: string;
  start: number;
  end: number;
}

/** Weeks start on Monday (ISO 8601). 1970-01-01 was a Thursday: Monday-based weekday = (day + 3) mod 7. */
const weekStart = (day: number): number => day - ((((day + 3) % 7) + 7) % 7);

export const monthIndex = (day: number): number => {
  const d = new Date(day * MS_PER_DAY);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
const monthStartDay = (index: number): number => Date.UTC(Math.floor(index / 12), index % 12, 1) / MS_PER_DAY;

/** The buckets covering days `from`..`to` (inclusive), chronological. */
export function makeBuckets(from: number, to: number, unit: BucketUnit): Bucket[] {
  const out: Bucket[] = [];
  if (to < from) return out;
  if (unit === 'month') {
    for (let m = monthIndex(from), last = monthIndex(to); m <= last; m++) {
      const start = monthStartDay(m);
      out.push({ key: isoDay(start), start, end: monthStartDay(m + 1) - 1 });
    }
    return out;
  }
  const step = unit === 'week' ? 7 : 1;
  for (let start = unit === 'week' ? weekStart(from) : from; start <= to; start += step) {
    out.push({ key: isoDay(start), start, end: start + step - 1 });
  }
  return out;
}

/** Index of the bucket holding `day` in buckets made by `makeBuckets(first.start, …, unit)`; may fall outside. */
export function bucketIndex(day: number, buckets: readonly Bucket[], unit: BucketUnit): number {
  const first = buckets[0];
  if (!first) return -1;
  if (unit === 'month') return monthIndex(day) - monthIndex(first.start);
  return Math.floor((day - first.start) / (unit === 'week' ? 7 : 1));
}
