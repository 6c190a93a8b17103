/**
 * Fetching a data file, without validating it (fetchValidated.ts validates): what the core loader and the detail
 * files need before the first paint, kept apart from the schema so that path does not load zod.
 */

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
 * Whether a response is the file that was asked for: a static host (and the dev server) may answer a missing file
 * with the app's own index.html and a 200 status.
 */
export const isFileResponse = (response: Response): boolean =>
  response.ok && !(response.headers.get('content-type') ?? '').includes('text/html');

/** The chunks of a download as one array of `length` bytes. */
export function concatBytes(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Opens a dataset URL: the response once its headers are in, with its announced size when the server tells it. */
export async function openDataset(
  url: string,
  signal?: AbortSignal,
): Promise<{ response: Response; total: number | null }> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (e) {
    throw new DatasetLoadError('network', e instanceof Error ? e.message : String(e));
  }
  if (!response.ok) throw new DatasetLoadError('http', `HTTP ${response.status}`);
  // A compressed answer (a host serving `core.json.gz`) announces the compressed size while the body reads
  // decompressed, several times more bytes: the total is then unknown rather than wrong.
  const encoding = response.headers.get('content-encoding');
  if (encoding !== null && encoding.trim().toLowerCase() !== 'identity') return { response, total: null };
  const length = Number(response.headers.get('content-length'));
  return { response, total: Number.isFinite(length) && length > 0 ? length : null };
}

/** Reads a response's body as text, reporting progress as it arrives. */
export async function readText(
  response: Response,
  total: number | null,
  onProgress: (p: Progress) => void,
): Promise<string> {
  if (!response.body || typeof TextDecoderStream === 'undefined') return response.text();
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
  return chunks.join('');
}

/** Parses a dataset's text; throws a DatasetLoadError when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DatasetLoadError('not-json', e instanceof Error ? e.message : String(e));
  }
}
