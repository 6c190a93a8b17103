/**
 * Time buckets for the aggregations: days are integers since 1970-01-01 and months integers since year 0 (the
 * arithmetic is isoDay.ts), so bucketing is arithmetic rather than Date objects.
 */

import { isoDay, monthIndex, monthStartDay } from './isoDay';

// The day arithmetic lives in isoDay.ts; these stay exported from here for the aggregations' callers.
export { dayNumber, isoDay, isoMonthIndex, monthIndex } from './isoDay';

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
