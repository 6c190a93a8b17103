import type { Claim, Dataset, Place, Report, Source } from './schema';
import { Dataset as DatasetSchema } from './schema';
import { deriveEvents } from './derive';

/** Builds the published dataset from its records, deriving incidents and tallies, and validates it whole. */
export function assembleDataset(parts: {
  reports: Report[];
  sources: Source[];
  places: Place[];
  claims: Claim[];
  title?: string;
  generatedAt: string;
}): Dataset {
  const { incidents, tallies } = deriveEvents(parts.claims);
  const usedSources = new Set(parts.claims.map((c) => c.source_id));
  return DatasetSchema.parse({
    format: 'rasd-dataset',
    version: 1,
    generated_at: parts.generatedAt,
    ...(parts.title === undefined ? {} : { title: parts.title }),
    reports: parts.reports,
    // Ship only what the claims use: the dictionary may be far larger than one dataset needs.
    sources: parts.sources.filter((s) => usedSources.has(s.id)),
    places: parts.places,
    claims: parts.claims,
    incidents,
    tallies,
  });
}

/** A place and its ancestors, nearest first; stops on cycles. */
export function placeLineage(placeId: string | null, placesById: ReadonlyMap<string, Place>): Place[] {
  const out: Place[] = [];
  const seen = new Set<string>();
  let id = placeId;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    const p = placesById.get(id);
    if (!p) break;
    out.push(p);
    id = p.parent;
  }
  return out;
}

/** The nearest place in the lineage that has coordinates: where an event can honestly be drawn. */
export function locatePlace(placeId: string | null, placesById: ReadonlyMap<string, Place>): Place | null {
  return placeLineage(placeId, placesById).find((p) => p.coordinates !== null) ?? null;
}

/** The first and last day any dated event covers, or null when none is dated. */
export function dateExtent(
  events: ReadonlyArray<{ date: { from: string; to: string } | null }>,
): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const e of events) {
    if (e.date === null) continue;
    if (from === null || e.date.from < from) from = e.date.from;
    if (to === null || e.date.to > to) to = e.date.to;
  }
  return from !== null && to !== null ? { from, to } : null;
}
