import type { Incident, LatLon, Place, Source } from './schema';
import type { ClaimSummary } from './claimDetails';
import type { PlaceKind, Precision } from './vocabulary';
import { PRECISIONS } from './vocabulary';
import { dayNumber } from './isoDay';
import { locatePlace } from './dataset';
import { describeFigures, dictionarySourceId, readFigures, type DatasetFigures } from './datasetFigures';

/**
 * Links the reports' incidents to records of an established dataset (UCDP GED, ACLED) that may describe the same
 * event: same days, near enough for both sides' precision, ranked by date gap, then distance, then how close the
 * counts are. Pure; the day index makes linking every incident against ~16k records take milliseconds.
 */

/** One imported record, ready to link: its claim, its figures, its days and where it is drawn. */
export interface DatasetEvent {
  claim: ClaimSummary;
  figures: DatasetFigures;
  /** First and last day of the record's span, as days since 1970-01-01 (UTC). */
  fromDay: number;
  toDay: number;
  /** Where the record's place is drawn (its nearest located place), or null when it has none. */
  point: LatLon | null;
}

/** How far an incident's place may lie from the event, by the precision it is known to (km, radius). */
export const INCIDENT_RADIUS_KM: Readonly<Record<Precision, number>> = {
  neighborhood: 5,
  city: 15,
  district: 40,
  governorate: 120,
  region: 250,
};

export interface LinkOptions {
  /** Most candidates per incident (default 5). */
  limit?: number;
  /** Undated incidents link by place alone only when the user asks (default false: they get no candidates). */
  includeUndated?: boolean;
  /** Radius per incident precision (km); defaults to INCIDENT_RADIUS_KM. */
  radiusKm?: Readonly<Record<Precision, number>>;
}

/** A candidate record for one incident and why it ranks where it does. */
export interface LinkCandidate {
  event: DatasetEvent;
  /** Days between the incident's span and the record's (0 when they overlap; 0 for undated incidents). */
  dateGapDays: number;
  /**
   * How far the record's date may lie from the incident's: the farthest day of the record's span from the incident's
   * span (days). 0 when the record lies within the incident's days; a month-long record scores far even when it
   * overlaps, so a record of the same day ranks first.
   */
  dateDistanceDays: number;
  /** Great-circle distance between the two drawn points (km). */
  distanceKm: number;
  /** The search radius used: the looser of the incident's and the record's precision (km). */
  windowKm: number;
  /** |ln((a+1)/(b+1))| between the incident's killed figure and the record's; 0 when the incident has no count. */
  countDistance: number;
}

export { dayNumber }; // from isoDay.ts

/** The imported claims of a dataset as linkable records; claims with no date or no readable figures are left out. */
export function datasetEvents(claims: readonly ClaimSummary[], placesById: ReadonlyMap<string, Place>): DatasetEvent[] {
  const out: DatasetEvent[] = [];
  for (const claim of claims) {
    const figures = readFigures(claim);
    if (figures === null || claim.date === null) continue;
    const place = locatePlace(claim.place_id, placesById);
    out.push({
      claim,
      figures,
      fromDay: dayNumber(claim.date.from),
      toDay: dayNumber(claim.date.to),
      point: place?.coordinates ?? null,
    });
  }
  return out;
}

/** Records by each day they span, so a lookup costs the days asked for, not the whole dataset. */
export interface DayIndex {
  byDay: ReadonlyMap<number, readonly DatasetEvent[]>;
  all: readonly DatasetEvent[];
}

export function indexByDay(events: readonly DatasetEvent[]): DayIndex {
  const byDay = new Map<number, DatasetEvent[]>();
  for (const e of events) {
    for (let d = e.fromDay; d <= e.toDay; d++) {
      const list = byDay.get(d);
      if (list) list.push(e);
      else byDay.set(d, [e]);
    }
  }
  return { byDay, all: events };
}

/** Great-circle distance (km) on a sphere of the Earth's mean radius. */
export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The precision a place's own point stands for: a city's point locates only to the city. */
const KIND_PRECISION: Readonly<Record<PlaceKind, Precision>> = {
  neighborhood: 'neighborhood',
  landmark: 'neighborhood',
  village: 'city',
  town: 'city',
  city: 'city',
  district: 'district',
  governorate: 'governorate',
  region: 'region',
};

const coarser = (a: Precision, b: Precision): Precision => (PRECISIONS.indexOf(a) >= PRECISIONS.indexOf(b) ? a : b);

/**
 * Where an incident can be drawn and how precisely: a neighbourhood with no point of its own, drawn at its city,
 * is only as precise as the city. Null when no place in its lineage has coordinates.
 */
export function incidentLocation(
  incident: Pick<Incident, 'place_id' | 'precision'>,
  placesById: ReadonlyMap<string, Place>,
): { point: LatLon; precision: Precision } | null {
  const place = locatePlace(incident.place_id, placesById);
  if (place?.coordinates == null) return null;
  return { point: place.coordinates, precision: coarser(incident.precision, KIND_PRECISION[place.kind]) };
}

/** Extra days around the incident's span: ±1 for one day, up to ±7 for long periods. */
const dateSlack = (spanDays: number): number => (spanDays <= 1 ? 1 : Math.min(7, Math.ceil(spanDays / 4)));

