/**
 * One page load's worth of core reading, in a fresh process (bench/format.bench.ts): the page reads its core into a
 * clean heap, while the bench's own process holds the 200 MB dataset, whose garbage collection would be counted
 * against fromCore. `--file FILE --runs N`; prints one JSON line of text decoding, parse, fromCore, total and CPU times (ms) per run.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fromCore } from '../../src/domain/core';

const { values } = parseArgs({ options: { file: { type: 'string' }, runs: { type: 'string', default: '3' } } });
const bytes = readFileSync(values.file ?? '');
/** The page's steps (src/dataset/loadCore.ts): bytes → text (TextDecoder) → JSON.parse → fromCore. */
const decodeText: number[] = [];
const parse: number[] = [];
const decode: number[] = [];
const total: number[] = [];
/** CPU time of the whole read (all of the process's threads, the collector's included): less shaken by a busy machine. */
const cpu: number[] = [];
let claims = 0;
for (let r = 0; r < Number(values.runs); r++) {
  const c0 = process.cpuUsage();
  const tText = performance.now();
  const text = new TextDecoder().decode(bytes);
  const t0 = performance.now();
  decodeText.push(t0 - tText);
  const raw: unknown = JSON.parse(text);
  const t1 = performance.now();
  claims = fromCore(raw).claims.length;
  const t2 = performance.now();
  const c1 = process.cpuUsage(c0);
  cpu.push((c1.user + c1.system) / 1000);
  parse.push(t1 - t0);
  decode.push(t2 - t1);
  total.push(t2 - tText);
}
console.log(JSON.stringify({ decodeText, parse, decode, total, cpu, claims }));
