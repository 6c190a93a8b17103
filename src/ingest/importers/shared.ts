/**
 * What the dataset importers share: their result and message shapes, and the small dictionaries that turn another
 * dataset's words (governorate spellings, actor names) into Rasd's vocabulary.
 */
import type { Claim, Count, Dataset, IngestMessage, Place, Report, Source } from '../../domain/schema';
import { IngestMessage as IngestMessageSchema } from '../../domain/schema';
import { assembleDataset } from '../../domain/assemble';
import { shortHash } from '../../domain/ids';
import type { Governorate, Perpetrator, PlaceKind } from '../../domain/vocabulary';

/** A row the importer set aside (`error`) or imported with a caveat (`warning`), at its place in the file. */
export interface ImportMessage {
  severity: 'error' | 'warning';
  /** Machine-readable rule id, e.g. `date-missing`, `latitude-out-of-range`. */
  rule: string;
  /** What is wrong, in English, naming the column and value. */
  reason: string;
  /** 1-based line where the row starts (header = line 1). */
  line: number;
  /** Offsets of the row in the file (UTF-16 code units; end exclusive). */
  start: number;
  end: number;
  /** The dataset's own id for the row, when readable. */
  record_id: string | null;
}

/** What importing one file yields: records to assemble into a dataset, and what went wrong where. */
export interface ImportResult {
  /** The dataset marker every claim carries (`ucdp-ged`, `acled`). */
  dataset: string;
  report: Report;
  source: Source;
  places: Place[];
  claims: Claim[];
  messages: ImportMessage[];
  /** Data rows read (header excluded). */
  rows: number;
}

/** What the importers need from data/: the governorate places (`gov-SY…`) to parent imported places to. */
export interface ImportResources {
  governorates: readonly Place[];
}

/** Thrown-free failure of one row: the rule and reason; the importer adds where. */
export class RowError {
  constructor(
    readonly rule: string,
    readonly reason: string,
  ) {}
}

/** Governorate spellings in UCDP (`Ar Raqqah Governorate`) and ACLED (`Ar-Raqqa`, `Rural Damascus`), folded. */
// prettier-ignore
const GOVERNORATE_SPELLINGS: Record<string, Governorate> = {
  aleppo: 'Aleppo', halab: 'Aleppo',
  idlib: 'Idlib', idleb: 'Idlib',
  raqqa: 'Raqqa', raqqah: 'Raqqa', rakka: 'Raqqa',
  deirezzor: 'Deir ez-Zor', deirezzour: 'Deir ez-Zor', dayrazzawr: 'Deir ez-Zor', deiralzor: 'Deir ez-Zor',
  hama: 'Hama', hamah: 'Hama',
  homs: 'Homs', hims: 'Homs',
  rifdimashq: 'Rif Dimashq', rifdimashk: 'Rif Dimashq', ruraldamascus: 'Rif Dimashq', damascuscountryside: 'Rif Dimashq',
  damascus: 'Damascus', dimashq: 'Damascus',
  hasakah: 'Hasakah', hasakeh: 'Hasakah', hassakeh: 'Hasakah', hasaka: 'Hasakah',
  latakia: 'Latakia', lattakia: 'Latakia', ladhiqiyah: 'Latakia',
  tartus: 'Tartus', tartous: 'Tartus',
  daraa: 'Daraa', dara: 'Daraa', deraa: 'Daraa',
  suwayda: 'Suwayda', sweida: 'Suwayda', suwaida: 'Suwayda', sweyda: 'Suwayda',
  quneitra: 'Quneitra', qunaytirah: 'Quneitra',
};

const ARTICLES = new Set(['al', 'ar', 'as', 'ad', 'ash', 'an', 'at', 'az', 'el']);

/** Our governorate for another dataset's admin-1 name, or null when it names none. */
export function governorateOf(name: string): Governorate | null {
  const tokens = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z]+/g, ' ')
    .split(' ')
    .filter((t) => t !== '' && t !== 'governorate' && t !== 'province' && t !== 'muhafazat');
  while (tokens.length > 1 && ARTICLES.has(tokens[0] as string)) tokens.shift();
  return GOVERNORATE_SPELLINGS[tokens.join('')] ?? null;
}

