import type { Claim, Count, Incident, Place, Report, Tally } from './schema';
import type { ClaimStatus } from './vocabulary';
import { pointFigure, supersededIds } from './derive';
import { addKilled, dayNumber, emptySum, type KilledSum } from './aggregate';

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
): AgreementRow[] {
  const rows = new Map<string, AgreementRow & { relSum: number; absSum: number }>();
  const perSource = new Map<string, number>();
  for (const e of incidents) {
    if (e.source_count < 2) continue;
    perSource.clear();
    for (const id of e.current_claim_ids) {
      const c = claimsById.get(id);
      if (!c || c.killed === null) continue;
      perSource.set(c.source_id, Math.max(perSource.get(c.source_id) ?? 0, pointFigure(c.killed)));
    }
    if (perSource.size < 2) continue;
    const m = median([...perSource.values()].sort((a, b) => a - b));
    for (const [sourceId, figure] of perSource) {
      let row = rows.get(sourceId);
      if (!row) {
        row = {
          sourceId,
          incidents: 0,
          higher: 0,
          lower: 0,
          same: 0,
          meanRelativeDeviation: 0,
          meanDeviation: 0,
          relSum: 0,
          absSum: 0,
        };
        rows.set(sourceId, row);
      }
      row.incidents++;
      if (figure > m) row.higher++;
      else if (figure < m) row.lower++;
      else row.same++;
      row.absSum += figure - m;
      row.relSum += m === 0 ? 0 : (figure - m) / m;
    }
  }
  return [...rows.values()]
    .map(({ relSum, absSum, ...row }) => ({
      ...row,
      meanRelativeDeviation: relSum / row.incidents,
      meanDeviation: absSum / row.incidents,
    }))
    .sort((a, b) => b.incidents - a.incidents || a.sourceId.localeCompare(b.sourceId));
}

/** A tally beside what the dataset's incidents in its area and period add up to. */
export interface TallyComparison {
  tallyId: string;
  sourceIds: string[];
  /** The tally's own killed range, or null when it counts no dead. */
  tallyKilled: { min: number; max: number | null } | null;
  /** Incidents inside the tally's area whose whole date span lies in the tally's period. */
  incidentIds: string[];
  incidentsKilled: KilledSum;
  /** False when the tally has no date or no place: there is no period or area to compare against. */
  comparable: boolean;
}

/** Area ids a tally covers: its place, or for a region its member places. */
function areaIds(place: Place | undefined, placeId: string): string[] {
  return place?.members && place.members.length > 0 ? [placeId, ...place.members] : [placeId];
}

/**
 * Sums incidents inside each tally's area (the incident's place lineage reaches the tally's place or one of a
 * region's members) and period (the incident's span lies within the tally's). Incidents are indexed once by every
 * ancestor of their place, so the cost is one lineage walk per incident plus the matches per tally.
 */
export function talliesAgainstIncidents(
  tallies: readonly Tally[],
  incidents: readonly Incident[],
  placesById: ReadonlyMap<string, Place>,
): TallyComparison[] {
  const byAncestor = new Map<string, Incident[]>();
  for (const e of incidents) {
    if (e.date === null) continue;
    const seen = new Set<string>();
    for (let id = e.place_id; id !== null && !seen.has(id); id = placesById.get(id)?.parent ?? null) {
      seen.add(id);
      const list = byAncestor.get(id);
      if (list) list.push(e);
      else byAncestor.set(id, [e]);
    }
  }
  return tallies.map((t) => {
    const base = { tallyId: t.id, sourceIds: t.source_ids, tallyKilled: t.killed };
    if (t.date === null || t.place_id === null) {
      return { ...base, incidentIds: [], incidentsKilled: emptySum(), comparable: false };
    }
    const from = dayNumber(t.date.from);
    const to = dayNumber(t.date.to);
    const matched = new Map<string, Incident>();
    for (const area of areaIds(placesById.get(t.place_id), t.place_id)) {
      for (const e of byAncestor.get(area) ?? []) {
        if (e.date !== null && dayNumber(e.date.from) >= from && dayNumber(e.date.to) <= to) matched.set(e.id, e);
      }
    }
    const sum = emptySum();
    for (const e of matched.values()) addKilled(sum, e.killed);
    return { ...base, incidentIds: [...matched.keys()], incidentsKilled: sum, comparable: true };
  });
}
