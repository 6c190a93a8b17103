import { queryOptions } from '@tanstack/react-query';
import type { ValidDataset } from '../domain/validate';
import { DatasetLoadError, fetchValidated, openDataset, type LoadErrorKind, type Progress } from './fetchValidated';
import { builtDatasetHash, isBuildChecked, parseBytes, type DatasetCheck } from './buildChecked';
import { buildModel, type DatasetModel } from './model';
import { setProgress } from './progress';

export { DatasetLoadError } from './fetchValidated';

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

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * The page fetches (so the request is the one `<link rel="preload">` started while the HTML was parsed, and a
 * service worker answers it like any page request) and keeps the bytes until the last one is in. Bytes the build
 * checked (`expected`, see buildChecked.ts) are only parsed, here on the page. Others are validated record by
 * record: here below INLINE_BYTES, else in a worker, which is sent the bytes in one transfer.
 */
async function loadOnPage(
  url: string,
  signal: AbortSignal | undefined,
  onProgress: (p: Progress) => void,
  expected: string | null,
): Promise<{ dataset: ValidDataset; check: DatasetCheck }> {
  const { response, total } = await openDataset(url, signal);
  let bytes: Uint8Array;
  if (!response.body) bytes = new Uint8Array(await response.arrayBuffer());
  else {
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        loaded += value.byteLength;
        onProgress({ loaded, total });
        chunks.push(value);
      }
    } catch (e) {
      throw new DatasetLoadError('network', e instanceof Error ? e.message : String(e));
    }
    bytes = concat(chunks, loaded);
  }
  const trusted = await isBuildChecked(bytes, expected);
  if (trusted || bytes.byteLength < INLINE_BYTES) return parseBytes(bytes, trusted);
  const offloaded = startWorker(signal, onProgress);
  offloaded.send(bytes);
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

async function loadDataset(): Promise<DatasetModel> {
  performance.mark('rasd:fetch-start');
  setProgress({ loaded: 0, total: null });
  try {
    const { dataset, check } = await loadChecked(DATASET_URL, undefined, setProgress, builtDatasetHash());
    const model = buildModel(dataset);
    // Which check the records passed, for tests and the bench: on the mark's detail and on <html>.
    if (typeof document !== 'undefined') document.documentElement.dataset.datasetCheck = check;
    performance.mark('rasd:data-ready', { detail: { check } });
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
      // A static host may answer a missing file with the app's index.html and a 200 status.
      if (!response.ok || (response.headers.get('content-type') ?? '').includes('text/html')) {
        throw new Error(`HTTP ${response.status}`);
      }
      // Offsets refer to the NFC text, so the text is normalised exactly as the pipeline did.
      return (await response.text()).normalize('NFC');
    },
    staleTime: Infinity,
    retry: false,
  });
