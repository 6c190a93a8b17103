/// <reference lib="webworker" />
// First, before anything parses: no CSP violation from zod's `new Function` probe (see zodJitless.ts).
import './zodJitless';
import { DatasetLoadError, fetchValidated, parseValidated } from './fetchValidated';
import type { ValidDataset } from '../domain/validate';

/**
 * Parses and validates a dataset off the main thread. Either it fetches `{ url }` itself (posting progress), or the
 * page, which already holds the response (it started with the page, see queries.ts), streams the bytes in as
 * `chunk` messages (transferred, not copied) and then `end`. Replies with the valid dataset or an error.
 */
type Request = { url: string } | { type: 'chunk'; chunk: Uint8Array } | { type: 'end' };

const decoder = new TextDecoder();
const parts: string[] = [];

async function answer(load: () => Promise<ValidDataset> | ValidDataset): Promise<void> {
  try {
    self.postMessage({ type: 'done', dataset: await load() });
  } catch (e) {
    const kind = e instanceof DatasetLoadError ? e.kind : 'network';
    self.postMessage({ type: 'error', kind, detail: e instanceof Error ? e.message : String(e) });
  }
}

self.onmessage = (event: MessageEvent<Request>) => {
  const request = event.data;
  if ('url' in request) {
    let last = 0;
    void answer(() =>
      fetchValidated(request.url, (p) => {
        const now = performance.now();
        if (now - last < 100) return; // a progress message every 100 ms is plenty
        last = now;
        self.postMessage({ type: 'progress', progress: p });
      }),
    );
  } else if (request.type === 'chunk') {
    parts.push(decoder.decode(request.chunk, { stream: true }));
  } else {
    parts.push(decoder.decode());
    const text = parts.join('');
    parts.length = 0;
    void answer(() => parseValidated(text));
  }
};
