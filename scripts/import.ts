/**
 * `npm run import -- --format ucdp|acled --out FILE INPUT` (or `npx tsx scripts/import.ts …`): converts a UCDP GED or
 * ACLED export CSV into a Rasd dataset (validated against the published schema), every claim marked with its dataset.
 * Rows that fail are reported on stderr as `INPUT:LINE: error rule: reason` and left out; the rest import. A one-line
 * JSON summary goes to stdout. The file may be UTF-8 (with or without BOM), UTF-16 or Windows-1256; any encoding but
 * plain UTF-8 is named on stderr. Exit codes (scripts/lib/cli.ts): 0 every row imported; 1 some rows failed (each
 * named; the rest written); 2 usage error, unreadable input or nothing importable (nothing written).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeText, describeEncoding } from '../src/domain/encoding';
import { importAcled } from '../src/ingest/importers/acled';
import { loadImportResources } from '../src/ingest/importers/resources';
import { toDataset, type ImportResult } from '../src/ingest/importers/shared';
import { importUcdp } from '../src/ingest/importers/ucdp';
import { CliError, EXIT, checkOut, describeError, isEntry, parseCli, runCli, warn, writeAtomic } from './lib/cli';

const HELP = `usage: npm run import -- --format ucdp|acled --out FILE [--force] INPUT [options]
  --format ucdp|acled  the CSV's layout
  --out FILE           the dataset to write; never an existing file unless --force, never the input
  --force              overwrite FILE if it exists
  --version V          the release, recorded on the report record (UCDP default 19.1; ACLED default "export")
  --title T            the dataset's title
  --generated-at ISO   fixes generated_at, so a rebuild is byte-identical (default: now)
  --data DIR           where data/ is (governorate places; default ./data)
  --debug              print stack traces`;

export function importMain(argv: readonly string[]): number {
  const { values, positionals } = parseCli(argv, {
    format: { type: 'string' },
    out: { type: 'string' },
    version: { type: 'string' },
    title: { type: 'string' },
    'generated-at': { type: 'string' },
    data: { type: 'string', default: 'data' },
  });
  const input = positionals[0];
  if (values.format !== 'ucdp' && values.format !== 'acled')
    throw new CliError(`--format must be ucdp or acled, got ${values.format ?? 'nothing'} (--help for usage)`);
  if (values.out === undefined) throw new CliError('--out FILE is required (--help for usage)');
  if (input === undefined || positionals.length > 1)
    throw new CliError(`expected one INPUT file, got ${positionals.length} (--help for usage)`);
  checkOut(values.out, [input], values.force === true);

  const started = performance.now();
  let bytes: Buffer;
  try {
    bytes = readFileSync(input);
  } catch (e) {
    throw new CliError(describeError(e));
  }
  const decoded = decodeText(bytes);
  const encoding = describeEncoding(decoded);
  if (encoding !== null) warn(`${input}: read as ${encoding}`);
  const resources = loadImportResources(values.data);
  const file = basename(input);
  const result: ImportResult =
    values.format === 'ucdp'
      ? importUcdp(decoded.text, resources, { version: values.version ?? '19.1', file })
      : importAcled(decoded.text, resources, { version: values.version ?? 'export', file });
  for (const m of result.messages) warn(`${input}:${m.line}: ${m.severity} ${m.rule}: ${m.reason}`);
  const errors = result.messages.filter((m) => m.severity === 'error');
  const summary = {
    format: values.format,
    rows: result.rows,
    imported: result.claims.length,
    failed: new Set(errors.map((m) => m.line)).size,
    warnings: result.messages.length - errors.length,
    by_rule: Object.fromEntries(
      [...new Set(result.messages.map((m) => `${m.severity}:${m.rule}`))].map((r) => [
        r,
        result.messages.filter((m) => `${m.severity}:${m.rule}` === r).length,
      ]),
    ),
    places: result.places.length,
    out: values.out,
    ms: 0,
  };
  if (result.claims.length === 0) {
    console.log(JSON.stringify(summary));
    throw new CliError(`${input}: nothing imported (${result.rows} rows): nothing written`);
  }
  const dataset = toDataset(result, {
    title: values.title ?? `${result.report.outlet} (imported from ${file})`,
    generatedAt: values['generated-at'] ?? new Date().toISOString(),
  });
  writeAtomic(values.out, JSON.stringify(dataset) + '\n');
  summary.ms = Math.round(performance.now() - started);
  warn(`imported ${summary.imported} of ${summary.rows} rows; ${summary.failed} failed, ${summary.warnings} warnings`);
  console.log(JSON.stringify(summary));
  return summary.failed > 0 ? EXIT.someFailed : EXIT.ok;
}

if (isEntry(import.meta.url)) void runCli('import', HELP, (argv) => importMain(argv));