/** The figure to compare with: civilians for an incident of civilians when the record breaks them out. */
function recordFigure(incident: Pick<Incident, 'victims'>, f: DatasetFigures): number {
  return incident.victims === 'civilians' && f.civilians !== null ? f.civilians : f.figure;
}

/**
 * Ranked candidates for one incident, among records whose span comes within the slack of the incident's days and
 * whose point lies within the window. Keys, in order: date distance (days; see LinkCandidate); distance in bands of
 * a fifth of the incident's radius, so records coded to the same town tie on distance and the counts decide; count
 * distance; the record's id (for a stable order).
 */
export function linkIncident(
  incident: Pick<Incident, 'id' | 'date' | 'place_id' | 'precision' | 'killed' | 'victims'>,
  placesById: ReadonlyMap<string, Place>,
  index: DayIndex,
  options: LinkOptions = {},
): LinkCandidate[] {
  const location = incidentLocation(incident, placesById);
  if (location === null) return [];
  if (incident.date === null && options.includeUndated !== true) return [];
  const radius = (options.radiusKm ?? INCIDENT_RADIUS_KM)[location.precision];
  const from = incident.date === null ? null : dayNumber(incident.date.from);
  const to = incident.date === null ? null : dayNumber(incident.date.to);

  // A one-day record sits on one day of the index, so only records spanning several days can come up twice.
  const pool: DatasetEvent[] = [];
  const multiDay = new Set<DatasetEvent>();
  if (from === null || to === null) pool.push(...index.all);
  else {
    const slack = dateSlack(to - from + 1);
    for (let d = from - slack; d <= to + slack; d++) {
      for (const e of index.byDay.get(d) ?? []) {
        if (e.fromDay === e.toDay) pool.push(e);
        else if (!multiDay.has(e)) {
          multiDay.add(e);
          pool.push(e);
        }
      }
    }
  }

  const killed = incident.killed === null ? null : (incident.killed.max ?? incident.killed.min);
  const candidates: LinkCandidate[] = [];
  for (const event of pool) {
    if (event.point === null || event.figures.uncertaintyKm === null) continue;
    const windowKm = Math.max(radius, event.figures.uncertaintyKm);
    // A degree of latitude is ≥ 110 km everywhere: a cheap test rules out most records before the trigonometry.
    if (Math.abs(event.point.lat - location.point.lat) * 110 > windowKm) continue;
    const km = distanceKm(location.point, event.point);
    if (km > windowKm) continue;
    const gap = from === null || to === null ? 0 : Math.max(0, event.fromDay - to, from - event.toDay);
    const spread = from === null || to === null ? 0 : Math.max(0, from - event.fromDay, event.toDay - to);
    const countDistance =
      killed === null ? 0 : Math.abs(Math.log((recordFigure(incident, event.figures) + 1) / (killed + 1)));
    candidates.push({ event, dateGapDays: gap, dateDistanceDays: spread, distanceKm: km, windowKm, countDistance });
  }
  const band = Math.max(1, radius / 5);
  candidates.sort(
    (a, b) =>
      a.dateDistanceDays - b.dateDistanceDays ||
      Math.floor(a.distanceKm / band) - Math.floor(b.distanceKm / band) ||
      a.countDistance - b.countDistance ||
      (a.event.claim.id < b.event.claim.id ? -1 : a.event.claim.id > b.event.claim.id ? 1 : 0),
  );
  return candidates.slice(0, options.limit ?? 5);
}

/** Ranked candidates for every incident, by incident id (incidents with none are absent). */
export function linkIncidents(
  incidents: readonly Incident[],
  placesById: ReadonlyMap<string, Place>,
  index: DayIndex,
  options: LinkOptions = {},
): Map<string, LinkCandidate[]> {
  const out = new Map<string, LinkCandidate[]>();
  for (const incident of incidents) {
    const found = linkIncident(incident, placesById, index, options);
    if (found.length > 0) out.set(incident.id, found);
  }
  return out;
}

/** A candidate in one line of English ("UCDP GED: best 27 (24–52), sources SOHR; Airwars"), labelled by its source. */
export function describeCandidate(candidate: LinkCandidate): string {
  return describeFigures(candidate.event.claim.source, candidate.event.figures);
}

/** Our source ids for the sources a record was coded from, where the dictionary knows them (in the record's order). */
export function recordOrigins(figures: Pick<DatasetFigures, 'sources'>, sources: readonly Source[]): string[] {
  const out: string[] = [];
  for (const name of figures.sources) {
    const id = dictionarySourceId(name, sources);
    if (id !== null && !out.includes(id)) out.push(id);
  }
  return out;
}

/**
 * The incident's own sources a record was coded from: UCDP GED coded from SOHR repeats SOHR's figure, so beside a
 * SOHR claim it is not an independent confirmation. Empty when the record is independent of the incident's sources.
 */
export function sharedOrigins(
  incident: Pick<Incident, 'source_ids'>,
  figures: Pick<DatasetFigures, 'sources'>,
  sources: readonly Source[],
): string[] {
  return recordOrigins(figures, sources).filter((id) => incident.source_ids.includes(id));
}

/** Below this distance (km) two drawn points are the same point: both sides coded the place, not the strike site. */
export const SAME_POINT_KM = 0.05;
