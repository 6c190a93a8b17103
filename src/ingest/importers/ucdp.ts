/**
 * UCDP GED (codebook 19.1, 41 columns) → Rasd claims: one claim per event, marked `dataset: 'ucdp-ged'`.
 *
 * Column by column (see data/ucdp/README.md for the full table):
 * - id → claim and event id `ucdp-<id>`; low/best/high → `killed` {min, max} (exact when all equal, else approx;
 *   `best` in notes); deaths_a/_b/_civilians/_unknown → `victims` and notes (`civilians: N`).
 * - source_headline → `quote` (the provenance text, offsets 0…length of the headline itself); source_office →
 *   notes `sources:`; the claim's own source is the dataset, `UCDP GED` (it is UCDP's estimate, not SOHR's).
 * - where_prec → place precision (1 → city, or neighborhood for a suburb; 2 → city; 3 → district;
 *   4 → governorate; 5–7 → region) and the linking radius; where_coordinates, latitude, longitude, adm_1 → a place
 *   per coordinate parented to its governorate. Governorate-level rows (4) point at our governorate; country-level
 *   rows (6) and airspace (7) get no place: their coordinates are a centroid, not a location.
 * - date_start/date_end → date span; date_prec → its basis. type_of_violence, side_a, side_b → perpetrator (only for
 *   one-sided violence, where side A is the perpetrator: UCDP codes a dyad, not who caused each death) and notes.
 * - source_headline → weapon, by a small dictionary, only when it names one weapon.
 * - Kept only in data/ucdp/ (not mapped): year, active_year, conflict_new_id, conflict_name, dyad_new_id, dyad_name,
 *   side_a_new_id, side_b_new_id, gwnob, number_of_sources, source_article, source_date, source_original, adm_2,
 *   geom_wkt, priogrid_gid, country, country_id, region.
 */
import type { Claim, ClaimPlace, Report, Source } from '../../domain/schema';
import { IsoDate } from '../../domain/schema';
import { claimCounts } from '../../domain/claimCounts';
import type { Perpetrator, PlaceKind, Precision, Victims, Weapon } from '../../domain/vocabulary';
import { typedFigures, type DatasetFigures } from '../../domain/datasetFigures';
import type { CsvRecord } from './csv';
import {
  coordinates,
  countFrom,
  governorateOf,
  perpetratorOf,
  PlaceBook,
  RowError,
  wholeNumber,
  type ImportResources,
  type ImportResult,
} from './shared';
import { importRows } from './rows';

// prettier-ignore
export const UCDP_COLUMNS = [
  'id', 'year', 'active_year', 'type_of_violence', 'conflict_new_id', 'conflict_name', 'dyad_new_id', 'dyad_name',
  'side_a_new_id', 'side_a', 'side_b_new_id', 'gwnob', 'side_b', 'number_of_sources', 'source_article',
  'source_office', 'source_date', 'source_headline', 'source_original', 'where_prec', 'where_coordinates', 'adm_1',
  'adm_2', 'latitude', 'longitude', 'geom_wkt', 'priogrid_gid', 'country', 'country_id', 'region', 'event_clarity',
  'date_prec', 'date_start', 'date_end', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown', 'low', 'best',
  'high',
] as const;

export const UCDP_DATASET = 'ucdp-ged';

export const UCDP_SOURCE: Source = { id: 'ucdp-ged', name_en: 'UCDP GED', names_ar: [], kind: 'monitoring_group' };

/** where_prec → how a claim locates the event, and how far the coded point may lie from it (km; null: nowhere). */
const WHERE_PREC: Record<string, { precision: Precision; uncertaintyKm: number | null; kind: PlaceKind }> = {
  '1': { precision: 'city', uncertaintyKm: 0, kind: 'landmark' },
  '2': { precision: 'city', uncertaintyKm: 25, kind: 'landmark' },
  '3': { precision: 'district', uncertaintyKm: 40, kind: 'district' },
  '4': { precision: 'governorate', uncertaintyKm: 120, kind: 'governorate' },
  '5': { precision: 'region', uncertaintyKm: 150, kind: 'region' },
  '6': { precision: 'region', uncertaintyKm: null, kind: 'region' },
  '7': { precision: 'region', uncertaintyKm: null, kind: 'region' },
};

