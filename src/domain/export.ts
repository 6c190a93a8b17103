import { locatePlace } from './dataset';
import type { FilterState, Selection } from './filter';
import type { Claim, Count, Dataset, Incident, Place, Report, Source, Tally } from './schema';
import type { ClaimSummary } from './claimDetails';

/**
 * What a user takes away: the filtered selection as rows for CSV, as GeoJSON, and as a dataset subset that is valid
 * against the published schema. Pure: the caller turns rows into a file (`lib/csv.ts`). Cells hold data, not
 * display: ISO dates, Latin digits, English vocabulary keys, empty for unknown.
 */
export interface ExportInput {
  claimsById: ReadonlyMap<string, ClaimSummary>;
  placesById: ReadonlyMap<string, Place>;
  sourcesById: ReadonlyMap<string, Source>;
  reportsById: ReadonlyMap<string, Report>;
}

/**
 * The input of the exports that carry what claims say (quotes, notes: the claims table and the dataset subset): the
 * whole claims of the selection, which a published core reads from its detail chunks first (`exportClaimIds`).
 */
export interface ClaimsExportInput extends Omit<ExportInput, 'claimsById'> {
  claimsById: ReadonlyMap<string, Claim>;
}

/** Every claim id of the selected events, in event order: the claims a claims table or dataset subset holds. */
export const exportClaimIds = (selection: Selection): string[] => events(selection).flatMap((e) => e.claim_ids);

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;
export interface Column {
  key: string;
  header: string;
}
export interface Table {
  columns: Column[];
  rows: Row[];
}

const columns = (keys: readonly string[]): Column[] => keys.map((key) => ({ key, header: key }));
const events = (s: Selection): Array<Incident | Tally> => [...s.incidents, ...s.tallies];

const countCells = (prefix: string, c: Count | null): Row => ({
  [`${prefix}_min`]: c?.min ?? null,
  [`${prefix}_max`]: c?.max ?? null,
  [`${prefix}_qualifier`]: c?.qualifier ?? null,
});

const CLAIM_KEYS = [
  'claim_id',
  'event_id',
  'kind',
  'current',
  'date_from',
  'date_to',
  'governorate',
  'city',
  'neighborhood',
  'place_text_ar',
  'place_id',
  'precision',
  'perpetrator',
  'weapon',
  'victims',
  'killed_min',
  'killed_max',
  'killed_qualifier',
  'injured_min',
  'injured_max',
  'injured_qualifier',
  'children_killed_min',
  'children_killed_max',
  'children_killed_qualifier',
  'women_killed_min',
  'women_killed_max',
  'women_killed_qualifier',
  'status',
  'supersedes',
  'source',
  'source_ar',
  'source_id',
  'quote',
  'report_id',
  'outlet',
  'published',
  'quote_start',
  'quote_end',
  'notes',
] as const;

/** One row per claim of the selected events (superseded claims too, marked `current: false`), in event order. */
export function claimsTable(selection: Selection, input: ClaimsExportInput): Table {
  const rows: Row[] = [];
  for (const e of events(selection)) {
    const current = new Set(e.current_claim_ids);
    for (const id of e.claim_ids) {
      const c = input.claimsById.get(id);
      if (!c) continue;
      const report = input.reportsById.get(c.report_id);
      rows.push({
        claim_id: c.id,
        event_id: e.id,
        kind: e.kind,
        current: current.has(c.id),
        date_from: c.date?.from ?? null,
        date_to: c.date?.to ?? null,
        governorate: c.place.governorate,
        city: c.place.city,
        neighborhood: c.place.neighborhood,
        place_text_ar: c.place.text_ar,
        place_id: c.place_id,
        precision: c.place.precision,
        perpetrator: c.perpetrator,
        weapon: c.weapon,
        victims: c.victims,
        ...countCells('killed', c.killed),
        ...countCells('injured', c.injured),
        ...countCells('children_killed', c.children_killed),
        ...countCells('women_killed', c.women_killed),
        status: c.status,
        supersedes: c.supersedes,
        source: c.source,
        source_ar: c.source_ar,
        source_id: c.source_id,
        quote: c.quote,
        report_id: c.report_id,
        outlet: report?.outlet ?? null,
        published: report?.published ?? null,
        quote_start: c.quote_start,
        quote_end: c.quote_end,
        notes: c.notes,
      });
    }
  }
  return { columns: columns(CLAIM_KEYS), rows };
}

/** Incident columns and their HXL hashtags (https://hxlstandard.org); untagged columns get an empty tag. */
const INCIDENT_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['event_id', '#event+id'],
  ['kind', ''],
  ['date_from', '#date'],
  ['date_to', '#date+end'],
  ['governorate', '#adm1+name'],
  ['place', '#loc+name'],
  ['place_ar', '#loc+name+i_ar'],
  ['place_id', '#loc+code'],
  ['precision', ''],
  ['lat', '#geo+lat'],
  ['lon', '#geo+lon'],
  ['located_at', ''],
  ['perpetrator', ''],
  ['weapon', ''],
  ['victims', ''],
  ['killed_min', '#affected+killed+min'],
  ['killed_max', '#affected+killed+max'],
  ['injured_min', '#affected+injured+min'],
  ['injured_max', '#affected+injured+max'],
  ['sources', '#meta+source'],
  ['source_ar', '#meta+source+i_ar'],
  ['source_count', ''],
  ['discrepancy', ''],
  ['preliminary', ''],
  ['revised', ''],
  ['claim_ids', ''],
];

/**
 * One row per selected incident, then per selected tally (`kind` tells them apart: tallies overlap incidents, so
 * never add the two up). `lat`/`lon` are where the event can honestly be drawn: its place, or the nearest enclosing
 * place with coordinates (`located_at`). With `hxl`, the first row holds HXL hashtags.
 */
