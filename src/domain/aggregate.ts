import type { Incident } from './schema';
import type { Governorate, Perpetrator } from './vocabulary';
import { GOVERNORATES, PERPETRATORS } from './vocabulary';
import { isoDay, isoMonthIndex, makeBuckets, type Bucket, type BucketUnit } from './aggregateDays';
import { NO_GOVERNORATE, UNDATED, selectIn } from './aggregateColumns';

export * from './aggregateDays';

/**
 * Aggregations behind the timeline and the casualty charts: pure functions over incidents, fast enough to redo on
 * every filter change for 100,000 incidents (bench/aggregate.bench.ts).
 *
 * They read flat columns built once per dataset (aggregateColumns.ts) rather than walking Incident objects: pass the
 * dataset's incidents as `dataset` and the selection (a subset in dataset order, as applyFilters returns it) as
 * `incidents`. Days are integers since 1970-01-01 (aggregateDays.ts).
 * Killed figures are summed as a range: `min` is what the words guarantee (each incident's lowest standing figure),
 * `max` the highest stated; `open` says some incident left its top open ("more than 15"), so the true top is higher.
 */

// One definition of a selection's span, shared with the header and the filter panel.
export { dateExtent } from './dataset';

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

/** Sums by perpetrator code, `values[offset + code]`, as a record. */
function byPerpetratorAt(values: Float64Array, offset: number): Record<Perpetrator, number> {
  // Filled key by key in one order, so every record shares one hidden class (Object.fromEntries was 5× slower).
  const record = {} as Record<Perpetrator, number>;
  for (let k = 0; k < PERPETRATORS.length; k++) record[PERPETRATORS[k]!] = values[offset + k]!;
  return record;
}

/** The first and last day of the dated incidents, read from the columns; null when none is dated. */
export function incidentExtent(
  incidents: readonly Incident[],
  dataset?: readonly Incident[],
): { from: number; to: number } | null {
  const { cols, at } = selectIn(incidents, dataset);
  let from = UNDATED;
  let to = -UNDATED;
  for (const i of at) {
    const a = cols.dayFrom[i]!;
    if (a === UNDATED) continue;
    if (a < from) from = a;
    if (cols.dayTo[i]! > to) to = cols.dayTo[i]!;
  }
  return from === UNDATED ? null : { from, to };
}

/**
 * Spreads each dated incident over the days of its span (1/n per day) and sums the days into buckets, so a report
 * saying "last week" weighs on the whole week rather than piling on one day. Undated incidents are counted in
 * `undated`; days outside the buckets are dropped. Pass the dataset's incidents as `dataset` to read its columns.
 */
