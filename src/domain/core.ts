/**
 * The published site's columnar core (`data/core.json`, issue 12.2): every record of a validated dataset except
 * the claims' detail fields and the ingest messages, one column per field (coreColumns.ts), so the page parses a
 * few long arrays instead of hundreds of thousands of objects, and fetches a claim's words only when a view shows
 * them (`details/<k>.json`, `details/search.json`, `details/messages.json`: the shapes are in claimDetails.ts).
 *
 * `fromCore` runs on the page's main thread: it checks the file's structure (lengths, codes, types) in one pass and
 * trusts the records' content, which the site build validated with the zod schema before writing the core (the
 * page takes a core only when its bytes hash to the value the build wrote into the page).
 */
import {
  CLAIM_DETAIL_FIELDS,
  detailOf,
  type DetailFiles,
  type DetailHashes,
  type SummaryDataset,
} from './claimDetails.ts';
import { CoreFormatError, prepareRows, type CoreColumn } from './coreColumns.ts';
import { lazyProperty } from './lazy.ts';
import { StringTable, encodeColumns, finishColumns } from './coreEncode.ts';
import { SCHEMA_VERSION } from './formats.ts';
import type { ValidDataset } from './validate.ts';

export { CoreFormatError, type CoreColumn } from './coreColumns.ts';

/** The record collections a core holds as tables, in file order; claims as their summaries. */
export const CORE_TABLES = ['reports', 'sources', 'places', 'claims', 'incidents', 'tallies'] as const;
export type CoreTableName = (typeof CORE_TABLES)[number];

/**
 * Claims per detail chunk. A claim's details (quote, notes, spans, bases, traces, audit) weigh about 110 bytes in a
 * synthetic set, 310 in UCDP GED and 2.6 KB in the hand-annotated shipped claims (long notes): 28 KB, 78 KB and
 * 650 KB a chunk. One request brings a card's claim with its neighbours in core order (a report's claims sit
 * together), and a 100k dataset makes about 650 chunk files.
 */
export const DEFAULT_CHUNK_SIZE = 256;

export interface CoreTable {
  /** Rows (records) in the table. */
  n: number;
  columns: CoreColumn[];
}

export interface CoreFile {
  format: 'rasd-core';
  version: 1;
  /** The dataset's own fields beside its collections: format, version, generated_at, title, rejected … */
  meta: Record<string, unknown>;
  /** Every string of every table, most frequent first; string columns hold codes into it. */
  strings: string[];
  tables: Record<CoreTableName, CoreTable>;
  detailFiles: DetailFiles;
}

export interface CoreOptions {
  /** Claims per detail chunk (a positive integer); DEFAULT_CHUNK_SIZE when left out. */
  chunkSize?: number;
}

const DETAIL_KEYS: ReadonlySet<string> = new Set(CLAIM_DETAIL_FIELDS);
/** Dataset fields the core does not carry in `meta`: its tables, and the messages (a file of their own). */
const NOT_META: ReadonlySet<string> = new Set<string>([...CORE_TABLES, 'messages', 'detailFiles']);

