/**
 * `npx tsx bench/map.bench.ts [--sizes 1000,10000,100000] [--dist dist] [--port 4190] [--sites N=DIR,…]`
 *
 * Serves the built app (vite preview of --dist), routes the dataset request to a synthetic dataset from
 * scripts/synth.ts, and measures in Chromium, for each size:
 * - map_drawn: ms from `rasd:data-ready` (the loader, after validation) to `rasd:map-drawn` (the marks are in the DOM);
 *   this includes rendering the rest of the dashboard and loading the lazy map chunk;
 * - map_index: the map's own indexing (locating, grouping into spots, supercluster), `rasd:map-index-start`→`-end`;
 * - map_first_draw: drawing the first view's marks, `rasd:map-draw-start` → `rasd:map-drawn`;
 * - pan_frame_median / pan_frame_p95: ms between animation frames while dragging the map;
 * - zoom_frame_median / zoom_frame_p95: the same while zooming in and out;
 * - dom_marks: mark elements in the DOM after the first draw (clusters keep it small at any size);
 * - js_heap: used JS heap after a forced GC (MB).
 * `--sites 100000=dist-bench-100k` also measures sites built by `npm run build:site` as published (the page loads
 * their core, no routing), each result named `site_<measure>` with N as its size.
 * Prints one JSON line per measure {name, n, value, unit} and writes them all to --out (bench/results/map.jsonl).
 * Build first (`npx vite build --outDir <dist>`). Targets at 100k: map_drawn ≤ 500 ms, pan_frame_median < 16 ms.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { preview, quantile, sizesArg, syntheticDataset } from './lib/harness';
import { resultLog } from './lib/results';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4190' },
    out: { type: 'string', default: 'bench/results/map.jsonl' },
    /** Sites built by `npm run build:site`, measured as served (their core): `--sites 100000=dist-bench-100k,…`. */
    sites: { type: 'string', default: '' },
  },
});
const sizes = sizesArg(values.sizes);
const { report: log, write } = resultLog('map');

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

async function measure(page: Page, base: string, n: number, file: string | null, prefix = ''): Promise<void> {
  const report = (name: string, size: number, value: number, unit: string) => log(prefix + name, size, value, unit);
  if (file !== null) await routeDataset(page, file);
  await page.goto(base);
  await measureLoaded(page, n, report);
}

/**
 * Makes the page load `file` as a site without a core (the whole dataset, checked record by record): how the map
 * bench measured before sites had cores, and still the path of a site built without one.
 */
async function routeDataset(page: Page, file: string): Promise<void> {
  // On the context, so the request is caught when the loader fetches from a worker too. The body is not passed
  // through Playwright (`fulfill` of a 170 MB file drops the connection): the request goes on to a local file server.
  // The site's own core is answered with a 404, so the page takes the routed dataset (a site without a core).
  await page.context().route('**/data/core.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page
    .context()
    .route('**/data/dataset.json', (route) => route.continue({ url: `${fileServer}/${encodeURIComponent(file)}` }));
}

async function measureLoaded(
  page: Page,
  n: number,
  report: (name: string, size: number, value: number, unit: string) => void,
): Promise<void> {
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
  // The map's own work, apart from the rest of the dashboard rendering in between.
  const own = await page.evaluate<[number, number]>(`(() => {
    const span = (a, b) => {
      const start = performance.getEntriesByName(a)[0];
      const end = performance.getEntriesByName(b).find((e) => start && e.startTime >= start.startTime);
      return start && end ? end.startTime - start.startTime : NaN;
    };
    return [span('rasd:map-index-start', 'rasd:map-index-end'), span('rasd:map-draw-start', 'rasd:map-drawn')];
  })()`);
  report('map_index', n, own[0], 'ms');
  report('map_first_draw', n, own[1], 'ms');
  report('dom_marks', n, await page.locator('.rasd-point, .rasd-cluster').count(), 'count');
  await page.waitForTimeout(500);

  const frame = page.locator('.map-frame');
  await frame.scrollIntoViewIfNeeded();
  const box = await frame.boundingBox();
  if (!box) throw new Error('no map on the page');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // Dragging is driven inside the page, one mouse step per animation frame, so frame times measure the page's work
  // and not the round trips of remote input (which would pace frames at the speed of the protocol).
  const pan = await page.evaluate<number[]>(`(async () => {
    const el = document.querySelector('.map-frame .leaflet-container');
    const r = el.getBoundingClientRect();
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const at = (x, y) => ({ clientX: x, clientY: y, bubbles: true, cancelable: true, button: 0, buttons: 1, view: window });
    const deltas = [];
    for (const [dx, dy] of [[5, 2], [-6, -2], [2, -4], [-3, 3]]) {
      let x = r.left + r.width / 2, y = r.top + r.height / 2;
      el.dispatchEvent(new MouseEvent('mousedown', at(x, y)));
      let last = await frame();
      for (let i = 0; i < 60; i++) {
        x += dx; y += dy;
        document.dispatchEvent(new MouseEvent('mousemove', at(x, y)));
        const now = await frame();
        deltas.push(now - last);
        last = now;
      }
      document.dispatchEvent(new MouseEvent('mouseup', at(x, y)));
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    return deltas;
  })()`);
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

const server = await preview(values.dist ?? 'dist', Number(values.port));
try {
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
    await measure(page, server.url, n, file);
    await context.close();
  }
  // Each site on a port of its own, results named `site_…`: the page as published loads its core.
  for (const [k, pair] of (values.sites ?? '').split(',').filter(Boolean).entries()) {
    const [size = '0', dir = ''] = pair.split('=');
    const site = await preview(dir, Number(values.port) + 1 + k);
    try {
      // bypassCSP: the bench's own probes are strings evaluated in the page, which the site's CSP forbids.
      const context = await browser.newContext({
        viewport: { width: 1400, height: 1000 },
        serviceWorkers: 'block',
        bypassCSP: true,
      });
      await context.addInitScript(() => localStorage.setItem('rasd.language', 'en'));
      await measure(await context.newPage(), site.url, Number(size), null, 'site_');
      await context.close();
    } finally {
      site.stop();
    }
  }
  await browser.close();
  write(values.out ?? 'bench/results/map.jsonl');
} finally {
  server.stop();
  files.close();
}
