/// <reference lib="webworker" />
import './zodJitless';
import { DatasetLoadError, fetchValidated } from './fetchValidated';

/** Parses and validates the dataset off the main thread; posts progress, then the valid dataset or an error. */
self.onmessage = async (event: MessageEvent<{ url: string }>) => {
  try {
    let last = 0;
    const dataset = await fetchValidated(event.data.url, (p) => {
      const now = performance.now();
      if (now - last < 100) return; // a progress message every 100 ms is plenty
      last = now;
      self.postMessage({ type: 'progress', progress: p });
    });
    self.postMessage({ type: 'done', dataset });
  } catch (e) {
    const kind = e instanceof DatasetLoadError ? e.kind : 'network';
    self.postMessage({ type: 'error', kind, detail: e instanceof Error ? e.message : String(e) });
  }
};
