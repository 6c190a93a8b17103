import { vi } from 'vitest';
import { createHash } from 'node:crypto';
import {
  detailOf,
  summarize,
  type DetailFiles,
  type DetailHashes,
  type SummaryDataset,
} from '../../src/domain/claimDetails';
import type { ValidDataset } from '../../src/domain/validate';

/**
 * A dataset as a published core gives it (claims as summaries, details in chunk files), built from a whole dataset
 * with the contract's own `summarize`/`detailOf`: the files are what the site build would write, by path under data/.
 */
export function asCore(
  valid: ValidDataset,
  chunkSize: number,
  { hashed = false } = {},
): { dataset: SummaryDataset; files: Map<string, string> } {
  const files = new Map<string, string>();
  const chunks: string[] = [];
  for (let start = 0; start < valid.claims.length; start += chunkSize) {
    const path = `details/${chunks.length}.json`;
    chunks.push(path);
    const claims = valid.claims.slice(start, start + chunkSize).map(detailOf);
    files.set(path, JSON.stringify({ format: 'rasd-details', version: 1, start, claims }));
  }
  const detailFiles: DetailFiles = {
    chunkSize,
    chunks,
    search: 'details/search.json',
    messages: 'details/messages.json',
  };
  files.set(
    detailFiles.search,
    JSON.stringify({ format: 'rasd-search', version: 1, quotes: valid.claims.map((c) => c.quote) }),
  );
  files.set(detailFiles.messages, JSON.stringify({ format: 'rasd-messages', version: 1, messages: valid.messages }));
  // As the site build names them (siteDataset.ts): the SHA-256 of each file's UTF-8 bytes.
  if (hashed) detailFiles.sha256 = hashesOf(detailFiles, files);
  const { claims, messages: _messages, ...rest } = valid;
  return { dataset: { ...rest, claims: claims.map(summarize), detailFiles }, files };
}

/** The SHA-256 of each detail file's text as `files` holds it now. */
export function hashesOf(detailFiles: DetailFiles, files: ReadonlyMap<string, string>): DetailHashes {
  const sha256 = (path: string) =>
    createHash('sha256')
      .update(files.get(path) ?? '')
      .digest('hex');
  return {
    chunks: detailFiles.chunks.map(sha256),
    search: sha256(detailFiles.search),
    messages: sha256(detailFiles.messages),
  };
}

/** A gate a test opens when it wants the files to arrive. */
export function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/**
 * A fetch serving `files` (path under data/ → body) after `wait`, anything else 404; each call recorded by path.
 * Paths may also be overridden per test (a corrupt chunk) by editing the map before the fetch happens.
 */
export function detailFetch(files: Map<string, string>, wait: Promise<void> = Promise.resolve()) {
  const calls: string[] = [];
  const fetcher = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const path = url.replace(/^.*?data\//, '');
    calls.push(path);
    await wait;
    const body = files.get(path);
    if (body === undefined) return new Response('not found', { status: 404 });
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return { fetcher, calls };
}
