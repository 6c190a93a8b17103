/**
 * `npx tsx bench/import.bench.ts [--n 100000] [--reps 5] [--out bench/results/import.jsonl]`
 *
 * The UCDP GED importer and the linking on real data: importing the 16,566-event CSV (CSV read + claims, then the
 * schema-validated dataset), turning the shipped dataset into linkable records and a day index, and linking the
 * report dataset's incidents and n synthetic incidents (scripts/synth.ts) against it. Medians over `reps` runs.
 * Targets (issue 8): the import in a few seconds; linking every incident fast enough to run on load.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { datasetEvents, indexByDay, linkIncidents } from '../src/domain/linking';
import { Dataset } from '../src/domain/schema';
import { validateDataset } from '../src/domain/validate';
import { toDataset } from '../src/ingest/importers/shared';
import { importUcdp } from '../src/ingest/importers/ucdp';
import { loadImportResources } from '../src/ingest/importers/resources';
import { syntheticDataset } from './lib/harness';
import { resultLog } from './lib/results';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    reps: { type: 'string', default: '5' },
    out: { type: 'string', default: 'bench/results/import.jsonl' },
  },
});
const n = Number(values.n);
const reps = Number(values.reps);
const log = resultLog('import');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}
function measure<T>(name: string, count: number, fn: () => T): T {
  const runs = Array.from({ length: reps }, () => timed(fn));
  log.report(name, count, median(runs.map((r) => r.ms)), 'ms');
  return (runs[0] as { value: T }).value;
}

const csv = readFileSync('data/ucdp/ucdp-ged-syria-2016-2019.csv', 'utf8');
const resources = loadImportResources('data');
const imported = measure('ucdp_import_rows', 16_566, () =>
  importUcdp(csv, resources, { version: '19.1', file: 'ucdp-ged-syria-2016-2019.csv' }),
);
measure('ucdp_to_dataset', imported.claims.length, () =>
  toDataset(imported, { title: 'bench', generatedAt: '2020-01-10T00:00:00Z' }),
);

const shippedText = readFileSync('public/datasets/ucdp-ged-syria.json', 'utf8');
log.report('ucdp_json_bytes', imported.claims.length, shippedText.length / 1e6, 'MB');
const loaded = measure('ucdp_load_validate', imported.claims.length, () => validateDataset(JSON.parse(shippedText)));
if (!loaded.ok) throw new Error('the shipped UCDP dataset does not validate');
const ucdpPlaces = new Map(loaded.dataset.places.map((p) => [p.id, p]));
const index = measure('ucdp_events_and_day_index', loaded.dataset.claims.length, () =>
  indexByDay(datasetEvents(loaded.dataset.claims, ucdpPlaces)),
);

const reports = Dataset.parse(JSON.parse(readFileSync('public/data/dataset.json', 'utf8')));
const reportPlaces = new Map(reports.places.map((p) => [p.id, p]));
measure('link_report_incidents', reports.incidents.length, () => linkIncidents(reports.incidents, reportPlaces, index));

const synth = validateDataset(JSON.parse(readFileSync(syntheticDataset(n), 'utf8')));
if (!synth.ok) throw new Error('synthetic dataset does not validate');
const synthPlaces = new Map(synth.dataset.places.map((p) => [p.id, p]));
const linked = measure('link_synthetic_incidents', synth.dataset.incidents.length, () =>
  linkIncidents(synth.dataset.incidents, synthPlaces, index),
);
log.report('synthetic_incidents_with_candidates', synth.dataset.incidents.length, linked.size, 'incidents');
log.write(values.out, { reps });
