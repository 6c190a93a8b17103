import type { z } from 'zod';
import type { Claim, Collection, Dataset, IngestMessage, Place, Report, Source } from './schema';
import { RECORD_SCHEMAS } from './schema';
import { deriveEvents } from './derive';

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

function validateCollection<T>(raw: Record<string, unknown>, collection: Collection, rejected: Rejected[]): T[] {
  const items = raw[collection];
  if (items === undefined) return [];
  if (!Array.isArray(items)) {
    rejected.push({ collection, index: -1, id: null, reasons: [`${collection} is not a list`], outcome: 'set-aside' });
    return [];
  }
  const schema = RECORD_SCHEMAS[collection];
  const out: T[] = [];
  items.forEach((item: unknown, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push(parsed.data as T);
    else rejected.push({ collection, index, id: idOf(item), reasons: describe(parsed.error), outcome: 'set-aside' });
  });
  return out;
}

/**
 * Validates a fetched dataset record by record. A bad record is set aside with its reasons and everything valid
 * is kept; only a file that is not a Rasd dataset at all fails as a whole. Incidents and tallies are re-derived from
 * the valid claims, so a rejected claim can never leave a stale count behind.
 */
export function validateDataset(raw: unknown): ValidationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'not-a-dataset', detail: 'the file is not a JSON object' };
  }
  const obj = raw as Record<string, unknown>;
  if (obj.format !== 'rasd-dataset') {
    return { ok: false, error: 'not-a-dataset', detail: 'the file has no "format": "rasd-dataset"' };
  }
  const rejected: Rejected[] = [];
  const reports = validateCollection<Report>(obj, 'reports', rejected);
  const sources = validateCollection<Source>(obj, 'sources', rejected);
  const places = validateCollection<Place>(obj, 'places', rejected);
  const messages = validateCollection<IngestMessage>(obj, 'messages', rejected);
  const reportIds = new Set(reports.map((r) => r.id));
  const sourceIds = new Set(sources.map((s) => s.id));
  const placeIds = new Set(places.map((p) => p.id));
  const seen = new Set<string>();
  const rawClaims = Array.isArray(obj.claims) ? (obj.claims as unknown[]) : [];
  const indexOf = (id: string) => rawClaims.findIndex((r) => idOf(r) === id);
  const claims: Claim[] = [];
  for (const c of validateCollection<Claim>(obj, 'claims', rejected)) {
    // Without its report a claim has no provenance: it cannot be traced to its words, so it is set aside.
    const fatal: string[] = [];
    if (seen.has(c.id)) fatal.push(`id: duplicate claim id ${c.id}`);
    if (!reportIds.has(c.report_id)) fatal.push(`report_id: no report ${c.report_id}`);
    seen.add(c.id);
    if (fatal.length > 0) {
      rejected.push({ collection: 'claims', index: indexOf(c.id), id: c.id, reasons: fatal, outcome: 'set-aside' });
      continue;
    }
    // A dangling source or place link loses only the link: the claim still says who and where in its own fields.
    const loose: string[] = [];
    if (!sourceIds.has(c.source_id)) loose.push(`source_id: no source ${c.source_id}`);
    if (c.place_id !== null && !placeIds.has(c.place_id)) loose.push(`place_id: no place ${c.place_id}`);
    if (loose.length > 0) {
      rejected.push({ collection: 'claims', index: indexOf(c.id), id: c.id, reasons: loose, outcome: 'kept' });
    }
    claims.push(placeIds.has(c.place_id ?? '') || c.place_id === null ? c : { ...c, place_id: null });
  }
  const { incidents, tallies } = deriveEvents(claims);
  return {
    ok: true,
    dataset: {
      format: 'rasd-dataset',
      version: 1,
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
