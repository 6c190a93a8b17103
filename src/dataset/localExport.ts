/**
 * Publishing what was reviewed on this device, in the forms the command line reads back (README "Use Rasd on your
 * own reports"): the reviewed dataset (schema-valid), the decisions as a corrections file in the format of
 * data/corrections (src/ingest/corrections.ts), and one zip of the report texts with their sidecars. Put
 * `reports/` into data/reports and `corrections/` into data/corrections, run `npm run data`, and the rebuilt
 * dataset carries the same claims and figures. Pure: records in, text and bytes out.
 */
import { strToU8, zipSync } from 'fflate';
import { FORMAT_FIELDS } from '../domain/gold';
import { Dataset as DatasetSchema, SCHEMA_VERSION, type Dataset } from '../domain/schema';
import { deriveEvents } from '../domain/derive';
import type { ValidDataset } from '../domain/validate';
import { CorrectionFile, type Correction } from '../ingest/corrections';
import { SIDECAR_FIELDS } from '../ingest/sidecar';
import type { LocalReport } from './importReports';
import { isAdded } from './claimDrafts';
import type { LocalClaim, LocalData } from './localStore';

/** First characters of the extracted quote a correction pins itself to (see `expect` in corrections.ts). */
const EXPECT = 30;

const reasonOf = (c: LocalClaim, fallback: string): string =>
  (c.current.audit ?? [])
    .map((a) => a.note)
    .filter((n): n is string => n !== undefined)
    .join('; ') || fallback;

/** The workbench's decisions as corrections: an edit or accept is `set` (fields changed, maybe none), a reject `drop`. */
export function decisionsToCorrections(claims: readonly LocalClaim[]): { corrections: Correction[] } {
  const corrections: Correction[] = [];
  for (const c of claims) {
    const status = c.current.review_status ?? 'machine-read';
    if (status === 'machine-read') continue;
    if (isAdded(c.current)) {
      // A claim the analyst added: the CLI adds it back (a rejected one never existed for it).
      if (status === 'rejected') continue;
      const claim = Object.fromEntries(FORMAT_FIELDS.map((f) => [f, c.current[f]]));
      corrections.push({
        action: 'add',
        report_id: c.current.report_id,
        claim,
        place_id: c.current.place_id,
        reason: reasonOf(c, 'added in the workbench'),
      } as Correction);
      continue;
    }
    const expect = c.original.quote.slice(0, EXPECT);
    if (status === 'rejected') {
      corrections.push({ action: 'drop', claim: c.id, expect, reason: reasonOf(c, 'rejected in the workbench') });
      continue;
    }
    const fields: Record<string, unknown> = {};
    for (const f of [...FORMAT_FIELDS, 'place_id'] as const) {
      const from = c.original[f] ?? null;
      const to = c.current[f] ?? null;
      if (JSON.stringify(from) !== JSON.stringify(to)) fields[f] = to;
    }
    corrections.push({
      action: 'set',
      claim: c.id,
      expect,
      fields,
      reason: reasonOf(c, 'reviewed in the workbench'),
    } as Correction);
  }
  // Parsed, never cast: the file must be what `npm run data` accepts.
  return CorrectionFile.parse({ corrections });
}

/** The loaded dataset and this device's work as one published, schema-valid dataset (rejected claims kept, marked). */
export function reviewedDataset(base: ValidDataset, local: LocalData, generatedAt: string): Dataset {
  const ids = new Set(base.claims.map((c) => c.id));
  const claims = [...base.claims, ...local.claims.map((c) => c.current).filter((c) => !ids.has(c.id))];
  const reportIds = new Set(base.reports.map((r) => r.id));
  const placeIds = new Set(base.places.map((p) => p.id));
  const sourceIds = new Set(base.sources.map((s) => s.id));
  const { incidents, tallies } = deriveEvents(claims);
  return DatasetSchema.parse({
    format: 'rasd-dataset',
    version: SCHEMA_VERSION,
    generated_at: generatedAt,
    title: base.title ?? 'Reviewed dataset',
    reports: [...base.reports, ...local.reports.map((r) => r.report).filter((r) => !reportIds.has(r.id))],
    sources: [...base.sources, ...local.sources.filter((s) => !sourceIds.has(s.id))],
    places: [...base.places, ...local.places.filter((p) => !placeIds.has(p.id))],
    claims,
    incidents,
    tallies,
    messages: [...base.messages, ...local.reports.flatMap((r) => r.messages)],
  });
}

/** A report's sidecar as `npm run ingest` reads it (NAME.meta.json beside NAME.txt). */
export function sidecarOf(r: LocalReport): Record<string, unknown> {
  return Object.fromEntries(SIDECAR_FIELDS.map((f) => [f, r.report[f] ?? null]));
}

/**
 * One zip: reports/NAME.txt (UTF-8, the text the offsets refer to) and reports/NAME.meta.json, corrections/
 * workbench.json, and the reviewed dataset.json. Paths inside are plain file names (no folders from the user's
 * machine), so unzipping cannot write outside its folder.
 */
export function exportZip(local: LocalData, dataset: Dataset): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const r of local.reports) {
    const name = r.report.file.replace(/[\\/]/g, '_');
    files[`reports/${name}`] = strToU8(r.text);
    files[`reports/${name.replace(/\.txt$/i, '')}.meta.json`] = strToU8(JSON.stringify(sidecarOf(r), null, 2) + '\n');
  }
  files['corrections/workbench.json'] = strToU8(JSON.stringify(decisionsToCorrections(local.claims), null, 1) + '\n');
  files['dataset.json'] = strToU8(JSON.stringify(dataset, null, 1) + '\n');
  return zipSync(files, { level: 6 });
}
