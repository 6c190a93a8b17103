/** Messages between the page and the import worker. */
import type { ImportItem, ImportResult } from './importReports';

export interface ImportRequest {
  items: ImportItem[];
  /** Report uids already on the device or in the loaded dataset (a text imported again is skipped). */
  uids: string[];
  /** Report ids and claim-id prefixes in use (a clashing file is renamed). */
  ids: string[];
}

export interface ImportProgress {
  type: 'progress';
  /** 'dictionaries': loading the gazetteer (first import only); 'reading': the pipeline runs. */
  phase: 'dictionaries' | 'reading';
  done: number;
  total: number;
  file: string;
}

export type ImportReply = ImportProgress | { type: 'done'; result: ImportResult } | { type: 'error'; detail: string };
