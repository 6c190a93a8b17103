/** Messages between the page and the import worker. */
import type { ImportItem, ImportResult } from './importReports';
import type { DatasetKind, DatasetRole } from './openDataset';

export interface ImportRequest {
  items: ImportItem[];
  /** Report uids already on the device or in the loaded dataset (a text imported again is skipped). */
  uids: string[];
  /** Report ids and claim-id prefixes in use (a clashing file is renamed). */
  ids: string[];
}

/** Open a dataset file (Rasd JSON, UCDP GED or ACLED CSV) in a role; the worker stores it on the device. */
export interface OpenRequest {
  open: { name: string; bytes: Uint8Array; role: DatasetRole; at: string };
}

/** What the page says once a dataset is opened: how much was kept and what was set aside. */
export interface OpenSummary {
  kind: DatasetKind;
  claims: number;
  rejected: { collection: string; id: string | null; reasons: string[] }[];
  messages: number;
}

export type OpenReply =
  | { type: 'opened'; summary: OpenSummary }
  | { type: 'error'; detail: string; storage: 'quota' | 'unavailable' | 'other' | null };

export interface ImportProgress {
  type: 'progress';
  /** 'dictionaries': loading the gazetteer (first import only); 'reading': the pipeline runs; 'storing': saving. */
  phase: 'dictionaries' | 'reading' | 'storing';
  done: number;
  total: number;
  file: string;
}

/** What the page needs to say once the worker has stored an import (the records themselves stay in IndexedDB). */
export interface ImportSummary {
  reports: number;
  claims: number;
  bytes: number;
  notices: ImportResult['notices'];
}

export type ImportReply =
  | ImportProgress
  | { type: 'done'; summary: ImportSummary }
  | { type: 'error'; detail: string; storage: 'quota' | 'unavailable' | 'other' | null };
