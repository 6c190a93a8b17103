import type { z } from 'zod';
import type { Claim, Collection, Dataset, IngestMessage, Place, Report, Source } from './schema.ts';
import { RECORD_SCHEMAS, SCHEMA_VERSION } from './schema.ts';
import { deriveEvents } from './derive.ts';
import { migrateV1 } from './migrate.ts';

/** A record set aside because it failed the schema or points at something missing. */
export interface Rejected {
  collection: Collection;
  /** Position in its collection (0-based). */
  index: number;
  /** The record's id, when it has a readable one. */
  id: string | null;
  /** Why, one line per problem ("killed.max: max is below min"). */
  reasons: string[];
  /**
   * `set-aside`: the record is not shown. `kept`: the record is valid but a link in it points nowhere; it is shown
   * without that link (a claim whose place is unknown is still a claim).
   */
  outcome: 'set-aside' | 'kept';
}

/** A dataset after validation: only valid records, incidents and tallies derived from the valid claims. */
export interface ValidDataset extends Omit<Dataset, 'messages'> {
  messages: IngestMessage[];
  rejected: Rejected[];
}

export type ValidationResult =
  { ok: true; dataset: ValidDataset } | { ok: false; error: 'not-a-dataset'; detail: string };

const idOf = (record: unknown): string | null =>
  typeof record === 'object' && record !== null && typeof (record as { id?: unknown }).id === 'string'
    ? (record as { id: string }).id
    : null;

function describe(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`);
}

/** A valid record and its position in the file, so a later problem is reported at the record's own index. */
interface Indexed<T> {
  record: T;
  index: number;
}

/**
 * Valid records of one collection, in file order. A record whose id an earlier valid record of the same collection
 * already has is set aside under its own index: the first one stays, so a second report `001` can never replace the
 * text and outlet of the first. Messages have no id and are never duplicates.
 */
function validateCollection<T>(
  raw: Record<string, unknown>,
  collection: Collection,
  rejected: Rejected[],
  schemaChecked: boolean,
): Indexed<T>[] {
  const items = raw[collection];
  if (items === undefined) return [];
  if (!Array.isArray(items)) {
    rejected.push({ collection, index: -1, id: null, reasons: [`${collection} is not a list`], outcome: 'set-aside' });
    return [];
  }
  const schema = RECORD_SCHEMAS[collection];
  const out: Indexed<T>[] = [];
  const seen = new Map<string, number>();
  items.forEach((item: unknown, index) => {
    const parsed = schemaChecked ? ({ success: true, data: item } as const) : schema.safeParse(item);
    if (!parsed.success) {
      rejected.push({ collection, index, id: idOf(item), reasons: describe(parsed.error), outcome: 'set-aside' });
      return;
    }
    const id = idOf(parsed.data);
    const first = id === null ? undefined : seen.get(id);
    if (first !== undefined) {
      const reasons = [`id: duplicate id ${id as string}, first used by record ${first}; the first is kept`];
      rejected.push({ collection, index, id, reasons, outcome: 'set-aside' });
      return;
    }
    if (id !== null) seen.set(id, index);
    out.push({ record: parsed.data as T, index });
  });
  return out;
}

/** The claim's spans when all lie inside its quote, else undefined (a stale span would mark other words). */
function spansInside(c: Claim): Claim['spans'] {
  if (c.spans === undefined) return undefined;
  const inside = Object.values(c.spans).every((s) => s.start >= c.quote_start && s.end <= c.quote_end);
  return inside ? c.spans : undefined;
}

function withoutLinks(c: Claim, placed: boolean, spans: Claim['spans']): Claim {
  const { spans: _dropped, ...rest } = c;
  return { ...rest, ...(placed ? {} : { place_id: null }), ...(spans === undefined ? {} : { spans }) };
}

const records = <T>(items: readonly Indexed<T>[]): T[] => items.map((i) => i.record);

export interface ValidateOptions {
  /**
   * The records already passed this schema elsewhere: the site build checked these exact bytes (same hash), see
   * dataset/buildChecked.ts. Skips only the per-record zod parse; duplicate ids, links and the derived incidents
   * and tallies are still worked out here, because they cost little and the model depends on them.
   */
  schemaChecked?: boolean;
}

/**
 * Validates a fetched dataset record by record, after reading a v1 file as v2 (migrate.ts). A bad record is set aside with its reasons and everything valid
 * is kept; only a file that is not a Rasd dataset at all fails as a whole. Incidents and tallies are re-derived from
 * the valid claims, so a rejected claim can never leave a stale count behind.
 */
export function validateDataset(raw: unknown, options: ValidateOptions = {}): ValidationResult {
  const checked = options.schemaChecked === true;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'not-a-dataset', detail: 'the file is not a JSON object' };
  }
  const obj = migrateV1(raw as Record<string, unknown>);
  if (obj.version !== SCHEMA_VERSION) {
    return {
      ok: false,
      error: 'not-a-dataset',
      detail: `the file is schema version ${String(obj.version)}; this version of Rasd reads 1 and ${SCHEMA_VERSION}`,
    };
  }
  const rejected: Rejected[] = [];
  const reports = records(validateCollection<Report>(obj, 'reports', rejected, checked));
  const sources = records(validateCollection<Source>(obj, 'sources', rejected, checked));
  const places = records(validateCollection<Place>(obj, 'places', rejected, checked));
  const messages = records(validateCollection<IngestMessage>(obj, 'messages', rejected, checked));
  const reportIds = new Set(reports.map((r) => r.id));
  const sourceIds = new Set(sources.map((s) => s.id));
  const placeIds = new Set(places.map((p) => p.id));
  const claims: Claim[] = [];
  for (const { record: c, index } of validateCollection<Claim>(obj, 'claims', rejected, checked)) {
    // Without its report a claim has no provenance: it cannot be traced to its words, so it is set aside.
    if (!reportIds.has(c.report_id)) {
      const reasons = [`report_id: no report ${c.report_id}`];
      rejected.push({ collection: 'claims', index, id: c.id, reasons, outcome: 'set-aside' });
      continue;
    }
    // A dangling source or place link loses only the link: the claim still says who and where in its own fields.
    const loose: string[] = [];
    const spans = spansInside(c);
    if (spans !== c.spans) loose.push("spans: a count's span lies outside its quote; the spans are dropped");
    if (!sourceIds.has(c.source_id)) loose.push(`source_id: no source ${c.source_id}`);
    if (c.place_id !== null && !placeIds.has(c.place_id)) loose.push(`place_id: no place ${c.place_id}`);
    if (loose.length > 0) rejected.push({ collection: 'claims', index, id: c.id, reasons: loose, outcome: 'kept' });
    const placed = placeIds.has(c.place_id ?? '') || c.place_id === null;
    claims.push(placed && spans === c.spans ? c : withoutLinks(c, placed, spans));
  }
  const { incidents, tallies } = deriveEvents(claims);
  return {
    ok: true,
    dataset: {
      format: 'rasd-dataset',
      version: SCHEMA_VERSION,
      generated_at: typeof obj.generated_at === 'string' ? obj.generated_at : '',
      ...(typeof obj.title === 'string' ? { title: obj.title } : {}),
      reports,
      sources,
      places,
      claims,
      incidents,
      tallies,
      messages,
      rejected,
    },
  };
}
