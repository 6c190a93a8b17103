/**
 * A report's sidecar (`NAME.meta.json`: outlet, publication date, how each is known), checked field by field
 * before the pipeline sees it. A field that is wrong (a number for a name, a date like 2017-02-30, a basis outside
 * the vocabulary) is reported with its reason and left out, so the report is still read with that field unknown;
 * malformed JSON leaves every field unknown. Pure: the file's text in, fields and problems out.
 */
import { Report } from '../domain/schema';

/** The sidecar fields the report record takes (the rest of the record comes from the file name). */
export const SIDECAR_FIELDS = [
  'outlet',
  'outlet_ar',
  'outlet_basis',
  'published',
  'published_basis',
  'url',
  'title',
] as const;
type SidecarField = (typeof SIDECAR_FIELDS)[number];

export interface SidecarProblem {
  /** The field concerned, or null for the whole file. */
  field: string | null;
  reason: string;
  /** 'error': a value was dropped (the field is unknown); 'warning': nothing the report uses was lost. */
  severity: 'error' | 'warning';
}

export interface Sidecar {
  /** The fields that passed (a wrong one is absent, i.e. unknown); null when no field could be read. */
  meta: Record<string, unknown> | null;
  problems: SidecarProblem[];
}

const isField = (k: string): k is SidecarField => (SIDECAR_FIELDS as readonly string[]).includes(k);
const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`);

/** Reads a sidecar's JSON text. Never throws. */
export function readSidecar(json: string): Sidecar {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      meta: null,
      problems: [{ field: null, reason: `not valid JSON (${why}); every field unknown`, severity: 'error' }],
    };
  }
  return checkSidecar(raw);
}

/**
 * Checks a sidecar's parsed value field by field, as `readSidecar` does for its text; also what the pipeline
 * applies to metadata handed to it directly (`ReportInput.meta`). Never throws.
 */
export function checkSidecar(raw: unknown): Sidecar {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return {
      meta: null,
      problems: [{ field: null, reason: `${typeOf(raw)}, not a JSON object; every field unknown`, severity: 'error' }],
    };
  const meta: Record<string, unknown> = {};
  const problems: SidecarProblem[] = [];
  for (const [field, value] of Object.entries(raw)) {
    if (!isField(field)) {
      problems.push({
        field,
        reason: `not a sidecar field (${SIDECAR_FIELDS.join(', ')}); ignored`,
        severity: 'warning',
      });
      continue;
    }
    if (value === null) {
      meta[field] = null;
      continue;
    }
    if (typeof value !== 'string') {
      problems.push({ field, reason: `expected a string, got ${typeOf(value)}; read as unknown`, severity: 'error' });
      continue;
    }
    const checked = Report.shape[field].safeParse(value);
    if (checked.success) meta[field] = value;
    else {
      const why = checked.error.issues.map((i) => i.message).join('; ');
      problems.push({
        field,
        reason: `${JSON.stringify(value.slice(0, 80))}: ${why}; read as unknown`,
        severity: 'error',
      });
    }
  }
  return { meta, problems };
}
