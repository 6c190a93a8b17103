import type { Incident, Place, Tally } from './schema';
import { dayNumber, emptySum, type KilledSum } from './aggregate';
import { UNDATED, incidentColumns } from './aggregateColumns';

/**
 * Tallies against incidents: how much of a tally ("SOHR: 125 in a week in Raqqa") the incidents of the dataset in
 * its area and period account for.
 */

/** A tally beside what the dataset's incidents in its area and period add up to. */
export interface TallyComparison {
  tallyId: string;
  sourceIds: string[];
  /** The tally's own killed range, or null when it counts no dead. */
  tallyKilled: { min: number; max: number | null } | null;
  /**
   * Incidents inside the tally's area whose whole date span lies in the tally's period, as positions in the indexed
   * incidents (reading 85,000 ids back out of their objects cost more than all the matching).
   */
  incidentIndices: Int32Array;
  incidentsKilled: KilledSum;
  /** False when the tally has no date or no place: there is no period or area to compare against. */
  comparable: boolean;
}

/** Area ids a tally covers: its place, or for a region its member places. */
function areaIds(place: Place | undefined, placeId: string): string[] {
  return place?.members && place.members.length > 0 ? [placeId, ...place.members] : [placeId];
}

/** Ancestor walks stop here: deeper than any gazetteer, and a guard against cycles. */
const MAX_DEPTH = 32;
/** Sort keys pack (start day, incident index); indices must stay below this. */
const INDEX_SPAN = 2 ** 21;

/**
 * Dated incidents by area and date, built once per dataset: for every place, the incidents whose place lineage
 * reaches it, as one contiguous run sorted by first day. Each run carries copies of what a tally compares (days and
 * killed), so matching a tally reads a few adjacent numbers rather than objects or scattered slots. Places get
 * dense integer ids so the lineage walks and the grouping touch typed arrays, not Maps.
 */
export interface IncidentAreaIndex {
  incidents: readonly Incident[];
  /** Place id → dense place number. */
  placeNumber: ReadonlyMap<string, number>;
  /** The run of place p is positions `offsets[p]` … `offsets[p + 1] - 1` of the arrays below, sorted by `start`. */
  offsets: Int32Array;
  /** Incident index (in `incidents`) at each position. */
  members: Int32Array;
  /** First and last day, killed range and open flag of the incident at each position. */
  start: Int32Array;
  end: Int32Array;
  killedMin: Int32Array;
  killedMax: Int32Array;
  killedOpen: Uint8Array;
}

