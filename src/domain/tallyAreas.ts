import type { Place } from './schema';
import { placeLineage } from './dataset';
import { haloMetres } from './mapMarks';

/**
 * The area a tally speaks of, as what the map can outline: governorate P-codes (from `gov-SYxx` ids), or circles
 * around located places that are not governorates. A region outlines its members; a place without coordinates
 * outlines its nearest governorate (never a made-up shape).
 */
export interface TallyArea {
  governoratePcodes: string[];
  circles: Array<{ lat: number; lon: number; radiusM: number; placeId: string }>;
}

const GOV_ID = /^gov-(SY\d\d)$/;

export function tallyArea(placeId: string | null, placesById: ReadonlyMap<string, Place>): TallyArea {
  const area: TallyArea = { governoratePcodes: [], circles: [] };
  const add = (id: string, depth: number): void => {
    const place = placesById.get(id);
    if (!place || depth > 4) return;
    if (place.members && place.members.length > 0) {
      for (const m of place.members) add(m, depth + 1);
      return;
    }
    const gov = GOV_ID.exec(place.id);
    if (gov?.[1]) {
      if (!area.governoratePcodes.includes(gov[1])) area.governoratePcodes.push(gov[1]);
      return;
    }
    if (place.coordinates !== null) {
      area.circles.push({ ...place.coordinates, radiusM: haloMetres(place.kind), placeId: place.id });
      return;
    }
    // No shape and no point: outline the governorate it lies in.
    const governorate = placeLineage(place.id, placesById).find((p) => GOV_ID.test(p.id));
    if (governorate) add(governorate.id, depth + 1);
  };
  if (placeId !== null) add(placeId, 0);
  return area;
}
