import type { Claim, Count, Incident, Report, Tally } from './schema';
import type { ClaimStatus } from './vocabulary';
import { pointFigure, supersededIds } from './derive';
import { positionsOf, sourceFigures } from './aggregateColumns';

/**
 * Aggregations that compare sources: one incident's claims side by side, and how each source stands against the
 * others across incidents. (Tallies against incidents: aggregateTallies.ts.)
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
  const { start, source, deviation, relative, sourceIds } = sourceFigures(positions ? dataset! : incidents, claimsById);
  // Counts and sums per source number, in flat arrays; the deviations themselves are computed once per dataset.
  const S = sourceIds.length;
  const [shared, higher, lower, same] = [new Int32Array(S), new Int32Array(S), new Int32Array(S), new Int32Array(S)];
  const [relSum, absSum] = [new Float64Array(S), new Float64Array(S)];
  const count = positions ? positions.length : incidents.length;
  for (let j = 0; j < count; j++) {
    const e = positions ? positions[j]! : j;
    for (let k = start[e]!, hi = start[e + 1]!; k < hi; k++) {
      const s = source[k]!;
      const d = deviation[k]!;
      shared[s]!++;
      if (d > 0) higher[s]!++;
      else if (d < 0) lower[s]!++;
      else same[s]!++;
      absSum[s]! += d;
      relSum[s]! += relative[k]!;
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

/** A figure an established dataset gives for one incident (e.g. UCDP GED's best estimate of its linked record). */
export interface DatasetFigure {
  /** The dataset as a source id, e.g. `ucdp-ged`. */
  sourceId: string;
  /** People killed. */
  figure: number;
  /**
   * Our source ids of the sources the dataset coded this figure from (UCDP's `sources`, where the dictionary knows
   * them). When one of them is already among the incident's sources the figure repeats that source: it is not an
   * independent confirmation and is not counted as one more source.
   */
  origins?: readonly string[];
}

/** True when the dataset's figure was coded from a source the incident already quotes (see DatasetFigure.origins). */
export function repeatsOwnSource(incident: Pick<Incident, 'source_ids'>, figure: DatasetFigure): boolean {
  return (figure.origins ?? []).some((o) => incident.source_ids.includes(o));
}

/** How many of the incidents have a dataset figure that repeats one of their own sources (left out of agreement). */
export function countRepeating(
  incidents: readonly Incident[],
  datasetFigures: ReadonlyMap<string, DatasetFigure>,
): number {
  let n = 0;
  for (const e of incidents) {
    const f = datasetFigures.get(e.id);
    if (f && repeatsOwnSource(e, f)) n++;
  }
  return n;
}

/**
 * Source agreement with an established dataset counted as one more source: per incident, the dataset's figure joins
 * the sources' standing figures before the median is taken, so the chart shows where the reports and the dataset
 * agree and where they part. Incidents need two figures in all (one source plus the dataset is enough).
 * Independence: a figure the dataset coded from one of the incident's own sources (UCDP from SOHR beside SOHR) does
 * not join; and claims are counted per source, so two reports quoting one origin are one voice, not two.
 */
export function sourceAgreementWith(
  incidents: readonly Incident[],
  claimsById: ReadonlyMap<string, Claim>,
  datasetFigures: ReadonlyMap<string, DatasetFigure>,
): AgreementRow[] {
  const totals = new Map<
    string,
    { n: number; higher: number; lower: number; same: number; rel: number; abs: number }
  >();
  for (const e of incidents) {
    const bySource = new Map<string, number>();
    for (const id of e.current_claim_ids) {
      const c = claimsById.get(id);
      if (!c || c.killed === null) continue;
      bySource.set(c.source_id, Math.max(bySource.get(c.source_id) ?? 0, pointFigure(c.killed)));
    }
    const extra = datasetFigures.get(e.id);
    if (extra && !repeatsOwnSource(e, extra)) bySource.set(extra.sourceId, extra.figure);
    if (bySource.size < 2) continue;
    const sorted = [...bySource.values()].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    const m = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    for (const [sourceId, f] of bySource) {
      const t = totals.get(sourceId) ?? { n: 0, higher: 0, lower: 0, same: 0, rel: 0, abs: 0 };
      t.n++;
      if (f > m) t.higher++;
      else if (f < m) t.lower++;
      else t.same++;
      t.abs += f - m;
      t.rel += m === 0 ? 0 : (f - m) / m;
      totals.set(sourceId, t);
    }
  }
  return [...totals]
    .map(([sourceId, t]) => ({
      sourceId,
      incidents: t.n,
      higher: t.higher,
      lower: t.lower,
      same: t.same,
      meanRelativeDeviation: t.rel / t.n,
      meanDeviation: t.abs / t.n,
    }))
    .sort((x, y) => y.incidents - x.incidents || x.sourceId.localeCompare(y.sourceId));
}