export function indexIncidentsByArea(
  incidents: readonly Incident[],
  placesById: ReadonlyMap<string, Place>,
): IncidentAreaIndex {
  if (incidents.length >= INDEX_SPAN) throw new RangeError(`at most ${INDEX_SPAN - 1} incidents`);
  const cols = incidentColumns(incidents);
  const placeNumber = new Map<string, number>();
  for (const id of placesById.keys()) placeNumber.set(id, placeNumber.size);
  const parent = new Int32Array(placeNumber.size).fill(-1);
  for (const [id, p] of placesById)
    if (p.parent !== null) parent[placeNumber.get(id)!] = placeNumber.get(p.parent) ?? -1;

  const place = new Int32Array(incidents.length).fill(-1);
  const keys: number[] = [];
  for (let i = 0; i < incidents.length; i++) {
    const placeId = incidents[i]!.place_id;
    if (cols.dayFrom[i] === UNDATED || placeId === null) continue;
    place[i] = placeNumber.get(placeId) ?? -1;
    keys.push(cols.dayFrom[i]! * INDEX_SPAN + i);
  }
  // A numeric typed-array sort needs no comparator callback: the fastest sort V8 has.
  const order = Int32Array.from(Float64Array.from(keys).sort(), (k) => k - Math.floor(k / INDEX_SPAN) * INDEX_SPAN);

  // Counting sort by place: count each lineage, prefix-sum, then fill in date order so every run stays sorted.
  const counts = new Int32Array(placeNumber.size + 1);
  const walk = (i: number, visit: (p: number) => void) => {
    for (let p = place[i]!, depth = 0; p !== -1 && depth < MAX_DEPTH; p = parent[p]!, depth++) visit(p);
  };
  for (const i of order) walk(i, (p) => counts[p + 1]!++);
  const offsets = new Int32Array(placeNumber.size + 1);
  for (let p = 0; p < placeNumber.size; p++) offsets[p + 1] = offsets[p]! + counts[p + 1]!;
  const cursor = offsets.slice(0, placeNumber.size);
  const size = offsets[placeNumber.size]!;
  const index: IncidentAreaIndex = {
    incidents,
    placeNumber,
    offsets,
    members: new Int32Array(size),
    start: new Int32Array(size),
    end: new Int32Array(size),
    killedMin: new Int32Array(size),
    killedMax: new Int32Array(size),
    killedOpen: new Uint8Array(size),
  };
  for (const i of order) {
    walk(i, (p) => {
      const k = cursor[p]!++;
      index.members[k] = i;
      index.start[k] = cols.dayFrom[i]!;
      index.end[k] = cols.dayTo[i]!;
      index.killedMin[k] = cols.killedMin[i]!;
      index.killedMax[k] = cols.killedMax[i]!;
      index.killedOpen[k] = cols.killedOpen[i]!;
    });
  }
  return index;
}

/** First position in [lo, hi) whose incident starts at or after `day`. */
function lowerBound(start: Int32Array, lo: number, hi: number, day: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sums incidents inside each tally's area (the incident's place lineage reaches the tally's place or one of a
 * region's members) and period (the incident's span lies within the tally's). With the index built once, each tally
 * costs a binary search plus the incidents of its area and period.
 */
export function talliesAgainstIncidents(
  tallies: readonly Tally[],
  index: IncidentAreaIndex,
  placesById: ReadonlyMap<string, Place>,
): TallyComparison[] {
  const { offsets, members, placeNumber, start, end, killedMin, killedMax, killedOpen } = index;
  // Every tally's matches go into one buffer, each row keeping a view of its stretch: one allocation instead of
  // thousands of growing arrays.
  const matches: number[] = [];
  const found: Array<{ first: number; last: number; sum: KilledSum | null }> = [];
  for (const t of tallies) {
    const first = matches.length;
    if (t.date === null || t.place_id === null) {
      found.push({ first, last: first, sum: null });
      continue;
    }
    const from = dayNumber(t.date.from);
    const to = dayNumber(t.date.to);
    const areas = areaIds(placesById.get(t.place_id), t.place_id);
    // A region and its members could both hold an incident: with several areas, count each incident once.
    const seen = areas.length > 1 ? new Set<number>() : null;
    let min = 0;
    let max = 0;
    let open = 0;
    for (const area of areas) {
      const p = placeNumber.get(area);
      if (p === undefined) continue;
      const last = offsets[p + 1]!;
      for (let k = lowerBound(start, offsets[p]!, last, from); k < last && start[k]! <= to; k++) {
        if (end[k]! > to) continue;
        const i = members[k]!;
        if (seen !== null) {
          if (seen.has(i)) continue;
          seen.add(i);
        }
        matches.push(i);
        min += killedMin[k]!;
        max += killedMax[k]!;
        open |= killedOpen[k]!;
      }
    }
    found.push({ first, last: matches.length, sum: { min, max, open: open === 1 } });
  }
  const buffer = Int32Array.from(matches);
  return tallies.map((t, r) => {
    const { first, last, sum } = found[r]!;
    return {
      tallyId: t.id,
      sourceIds: t.source_ids,
      tallyKilled: t.killed,
      incidentIndices: buffer.subarray(first, last),
      incidentsKilled: sum ?? emptySum(),
      comparable: sum !== null,
    };
  });
}
