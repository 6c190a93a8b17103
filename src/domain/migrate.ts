/**
 * Reading older dataset files: `migrateV1` turns a schema v1 file into v2 before its records are validated, so a v1
 * file opens with nothing lost. It works on unknown JSON (records that are not objects are passed through untouched
 * for validation to set aside) and never throws.
 *
 * v1 → v2:
 *   - `version` 1 → 2;
 *   - every claim gets `review_status`: `reviewed` when v1 marked it `corrected` (an analyst changed it), else
 *     `machine-read`;
 *   - an imported claim's figures move from `key: value` text in `notes` to the typed `figures` (notes are kept);
 *   - uids, bases, traces and spans are optional in v2 and are left absent (incident uids are re-derived).
 */
import { parseFiguresNote, typedFigures } from './datasetFigures.ts';
import { SCHEMA_VERSION } from './formats.ts';

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

function migrateClaim(claim: unknown): unknown {
  if (!isObject(claim)) return claim;
  const out: Json = { ...claim };
  if (out.review_status === undefined) out.review_status = out.corrected === true ? 'reviewed' : 'machine-read';
  if (out.figures === undefined && typeof out.dataset === 'string' && typeof out.notes === 'string') {
    const figures = parseFiguresNote(out.notes);
    if (figures !== null) out.figures = typedFigures(figures);
  }
  return out;
}

/** The file's schema version: 1 for v1 (which always said so), the number it states, or null when it states none. */
export function versionOf(raw: Json): number | null {
  return typeof raw.version === 'number' ? raw.version : null;
}

/** A v1 dataset file as v2; any other object is returned as it is. */
export function migrateV1(raw: Json): Json {
  if (raw.version !== 1) return raw;
  return {
    ...raw,
    version: SCHEMA_VERSION,
    ...(Array.isArray(raw.claims) ? { claims: raw.claims.map(migrateClaim) } : {}),
  };
}