const DATE_PREC: Record<string, string> = {
  '1': 'UCDP date_prec 1: exact day',
  '2': 'UCDP date_prec 2: within 2–6 days',
  '3': 'UCDP date_prec 3: only the week is known',
  '4': 'UCDP date_prec 4: 8–30 days, or only the month',
  '5': 'UCDP date_prec 5: more than a month, less than a year',
};

const VIOLENCE: Record<string, string> = { '1': 'state-based', '2': 'non-state', '3': 'one-sided' };

/** The last word of where_coordinates ("Ar Raqqah town") names the kind of place UCDP geocoded. */
const NAME_KINDS: Record<string, PlaceKind> = {
  town: 'town',
  village: 'village',
  city: 'city',
  suburb: 'neighborhood',
  neighbourhood: 'neighborhood',
  neighborhood: 'neighborhood',
  quarter: 'neighborhood',
  district: 'district',
};

/** Weapons a headline names in words; a headline naming two kinds (or none) stays `unknown`. */
const WEAPON_WORDS: readonly [RegExp, Weapon][] = [
  [
    /\bair[- ]?(strikes?|raids?)\b|\bwarplanes?\b|\bhelicopters?\b|\bbarrel bombs?\b|\baircraft\b|\bjets\b/i,
    'airstrike',
  ],
  [/\bdrones?\b|\bUAVs?\b/i, 'drone'],
  [/\bshell(s|ing|ed)?\b|\bartillery\b/i, 'artillery'],
  [/\brockets?\b|\bmissiles?\b/i, 'rocket'],
  [/\bmortars?\b/i, 'mortar'],
  [/\bcar bombs?\b|\bbooby[- ]trapped (car|vehicle)s?\b|\bvbied\b/i, 'vbied'],
  [/\b(land ?)?mines?\b(?! (workers?|field))/i, 'landmine'],
];

export function weaponOfHeadline(headline: string): Weapon {
  const found = new Set(WEAPON_WORDS.filter(([re]) => re.test(headline)).map(([, w]) => w));
  if (found.size === 2 && found.has('airstrike') && found.has('drone')) return 'drone';
  return found.size === 1 ? ([...found][0] as Weapon) : 'unknown';
}

function victimsOf(a: number, b: number, civilians: number, unknown: number): Victims {
  if (civilians > 0 && a + b + unknown === 0) return 'civilians';
  if (civilians === 0 && a + b > 0 && unknown === 0) return 'combatants';
  if (civilians > 0 && a + b > 0) return 'mixed';
  return 'unknown';
}

const day = (fields: Record<string, string>, column: string): IsoDate => {
  const raw = (fields[column] ?? '').trim();
  if (raw === '') throw new RowError('date-missing', `${column} is empty`);
  const parsed = IsoDate.safeParse(raw);
  if (!parsed.success) throw new RowError('date-invalid', `${column} "${raw}" is not a calendar day YYYY-MM-DD`);
  return parsed.data;
};

