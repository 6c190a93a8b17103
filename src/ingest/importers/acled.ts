/**
 * ACLED export CSV → Rasd claims: one claim per event, marked `dataset: 'acled'`. Columns are read by name, so the
 * export's extra or reordered columns do not matter.
 * - event_id_cnty → id `acled-<id>`; fatalities → `killed` exact (ACLED gives one number); notes → `quote`.
 * - event_date (`2017-08-20` or `20 August 2017`) and time_precision → date span: 1 the day; 2 the week around it
 *   (ACLED records the middle of a reported week: ±3 days); 3 the calendar month.
 * - geo_precision → place precision and linking radius: 1 the town (exact point), 2 a nearby area (≈ 25 km → district),
 *   3 only the region (→ governorate, drawn at our governorate); admin1 → governorate; location → place name.
 * - event_type, civilian_targeting → victims (civilians for violence against civilians, else unknown); actor1 →
 *   perpetrator except in battles (two sides fighting name no perpetrator); sub_event_type (+ notes) → weapon;
 *   source → notes `sources:`.
 */
import type { Claim, Report, Source } from '../../domain/schema';
import { IsoDate } from '../../domain/schema';
import { claimCounts } from '../../domain/claimCounts';
import { addDays, daysInMonth, isoFromParts } from '../../domain/isoDay';
import type { Perpetrator, PlaceKind, Precision, Victims, Weapon } from '../../domain/vocabulary';
import { typedFigures, type DatasetFigures } from '../../domain/datasetFigures';
import type { CsvRecord } from './csv';
import {
  coordinates,
  governorateOf,
  perpetratorOf,
  PlaceBook,
  RowError,
  wholeNumber,
  type ImportResources,
  type ImportResult,
} from './shared';
import { importRows } from './rows';
import { weaponOfHeadline } from './ucdp';

// prettier-ignore
export const ACLED_REQUIRED = [
  'event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'admin1',
  'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities',
] as const;

export const ACLED_DATASET = 'acled';
export const ACLED_SOURCE: Source = { id: 'acled', name_en: 'ACLED', names_ar: [], kind: 'monitoring_group' };

const GEO_PRECISION: Record<string, { precision: Precision; uncertaintyKm: number; kind: PlaceKind }> = {
  '1': { precision: 'city', uncertaintyKm: 0, kind: 'town' },
  '2': { precision: 'district', uncertaintyKm: 25, kind: 'district' },
  '3': { precision: 'governorate', uncertaintyKm: 120, kind: 'governorate' },
};

// prettier-ignore
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** ACLED's event_date: ISO `2017-08-20` (API) or `20 August 2017` / `20-August-2017` (export tool). */
export function acledDate(raw: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (iso) return isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const words = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(raw);
  if (!words) return null;
  const month = MONTHS.findIndex((m) => m.startsWith((words[2] ?? '').toLowerCase()) && (words[2] ?? '').length >= 3);
  return month < 0 ? null : isoFromParts(Number(words[3]), month + 1, Number(words[1]));
}

function dateSpan(f: Record<string, string>): { from: IsoDate; to: IsoDate; basis: string } {
  const raw = (f.event_date ?? '').trim();
  if (raw === '') throw new RowError('date-missing', 'event_date is empty');
  const day = acledDate(raw);
  if (day === null) throw new RowError('date-invalid', `event_date "${raw}" is not a calendar day`);
  const tp = (f.time_precision ?? '').trim();
  const [from, to, basis] =
    tp === '1'
      ? [day, day, 'ACLED time_precision 1: the day']
      : tp === '2'
        ? [addDays(day, -3), addDays(day, 3), 'ACLED time_precision 2: the week around the recorded day']
        : tp === '3'
          ? [`${day.slice(0, 8)}01`, lastOfMonth(day), 'ACLED time_precision 3: the month']
          : [null, null, ''];
  if (from === null || to === null) throw new RowError('time_precision-invalid', `time_precision "${tp}" is not 1–3`);
  // A week around 0000-01-01 or 9999-12-31 leaves the calendar the contract allows: the row fails, the rest import.
  const span = { from: IsoDate.safeParse(from), to: IsoDate.safeParse(to) };
  if (!span.from.success || !span.to.success)
    throw new RowError(
      'date-invalid',
      `event_date "${raw}" with time_precision ${tp} reaches outside the years 0000–9999`,
    );
  return { from: span.from.data, to: span.to.data, basis };
}

/** The last day of the month `iso` is in. */
function lastOfMonth(iso: string): string {
  const [y, m] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
  return `${iso.slice(0, 8)}${daysInMonth(y, m)}`;
}

