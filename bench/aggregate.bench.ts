/**
 * `npx tsx bench/aggregate.bench.ts [--n 100000] [--reps 30] [--out bench/results/aggregate.json]`
 *
 * The aggregations behind the timeline and the casualty charts on a synthetic dataset from scripts/synth.ts
 * (n incidents), loaded as the app loads it (validateDataset + buildModel). "Full re-aggregation" is everything the
 * two panels compute after a filter change: the timeline's extent and buckets, killed by governorate, killed over
 * time by perpetrator, source agreement and tallies against incidents. Target (issue 4): < 30 ms at 100k.
 * Each measure is run `reps` times after a warm-up; prints median and p95 as JSON lines {name, n, value, unit}
 * and writes them all to --out.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildModel } from '../src/dataset/model';
import {
  chooseUnit,
  dateExtent,
  dayNumber,
  killedByGovernorate,
  timelineBuckets,
  type BucketUnit,
} from '../src/domain/aggregate';
import { sourceAgreement, talliesAgainstIncidents } from '../src/domain/aggregateSources';
import type { Incident } from '../src/domain/schema';
import { validateDataset } from '../src/domain/validate';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    reps: { type: 'string', default: '30' },
    out: { type: 'string', default: 'bench/results/aggregate.json' },
  },
});
const n = Number(values.n);
const reps = Number(values.reps);

interface Result {
  name: string;
  n: number;
  value: number;
  unit: string;
}
const results: Result[] = [];
const report = (name: string, value: number, unit = 'ms') => {
  const r = { name, n, value: Math.round(value * 100) / 100, unit };
  results.push(r);
  console.log(JSON.stringify(r));
};
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => {
  const s = sorted(xs);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const p95 = (xs: number[]) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;

/** Runs `fn` once to warm up, then `reps` times; reports median and p95 in ms. */
function measure(name: string, fn: () => unknown) {
  fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  report(`${name}_median`, median(times));
  report(`${name}_p95`, p95(times));
}

// The same cache file as the other benchmarks, so the dataset is generated once per machine.
const file = join(tmpdir(), `rasd-synth-${n}.json`);
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
  const extent = dateExtent([...events, ...tallies]);
  if (extent === null) return null;
  const from = dayNumber(extent.from);
  const to = dayNumber(extent.to);
  return timelineBuckets(events, from, to, unit ?? chooseUnit(to - from + 1));
}

measure('timeline_auto', () => timeline(incidents));
// Brushing to a short window switches to days across the whole extent: the most buckets the timeline makes.
measure('timeline_days', () => timeline(incidents, 'day'));
measure('killed_by_governorate', () => killedByGovernorate(incidents));
measure('source_agreement', () => sourceAgreement(incidents, model.claimsById));
measure('tallies_against_incidents', () => talliesAgainstIncidents(tallies, incidents, model.placesById));
measure('full_reaggregation', () => {
  timeline(incidents); // the timeline panel
  timeline(incidents); // killed over time by perpetrator (same buckets, computed by the charts panel)
  killedByGovernorate(incidents);
  sourceAgreement(incidents, model.claimsById);
  talliesAgainstIncidents(tallies, incidents, model.placesById);
});

mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, JSON.stringify({ measured_at: new Date().toISOString(), reps, results }, null, 2) + '\n');
