import type { Incident, Tally } from './schema';
import type { Governorate, Perpetrator } from './vocabulary';
import { PERPETRATORS } from './vocabulary';

/**
 * Aggregations behind the timeline and the casualty charts: pure functions over incidents, fast enough to redo on
 * every filter change for 100,000 incidents (bench/aggregate.bench.ts).
 *
 * Days are counted as integers since 1970-01-01 (UTC) so bucketing is arithmetic, not Date objects.
 * Killed figures are summed as a range: `min` is what the words guarantee (each incident's lowest standing figure),
 * `max` the highest stated; `open` says some incident left its top open ("more than 15"), so the true top is higher.
 */

const MS_PER_DAY = 86_400_000;

/** An ISO day (`YYYY-MM-DD`) as days since 1970-01-01. */
export function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

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

const monthIndex = (day: number): number => {
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

/** The first and last day any dated event covers, or null when none is dated. */
export function dateExtent(events: ReadonlyArray<Incident | Tally>): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const e of events) {
    if (e.date === null) continue;
    if (from === null || e.date.from < from) from = e.date.from;
    if (to === null || e.date.to > to) to = e.date.to;
  }
  return from === null || to === null ? null : { from, to };
}

/** Incidents and killed per bucket, each a sum of fractions when dates are imprecise. */
export interface TimelineBucket extends Bucket {
  /** Incidents in the bucket: an incident dated over n days adds 1/n for each of its days. */
  incidents: number;
  /** Killed, lowest standing figures, spread like incidents. */
  killed: number;
  /** Killed, highest stated figures (the lowest where open-ended), spread like incidents. */
  killedMax: number;
  /** `killed` split by perpetrator. */
  byPerpetrator: Record<Perpetrator, number>;
}

const zeroByPerpetrator = (): Record<Perpetrator, number> =>
  Object.fromEntries(PERPETRATORS.map((p) => [p, 0])) as Record<Perpetrator, number>;

/**
 * Spreads each dated incident over the days of its span (1/n per day) and sums the days into buckets, so a report
 * saying "last week" weighs on the whole week rather than piling on one day. Undated incidents are counted in
 * `undated`; days outside the buckets are dropped.
 */
export function timelineBuckets(
  incidents: readonly Incident[],
  from: number,
  to: number,
  unit: BucketUnit,
): { buckets: TimelineBucket[]; undated: number } {
  const buckets: TimelineBucket[] = makeBuckets(from, to, unit).map((b) => ({
    ...b,
    incidents: 0,
    killed: 0,
    killedMax: 0,
    byPerpetrator: zeroByPerpetrator(),
  }));
  let undated = 0;
  for (const e of incidents) {
    if (e.date === null) {
      undated++;
      continue;
    }
    const a = dayNumber(e.date.from);
    const b = dayNumber(e.date.to);
    const days = b - a + 1;
    const killed = e.killed?.min ?? 0;
    const killedMax = e.killed === null ? 0 : (e.killed.max ?? e.killed.min);
    const last = Math.min(bucketIndex(b, buckets, unit), buckets.length - 1);
    for (let i = Math.max(bucketIndex(a, buckets, unit), 0); i <= last; i++) {
      const bucket = buckets[i];
      if (!bucket) continue;
      const overlap = Math.min(b, bucket.end) - Math.max(a, bucket.start) + 1;
      if (overlap <= 0) continue;
      const w = overlap / days;
      bucket.incidents += w;
      bucket.killed += w * killed;
      bucket.killedMax += w * killedMax;
      bucket.byPerpetrator[e.perpetrator] += w * killed;
    }
  }
  return { buckets, undated };
}

/** A sum of killed figures as a range. */
export interface KilledSum {
  min: number;
  max: number;
  /** True when some summed figure is open-ended above, so the true top exceeds `max`. */
  open: boolean;
}

export const emptySum = (): KilledSum => ({ min: 0, max: 0, open: false });

/** Adds an event's killed range to a running sum (mutates and returns it). */
export function addKilled(sum: KilledSum, killed: { min: number; max: number | null } | null): KilledSum {
  if (killed === null) return sum;
  sum.min += killed.min;
  sum.max += killed.max ?? killed.min;
  if (killed.max === null) sum.open = true;
  return sum;
}

/** Killed in one governorate (null: the incident spans several or names none), split by perpetrator. */
export interface GovernorateRow {
  governorate: Governorate | null;
  incidents: number;
  killed: KilledSum;
  /** Lowest standing figures by perpetrator; they add up to `killed.min`. */
  byPerpetrator: Record<Perpetrator, number>;
}

/** Killed per governorate, most killed first (ties: governorate name); incidents with no governorate last. */
export function killedByGovernorate(incidents: readonly Incident[]): GovernorateRow[] {
  const rows = new Map<Governorate | null, GovernorateRow>();
  for (const e of incidents) {
    let row = rows.get(e.governorate);
    if (!row) {
      row = { governorate: e.governorate, incidents: 0, killed: emptySum(), byPerpetrator: zeroByPerpetrator() };
      rows.set(e.governorate, row);
    }
    row.incidents++;
    addKilled(row.killed, e.killed);
    row.byPerpetrator[e.perpetrator] += e.killed?.min ?? 0;
  }
  return [...rows.values()].sort((x, y) => {
    if ((x.governorate === null) !== (y.governorate === null)) return x.governorate === null ? 1 : -1;
    return y.killed.min - x.killed.min || (x.governorate ?? '').localeCompare(y.governorate ?? '');
  });
}

/** Perpetrators with any killed in the rows, in vocabulary order: the series a stacked chart needs. */
export function perpetratorsPresent(
  rows: ReadonlyArray<{ byPerpetrator: Record<Perpetrator, number> }>,
): Perpetrator[] {
  return PERPETRATORS.filter((p) => rows.some((r) => r.byPerpetrator[p] > 0));
}
