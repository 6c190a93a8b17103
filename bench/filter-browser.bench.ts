/**
 * `npx tsx bench/filter-browser.bench.ts [--n 100000] [--dist dist] [--port 4191] [--out bench/results/filter-browser.jsonl]`
 *
 * Filter change → every view updated, in Chromium, on a synthetic dataset of n incidents (scripts/synth.ts).
 * Serves the built app (vite preview of --dist), routes the dataset request to the synthetic file, waits for the
 * first draw and the idle indexing, then makes filter changes through the filter panel as a person would (date
 * presets, perpetrators, a governorate, searches). Each change is timed in the page: `setFilters` marks
 * `rasd:filter-start`; the filter panel marks `rasd:filter-end` on the animation frame after the new selection is
 * committed (every view's render and effects done, the browser about to paint) and measures `rasd:filter`.
 * Prints JSON lines {name, n, value, unit}: filter_view_median, filter_view_p95 (target p95 < 50 ms at 100k), and
 * writes them to --out with the run's facts (bench/lib/results.ts) and one line more, filter_view_durations, holding
 * every change's duration (`values`).
 * Build first (`npx vite build --outDir <dist>`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { quantile } from './lib/harness';
import { resultLog } from './lib/results';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4191' },
    out: { type: 'string', default: 'bench/results/filter-browser.jsonl' },
  },
});
const n = Number(values.n);
const base = `http://127.0.0.1:${values.port}/`;
const log = resultLog('filter-browser');
const report = (name: string, value: number, unit: string) => log.report(name, n, value, unit);

const file = join(tmpdir(), `rasd-synth-${n}.json`);
if (!existsSync(file)) {
  const run = spawnSync('npx', ['tsx', 'scripts/synth.ts', '--n', String(n), '--out', file], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`synth failed for n=${n}`);
}

// The synthetic file is streamed from a local server: Playwright's `fulfill` drops a body this large.
const files = createServer((_req, res) => {
  res.writeHead(200, {
    'content-type': 'application/json',
    'content-length': statSync(file).size,
    'access-control-allow-origin': '*',
  });
  createReadStream(file).pipe(res);
}).listen(0, '127.0.0.1');
await new Promise((resolve) => files.once('listening', resolve));
const address = files.address();
const fileUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/dataset.json`;

const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--outDir',
    values.dist ?? 'dist',
    '--port',
    values.port ?? '4191',
    '--strictPort',
    '--host',
    '127.0.0.1',
  ],
  { stdio: 'ignore', detached: true },
);

/** The durations of every `rasd:filter` measure so far (ms). */
const measures = (page: Page) =>
  page.evaluate<number[]>(`performance.getEntriesByName('rasd:filter').map((e) => e.duration)`);

/** Makes one change and waits until the page has measured it. */
async function change(page: Page, act: () => Promise<void>): Promise<void> {
  const before = (await measures(page)).length;
  if (process.env.BENCH_DEBUG) console.error(JSON.stringify((await measures(page)).map(Math.round)));
  await act();
  await page.waitForFunction(`performance.getEntriesByName('rasd:filter').length > ${before}`, undefined, {
    timeout: 300_000,
  });
}

try {
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(base).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  if (server.exitCode !== null) throw new Error(`port ${values.port} is in use by another server`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  const context = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
    serviceWorkers: 'block',
    bypassCSP: true,
  });
  await context.addInitScript(() => localStorage.setItem('rasd.language', 'en'));
  // The site's own core is answered with a 404, so the page takes the routed dataset (a site without a core).
  await context.route('**/data/core.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await context.route('**/data/dataset.json', (route) => route.continue({ url: fileUrl }));
  const page = await context.newPage();
  // At scale one change can keep the page busy for long: wait rather than fail, and report what it took.
  page.setDefaultTimeout(300_000);
  await page.goto(base);
  await page.waitForFunction(`performance.getEntriesByName('rasd:data-ready').length > 0`, undefined, {
    timeout: 600_000,
  });
  const panel = page.locator('section.filters');
  await panel.locator('details.more-filters > summary').click();
  // Let the idle-time indexing finish, as it would while a person looks at the first view.
  await page.waitForTimeout(8000);

  const presets = panel.getByRole('group', { name: 'Quick ranges' }).getByRole('button');
  const perps = panel.getByRole('group', { name: 'Perpetrator' }).getByRole('checkbox');
  const places = panel.getByRole('group', { name: 'Places' }).getByRole('checkbox');
  const search = panel.getByRole('searchbox', { name: 'Search quotes, places and sources' });
  const presetCount = await presets.count();
  for (let i = 0; i < Math.min(presetCount, 8); i++) await change(page, () => presets.nth(i).click());
  await change(page, () => presets.last().click());
  for (let i = 0; i < 4; i++) await change(page, () => perps.nth(i).click());
  for (let i = 0; i < 4; i++) await change(page, () => perps.nth(i).click());
  for (let i = 0; i < 3; i++) {
    await change(page, () => places.nth(i).click());
    await change(page, () => places.nth(i).click());
  }
  for (const q of ['حلب', 'مدنيا', 'ادلب', 'غارة', 'Raqqa', '']) {
    await change(page, async () => {
      await search.fill(q);
      await search.press('Enter');
    });
  }
  const durations = await measures(page);
  report('filter_view_changes', durations.length, 'count');
  report('filter_view_median', quantile(durations, 0.5), 'ms');
  report('filter_view_p95', quantile(durations, 0.95), 'ms');
  report('filter_view_max', Math.max(...durations), 'ms');
  await browser.close();
  log.keep('filter_view_durations', n, durations, 'ms');
  log.write(values.out ?? 'bench/results/filter-browser.jsonl');
} finally {
  // The server runs in its own process group: end the group, not just npx.
  if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  files.close();
}
