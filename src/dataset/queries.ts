import { queryOptions } from '@tanstack/react-query';
import type { ValidDataset } from '../domain/validate';
import {
  DatasetLoadError,
  fetchValidated,
  openDataset,
  parseValidated,
  type LoadErrorKind,
  type Progress,
} from './fetchValidated';
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
 * service worker answers it like any page request). A file that ends below INLINE_BYTES is parsed and validated
 * right here; once it proves larger (servers that compress often announce no length), a worker takes over, the
 * bytes so far first, the rest as they arrive.
 */
async function loadInWorker(
  url: string,
  signal: AbortSignal | undefined,
  onProgress: (p: Progress) => void,
): Promise<ValidDataset> {
  const { response, total } = await openDataset(url, signal);
  if (!response.body) return parseValidated(await response.text());
  const reader = response.body.getReader();
  const head: Uint8Array[] = [];
  let loaded = 0;
  let offloaded: ReturnType<typeof startWorker> | null = null;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      onProgress({ loaded, total });
      if (!offloaded && Math.max(loaded, total ?? 0) >= INLINE_BYTES) {
        offloaded = startWorker(signal, onProgress);
        for (const c of head) offloaded.send(c);
        head.length = 0;
      }
      if (offloaded) offloaded.send(value);
      else head.push(value);
    }
  } catch (e) {
    offloaded?.worker.terminate();
    throw new DatasetLoadError('network', e instanceof Error ? e.message : String(e));
  }
  if (!offloaded) return parseValidated(new TextDecoder().decode(concat(head, loaded)));
  offloaded.worker.postMessage({ type: 'end' });
  return offloaded.result;
}

/** Fetches and validates a dataset off the main thread where possible (inline in tests, which have no workers). */
export function loadValid(
  url: string,
  signal: AbortSignal | undefined,
  onProgress: (p: Progress) => void = () => {},
): Promise<ValidDataset> {
  return typeof Worker !== 'undefined' && import.meta.env.MODE !== 'test'
    ? loadInWorker(url, signal, onProgress)
    : fetchValidated(url, onProgress, signal);
}

async function loadDataset(): Promise<DatasetModel> {
  performance.mark('rasd:fetch-start');
  setProgress({ loaded: 0, total: null });
  try {
    const model = buildModel(await loadValid(DATASET_URL, undefined, setProgress));
    performance.mark('rasd:data-ready');
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