function claimOf(
  record: CsvRecord,
  places: PlaceBook,
  reportId: string,
  warn: (rule: string, why: string) => void,
): Claim {
  const f = record.fields;
  const id = (f.id ?? '').trim();
  if (!/^\d+$/.test(id)) throw new RowError('id-invalid', `id "${id}" is not a number`);
  const quote = (f.source_headline ?? '').normalize('NFC').trim();
  if (quote === '')
    throw new RowError('headline-missing', 'source_headline is empty: the claim would have no provenance text');
  const from = day(f, 'date_start');
  const to = day(f, 'date_end');
  if (to < from) throw new RowError('date-order', `date_end ${to} is before date_start ${from}`);
  const datePrec = (f.date_prec ?? '').trim();
  const basis = DATE_PREC[datePrec];
  if (basis === undefined) throw new RowError('date_prec-invalid', `date_prec "${datePrec}" is not 1–5`);
  const wherePrec = (f.where_prec ?? '').trim();
  const where = WHERE_PREC[wherePrec];
  if (where === undefined) throw new RowError('where_prec-invalid', `where_prec "${wherePrec}" is not 1–7`);
  const { lat, lon } = coordinates(f);
  const [low, best, high] = [wholeNumber(f, 'low'), wholeNumber(f, 'best'), wholeNumber(f, 'high')];
  const [a, b, civilians, unknown] = ['deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown'].map((c) =>
    wholeNumber(f, c),
  ) as [number, number, number, number];
  if (!(low <= best && best <= high))
    warn(
      'estimates-out-of-order',
      `low ${low}, best ${best}, high ${high} are out of order; the range spans all three`,
    );

  const adm1 = (f.adm_1 ?? '').trim();
  const governorate = adm1 === '' ? null : governorateOf(adm1);
  if (adm1 !== '' && governorate === null) warn('adm_1-unknown', `adm_1 "${adm1}" is not a Syrian governorate`);
  const name = (f.where_coordinates ?? '').trim();
  const suffix = name.split(' ').at(-1)?.toLowerCase() ?? '';
  const kind = wherePrec === '1' || wherePrec === '2' ? (NAME_KINDS[suffix] ?? where.kind) : where.kind;
  const bare = NAME_KINDS[suffix] === undefined ? name : name.slice(0, -suffix.length).trim();
  const precision: Precision = wherePrec === '1' && kind === 'neighborhood' ? 'neighborhood' : where.precision;
  const ours = wherePrec === '4' && governorate !== null ? places.governorateId(governorate) : null;
  const placeId = where.uncertaintyKm === null ? null : (ours ?? places.placeFor(lat, lon, name, kind, governorate));
  const place: ClaimPlace = {
    governorate,
    city: kind === 'town' || kind === 'village' || kind === 'city' ? bare : null,
    neighborhood: kind === 'neighborhood' ? bare : null,
    text_ar: null,
    precision,
  };

  const type = (f.type_of_violence ?? '').trim();
  const sideA = (f.side_a ?? '').trim();
  const sideB = (f.side_b ?? '').trim();
  // Only one-sided violence names who killed: side A. A dyad (types 1, 2) says who fought, not who caused each death.
  const perpetrator: Perpetrator = type === '3' ? perpetratorOf(sideA) : 'unknown';
  const offices = [
    ...new Set(
      (f.source_office ?? '')
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
  const read: DatasetFigures = {
    figure: best,
    measure: 'best',
    low: Math.min(low, best, high),
    high: Math.max(low, best, high),
    civilians,
    uncertaintyKm: where.uncertaintyKm,
    sources: offices,
  };
  // The figures are typed (schema v2); notes keep what a reader wants beside them.
  const notes = [
    `sides: ${sideA} – ${sideB} (type ${type}, ${VIOLENCE[type] ?? 'unknown type'})`,
    `deaths: A ${a}, B ${b}, unknown ${unknown}`,
    `where_prec: ${wherePrec}`,
    `clarity: ${(f.event_clarity ?? '').trim()}`,
  ].join(' | ');
  return {
    id: `ucdp-${id}`,
    kind: 'incident',
    event: `ucdp-${id}`,
    quote,
    source: UCDP_SOURCE.name_en,
    source_ar: null,
    date: { from, to, basis },
    time_of_day: null,
    place,
    perpetrator,
    weapon: weaponOfHeadline(quote),
    victims: victimsOf(a, b, civilians, unknown),
    ...claimCounts({ killed: countFrom(low, best, high) }),
    status: 'reported',
    supersedes: null,
    notes,
    figures: typedFigures(read),
    report_id: reportId,
    source_id: UCDP_SOURCE.id,
    place_id: placeId,
    quote_start: 0,
    quote_end: quote.length,
    dataset: UCDP_DATASET,
  };
}

/** Options naming the release read (it is not in the file). */
export interface UcdpOptions {
  /** GED version, e.g. `19.1`. */
  version: string;
  /** The file name, recorded on the dataset's report record. */
  file: string;
}

/** Imports a UCDP GED CSV: rows that fail are reported with their line and reason; the rest import. */
export function importUcdp(text: string, resources: ImportResources, opts: UcdpOptions): ImportResult {
  const report: Report = {
    id: `ucdp-ged-${opts.version}`,
    file: opts.file,
    outlet: `UCDP GED ${opts.version}`,
    outlet_ar: null,
    published: null,
    published_basis: 'unknown',
    url: 'https://ucdp.uu.se/downloads/',
    title: `UCDP Georeferenced Event Dataset (GED) ${opts.version}`,
  };
  const places = new PlaceBook('ucdp-loc', resources, `UCDP GED ${opts.version} latitude/longitude`);
  return importRows(text, resources, {
    dataset: UCDP_DATASET,
    report,
    source: UCDP_SOURCE,
    required: UCDP_COLUMNS,
    what: 'a UCDP GED file',
    idColumn: 'id',
    places,
    claimOf: (record, warn) => claimOf(record, places, report.id, warn),
  });
}
