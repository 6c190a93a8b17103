import type { CountRange, Incident, Place } from './schema';
import { PERPETRATORS, type Perpetrator, type PlaceKind } from './vocabulary';
import { locatePlace } from './dataset';

/**
 * The map's drawing rules, kept pure so they can be tested and reasoned about without a map:
 * how big a mark is, how uncertain its location is, and what a cluster of marks sums to.
 */

/** Pixels of radius per √person: a mark's area grows in proportion to the people killed. */
export const PX_PER_SQRT_KILLED = 2.2;
/** Smallest radius drawn (px), so a strike with few or unknown dead stays visible and clickable. */
export const MIN_MARK_RADIUS_PX = 4;
/** Largest radius drawn (px); beyond it (≈ 1,300 killed) areas stop growing, the label carries the number. */
export const MAX_MARK_RADIUS_PX = 80;

/** The figure a mark is sized by: the incident's highest figure, or its lowest where the top is open; null if none. */
export function markKilled(killed: CountRange | null): number | null {
  if (killed === null) return null;
  return killed.max ?? killed.min;
}

/**
 * Radius in pixels whose disc area is proportional to `killed` (r = k·√killed), clamped to
 * [MIN_MARK_RADIUS_PX, MAX_MARK_RADIUS_PX]. Unknown (null) draws at the minimum.
 */
export function markRadiusPx(killed: number | null): number {
  if (killed === null || killed <= 0) return MIN_MARK_RADIUS_PX;
  return Math.min(MAX_MARK_RADIUS_PX, Math.max(MIN_MARK_RADIUS_PX, PX_PER_SQRT_KILLED * Math.sqrt(killed)));
}

/**
 * How far (metres) the real strike site may lie from the drawn point, by the kind of place it was drawn at.
 * 0 means the point is the site as precisely as the sources say (a neighbourhood or landmark): drawn solid.
 * The rest are typical radii of such places in Syria: a town's built-up area, a city's (Raqqa's OCHA neighbourhoods
 * reach ≈ 4 km from its centre, Idlib's ≈ 3 km; Aleppo, the largest, ≈ 9 km),
 * a district, a governorate (the median governorate's equal-area radius is ≈ 70 km).
 */
export const HALO_METRES: Record<PlaceKind, number> = {
  landmark: 0,
  neighborhood: 0,
  village: 1_500,
  town: 3_000,
  city: 5_000,
  district: 20_000,
  governorate: 60_000,
  region: 150_000,
};

export function haloMetres(kind: PlaceKind): number {
  return HALO_METRES[kind];
}

/** Ground metres per screen pixel in Web Mercator at a latitude and zoom (256-px tiles). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / 2 ** (zoom + 8);
}

/** One incident as the map draws it. */
export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  /** Figure the mark is sized by (people), or null when no source counts the dead. */
  killed: number | null;
  perpetrator: Perpetrator;
  /** The place the point is drawn at (the incident's own place or its nearest located ancestor). */
  locatedAt: string;
  /** True when the point was drawn at an ancestor because the incident's own place has no coordinates. */
  borrowed: boolean;
  /** Uncertainty radius in metres; 0 = solid point. */
  haloM: number;
}

/** Incidents placed on the map, and the ids of those that could not be (no located place in their lineage). */
export interface Located {
  points: MapPoint[];
  unlocated: string[];
}

/** Places each incident at its nearest located place; never invents a location. Order follows the input. */
export function locateIncidents(incidents: readonly Incident[], placesById: ReadonlyMap<string, Place>): Located {
  const points: MapPoint[] = [];
  const unlocated: string[] = [];
  // Many incidents share a place: resolve each place id once.
  const cache = new Map<string | null, Place | null>();
  for (const incident of incidents) {
    let at = cache.get(incident.place_id);
    if (at === undefined) {
      at = locatePlace(incident.place_id, placesById);
      cache.set(incident.place_id, at);
    }
    if (at === null || at.coordinates === null) {
      unlocated.push(incident.id);
      continue;
    }
    points.push({
      id: incident.id,
      lat: at.coordinates.lat,
      lon: at.coordinates.lon,
      killed: markKilled(incident.killed),
      perpetrator: incident.perpetrator,
      locatedAt: at.id,
      borrowed: at.id !== incident.place_id,
      haloM: haloMetres(at.kind),
    });
  }
  return { points, unlocated };
}

/** What a cluster sums: how many incidents, how many killed (known figures only), how many by each perpetrator. */
export type ClusterSummary = {
  count: number;
  killed: number;
  /** Incidents per perpetrator, indexed as PERPETRATORS. */
  byPerpetrator: number[];
};

/** Incidents drawn at one spot (the same located place): one input to clustering however many incidents it holds. */
export interface Spot {
  /** The located place the incidents are drawn at. */
  placeId: string;
  lat: number;
  lon: number;
  /** Uncertainty radius (metres) every member shares; 0 = a sited point. */
  haloM: number;
  /** Indices into the incidents array, in input order. */
  members: number[];
  summary: ClusterSummary;
}

/** One incident of a spot as the map draws it. */
export function mapPoint(incident: Incident, spot: Spot): MapPoint {
  return {
    id: incident.id,
    lat: spot.lat,
    lon: spot.lon,
    killed: markKilled(incident.killed),
    perpetrator: incident.perpetrator,
    locatedAt: spot.placeId,
    borrowed: spot.placeId !== incident.place_id,
    haloM: spot.haloM,
  };
}

/** Perpetrator shares of a cluster as [perpetrator, fraction] from largest, dropping zeros. */
export function perpetratorShares(summary: ClusterSummary): Array<[Perpetrator, number]> {
  const total = summary.byPerpetrator.reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  return PERPETRATORS.map((p, i) => [p, (summary.byPerpetrator[i] ?? 0) / total] as [Perpetrator, number])
    .filter(([, f]) => f > 0)
    .sort((a, b) => b[1] - a[1]);
}

/** Cluster disc radius (px): grows with √count between 14 and 34 px; clusters are summaries, not casualty areas. */
export function clusterRadiusPx(count: number): number {
  return Math.min(34, 14 + 2.2 * Math.sqrt(Math.max(0, count - 1)));
}
