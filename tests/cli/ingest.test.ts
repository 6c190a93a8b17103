/**
 * `npm run ingest` as a user meets it: the real script in a child process, in a temp folder. Bad paths, bad
 * arguments and a refused --out give one line and a non-zero exit, never a stack trace; reports in other encodings,
 * bad sidecars, empty and binary files are read or named, never silently lost. Some cases call the exported main
 * in-process for speed; the exit codes and the absence of stack traces are checked on real processes.
 */
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Dataset } from '../../src/domain/schema';
import { ingestMain } from '../../scripts/ingest';
import { CliError } from '../../scripts/lib/cli';
import {
  ALEPPO,
  NO_CASUALTIES,
  SARAQIB,
  hasStack,
  removeTempDirs,
  run,
  tempDir,
  utf16,
  windows1256,
  type Run,
} from './helpers';

afterAll(removeTempDirs);

const SLOW = 120_000; // child processes on a busy 2-core machine: generous, never a measure of speed
const dataset = (path: string) => Dataset.parse(JSON.parse(readFileSync(path, 'utf8')));
const claimsOf = (path: string, file: string) => {
  const d = dataset(path);
  const report = d.reports.find((r) => r.file === file);
  return d.claims.filter((c) => c.report_id === report?.id);
};

describe('ingest in a child process', () => {
  const t = tempDir();
  const runs: Record<string, Promise<Run>> = {};
  beforeAll(() => {
    // Every case starts at once; each test awaits its own.
    t.put('good/001_saraqib.txt', SARAQIB);
    runs.missing = run('ingest.ts', ['--out', t.path('a.json'), t.path('no-such-folder')]);
    runs.missingDebug = run('ingest.ts', ['--debug', '--out', t.path('b.json'), t.path('no-such-folder')]);
    runs.badArgument = run('ingest.ts', ['--outt', t.path('c.json'), t.path('good')]);
    t.put('exists.json', '{"keep": true}\n');
    runs.exists = run('ingest.ts', ['--out', t.path('exists.json'), t.path('good')]);
    t.put('replace.json', '{"old": true}\n');
    runs.force = run('ingest.ts', ['--force', '--out', t.path('replace.json'), t.path('good')]);
    runs.ownInput = run('ingest.ts', ['--force', '--out', t.path('good/001_saraqib.txt'), t.path('good')]);
    t.put('enc/001_utf16.txt', utf16(SARAQIB, 'le', true));
    t.put('enc/002_utf16be.txt', utf16(ALEPPO, 'be', false));
    t.put('enc/003_cp1256.txt', windows1256(ALEPPO));
    runs.encodings = run('ingest.ts', ['--out', t.path('enc.json'), t.path('enc')]);
  });

  it(
    'names a missing path in one line and exits 2, with no stack trace and nothing written',
    async () => {
      const r = await runs.missing!;
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('no-such-folder: no such file or folder');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(hasStack(r.stderr)).toBe(false);
      expect(existsSync(t.path('a.json'))).toBe(false);
    },
    SLOW,
  );

  it(
    'prints the stack trace only with --debug',
    async () => {
      const r = await runs.missingDebug!;
      expect(r.code).toBe(2);
      expect(hasStack(r.stderr)).toBe(true);
    },
    SLOW,
  );

  it(
    'rejects an unknown option in one line, exit 2',
    async () => {
      const r = await runs.badArgument!;
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^ingest: bad argument: Unknown option '--outt'/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(t.path('c.json'))).toBe(false);
    },
    SLOW,
  );

  it(
    'never overwrites an existing --out without --force',
    async () => {
      const r = await runs.exists!;
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('exists; pass --force to overwrite it');
      expect(readFileSync(t.path('exists.json'), 'utf8')).toBe('{"keep": true}\n');
    },
    SLOW,
  );

  it(
    'overwrites it with --force, with a whole dataset',
    async () => {
      const r = await runs.force!;
      expect(r.code).toBe(0);
      expect(claimsOf(t.path('replace.json'), '001_saraqib.txt')[0]?.killed?.min).toBe(7);
    },
    SLOW,
  );

  it(
    'never writes over one of its own inputs, even with --force',
    async () => {
      const r = await runs.ownInput!;
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('is one of the inputs');
      expect(readFileSync(t.path('good/001_saraqib.txt'), 'utf8')).toBe(SARAQIB);
    },
    SLOW,
  );

  it(
    'reads UTF-16 (BOM or not) and Windows-1256 reports, finds their claims and names each encoding',
    async () => {
      const r = await runs.encodings!;
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('001_utf16.txt: read as UTF-16 LE (byte order mark)');
      expect(r.stderr).toContain('002_utf16be.txt: read as UTF-16 BE (no byte order mark');
      expect(r.stderr).toContain('003_cp1256.txt: read as Windows-1256');
      const out = t.path('enc.json');
      expect(claimsOf(out, '001_utf16.txt').map((c) => c.killed?.min)).toEqual([7]);
      expect(claimsOf(out, '002_utf16be.txt').map((c) => c.killed?.min)).toEqual([9]);
      expect(claimsOf(out, '003_cp1256.txt').map((c) => c.killed?.min)).toEqual([9]);
    },
    SLOW,
  );
});

