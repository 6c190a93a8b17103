/** The page's side of the import worker: one worker kept between imports (its dictionaries stay prepared). */
import type { ImportItem } from './importReports';
import type {
  ImportProgress,
  ImportReply,
  ImportRequest,
  ImportSummary,
  OpenReply,
  OpenRequest,
  OpenSummary,
} from './importProtocol';
import type { DatasetRole } from './openDataset';
import { StorageError } from './localStore';

let worker: Worker | null = null;

export class ImportCancelled extends Error {}

export interface RunningImport {
  /** Resolves once the import is stored on the device. */
  result: Promise<ImportSummary>;
  /** Stops the worker at once; the promise rejects with ImportCancelled and nothing is stored. */
  cancel: () => void;
}

export function runImport(
  items: ImportItem[],
  taken: { uids: string[]; ids: string[] },
  onProgress: (p: ImportProgress) => void,
): RunningImport {
  const w = (worker ??= new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' }));
  let cancel = () => {};
  const result = new Promise<ImportSummary>((resolve, reject) => {
    cancel = () => {
      w.terminate();
      worker = null;
      reject(new ImportCancelled('cancelled'));
    };
    w.onmessage = (e: MessageEvent<ImportReply>) => {
      if (e.data.type === 'progress') onProgress(e.data);
      else if (e.data.type === 'done') resolve(e.data.summary);
      else reject(e.data.storage ? new StorageError(e.data.storage, e.data.detail) : new Error(e.data.detail));
    };
    w.onerror = (e) => {
      w.terminate();
      worker = null;
      reject(new Error(e.message));
    };
  });
  const request: ImportRequest = { items, ...taken };
  // The files' bytes move to the worker (transferred, not copied).
  const buffers = new Set(items.flatMap((i) => [i.bytes.buffer, ...(i.sidecar ? [i.sidecar.buffer] : [])]));
  w.postMessage(request, [...buffers] as Transferable[]);
  return { result, cancel };
}

/** Opens a dataset file in the import worker (it parses, validates and stores it); resolves with what was kept. */
export function runOpen(name: string, bytes: Uint8Array, role: DatasetRole): Promise<OpenSummary> {
  const w = (worker ??= new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' }));
  return new Promise<OpenSummary>((resolve, reject) => {
    w.onmessage = (e: MessageEvent<OpenReply>) => {
      if (e.data.type === 'opened') resolve(e.data.summary);
      else reject(e.data.storage ? new StorageError(e.data.storage, e.data.detail) : new Error(e.data.detail));
    };
    w.onerror = (e) => {
      w.terminate();
      worker = null;
      reject(new Error(e.message));
    };
    const request: OpenRequest = { open: { name, bytes, role, at: new Date().toISOString() } };
    w.postMessage(request, [bytes.buffer as ArrayBuffer]);
  });
}
