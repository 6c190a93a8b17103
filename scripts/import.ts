/**
 * `npm run import -- --format ucdp|acled --out FILE INPUT` (or `npx tsx scripts/import.ts …`): converts a UCDP GED or
 * ACLED export CSV into a Rasd dataset (validated against the published schema), every claim marked with its dataset.
 * Rows that fail are reported on stderr as `INPUT:LINE: error rule: reason` and left out; the rest import. A one-line
 * JSON summary goes to stdout. Options:
 *   --version V        the release, recorded on the report record (UCDP default 19.1; ACLED default "export")
 *   --title T          the dataset's title
 *   --generated-at ISO fixes `generated_at`, so a rebuild is byte-identical (default: now)
 *   --data DIR         where data/ is (governorate places; default ./data)
 *   --strict           exit 2 when any row failed
 * Exit codes: 0 written; 1 nothing importable (wrong format, unreadable); 2 written but rows failed (--strict).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { importAcled } from '../src/ingest/importers/acled';
import { loadImportResources } from '../src/ingest/importers/resources';
import { toDataset, type ImportResult } from '../src/ingest/importers/shared';
import { importUcdp } from '../src/ingest/importers/ucdp';

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      version: { type: 'string' },
      title: { type: 'string' },
      'generated-at': { type: 'string' },
      data: { type: 'string', default: 'data' },
      strict: { type: 'boolean', default: false },
    },
  });
  const input = positionals[0];
  if ((values.format !== 'ucdp' && values.format !== 'acled') || values.out === undefined || input === undefined) {
    console.error(
      'usage: import.ts --format ucdp|acled --out FILE INPUT [--version V] [--title T] [--generated-at ISO]',
    );
    return 1;
  }
  const started = performance.now();
  const text = readFileSync(input, 'utf8');
  const resources = loadImportResources(values.data);
  const file = basename(input);
  const result: ImportResult =
    values.format === 'ucdp'
      ? importUcdp(text, resources, { version: values.version ?? '19.1', file })
      : importAcled(text, resources, { version: values.version ?? 'export', file });
  for (const m of result.messages) console.error(`${input}:${m.line}: ${m.severity} ${m.rule}: ${m.reason}`);
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
    console.error(`${input}: nothing imported`);
    console.log(JSON.stringify(summary));
    return 1;
  }
  const dataset = toDataset(result, {
    title: values.title ?? `${result.report.outlet} (imported from ${file})`,
    generatedAt: values['generated-at'] ?? new Date().toISOString(),
  });
  writeFileSync(values.out, JSON.stringify(dataset) + '\n');
  summary.ms = Math.round(performance.now() - started);
  console.error(
    `imported ${summary.imported} of ${summary.rows} rows; ${summary.failed} failed, ${summary.warnings} warnings`,
  );
  console.log(JSON.stringify(summary));
  return values.strict && errors.length > 0 ? 2 : 0;
}

process.exitCode = main(process.argv.slice(2));
