import { EMPTY_FILTERS, type FilterState } from '../domain/filter';
import { isId, isIsoDate } from '../domain/formats';
import { CLAIM_KINDS, PERPETRATORS, VICTIMS, WEAPONS } from '../domain/vocabulary';
import type { Digits, Language } from '../lib/preferences';
import type { MapView, OpenReport } from './viewState';

/**
 * The view as a URL: pure parse and serialise, so a copied link reopens the same view. Parsing never throws: a
 * junk, unknown or out-of-range parameter is dropped and reported as a notice the page shows; the rest still applies.
 *
 * Parameters: lang, digits (arab: Arabic-Indic; absent: the device's choice), from, to (ISO days), place, perp, weapon, victims, source, kind, status (comma lists), min
 * (least killed), disagree=1, q (search text), sel (selected event), report + claim (open report), lat, lon, zoom,
 * compare=ucdp (show UCDP GED beside the reports), undated=published (under a date filter, place undated events at
 * their reports' publication dates).
 */
export interface UrlView {
  language: Language;
  /** Absent when the URL does not name it: the device's choice applies. */
  digits?: Digits;
  filters: FilterState;
  selectedId: string | null;
  report: OpenReport | null;
  mapView: MapView | null;
  /** Compare with UCDP GED (loads the optional dataset). */
  compare: boolean;
}

/** Why a parameter was not applied. `not-in-data`: a well-formed id the loaded dataset does not have. */
export type NoticeReason = 'unknown' | 'invalid' | 'out-of-range' | 'not-in-data';

export interface UrlNotice {
  param: string;
  /** The offending value as given (shown as text, never as markup); cut to 60 characters. */
  value: string;
  reason: NoticeReason;
}

/** Longest search text a URL may carry (characters). */
export const MAX_QUERY = 200;
/** Highest "least killed" a URL may ask for (people). */
export const MAX_MIN_KILLED = 1_000_000;
/** Zoom levels a map view may have (Leaflet levels). */
export const ZOOM_RANGE = { min: 0, max: 20 } as const;

/**
 * Plain checks, not zod: the URL is parsed before the first paint, which must not wait for zod's schemas (issue 12).
 * The vocabularies and the id and date shapes are the contract's own (vocabulary.ts, formats.ts).
 */
const oneOf =
  <T extends string>(list: readonly T[]) =>
  (s: string): s is T =>
    (list as readonly string[]).includes(s);
/** A number in [min, max] (an integer when `integer`), else null. */
const inRange =
  (min: number, max: number, integer = false) =>
  (raw: string): number | null => {
    const n = Number(raw);
    return Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isInteger(n)) ? n : null;
  };
const isLang = oneOf(['ar', 'en'] as const);
const isDigits = oneOf(['latn', 'arab'] as const);
const MinKilled = inRange(0, MAX_MIN_KILLED, true);
const Lat = inRange(-90, 90);
const Lon = inRange(-180, 180);
const Zoom = inRange(ZOOM_RANGE.min, ZOOM_RANGE.max);
const NUMBER = /^-?\d+(\.\d+)?(e-?\d+)?$/i;

const LIST_PARAMS = {
  place: ['places', isId],
  perp: ['perpetrators', oneOf(PERPETRATORS)],
  weapon: ['weapons', oneOf(WEAPONS)],
  victims: ['victims', oneOf(VICTIMS)],
  source: ['sources', isId],
  kind: ['kinds', oneOf(CLAIM_KINDS)],
  status: ['statuses', oneOf(['preliminary', 'revised'] as const)],
} as const;
type ListParam = keyof typeof LIST_PARAMS;

