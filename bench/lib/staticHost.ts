/**
 * A static host as production serves a built site: every file compressed once (gzip, as a CDN or nginx's
 * `gzip_static` keeps it) and answered from memory, unknown paths answered with index.html. `vite preview`, the
 * benches' default server, gzips every response again on each request: at 100k incidents that alone costs seconds
 * per page load on this 2-core machine (32 MB core: 2.3–3.2 s under load), a cost of the preview server, not of a
 * site's files. `RASD_BENCH_SERVER=static` makes `preview()` use this server instead; results say which served.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

interface Entry {
  type: string;
  raw: Buffer;
  gzip: Buffer | null;
}

function files(root: string, dir = root, out = new Map<string, Entry>()): Map<string, Entry> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      files(root, path, out);
      continue;
    }
    const ext = extname(name);
    const raw = readFileSync(path);
    out.set(`/${relative(root, path).split('\\').join('/')}`, {
      type: TYPES[ext] ?? 'application/octet-stream',
      raw,
      gzip: COMPRESSIBLE.has(ext) && raw.length > 1024 ? gzipSync(raw) : null,
    });
  }
  return out;
}

/** Serves `root` on 127.0.0.1:`port`; resolves once listening. */
export function staticHost(root: string, port: number): Promise<Server> {
  const entries = files(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const entry = entries.get(path === '/' ? '/index.html' : path) ?? entries.get('/index.html');
    if (!entry) {
      res.writeHead(404).end();
      return;
    }
    const gzip = entry.gzip !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.gzip! : entry.raw;
    res.writeHead(200, {
      'content-type': entry.type,
      'content-length': body.length,
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
