import { z } from 'zod';
import type { Place } from '../../src/domain/schema';
import { Governorate } from '../../src/domain/vocabulary';

/** One record of data/geo/gazetteer.json (see data/geo/SOURCES.md). */
export const GazetteerRecord = z.object({
  id: z.string(),
  name_en: z.string(),
  names_ar: z.array(z.string()),
  kind: z.enum(['governorate', 'city', 'town', 'village', 'neighborhood']),
  governorate: Governorate,
  lat: z.number(),
  lon: z.number(),
  source: z.string(),
  source_id: z.string().nullable().optional(),
});
export type GazetteerRecord = z.infer<typeof GazetteerRecord>;

/** The governorate record id for a governorate name, e.g. Raqqa → gov-SY11. */
export function governorateIds(records: readonly GazetteerRecord[]): Map<string, string> {
  return new Map(records.filter((r) => r.kind === 'governorate').map((r) => [r.governorate, r.id]));
}

/** A gazetteer record as a dataset Place; its parent is its governorate unless given. */
export function toPlace(r: GazetteerRecord, govIds: ReadonlyMap<string, string>, parent?: string | null): Place {
  return {
    id: r.id,
    name_en: r.name_en,
    names_ar: r.names_ar,
    kind: r.kind,
    governorate: r.governorate,
    coordinates: { lat: r.lat, lon: r.lon },
    parent: parent !== undefined ? parent : r.kind === 'governorate' ? null : (govIds.get(r.governorate) ?? null),
    coordinates_source: `${r.source} ${r.source_id ?? r.id} (see data/geo/SOURCES.md)`,
  };
}