const KNOWN = new Set<string>([
  'lang',
  'digits',
  'from',
  'to',
  ...Object.keys(LIST_PARAMS),
  'min',
  'disagree',
  'undated',
  'compare',
  'q',
  'sel',
  'report',
  'claim',
  'lat',
  'lon',
  'zoom',
]);

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** Reads a view from a query string. `fallbackLanguage` applies when the URL names none. */
export function parseView(
  search: string | URLSearchParams,
  fallbackLanguage: Language,
): { view: UrlView; notices: UrlNotice[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: UrlNotice[] = [];
  const note = (param: string, value: string, reason: NoticeReason) =>
    notices.push({ param, value: clip(value), reason });
  const single = (name: string): string | null => {
    const all = params.getAll(name);
    if (all.length > 1) all.slice(1).forEach((v) => note(name, v, 'invalid'));
    return all[0] ?? null;
  };
  const numberParam = (name: string, read: (raw: string) => number | null): number | null => {
    const raw = single(name);
    if (raw === null || raw === '') return null;
    if (!NUMBER.test(raw)) return (note(name, raw, 'invalid'), null);
    return read(raw) ?? (note(name, raw, 'out-of-range'), null);
  };

  for (const key of new Set(params.keys())) if (!KNOWN.has(key)) note(key, params.get(key) ?? '', 'unknown');

  const langRaw = single('lang');
  const lang = langRaw !== null && isLang(langRaw) ? langRaw : null;
  if (langRaw !== null && lang === null) note('lang', langRaw, 'invalid');
  const digitsRaw = single('digits');
  const digits = digitsRaw !== null && isDigits(digitsRaw) ? digitsRaw : null;
  if (digitsRaw !== null && digitsRaw !== '' && digits === null) note('digits', digitsRaw, 'invalid');

  const date = (name: 'from' | 'to'): string | null => {
    const raw = single(name);
    if (raw === null || raw === '') return null;
    return isIsoDate(raw) ? raw : (note(name, raw, 'invalid'), null);
  };
  const from = date('from');
  let to = date('to');
  if (from !== null && to !== null && to < from) {
    note('to', to, 'out-of-range');
    to = null;
  }

  const filters: FilterState = { ...EMPTY_FILTERS, from, to };
  for (const name of Object.keys(LIST_PARAMS) as ListParam[]) {
    const [field, accepts] = LIST_PARAMS[name];
    const values: string[] = [];
    for (const item of params.getAll(name).flatMap((v) => v.split(','))) {
      if (item === '') continue;
      if (!accepts(item)) note(name, item, 'invalid');
      else if (!values.includes(item)) values.push(item);
    }
    (filters as unknown as Record<string, string[]>)[field] = values;
  }
  filters.minKilled = numberParam('min', MinKilled);
  const disagree = single('disagree');
  if (disagree !== null && disagree !== '1' && disagree !== '') note('disagree', disagree, 'invalid');
  filters.disagree = disagree === '1';
  const undated = single('undated');
  if (undated !== null && undated !== 'published' && undated !== '') note('undated', undated, 'invalid');
  filters.undatedByPublication = undated === 'published';
  const q = single('q') ?? '';
  if (q.length > MAX_QUERY) note('q', q, 'out-of-range');
  filters.query = q.slice(0, MAX_QUERY);

  const idParam = (name: string): string | null => {
    const raw = single(name);
    if (raw === null || raw === '') return null;
    return isId(raw) ? raw : (note(name, raw, 'invalid'), null);
  };
  const selectedId = idParam('sel');
  const reportId = idParam('report');
  const claimId = idParam('claim');
  if (claimId !== null && reportId === null) note('claim', claimId, 'invalid');
  const report = reportId === null ? null : { reportId, claimId };

  const lat = numberParam('lat', Lat);
  const lon = numberParam('lon', Lon);
  const zoom = numberParam('zoom', Zoom);
  const given = ['lat', 'lon', 'zoom'].filter((k) => (params.get(k) ?? '') !== '');
  const mapView = lat !== null && lon !== null && zoom !== null ? { lat, lon, zoom } : null;
  if (mapView === null && given.length > 0 && given.length < 3) {
    given.forEach((k) => note(k, params.get(k) ?? '', 'invalid')); // a partial view cannot be placed
  }

  const compareRaw = single('compare');
  if (compareRaw !== null && compareRaw !== 'ucdp' && compareRaw !== '') note('compare', compareRaw, 'invalid');
  const compare = compareRaw === 'ucdp';

  return {
    view: {
      language: lang ?? fallbackLanguage,
      ...(digits !== null ? { digits } : {}),
      filters,
      selectedId,
      report,
      mapView,
      compare,
    },
    notices: dedupe(notices),
  };
}

function dedupe(notices: UrlNotice[]): UrlNotice[] {
  const seen = new Set<string>();
  return notices.filter((n) => {
    const key = `${n.param}\u0000${n.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Writes a view as URL parameters, leaving out what is empty; `lang` is always written so links keep it. */
export function serialiseView(view: UrlView): URLSearchParams {
  const p = new URLSearchParams();
  const f = view.filters;
  p.set('lang', view.language);
  if (view.digits !== undefined) p.set('digits', view.digits);
  if (f.from !== null) p.set('from', f.from);
  if (f.to !== null) p.set('to', f.to);
  for (const name of Object.keys(LIST_PARAMS) as ListParam[]) {
    const values = f[LIST_PARAMS[name][0]] as readonly string[];
    if (values.length > 0) p.set(name, values.join(','));
  }
  if (f.minKilled !== null) p.set('min', String(f.minKilled));
  if (f.disagree) p.set('disagree', '1');
  if (f.undatedByPublication) p.set('undated', 'published');
  if (f.query !== '') p.set('q', f.query);
  if (view.selectedId !== null) p.set('sel', view.selectedId);
  if (view.report !== null) {
    p.set('report', view.report.reportId);
    if (view.report.claimId !== null) p.set('claim', view.report.claimId);
  }
  if (view.compare) p.set('compare', 'ucdp');
  if (view.mapView !== null) {
    p.set('lat', String(view.mapView.lat));
    p.set('lon', String(view.mapView.lon));
    p.set('zoom', String(view.mapView.zoom));
  }
  return p;
}

/** What the loaded dataset holds, to check ids a URL names. */
export interface KnownIds {
  places: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  sources: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  events: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  reports: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  /**
   * The id of the event a link names, or null: a link carries the event's stable uid, older ones its slug (see
   * `resolveEventRef`). Without it, `sel` must be one of `events`.
   */
  resolveEvent?: (ref: string) => string | null;
}

/** Drops ids the dataset does not have (a link from another dataset version), with a notice for each. */
export function reconcileView(view: UrlView, known: KnownIds): { view: UrlView; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const keep = (param: string, ids: readonly string[], set: KnownIds['events']) =>
    ids.filter((id) => set.has(id) || (notices.push({ param, value: clip(id), reason: 'not-in-data' }), false));
  const filters = {
    ...view.filters,
    places: keep('place', view.filters.places, known.places),
    sources: keep('source', view.filters.sources, known.sources),
  };
  const resolved =
    view.selectedId !== null && known.resolveEvent
      ? (known.resolveEvent(view.selectedId) ?? view.selectedId)
      : view.selectedId;
  const [selectedId = null] = keep('sel', resolved === null ? [] : [resolved], known.events);
  const report = view.report && keep('report', [view.report.reportId], known.reports).length > 0 ? view.report : null;
  return { view: { ...view, filters, selectedId, report }, notices };
}

/** The parameters whose values differ between two query strings, sorted and comma-joined ("" when none). */
export function changedParams(a: string, b: string): string {
  const pa = new URLSearchParams(a);
  const pb = new URLSearchParams(b);
  const keys = new Set([...pa.keys(), ...pb.keys()]);
  return [...keys]
    .filter((k) => pa.getAll(k).join('\u0000') !== pb.getAll(k).join('\u0000'))
    .sort()
    .join(',');
}

/** True when only the map view changed (`changed` as from `changedParams`). */
export function isMapOnly(changed: string): boolean {
  return changed !== '' && changed.split(',').every((k) => k === 'lat' || k === 'lon' || k === 'zoom');
}
