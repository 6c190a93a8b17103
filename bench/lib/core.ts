/**
 * The columnar "core" format measured by bench/format.bench.ts (issue 12.2): exactly what the map, filters,
 * timeline and charts read, one array per field, strings dictionary-coded. Not shipped (yet): the bench decides.
 *
 * Events are incidents then tallies. Missing numbers are −1; categorical fields are indices into `dict`.
 */
import type { Incident, Tally } from '../../src/domain/schema';
import type { ValidDataset } from '../../src/domain/validate';

const NUMERIC = [
  'kind',
  'dayFrom',
  'dayTo',
  'perpetrator',
  'weapon',
  'victims',
  'precision',
  'governorate',
  'place',
  'killedMin',
  'killedMax',
  'injuredMin',
  'injuredMax',
  'discrepancy',
  'flags',
  'claimCount',
] as const;
type NumericColumn = (typeof NUMERIC)[number];

const DICTS = ['perpetrator', 'weapon', 'victims', 'precision', 'governorate'] as const;

export interface CoreJson {
  format: 'rasd-core';
  version: 1;
  n: number;
  /** Event ids and content-derived uids (links), one per event. */
  id: string[];
  uid: string[];
  dict: Record<(typeof DICTS)[number], string[]>;
  columns: Record<NumericColumn, number[]>;
  /** Each event's sources, CSR style: sourceOf[sourceStart[i] .. sourceStart[i + 1]). */
  sourceStart: number[];
  sourceOf: number[];
  sources: { id: string[]; name_en: string[] };
  places: { id: string[]; name_en: string[]; name_ar: string[]; lat: number[]; lon: number[]; parent: number[] };
}

/** The core after parsing and checking: numbers in typed arrays, ready to be transferred. */
export interface CoreTyped {
  n: number;
  id: string[];
  uid: string[];
  dict: CoreJson['dict'];
  columns: Record<NumericColumn, Int32Array>;
  sourceStart: Int32Array;
  sourceOf: Int32Array;
  sources: CoreJson['sources'];
  places: {
    id: string[];
    name_en: string[];
    name_ar: string[];
    lat: Float64Array;
    lon: Float64Array;
    parent: Int32Array;
  };
}

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

export function toCore(d: ValidDataset): CoreJson {
  const events: Array<Incident | Tally> = [...d.incidents, ...d.tallies];
  const coder = () => {
    const values: string[] = [];
    const at = new Map<string, number>();
    return {
      values,
      code: (s: string | null) => {
        if (s === null) return -1;
        let i = at.get(s);
        if (i === undefined) at.set(s, (i = values.push(s) - 1));
        return i;
      },
    };
  };
  const coders = Object.fromEntries(DICTS.map((k) => [k, coder()])) as Record<
    (typeof DICTS)[number],
    ReturnType<typeof coder>
  >;
  const placeAt = new Map(d.places.map((p, i) => [p.id, i]));
  const sourceAt = new Map(d.sources.map((s, i) => [s.id, i]));
  const columns = Object.fromEntries(NUMERIC.map((k) => [k, [] as number[]])) as Record<NumericColumn, number[]>;
  const sourceStart: number[] = [0];
  const sourceOf: number[] = [];
  for (const e of events) {
    const c = columns;
    c.kind.push(e.kind === 'incident' ? 0 : 1);
    c.dayFrom.push(e.date ? day(e.date.from) : -1);
    c.dayTo.push(e.date ? day(e.date.to) : -1);
    c.perpetrator.push(coders.perpetrator.code(e.perpetrator));
    c.weapon.push(coders.weapon.code(e.weapon));
    c.victims.push(coders.victims.code(e.victims));
    c.precision.push(coders.precision.code(e.precision));
    c.governorate.push(coders.governorate.code(e.governorate));
    c.place.push(e.place_id ? (placeAt.get(e.place_id) ?? -1) : -1);
    c.killedMin.push(e.killed?.min ?? -1);
    c.killedMax.push(e.killed?.max ?? -1);
    c.injuredMin.push(e.injured?.min ?? -1);
    c.injuredMax.push(e.injured?.max ?? -1);
    c.discrepancy.push(e.discrepancy === null ? -1 : Math.round(e.discrepancy * 1000));
    c.flags.push((e.preliminary ? 2 : 0) | (e.revised ? 4 : 0));
    c.claimCount.push(e.claim_ids.length);
    for (const s of e.source_ids) sourceOf.push(sourceAt.get(s) ?? -1);
    sourceStart.push(sourceOf.length);
  }
  return {
    format: 'rasd-core',
    version: 1,
    n: events.length,
    id: events.map((e) => e.id),
    uid: events.map((e) => e.uid ?? e.id),
    dict: Object.fromEntries(DICTS.map((k) => [k, coders[k].values])) as CoreJson['dict'],
    columns,
    sourceStart,
    sourceOf,
    sources: { id: d.sources.map((s) => s.id), name_en: d.sources.map((s) => s.name_en) },
    places: {
      id: d.places.map((p) => p.id),
      name_en: d.places.map((p) => p.name_en),
      name_ar: d.places.map((p) => p.names_ar[0] ?? p.name_en),
      lat: d.places.map((p) => p.coordinates?.lat ?? NaN),
      lon: d.places.map((p) => p.coordinates?.lon ?? NaN),
      parent: d.places.map((p) => (p.parent ? (placeAt.get(p.parent) ?? -1) : -1)),
    },
  };
}

