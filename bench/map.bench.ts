/**
 * `npx tsx bench/map.bench.ts [--sizes 1000,10000,100000] [--dist dist] [--port 4190]`
 *
 * Serves the built app (vite preview of --dist), routes the dataset request to a synthetic dataset from
 * scripts/synth.ts, and measures in Chromium, for each size:
 * - map_drawn: ms from `rasd:data-ready` (the loader, after validation) to `rasd:map-drawn` (the marks are in the DOM);
 * - pan_frame_median / pan_frame_p95: ms between animation frames while dragging the map;
 * - zoom_frame_median / zoom_frame_p95: the same while zooming in and out;
 * - dom_marks: mark elements in the DOM after the first draw (clusters keep it small at any size);
 * - js_heap: used JS heap after a forced GC (MB).
 * Prints one JSON line per measure {name, n, value, unit} and writes them all to bench/results/map.json.
 * Build first (`npx vite build --outDir <dist>`). Targets at 100k: map_drawn ≤ 500 ms, pan_frame_median < 16 ms.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4190' },
    out: { type: 'string', default: 'bench/results/map.json' },
  },
});
const sizes = (values.sizes ?? '').split(',').map(Number);
const base = `http://127.0.0.1:${values.port}/`;

interface Result {
  name: string;
  n: number;
  value: number;
  unit: string;
}
const results: Result[] = [];
const report = (name: string, n: number, value: number, unit: string) => {
  const r = { name, n, value: Math.round(value * 100) / 100, unit };
  results.push(r);
  console.log(JSON.stringify(r));
};

function syntheticDataset(n: number): string {
  const file = join(tmpdir(), `rasd-synth-${n}.json`);
  if (!existsSync(file)) {
    const run = spawnSync('npx', ['tsx', 'scripts/synth.ts', '--n', String(n), '--out', file], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`synth failed for n=${n}`);
  }
  return file;
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

/** Records requestAnimationFrame deltas while `act` runs. */
async function frameTimes(page: Page, act: () => Promise<void>): Promise<number[]> {
  // A string, not a function: tsx's transpiler would inject helpers (__name) the page does not have.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await act();
  return page.evaluate<number[]>(`(() => {
    window.__recording = false;
    return window.__frames.slice(1);
  })()`);
}

async function measure(page: Page, n: number, file: string): Promise<void> {
  // On the context, so the request is caught when the loader fetches from a worker too. The body is not passed
  // through Playwright (`fulfill` of a 170 MB file drops the connection): the request goes on to a local file server.
  await page
    .context()
    .route('**/data/dataset.json', (route) => route.continue({ url: `${fileServer}/${encodeURIComponent(file)}` }));
  await page.goto(base);
  const drawn = await page.waitForFunction(
    `(() => {
      const ready = performance.getEntriesByName('rasd:data-ready')[0];
      const map = performance.getEntriesByName('rasd:map-drawn').find((e) => ready && e.startTime >= ready.startTime);
      return ready && map ? map.startTime - ready.startTime : null;
    })()`,
    undefined,
    { timeout: 600_000, polling: 100 },
  );
  report('map_drawn', n, Number(await drawn.jsonValue()), 'ms');
  report('dom_marks', n, await page.locator('.rasd-point, .rasd-cluster').count(), 'count');
  await page.waitForTimeout(500);

  const frame = page.locator('.map-frame');
  await frame.scrollIntoViewIfNeeded();
  const box = await frame.boundingBox();
  if (!box) throw new Error('no map on the page');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const pan = await frameTimes(page, async () => {
    for (const [dx, dy] of [
      [250, 120],
      [-300, -80],
      [120, -150],
    ] as const) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      await page.mouse.move(cx + dx, cy + dy, { steps: 30 });
      await page.mouse.up();
      await page.waitForTimeout(300);
    }
  });
  report('pan_frame_median', n, quantile(pan, 0.5), 'ms');
  report('pan_frame_p95', n, quantile(pan, 0.95), 'ms');

  const zoom = await frameTimes(page, async () => {
    await page.mouse.move(cx, cy);
    for (const dy of [-200, -200, 200, 200, -200, 200]) {
      await page.mouse.wheel(0, dy);
      await page.waitForTimeout(450);
    }
  });
  report('zoom_frame_median', n, quantile(zoom, 0.5), 'ms');
  report('zoom_frame_p95', n, quantile(zoom, 0.95), 'ms');

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  report('js_heap', n, heap.usedSize / 2 ** 20, 'MB');
}

/** Serves the synthetic files by absolute path (127.0.0.1 only, a free port), streamed, so any size loads. */
const files = createServer((req, res) => {
  const path = decodeURIComponent((req.url ?? '/').slice(1));
  if (!path.startsWith(tmpdir()) || !existsSync(path)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'content-type': 'application/json',
    'content-length': statSync(path).size,
    'access-control-allow-origin': '*',
  });
  createReadStream(path).pipe(res);
}).listen(0, '127.0.0.1');
await new Promise((resolve) => files.once('listening', resolve));
const address = files.address();
const fileServer = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--outDir',
    values.dist ?? 'dist',
    '--port',
    values.port ?? '4190',
    '--strictPort',
    '--host',
    '127.0.0.1',
  ],
  { stdio: 'ignore', detached: true },
);
try {
  await waitForServer(base);
  // With --strictPort a busy port makes preview exit: then the page answering is someone else's build.
  await new Promise((r) => setTimeout(r, 500));
  if (server.exitCode !== null) throw new Error(`port ${values.port} is in use by another server`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      // Unthrottled frames: rAF deltas then measure the work per frame, not the 16.7 ms display refresh.
      '--disable-frame-rate-limit',
      '--disable-gpu-vsync',
    ],
  });
  for (const n of sizes) {
    const file = syntheticDataset(n);
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      serviceWorkers: 'block',
      bypassCSP: true,
    });
    await context.addInitScript(() => localStorage.setItem('rasd.language', 'en'));
    const page = await context.newPage();
    await measure(page, n, file);
    await context.close();
  }
  await browser.close();
  mkdirSync('bench/results', { recursive: true });
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version };
  writeFileSync(
    values.out ?? 'bench/results/map.json',
    `${JSON.stringify({ bench: 'map', at: new Date().toISOString(), machine, results }, null, 2)}\n`,
  );
} finally {
  // The server runs in its own process group: end the group, not just npx.
  if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  files.close();
}
