/**
 * `npx tsx bench/aggregate.bench.ts [--n 100000] [--reps 30] [--out bench/results/aggregate.jsonl]`
 *
 * The aggregations behind the timeline and the casualty charts on a synthetic dataset from scripts/synth.ts
 * (n incidents), loaded as the app loads it (validateDataset + buildModel). "Full re-aggregation" is everything the
 * two panels compute after a filter change: the timeline's extent and buckets, killed by governorate, killed over
 * time by perpetrator, source agreement and tallies against incidents. Target (issue 4): < 30 ms at 100k.
 * Each measure is run `reps` times after a warm-up, each run after a full GC and a pause (the loaded 100k dataset is
 * a heap of ~1 GB; a collection it happens to trigger would otherwise land in one random run). Reports median and
 * p95 of wall time and of the process's CPU time (user + system, robust when other jobs share the cores) as JSON
 * lines {name, n, value, unit}, and writes them all to --out, each line with the run's facts (bench/lib/results.ts).
 * The script re-runs itself under `node --expose-gc --max-old-space-size=6144` so that `npx tsx` is all it takes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildModel } from '../src/dataset/model';
import {
  chooseUnit,
  dateExtent,
  dayNumber,
  incidentExtent,
  killedByGovernorate,
  timelineBuckets,
  type BucketUnit,
} from '../src/domain/aggregate';
import { incidentColumns, rememberSlots, sourceFigures } from '../src/domain/aggregateColumns';
import { sourceAgreement } from '../src/domain/aggregateSources';
import { indexIncidentsByArea, talliesAgainstIncidents } from '../src/domain/aggregateTallies';
import type { Incident, Tally } from '../src/domain/schema';
import { validateDataset } from '../src/domain/validate';
import { resultLog } from './lib/results';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) {
  const args = ['--expose-gc', '--max-old-space-size=6144', '--import', 'tsx', fileURLToPath(import.meta.url)];
  const run = spawnSync(process.execPath, [...args, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    reps: { type: 'string', default: '30' },
    out: { type: 'string', default: 'bench/results/aggregate.jsonl' },
  },
});
const n = Number(values.n);
const reps = Number(values.reps);

const { report: log, write } = resultLog('aggregate');
const report = (name: string, value: number, unit = 'ms') => log(name, n, value, unit);
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => {
  const s = sorted(xs);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const p95 = (xs: number[]) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

/**
 * Runs `fn` once to warm up, then `reps` times; before each run a full GC and a pause, so the collector's
 * background threads (sweeping a ~1 GB heap) have finished and do not compete with the run for the two cores.
 * Reports wall and CPU median and p95 in ms.
 */
async function measure(name: string, fn: () => unknown) {
  fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < reps; i++) {
    gc!();
    await settle();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  report(`${name}_median`, median(wall));
  report(`${name}_p95`, p95(wall));
  report(`${name}_cpu_median`, median(cpu));
  report(`${name}_cpu_p95`, p95(cpu));
}

// Generated once per machine and kept in the temp folder (its own file: another benchmark's cache may be a link
// that its owner cleans away).
const file = join(tmpdir(), `rasd-aggregate-synth-${n}.json`);
if (!existsSync(file)) {
  const run = spawnSync('npx', ['tsx', 'scripts/synth.ts', '--n', String(n), '--out', file], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`synth failed for n=${n}`);
}
const validated = validateDataset(JSON.parse(readFileSync(file, 'utf8')));
if (!validated.ok) throw new Error(validated.detail);
const model = buildModel(validated.dataset);
const { incidents, tallies } = model;
report('incidents', incidents.length, 'count');
report('tallies', tallies.length, 'count');

/** The timeline over the whole extent in the unit the extent calls for (as with no date filter). */
function timeline(events: readonly Incident[], unit?: BucketUnit) {
  const extent = incidentExtent(events, incidents);
  const talliesExtent = dateExtent(tallies);
  if (extent === null) return null;
  const from = Math.min(extent.from, talliesExtent ? dayNumber(talliesExtent.from) : Infinity);
  const to = Math.max(extent.to, talliesExtent ? dayNumber(talliesExtent.to) : -Infinity);
  return timelineBuckets(events, from, to, unit ?? chooseUnit(to - from + 1), incidents);
}

// The floor for any aggregation over Incident objects: reading the fields they use, nothing else. On a loaded
// machine this is memory-bound (the objects and their strings are spread over a ~1 GB heap).
await measure('baseline_read_fields', () => {
  let sink = 0;
  for (const e of incidents) {
    sink += (e.date?.from.length ?? 0) + (e.date?.to.length ?? 0) + (e.killed?.min ?? 0) + e.perpetrator.length;
    sink += e.governorate?.length ?? 0;
  }
  return sink;
});
// Built once per dataset load and kept (WeakMap on the dataset's incidents), then reused by every filter change.
await measure('columns_once_per_load', () => incidentColumns([...incidents]));
await measure('source_figures_once_per_load', () => sourceFigures([...incidents], model.claimsById));
await measure('tally_area_index_once_per_load', () => indexIncidentsByArea(incidents, model.placesById));
const areaIndex = indexIncidentsByArea(incidents, model.placesById);

await measure('timeline_auto', () => timeline(incidents));
// Brushing to a short window switches to days across the whole extent: the most buckets the timeline makes.
await measure('timeline_days', () => timeline(incidents, 'day'));
await measure('killed_by_governorate', () => killedByGovernorate(incidents, incidents));
await measure('source_agreement', () => sourceAgreement(incidents, model.claimsById, incidents));
await measure('tallies_against_incidents', () => talliesAgainstIncidents(tallies, areaIndex, model.placesById));

/**
 * Everything both panels compute after a filter change, for a selection of the dataset's incidents and tallies.
 * Tallies against incidents compares each tally with all the dataset's incidents, whatever the filters, so the
 * charts compute it once per load (`tallies_against_incidents` above) and a filter change picks the selected rows.
 */
const allTallyRows = talliesAgainstIncidents(tallies, areaIndex, model.placesById);
function reaggregate(selection: readonly Incident[], selectedTallies: readonly Tally[]) {
  timeline(selection); // the timeline panel
  timeline(selection); // killed over time by perpetrator (the charts panel buckets the same way)
  killedByGovernorate(selection, incidents);
  sourceAgreement(selection, model.claimsById, incidents);
  const ids = new Set(selectedTallies.map((t) => t.id));
  return allTallyRows.filter((r) => ids.has(r.tallyId));
}
await measure('full_reaggregation', () => reaggregate(incidents, tallies));
// A filtered selection: every other incident, in dataset order as applyFilters returns it.
const half = incidents.filter((_, i) => i % 2 === 0);
const halfTallies = tallies.filter((_, i) => i % 2 === 0);
await measure('full_reaggregation_half_selection', () => reaggregate(half, halfTallies));
// The same selection as the filter pass hands it over (issue 12.4): its slots are known, so no view looks for them.
const passHalf = incidents.filter((_, i) => i % 2 === 0);
rememberSlots(
  incidents,
  passHalf,
  Int32Array.from(passHalf, (_, j) => 2 * j),
);
await measure('full_reaggregation_half_selection_from_pass', () => reaggregate(passHalf, halfTallies));

// No load_average_1min result: every line records the load and the cores (bench/lib/results.ts).
write(values.out, { reps });
