import { queryOptions } from '@tanstack/react-query';
import { validateDataset } from '../domain/validate';
import { buildModel, type DatasetModel } from './model';

/** Where the built dashboard finds its data, relative to the page so any sub-path works. */
export const DATASET_URL = './data/dataset.json';
export const reportTextUrl = (file: string) => `./data/reports/${encodeURIComponent(file)}`;

/** Why loading failed, as a key the error screen translates. */
export class DatasetLoadError extends Error {
  constructor(
    readonly kind: 'network' | 'http' | 'not-json' | 'not-a-dataset',
    detail: string,
  ) {
    super(detail);
    this.name = 'DatasetLoadError';
  }
}

async function fetchDataset(signal: AbortSignal): Promise<DatasetModel> {
  let response: Response;
  try {
    response = await fetch(DATASET_URL, { signal });
  } catch (e) {
    throw new DatasetLoadError('network', e instanceof Error ? e.message : String(e));
  }
  if (!response.ok) throw new DatasetLoadError('http', `HTTP ${response.status}`);
  let raw: unknown;
  try {
    raw = JSON.parse(await response.text());
  } catch (e) {
    throw new DatasetLoadError('not-json', e instanceof Error ? e.message : String(e));
  }
  const result = validateDataset(raw);
  if (!result.ok) throw new DatasetLoadError('not-a-dataset', result.detail);
  return buildModel(result.dataset);
}

export const datasetQuery = queryOptions({
  queryKey: ['dataset', DATASET_URL],
  queryFn: ({ signal }) => fetchDataset(signal),
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
