/**
 * `npm run data`: builds public/data/dataset.json (and copies the report texts beside it) from data/.
 * Validates the whole dataset with the published schema before writing anything.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { GoldFile } from '../src/domain/gold';
import { Place, Source } from '../src/domain/schema';
import { assembleDataset } from '../src/domain/dataset';
import { claimsFromGold, reportFromInput, type ReportInput } from '../src/ingest/fromGold';
import { z } from 'zod';

const DATA = 'data';
const OUT = join('public', 'data');

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const files = readdirSync(join(DATA, 'reports')).filter((f) => f.endsWith('.txt')).sort();
const inputs: ReportInput[] = files.map((file) => {
  const metaPath = join(DATA, 'reports', file.replace(/\.txt$/, '.meta.json'));
  return {
    file,
    text: readFileSync(join(DATA, 'reports', file), 'utf8').normalize('NFC'),
    meta: existsSync(metaPath) ? (readJson(metaPath) as Record<string, unknown>) : null,
  };
});

const gold = GoldFile.parse(readJson(join(DATA, 'gold', 'seeds.json')));
const sources = z.array(Source).parse(readJson(join(DATA, 'sources.json')));
const places = z.array(Place).parse(readJson(join(DATA, 'places', 'places.json')));
const links = z.record(z.string(), z.string()).parse(readJson(join(DATA, 'gold', 'place-links.json')));

const { claims, messages } = claimsFromGold(gold, inputs, sources, links);
for (const m of messages) console.error(`${m.rule}: ${m.reason} ${m.claim ?? m.file ?? ''}`);
if (messages.length > 0) process.exit(1);

const dataset = assembleDataset({
  reports: inputs.map(reportFromInput),
  sources,
  places,
  claims,
  title: 'Founding reports',
  // Deterministic output: the build time is the newest publication date, not the wall clock.
  generatedAt: inputs
    .map((r) => (typeof r.meta?.published === 'string' ? r.meta.published : ''))
    .reduce((a, b) => (b > a ? b : a), ''),
});

mkdirSync(join(OUT, 'reports'), { recursive: true });
writeFileSync(join(OUT, 'dataset.json'), JSON.stringify(dataset, null, 1) + '\n');
for (const f of files) copyFileSync(join(DATA, 'reports', f), join(OUT, 'reports', f));
console.log(
  JSON.stringify({
    reports: dataset.reports.length,
    claims: dataset.claims.length,
    incidents: dataset.incidents.length,
    tallies: dataset.tallies.length,
    out: join(OUT, 'dataset.json'),
  }),
);
