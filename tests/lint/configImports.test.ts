import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Vite loads vite.config.ts, and what it imports (the site's data checks in scripts/lib and src/domain), with its
 * bundling config loader today; with `configLoader: 'native'`, which Vite means to make the default, Node imports
 * them itself, and Node resolves no import without its file extension. Every relative import in that chain names
 * its file, so the build keeps working (and prints no warning about it now).
 */
function configImportChain(entry: string): { files: string[]; extensionless: string[] } {
  const files: string[] = [];
  const extensionless: string[] = [];
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (files.includes(file)) continue;
    files.push(file);
    for (const { fileName: spec } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!spec.startsWith('.')) continue;
      const target = join(dirname(file), spec);
      if (extname(spec) === '') {
        extensionless.push(`${relative('.', file)}: '${spec}'`);
        const found = ['.ts', '.tsx', '/index.ts'].map((ext) => target + ext).find((f) => existsSync(f));
        if (found) todo.push(found);
      } else if (/\.tsx?$/.test(spec)) {
        todo.push(target);
      }
    }
  }
  return { files, extensionless };
}

describe("the build config's imports", () => {
  it('name their files, all the way down, so Node can load the config itself', () => {
    const { files, extensionless } = configImportChain('vite.config.ts');
    // The walk reaches the dataset checks the build runs, or it would prove nothing.
    expect(files).toContain(join('src', 'domain', 'validate.ts'));
    expect(files.length).toBeGreaterThan(10);
    expect(extensionless).toEqual([]);
  });
});
