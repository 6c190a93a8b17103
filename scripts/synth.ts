/** `npm run synth -- --n 100000 [--seed 1] --out FILE`: writes a deterministic synthetic dataset. */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { Source } from '../src/domain/schema';
import { GazetteerRecord } from '../src/ingest/gazetteer';
import { generateSynthetic } from './lib/synth';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
});
const n = Number(values.n);
const seed = Number(values.seed);
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed) || !values.out) {
  console.error('usage: npm run synth -- --n N [--seed S] --out FILE');
  process.exit(2);
}
const started = performance.now();
const gazetteer = z.array(GazetteerRecord).parse(JSON.parse(readFileSync('data/geo/gazetteer.json', 'utf8')));
const sources = z.array(Source).parse(JSON.parse(readFileSync('data/sources.json', 'utf8')));
const dataset = generateSynthetic({ n, seed, gazetteer, sources });
const json = JSON.stringify(dataset);
writeFileSync(values.out, json);
console.log(
  JSON.stringify({
    n,
    seed,
    out: values.out,
    claims: dataset.claims.length,
    incidents: dataset.incidents.length,
    tallies: dataset.tallies.length,
    bytes: json.length,
    ms: Math.round(performance.now() - started),
  }),
);