export function incidentsTable(selection: Selection, input: ExportInput, opts: { hxl?: boolean } = {}): Table {
  const rows: Row[] = [];
  if (opts.hxl) rows.push(Object.fromEntries(INCIDENT_COLUMNS.map(([key, tag]) => [key, tag])));
  for (const e of events(selection)) {
    const place = e.place_id === null ? undefined : input.placesById.get(e.place_id);
    const located = locatePlace(e.place_id, input.placesById);
    rows.push({
      event_id: e.id,
      kind: e.kind,
      date_from: e.date?.from ?? null,
      date_to: e.date?.to ?? null,
      governorate: e.governorate,
      place: place?.name_en ?? null,
      place_ar: place?.names_ar[0] ?? null,
      place_id: e.place_id,
      precision: e.precision,
      lat: located?.coordinates?.lat ?? null,
      lon: located?.coordinates?.lon ?? null,
      located_at: located?.id ?? null,
      perpetrator: e.perpetrator,
      weapon: e.weapon,
      victims: e.victims,
      killed_min: e.killed?.min ?? null,
      killed_max: e.killed?.max ?? null,
      injured_min: e.injured?.min ?? null,
      injured_max: e.injured?.max ?? null,
      sources: e.source_ids.map((id) => input.sourcesById.get(id)?.name_en ?? id).join('; '),
      source_ar: e.source_ids
        .map((id) => {
          const s = input.sourcesById.get(id);
          return s?.names_ar[0] ?? s?.name_en ?? id;
        })
        .join('؛ '),
      source_count: e.source_count,
      discrepancy: e.discrepancy,
      preliminary: e.preliminary,
      revised: e.revised,
      claim_ids: e.claim_ids.join(' '),
    });
  }
  return { columns: INCIDENT_COLUMNS.map(([key]) => ({ key, header: key })), rows };
}

/**
 * A file name's stem that carries the filter: "rasd-incidents_2017-08-01_2017-09-30", "rasd-claims_from-2017-08-01",
 * "rasd-incidents_all-dates"; "_filtered" when any filter beyond dates is on (the dictionary gives the whole filter).
 */
export function exportFileStem(name: string, f: FilterState): string {
  const dates =
    f.from !== null && f.to !== null
      ? `${f.from}_${f.to}`
      : f.from !== null
        ? `from-${f.from}`
        : f.to !== null
          ? `to-${f.to}`
          : 'all-dates';
  const more =
    f.places.length + f.perpetrators.length + f.weapons.length + f.victims.length + f.sources.length > 0 ||
    f.kinds.length + f.statuses.length > 0 ||
    f.minKilled !== null ||
    f.disagree ||
    f.query.trim() !== '';
  return `rasd-${name}_${dates}${more ? '_filtered' : ''}`;
}

export interface GeoJsonFeature {
  type: 'Feature';
  id: string;
  /** GeoJSON order: [longitude, latitude]; null when no enclosing place has coordinates (RFC 7946 §3.2). */
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Row;
}
export interface GeoJsonCollection {
  type: 'FeatureCollection';
  features: GeoJsonFeature[];
}

/** The selected incidents (not tallies, which cover areas) as GeoJSON points, with the incident CSV's fields. */
export function incidentsGeoJson(selection: Selection, input: ExportInput): GeoJsonCollection {
  const table = incidentsTable({ incidents: selection.incidents, tallies: [] }, input);
  return {
    type: 'FeatureCollection',
    features: table.rows.map((row) => {
      const { lat, lon } = row;
      return {
        type: 'Feature',
        id: String(row.event_id),
        geometry:
          typeof lat === 'number' && typeof lon === 'number' ? { type: 'Point', coordinates: [lon, lat] } : null,
        properties: row,
      };
    }),
  };
}

/**
 * The selection as a Rasd dataset: the selected events, all their claims, and the reports, sources and places
 * (with every ancestor and region member) those claims point at. Validated, so it loads back into Rasd; the schema
 * (zod) loads with the first export, not with the page.
 */
export async function datasetSubset(
  selection: Selection,
  input: ClaimsExportInput,
  meta: { generatedAt: string; title?: string },
): Promise<Dataset> {
  const { Dataset: DatasetSchema } = await import('./schema');
  const claims = events(selection)
    .flatMap((e) => e.claim_ids.map((id) => input.claimsById.get(id)))
    .filter((c): c is Claim => c !== undefined);
  const placeIds = new Set<string>();
  const addPlace = (id: string | null) => {
    if (id === null || placeIds.has(id)) return;
    const place = input.placesById.get(id);
    if (!place) return;
    placeIds.add(id);
    addPlace(place.parent);
    place.members?.forEach(addPlace);
  };
  claims.forEach((c) => addPlace(c.place_id));
  events(selection).forEach((e) => addPlace(e.place_id));
  const pick = <T>(ids: Iterable<string>, byId: ReadonlyMap<string, T>) =>
    [...new Set(ids)].map((id) => byId.get(id)).filter((x): x is T => x !== undefined);
  return DatasetSchema.parse({
    format: 'rasd-dataset',
    version: 2,
    generated_at: meta.generatedAt,
    ...(meta.title === undefined ? {} : { title: meta.title }),
    reports: pick(
      claims.map((c) => c.report_id),
      input.reportsById,
    ),
    sources: pick(
      claims.map((c) => c.source_id),
      input.sourcesById,
    ),
    places: pick(placeIds, input.placesById),
    claims,
    incidents: selection.incidents,
    tallies: selection.tallies,
  });
}