function chunkSizeOf(options: CoreOptions): number {
  const size = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunkSize must be a positive integer, not ${size}`);
  return size;
}

/** Where the details of `claims` claims go, chunked `chunkSize` to a file. */
export function detailFilesOf(claims: number, chunkSize: number): DetailFiles {
  const chunks = Array.from({ length: Math.ceil(claims / chunkSize) }, (_, k) => `details/${k}.json`);
  return { chunkSize, chunks, search: 'details/search.json', messages: 'details/messages.json' };
}

/** The core of a validated dataset: a JSON-serialisable object (`JSON.stringify` it as is). */
export function toCore(dataset: ValidDataset, options: CoreOptions = {}): CoreFile {
  const chunkSize = chunkSizeOf(options);
  const table = new StringTable();
  const tables = {} as Record<CoreTableName, CoreTable>;
  for (const name of CORE_TABLES) {
    const rows = dataset[name] as unknown as Record<string, unknown>[];
    const skip = name === 'claims' ? DETAIL_KEYS : undefined;
    tables[name] = { n: rows.length, columns: encodeColumns(rows, table, skip) };
  }
  const { strings, remap } = table.finish();
  for (const name of CORE_TABLES) finishColumns(tables[name].columns, remap);
  const meta: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(dataset)) if (!NOT_META.has(key) && value !== undefined) meta[key] = value;
  return {
    format: 'rasd-core',
    version: 1,
    meta,
    strings,
    tables,
    detailFiles: detailFilesOf(dataset.claims.length, chunkSize),
  };
}

/**
 * The core naming the SHA-256 of each detail file (`hashOf(path)`, hex, of the bytes written at that path): what lets
 * the page read a chunk without validating its claims again. The site build adds them (scripts/lib/siteDataset.ts)
 * once the files' bytes are known; hashing needs Node's crypto, which this module does not import.
 */
export function withDetailHashes(core: CoreFile, hashOf: (path: string) => string): CoreFile {
  const { chunks, search, messages } = core.detailFiles;
  const sha256 = { chunks: chunks.map(hashOf), search: hashOf(search), messages: hashOf(messages) };
  return { ...core, detailFiles: { ...core.detailFiles, sha256 } };
}

/** More rows than any table of a dataset the site could serve (100k incidents make 165k claims). */
const MAX_ROWS = 10_000_000;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const shown = (x: unknown): string => (x === undefined ? 'missing' : (JSON.stringify(x) ?? String(x)).slice(0, 40));

/** Paths the page will fetch under `data/`: plain relative names, never a URL or a way out of the folder. */
const SAFE_PATH = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*\.json$/;

const SHA256 = /^[0-9a-f]{64}$/;

function readHashes(raw: unknown, chunks: number): DetailHashes | undefined {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) throw new CoreFormatError('detailFiles.sha256 is not an object');
  const { chunks: list, search, messages } = raw;
  if (!Array.isArray(list) || list.length !== chunks)
    throw new CoreFormatError(`detailFiles.sha256.chunks: expected ${chunks} hashes`);
  for (const [name, hash] of [
    ...list.map((h, k) => [`chunks[${k}]`, h] as const),
    ['search', search] as const,
    ['messages', messages] as const,
  ])
    if (typeof hash !== 'string' || !SHA256.test(hash))
      throw new CoreFormatError(`detailFiles.sha256.${name}: ${shown(hash)} is not a SHA-256 in hex`);
  return { chunks: list as string[], search: search as string, messages: messages as string };
}

function readDetailFiles(raw: unknown, claims: number): DetailFiles {
  if (!isObject(raw)) throw new CoreFormatError('detailFiles is not an object');
  const { chunkSize, chunks, search, messages } = raw;
  if (typeof chunkSize !== 'number' || !Number.isInteger(chunkSize) || chunkSize < 1)
    throw new CoreFormatError(`detailFiles.chunkSize ${shown(chunkSize)} is not a positive integer`);
  const expected = Math.ceil(claims / chunkSize);
  if (!Array.isArray(chunks) || chunks.length !== expected)
    throw new CoreFormatError(`detailFiles.chunks: expected ${expected} chunks for ${claims} claims`);
  for (const [name, path] of [
    ...chunks.map((c, k) => [`chunks[${k}]`, c] as const),
    ['search', search] as const,
    ['messages', messages] as const,
  ])
    if (typeof path !== 'string' || !SAFE_PATH.test(path))
      throw new CoreFormatError(`detailFiles.${name}: ${shown(path)} is not a relative .json path`);
  const files: DetailFiles = {
    chunkSize,
    chunks: chunks as string[],
    search: search as string,
    messages: messages as string,
  };
  const sha256 = readHashes(raw.sha256, expected);
  if (sha256) files.sha256 = sha256;
  return files;
}

function readMeta(raw: unknown): Record<string, unknown> {
  if (!isObject(raw)) throw new CoreFormatError('meta is not an object');
  if (raw.format !== 'rasd-dataset')
    throw new CoreFormatError(`meta.format is ${shown(raw.format)}, not "rasd-dataset"`);
  if (raw.version !== SCHEMA_VERSION)
    throw new CoreFormatError(`meta.version is ${shown(raw.version)}; this version of Rasd reads ${SCHEMA_VERSION}`);
  if (typeof raw.generated_at !== 'string') throw new CoreFormatError('meta.generated_at is not a string');
  if (raw.title !== undefined && typeof raw.title !== 'string') throw new CoreFormatError('meta.title is not a string');
  if (!Array.isArray(raw.rejected)) throw new CoreFormatError('meta.rejected is not a list');
  for (const key of Object.keys(raw))
    if (NOT_META.has(key)) throw new CoreFormatError(`meta.${key}: a collection cannot be a meta field`);
  return raw;
}

function readTable(
  raw: unknown,
  name: CoreTableName,
  strings: readonly string[],
): { n: number; rows: () => Record<string, unknown>[] } {
  if (!isObject(raw)) throw new CoreFormatError(`${name}: the table is missing`);
  const n = raw.n;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_ROWS)
    throw new CoreFormatError(`${name}.n ${shown(n)} is not a row count`);
  // Every record has fields, so its rows are bounded by the columns' own lengths: a bare count could ask the page to
  // build millions of empty records.
  if (n > 0 && (!Array.isArray(raw.columns) || raw.columns.length === 0))
    throw new CoreFormatError(`${name}: ${n} rows and no columns`);
  return { n, rows: prepareRows(n, raw.columns, strings, name) };
}

/**
 * The dataset a core holds, claims as summaries and `detailFiles` saying where their details are. Throws a
 * `CoreFormatError` (and nothing else) on anything that is not a well-formed core of this version.
 *
 * Every table is checked here, but the claims (165k objects at 100k incidents, the largest share of the decode) are
 * built on the first read of `claims`: the map, filters and timeline read only the events, places and sources, so
 * the claims' cost falls after the first marks are painted. The checks are the ones that can fail, so that first
 * read cannot find a problem the load did not.
 */
export function fromCore(raw: unknown): SummaryDataset {
  if (!isObject(raw)) throw new CoreFormatError('the core is not a JSON object');
  if (raw.format !== 'rasd-core') throw new CoreFormatError(`format is ${shown(raw.format)}, not "rasd-core"`);
  if (raw.version !== 1) throw new CoreFormatError(`version is ${shown(raw.version)}; this version of Rasd reads 1`);
  const strings = raw.strings;
  if (!Array.isArray(strings)) throw new CoreFormatError('strings is not a list');
  for (let i = 0; i < strings.length; i++)
    if (typeof strings[i] !== 'string') throw new CoreFormatError(`strings[${i}] is not a string`);
  const meta = readMeta(raw.meta);
  const tables = raw.tables;
  if (!isObject(tables)) throw new CoreFormatError('tables is not an object');
  const out: Record<string, unknown> = { ...meta };
  let claims = 0;
  for (const name of CORE_TABLES) {
    const table = readTable(tables[name], name, strings as string[]);
    if (name === 'claims') {
      claims = table.n;
      lazyProperty(out, name, table.rows);
    } else out[name] = table.rows();
  }
  out.detailFiles = readDetailFiles(raw.detailFiles, claims);
  return out as unknown as SummaryDataset;
}

/**
 * A core's file text: JSON with every character past ASCII escaped (`\u0627`). The page decodes an all-ASCII file
 * to a one-byte string, half the memory of the two-byte string one Arabic letter makes of the whole text (33 MB
 * against 65 MB at 100k) and decoded about 3× faster; Arabic is a small part of a core, so the file grows ~1%.
 */
export const coreText = (core: CoreFile): string =>
  JSON.stringify(core).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** One file the site writes under `data/`: its path there and its JSON value. */
export interface SiteFile {
  path: string;
  json: unknown;
}

/**
 * Every file the published site writes under `data/` beside dataset.json: the core, the detail chunks, the search
 * file (every claim's quote in core order) and the messages file. A dataset with no claims has no chunk.
 */
export function siteFiles(dataset: ValidDataset, options: CoreOptions = {}): SiteFile[] {
  const core = toCore(dataset, options);
  const { chunkSize, chunks } = core.detailFiles;
  const files: SiteFile[] = [{ path: 'core.json', json: core }];
  chunks.forEach((path, k) => {
    const start = k * chunkSize;
    const claims = dataset.claims.slice(start, start + chunkSize).map(detailOf);
    files.push({ path, json: { format: 'rasd-details', version: 1, start, claims } });
  });
  const quotes = dataset.claims.map((c) => c.quote);
  files.push({ path: core.detailFiles.search, json: { format: 'rasd-search', version: 1, quotes } });
  const messages = { format: 'rasd-messages', version: 1, messages: dataset.messages };
  files.push({ path: core.detailFiles.messages, json: messages });
  return files;
}
