/**
 * `npm run bench:app [-- --sets shipped,1k,ucdp,100k --runs 3 --rounds 10 --click-runs 1 --no-build]`: the dashboard's loading
 * and interaction targets (issue 12), every set measured in the same run.
 *
 * Each set is built into its own static site with `npm run build:site` (dist-bench-<set>; the shipped one into
 * dist-bench, which bench/map.bench.ts reuses), served, and measured in headless Chromium, service workers off:
 * - painted: ms from navigation start until the first incident marks are on screen: the map container gets
 *   `data-marks-drawn` (> 0), then two animation frames. Median of `--runs` fresh page loads;
 * - data-ready: ms from navigation start to `rasd:data-ready` (fetched, parsed, validated). Median likewise;
 * - dataset-requests: how many times the page fetched its data file, the core (1 = the preload was taken over, not
 *   repeated); dataset-whole-requests: how many times it fetched the whole dataset.json (0: the core was taken);
 * - filter-first / filter-later-median / filter-p95: ms from a click in the filter panel until every view is
 *   updated and painted, for the first click after load and for the later ones. The first click comes once the page
 *   has rehearsed one (src/state/firstClick.ts; at most 10 s after the charts are drawn: first-click-rehearsed counts
 *   the loads where it had), as a reader looks before clicking; `--first-at-once` clicks at once instead, a cold
 *   first click (opening the filters calls the rehearsal off). filter-first-repeated: the first
 *   click's change made again later, from the same filters (first vs repeated is the cost of being first, plus what
 *   the repeat finds cached because it drew the same cards before: their words, their shaped text).
 *   `--first-after-others`: every other interacting load first turns two other boxes on and off, and its first timed
 *   click, the same change, is reported as filter-first-after-others: a later interaction that, like the first,
 *   draws cards new to the page (first-after-others-loads says how many loads). The last
 *   `--click-runs` loads (default 1) each click `--rounds` times: first and repeated are medians over those loads,
 *   the later median and the p95 are over all their clicks pooled (filter-clicks says how many);
 * - filter-list-map-p95: ms to the first painted frame after a click (the list and the map);
 * - timeline-below-catch-up: after the clicks, ms from scrolling the timeline into view until it shows the current
 *   filters and is painted (like the charts, it keeps its last drawing while away from the viewport);
 * - charts-below-catch-up: after the clicks, ms from scrolling the last chart into view until it shows the current
 *   filters and is painted (charts away from the viewport keep their last drawing until the reader nears them; NaN
 *   when it was not behind);
 * - heap: MB of JS heap in use after load and a forced GC;
 * and once: initial-js-gzip (KB), as `npm run budget` checks it.
 *
 * A/B in one run (a loaded machine inflates every timing, so only builds measured side by side compare):
 * `--dists base=../base/dist-base-{set},new=dist-new-{set} --no-build` serves each labelled build (`{set}` is the
 * set's name) and alternates them run by run; each result name is prefixed with its label (`base:painted`).
 * Targets: painted ≤ 600 ms (shipped, 1k), ≤ 1,000 ms (UCDP), ≤ 2,000 ms (100k); data-ready ≤ 1,500 ms at 100k;
 * heap ≤ 200 MB at 100k; first interaction no slower than later ones. Timings are reported, not asserted.
 * Results: JSON lines in `--out` (default bench/results/app.jsonl), each with the run's facts (bench/lib/results.ts).
 * `--latency 300 --down-kbps 5000` puts every page behind an emulated link (ms added to each response, download rate;
 * recorded on every line as latency_ms and down_kbps): a reader far from the host, over a VPN or a mobile link.
 * `--viewport 1400x2600` measures in a window tall enough to show the timeline while clicking the filters (the
 * default, 1400x1000, shows the filters and the top of the map and the list); viewport-height says which.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Browser, Page } from '@playwright/test';
import { measureFilters, noClicks, reportClicks, timeCatchUp, type Clicks } from './lib/filterClicks';
import { BENCH_SERVER, launch, preview, quantile, syntheticDataset } from './lib/harness';
import { loadUntilPainted } from './lib/paintedProbe';
import { resultLog } from './lib/results';

const { values } = parseArgs({
  options: {
    sets: { type: 'string', default: 'shipped,1k,ucdp,100k' },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: '4191' },
    out: { type: 'string', default: 'bench/results/app.jsonl' },
    /** The window, WIDTHxHEIGHT: 1400x2600 holds the filters, the map, the list and the timeline at once. */
    viewport: { type: 'string', default: '1400x1000' },
    runs: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '10' },
    'click-runs': { type: 'string', default: '1' },
    /** The first click at once, before the page has rehearsed one (a cold first click; see filter-first). */
    'first-at-once': { type: 'boolean', default: false },
    /**
     * Every other interacting load first turns two other boxes on and off (untimed): its first timed click is the
     * same change as the other loads' first, as a later interaction that still draws cards new to the page.
     */
    'first-after-others': { type: 'boolean', default: false },
    dists: { type: 'string' },
    /** A distant or slow link (Chromium's network emulation): ms added to every response, and the download rate. */
    latency: { type: 'string', default: '0' },
    'down-kbps': { type: 'string', default: '0' },
  },
});
const log = resultLog('app');
/** How the run was asked to measure, recorded on every line. */
const settings = {
  runs: Number(values.runs),
  rounds: Number(values.rounds),
  click_runs: Number(values['click-runs']),
  first_at_once: values['first-at-once'] ?? false,
  first_after_others: values['first-after-others'] ?? false,
  latency_ms: Number(values.latency),
  down_kbps: Number(values['down-kbps']),
};