describe('ingest, main in-process', () => {
  let stderr = '';
  beforeAll(() => {
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    stderr = '';
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it(
    'refuses a folder with no .txt reports (exit 2), writing nothing',
    () => {
      const t = tempDir();
      t.put('notes/readme.md', 'nothing here');
      const call = () => ingestMain(['--out', t.path('out.json'), t.path('notes')]);
      expect(call).toThrow(CliError);
      expect(call).toThrow(/a folder with no \.txt reports/);
      expect(existsSync(t.path('out.json'))).toBe(false);
    },
    SLOW,
  );

  it(
    'reads a report whose sidecar is malformed JSON, names the sidecar, exits 1',
    () => {
      const t = tempDir();
      t.put('r/001_saraqib.txt', SARAQIB);
      t.put('r/001_saraqib.meta.json', '{"outlet": "Enab Baladi", ');
      expect(ingestMain(['--out', t.path('out.json'), t.path('r')])).toBe(1);
      expect(stderr).toMatch(/001_saraqib\.meta\.json: not valid JSON/);
      expect(claimsOf(t.path('out.json'), '001_saraqib.txt').map((c) => c.killed?.min)).toEqual([7]);
    },
    SLOW,
  );

  it(
    'keeps a report whose sidecar is dated 2017-02-30: the date is unknown, the rest of the sidecar is kept',
    () => {
      const t = tempDir();
      t.put('r/001_saraqib.txt', SARAQIB);
      t.put('r/001_saraqib.meta.json', JSON.stringify({ outlet: 'Enab Baladi', published: '2017-02-30', title: 3 }));
      expect(ingestMain(['--out', t.path('out.json'), t.path('r')])).toBe(1);
      expect(stderr).toMatch(/001_saraqib\.meta\.json: field "published": "2017-02-30": not a real calendar day/);
      expect(stderr).toMatch(/field "title": expected a string, got a number/);
      const d = dataset(t.path('out.json'));
      expect(d.reports[0]).toMatchObject({ outlet: 'Enab Baladi', published: null, title: null });
      expect(d.claims.map((c) => c.killed?.min)).toEqual([7]);
    },
    SLOW,
  );

  it(
    'names every report that yielded nothing, and why; the good report is still written',
    () => {
      const t = tempDir();
      t.put('r/001_saraqib.txt', SARAQIB);
      t.put('r/002_empty.txt', '');
      t.put('r/003_image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff, 0]));
      t.put('r/004_park.txt', NO_CASUALTIES);
      expect(ingestMain(['--out', t.path('out.json'), t.path('r')])).toBe(1);
      expect(stderr).toMatch(/002_empty\.txt: yielded nothing \(report-empty/);
      expect(stderr).toMatch(/003_image\.txt: yielded nothing \(report-binary/);
      expect(stderr).toMatch(/004_park\.txt: yielded nothing \(no casualty statement\)/);
      expect(stderr).not.toMatch(/001_saraqib\.txt: yielded nothing/);
      expect(claimsOf(t.path('out.json'), '001_saraqib.txt')).toHaveLength(1);
    },
    SLOW,
  );

  it(
    'exits 0 when a report only has no casualty statement: it was read',
    () => {
      const t = tempDir();
      t.put('r/001_park.txt', NO_CASUALTIES);
      expect(ingestMain(['--out', t.path('out.json'), t.path('r')])).toBe(0);
      expect(stderr).toMatch(/001_park\.txt: yielded nothing \(no casualty statement\)/);
    },
    SLOW,
  );

  it(
    'names an unreadable report (a dangling link) and still reads its folder, exit 1',
    () => {
      const t = tempDir();
      t.put('r/001_saraqib.txt', SARAQIB);
      symlinkSync(t.path('elsewhere.txt'), t.path('r/002_gone.txt'));
      expect(ingestMain(['--out', t.path('out.json'), t.path('r')])).toBe(1);
      expect(stderr).toMatch(/002_gone\.txt: no such file or folder/);
      expect(claimsOf(t.path('out.json'), '001_saraqib.txt')).toHaveLength(1);
    },
    SLOW,
  );

  it(
    'names a missing path among good ones, writes the rest and exits 1',
    () => {
      const t = tempDir();
      t.put('r/001_saraqib.txt', SARAQIB);
      expect(ingestMain(['--out', t.path('out.json'), t.path('r'), t.path('gone.txt')])).toBe(1);
      expect(stderr).toMatch(/gone\.txt: no such file or folder/);
      expect(claimsOf(t.path('out.json'), '001_saraqib.txt')).toHaveLength(1);
    },
    SLOW,
  );
});
