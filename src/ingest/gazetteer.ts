/**
 * Converts data/geo/gazetteer.json records to the dataset's Place schema with parent links: a neighbourhood
 * points to its city, a city, town or village to its governorate (`gov-…`). Analyst places
 * (data/places/places.json) override gazetteer records with the same id and add places the gazetteer lacks.
 */
import { z } from 'zod';
import type { Place } from '../domain/schema';
import { Governorate } from '../domain/schema';

export const GazetteerRecord = z.object({
  id: z.string(),
  name_en: z.string(),
  names_ar: z.array(z.string()),
  kind: z.enum(['governorate', 'city', 'town', 'village', 'neighborhood']),
  governorate: Governorate,
  lat: z.number(),
  lon: z.number(),
  source: z.string(),
  source_id: z.string().nullable(),
});
export type GazetteerRecord = z.infer<typeof GazetteerRecord>;

/** Gazetteer records as places, each linked to its parent; then the analyst's places over them. */
export function placesFromGazetteer(records: readonly GazetteerRecord[], extras: readonly Place[]): Place[] {
  const govId = new Map<string, string>();
  const cityOf = new Map<string, string>();
  for (const r of records) {
    if (r.kind === 'governorate') govId.set(r.governorate, r.id);
    if (r.kind === 'city' && !cityOf.has(r.governorate)) cityOf.set(r.governorate, r.id);
  }
  const out = new Map<string, Place>();
  for (const r of records) {
    const parent =
      r.kind === 'governorate'
        ? null
        : r.kind === 'neighborhood'
          ? (cityOf.get(r.governorate) ?? govId.get(r.governorate) ?? null)
          : (govId.get(r.governorate) ?? null);
    out.set(r.id, {
      id: r.id,
      name_en: r.name_en,
      names_ar: r.names_ar,
      kind: r.kind,
      governorate: r.governorate,
      coordinates: { lat: r.lat, lon: r.lon },
      parent,
      coordinates_source: `${r.source} ${r.source_id ?? r.id} (see data/geo/SOURCES.md)`,
    });
  }
  for (const p of extras) out.set(p.id, p);
  return [...out.values()];
}

/** The places a dataset must carry: those used, their ancestors and region members, plus the analyst's places. */
export function placesToShip(used: Iterable<string>, all: readonly Place[], extras: readonly Place[]): Place[] {
  const byId = new Map(all.map((p) => [p.id, p]));
  const keep = new Set<string>(extras.map((p) => p.id));
  const visit = (id: string | null) => {
    for (let guard = 0; id !== null && guard < 10; guard++) {
      const p = byId.get(id);
      if (!p) return;
      keep.add(id);
      for (const m of p.members ?? []) keep.add(m);
      id = p.parent;
    }
  };
  for (const id of used) visit(id);
  for (const id of [...keep]) visit(id);
  return [...keep]
    .map((id) => byId.get(id))
    .filter((p): p is Place => p !== undefined)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
