/// <reference lib="webworker" />
// First, before anything parses: no CSP violation from zod's `new Function` probe (see dataset/zodJitless.ts).
import './zodJitless';
import { prepare, type Prepared } from '../ingest/prepare';
import { importReports } from './importReports';
import { saveImport, saveOpened, StorageError } from './localStore';
import type { ImportReply, ImportRequest, OpenReply, OpenRequest } from './importProtocol';
import { browserResources, fetchGazetteer } from './ingestResources';
import { governoratesOf, readDatasetFile } from './openDataset';

/**
 * Runs the CLI's ingest pipeline off the page: the dictionaries are prepared once per worker (the gazetteer is
 * fetched from the page's own origin), then each request's files are read with progress and stored in IndexedDB in
 * one transaction. Cancel = the page terminates the worker: a transaction cut short is aborted, so nothing is kept
 * half-written.
 */
let prepared: Promise<Prepared> | null = null;

const post = (m: ImportReply) => self.postMessage(m);

/** Opens a dataset file: parsed and validated here, kept in IndexedDB here; the page re-reads it once. */
async function openDataset({ open }: OpenRequest): Promise<OpenReply> {
  prepared ??= fetchGazetteer().then((g) => prepare(browserResources(g).resources));
  const governorates = governoratesOf((await prepared).resources.places);
  const result = readDatasetFile(open.name, open.bytes, { governorates }, open.at);
  if (!result.ok) return { type: 'error', detail: result.reason, storage: null };
  const { dataset, kind } = result;
  await saveOpened(open.role, { role: open.role, name: open.name, kind, openedAt: open.at, dataset });
  const rejected = dataset.rejected
    .filter((r) => r.outcome === 'set-aside')
    .map(({ collection, id, reasons }) => ({ collection, id, reasons }));
  return {
    type: 'opened',
    summary: { kind, claims: dataset.claims.length, rejected, messages: dataset.messages.length },
  };
}

self.onmessage = async (event: MessageEvent<ImportRequest | OpenRequest>) => {
  const request = event.data;
  if ('open' in request) {
    try {
      self.postMessage(await openDataset(request));
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      self.postMessage({
        type: 'error',
        detail,
        storage: e instanceof StorageError ? e.kind : null,
      } satisfies OpenReply);
    }
    return;
  }
  try {
    post({ type: 'progress', phase: 'dictionaries', done: 0, total: request.items.length, file: '' });
    prepared ??= fetchGazetteer().then((g) => prepare(browserResources(g).resources));
    const ready = await prepared;
    let last = 0;
    const result = importReports(
      request.items,
      ready,
      { uids: new Set(request.uids), ids: new Set(request.ids) },
      (p) => {
        const now = performance.now();
        // Every report on small imports; at most every 50 ms on large ones (a message per file is noise).
        if (p.done < p.total && now - last < 50) return;
        last = now;
        post({ type: 'progress', phase: 'reading', done: p.done, total: p.total, file: p.file });
      },
    );
    // Stored from here, in one transaction: the records never cross to the page, which only re-reads what it
    // shows (a 1,000-report import is ~10k claims that would otherwise be copied twice on the page's thread).
    post({ type: 'progress', phase: 'storing', done: result.reports.length, total: request.items.length, file: '' });
    await saveImport(result);
    const { reports, claims, bytes, notices } = result;
    post({ type: 'done', summary: { reports: reports.length, claims: claims.length, bytes, notices } });
  } catch (e) {
    if (!(e instanceof StorageError)) prepared = null;
    const detail = e instanceof Error ? e.message : String(e);
    post({ type: 'error', detail, storage: e instanceof StorageError ? e.kind : null });
  }
};
