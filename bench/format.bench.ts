/**
 * `npm run bench:format [-- --n 100000 --runs 3]`: which published format can reach the 100k data-ready target
 * (≤ 1.5 s, issue 12.2)? Compares, on the same synthetic dataset (npm run synth), in Node (V8, as Chromium):
 * - json:  today's dataset.json, parsed and checked with the zod schema (validateDataset, what the worker does);
 * - core:  a columnar JSON core (bench/lib/core.ts: one array per field the map, filters, timeline and charts read,
 *          strings dictionary-coded), parsed, every column checked and typed;
 * - arrow: the same columns as Apache Arrow IPC (categorical strings as Arrow dictionaries), read and checked.
 * For each: bytes, gzip bytes, parse+validate ms, and transfer ms (worker → page: a structured clone of what the
 * page needs; typed arrays and the Arrow bytes are transferred, not copied). Medians of `--runs`.
 * Results: JSON lines in bench/results/format.json (`name` is `<format>-<measure>`, `n` the incident count).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import {
  Dictionary,
  Field,
  Int8,
  Int32,
  List,
  Table,
  Utf8,
  tableFromIPC,
  tableToIPC,
  vectorFromArray,
  type Vector,
} from 'apache-arrow';
import '../src/dataset/zodJitless';
import { validateDataset, type ValidDataset } from '../src/domain/validate';
import { checkCore, coreBuffers, toCore, type CoreJson } from './lib/core';
import { quantile, resultLog, syntheticDataset } from './lib/harness';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: 'bench/results/format.json' },
  },
});
const n = Number(values.n);
const runs = Math.max(1, Number(values.runs));
const log = resultLog();

function median(f: () => void): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return quantile(times, 0.5);
}

function report(format: string, bytes: Uint8Array | string, parse: number, transfer: number): void {
  const raw = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  log.report(`${format}-bytes`, n, raw.byteLength / 1e6, 'MB');
  log.report(`${format}-gzip-bytes`, n, gzipSync(raw).byteLength / 1e6, 'MB');
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

// (b) The columnar JSON core.
const core = toCore(valid);
const coreText = JSON.stringify(core);
let typed = checkCore(JSON.parse(coreText) as CoreJson);
const coreParse = median(() => {
  typed = checkCore(JSON.parse(coreText) as CoreJson);
});
// A transfer empties the sender's buffers, so each run transfers a fresh check's arrays.
const coreTransfers: number[] = [];
for (let r = 0; r < runs; r++) {
  const fresh = checkCore(JSON.parse(coreText) as CoreJson);
  const t0 = performance.now();
  structuredClone(fresh, { transfer: coreBuffers(fresh) });
  coreTransfers.push(performance.now() - t0);
}
report('core', coreText, coreParse, quantile(coreTransfers, 0.5));

// (c) Apache Arrow IPC, the same columns.
const categorical = (k: keyof CoreJson['dict']) =>
  vectorFromArray(
    core.columns[k].map((i) => (i < 0 ? null : (core.dict[k][i] ?? null))),
    new Dictionary(new Utf8(), new Int8()),
  );
const small = (xs: number[]) => vectorFromArray(Int8Array.from(xs));
const int = (xs: number[]) => vectorFromArray(Int32Array.from(xs));
const sourceLists = Array.from({ length: core.n }, (_, i) =>
  core.sourceOf.slice(core.sourceStart[i] ?? 0, core.sourceStart[i + 1] ?? 0),
);
const c = core.columns;
const events = new Table({
  id: vectorFromArray(core.id, new Utf8()),
  uid: vectorFromArray(core.uid, new Utf8()),
  kind: small(c.kind),
  dayFrom: int(c.dayFrom),
  dayTo: int(c.dayTo),
  perpetrator: categorical('perpetrator'),
  weapon: categorical('weapon'),
  victims: categorical('victims'),
  precision: categorical('precision'),
  governorate: categorical('governorate'),
  place: int(c.place),
  killedMin: int(c.killedMin),
  killedMax: int(c.killedMax),
  injuredMin: int(c.injuredMin),
  injuredMax: int(c.injuredMax),
  discrepancy: int(c.discrepancy),
  flags: small(c.flags),
  claimCount: int(c.claimCount),
  sources: vectorFromArray(sourceLists, new List(new Field('item', new Int32(), true))),
});
const arrowBytes = tableToIPC(events, 'stream');

/** What the page needs from the Arrow table: typed columns checked for range, ids as strings. */
function readArrow(bytes: Uint8Array): number {
  const table = tableFromIPC(bytes);
  if (table.numRows !== core.n) throw new Error('row count');
  let checked = 0;
  for (const field of table.schema.fields) {
    const column = table.getChild(field.name) as Vector | null;
    if (!column) throw new Error(`missing ${field.name}`);
    if (field.name === 'id' || field.name === 'uid') {
      const ids = column.toArray() as string[];
      for (const s of ids) if (typeof s !== 'string' || s.length > 300) throw new Error('id');
      checked += ids.length;
    } else if (field.name === 'sources') {
      checked += column.length;
    } else if (DictionaryLike(field.type)) {
      const codes = column.data[0]?.values as Int8Array;
      const size = column.data[0]?.dictionary?.length ?? 0;
      for (const x of codes) if (x >= size) throw new Error(`${field.name} code`);
      checked += codes.length;
    } else {
      const xs = column.toArray() as Int32Array | Int8Array;
      for (const x of xs) if (x < -1) throw new Error(`${field.name} range`);
      checked += xs.length;
    }
  }
  return checked;
}
function DictionaryLike(type: unknown): boolean {
  return type instanceof Dictionary;
}

const arrowParse = median(() => readArrow(arrowBytes));
// Worker → page: the IPC bytes are transferred, the page wraps them (zero-copy) and reads its columns.
const arrowTransfers: number[] = [];
for (let r = 0; r < runs; r++) {
  const fresh = arrowBytes.slice();
  const t0 = performance.now();
  const moved = structuredClone(fresh, { transfer: [fresh.buffer] });
  tableFromIPC(moved);
  arrowTransfers.push(performance.now() - t0);
}
report('arrow', arrowBytes, arrowParse, quantile(arrowTransfers, 0.5));
log.report('core-events', n, typed.n, 'events');
log.report('load-average-1min-end', 0, loadavg()[0] ?? NaN, '');
log.write(values.out ?? 'bench/results/format.json');