export function timelineBuckets(
  incidents: readonly Incident[],
  from: number,
  to: number,
  unit: BucketUnit,
  dataset?: readonly Incident[],
): { buckets: TimelineBucket[]; undated: number } {
  const frame = makeBuckets(from, to, unit);
  const n = frame.length;
  // Sums per bucket in flat arrays; perpetrators as bucket * P + code.
  const P = PERPETRATORS.length;
  const count = new Float64Array(n);
  const killedSum = new Float64Array(n);
  const killedMaxSum = new Float64Array(n);
  const byPerp = new Float64Array(n * P);
  const { cols, at } = selectIn(incidents, dataset);
  const { dayFrom, dayTo, monthFrom, monthTo, killedMin, killedMax, perpetrator } = cols;
  const firstDay = frame[0]?.start ?? 0;
  const firstMonth = isoMonthIndex(isoDay(firstDay));
  const step = unit === 'week' ? 7 : 1;
  const monthly = unit === 'month';
  let undated = 0;
  for (const e of at) {
    const a = dayFrom[e]!;
    if (a === UNDATED) {
      undated++;
      continue;
    }
    const b = dayTo[e]!;
    const first = monthly ? monthFrom[e]! - firstMonth : Math.floor((a - firstDay) / step);
    const last = monthly ? monthTo[e]! - firstMonth : Math.floor((b - firstDay) / step);
    const k = killedMin[e]!;
    if (first === last) {
      // Within one bucket (most incidents: a single day), the whole weight lands there.
      if (first < 0 || first >= n) continue;
      count[first]! += 1;
      killedSum[first]! += k;
      killedMaxSum[first]! += killedMax[e]!;
      byPerp[first * P + perpetrator[e]!]! += k;
      continue;
    }
    for (let i = Math.max(first, 0), end = Math.min(last, n - 1); i <= end; i++) {
      const bucket = frame[i]!;
      const overlap = Math.min(b, bucket.end) - Math.max(a, bucket.start) + 1;
      if (overlap <= 0) continue;
      const w = overlap / (b - a + 1);
      count[i]! += w;
      killedSum[i]! += w * k;
      killedMaxSum[i]! += w * killedMax[e]!;
      byPerp[i * P + perpetrator[e]!]! += w * k;
    }
  }
  const buckets = frame.map((bucket, i) => ({
    key: bucket.key,
    start: bucket.start,
    end: bucket.end,
    incidents: count[i]!,
    killed: killedSum[i]!,
    killedMax: killedMaxSum[i]!,
    byPerpetrator: byPerpetratorAt(byPerp, i * P),
  }));
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

/** Killed in one governorate (null: the incident spans several or names none), split by perpetrator. */
export interface GovernorateRow {
  governorate: Governorate | null;
  incidents: number;
  killed: KilledSum;
  /** Lowest standing figures by perpetrator; they add up to `killed.min`. */
  byPerpetrator: Record<Perpetrator, number>;
}

/** Killed per governorate, most killed first (ties: governorate name); incidents with no governorate last. */
export function killedByGovernorate(incidents: readonly Incident[], dataset?: readonly Incident[]): GovernorateRow[] {
  const { cols, at } = selectIn(incidents, dataset);
  const { governorate, killedMin, killedMax, killedOpen, perpetrator } = cols;
  // Sums in flat arrays indexed by governorate code (the last slot: none), perpetrators as g * P + code.
  const G = GOVERNORATES.length + 1;
  const P = PERPETRATORS.length;
  const count = new Int32Array(G);
  const min = new Float64Array(G);
  const max = new Float64Array(G);
  const open = new Uint8Array(G);
  const byPerp = new Float64Array(G * P);
  for (const i of at) {
    const code = governorate[i]!;
    const g = code === NO_GOVERNORATE ? G - 1 : code;
    count[g]!++;
    min[g]! += killedMin[i]!;
    max[g]! += killedMax[i]!;
    open[g]! |= killedOpen[i]!;
    byPerp[g * P + perpetrator[i]!]! += killedMin[i]!;
  }
  const rows: GovernorateRow[] = [];
  for (let g = 0; g < G; g++) {
    if (count[g] === 0) continue;
    rows.push({
      governorate: g === G - 1 ? null : (GOVERNORATES[g] ?? null),
      incidents: count[g]!,
      killed: { min: min[g]!, max: max[g]!, open: open[g] === 1 },
      byPerpetrator: byPerpetratorAt(byPerp, g * P),
    });
  }
  return rows.sort((x, y) => {
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

/**
 * Joins runs of consecutive buckets so at most `max` remain (e.g. 168 months → 56 quarters): a stacked bar per
 * perpetrator per bucket is an SVG element each, and thousands of them make every filter change slow.
 * Returns the buckets and how many original buckets each joined bucket holds.
 */
export function coarsenBuckets(
  buckets: readonly TimelineBucket[],
  max: number,
): { buckets: TimelineBucket[]; per: number } {
  const per = Math.max(1, Math.ceil(buckets.length / Math.max(1, max)));
  if (per === 1) return { buckets: [...buckets], per };
  const out: TimelineBucket[] = [];
  for (let i = 0; i < buckets.length; i += per) {
    const run = buckets.slice(i, i + per);
    const first = run[0] as TimelineBucket;
    const last = run[run.length - 1] as TimelineBucket;
    const byPerpetrator = { ...first.byPerpetrator };
    for (const b of run.slice(1)) {
      for (const [p, v] of Object.entries(b.byPerpetrator) as Array<[Perpetrator, number]>) {
        byPerpetrator[p] = (byPerpetrator[p] ?? 0) + v;
      }
    }
    out.push({
      key: first.key,
      start: first.start,
      end: last.end,
      incidents: run.reduce((a, b) => a + b.incidents, 0),
      killed: run.reduce((a, b) => a + b.killed, 0),
      killedMax: run.reduce((a, b) => a + b.killedMax, 0),
      byPerpetrator,
    });
  }
  return { buckets: out, per };
}
