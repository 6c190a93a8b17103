import { queryOptions } from '@tanstack/react-query';
import type { ValidDataset } from '../domain/validate';
import {
  DatasetLoadError,
  concatBytes,
  isFileResponse,
  openDataset,
  type LoadErrorKind,
  type Progress,
} from './fetchFile';
import { builtDatasetHash, type DatasetCheck } from './buildChecked';
import { buildModel, type DatasetModel } from './model';
import { setProgress } from './progress';
import { CORE_URL, loadCore, setCoreFallback } from './loadCore';

export { DatasetLoadError } from './fetchFile';

/** Where the built dashboard finds its data, relative to the page so any sub-path works. */
export const DATASET_URL = './data/dataset.json';
export const reportTextUrl = (file: string) => `./data/reports/${encodeURIComponent(file)}`;

type WorkerReply =
  | { type: 'progress'; progress: Progress }
  | { type: 'done'; dataset: ValidDataset }
  | { type: 'error'; kind: LoadErrorKind; detail: string };

/**
 * Below this size (bytes) a dataset is parsed and validated on the page itself: a worker's start-up (its own copy
 * of zod and the schema) costs more than checking a few hundred records.
 */
const INLINE_BYTES = 1_000_000;

/** A dataset worker and the answer it will give once it has been sent every chunk and `end`. */
function startWorker(signal: AbortSignal | undefined, onProgress: (p: Progress) => void) {
  const worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<ValidDataset>((resolve, reject) => {
    const finish = () => worker.terminate();
    signal?.addEventListener('abort', () => {
      finish();
      reject(new DatasetLoadError('network', 'aborted'));
    });
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      if (e.data.type === 'progress') onProgress(e.data.progress);
      else if (e.data.type === 'done') {
        finish();
        resolve(e.data.dataset);
      } else {
        finish();
        reject(new DatasetLoadError(e.data.kind, e.data.detail));
      }
    };
    worker.onerror = (e) => {
      finish();
      reject(new DatasetLoadError('network', e.message));
    };
  });
  // The transfer moves each chunk to the worker: nothing is copied.
  const send = (chunk: Uint8Array) => worker.postMessage({ type: 'chunk', chunk }, [chunk.buffer]);
  return { worker, result, send };
}

/**
 * The page fetches (so the request is the one `<link rel="preload">` started while the HTML was parsed, and a
 * service worker answers it like any page request). Bytes the build checked (`expected`, see buildChecked.ts) are
 * only parsed, here on the page; so are small files, validated record by record. Larger unchecked files are
 * validated in a worker: without a build hash to compare (a comparison set), the worker takes the bytes as they
 * arrive once the file proves large; otherwise the page keeps them to hash and hands them over at the end.
 */
async function loadOnPage(
  url: string,
  signal: AbortSignal | undefined,
  onProgress: (p: Progress) => void,
  expected: string | null,
): Promise<{ dataset: ValidDataset; check: DatasetCheck }> {
  const { response, total } = await openDataset(url, signal);
  // The page's check (zod) loads while the file downloads, when the page is likely to check it itself.
  const checker = expected !== null || total === null || total < INLINE_BYTES ? import('./pageCheck') : null;
  checker?.catch(() => {}); // a failed load is thrown where it is awaited, not reported unhandled while downloading
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  let offloaded: ReturnType<typeof startWorker> | null = null;
  const reader = response.body?.getReader();
  try {
    if (!reader) chunks.push(new Uint8Array(await response.arrayBuffer()));
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      onProgress({ loaded, total });
      if (!offloaded && expected === null && Math.max(loaded, total ?? 0) >= INLINE_BYTES) {
        offloaded = startWorker(signal, onProgress);
        for (const c of chunks) offloaded.send(c);
        chunks.length = 0;
      }
      if (offloaded) offloaded.send(value);
      else chunks.push(value);
    }
  } catch (e) {
    offloaded?.worker.terminate();
    throw new DatasetLoadError('network', e instanceof Error ? e.message : String(e));
  }
  if (!offloaded) {
    const bytes = reader ? concatBytes(chunks, loaded) : chunks[0]!;
    // The check (zod) loads only on this path, off the core's path to the first paint (issue 12).
    const { checkOnPage } = await (checker ?? import('./pageCheck'));
    // Decoded once the last byte is in: decoding each chunk as it came slowed the download loop (UCDP A/B).
    const onPage = await checkOnPage(bytes, new TextDecoder().decode(bytes), expected, INLINE_BYTES);
    if (onPage) return onPage;
    offloaded = startWorker(signal, onProgress);
    offloaded.send(bytes);
  }
  offloaded.worker.postMessage({ type: 'end' });
  return { dataset: await offloaded.result, check: 'browser-checked' };
}