/**
 * Actor names → perpetrator, first match wins. Covers UCDP side names and ACLED actor names. Turkey, Israel, Iran,
 * Iraq and pro-government militias have no value of their own in the vocabulary: they stay `unknown`.
 */
// prettier-ignore
const ACTOR_PATTERNS: readonly [RegExp, Perpetrator][] = [
  [/government of syria|forces of syria|syrian (arab )?army|\bsaa\b/i, 'regime'],
  [/russia/i, 'russia'],
  [/^is$|islamic state|\bisis\b|\bisil\b/i, 'isis'],
  [/^sdf$|\bsdf\b|syrian democratic forces|\bypg\b/i, 'sdf'],
  [/united states|\bcoalition\b|inherent resolve|\bcjtf\b/i, 'coalition'],
  [/insurgents|opposition|rebels|\bhts\b|tahrir al-? ?sham|ahrar|jaysh|jabhat|fateh|\bfsa\b|free syrian|\bsna\b|national front for liberation|sham legion|zenki|rahman corps|southern front|fatah halab/i, 'opposition'],
];

/** The perpetrator an actor name stands for; a list of actors maps only when all of them agree. */
export function perpetratorOf(actor: string): Perpetrator {
  if (/syrian national coalition/i.test(actor)) return 'opposition';
  const one = (name: string): Perpetrator => ACTOR_PATTERNS.find(([re]) => re.test(name.trim()))?.[1] ?? 'unknown';
  const all = new Set(
    actor
      .split(/,(?![^(]*\))/)
      .filter((s) => s.trim() !== '')
      .map(one),
  );
  if (all.size === 1) return [...all][0] as Perpetrator;
  if (all.size === 2 && all.has('regime') && all.has('russia')) return 'regime_russia';
  return 'unknown';
}

/** Ids built from coordinates use the domain's one content hash (ids.ts). */
export { shortHash } from '../../domain/ids';

/** One place per distinct coordinate, parented to its governorate, in the order first seen. */
export class PlaceBook {
  private readonly byKey = new Map<string, Place>();
  private readonly govIds = new Map<Governorate, string>();
  private readonly usedGovIds = new Set<string>();

  constructor(
    private readonly prefix: string,
    resources: ImportResources,
    private readonly coordinatesSource: string,
  ) {
    for (const g of resources.governorates) if (g.governorate !== null) this.govIds.set(g.governorate, g.id);
  }

  /** Our governorate's place id (drawn at our centroid), or null when the resources lack it. */
  governorateId(governorate: Governorate): string | null {
    const id = this.govIds.get(governorate) ?? null;
    if (id !== null) this.usedGovIds.add(id);
    return id;
  }

  /** The place id for a point, creating the place the first time the point is seen. */
  placeFor(lat: number, lon: number, name: string, kind: PlaceKind, governorate: Governorate | null): string {
    const key = `${lat.toFixed(6)},${lon.toFixed(6)}`;
    const known = this.byKey.get(key);
    if (known) return known.id;
    const id = `${this.prefix}-${shortHash(key)}`;
    this.byKey.set(key, {
      id,
      name_en: name.trim() === '' ? key : name.trim(),
      names_ar: [],
      kind,
      governorate,
      coordinates: { lat, lon },
      parent: governorate === null ? null : (this.govIds.get(governorate) ?? null),
      coordinates_source: this.coordinatesSource,
    });
    return id;
  }

  /** The governorate places the new places point to, then the new places. */
  places(governorates: readonly Place[]): Place[] {
    const created = [...this.byKey.values()];
    for (const p of created) if (p.parent !== null) this.usedGovIds.add(p.parent);
    return [...governorates.filter((g) => this.usedGovIds.has(g.id)), ...created];
  }
}

/** A count from a dataset's low/best/high; the range spans all three even when the dataset has them out of order. */
export function countFrom(low: number, best: number, high: number): Count {
  const min = Math.min(low, best, high);
  const max = Math.max(low, best, high);
  return { min, max, qualifier: min === max ? 'exact' : 'approx' };
}

