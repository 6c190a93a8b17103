/**
 * Opening a dataset file without rebuilding the site: a Rasd dataset JSON (v1 read as v2, validated record by record:
 * bad records are named and set aside, valid ones kept) or a UCDP GED / ACLED-format CSV through the same importers
 * the CLI uses. Pure: bytes in, a validated dataset (or why not) out; the worker runs it and stores the result.
 */
import { decodeText } from '../domain/encoding';
import type { Place } from '../domain/schema';
import { validateDataset, type ValidDataset } from '../domain/validate';
import { ACLED_REQUIRED, importAcled } from '../ingest/importers/acled';
import { readCsv } from '../ingest/importers/csv';
import { toDataset, type ImportResources } from '../ingest/importers/shared';
import { importUcdp } from '../ingest/importers/ucdp';

export type DatasetKind = 'rasd' | 'ucdp' | 'acled';
/** `main`: replaces the published data on this device; `compare`: a layer beside it, as UCDP GED is. */
export type DatasetRole = 'main' | 'compare';

/** A dataset the analyst opened, as kept on the device (one per role). */
export interface OpenedDataset {
  role: DatasetRole;
  name: string;
  kind: DatasetKind;
  /** ISO timestamp. */
  openedAt: string;
  dataset: ValidDataset;
}

export type OpenResult = { ok: true; kind: DatasetKind; dataset: ValidDataset } | { ok: false; reason: string };

/** Which CSV a header belongs to: ACLED's required columns, or UCDP GED's (its `best`, `low`, `high` counts). */
function csvKind(header: readonly string[]): DatasetKind | null {
  const has = new Set(header);
  if (ACLED_REQUIRED.every((c) => has.has(c))) return 'acled';
  if (['id', 'date_start', 'best', 'low', 'high', 'latitude', 'longitude'].every((c) => has.has(c))) return 'ucdp';
  return null;
}

/** A version label from the file name (`ged191.csv` → 19.1 is not guessed: only a dotted number is taken). */
const versionOf = (name: string) => /(\d+\.\d+)/.exec(name)?.[1] ?? 'local';

export function readDatasetFile(
  name: string,
  bytes: Uint8Array,
  resources: ImportResources,
  generatedAt: string,
): OpenResult {
  const text = decodeText(bytes).text;
  if (/\.json$/i.test(name) || /^\s*[{[]/.test(text)) {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      return { ok: false, reason: `not JSON: ${e instanceof Error ? e.message : String(e)}` };
    }
    const result = validateDataset(raw);
    return result.ok ? { ok: true, kind: 'rasd', dataset: result.dataset } : { ok: false, reason: result.detail };
  }
  const kind = csvKind(readCsv(text.slice(0, 4096).split(/\r?\n/, 1)[0] ?? '').header);
  if (!kind)
    return {
      ok: false,
      reason: 'neither a Rasd dataset (JSON) nor a UCDP GED or ACLED CSV (the header lacks their columns)',
    };
  const opts = { version: versionOf(name), file: name };
  const imported = kind === 'acled' ? importAcled(text, resources, opts) : importUcdp(text, resources, opts);
  const dataset = toDataset(imported, { title: name, generatedAt });
  const result = validateDataset(dataset);
  return result.ok ? { ok: true, kind, dataset: result.dataset } : { ok: false, reason: result.detail };
}

/** The governorate places the importers parent their places to, from the parsed gazetteer (as the CLI builds them). */
export const governoratesOf = (places: readonly Place[]): Place[] => places.filter((p) => p.kind === 'governorate');
