import type { Claim, Count, Incident, Place, Report, Tally } from './schema';
import type { ClaimStatus } from './vocabulary';
import { pointFigure, supersededIds } from './derive';
import { dayNumber, emptySum, type KilledSum } from './aggregate';
import { incidentColumns, positionsOf, sourceFigures } from './aggregateColumns';

/**
 * Aggregations that compare sources: one incident's claims side by side, how each source stands against the others
 * across incidents, and how far tallies ("125 in a week") are accounted for by the incidents in the dataset.
 */

/** One claim of one incident, as the source comparison draws it. */
export interface ComparisonRow {
  claimId: string;
  sourceId: string;
  reportId: string;
  /** Publication date of the report, when known: the order revisions happened in. */
  published: string | null;
  status: ClaimStatus;
  /** A later claim of the same source replaced this one. */
  superseded: boolean;
  /** The claim this one revises, when any. */
  supersedes: string | null;
  killed: Count | null;
  injured: Count | null;
  childrenKilled: Count | null;
  womenKilled: Count | null;
  /** 1 for a source's first figure, 2 for its first revision … */
  step: number;
}

/** A source that revised its figure: its killed figures in order, e.g. SOHR 17 → 27. */
export interface Revision {
  sourceId: string;
  figures: number[];
  claimIds: string[];
}

/**
 * Every claim of an event, grouped by source (sources in order of first appearance), each source's claims in the
 * order they were published, so a revision reads left to right as a step.
 */
export function sourceComparison(
  event: Incident | Tally,
  claimsById: ReadonlyMap<string, Claim>,
  reportsById: ReadonlyMap<string, Report>,
): { rows: ComparisonRow[]; revisions: Revision[] } {
  const claims = event.claim_ids.map((id) => claimsById.get(id)).filter((c): c is Claim => c !== undefined);
  const superseded = supersededIds(claims);
  const bySource = new Map<string, Claim[]>();
  for (const c of claims) bySource.set(c.source_id, [...(bySource.get(c.source_id) ?? []), c]);
  const published = (c: Claim) => reportsById.get(c.report_id)?.published ?? null;
  const rows: ComparisonRow[] = [];
  const revisions: Revision[] = [];
  for (const [sourceId, list] of bySource) {
    // A revision comes after what it revises; otherwise publication order, then text order.
    const ordered = [...list].sort(
      (a, b) =>
        (a.supersedes === b.id ? 1 : b.supersedes === a.id ? -1 : 0) ||
        (published(a) ?? '').localeCompare(published(b) ?? '') ||
        a.quote_start - b.quote_start,
    );
    ordered.forEach((c, i) =>
      rows.push({
        claimId: c.id,
        sourceId,
        reportId: c.report_id,
        published: published(c),
        status: c.status,
        superseded: superseded.has(c.id),
        supersedes: c.supersedes,
        killed: c.killed,
        injured: c.injured,
        childrenKilled: c.children_killed,
        womenKilled: c.women_killed,
        step: i + 1,
      }),
    );
    const revised = ordered.filter((c) => c.killed !== null);
    if (revised.some((c) => c.supersedes !== null) && revised.length > 1) {
      revisions.push({
        sourceId,
        figures: revised.map((c) => pointFigure(c.killed!)),
        claimIds: revised.map((c) => c.id),
      });
    }
  }
  return { rows, revisions };
}

/** How one source stands against the median claim of the incidents it reports with others. */
export interface AgreementRow {
  sourceId: string;
  /** Incidents where this source and at least one other give a killed figure. */
  incidents: number;
  higher: number;
  lower: number;
  same: number;
  /** Mean of (figure − median) / median over its incidents (0.5 = half again as many); 0 when medians are 0. */
  meanRelativeDeviation: number;
  /** Mean of figure − median (people). */
  meanDeviation: number;
}

