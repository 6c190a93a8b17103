/**
 * `npm run data [-- --out-dir DIR] [--data DIR]`: builds public/data/dataset.json (or DIR/dataset.json) from data/ — the ingest
 * pipeline over data/reports, then the analysts' corrections in data/corrections — and copies the report texts
 * beside it. Before anything is written, the whole dataset is validated with the published schema and checked
 * against its report texts (`checkIntegrity`: every quote at its offsets, ids unique per kind, every reference
 * resolves); any problem fails the build naming its record. The output is byte-identical on rerun.
 * Exit codes (scripts/lib/cli.ts): 0 built; 1 a sidecar had a bad field (named; the rest built) or the dataset
 * failed its checks (nothing written); 2 usage error or nothing readable.
 */
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describeEncoding } from '../src/domain/encoding';
import { checkIntegrity } from '../src/domain/integrity';
import { buildDataset, findReports, loadCorrections, loadReport, loadResources } from '../src/ingest/cli';
import { prepare } from '../src/ingest/prepare';
import { CliError, EXIT, describeError, isEntry, parseCli, runCli, warn, writeAtomic } from './lib/cli';

const HELP = `usage: npm run data [-- --out-dir DIR] [--data DIR] [--debug]
  builds DIR/dataset.json (default public/data) and DIR/reports/ from data/, checked before anything is written
  --out-dir DIR  where to write (the build's own output: replaced without --force)
  --data DIR     where the sources are (default data)
  --debug        print stack traces`;

export function buildDataMain(argv: readonly string[]): number {
  const { values, positionals } = parseCli(argv, { 'out-dir': { type: 'string' }, data: { type: 'string' } });
  const dataDir = values.data ?? 'data';
  if (positionals.length > 0) throw new CliError(`unexpected argument ${positionals[0]} (--help for usage)`);
  const outDir = values['out-dir'] ?? join('public', 'data');

  const { files, problems } = findReports([join(dataDir, 'reports')]);
  if (files.length === 0) throw new CliError(`${problems.map((p) => `${p.path}: ${p.reason}`).join('; ')}`);
  let failed = 0;
  const loaded = files.map((f) => {
    try {
      return loadReport(f);
    } catch (e) {
      throw new CliError(`${f}: ${describeError(e)}: nothing written`);
    }
  });
  for (const r of loaded) {
    const encoding = describeEncoding(r.encoding);
    if (encoding !== null) warn(`${r.path}: read as ${encoding}; copied as UTF-8`);
    for (const p of r.sidecarProblems) {
      warn(`${r.sidecar}: ${p.field === null ? '' : `field "${p.field}": `}${p.reason}`);
      if (p.severity === 'error') failed++;
    }
  }

  const { resources, extras } = loadResources(dataDir);
  const dataset = buildDataset(
    loaded.map((r) => r.input),
    prepare(resources),
    extras,
    { title: 'Founding reports', corrections: loadCorrections(join(dataDir, 'corrections')) },
  );

  // Checked against the texts as the app will read them: DIR/reports/NAME, NFC. Two reports with one file name in
  // two folders share that file (the last one written wins), so the other's quotes are caught here.
  const shipped = new Map(loaded.map((r) => [basename(r.path), r.input.text]));
  const texts = new Map(
    dataset.reports.map((r, k) => [r.id, (shipped.get(basename(loaded[k]?.path ?? '')) ?? '').normalize('NFC')]),
  );
  const broken = checkIntegrity(dataset, texts);
  if (broken.length > 0) {
    for (const p of broken) warn(`data: ${p.reason}`);
    throw new CliError(`${broken.length} record(s) fail the integrity check: nothing written`, EXIT.someFailed);
  }

  mkdirSync(join(outDir, 'reports'), { recursive: true });
  writeAtomic(join(outDir, 'dataset.json'), JSON.stringify(dataset, null, 1) + '\n');
  // Written as the decoded UTF-8 text the app reads: a plain UTF-8 file comes out byte for byte as it was, a file
  // in any other encoding (or with a BOM) as UTF-8, so the app's offsets hold.
  for (const r of loaded) writeAtomic(join(outDir, 'reports', basename(r.path)), r.input.text);
  console.log(
    JSON.stringify({
      reports: dataset.reports.length,
      claims: dataset.claims.length,
      corrected: dataset.claims.filter((c) => c.corrected === true).length,
      incidents: dataset.incidents.length,
      tallies: dataset.tallies.length,
      messages: dataset.messages?.length ?? 0,
      out: join(outDir, 'dataset.json'),
    }),
  );
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

if (isEntry(import.meta.url)) void runCli('data', HELP, (argv) => buildDataMain(argv));
