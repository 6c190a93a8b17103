import type { Claim, DatasetFiguresField, Source } from './schema.ts';

/**
 * What an imported dataset record (UCDP GED, ACLED) says beyond the claim fields: its best estimate, its civilian
 * share, how far its coded point may lie from the event, and the sources it was coded from.
 *
 * Schema v2 carries them typed, in the claim's `figures` (written by the importers). Schema v1 files carried them in
 * `notes` as `key: value` segments joined by ` | ` (readable by a person); `readFigures` still parses those, and
 * `migrateV1` moves them into `figures`. The keys:
 *   - `best` (UCDP) or `fatalities` (ACLED): the dataset's own figure (people)
 *   - `range`: `low–high` (people), when the dataset gives one
 *   - `civilians`: civilians among the dead (people), when the dataset breaks the figure down
 *   - `location`: `exact`, `within N km of …`, or `not placeable …` (country-level codes)
 *   - `sources`: the sources the dataset coded from, `; `-separated, as the dataset names them
 * Other segments (`sides`, `date`, `deaths` …) are for the reader.
 */
export interface DatasetFigures {
  /** The dataset's headline figure: UCDP `best`, ACLED `fatalities` (people). */
  figure: number;
  /** Which of the two words the dataset uses for it. */
  measure: 'best' | 'fatalities';
  /** Lowest and highest estimate (people); both equal `figure` when the dataset gives one number. */
  low: number;
  high: number;
  /** Civilians among the dead (people), or null when the dataset does not break the figure down. */
  civilians: number | null;
  /** How far the coded point may lie from the event (km); 0 for an exact point; null when not placeable at all. */
  uncertaintyKm: number | null;
  /** Sources the dataset coded from, deduplicated, in its order. */
  sources: string[];
}

const SEPARATOR = ' | ';

/** Writes the figures as the leading `notes` segments, followed by free `extra` segments. */
export function formatFiguresNote(f: DatasetFigures, extra: readonly string[] = []): string {
  const clean = (s: string) => s.replaceAll('|', '/').replace(/\s+/g, ' ').trim();
  const segments = [`${f.measure}: ${f.figure}`];
  if (f.low !== f.figure || f.high !== f.figure) segments.push(`range: ${f.low}–${f.high}`);
  if (f.civilians !== null) segments.push(`civilians: ${f.civilians}`);
  segments.push(
    `location: ${f.uncertaintyKm === null ? 'not placeable' : f.uncertaintyKm === 0 ? 'exact' : `within ${f.uncertaintyKm} km`}`,
  );
  if (f.sources.length > 0) segments.push(`sources: ${clean(f.sources.join('; '))}`);
  return [...segments, ...extra.map(clean)].join(SEPARATOR);
}

const int = (s: string | undefined): number | null => (s !== undefined && /^\d+$/.test(s) ? Number(s) : null);

/** The typed `figures` field (schema v2) for figures read from a dataset. */
export function typedFigures(f: DatasetFigures): DatasetFiguresField {
  return {
    measure: f.measure,
    best: f.figure,
    low: f.low,
    high: f.high,
    civilians: f.civilians,
    uncertainty_km: f.uncertaintyKm,
    sources: f.sources,
  };
}

/**
 * An imported claim's figures: its typed `figures` (schema v2), else those its notes spell out (v1); null when the
 * claim was not imported from a dataset.
 */
export function readFigures(
  claim: Pick<Claim, 'dataset'> & { notes?: string; figures?: Claim['figures'] },
): DatasetFigures | null {
  if (claim.dataset === undefined) return null;
  const t = claim.figures;
  if (t !== undefined) {
    return {
      figure: t.best,
      measure: t.measure,
      low: t.low,
      high: t.high,
      civilians: t.civilians,
      uncertaintyKm: t.uncertainty_km,
      sources: t.sources,
    };
  }
  // A summary has no notes: its figures were read into `figures` when the dataset was migrated (migrate.ts).
  return claim.notes === undefined ? null : parseFiguresNote(claim.notes);
}

/** The figures a v1 notes text spells out (`formatFiguresNote`'s segments), or null when it gives no figure. */
export function parseFiguresNote(notes: string): DatasetFigures | null {
  const fields = new Map<string, string>();
  for (const segment of notes.split(SEPARATOR)) {
    const m = /^([a-z_]+): (.*)$/.exec(segment);
    if (m?.[1] !== undefined && m[2] !== undefined && !fields.has(m[1])) fields.set(m[1], m[2]);
  }
  const measure = fields.has('best') ? 'best' : 'fatalities';
  const figure = int(fields.get(measure));
  if (figure === null) return null;
  const range = /^(\d+)–(\d+)$/.exec(fields.get('range') ?? '');
  const location = fields.get('location') ?? 'not placeable';
  const within = /^within (\d+(?:\.\d+)?) km/.exec(location);
  return {
    figure,
    measure,
    low: range ? Number(range[1]) : figure,
    high: range ? Number(range[2]) : figure,
    civilians: int(fields.get('civilians')),
    uncertaintyKm: location.startsWith('exact') ? 0 : within ? Number(within[1]) : null,
    sources: (fields.get('sources') ?? '').split('; ').filter((s) => s !== ''),
  };
}

/** Source names as datasets write them that differ from our dictionary's `name_en` (lower-cased). */
const SOURCE_ALIASES: Record<string, string> = {
  'syrian observatory for human rights': 'sohr',
  'air wars': 'airwars',
  vdc: 'violations-documentation-center',
  sn4hr: 'snhr',
  'syrian network for human rights': 'snhr',
  'syrian arab news agency': 'sana',
};

/** Our source id for a dataset's source name, when the dictionary knows it (by alias, `name_en` or id). */
export function dictionarySourceId(name: string, sources: readonly Source[]): string | null {
  const key = name.trim().toLowerCase();
  const alias = SOURCE_ALIASES[key];
  if (alias !== undefined && sources.some((s) => s.id === alias)) return alias;
  return sources.find((s) => s.name_en.toLowerCase() === key || s.id === key)?.id ?? null;
}

/**
 * One line for a linked record, in English, for exports, logs and tests: "UCDP GED: best 27 (24–52), sources SOHR;
 * Airwars". The app renders the same figures through i18next instead.
 */
export function describeFigures(label: string, f: DatasetFigures): string {
  const range = f.low === f.figure && f.high === f.figure ? '' : ` (${f.low}–${f.high})`;
  const sources = f.sources.length > 0 ? `, sources ${f.sources.join('; ')}` : '';
  return `${label}: ${f.measure} ${f.figure}${range}${sources}`;
}