/** A non-negative whole number from a CSV field, or a RowError naming the column. */
export function wholeNumber(fields: Record<string, string>, column: string): number {
  const raw = (fields[column] ?? '').trim();
  if (raw === '') throw new RowError(`${column}-missing`, `${column} is empty`);
  if (!/^\d+(\.0+)?$/.test(raw))
    throw new RowError(`${column}-invalid`, `${column} "${raw}" is not a whole number ≥ 0`);
  return Number.parseInt(raw, 10);
}

/**
 * Syria's bounding box (decimal degrees, from the OCHA cod-ab boundaries: 32.31–37.32 N, 35.73–42.38 E) widened by
 * half a degree (~50 km), so points on the border and coarse country-level codes still pass.
 */
export const SYRIA_BOX = { south: 31.8, north: 37.85, west: 35.2, east: 42.9 } as const;

const inBox = (lat: number, lon: number): boolean =>
  lat >= SYRIA_BOX.south && lat <= SYRIA_BOX.north && lon >= SYRIA_BOX.west && lon <= SYRIA_BOX.east;

/**
 * Latitude and longitude from two CSV fields, checked to be on the globe and in Syria. A point outside the box is a
 * row error; when swapping the two would put it inside, the error says the columns look swapped (never fixed
 * silently: a swapped file is likely wrong in other ways too).
 */
export function coordinates(fields: Record<string, string>): { lat: number; lon: number } {
  const read = (column: 'latitude' | 'longitude', limit: number) => {
    const raw = (fields[column] ?? '').trim();
    if (raw === '') throw new RowError(`${column}-missing`, `${column} is empty`);
    const n = Number(raw);
    if (!Number.isFinite(n)) throw new RowError(`${column}-invalid`, `${column} "${raw}" is not a number`);
    if (Math.abs(n) > limit) throw new RowError(`${column}-out-of-range`, `${column} ${raw} is outside ±${limit}`);
    return n;
  };
  const lat = read('latitude', 90);
  const lon = read('longitude', 180);
  if (!inBox(lat, lon)) {
    const box = `${SYRIA_BOX.south}–${SYRIA_BOX.north} N, ${SYRIA_BOX.west}–${SYRIA_BOX.east} E`;
    if (inBox(lon, lat))
      throw new RowError(
        'coordinates-swapped',
        `latitude ${lat}, longitude ${lon} lie outside Syria (${box}) but inside it swapped: latitude and longitude look swapped`,
      );
    throw new RowError('coordinates-outside-syria', `latitude ${lat}, longitude ${lon} lie outside Syria (${box})`);
  }
  return { lat, lon };
}

/**
 * The error for a file whose header lacks the columns an importer needs, with a hint when the file looks
 * semicolon-delimited (a spreadsheet saved with a European locale) instead of comma-delimited.
 */
export function missingColumnsReason(what: string, missing: readonly string[], header: readonly string[]): string {
  const base = `not ${what}: no column ${missing.join(', ')}`;
  const semicolons = header.length <= 2 && header.some((h) => h.split(';').length > 2);
  return semicolons
    ? `${base}. The header is separated by semicolons (;): save the file as comma-separated CSV and import it again`
    : base;
}

/** The import as a Rasd dataset (validated whole), with the rows it set aside or flagged as messages. */
export function toDataset(result: ImportResult, opts: { title: string; generatedAt: string }): Dataset {
  const dataset = assembleDataset({
    reports: [result.report],
    sources: [result.source],
    places: result.places,
    claims: result.claims,
    title: opts.title,
    generatedAt: opts.generatedAt,
  });
  const messages: IngestMessage[] = result.messages.map((m) =>
    IngestMessageSchema.parse({
      report_id: result.report.id,
      rule: `${m.severity}:${m.rule}`,
      reason: `line ${m.line}: ${m.reason}`,
      start: m.start,
      end: m.end,
      claim_id: null,
    }),
  );
  return messages.length > 0 ? { ...dataset, messages } : dataset;
}