/**
 * Fetches and validates a dataset off the main thread where possible (inline in tests, which have no workers).
 * `expected`: the hash the build gave these bytes when it validated them (only the site's own dataset has one).
 */
export async function loadChecked(
  url: string,
  signal: AbortSignal | undefined,
  onProgress: (p: Progress) => void = () => {},
  expected: string | null = null,
): Promise<{ dataset: ValidDataset; check: DatasetCheck }> {
  if (typeof Worker !== 'undefined' && import.meta.env.MODE !== 'test')
    return loadOnPage(url, signal, onProgress, expected);
  const { fetchValidated } = await import('./fetchValidated');
  return { dataset: await fetchValidated(url, onProgress, signal), check: 'browser-checked' };
}

/** A dataset without a build's hash (a comparison set): always validated record by record. */
export async function loadValid(
  url: string,
  signal: AbortSignal | undefined,
  onProgress: (p: Progress) => void = () => {},
): Promise<ValidDataset> {
  return (await loadChecked(url, signal, onProgress)).dataset;
}

/** Marks the data ready, saying which check the records passed and which file they came from (tests, bench). */
function markReady(check: DatasetCheck, source: 'core' | 'dataset'): void {
  if (typeof document !== 'undefined') {
    document.documentElement.dataset.datasetCheck = check;
    document.documentElement.dataset.datasetSource = source;
  }
  performance.mark('rasd:data-ready', { detail: { check, source } });
}

/**
 * The site's data: its columnar core when the build's hash vouches for it (issue 12.2: claims without their
 * words, details fetched per incident or report on demand), else the whole dataset with the full check, and a notice
 * saying why when a core was there but could not be taken.
 */
async function loadDataset(): Promise<DatasetModel> {
  performance.mark('rasd:fetch-start');
  setProgress({ loaded: 0, total: null });
  try {
    const expected = builtDatasetHash();
    const core = await loadCore(CORE_URL, expected, setProgress);
    if (core.ok) {
      const model = buildModel(core.dataset);
      markReady('build-checked', 'core');
      return model;
    }
    setCoreFallback(core.why === 'absent' ? null : { why: core.why, detail: core.detail });
    // The page's hash is the core's on a site that has one: the whole file then takes the full check.
    const datasetHash = core.why === 'absent' ? expected : null;
    const { dataset, check } = await loadChecked(DATASET_URL, undefined, setProgress, datasetHash);
    const model = buildModel(dataset);
    markReady(check, 'dataset');
    return model;
  } finally {
    setProgress(null);
  }
}

/**
 * The one dataset load. main.tsx starts it before React renders (no waterfall); it never reads the query's abort
 * signal, so a component that unmounts while it runs cannot cancel it and make the next one start over.
 */
export const datasetQuery = queryOptions({
  queryKey: ['dataset', DATASET_URL],
  queryFn: () => loadDataset(),
  staleTime: Infinity,
  retry: false,
});

export const reportTextQuery = (file: string) =>
  queryOptions({
    queryKey: ['report-text', file],
    queryFn: async ({ signal }) => {
      const response = await fetch(reportTextUrl(file), { signal });
      if (!isFileResponse(response)) throw new Error(`HTTP ${response.status}`);
      // Offsets refer to the NFC text, so the text is normalised exactly as the pipeline did.
      return (await response.text()).normalize('NFC');
    },
    staleTime: Infinity,
    retry: false,
  });
