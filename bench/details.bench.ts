/**
 * `node --expose-gc --import tsx bench/details.bench.ts [--n 100000] [--reps 20] [--out bench/results/details.jsonl]`
 *
 * Claims as summaries with details on demand (issue 12.2), in Node on the synthetic dataset (scripts/synth.ts):
 * - heap held by the model of the whole dataset (every claim whole) and by the model of its core (summaries + a
 *   fetched detail source), each measured after a full GC with only that model alive (MB);
 * - reading one detail chunk as a view asks for it (parse, shape, ids, each joined claim through the Claim schema):
 *   median and p95 over `reps` chunks (ms), with the chunk size the site build uses;
 * - the first search on a core: reading the search file and building the search index with its quotes (ms).
 * Files are served from memory: network time is not part of any figure. Prints one JSON line per measure.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildModel, type DatasetModel } from '../src/dataset/model';
import { fetchedSource } from '../src/dataset/detailsFetched';
import type { ClaimIndex } from '../src/dataset/claimIndex';
import { fromCore, siteFiles } from '../src/domain/core';
import { applyFilters, EMPTY_FILTERS } from '../src/domain/filter';
import { validateDataset, type ValidDataset } from '../src/domain/validate';
import { syntheticDataset } from './lib/harness';
import { resultLog } from './lib/results';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    reps: { type: 'string', default: '20' },
    out: { type: 'string', default: 'bench/results/details.jsonl' },
  },
});
const n = Number(values.n);
const reps = Number(values.reps);
const { report: log, write } = resultLog('details');
const report = (name: string, value: number, unit = 'ms') => log(name, n, value, unit);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

const files = new Map<string, string>();
{
  const validated = validateDataset(JSON.parse(readFileSync(syntheticDataset(n), 'utf8')));
  if (!validated.ok) throw new Error('synthetic dataset did not validate');
  for (const f of siteFiles(validated.dataset)) files.set(f.path, JSON.stringify(f.json));
}
const fetcher = (url: string) => {
  const body = files.get(url.replace(/^\.\/data\//, ''));
  return Promise.resolve(body === undefined ? new Response('', { status: 404 }) : new Response(body, { status: 200 }));
};

// Heap: each model alone, built from its own file as the page would (the file's text is not kept).
const base = heapMb();
let whole: DatasetModel | null = null;
{
  const validated = validateDataset(JSON.parse(readFileSync(syntheticDataset(n), 'utf8')));
  whole = buildModel((validated as { dataset: ValidDataset }).dataset);
}
report('heap_model_whole', heapMb() - base, 'MB');
report('claims', whole.claims.length, 'count');
whole = null;
const base2 = heapMb();
const dataset = fromCore(JSON.parse(files.get('core.json') as string));
const core: DatasetModel = buildModel(dataset);
report('heap_model_core', heapMb() - base2, 'MB');
report('chunk_size', dataset.detailFiles.chunkSize, 'claims');

// One chunk as a card asks for it: a fresh source each time (on the model's claim index), so no chunk is cached.
const times: number[] = [];
const step = Math.max(1, Math.floor(dataset.detailFiles.chunks.length / reps));
for (let k = 0; k < dataset.detailFiles.chunks.length && times.length < reps; k += step) {
  const source = fetchedSource(dataset.claims, dataset.detailFiles, fetcher, core.claimsById as ClaimIndex);
  const id = (dataset.claims[k * dataset.detailFiles.chunkSize] as { id: string }).id;
  const t0 = performance.now();
  const r = await source.claims([id]);
  times.push(performance.now() - t0);
  if (!r.get(id)?.ok) throw new Error(`chunk ${k} did not read`);
}
report('chunk_read_median', sorted(times)[Math.floor(times.length / 2)] as number);
report('chunk_read_p95', sorted(times)[Math.min(times.length - 1, Math.floor(times.length * 0.95))] as number);

// The first search on a core: the search file, then the index built with its quotes.
const fetched = {
  ...core,
  details: fetchedSource(dataset.claims, dataset.detailFiles, fetcher, core.claimsById as ClaimIndex),
};
let t0 = performance.now();
await fetched.details.quotes();
report('search_file_read', performance.now() - t0);
const word = dataset.claims.find((c) => c.place.text_ar)?.place.text_ar ?? 'غارة';
t0 = performance.now();
const hits = applyFilters(fetched, { ...EMPTY_FILTERS, query: word }).incidents.length;
report('first_search_with_quotes', performance.now() - t0);
report('first_search_hits', hits, 'count');
write(values.out, { reps });
