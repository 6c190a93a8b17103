/** Shared pieces of the browser benchmarks: synthetic data, a preview server, Chromium (results: ./results.ts). */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { staticHost } from './staticHost';

/** A deterministic synthetic dataset of n incidents (cached in the temp folder). */
export function syntheticDataset(n: number): string {
  const file = join(tmpdir(), `rasd-synth-${n}.json`);
  if (!existsSync(file)) {
    const run = spawnSync('npx', ['tsx', 'scripts/synth.ts', '--n', String(n), '--out', file], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`synth failed for n=${n}`);
  }
  return file;
}

export function build(outDir: string): void {
  const run = spawnSync('npx', ['vite', 'build', '--outDir', outDir], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error('build failed');
}

/** Which server the browser benches use: `preview` (vite preview, the default) or `static` (bench/lib/staticHost.ts). */
export const BENCH_SERVER = process.env.RASD_BENCH_SERVER === 'static' ? 'static' : 'preview';

/** Serves a built folder (vite preview, or a static host: BENCH_SERVER); resolves once it answers. */
export async function preview(outDir: string, port: number): Promise<{ url: string; stop: () => void }> {
  // A server left on the port (an interrupted run) would answer for this one and be measured instead.
  const busy = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`port ${port} is already serving: stop that server or pick another --port`);
  if (BENCH_SERVER === 'static') {
    const server = await staticHost(outDir, port);
    return { url: `http://127.0.0.1:${port}/`, stop: () => server.close() };
  }
  const server: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    try {
      process.kill(-(server.pid as number));
    } catch {
      /* already gone */
    }
  };
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`preview at ${url} did not start`);
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
    ],
  });
}

export const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

export const sizesArg = (raw: string | undefined, fallback = '1000,10000,100000'): number[] =>
  (raw ?? fallback)
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);

/** What a browser bench is told on its command line: the built folder it serves, on which port, the sizes, the file. */
export interface BrowserBenchArgs {
  dist: string;
  port: number;
  sizes: number[];
  out: string;
}

/** Reads `--dist --port --sizes --out` (each with the bench's default); an unknown option is an error. */
export function browserBenchArgs(defaults: {
  dist: string;
  port: number;
  sizes: string;
  out: string;
}): BrowserBenchArgs {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: defaults.dist },
      port: { type: 'string', default: String(defaults.port) },
      sizes: { type: 'string', default: defaults.sizes },
      out: { type: 'string', default: defaults.out },
    },
  });
  return {
    dist: values.dist ?? defaults.dist,
    port: Number(values.port),
    sizes: sizesArg(values.sizes, defaults.sizes),
    out: values.out ?? defaults.out,
  };
}

/** Serves a built folder, opens Chromium, runs `body`, and closes both however `body` ends. */
export async function withServedBrowser(
  dist: string,
  port: number,
  body: (browser: Browser, url: string) => Promise<void>,
): Promise<void> {
  const server = await preview(dist, port);
  const browser = await launch();
  try {
    await body(browser, server.url);
  } finally {
    await browser.close();
    server.stop();
  }
}

/**
 * An init script (`page.addInitScript(observeLongTasks)`): the page's long tasks (> 50 ms, ms each) collect in
 * `window.__long`. No named helpers inside: tsx's keepNames would wrap them in a `__name` the page does not have.
 */
export const observeLongTasks = () => {
  const w = window as unknown as { __long: number[] };
  w.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__long.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
};

/** The page's long tasks since it loaded or since the last call (ms each); the list starts again empty. */
export const takeLongTasks = (page: Page): Promise<number[]> =>
  page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    const out = w.__long;
    w.__long = [];
    return out;
  });

/** How long long tasks held the main thread past a 50 ms frame budget, summed (ms): Lighthouse's blocking time. */
export const blockingMs = (tasks: readonly number[]): number => tasks.reduce((s, d) => s + Math.max(0, d - 50), 0);

/**
 * A page script: clicks the element marked `data-bench-target` and resolves to [ms until the first frame after the
 * click, ms until every view marked `rasd:views-updated` and the frame that paints them]. When every view was updated
 * before the first frame after the click began (the click's own render updated them all), that frame painted them and
 * both times are the same; else the second time runs to the first frame after the mark. (Until this session it
 * always waited for a frame after it had seen the mark, which added one frame when the first frame had painted them.)
 * A string, not a function: tsx would wrap inner functions in a helper (__name) the page does not have.
 */
export const CLICK_UNTIL_VIEWS_UPDATED = `new Promise((resolve) => {
  const el = document.querySelector('[data-bench-target]');
  el.removeAttribute('data-bench-target');
  const t0 = performance.now();
  const settledAt = () => {
    const mark = performance.getEntriesByName('rasd:views-updated').find((m) => m.startTime >= t0);
    return mark ? mark.startTime : null;
  };
  el.click();
  let urgent = null;
  let firstFrame = null;
  requestAnimationFrame(() => {
    firstFrame = performance.now();
    setTimeout(() => { urgent = performance.now() - t0; }, 0);
  });
  const poll = () => {
    const at = settledAt();
    if ((at !== null && urgent !== null) || performance.now() - t0 > 60000) {
      if (at !== null && at <= firstFrame) resolve([urgent, urgent]);
      else requestAnimationFrame(() => setTimeout(() => resolve([urgent ?? NaN, performance.now() - t0]), 0));
    } else setTimeout(poll, 1);
  };
  poll();
})`;

/**
 * Waits (at most `ms`) until the page has rehearsed a reader's first click (src/state/firstClick.ts: once every panel
 * is drawn and the page is quiet), as a reader who looks at the page before clicking gives it time to. True when
 * it has; false when it had not within `ms` (a first click then runs cold).
 */
export async function waitForRehearsal(page: Page, ms = 10_000): Promise<boolean> {
  return (
    page
      // Polled on a timer: polling on animation frames (Playwright's default) keeps the page from ever being quiet.
      .waitForFunction(() => performance.getEntriesByName('rasd:first-click-rehearsed').length > 0, null, {
        timeout: ms,
        polling: 100,
      })
      .then(
        () => true,
        () => false,
      )
  );
}
