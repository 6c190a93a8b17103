/**
 * `npm run data`: builds public/data/dataset.json from data/ — the ingest pipeline over data/reports, then the
 * analysts' corrections in data/corrections — and copies the report texts beside it. The whole dataset is validated
 * with the published schema before anything is written; the output is byte-identical on rerun.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildDataset, listReports, loadCorrections, loadResources, readReport } from '../src/ingest/cli';
import { prepare } from '../src/ingest/prepare';

const DATA = 'data';
const OUT = join('public', 'data');

const files = listReports([join(DATA, 'reports')]);
const { resources, extras } = loadResources(DATA);
const dataset = buildDataset(files.map(readReport), prepare(resources), extras, {
  title: 'Founding reports',
  corrections: loadCorrections(join(DATA, 'corrections')),
});

mkdirSync(join(OUT, 'reports'), { recursive: true });
writeFileSync(join(OUT, 'dataset.json'), JSON.stringify(dataset, null, 1) + '\n');
for (const f of files) copyFileSync(f, join(OUT, 'reports', basename(f)));
console.log(
  JSON.stringify({
    reports: dataset.reports.length,
    claims: dataset.claims.length,
    corrected: dataset.claims.filter((c) => c.corrected === true).length,
    incidents: dataset.incidents.length,
    tallies: dataset.tallies.length,
    messages: dataset.messages?.length ?? 0,
    out: join(OUT, 'dataset.json'),
  }),
);
