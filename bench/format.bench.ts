/**
 * `npm run bench:format [-- --n 100000 --runs 3]`: what the published site's first load costs at 100k (issue 12.2:
 * data-ready ≤ 1.5 s). On the same synthetic dataset (npm run synth), in Node (V8, as Chromium):
 * - json:  today's dataset.json, parsed and checked with the zod schema (validateDataset, what the worker does), and
 *          its structured clone to the page;
 * - core:  the shipped codec (src/domain/core.ts): core.json as the site build writes it, JSON.parse + fromCore on
 *          the main thread (records built, no transfer), each run a first load in a fresh process
 *          (bench/lib/parseCore.ts); beside it the detail files the page fetches on demand;
 * - arrow: the same columns as Apache Arrow IPC (one table per collection, nested fields flattened, strings as Arrow
 *          dictionaries, null and absent both null), read and checked, and its transfer.
 * For each: bytes, gzip bytes and medians of `--runs`. Results: JSON lines in bench/results/format.jsonl (`name` is
 * `<format>-<measure>`, `n` the incident count).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadavg, tmpdir } from 'node:os';
import {
  Bool,
  Dictionary,
  Field,
  Float64,
  Int32,
  List,
  Table,
  Utf8,
  tableFromIPC,
  tableToIPC,
  vectorFromArray,
  type DataType,
  type Vector,
} from 'apache-arrow';
import '../src/dataset/zodJitless';
import { CORE_TABLES, coreText, fromCore, siteFiles, type CoreColumn, type CoreFile } from '../src/domain/core';
import { validateDataset, type ValidDataset } from '../src/domain/validate';
import { quantile, syntheticDataset } from './lib/harness';
import { resultLog } from './lib/results';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: 'bench/results/format.jsonl' },
  },
});
const n = Number(values.n);
const runs = Math.max(1, Number(values.runs));
const log = resultLog('format');

function median(f: () => void): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return quantile(times, 0.5);
}

function sizes(name: string, bytes: Uint8Array | string): void {
  const raw = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  log.report(`${name}-bytes`, n, raw.byteLength / 1e6, 'MB');
  log.report(`${name}-gzip-bytes`, n, gzipSync(raw).byteLength / 1e6, 'MB');
}

function report(format: string, bytes: Uint8Array | string, parse: number, transfer: number): void {
  sizes(format, bytes);
  log.report(`${format}-parse-validate`, n, parse, 'ms');
  log.report(`${format}-transfer`, n, transfer, 'ms');
  log.report(`${format}-data-ready-estimate`, n, parse + transfer, 'ms');
}

log.report('load-average-1min', 0, loadavg()[0] ?? NaN, '');

// (a) Today's JSON.
const jsonText = readFileSync(syntheticDataset(n), 'utf8');
let dataset: ValidDataset | null = null;
const jsonParse = median(() => {
  const result = validateDataset(JSON.parse(jsonText));
  if (!result.ok) throw new Error(result.detail);
  dataset = result.dataset;
});
if (!dataset) throw new Error('no dataset');
const valid: ValidDataset = dataset;
const jsonTransfer = median(() => structuredClone(valid));
report('json', jsonText, jsonParse, jsonTransfer);

// (b) The shipped core, as the site build writes it, and the detail files beside it.
const files = siteFiles(valid);
const coreFileText = coreText(files[0]?.json as CoreFile);
sizes('core', coreFileText);
// Read as the page reads it, into a clean heap: a fresh process per run (each run is a first load, so V8 has not
// warmed up on it yet).
const coreFile = join(tmpdir(), `rasd-core-${n}.json`);
writeFileSync(coreFile, coreFileText);
const textTimes: number[] = [];
const parseTimes: number[] = [];
const decodeTimes: number[] = [];
const totals: number[] = [];
const cpuTimes: number[] = [];
let claims = 0;
for (let r = 0; r < runs; r++) {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'bench/lib/parseCore.ts', '--file', coreFile, '--runs', '1'],
    {
      encoding: 'utf8',
    },
  );
  if (child.status !== 0) throw new Error(`parseCore failed: ${child.stderr}`);
  const run = JSON.parse(child.stdout) as {
    decodeText: number[];
    parse: number[];
    decode: number[];
    total: number[];
    cpu: number[];
    claims: number;
  };
  textTimes.push(...run.decodeText);
  parseTimes.push(...run.parse);
  decodeTimes.push(...run.decode);
  totals.push(...run.total);
  cpuTimes.push(...run.cpu);
  claims = run.claims;
}
rmSync(coreFile, { force: true });
log.report('core-text-decode', n, quantile(textTimes, 0.5), 'ms');
log.report('core-parse', n, quantile(parseTimes, 0.5), 'ms');
log.report('core-fromCore', n, quantile(decodeTimes, 0.5), 'ms');
log.report('core-text-parse-fromCore', n, quantile(totals, 0.5), 'ms');
log.report('core-data-ready-estimate', n, quantile(totals, 0.5), 'ms');
log.report('core-parse-fromCore-cpu', n, quantile(cpuTimes, 0.5), 'ms');
log.report('core-claims', n, claims, 'claims');
// What the first load needs (the core) against what it needed before (the whole dataset.json).
log.report('first-load-core-vs-json', n, Buffer.byteLength(coreFileText) / Buffer.byteLength(jsonText), 'ratio');
const detailTexts = files.slice(1).map((f) => ({ path: f.path, text: JSON.stringify(f.json) }));
const chunkBytes = detailTexts.filter((f) => /^details\/\d+\.json$/.test(f.path)).map((f) => Buffer.byteLength(f.text));
sizes('details-all', detailTexts.map((f) => f.text).join(''));
log.report('details-chunks', n, chunkBytes.length, 'files');
log.report('details-chunk-median-bytes', n, quantile(chunkBytes, 0.5) / 1e3, 'KB');
log.report('details-chunk-max-bytes', n, Math.max(...chunkBytes) / 1e3, 'KB');
sizes('details-search', detailTexts.find((f) => f.path === 'details/search.json')?.text ?? '');

// (c) Apache Arrow IPC of the same columns: one table per collection, nested fields flattened (`place.city`).
const core = files[0]?.json as CoreFile;
const summary = fromCore(JSON.parse(coreFileText));
type Row = Record<string, unknown>;
function arrowType(column: CoreColumn, values: readonly unknown[]): DataType {
  switch (column.type) {
    case 'str':
      return new Dictionary(new Utf8(), new Int32());
    case 'int':
      return values.every((x) => x === null || Math.abs(x as number) < 2 ** 31) ? new Int32() : new Float64();
    case 'num':
      return new Float64();
    case 'bool':
      return new Bool();
    case 'strs':
      return new List(new Field('item', new Utf8(), true));
    default:
      return new Utf8();
  }
}
function arrowColumns(
  rows: readonly Row[],
  columns: readonly CoreColumn[],
  prefix: string,
  out: Record<string, Vector>,
) {
  for (const column of columns) {
    const values = rows.map((row) => row[column.key] ?? null);
    if (column.type === 'obj') {
      arrowColumns(
        values.map((v) => (v ?? {}) as Row),
        column.columns ?? [],
        `${prefix}${column.key}.`,
        out,
      );
      continue;
    }
    const cells = column.type === 'raw' ? values.map((v) => (v === null ? null : JSON.stringify(v))) : values;
    out[`${prefix}${column.key}`] = vectorFromArray(cells, arrowType(column, values));
  }
}
const arrowTables = CORE_TABLES.map((name) => {
  const vectors: Record<string, Vector> = {};
  arrowColumns(summary[name] as unknown as Row[], core.tables[name].columns, '', vectors);
  return tableToIPC(new Table(vectors), 'stream');
});
const arrowBytes = Buffer.concat(arrowTables);

/** What the page needs from the Arrow tables: every column read and checked (codes in range, strings, numbers). */
function readArrow(): number {
  let checked = 0;
  arrowTables.forEach((bytes, t) => {
    const table = tableFromIPC(bytes);
    if (table.numRows !== core.tables[CORE_TABLES[t] as keyof CoreFile['tables']].n) throw new Error('row count');
    for (const field of table.schema.fields) {
      const column = table.getChild(field.name) as Vector | null;
      if (!column) throw new Error(`missing ${field.name}`);
      if (field.type instanceof Dictionary) {
        for (const data of column.data) {
          const size = data.dictionary?.length ?? 0;
          // Null slots hold code 0, which an all-null column's empty dictionary does not have.
          if (data.nullCount < data.length)
            for (const x of data.values as Int32Array) if (x >= size) throw new Error(`${field.name} code`);
        }
      } else if (field.type instanceof List) {
        checked += column.length;
      } else {
        const xs = column.toArray() as ArrayLike<unknown>;
        for (let i = 0; i < xs.length; i++) if (xs[i] === undefined) throw new Error(`${field.name} value`);
      }
      checked += column.length;
    }
  });
  return checked;
}

const arrowParse = median(() => readArrow());
// Worker → page: the IPC bytes are transferred, the page wraps them (zero-copy) and reads its columns.
const arrowTransfers: number[] = [];
for (let r = 0; r < runs; r++) {
  const fresh = new Uint8Array(arrowBytes);
  const t0 = performance.now();
  structuredClone(fresh, { transfer: [fresh.buffer] });
  for (const bytes of arrowTables) tableFromIPC(bytes);
  arrowTransfers.push(performance.now() - t0);
}
report('arrow', arrowBytes, arrowParse, quantile(arrowTransfers, 0.5));
log.report('load-average-1min-end', 0, loadavg()[0] ?? NaN, '');
log.write(values.out ?? 'bench/results/format.jsonl', { runs });