const median = (sorted: readonly number[]): number => {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * For incidents with two or more sources giving a killed figure (each source's figure as `pointFigure`, the highest
 * of its standing claims, as in `discrepancy`): each source's deviation from the incident's median figure.
 * Sources sorted by how many incidents they share, then id.
 */
export function sourceAgreement(
  incidents: readonly Incident[],
  claimsById: ReadonlyMap<string, Claim>,
  dataset?: readonly Incident[],
): AgreementRow[] {
  const positions = dataset === undefined || dataset === incidents ? null : positionsOf(dataset, incidents);
  const { start, source, figure, sourceIds } = sourceFigures(positions ? dataset! : incidents, claimsById);
  // Counts and sums per source number, in flat arrays.
  const S = sourceIds.length;
  const [shared, higher, lower, same] = [new Int32Array(S), new Int32Array(S), new Int32Array(S), new Int32Array(S)];
  const [relSum, absSum] = [new Float64Array(S), new Float64Array(S)];
  const sorted: number[] = [];
  const count = positions ? positions.length : incidents.length;
  for (let j = 0; j < count; j++) {
    const e = positions ? positions[j]! : j;
    const lo = start[e]!;
    const hi = start[e + 1]!;
    if (hi - lo < 2) continue;
    sorted.length = 0;
    for (let k = lo; k < hi; k++) sorted.push(figure[k]!);
    const m = median(sorted.sort((a, b) => a - b));
    for (let k = lo; k < hi; k++) {
      const s = source[k]!;
      const f = figure[k]!;
      shared[s]!++;
      if (f > m) higher[s]!++;
      else if (f < m) lower[s]!++;
      else same[s]!++;
      absSum[s]! += f - m;
      relSum[s]! += m === 0 ? 0 : (f - m) / m;
    }
  }
  const rows: AgreementRow[] = [];
  for (let s = 0; s < S; s++) {
    if (shared[s] === 0) continue;
    rows.push({
      sourceId: sourceIds[s]!,
      incidents: shared[s]!,
      higher: higher[s]!,
      lower: lower[s]!,
      same: same[s]!,
      meanRelativeDeviation: relSum[s]! / shared[s]!,
      meanDeviation: absSum[s]! / shared[s]!,
    });
  }
  return rows.sort((x, y) => y.incidents - x.incidents || x.sourceId.localeCompare(y.sourceId));
}

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
  incidentIndices: number[];
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
 * reaches it, as one contiguous run of an Int32Array sorted by first day. Places get dense integer ids so the
 * lineage walks and the grouping touch typed arrays, not Maps (at 100,000 incidents the Map version took ~20×
 * longer).
 */
export interface IncidentAreaIndex {
  incidents: readonly Incident[];
  /** First and last day of each incident (day numbers), by incident index. */
  starts: Float64Array;
  ends: Float64Array;
  /** Place id → dense place number. */
  placeNumber: ReadonlyMap<string, number>;
  /** Incident indices of place p are `members[offsets[p]] … members[offsets[p + 1] - 1]`, sorted by start. */
  offsets: Int32Array;
  members: Int32Array;
}

export function indexIncidentsByArea(
  incidents: readonly Incident[],
  placesById: ReadonlyMap<string, Place>,
): IncidentAreaIndex {
  if (incidents.length >= INDEX_SPAN) throw new RangeError(`at most ${INDEX_SPAN - 1} incidents`);
  const placeNumber = new Map<string, number>();
  for (const id of placesById.keys()) placeNumber.set(id, placeNumber.size);
  const parent = new Int32Array(placeNumber.size).fill(-1);
  for (const [id, p] of placesById)
    if (p.parent !== null) parent[placeNumber.get(id)!] = placeNumber.get(p.parent) ?? -1;

  const starts = new Float64Array(incidents.length);
  const ends = new Float64Array(incidents.length);
  const place = new Int32Array(incidents.length).fill(-1);
  const keys: number[] = [];
  for (let i = 0; i < incidents.length; i++) {
    const e = incidents[i]!;
    if (e.date === null || e.place_id === null) continue;
    starts[i] = dayNumber(e.date.from);
    ends[i] = dayNumber(e.date.to);
    place[i] = placeNumber.get(e.place_id) ?? -1;
    keys.push(starts[i]! * INDEX_SPAN + i);
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
  const members = new Int32Array(offsets[placeNumber.size]!);
  for (const i of order) walk(i, (p) => (members[cursor[p]!++] = i));
  return { incidents, starts, ends, placeNumber, offsets, members };
}

/** First position in members[lo, hi) whose incident starts at or after `day`. */
function lowerBound(index: IncidentAreaIndex, lo: number, hi: number, day: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[index.members[mid]!]! < day) lo = mid + 1;
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
  const { starts, ends, offsets, members, placeNumber } = index;
  const cols = incidentColumns(index.incidents);
  return tallies.map((t) => {
    const base = { tallyId: t.id, sourceIds: t.source_ids, tallyKilled: t.killed };
    if (t.date === null || t.place_id === null) {
      return { ...base, incidentIndices: [], incidentsKilled: emptySum(), comparable: false };
    }
    const from = dayNumber(t.date.from);
    const to = dayNumber(t.date.to);
    const matched: number[] = [];
    const areas = areaIds(placesById.get(t.place_id), t.place_id);
    for (const area of areas) {
      const p = placeNumber.get(area);
      if (p === undefined) continue;
      const end = offsets[p + 1]!;
      for (let k = lowerBound(index, offsets[p]!, end, from); k < end && starts[members[k]!]! <= to; k++) {
        if (ends[members[k]!]! <= to) matched.push(members[k]!);
      }
    }
    // A region and its members could both hold an incident: count it once.
    const unique = areas.length > 1 ? [...new Set(matched)] : matched;
    const sum = emptySum();
    for (const i of unique) {
      sum.min += cols.killedMin[i]!;
      sum.max += cols.killedMax[i]!;
      if (cols.killedOpen[i] === 1) sum.open = true;
    }
    return { ...base, incidentIndices: unique, incidentsKilled: sum, comparable: true };
  });
}