function weaponOf(subEvent: string, notes: string): Weapon {
  const said = weaponOfHeadline(notes);
  switch (subEvent.trim().toLowerCase()) {
    case 'air/drone strike':
      return said === 'drone' ? 'drone' : 'airstrike';
    case 'shelling/artillery/missile attack':
      return said === 'rocket' || said === 'mortar' ? said : 'artillery';
    case 'remote explosive/landmine/ied':
    case 'suicide bomb':
      return said === 'landmine' || said === 'vbied' ? said : 'unknown';
    default:
      return 'unknown';
  }
}

function claimOf(record: CsvRecord, places: PlaceBook, reportId: string): Claim {
  const f = record.fields;
  const id = (f.event_id_cnty ?? '').trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9._:-]{0,150}$/.test(id))
    throw new RowError('id-invalid', `event_id_cnty "${id}" is not an id`);
  const date = dateSpan(f);
  const fatalities = wholeNumber(f, 'fatalities');
  const { lat, lon } = coordinates(f);
  const gp = (f.geo_precision ?? '').trim();
  const geo = GEO_PRECISION[gp];
  if (geo === undefined) throw new RowError('geo_precision-invalid', `geo_precision "${gp}" is not 1–3`);
  const quote = (f.notes ?? '').normalize('NFC').trim();
  if (quote === '') throw new RowError('notes-missing', 'notes is empty: the claim would have no provenance text');

  const admin1 = (f.admin1 ?? '').trim();
  const governorate = governorateOf(admin1);
  if (governorate === null) throw new RowError('admin1-unknown', `admin1 "${admin1}" is not a Syrian governorate`);
  const location = (f.location ?? '').trim();
  const ours = gp === '3' ? places.governorateId(governorate) : null;
  const placeId = ours ?? places.placeFor(lat, lon, location, geo.kind, governorate);

  const eventType = (f.event_type ?? '').trim();
  const civilian =
    eventType === 'Violence against civilians' || (f.civilian_targeting ?? '').trim() === 'Civilian targeting';
  const victims: Victims = civilian ? 'civilians' : 'unknown';
  const perpetrator: Perpetrator = eventType === 'Battles' ? 'unknown' : perpetratorOf((f.actor1 ?? '').trim());
  const sources = [
    ...new Set(
      (f.source ?? '')
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
  const read: DatasetFigures = {
    figure: fatalities,
    measure: 'fatalities',
    low: fatalities,
    high: fatalities,
    civilians: civilian ? fatalities : null,
    uncertaintyKm: geo.uncertaintyKm,
    sources,
  };
  // The figures are typed (schema v2); notes keep what a reader wants beside them.
  const notes = [
    `type: ${eventType} / ${(f.sub_event_type ?? '').trim()}`,
    `actors: ${(f.actor1 ?? '').trim()} – ${(f.actor2 ?? '').trim()}`,
    `time_precision: ${(f.time_precision ?? '').trim()}`,
    `geo_precision: ${gp}`,
  ].join(' | ');
  return {
    id: `acled-${id}`,
    kind: 'incident',
    event: `acled-${id}`,
    quote,
    source: ACLED_SOURCE.name_en,
    source_ar: null,
    date,
    time_of_day: null,
    place: {
      governorate,
      city: gp === '1' ? location : null,
      neighborhood: null,
      text_ar: null,
      precision: geo.precision,
    },
    perpetrator,
    weapon: weaponOf(f.sub_event_type ?? '', quote),
    victims,
    ...claimCounts({ killed: { min: fatalities, max: fatalities, qualifier: 'exact' } }),
    status: 'reported',
    supersedes: null,
    notes,
    figures: typedFigures(read),
    report_id: reportId,
    source_id: ACLED_SOURCE.id,
    place_id: placeId,
    quote_start: 0,
    quote_end: quote.length,
    dataset: ACLED_DATASET,
  };
}

export interface AcledOptions {
  /** A label for the export (e.g. its download date), recorded on the report record. */
  version: string;
  file: string;
}

/** Imports an ACLED export CSV: rows that fail are reported with their line and reason; the rest import. */
export function importAcled(text: string, resources: ImportResources, opts: AcledOptions): ImportResult {
  const report: Report = {
    id: `acled-${opts.version.replace(/[^A-Za-z0-9._:-]/g, '-')}`,
    file: opts.file,
    outlet: 'ACLED',
    outlet_ar: null,
    published: null,
    published_basis: 'unknown',
    url: 'https://acleddata.com/',
    title: opts.version === 'export' ? 'ACLED export' : `ACLED export ${opts.version}`,
  };
  const places = new PlaceBook('acled-loc', resources, `ACLED ${opts.version} latitude/longitude`);
  return importRows(text, resources, {
    dataset: ACLED_DATASET,
    report,
    source: ACLED_SOURCE,
    required: ACLED_REQUIRED,
    what: 'an ACLED export',
    idColumn: 'event_id_cnty',
    places,
    claimOf: (record) => claimOf(record, places, report.id),
  });
}
