/**
 * A core the page cannot read is refused with a CoreFormatError naming what is wrong (the page then loads the whole
 * dataset instead), and junk never escapes as any other error.
 */
import { describe, expect, it } from 'vitest';
import type { DetailHashes } from '../../src/domain/claimDetails';
import {
  CoreFormatError,
  fromCore,
  toCore,
  withDetailHashes,
  type CoreColumn,
  type CoreFile,
} from '../../src/domain/core';
import { shipped } from './core.fixtures';

const good = toCore(shipped(), { chunkSize: 8 });
/** A fresh, editable copy of the shipped core, as parsed from its file. */
const fresh = (): CoreFile => JSON.parse(JSON.stringify(good)) as CoreFile;

function column(core: CoreFile, path: string): CoreColumn {
  const [table, ...keys] = path.split('.');
  let columns = core.tables[table as keyof CoreFile['tables']].columns;
  let found: CoreColumn | undefined;
  for (const key of keys) {
    found = columns.find((c) => c.key === key);
    if (!found) throw new Error(`no column ${path}`);
    columns = found.columns ?? [];
  }
  return found as CoreColumn;
}

/** fromCore's error on `raw`, failing the test when it does not throw a CoreFormatError. */
function reasonFor(raw: unknown): string {
  try {
    fromCore(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(CoreFormatError);
    return (e as CoreFormatError).reason;
  }
  throw new Error('fromCore accepted it');
}

const edited = (edit: (core: CoreFile) => void): CoreFile => {
  const core = fresh();
  edit(core);
  return core;
};

/** The core with a hash for each detail file, as the site build writes it, then `edit`ed. */
const withHashes = (edit: (hashes: DetailHashes, core: CoreFile) => void): CoreFile => {
  const core = withDetailHashes(fresh(), () => 'a'.repeat(64));
  edit(core.detailFiles.sha256 as DetailHashes, core);
  return core;
};

describe('fromCore refuses a malformed core, naming the column or record', () => {
  it('reads the unedited core', () => {
    expect(fromCore(fresh()).claims).toHaveLength(good.tables.claims.n);
  });

  it('reads the hash of each detail file when the core names them, and none when it does not', () => {
    const hashes = fromCore(withHashes(() => {})).detailFiles.sha256;
    expect(hashes?.chunks).toHaveLength(good.detailFiles.chunks.length);
    expect(hashes?.search).toBe('a'.repeat(64));
    expect(fromCore(fresh()).detailFiles.sha256).toBeUndefined();
  });

  it.each([
    ['not an object', null, /not a JSON object/],
    ['a list', [], /not a JSON object/],
    ['another format', { ...good, format: 'rasd-dataset' }, /format is "rasd-dataset"/],
    ['another version', { ...good, version: 2 }, /version is 2; this version of Rasd reads 1/],
    [
      'a column of the wrong length',
      edited((c) => column(c, 'claims.source_id').values?.pop()),
      /^claims\.source_id: \d+ rows, expected \d+$/,
    ],
    [
      'runs that cover more rows than the column has',
      edited((c) => (column(c, 'claims.report_id').runs![1]! += 1)),
      /^claims\.report_id: runs cover \d+ rows, expected \d+$/,
    ],
    [
      'a difference that is not an integer in a delta column',
      edited((c) => ((column(c, 'claims.id').values as number[])[1] = 0.5)),
      /^claims\.id\[1\]: 0\.5 is not an integer$/,
    ],
    [
      'a delta column that sums past the string table',
      edited((c) => ((column(c, 'claims.id').values as number[])[3] = c.strings.length)),
      /^claims\.id\[3\]: \d+ is not a code of the \d+ strings$/,
    ],
    [
      'a nested column of the wrong length',
      edited((c) => column(c, 'claims.place.precision').values?.push(0)),
      /^claims\.place\.precision: /,
    ],
    [
      'a dictionary index out of range',
      edited((c) => ((column(c, 'claims.source_id').values as number[])[2] = c.strings.length)),
      /^claims\.source_id\[2\]: \d+ is not a code of the \d+ strings$/,
    ],
    [
      'a non-integer where an integer belongs',
      edited((c) => ((column(c, 'claims.quote_start').values as number[])[1] = 1.5)),
      /^claims\.quote_start\[1\]: 1\.5 is not an integer$/,
    ],
    [
      'a non-integer string code',
      edited((c) => ((column(c, 'incidents.weapon').values as number[])[0] = 0.5)),
      /^incidents\.weapon\[0\]: 0\.5 is not a code/,
    ],
    [
      'a string where a number belongs',
      edited((c) => ((column(c, 'places.coordinates.lat').values as unknown[])[0] = '36.2')),
      /^places\.coordinates\.lat\[0\]: "36\.2" is not a number$/,
    ],
    [
      'a state of the wrong length',
      edited((c) => (column(c, 'claims.supersedes').state = 'v')),
      /^claims\.supersedes: state has 1 rows, expected \d+ rows$/,
    ],
    ['a row count that is not one', edited((c) => (c.tables.tallies.n = -1)), /^tallies\.n -1 is not a row count$/],
    ['a missing table', edited((c) => delete (c.tables as Partial<CoreFile['tables']>).places), /^places: /],
    ['a string table with a number', edited((c) => c.strings.push(4 as never)), /^strings\[\d+\] is not a string$/],
    [
      'detail chunks that do not cover the claims',
      edited((c) => c.detailFiles.chunks.pop()),
      /^detailFiles\.chunks: expected \d+ chunks for \d+ claims$/,
    ],
    [
      'a detail path that leaves the data folder',
      edited((c) => (c.detailFiles.search = '../../evil.json')),
      /^detailFiles\.search: "\.\.\/\.\.\/evil\.json" is not a relative \.json path$/,
    ],
    ['another dataset version', edited((c) => (c.meta.version = 1)), /^meta\.version is 1/],
    [
      'a detail hash that is not 64 hex digits',
      withHashes((h) => (h.chunks[1] = 'ABC')),
      /^detailFiles\.sha256\.chunks\[1\]: "ABC" is not a SHA-256 in hex$/,
    ],
    [
      'a hash too few for the chunks',
      withHashes((h) => h.chunks.pop()),
      /^detailFiles\.sha256\.chunks: expected \d+ hashes$/,
    ],
    ['hashes that are not an object', withHashes((_h, c) => (c.detailFiles.sha256 = [] as never)), /sha256 is not/],
    ['a missing search hash', withHashes((h) => delete (h as Partial<typeof h>).search), /sha256\.search: missing/],
  ])('%s', (_name, raw, reason) => {
    expect(reasonFor(raw)).toMatch(reason);
  });
});

/** An object column holding an object column … `depth` levels deep, one row each. */
function nested(depth: number): CoreColumn {
  let column: CoreColumn = { key: 'leaf', type: 'int', values: [1] };
  for (let d = 0; d < depth; d++) column = { key: `level${d}`, type: 'obj', columns: [column] };
  return column;
}

describe('fromCore on junk: only ever a CoreFormatError', () => {
  const core = (tables: unknown) => ({ ...fresh(), tables });
  const claims = (columns: unknown, n = good.tables.claims.n) => core({ ...fresh().tables, claims: { n, columns } });
  it.each([
    ['undefined', undefined],
    ['a number', 42],
    ['a string', '{"format":"rasd-core"}'],
    ['an empty object', {}],
    ['only the format', { format: 'rasd-core', version: 1 }],
    ['no strings', { ...good, strings: null }],
    ['no meta', { ...good, meta: [] }],
    ['tables as a list', core([])],
    ['a table without columns', claims(null)],
    ['a column that is a number', claims([7])],
    ['a column without a type', claims([{ key: 'id', values: [] }])],
    ['an unknown column type', claims([{ key: 'id', type: 'date', values: [] }])],
    ['a __proto__ column', claims([{ key: '__proto__', type: 'raw', values: [] }], 0)],
    [
      'a duplicate column',
      claims(
        [
          { key: 'a', type: 'raw', values: [] },
          { key: 'a', type: 'raw', values: [] },
        ],
        0,
      ),
    ],
    ['an object column without columns', claims([{ key: 'place', type: 'obj' }], 1)],
    ['a state with other letters', claims([{ key: 'a', type: 'raw', state: 'x', values: [] }], 1)],
    ['a state that is a list', claims([{ key: 'a', type: 'raw', state: ['v'], values: [1] }], 1)],
    ['list lengths past the codes', claims([{ key: 'a', type: 'strs', lengths: [3], values: [0] }], 1)],
    ['list codes left over', claims([{ key: 'a', type: 'strs', lengths: [0], values: [0] }], 1)],
    ['a boolean column with a 2', claims([{ key: 'a', type: 'bool', values: [2] }], 1)],
    ['runs that are not pairs', claims([{ key: 'a', type: 'int', runs: [1, 1, 2] }], 2)],
    ['a run of no rows', claims([{ key: 'a', type: 'int', runs: [1, 0, 2, 2] }], 2)],
    ['a run of a string code past the table', claims([{ key: 'a', type: 'str', runs: [1e9, 2] }], 2)],
    ['a delta flag that is not true', claims([{ key: 'a', type: 'int', delta: 'yes', values: [1] }], 1)],
    ['list codes in runs past the lengths', claims([{ key: 'a', type: 'strs', lengths: [1], runs: [0, 3] }], 1)],
    [
      'list lengths of a billion codes in one run',
      claims([{ key: 'a', type: 'strs', lengths: [1e9], runs: [0, 1e9] }], 1),
    ],
    ['rows and no columns', claims([], 1_000_000)],
    ['objects nested ten thousand deep', claims([nested(10_000)], 1)],
    ['a huge row count', core({ ...fresh().tables, reports: { n: 1e12, columns: [] } })],
    ['no detail files', { ...good, detailFiles: 'details' }],
    ['a chunk size of zero', { ...good, detailFiles: { ...good.detailFiles, chunkSize: 0 } }],
  ])('%s', (_name, raw) => {
    expect(() => fromCore(raw)).toThrow(CoreFormatError);
  });
});
