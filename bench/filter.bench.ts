/**
 * `npx tsx bench/filter.bench.ts [--n 100000] [--reps 25] [--out bench/results/filter.jsonl]`
 *
 * The one filter function on a synthetic dataset from scripts/synth.ts (n incidents, about 1.6 claims each), as the
 * app runs it: loaded with validateDataset + buildModel, then a series of filter changes a user makes. For each
 * change it times `applyFilters` and `facetCounts` (the counts the filter panel shows), and `selectionPass` (what
 * the app runs per change: the selection every view reads, counts, timeline context and undated note in one pass),
 * `reps` times, and reports medians. Target (issue 5): filter_change_median < 10 ms at 100k.
 * Prints one JSON line per measure {name, n, value, unit} and writes them all to --out, each line with the run's
 * facts (bench/lib/results.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildModel } from '../src/dataset/model';
import { applyFilters, EMPTY_FILTERS, type FilterState } from '../src/domain/filter';
import { facetCounts } from '../src/domain/facets';
import { selectionPass } from '../src/domain/selectionPass';
import { validateDataset } from '../src/domain/validate';
import { resultLog } from './lib/results';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    reps: { type: 'string', default: '25' },
    out: { type: 'string', default: 'bench/results/filter.jsonl' },
  },
});
const n = Number(values.n);
const reps = Number(values.reps);

const { report: log, write } = resultLog('filter');
const report = (name: string, value: number, unit = 'ms') => log(name, n, value, unit);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] as number;
const time = (fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

// The same cache file as the other benchmarks, so the dataset is generated once per machine.
const file = join(tmpdir(), `rasd-synth-${n}.json`);
if (!existsSync(file)) {
  const run = spawnSync('npx', ['tsx', 'scripts/synth.ts', '--n', String(n), '--out', file], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`synth failed for n=${n}`);
}
const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
let validated: ReturnType<typeof validateDataset> | undefined;
report(
  'validate',
  time(() => (validated = validateDataset(raw))),
);
if (!validated?.ok) throw new Error('synthetic dataset did not validate');
const valid = validated.dataset;
let model = undefined as unknown as ReturnType<typeof buildModel>;
report(
  'build_model',
  time(() => (model = buildModel(valid))),
);

// Realistic choices drawn from the data itself, so every filter selects something.
const governorate = model.places.find((p) => p.kind === 'governorate')!;
const sample = model.incidents[Math.floor(model.incidents.length / 2)]!;
const month = (sample.date?.from ?? '2016-03-01').slice(0, 7);
const source = model.sources[0]!;
// Distinct search words (place names as reports write them), one per repetition: a repeated word would be
// answered from the search's per-term cache and measure nothing.
const words = [...new Set(model.claims.map((c) => c.place.text_ar).filter((w): w is string => w !== null))]
  .filter((_, i) => i % 7 === 0)
  .slice(0, 2 * reps);

const changes: Array<[string, FilterState]> = [
  ['none', EMPTY_FILTERS],
  ['year', { ...EMPTY_FILTERS, from: '2016-01-01', to: '2016-12-31' }],
  ['governorate', { ...EMPTY_FILTERS, places: [governorate.id] }],
  ['place_and_month', { ...EMPTY_FILTERS, places: [sample.place_id!], from: `${month}-01`, to: `${month}-28` }],
  ['perpetrator_weapon', { ...EMPTY_FILTERS, perpetrators: ['regime', 'russia'], weapons: ['airstrike'] }],
  ['source', { ...EMPTY_FILTERS, sources: [source.id] }],
  ['min_killed_disagree', { ...EMPTY_FILTERS, minKilled: 10, disagree: true }],
  ['status', { ...EMPTY_FILTERS, statuses: ['preliminary', 'revised'] }],
  ['search_arabic', { ...EMPTY_FILTERS, query: '' }],
  ['search_and_filters', { ...EMPTY_FILTERS, query: '', perpetrators: ['regime'], from: '2014-01-01' }],
];
const isSearch = (name: string) => name.startsWith('search');

// The first search folds every claim's words once (kept per dataset). The app does this in idle slices after
// loading (warmSearchIndex), so no keystroke pays it; here it is the cost if a search came first.
report(
  'search_index_build',
  time(() => applyFilters(model, { ...EMPTY_FILTERS, query: 'x' })),
);

const filterTimes: number[] = [];
const changeTimes: number[] = [];
// What the app runs per filter change since issue 12.4: one pass giving the selection, its slots, the timeline's
// context, the facet counts and the undated note (before it: applyFilters twice, facetCounts, undatedHidden).
const passTimes: number[] = [];
for (const [name, filters] of changes) {
  const f: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < reps; i++) {
    // A fresh object each time, as a state update makes one, so no per-object cache can help.
    const state = structuredClone(filters);
    if (isSearch(name)) state.query = words[(name === 'search_arabic' ? 0 : reps) + i] ?? 'حلب';
    const tf = time(() => applyFilters(model, state));
    const tc = time(() => facetCounts(model, state));
    f.push(tf);
    c.push(tf + tc);
    passTimes.push(time(() => selectionPass(model, structuredClone(state))));
  }
  const shown = applyFilters(model, isSearch(name) ? { ...filters, query: words[0] ?? 'حلب' } : filters);
  report(`filter_${name}`, median(f));
  report(`selected_${name}`, shown.incidents.length + shown.tallies.length, 'events');
  filterTimes.push(...f);
  changeTimes.push(...c);
}
report('filter_change_median', median(filterTimes));
report('filter_change_p95', p95(filterTimes));
report('filter_and_counts_median', median(changeTimes));
report('filter_and_counts_p95', p95(changeTimes));
report('selection_pass_median', median(passTimes));
report('selection_pass_p95', p95(passTimes));

// Every line records the machine and its load: on a shared 2-core box the numbers move with what else runs.
write(values.out ?? 'bench/results/filter.jsonl', { reps });