/** Puts the page behind the emulated link `--latency` and `--down-kbps` ask for (none by default). */
async function emulateLink(page: Page): Promise<void> {
  if (settings.latency_ms <= 0 && settings.down_kbps <= 0) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: settings.latency_ms,
    downloadThroughput: settings.down_kbps > 0 ? (settings.down_kbps * 1000) / 8 : -1,
    uploadThroughput: -1,
  });
}

/** The datasets measured: `n` is the incident count each result line carries. */
const SETS: Record<string, { n: number; file: () => string; dist: string }> = {
  shipped: { n: 9, file: () => 'public/data/dataset.json', dist: 'dist-bench' },
  '1k': { n: 1000, file: () => syntheticDataset(1000), dist: 'dist-bench-1k' },
  '10k': { n: 10000, file: () => syntheticDataset(10000), dist: 'dist-bench-10k' },
  ucdp: { n: 16566, file: () => 'public/datasets/ucdp-ged-syria.json', dist: 'dist-bench-ucdp' },
  '100k': { n: 100000, file: () => syntheticDataset(100000), dist: 'dist-bench-100k' },
};

function buildSite(file: string, dist: string): void {
  const run = spawnSync('npx', ['tsx', 'scripts/build-site.ts', '--data', file, '--out', dist], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (run.status !== 0) throw new Error(`build:site failed for ${file}`);
}

interface Load {
  painted: number;
  dataReady: number;
  requests: number;
  wholeRequests: number;
  /** Where the time went: ms from navigation start to each app mark and to the end of each key download. */
  steps: Record<string, number>;
}

/** The downloads on the way to painted marks, by a piece of their URL. */
const KEY_DOWNLOADS = {
  'index-js': '/assets/index-',
  'map-js': '/assets/MapPanel-',
  'leaflet-js': '/assets/leaflet-',
  core: '/data/core.json',
  dataset: '/data/dataset.json',
  basemap: '/basemap/base.json',
  'charts-js': '/assets/ChartsPanel-',
};

async function measureLoad(page: Page, url: string): Promise<Load> {
  const painted = await loadUntilPainted(page, url);
  const rest = await page.evaluate((downloads) => {
    const steps: Record<string, number> = {};
    for (const m of performance.getEntriesByType('mark')) {
      if (m.name.startsWith('rasd:') && !(m.name in steps)) steps[m.name.slice(5)] = m.startTime;
    }
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    for (const [name, piece] of Object.entries(downloads)) {
      const r = resources.find((e) => e.name.includes(piece));
      if (r) steps[`${name}-end`] = r.responseEnd;
    }
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (nav) steps['dom-content-loaded'] = nav.domContentLoadedEventEnd;
    return {
      dataReady: performance.getEntriesByName('rasd:data-ready')[0]?.startTime ?? NaN,
      requests: resources.filter((e) => e.name.includes('/data/core.json')).length,
      wholeRequests: resources.filter((e) => e.name.includes('/data/dataset.json')).length,
      steps,
    };
  }, KEY_DOWNLOADS);
  return { painted, ...rest };
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize / 1e6;
}

interface Target {
  /** Prefix of every result name ('' for a plain run). */
  label: string;
  url: string;
}

function reportLoads(prefix: string, n: number, loads: readonly Load[]): void {
  const median = (pick: (l: Load) => number) => quantile(loads.map(pick), 0.5);
  log.report(
    `${prefix}painted`,
    n,
    median((l) => l.painted),
    'ms',
  );
  log.report(
    `${prefix}data-ready`,
    n,
    median((l) => l.dataReady),
    'ms',
  );
  log.report(`${prefix}dataset-requests`, n, Math.max(...loads.map((l) => l.requests)), 'requests');
  log.report(`${prefix}dataset-whole-requests`, n, Math.max(...loads.map((l) => l.wholeRequests)), 'requests');
  // The load's steps (median over runs), so a slow `painted` says which step to blame.
  const stepNames = [...new Set(loads.flatMap((l) => Object.keys(l.steps)))];
  for (const step of stepNames) {
    const at = loads.map((l) => l.steps[step]).filter((x): x is number => x !== undefined);
    log.report(`${prefix}step:${step}`, n, quantile(at, 0.5), 'ms');
  }
}

/** Page loads of every target in turn, run by run (so a change in the machine's load falls on all of them alike). */
async function measureSet(browser: Browser, targets: readonly Target[], n: number): Promise<void> {
  const runs = Math.max(1, Number(values.runs));
  // The last `--click-runs` loads go on to interact: each one's first click is a visitor's first.
  const clickRuns = Math.min(runs, Math.max(1, Number(values['click-runs'])));
  const loads = new Map<string, Load[]>(targets.map((t) => [t.label, []]));
  const clicks = new Map<string, Clicks>(targets.map((t) => [t.label, noClicks()]));
  for (let run = 0; run < runs; run++) {
    for (const { label, url } of targets) {
      const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
      const page = await context.newPage();
      await emulateLink(page);
      loads.get(label)?.push(await measureLoad(page, url));
      const c = clicks.get(label);
      if (run >= runs - clickRuns && c) {
        const afterOthers = values['first-after-others'] === true && (runs - 1 - run) % 2 === 1;
        const { times, repeat, rehearsed } = await measureFilters(
          page,
          Number(values.rounds),
          values['first-at-once'],
          afterOthers ? 2 : 0,
        );
        if (rehearsed) c.rehearsed++;
        if (times[0]) (afterOthers ? c.afterOthers : c.firsts).push(times[0][1]);
        if (repeat !== null && !afterOthers) c.repeats.push(repeat);
        c.all.push(...times.map((t, i) => ({ urgent: t[0], full: t[1], first: i === 0 && !afterOthers })));
      }
      if (run === runs - 1) {
        const prefix = label ? `${label}:` : '';
        reportClicks(log, prefix, n, c ?? noClicks());
        log.report(`${prefix}timeline-below-catch-up`, n, await timeCatchUp(page, '.timeline-panel'), 'ms');
        log.report(`${prefix}charts-below-catch-up`, n, await timeCatchUp(page, '.chart-slot'), 'ms');
        log.report(`${prefix}heap`, n, await heapMb(page), 'MB');
      }
      await context.close();
    }
  }
  for (const { label } of targets) reportLoads(label ? `${label}:` : '', n, loads.get(label) ?? []);
  log.report('load-average-1min', n, loadavg()[0] ?? NaN, '');
}

/** Stops a preview server and waits until its port no longer answers (the next set's server takes it). */
async function stopServer(server: { url: string; stop: () => void }): Promise<void> {
  server.stop();
  for (
    let i = 0;
    i < 50 &&
    (await fetch(server.url).then(
      () => true,
      () => false,
    ));
    i++
  ) {
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** `--dists label=DIR,…` for one set, else the set's own build. */
function distsFor(name: string, ownDist: string): Array<{ label: string; dist: string }> {
  if (!values.dists) return [{ label: '', dist: ownDist }];
  return values.dists.split(',').map((pair) => {
    const [label = '', dist = ''] = pair.split('=');
    return { label, dist: dist.replaceAll('{set}', name) };
  });
}

const [width = 1400, height = 1000] = (values.viewport ?? '').split('x').map(Number);
const VIEWPORT = { width, height };
const sets = (values.sets ?? '').split(',').filter((s) => s in SETS);
log.report('viewport-height', 0, height, 'px');
// Which server answered (RASD_BENCH_SERVER): 0 vite preview (gzips every response anew), 1 a static host.
log.report('server-static', 0, BENCH_SERVER === 'static' ? 1 : 0, 'flag');
const browser = await launch();
try {
  for (const name of sets) {
    const set = SETS[name];
    if (!set) continue;
    if (!values['no-build']) buildSite(set.file(), set.dist);
    if (name === sets[0]) {
      for (const { label, dist } of distsFor(name, set.dist)) {
        const budget = spawnSync('npx', ['tsx', 'scripts/check-budget.ts', dist], { encoding: 'utf8' });
        const gzip = JSON.parse(budget.stdout.trim().split('\n').pop() ?? '{}') as { value?: number };
        log.report(`${label ? `${label}:` : ''}initial-js-gzip`, 0, gzip.value ?? NaN, 'KB');
      }
    }
    const dists = distsFor(name, set.dist);
    // Each set's servers on ports of their own: a server still stopping must not answer for the next set's.
    const base = Number(values.port) + sets.indexOf(name) * dists.length;
    const servers = await Promise.all(dists.map((d, k) => preview(d.dist, base + k)));
    try {
      await measureSet(
        browser,
        dists.map((d, k) => ({ label: d.label, url: servers[k]?.url ?? '' })),
        set.n,
      );
      // Written after every set, so a later set that fails does not lose the earlier ones.
      log.write(values.out ?? 'bench/results/app.jsonl', settings);
    } finally {
      await Promise.all(servers.map(stopServer));
    }
  }
} finally {
  await browser.close();
}
log.write(values.out ?? 'bench/results/app.jsonl', settings);
