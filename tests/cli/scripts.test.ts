/**
 * `npm run data`, `npm run import` and `npm run eval` as a user meets them: real child processes, temp folders.
 * The data build refuses a dataset whose quotes are not at their offsets in the texts it ships, naming each record
 * and writing nothing; a bad sidecar is named and the build still written (exit 1). import and eval refuse to
 * write over their inputs or an existing file, and name a missing file in one line (exit 2, no stack trace).
 */
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dataset } from '../../src/domain/schema';
import { ALEPPO, SARAQIB, hasStack, removeTempDirs, run, tempDir, utf16, type Run } from './helpers';

afterAll(removeTempDirs);

const SLOW = 120_000; // child processes on a busy 2-core machine: generous, never a measure of speed

/** A data/ folder whose dictionaries are the repository's and whose reports are the test's. */
function dataFolder(reports: Record<string, string>) {
  const t = tempDir();
  t.put('data/reports/.keep', '');
  for (const shared of ['geo', 'ingest', 'places', 'sources.json'])
    symlinkSync(resolve('data', shared), t.path(`data/${shared}`));
  for (const [name, text] of Object.entries(reports)) t.put(`data/reports/${name}`, text);
  return t;
}

const runs: Record<string, Promise<Run>> = {};
const t = tempDir();
const clash = dataFolder({ 'a/001_strike.txt': SARAQIB, 'b/001_strike.txt': ALEPPO });
const sidecar = dataFolder({
  '001_strike.txt': SARAQIB,
  '001_strike.meta.json': JSON.stringify({ outlet: 'Enab Baladi', published: '2017-02-30' }),
});
const acled = readFileSync('tests/fixtures/acled-sample.csv', 'utf8');

beforeAll(() => {
  // Every case starts at once; each test awaits its own.
  runs.dataClash = run('build-data.ts', ['--data', clash.path('data'), '--out-dir', clash.path('out')]);
  runs.dataSidecar = run('build-data.ts', ['--data', sidecar.path('data'), '--out-dir', sidecar.path('out')]);
  t.put('acled.csv', acled);
  runs.importOwnInput = run('import.ts', [
    '--format',
    'acled',
    '--force',
    '--out',
    t.path('acled.csv'),
    t.path('acled.csv'),
  ]);
  t.put('acled16.csv', utf16(acled, 'le', true));
  runs.importUtf16 = run('import.ts', ['--format', 'acled', '--out', t.path('acled16.json'), t.path('acled16.csv')]);
  runs.importMissing = run('import.ts', ['--format', 'acled', '--out', t.path('x.json'), t.path('gone.csv')]);
  runs.evalMissing = run('eval.ts', [t.path('gone.json'), 'data/reports']);
  t.put('corrections.json', '{"corrections": []}\n');
  runs.evalExists = run('eval.ts', [
    'data/gold/seeds.json',
    'data/reports',
    '--write-corrections',
    t.path('corrections.json'),
  ]);
});

describe('npm run data', () => {
  it(
    'fails naming every claim whose quote is not in the text it ships, and writes nothing (exit 1)',
    async () => {
      // Two reports named 001_strike.txt in two folders ship as one file: the first one's quotes no longer match.
      const r = await runs.dataClash!;
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/data: claims \S+: the quote is not the text of report 001_strike at \[\d+, \d+\)/);
      expect(r.stderr).toMatch(/1 record\(s\) fail the integrity check: nothing written/);
      expect(hasStack(r.stderr)).toBe(false);
      expect(existsSync(clash.path('out/dataset.json'))).toBe(false);
    },
    SLOW,
  );

  it(
    'names a sidecar dated 2017-02-30, keeps the report and its claims, and exits 1',
    async () => {
      const r = await runs.dataSidecar!;
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/001_strike\.meta\.json: field "published": "2017-02-30": not a real calendar day/);
      const d = Dataset.parse(JSON.parse(readFileSync(sidecar.path('out/dataset.json'), 'utf8')));
      expect(d.reports[0]).toMatchObject({ outlet: 'Enab Baladi', published: null });
      expect(d.claims.map((c) => c.killed?.min)).toEqual([7]);
      expect(readFileSync(sidecar.path('out/reports/001_strike.txt'), 'utf8')).toBe(SARAQIB);
      expect(JSON.parse(r.stdout)).toMatchObject({ reports: 1, claims: 1 });
    },
    SLOW,
  );
});

describe('npm run import', () => {
  it(
    'never writes over its input, even with --force',
    async () => {
      const r = await runs.importOwnInput!;
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('is one of the inputs');
      expect(readFileSync(t.path('acled.csv'), 'utf8')).toBe(acled);
    },
    SLOW,
  );

  it(
    'reads a UTF-16 export, says so, writes the rows that import and exits 1 for the rows that failed',
    async () => {
      const r = await runs.importUtf16!;
      expect(r.stderr).toContain('acled16.csv: read as UTF-16 LE (byte order mark)');
      const summary = JSON.parse(r.stdout) as { imported: number; failed: number };
      expect(summary.imported).toBeGreaterThan(0);
      expect(summary.failed).toBeGreaterThan(0);
      expect(r.code).toBe(1);
      expect(Dataset.parse(JSON.parse(readFileSync(t.path('acled16.json'), 'utf8'))).claims).toHaveLength(
        summary.imported,
      );
    },
    SLOW,
  );

  it(
    'names a missing input in one line, exit 2, no stack trace',
    async () => {
      const r = await runs.importMissing!;
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toMatch(/^import: no such file or folder: .*gone\.csv$/);
      expect(hasStack(r.stderr)).toBe(false);
    },
    SLOW,
  );
});

describe('npm run eval', () => {
  it(
    'names a missing gold file in one line, exit 2, no stack trace',
    async () => {
      const r = await runs.evalMissing!;
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toMatch(/^eval: no such file or folder: .*gone\.json$/);
      expect(hasStack(r.stderr)).toBe(false);
    },
    SLOW,
  );

  it(
    'never overwrites an existing --write-corrections file without --force',
    async () => {
      const r = await runs.evalExists!;
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('exists; pass --force to overwrite it');
      expect(readFileSync(t.path('corrections.json'), 'utf8')).toBe('{"corrections": []}\n');
    },
    SLOW,
  );
});