/** Copies a column into an Int32Array, checking length and range (min ≤ x < max, integers only). */
function ints(raw: unknown, length: number, min: number, max: number, name: string): Int32Array {
  if (!Array.isArray(raw) || raw.length !== length) throw new Error(`${name}: expected ${length} values`);
  const out = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    const x = raw[i] as number;
    if (!Number.isInteger(x) || x < min || x >= max) throw new Error(`${name}[${i}]: ${String(x)} out of range`);
    out[i] = x;
  }
  return out;
}

function strings(raw: unknown, length: number, name: string): string[] {
  if (!Array.isArray(raw) || raw.length !== length) throw new Error(`${name}: expected ${length} strings`);
  for (const s of raw) if (typeof s !== 'string' || s.length > 300) throw new Error(`${name}: not a short string`);
  return raw as string[];
}

/** What the browser would do with a core file: check every column (shape, codes in range) and type it. */
export function checkCore(raw: CoreJson): CoreTyped {
  if (raw.format !== 'rasd-core' || raw.version !== 1) throw new Error('not a core file');
  const n = raw.n;
  const places = raw.places.id.length;
  const sources = raw.sources.id.length;
  const dictLen = (k: (typeof DICTS)[number]) => strings(raw.dict[k], raw.dict[k].length, k).length;
  const ranges: Record<NumericColumn, [number, number]> = {
    kind: [0, 2],
    dayFrom: [-1, 200_000],
    dayTo: [-1, 200_000],
    perpetrator: [0, dictLen('perpetrator')],
    weapon: [0, dictLen('weapon')],
    victims: [0, dictLen('victims')],
    precision: [0, dictLen('precision')],
    governorate: [-1, dictLen('governorate')],
    place: [-1, places],
    killedMin: [-1, 2 ** 31 - 1],
    killedMax: [-1, 2 ** 31 - 1],
    injuredMin: [-1, 2 ** 31 - 1],
    injuredMax: [-1, 2 ** 31 - 1],
    discrepancy: [-1, 1001],
    flags: [0, 8],
    claimCount: [1, 2 ** 31 - 1],
  };
  const columns = Object.fromEntries(
    NUMERIC.map((k) => [k, ints(raw.columns[k], n, ranges[k][0], ranges[k][1], k)]),
  ) as Record<NumericColumn, Int32Array>;
  const sourceStart = ints(raw.sourceStart, n + 1, 0, 2 ** 31 - 1, 'sourceStart');
  const sourceOf = ints(raw.sourceOf, sourceStart[n] ?? 0, -1, sources, 'sourceOf');
  const floats = (xs: unknown, name: string) => {
    if (!Array.isArray(xs) || xs.length !== places) throw new Error(`${name}: expected ${places} values`);
    return Float64Array.from(xs as Array<number | null>, (x) => (x === null ? NaN : x));
  };
  return {
    n,
    id: strings(raw.id, n, 'id'),
    uid: strings(raw.uid, n, 'uid'),
    dict: raw.dict,
    columns,
    sourceStart,
    sourceOf,
    sources: raw.sources,
    places: {
      id: strings(raw.places.id, places, 'places.id'),
      name_en: strings(raw.places.name_en, places, 'places.name_en'),
      name_ar: strings(raw.places.name_ar, places, 'places.name_ar'),
      lat: floats(raw.places.lat, 'places.lat'),
      lon: floats(raw.places.lon, 'places.lon'),
      parent: ints(raw.places.parent, places, -1, places, 'places.parent'),
    },
  };
}

/** Every typed array's buffer, for a transfer (not a copy) to another thread. */
export function coreBuffers(core: CoreTyped): ArrayBuffer[] {
  return [
    ...Object.values(core.columns),
    core.sourceStart,
    core.sourceOf,
    core.places.lat,
    core.places.lon,
    core.places.parent,
  ].map((a) => a.buffer as ArrayBuffer);
}
