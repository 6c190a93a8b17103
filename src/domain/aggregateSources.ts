import type { Count, Incident, Report, Tally } from './schema';
import type { ClaimSummary } from './claimDetails';
import type { ClaimStatus } from './vocabulary';
import { pointFigure, supersededIds } from './derive';
import { positionsOf, sourceFigures } from './aggregateColumns';
import { AgreementTally, figurePerSource, type AgreementRow } from './agreement';

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
  claimsById: ReadonlyMap<string, ClaimSummary>,
  reportsById: ReadonlyMap<string, Report>,
): { rows: ComparisonRow[]; revisions: Revision[] } {
  const claims = event.claim_ids.map((id) => claimsById.get(id)).filter((c): c is ClaimSummary => c !== undefined);
  const superseded = supersededIds(claims);
  const bySource = new Map<string, ClaimSummary[]>();
  for (const c of claims) bySource.set(c.source_id, [...(bySource.get(c.source_id) ?? []), c]);
  const published = (c: ClaimSummary) => reportsById.get(c.report_id)?.published ?? null;
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

export type { AgreementRow } from './agreement';

/**
 * For incidents with two or more sources giving a killed figure (each source's figure as `pointFigure`, the highest
 * of its standing claims, as in `discrepancy`): each source's deviation from the incident's median figure.
 * Sources sorted by how many incidents they share, then id.
 */
export function sourceAgreement(
  incidents: readonly Incident[],
  claimsById: ReadonlyMap<string, ClaimSummary>,
  dataset?: readonly Incident[],
): AgreementRow[] {
  const positions = dataset === undefined || dataset === incidents ? null : positionsOf(dataset, incidents);
  const { start, source, deviation, relative, sourceIds } = sourceFigures(positions ? dataset! : incidents, claimsById);
  // The deviations themselves are computed once per dataset (columns); here they are only added up.
  const tally = new AgreementTally(sourceIds);
  const count = positions ? positions.length : incidents.length;
  for (let j = 0; j < count; j++) {
    const e = positions ? positions[j]! : j;
    for (let k = start[e]!, hi = start[e + 1]!; k < hi; k++) tally.add(source[k]!, deviation[k]!, relative[k]!);
  }
  return tally.rows();
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
  claimsById: ReadonlyMap<string, ClaimSummary>,
  datasetFigures: ReadonlyMap<string, DatasetFigure>,
): AgreementRow[] {
  const tally = new AgreementTally();
  for (const e of incidents) {
    const figures = figurePerSource(e.current_claim_ids.map((id) => claimsById.get(id)));
    const extra = datasetFigures.get(e.id);
    if (extra && !repeatsOwnSource(e, extra)) figures.set(extra.sourceId, extra.figure);
    tally.addIncident(figures);
  }
  return tally.rows();
}
