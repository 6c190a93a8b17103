/** The scripts' shared guards: --out compared with the inputs by real path, atomic writes that leave no debris. */
import { readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError, checkOut, describeError, writeAtomic } from '../../scripts/lib/cli';
import { removeTempDirs, tempDir } from './helpers';

afterAll(removeTempDirs);

describe('checkOut', () => {
  it('refuses an input reached through a symlink or a roundabout path, even with --force', () => {
    const t = tempDir();
    const input = t.put('r/001.txt', 'نص');
    symlinkSync(input, t.path('link.json'));
    expect(() => checkOut(t.path('link.json'), [input], true)).toThrow(/is one of the inputs/);
    expect(() => checkOut(join(t.dir, 'r', '..', 'r', '001.txt'), [input], true)).toThrow(/is one of the inputs/);
  });

  it('refuses an existing file without --force, a folder, and a missing folder; allows a new file', () => {
    const t = tempDir();
    t.put('old.json', '{}');
    expect(() => checkOut(t.path('old.json'), [], false)).toThrow(/exists; pass --force/);
    expect(() => checkOut(t.path('old.json'), [], true)).not.toThrow();
    expect(() => checkOut(t.dir, [], true)).toThrow(/is a folder/);
    expect(() => checkOut(t.path('no/such/out.json'), [], false)).toThrow(/does not exist/);
    expect(() => checkOut(t.path('new.json'), [], false)).not.toThrow();
  });

  it('throws CliErrors with exit code 2', () => {
    const t = tempDir();
    t.put('old.json', '{}');
    try {
      checkOut(t.path('old.json'), [], false);
    } catch (e) {
      expect(e).toBeInstanceOf(CliError);
      expect((e as CliError).code).toBe(2);
    }
    expect.assertions(2);
  });
});

describe('writeAtomic', () => {
  it('replaces a file whole and leaves no temporary file behind', () => {
    const t = tempDir();
    t.put('out.json', 'old');
    writeAtomic(t.path('out.json'), 'new\n');
    expect(readFileSync(t.path('out.json'), 'utf8')).toBe('new\n');
    expect(readdirSync(t.dir)).toEqual(['out.json']);
  });

  it('fails on a missing folder with a one-line reason', () => {
    const t = tempDir();
    let reason = '';
    try {
      writeAtomic(t.path('gone/out.json'), 'x');
    } catch (e) {
      reason = describeError(e);
    }
    expect(reason).toMatch(/^no such file or folder: .*gone/);
    expect(readdirSync(t.dir)).toEqual([]);
  });
});
