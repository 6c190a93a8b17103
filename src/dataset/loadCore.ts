import type { SummaryDataset } from '../domain/claimDetails';
import { CoreFormatError, fromCore } from '../domain/core';
import { hashBytes } from './sha256';
import { DatasetLoadError, concatBytes, isFileResponse, openDataset, type Progress } from './fetchFile';

/** Where a built site keeps its columnar core (issue 12.2), relative to the page. */
export const CORE_URL = './data/core.json';

/**
 * Why the page did not take the site's core and loaded the whole dataset instead. `absent`: no core is served (the
 * dev server, a site built before the core existed): nothing to tell the reader. `unverified`: the page cannot hash
 * (no Web Crypto outside a secure context), so it cannot know the core is the one the build checked. `mismatch`:
 * the core's bytes are not the ones the build checked (edited or damaged after the build). `corrupt`: it is not a
 * core this app can read.
 */
export type CoreFallback = 'absent' | 'unverified' | 'mismatch' | 'corrupt';

export type CoreLoad = { ok: true; dataset: SummaryDataset } | { ok: false; why: CoreFallback; detail: string };

async function readAll(response: Response, total: number | null, onProgress: (p: Progress) => void) {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress({ loaded, total });
  }
  return concatBytes(chunks, loaded);
}

/**
 * Fetches and reads the site's core. Taken only when its bytes hash to `expected`, the value the site build wrote
 * into the page after validating the dataset the core was made from (the core's records are not re-validated
 * here, so the hash is the proof); anything else is a fallback the caller answers by loading the whole dataset
 * with the full check. A network failure is thrown as for the dataset: the dataset's own fetch would fail alike.
 */
export async function loadCore(
  url: string,
  expected: string | null,
  onProgress: (p: Progress) => void,
): Promise<CoreLoad> {
  let opened: Awaited<ReturnType<typeof openDataset>>;
  try {
    opened = await openDataset(url);
  } catch (e) {
    if (e instanceof DatasetLoadError && e.kind === 'http') return { ok: false, why: 'absent', detail: e.message };
    throw e;
  }
  if (!isFileResponse(opened.response)) {
    void opened.response.body?.cancel();
    return { ok: false, why: 'absent', detail: 'no core file' };
  }
  const bytes = await readAll(opened.response, opened.total, onProgress);
  if (expected === null) return { ok: false, why: 'mismatch', detail: 'the page names no data version' };
  const hashing = hashBytes(bytes);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    return { ok: false, why: 'corrupt', detail: e instanceof Error ? e.message : String(e) };
  }
  const hash = await hashing;
  if (hash === null) return { ok: false, why: 'unverified', detail: 'no Web Crypto on this page' };
  if (hash !== expected) return { ok: false, why: 'mismatch', detail: `hash ${hash}, expected ${expected}` };
  try {
    return { ok: true, dataset: fromCore(raw) };
  } catch (e) {
    // Whatever went wrong reading it, the whole dataset is still there to load: never a blank page over a core.
    return { ok: false, why: 'corrupt', detail: e instanceof CoreFormatError ? e.reason : String(e) };
  }
}

/** The fallback the current page load took, for the dashboard's notice; null when the core was taken or absent. */
let fallback: { why: Exclude<CoreFallback, 'absent'>; detail: string } | null = null;
const listeners = new Set<() => void>();

export function setCoreFallback(next: typeof fallback): void {
  fallback = next;
  for (const l of listeners) l();
}

export const coreFallbackStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  get: () => fallback,
};
