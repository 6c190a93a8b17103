/**
 * `npm run ingest -- --out FILE [--force] [--corrections DIR] [--debug] PATH...`: Arabic report files or folders
 * (read recursively for .txt, each with its optional NAME.meta.json sidecar) → a dataset JSON. Progress, notices
 * (an encoding other than plain UTF-8, a bad sidecar field) and a summary naming every report that yielded nothing
 * go to stderr. Exit codes: see scripts/lib/cli.ts.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describeEncoding } from '../src/domain/encoding';
import type { Dataset } from '../src/domain/schema';
import {
  buildDataset,
  findReports,
  loadCorrections,
  loadReport,
  loadResources,
  type LoadedReport,
} from '../src/ingest/cli';
import type { Correction } from '../src/ingest/corrections';
import { prepare } from '../src/ingest/prepare';
import { CliError, EXIT, checkOut, describeError, isEntry, parseCli, runCli, warn, writeAtomic } from './lib/cli';

const HELP = `usage: npm run ingest -- --out FILE [--force] [--corrections DIR] [--debug] PATH...
  PATH...            report files (.txt) or folders of them; a NAME.meta.json beside a report is its sidecar
  --out FILE         the dataset to write; never an existing file unless --force, never one of the inputs
  --force            overwrite FILE if it exists
  --corrections DIR  apply the analysts' corrections (*.json) in DIR
  --debug            print stack traces`;

/** The .json files of a corrections folder (inputs, so --out may not be one of them). */
const findCorrectionFiles = (dir: string): string[] =>
  existsSync(dir) && statSync(dir).isDirectory()
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(dir, f))
    : [];

/** Report-level messages that mean nothing of the report could be read: the report failed as an input. */
const UNREADABLE = ['report-empty', 'report-binary', 'report-not-arabic', 'report-failed'];

/** Why a report gave no claim: its unreadable message, or that it states no casualty figure. */
function whyNothing(dataset: Dataset, reportId: string): { reason: string; failed: boolean } {
  const m = dataset.messages?.find((x) => x.report_id === reportId && UNREADABLE.includes(x.rule));
  return m ? { reason: `${m.rule}: ${m.reason}`, failed: true } : { reason: 'no casualty statement', failed: false };
}

export function ingestMain(
  argv: readonly string[],
  dataDir = resolve(dirname(new URL(import.meta.url).pathname), '../data'),
): number {
  const { values, positionals } = parseCli(argv, {
    out: { type: 'string' },
    corrections: { type: 'string' },
  });
  if (values.out === undefined) throw new CliError('--out FILE is required (--help for usage)');
  if (positionals.length === 0) throw new CliError('no report paths given (--help for usage)');
  const out = values.out;

  let failed = 0;
  const { files, problems } = findReports(positionals);
  const named = problems.map((p) => `${p.path}: ${p.reason}`);
  if (files.length === 0) throw new CliError(`${named.join('; ')}: nothing to read, nothing written`);
  named.forEach(warn);
  failed += problems.length;

  let corrections: Correction[] | undefined;
  if (values.corrections !== undefined) {
    if (!existsSync(values.corrections)) throw new CliError(`--corrections ${values.corrections}: no such folder`);
    try {
      corrections = loadCorrections(values.corrections);
    } catch (e) {
      throw new CliError(`--corrections ${values.corrections}: ${describeError(e)}`);
    }
  }
  const sidecars = files.map((f) => f.replace(/\.txt$/i, '.meta.json'));
  const correctionFiles = values.corrections === undefined ? [] : findCorrectionFiles(values.corrections);
  checkOut(out, [...files, ...sidecars, ...correctionFiles], values.force === true);

  const loaded: LoadedReport[] = [];
  for (const f of files) {
    try {
      loaded.push(loadReport(f));
    } catch (e) {
      warn(`${f}: ${describeError(e)}; skipped`);
      failed++;
    }
  }
  if (loaded.length === 0) throw new CliError('no report could be read: nothing written');
  for (const r of loaded) {
    const encoding = describeEncoding(r.encoding);
    if (encoding !== null) warn(`${r.path}: read as ${encoding}`);
    for (const p of r.sidecarProblems) {
      warn(`${r.sidecar}: ${p.field === null ? '' : `field "${p.field}": `}${p.reason}`);
      if (p.severity === 'error') failed++;
    }
  }

  const { resources, extras } = loadResources(dataDir);
  const started = Date.now();
  const every = Math.max(1, Math.floor(loaded.length / 20));
  const inputs = loaded.map((r) => r.input);
  const dataset = buildDataset(inputs, prepare(resources), extras, {
    title: `Ingested reports (${inputs.length})`,
    ...(corrections ? { corrections } : {}),
    onProgress: (p) => {
      if (p.done % every === 0 || p.done === p.total)
        warn(`[${p.done}/${p.total}] claims ${p.claims} · messages ${p.messages} · ${p.file}`);
    },
  });
  writeAtomic(out, JSON.stringify(dataset, null, 1) + '\n');

  const bytes = inputs.reduce((n, i) => n + Buffer.byteLength(i.text), 0);
  const secs = (Date.now() - started) / 1000;
  // The pipeline keeps the inputs' order, so the k-th report record is the k-th file read.
  const nothing = dataset.reports
    .map((r, k) => ({ report: r, path: loaded[k]?.path ?? r.file }))
    .filter(({ report }) => !dataset.claims.some((c) => c.report_id === report.id));
  for (const { report, path } of nothing) {
    const why = whyNothing(dataset, report.id);
    if (why.failed) failed++;
    warn(`${path}: yielded nothing (${why.reason})`);
  }
  warn(
    `done: ${dataset.reports.length} reports, ${dataset.claims.length} claims, ${dataset.incidents.length} incidents, ` +
      `${dataset.tallies.length} tallies, ${dataset.messages?.length ?? 0} messages, ${(bytes / 1e6).toFixed(2)} MB in ${secs.toFixed(1)} s → ${out}` +
      (nothing.length > 0 ? `; ${nothing.length} report(s) yielded nothing` : '') +
      (failed > 0 ? `; ${failed} input problem(s), each named above` : ''),
  );
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

if (isEntry(import.meta.url)) void runCli('ingest', HELP, (argv) => ingestMain(argv));
