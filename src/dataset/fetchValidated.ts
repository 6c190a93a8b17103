import { validateDataset, type ValidDataset } from '../domain/validate';

/** Why loading failed, as a key the error screen translates. */
export type LoadErrorKind = 'network' | 'http' | 'not-json' | 'not-a-dataset';

export class DatasetLoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    detail: string,
  ) {
    super(detail);
    this.name = 'DatasetLoadError';
  }
}

/** Bytes received so far and the total when the server tells it. */
export type Progress = { loaded: number; total: number | null };

/**
 * Fetches, parses and validates a dataset, reporting download progress. Runs in the dataset worker in the browser
 * (so a 100k-incident file never freezes the page) and inline where workers do not exist (tests).
 */
export async function fetchValidated(
  url: string,
  onProgress: (p: Progress) => void,
  signal?: AbortSignal,
): Promise<ValidDataset> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (e) {
    throw new DatasetLoadError('network', e instanceof Error ? e.message : String(e));
  }
  if (!response.ok) throw new DatasetLoadError('http', `HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  let text: string;
  if (response.body && typeof TextDecoderStream !== 'undefined') {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const chunks: string[] = [];
    let loaded = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.length; // characters, close enough to bytes for a progress bar
      onProgress({ loaded, total });
    }
    text = chunks.join('');
  } else {
    text = await response.text();
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DatasetLoadError('not-json', e instanceof Error ? e.message : String(e));
  }
  const result = validateDataset(raw);
  if (!result.ok) throw new DatasetLoadError('not-a-dataset', result.detail);
  return result.dataset;
}
