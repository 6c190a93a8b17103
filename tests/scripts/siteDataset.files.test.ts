/**
 * What the site build serves beside dataset.json (scripts/lib/siteDataset.ts `prepareSiteData`, which the Vite
 * gate runs): the core made from the checked dataset, its detail files, a manifest and a page version that are the
 * hash of the exact core bytes served, and a service worker precache that keeps the first visit offline.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CORE_FILE,
  DETAILS_PRECACHE_LIMIT,
  contentHash,
  hashFile,
  precacheData,
  prepareSiteData,
  writeSiteDataFiles,
} from '../../scripts/lib/siteDataset';
import { detailOf, summarize } from '../../src/domain/claimDetails';
import { fromCore } from '../../src/domain/core';
import { validateDataset } from '../../src/domain/validate';
import { removeTempDirs, tempDir } from '../cli/helpers';

afterAll(removeTempDirs);

/** The shipped dataset and its report texts in a fresh data folder. */
function stage(): string {
  const { dir } = tempDir();
  cpSync('public/data/dataset.json', join(dir, 'dataset.json'));
  mkdirSync(join(dir, 'reports'));
  cpSync('public/data/reports', join(dir, 'reports'), { recursive: true });
  return dir;
}

const shipped = () => {
  const result = validateDataset(JSON.parse(readFileSync('public/data/dataset.json', 'utf8')));
  if (!result.ok) throw new Error(result.detail);
  return result.dataset;
};

describe('prepareSiteData: the files a site build serves', () => {
  it('writes the core, the detail chunks, the search and the messages files from the shipped dataset', () => {
    const dir = stage();
    const site = prepareSiteData(dir);
    expect(site.problems).toEqual([]);
    const files = new Map(site.files.map((f) => [f.path, JSON.parse(f.bytes.toString('utf8')) as unknown]));
    const d = shipped();
    const core = fromCore(files.get(CORE_FILE));
    // Written in ASCII (coreText), so the page holds it as a one-byte string.
    expect(site.files.find((f) => f.path === CORE_FILE)?.bytes.every((b) => b < 0x80)).toBe(true);
    expect(core.claims).toStrictEqual(d.claims.map(summarize));
    expect(core.incidents).toStrictEqual(d.incidents);
    expect([...files.keys()].sort()).toEqual(
      [CORE_FILE, ...core.detailFiles.chunks, core.detailFiles.search, core.detailFiles.messages].sort(),
    );
    const details = core.detailFiles.chunks.flatMap((path) => (files.get(path) as { claims: unknown[] }).claims);
    expect(details).toStrictEqual(d.claims.map(detailOf));
    expect(files.get('details/search.json')).toEqual({
      format: 'rasd-search',
      version: 1,
      quotes: d.claims.map((c) => c.quote),
    });
    expect(files.get('details/messages.json')).toMatchObject({ format: 'rasd-messages', messages: d.messages });
  });

  it('names in the core the SHA-256 of each detail file’s bytes as served', () => {
    const site = prepareSiteData(stage());
    const bytes = new Map(site.files.map((f) => [f.path, f.bytes]));
    const { detailFiles } = fromCore(JSON.parse((bytes.get(CORE_FILE) as Buffer).toString('utf8')));
    const sha256 = (path: string) =>
      createHash('sha256')
        .update(bytes.get(path) as Buffer)
        .digest('hex');
    expect(detailFiles.sha256).toEqual({
      chunks: detailFiles.chunks.map(sha256),
      search: sha256(detailFiles.search),
      messages: sha256(detailFiles.messages),
    });
  });

  it('names the page version and manifest after the exact core bytes served, and keeps the dataset hash apart', () => {
    const dir = stage();
    const site = prepareSiteData(dir);
    const core = site.files.find((f) => f.path === CORE_FILE)?.bytes;
    if (!core) throw new Error('no core');
    expect(site.manifest).toEqual({
      hash: contentHash(core),
      bytes: readFileSync(join(dir, 'dataset.json')).length,
      coreBytes: core.length,
      datasetHash: hashFile(join(dir, 'dataset.json')),
    });
    expect(site.manifest.hash).not.toBe(site.manifest.datasetHash);
    // The same dataset gives the same bytes, so a rebuild does not offer visitors "new data".
    expect(prepareSiteData(stage()).manifest).toEqual(site.manifest);
  });

  it('takes the files build:site wrote for the dataset it checked, without checking or parsing it again', () => {
    const dir = stage();
    const built = prepareSiteData(dir);
    writeSiteDataFiles(dir, built.files);
    expect(readFileSync(join(dir, 'details', '0.json'))).toEqual(built.files[1]?.bytes);
    // Nothing is made again: the staged files are what the build copies, and the core's bytes give the version.
    const again = prepareSiteData(dir, built.manifest.datasetHash);
    expect(again).toMatchObject({ problems: [], files: [], manifest: built.manifest });
  });

  it('checks a dataset whose hash is not the one build:site checked, and refuses a core left in its folder', () => {
    const dir = stage();
    writeSiteDataFiles(dir, prepareSiteData(dir).files);
    expect(prepareSiteData(dir, 'not-its-hash').problems).toEqual([
      `${join(dir, CORE_FILE)}: the build writes core.json; remove this one`,
    ]);
  });

  it('writes nothing for a dataset that cannot ship, and names its problem', () => {
    const dir = stage();
    const raw = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as { claims: Array<{ id: string }> };
    raw.claims[0]!.id = 'not an id';
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify(raw));
    const site = prepareSiteData(dir);
    expect(site.problems.length).toBeGreaterThan(0);
    expect(site.files).toEqual([]);
    expect(site.manifest.hash).toBe('');
  });
});

describe('precacheData: what the service worker keeps offline from the first visit', () => {
  const entry = (url: string, size = 1000) => ({ url, size, revision: 'r' });
  const urls = (entries: Array<{ url: string }>) => entries.map((e) => e.url);

  it('keeps the core and small detail files, and leaves the whole dataset out when a core is served', () => {
    const entries = [
      entry('index.html'),
      entry('data/core.json'),
      entry('data/dataset.json'),
      entry('data/details/0.json'),
      entry('data/details/search.json'),
    ];
    expect(urls(precacheData(entries).manifest)).toEqual([
      'index.html',
      'data/core.json',
      'data/details/0.json',
      'data/details/search.json',
    ]);
  });

  it('leaves detail files to the runtime cache when together they pass the limit', () => {
    const big = Math.ceil(DETAILS_PRECACHE_LIMIT / 2);
    const entries = [
      entry('data/core.json'),
      entry('data/details/0.json', big),
      entry('data/details/1.json', big),
      entry('data/details/search.json'),
    ];
    expect(urls(precacheData(entries).manifest)).toEqual(['data/core.json']);
  });

  it('keeps dataset.json where there is no core (a site built before the core)', () => {
    expect(urls(precacheData([entry('data/dataset.json')]).manifest)).toEqual(['data/dataset.json']);
  });
});
