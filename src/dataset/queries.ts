import { queryOptions } from '@tanstack/react-query';
import type { ValidDataset } from '../domain/validate';
import { DatasetLoadError, fetchValidated, type LoadErrorKind, type Progress } from './fetchValidated';
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

function loadInWorker(url: string, signal: AbortSignal, onProgress: (p: Progress) => void): Promise<ValidDataset> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => worker.terminate();
    signal.addEventListener('abort', () => {
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
    // The worker resolves the URL against its own location: hand it an absolute one.
    worker.postMessage({ url: new URL(url, document.baseURI).href });
  });
}

/** Fetches and validates a dataset off the main thread where possible (inline in tests, which have no workers). */
export function loadValid(
  url: string,
  signal: AbortSignal,
  onProgress: (p: Progress) => void = () => {},
): Promise<ValidDataset> {
  return typeof Worker !== 'undefined' && import.meta.env.MODE !== 'test'
    ? loadInWorker(url, signal, onProgress)
    : fetchValidated(url, onProgress, signal);
}

async function loadDataset(signal: AbortSignal): Promise<DatasetModel> {
  performance.mark('rasd:fetch-start');
  setProgress({ loaded: 0, total: null });
  try {
    const model = buildModel(await loadValid(DATASET_URL, signal, setProgress));
    performance.mark('rasd:data-ready');
    return model;
  } finally {
    setProgress(null);
  }
}

export const datasetQuery = queryOptions({
  queryKey: ['dataset', DATASET_URL],
  queryFn: ({ signal }) => loadDataset(signal),
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
