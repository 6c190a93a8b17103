/**
 * Large data files compressed once, at build time, instead of on every request.
 *
 * A static host answers `core.json` from `core.json.gz` when one lies beside it (nginx `gzip_static on`, Caddy
 * `precompressed gzip`, most CDNs). Without it, a host that compresses on the fly pays for it on every page load:
 * `vite preview` gzips the 100k core (33 MB) anew for each request, about 1.7 s of CPU on this 2-core machine
 * before the first byte leaves. `servePrecompressed` gives `vite preview` (`npm start`) the same behaviour as such
 * a host, so the local dashboard and the benches see what a deployed site sees.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Files below this size are left to the host: compressing them per request costs little. */
export const PRECOMPRESS_MIN_BYTES = 1024 * 1024;

/** The folders of a site build whose large JSON files are precompressed: the data and the optional datasets. */
const PRECOMPRESSED_DIRS = ['data', 'datasets'];

const TYPES: Record<string, string> = { '.json': 'application/json' };

/**
 * Writes `FILE.gz` beside every JSON file of at least `minBytes` under the site's data folders (gzip level 6: level
 * 9 is 4× slower for 1% fewer bytes at 100k). Returns the files written.
 */
export function precompressSite(outDir: string, minBytes = PRECOMPRESS_MIN_BYTES): string[] {
  const written: string[] = [];
  for (const dir of PRECOMPRESSED_DIRS.map((d) => join(outDir, d)).filter((d) => existsSync(d))) {
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (extname(name) !== '.json') continue;
      const file = join(dir, name);
      const stat = statSync(file);
      if (!stat.isFile() || stat.size < minBytes) continue;
      writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 6 }));
      written.push(file);
    }
  }
  return written;
}

type Next = (err?: unknown) => void;

/**
 * Connect middleware: answers a GET or HEAD for a file that has a `.gz` beside it with that `.gz`, as
 * `Content-Encoding: gzip`, when the client accepts gzip; anything else goes on to the next middleware.
 */
export function servePrecompressed(root: string) {
  const base = normalize(root + sep);
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return next();
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    } catch {
      return next();
    }
    const file = normalize(join(base, path));
    const type = TYPES[extname(file)];
    // Only files inside the site: a path that climbs out ("/../") is left to the next middleware to refuse.
    if (!file.startsWith(base) || type === undefined) return next();
    const gz = `${file}.gz`;
    if (!existsSync(gz) || !existsSync(file) || !statSync(gz).isFile()) return next();
    res.writeHead(200, {
      'content-type': type,
      'content-encoding': 'gzip',
      'content-length': statSync(gz).size,
      vary: 'accept-encoding',
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(gz).pipe(res);
  };
}
