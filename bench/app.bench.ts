/**
 * `npm run bench:app [-- --sizes 1000,10000,100000 --no-build]`: the dashboard's performance budget (issue 7).
 *
 * Builds the app, serves it, and for each synthetic dataset size measures in Chromium:
 * - data-ready: ms from the dataset fetch starting to the dashboard's first full render (lists, and the map's
 *   marks once they are drawn);
 * - filter-p95 / filter-median: ms from a filter change (a real click in the filter panel) until every view is
 *   updated: the list and map at once, the charts and timeline when they mark `rasd:views-updated`, then painted;
 * - filter-list-map-p95: ms to the first painted frame after the click, which already shows the list and the map;
 * - heap: MB of JS heap in use after load and a forced GC;
 * and once: initial-js-gzip (KB), as `npm run budget` checks it.
 * Targets at 100k: data-ready ≤ 1500 ms, filter-p95 ≤ 50 ms, heap ≤ 300 MB. Timings are reported, not asserted:
 * this machine is shared and noisy; compare sizes within one run.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { build, launch, preview, quantile, resultLog, sizesArg, syntheticDataset } from './lib/harness';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist-bench' },
    port: { type: 'string', default: '4191' },
    out: { type: 'string', default: 'bench/results/app.json' },
    rounds: { type: 'string', default: '20' },
  },
});
const dist = values.dist ?? 'dist-bench';
const log = resultLog();

if (!values['no-build']) build(dist);
const budget = spawnSync('npx', ['tsx', 'scripts/check-budget.ts', dist], { encoding: 'utf8' });
const budgetLine = budget.stdout.trim().split('\n').pop() ?? '{}';
const gzip = JSON.parse(budgetLine) as { value?: number };
log.report('initial-js-gzip', 0, gzip.value ?? NaN, 'KB');

const server = await preview(dist, Number(values.port));
const browser = await launch();

async function measureLoad(page: Page): Promise<number> {
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('rasd:rendered').length > 0, null, {
    timeout: 120_000,
  });
  // The map draws after its code loads; wait for it when it reports, up to 10 s.
  await page
    .waitForFunction(() => performance.getEntriesByName('rasd:map-drawn').length > 0, null, { timeout: 10_000 })
    .catch(() => undefined);
  return page.evaluate(() => {
    const start = performance.getEntriesByName('rasd:fetch-start')[0]?.startTime ?? 0;
    const ends = ['rasd:rendered', 'rasd:map-drawn'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? 0);
    return Math.max(...ends) - start;
  });
}

/** Clicks filter checkboxes on and off, timing each click to the next painted frame. */
async function measureFilters(page: Page, rounds: number): Promise<Array<[number, number]>> {
  // Charts draw once scrolled near; bring them in so every filter change below re-renders them too.
  await page.locator('.charts-panel').scrollIntoViewIfNeeded();
  await page.locator('.charts-grid').first().waitFor({ timeout: 60_000 });
  // The perpetrator, weapon and source filters sit under "More filters".
  await page.locator('.more-filters > summary').click();
  const boxes = page.locator('.filters input[type="checkbox"]:visible');
  const count = await boxes.count();
  if (count === 0) return [];
  const times: Array<[number, number]> = [];
  for (let i = 0; i < rounds; i++) {
    const box = boxes.nth(i % Math.min(count, 6));
    await box.evaluate((el) => el.setAttribute('data-bench-target', String(Date.now())));
    // A string, not a function: tsx would wrap inner functions in a helper (__name) the page does not have.
    // Until the deferred views (charts, timeline) mark that they caught up, then the frame that paints them.
    const ms = (await page.evaluate(`new Promise((resolve) => {
      const el = document.querySelector('[data-bench-target]');
      el.removeAttribute('data-bench-target');
      const t0 = performance.now();
      const settled = () => performance.getEntriesByName('rasd:views-updated').some((m) => m.startTime >= t0);
      el.click();
      let urgent = null;
      requestAnimationFrame(() => setTimeout(() => { urgent = performance.now() - t0; }, 0));
      const poll = () => {
        if ((settled() && urgent !== null) || performance.now() - t0 > 60000) {
          requestAnimationFrame(() => setTimeout(() => resolve([urgent ?? NaN, performance.now() - t0]), 0));
        } else setTimeout(poll, 1);
      };
      poll();
    })`)) as [number, number];
    times.push(ms);
  }
  return times;
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize / 1e6;
}

try {
  for (const n of sizesArg(values.sizes)) {
    const file = syntheticDataset(n);
    mkdirSync(join(dist, 'data'), { recursive: true });
    copyFileSync(file, join(dist, 'data', 'dataset.json'));
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    log.report('data-ready', n, await measureLoad(page), 'ms');
    const filterTimes = await measureFilters(page, Number(values.rounds));
    if (filterTimes.length > 0) {
      const all = filterTimes.map(([, full]) => full);
      const urgent = filterTimes.map(([first]) => first);
      log.report('filter-median', n, quantile(all, 0.5), 'ms');
      log.report('filter-p95', n, quantile(all, 0.95), 'ms');
      // The list and the map alone (the first painted frame), before the deferred charts and timeline catch up.
      log.report('filter-list-map-p95', n, quantile(urgent, 0.95), 'ms');
    }
    log.report('heap', n, await heapMb(page), 'MB');
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
log.write(values.out ?? 'bench/results/app.json');
