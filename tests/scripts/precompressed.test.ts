/**
 * Large data files are gzipped once at build time and served as such (scripts/lib/precompressed.ts): what a
 * browser receives must decode to the exact bytes of the file (the page checks the core's hash), small files and
 * anything outside the site are left alone, and a client that does not accept gzip gets the file as it is.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressSite, servePrecompressed } from '../../scripts/lib/precompressed';
import { removeTempDirs, tempDir } from '../cli/helpers';

afterAll(removeTempDirs);

/** A site folder with a large core, a small detail file, a large optional dataset and a large non-JSON file. */
function site(): { dir: string; core: Buffer } {
  const { dir } = tempDir();
  mkdirSync(join(dir, 'data', 'details'), { recursive: true });
  mkdirSync(join(dir, 'datasets'));
  mkdirSync(join(dir, 'assets'));
  const core = Buffer.from(JSON.stringify({ strings: Array.from({ length: 3000 }, (_, i) => `مكان-${i}`) }));
  writeFileSync(join(dir, 'data', 'core.json'), core);
  writeFileSync(join(dir, 'data', 'details', 'c0.json'), '{"claims":[]}');
  writeFileSync(join(dir, 'datasets', 'ucdp.json'), core);
  writeFileSync(join(dir, 'assets', 'big.json'), core);
  writeFileSync(join(dir, 'outside.json'), core);
  return { dir, core };
}

describe('precompressSite', () => {
  it('writes a .gz beside each large JSON file of data/ and datasets/, decoding to the same bytes', () => {
    const { dir, core } = site();
    const written = precompressSite(dir, 1000).map((f) => f.slice(dir.length + 1).replaceAll('\\', '/'));
    expect(written.sort()).toEqual(['data/core.json', 'datasets/ucdp.json']);
    expect(gunzipSync(readFileSync(join(dir, 'data', 'core.json.gz')))).toEqual(core);
    expect(() => readFileSync(join(dir, 'data', 'details', 'c0.json.gz'))).toThrow();
    expect(() => readFileSync(join(dir, 'assets', 'big.json.gz'))).toThrow();
  });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

async function withServer(root: string, run: (get: (path: string, gzip?: boolean) => Promise<Reply>) => Promise<void>) {
  const serve = servePrecompressed(root);
  const server: Server = createServer((req, res) =>
    serve(req, res, () => {
      res.writeHead(404, { 'x-fell-through': '1' }).end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const get = (path: string, gzip = true) =>
    new Promise<Reply>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, headers: gzip ? { 'accept-encoding': 'gzip, br' } : {} });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    });
  try {
    await run(get);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('servePrecompressed', () => {
  it('answers a file with its .gz, marked gzip, decoding to the file', async () => {
    const { dir, core } = site();
    precompressSite(dir, 1000);
    await withServer(dir, async (get) => {
      const r = await get('/data/core.json?v=1');
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding']).toBe('gzip');
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers.vary).toBe('accept-encoding');
      expect(gunzipSync(r.body)).toEqual(core);
    });
  });

  it('leaves to the next middleware: no gzip accepted, no .gz, a path outside the site, a junk path', async () => {
    const { dir } = site();
    precompressSite(dir, 1000);
    writeFileSync(join(dir, 'data', 'stray.json.gz'), 'no file beside it');
    writeFileSync(join(dir, 'outside.json.gz'), 'a file beside the site, not in it');
    await withServer(join(dir, 'data'), async (get) => {
      for (const [path, gzip] of [
        ['/core.json', false],
        ['/details/c0.json', true],
        ['/stray.json', true],
        ['/..%2Foutside.json', true],
        ['/%E0%A4%A.json', true],
      ] as const) {
        const r = await get(path, gzip);
        expect([path, r.headers['x-fell-through']]).toEqual([path, '1']);
      }
    });
  });
});
