/**
 * What the analyst brought and decided, kept on the device in IndexedDB (idb: a small, well-kept wrapper):
 * imported reports with their texts, their claims (as extracted and as reviewed, with the audit trail), and the
 * places and sources those claims need. Nothing here leaves the device. The database has its own name and version,
 * apart from the service worker's caches, so an app update never clears it.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Claim, Place, Source } from '../domain/schema';
import type { ImportResult, LocalReport } from './importReports';
import type { DatasetRole, OpenedDataset } from './openDataset';
import { LOCAL_DB_NAME } from './localPresence';

/** A claim as the pipeline read it and as it stands after review (same id). */
export interface LocalClaim {
  id: string;
  original: Claim;
  current: Claim;
}

/** Everything kept on the device. */
export interface LocalData {
  reports: LocalReport[];
  claims: LocalClaim[];
  places: Place[];
  sources: Source[];
}

export const EMPTY: LocalData = { reports: [], claims: [], places: [], sources: [] };

interface Schema extends DBSchema {
  reports: { key: string; value: LocalReport };
  claims: { key: string; value: LocalClaim };
  places: { key: string; value: Place };
  sources: { key: string; value: Source };
  /** Datasets opened without rebuilding: at most one as the main data, one as a comparison layer (v2). */
  opened: { key: DatasetRole; value: OpenedDataset };
}

const DB_NAME = LOCAL_DB_NAME;

/** Why a write failed, so the page can say it in the analyst's language. */
export class StorageError extends Error {
  constructor(
    readonly kind: 'quota' | 'unavailable' | 'other',
    detail: string,
  ) {
    super(detail);
  }
}

const asStorageError = (e: unknown): StorageError => {
  if (e instanceof StorageError) return e;
  const name = e instanceof DOMException ? e.name : '';
  const detail = e instanceof Error ? e.message : String(e);
  // Chromium reports a full disk as QuotaExceededError; some engines wrap it in the transaction's AbortError.
  if (name === 'QuotaExceededError' || /quota/i.test(detail)) return new StorageError('quota', detail);
  if (name === 'InvalidStateError' || name === 'SecurityError') return new StorageError('unavailable', detail);
  return new StorageError('other', detail);
};

let db: Promise<IDBPDatabase<Schema>> | null = null;

function open(): Promise<IDBPDatabase<Schema>> {
  db ??= openDB<Schema>(DB_NAME, 2, {
    // Each version only adds stores, so a device keeps what it stored under the previous version.
    upgrade(d, oldVersion) {
      if (oldVersion < 1) {
        d.createObjectStore('reports', { keyPath: 'report.id' });
        d.createObjectStore('claims', { keyPath: 'id' });
        d.createObjectStore('places', { keyPath: 'id' });
        d.createObjectStore('sources', { keyPath: 'id' });
      }
      if (oldVersion < 2) d.createObjectStore('opened', { keyPath: 'role' });
    },
  }).catch((e: unknown) => {
    db = null;
    throw asStorageError(e);
  });
  return db;
}

/** Everything stored, or nothing when the browser offers no IndexedDB (the dashboard still works). */
export async function readLocal(): Promise<LocalData> {
  if (typeof indexedDB === 'undefined') return EMPTY;
  const d = await open();
  const [reports, claims, places, sources] = await Promise.all([
    d.getAll('reports'),
    d.getAll('claims'),
    d.getAll('places'),
    d.getAll('sources'),
  ]);
  return { reports, claims, places, sources };
}

/** Stores one finished import in one transaction: all of it or, on an error such as a full disk, none of it. */
export async function saveImport(result: ImportResult): Promise<void> {
  try {
    const d = await open();
    const tx = d.transaction(['reports', 'claims', 'places', 'sources'], 'readwrite');
    await Promise.all([
      ...result.reports.map((r) => tx.objectStore('reports').put(r)),
      ...result.claims.map((c) => tx.objectStore('claims').put({ id: c.id, original: c, current: c })),
      ...result.places.map((p) => tx.objectStore('places').put(p)),
      ...result.sources.map((s) => tx.objectStore('sources').put(s)),
      tx.done,
    ]);
  } catch (e) {
    throw asStorageError(e);
  }
}

/** Replaces a claim's reviewed state (a decision: accept, reject, edit), plus a place or source it now needs. */
export async function saveClaim(claim: LocalClaim, extra: { place?: Place; source?: Source } = {}): Promise<void> {
  try {
    const d = await open();
    const tx = d.transaction(['claims', 'places', 'sources'], 'readwrite');
    await Promise.all([
      tx.objectStore('claims').put(claim),
      ...(extra.place ? [tx.objectStore('places').put(extra.place)] : []),
      ...(extra.source ? [tx.objectStore('sources').put(extra.source)] : []),
      tx.done,
    ]);
  } catch (e) {
    throw asStorageError(e);
  }
}

/** The datasets opened on this device, by role (none without IndexedDB). */
export async function readOpened(): Promise<Partial<Record<DatasetRole, OpenedDataset>>> {
  if (typeof indexedDB === 'undefined') return {};
  const all = await (await open()).getAll('opened');
  return Object.fromEntries(all.map((o) => [o.role, o]));
}

/** Keeps an opened dataset in its role (replacing the one there), or forgets the role's dataset (`null`). */
export async function saveOpened(role: DatasetRole, opened: OpenedDataset | null): Promise<void> {
  try {
    const d = await open();
    if (opened) await d.put('opened', opened);
    else await d.delete('opened', role);
  } catch (e) {
    throw asStorageError(e);
  }
}

/** Deletes everything kept on the device (the caller has asked the analyst first). */
export async function clearLocal(): Promise<void> {
  try {
    const d = await open();
    const tx = d.transaction(['reports', 'claims', 'places', 'sources', 'opened'], 'readwrite');
    await Promise.all([
      tx.objectStore('opened').clear(),
      tx.objectStore('reports').clear(),
      tx.objectStore('claims').clear(),
      tx.objectStore('places').clear(),
      tx.objectStore('sources').clear(),
      tx.done,
    ]);
  } catch (e) {
    throw asStorageError(e);
  }
}
